using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Excel.Tests.Support.Kaarten;

namespace HalenBrengen.Excel.Tests;

/// <summary>
/// Text a partner wrote outside what the reader reads (a column without a known header, a second
/// table, a second sheet of the same name, a stray cell on a label sheet) is named with its cells,
/// never dropped in silence; and a header or sheet name that differs only by an invisible character is
/// that header or sheet.
/// </summary>
public sealed class UnreadTextTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Reads the folder and checks that no file in it changed.</summary>
    private InputReport ReadUnchanged()
    {
        var before = Damage.Fingerprint(_folder.Path);
        var report = Read(_folder.Path);
        Assert.Equal(before, Damage.Fingerprint(_folder.Path));
        return report;
    }

    private string Kaart(string name, params string?[][] halen) => new RawWorkbook()
        .TextSheet("Belangenkaart", ["Partij", "Buurthuis De Linde"])
        .TextSheet("Halen", halen)
        .TextSheet("Brengen", ["Wat"], ["Een zaal"])
        .SaveTo(_folder.File(name));

    [Fact]
    public void A_filled_column_without_a_header_is_a_warning_naming_its_cells()
    {
        var path = Kaart("zonder-kop.xlsx",
            ["Wat", "Soort", "Wens of eis", "Toelichting"],
            ["Vrijwilligers", null, null, null, "bellen met Els"],
            ["Een sleutel", null, null, null, "voor het weekend"],
            ["Meer bezoekers", null, null, null, "ook jongeren"]);

        var report = ReadUnchanged();

        var warning = Single(report, DiagnosticCode.KolomZonderKop);
        Assert.Equal(Severity.Waarschuwing, warning.Severity);
        Assert.Equal(new SourceRef(path, "Halen", "E2:E4"), warning.Where);
        Assert.Contains("E2:E4", warning.Message);
        Assert.Equal(["Vrijwilligers", "Een sleutel", "Meer bezoekers"], Assert.Single(report.Coalition.Partners).Halen.Select(i => i.Text.Value));
        PartnerText.AssertNoneLost(report, path, "Halen", "A2", "A3", "A4", "E2", "E3", "E4");
    }

    [Fact]
    public void A_second_column_with_the_same_header_is_a_warning_naming_its_cells()
    {
        var path = Kaart("dubbel.xlsx",
            ["Wat", "Toelichting", "Soort", "toelichting "],
            ["Vrijwilligers", "Voor de bar", "Capaciteit en menskracht", "En voor de kassa"],
            ["Een sleutel", "Voor het weekend", null, "Liefst twee"]);

        var report = ReadUnchanged();

        var warning = Single(report, DiagnosticCode.DubbeleKolom);
        Assert.Equal(Severity.Waarschuwing, warning.Severity);
        Assert.Equal(new SourceRef(path, "Halen", "D2:D3"), warning.Where);
        Assert.Contains("'Toelichting'", warning.Message);
        Assert.Contains("B1", warning.Message); // the column that is read
        var items = Assert.Single(report.Coalition.Partners).Halen;
        Assert.Equal(["Voor de bar", "Voor het weekend"], items.Select(i => i.Toelichting!.Value));
        PartnerText.AssertNoneLost(report, path, "Halen", "A2", "B2", "C2", "D2", "A3", "B3", "D3");
    }

    [Fact]
    public void Text_under_a_header_merged_over_two_columns_is_read_from_the_first_and_named_in_the_second()
    {
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "Buurthuis De Linde"])
            .Sheet("Halen", RawWorkbook.Rows(1, ["Wat", null, "Toelichting"], ["Vrijwilligers", "voor de bar", "Vaste mensen"]),
                "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>")
            .TextSheet("Brengen", ["Wat"], ["Een zaal"])
            .SaveTo(_folder.File("samengevoegde-kop.xlsx"));

        var report = ReadUnchanged();

        var warning = Single(report, DiagnosticCode.DubbeleKolom);
        Assert.Equal(new SourceRef(path, "Halen", "B2"), warning.Where);
        Assert.Contains("samengevoegd", warning.Message);
        Assert.Equal("Vrijwilligers", Assert.Single(Assert.Single(report.Coalition.Partners).Halen).Text.Value);
        PartnerText.AssertNoneLost(report, path, "Halen", "A2", "B2", "C2");
    }

    [Fact]
    public void A_second_wat_table_beside_the_first_is_a_warning_naming_its_cells()
    {
        var path = Kaart("twee-tabellen.xlsx",
            ["Wat", "Soort", null, "Wat", "Soort", "Toelichting"],
            ["Vrijwilligers", "Capaciteit en menskracht", null, "Subsidie", "Geld en budget", "Voor de verwarming"],
            ["Een sleutel", null, null, "Publiciteit", null, "In de wijkkrant"]);

        var report = ReadUnchanged();

        var warning = Single(report, DiagnosticCode.TweedeTabel);
        Assert.Equal(Severity.Waarschuwing, warning.Severity);
        Assert.Equal(new SourceRef(path, "Halen", "D2:D3, E2, F2:F3"), warning.Where);
        Assert.Contains("D1", warning.Message);
        Assert.Equal(["Vrijwilligers", "Een sleutel"], Assert.Single(report.Coalition.Partners).Halen.Select(i => i.Text.Value));
        Assert.DoesNotContain(report.Diagnostics, d => d.Code is DiagnosticCode.DubbeleKolom or DiagnosticCode.KolomZonderKop);
        PartnerText.AssertNoneLost(report, path, "Halen", "A2", "B2", "D2", "E2", "F2", "A3", "D3", "F3");
    }

    [Fact]
    public void A_column_with_a_header_of_its_own_is_a_note_naming_its_cells()
    {
        var path = Kaart("eigen-kolom.xlsx",
            ["Nr", "Wat", "Opmerking van de begeleider"],
            ["1", "Vrijwilligers", "Nog navragen"],
            ["2", "Een sleutel", null]);

        var report = ReadUnchanged();

        var notes = report.Diagnostics.Where(d => d.Code == DiagnosticCode.OnbekendeKolom).ToList();
        Assert.All(notes, d => Assert.Equal(Severity.Opmerking, d.Severity));
        Assert.Equal(["A2:A3", "C2"], notes.Select(d => d.Where.Cell));
        Assert.Contains("'Opmerking van de begeleider'", notes[1].Message);
        Assert.True(report.CanGenerate(strict: true));
        PartnerText.AssertNoneLost(report, path, "Halen", "A2", "B2", "C2", "A3", "B3");
    }

    [Fact]
    public void A_header_with_an_invisible_character_is_that_header()
    {
        var path = Kaart("onzichtbaar.xlsx",
            ["\uFEFFWat", "Toe\u200Blichting", "Wens of ei\u00ADs", "Soort\u2060"],
            ["Vrijwilligers", "Voor de bar", "Eis", "Capaciteit en menskracht"]);

        var report = ReadUnchanged();

        Assert.Empty(report.Diagnostics);
        var item = Assert.Single(Assert.Single(report.Coalition.Partners).Halen);
        Assert.Equal("Voor de bar", item.Toelichting!.Value);
        Assert.True(item.IsEis);
        Assert.Equal(Soort.CapaciteitEnMenskracht, item.Soort!.Value);
        PartnerText.AssertNoneLost(report, path, "Halen", "A2", "B2", "C2", "D2");
    }

    [Fact]
    public void Of_two_sheets_named_halen_the_one_with_items_is_read_and_the_empty_one_is_a_note()
    {
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "Buurthuis De Linde"])
            .TextSheet("Halen", ["Halen: wat wilt u eruit halen?"], ["Wat", "Toelichting"])
            .TextSheet("Brengen", ["Wat"], ["Een zaal"])
            .TextSheet("HALEN\u200B ", ["Wat", "Toelichting"], ["Vrijwilligers", "Voor de bar"], ["Een sleutel", null])
            .SaveTo(_folder.File("twee-bladen.xlsx"));

        var report = ReadUnchanged();

        Assert.Equal(["Vrijwilligers", "Een sleutel"], Assert.Single(report.Coalition.Partners).Halen.Select(i => i.Text.Value));
        var note = Single(report, DiagnosticCode.DubbelBlad);
        Assert.Equal(Severity.Opmerking, note.Severity);
        Assert.Equal("Halen", note.Where.Sheet);
        Assert.Contains("'HALEN\u200B '", note.Message);
        Assert.True(report.CanGenerate(strict: true));
        PartnerText.AssertNoneLost(report, path, "HALEN\u200B ", "A2", "B2", "A3");
    }

    [Fact]
    public void Two_sheets_named_halen_that_both_hold_items_block_and_name_the_sheet_not_read()
    {
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "Buurthuis De Linde"])
            .TextSheet("Halen", ["Wat"], ["Vrijwilligers"])
            .TextSheet("Brengen", ["Wat"], ["Een zaal"])
            .TextSheet("halen", ["Wat", "Toelichting"], ["Een sleutel", "Voor het weekend"], ["Subsidie", null])
            .SaveTo(_folder.File("twee-vol.xlsx"));

        var report = ReadUnchanged();

        var error = Single(report, DiagnosticCode.DubbelBlad);
        Assert.Equal(Severity.Fout, error.Severity);
        Assert.Equal(new SourceRef(path, "halen", "A1:B3"), error.Where);
        Assert.Contains("'Halen'", error.Message);
        Assert.Contains("'halen'", error.Message);
        Assert.False(report.CanGenerate(strict: false));
        PartnerText.AssertNoneLost(report, path, "halen", "A2", "B2", "A3");
    }

    [Fact]
    public void A_filled_cell_on_the_belangenkaart_sheet_that_is_no_label_or_value_is_a_warning_naming_it()
    {
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart",
                ["Belangenkaart van het buurthuis", null, null, "logo: De Linde"],
                [],
                ["Partij", "Buurthuis De Linde"],
                ["Eigen belang", "Een vol huis", "en een sluitende begroting"],
                ["Krantenkop", "De Linde bloeit"],
                ["Onze wensen", "Meer vrijwilligers"])
            .TextSheet("Halen", ["Wat"], ["Vrijwilligers"])
            .TextSheet("Brengen", ["Wat"], ["Een zaal"])
            .SaveTo(_folder.File("los.xlsx"));

        var report = ReadUnchanged();

        var warning = Single(report, DiagnosticCode.LosseTekst);
        Assert.Equal(Severity.Waarschuwing, warning.Severity);
        Assert.Equal(new SourceRef(path, "Belangenkaart", "C4, A6:B6"), warning.Where);
        Assert.Contains("en een sluitende begroting", warning.Message);
        Assert.Equal("Een vol huis", Assert.Single(report.Coalition.Partners).Kaart!.EigenBelang!.Value);
        PartnerText.AssertNoneLost(report, path, "Belangenkaart", "B3", "B4", "C4", "B5", "A6", "B6");
    }

    [Fact]
    public void A_filled_cell_on_the_samenwerking_sheet_that_is_no_label_or_value_is_a_warning_naming_it()
    {
        var path = new RawWorkbook()
            .TextSheet("Samenwerking",
                ["Samenwerking"],
                ["Naam samenwerking", "Wijkalliantie"],
                ["Opgave", null, "Samen de wijk versterken"])
            .TextSheet("Krachtenveld", ["Partij"], ["Gemeente"])
            .SaveTo(_folder.File("kv.xlsx"));

        var report = ReadUnchanged();

        var warning = Single(report, DiagnosticCode.LosseTekst);
        Assert.Equal(new SourceRef(path, "Samenwerking", "C3"), warning.Where);
        PartnerText.AssertNoneLost(report, path, "Samenwerking", "B2", "C3");
    }

    [Fact]
    public void The_forms_own_hints_beside_the_labels_are_no_stray_text()
    {
        var path = _folder.File("formulier.xlsx");
        using (var workbook = Templates.BelangenkaartTemplate.Build(new Templates.BelangenkaartInvulling("Buurthuis De Linde",
                   Halen: [new Templates.HalenRegel("Vrijwilligers")])))
            workbook.SaveAs(path);

        var report = ReadUnchanged();

        Assert.Empty(report.Diagnostics);
    }
    [Fact]
    public void Text_on_a_sheet_that_is_not_part_of_the_form_is_a_note_naming_the_sheet_and_its_cells()
    {
        var path = Belangenkaart("Buurthuis De Linde", "Vrijwilligers")
            .TextSheet("Notities", [null, "Ook: een sleutel voor het weekend"], [null, null], [null, "bellen met Els"])
            .TextSheet("Leeg blad")
            .SaveTo(_folder.File("notities.xlsx"));

        var report = ReadUnchanged();

        var warning = Single(report, DiagnosticCode.BladNietGelezen);
        Assert.Equal(Severity.Opmerking, warning.Severity);
        Assert.Equal(new SourceRef(path, "Notities", "B1, B3"), warning.Where);
        Assert.Contains("'Notities'", warning.Message, StringComparison.Ordinal);
        PartnerText.AssertNoneLost(report, path, "Notities", "B1", "B3");
    }

    [Fact]
    public void Text_on_the_forms_own_explanation_and_lists_is_not_a_sheet_left_unread()
    {
        Belangenkaart("Buurthuis De Linde", "Vrijwilligers")
            .TextSheet("Uitleg", ["Belangenkaart: uitleg"])
            .TextSheet("Keuzelijsten", ["Soort"], ["Kennis"])
            .SaveTo(_folder.File("formulier.xlsx"));
        Krachtenveld(["Buurthuis De Linde"])
            .TextSheet("Interventies", ["Partij", "Interventie"], ["Buurthuis De Linde", "Bellen"])
            .TextSheet("Activiteiten", ["Partij", "Activiteit"], ["Buurthuis De Linde", "Koffie"])
            .TextSheet("Uitleg", ["Krachtenveld: uitleg"])
            .SaveTo(_folder.File("krachtenveld.xlsx"));

        var report = ReadUnchanged();

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCode.BladNietGelezen);
    }
}
