using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Excel.Tests.Support.Kaarten;

namespace HalenBrengen.Excel.Tests;

/// <summary>
/// Rows that are no item, or part of one, are read for what they are: a merged cell belongs to every
/// row it spans, a lone bullet or number is no item, a repeated header row is no item; and each
/// message about a row says what is true of it, naming its cells.
/// </summary>
public sealed class RowMessageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private InputReport ReadUnchanged()
    {
        var before = Damage.Fingerprint(_folder.Path);
        var report = Read(_folder.Path);
        Assert.Equal(before, Damage.Fingerprint(_folder.Path));
        return report;
    }

    private string Kaart(string name, string halen, string? afterData = null) => new RawWorkbook()
        .TextSheet("Belangenkaart", ["Partij", "Buurthuis De Linde"])
        .Sheet("Halen", halen, afterData)
        .TextSheet("Brengen", ["Wat"], ["Een zaal"])
        .SaveTo(_folder.File(name));

    [Fact]
    public void A_merged_cell_belongs_to_every_row_it_spans()
    {
        var path = Kaart("samengevoegd.xlsx",
            RawWorkbook.Rows(1,
                ["Wat", "Soort", "Wens of eis", "Toelichting"],
                ["Vrijwilligers", "Capaciteit en menskracht", "Eis", "Voor de bar"],
                [null, null, null, "Voor de kassa"],
                [null, null, "Wens", "Voor de tuin"],
                ["Een sleutel", null, null, null]),
            "<mergeCells count=\"2\"><mergeCell ref=\"A2:A4\"/><mergeCell ref=\"B2:B4\"/></mergeCells>");

        var report = ReadUnchanged();

        Assert.Empty(report.Diagnostics);
        var items = Assert.Single(report.Coalition.Partners).Halen;
        Assert.Equal(["Vrijwilligers", "Vrijwilligers", "Vrijwilligers", "Een sleutel"], items.Select(i => i.Text.Value));
        Assert.Equal(["Voor de bar", "Voor de kassa", "Voor de tuin", null], items.Select(i => i.Toelichting?.Value));
        Assert.All(items.Take(3), i => Assert.Equal(Soort.CapaciteitEnMenskracht, i.Soort!.Value));
        Assert.Equal([true, false, false, false], items.Select(i => i.IsEis));
        Assert.All(items.Take(3), i => Assert.Equal("A2", i.Text.Source.Cell)); // where the text is
        PartnerText.AssertNoneLost(report, path, "Halen", "A2", "B2", "C2", "D2", "D3", "C4", "D4", "A5");
    }

    [Fact]
    public void A_merged_value_that_is_not_in_its_list_is_reported_once()
    {
        Kaart("samengevoegd-fout.xlsx",
            RawWorkbook.Rows(1, ["Wat", "Soort"], ["Vrijwilligers", "Handjes"], ["Een sleutel", null]),
            "<mergeCells count=\"1\"><mergeCell ref=\"B2:B3\"/></mergeCells>");

        var report = ReadUnchanged();

        Assert.Equal("B2", Single(report, DiagnosticCode.OnbekendeWaarde).Where.Cell);
        Assert.All(Assert.Single(report.Coalition.Partners).Halen, i => Assert.Equal("Handjes", i.Soort!.Raw));
    }

    [Fact]
    public void A_cell_merged_across_columns_gives_its_value_to_its_own_column_only()
    {
        Kaart("breed.xlsx",
            RawWorkbook.Rows(1, ["Wat", "Soort", "Toelichting"], ["Vrijwilligers voor de bar en de kassa", null, "Liefst vaste"]),
            "<mergeCells count=\"1\"><mergeCell ref=\"A2:B2\"/></mergeCells>");

        var report = ReadUnchanged();

        Assert.Empty(report.Diagnostics);
        Assert.Null(Assert.Single(Assert.Single(report.Coalition.Partners).Halen).Soort);
    }

    [Theory]
    [InlineData("•")]
    [InlineData("-")]
    [InlineData("–")]
    [InlineData("*")]
    [InlineData("1.")]
    [InlineData("2)")]
    [InlineData(" 12. ")]
    public void A_row_with_only_a_bullet_or_number_is_no_item_and_a_note_names_the_cell(string mark)
    {
        var path = Kaart("opsomming.xlsx", RawWorkbook.Rows(1, ["Wat", "Soort"], ["Vrijwilligers"], [mark], ["Een sleutel"]));

        var report = ReadUnchanged();

        Assert.Equal(["Vrijwilligers", "Een sleutel"], Assert.Single(report.Coalition.Partners).Halen.Select(i => i.Text.Value));
        var note = Assert.Single(report.Diagnostics);
        Assert.Equal(DiagnosticCode.OpsommingZonderTekst, note.Code);
        Assert.Equal(Severity.Opmerking, note.Severity);
        Assert.Equal(new SourceRef(path, "Halen", "A3"), note.Where);
        Assert.Contains($"'{mark.Trim()}'", note.Message);
        Assert.DoesNotContain("andere kolommen", note.Message);
        PartnerText.AssertNoneLost(report, path, "Halen", "A2", "A3", "A4");
    }

    [Fact]
    public void A_bullet_without_text_beside_other_filled_cells_is_a_warning_naming_them()
    {
        var path = Kaart("opsomming-toelichting.xlsx",
            RawWorkbook.Rows(1, ["Wat", "Soort", "Toelichting"], ["•", null, "Bellen met Els"], ["Een sleutel"]));

        var report = ReadUnchanged();

        var warning = Single(report, DiagnosticCode.RijZonderHoofdwaarde);
        Assert.Equal(Severity.Waarschuwing, warning.Severity);
        Assert.Equal(new SourceRef(path, "Halen", "A2, C2"), warning.Where);
        Assert.Contains("'•'", warning.Message);
        Assert.Contains("C2", warning.Message);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCode.OpsommingZonderTekst);
        PartnerText.AssertNoneLost(report, path, "Halen", "A2", "C2", "A3");
    }

    [Fact]
    public void A_row_with_an_empty_main_cell_names_the_cells_that_are_filled()
    {
        var path = Kaart("zonder-wat.xlsx",
            RawWorkbook.Rows(1, ["Wat", "Soort", "Toelichting"], ["Vrijwilligers"], [null, "Overig", "Bellen met Els"]));

        var report = ReadUnchanged();

        var warning = Single(report, DiagnosticCode.RijZonderHoofdwaarde);
        Assert.Equal(new SourceRef(path, "Halen", "A3:C3"), warning.Where);
        Assert.Contains("B3:C3", warning.Message);
        PartnerText.AssertNoneLost(report, path, "Halen", "A2", "B3", "C3");
    }

    [Fact]
    public void A_repeated_header_row_is_skipped_with_a_note()
    {
        var path = Kaart("herhaald.xlsx", RawWorkbook.Rows(1,
            ["Halen"],
            ["Wat", "Soort", "Wens of eis", "Toelichting"],
            ["Vrijwilligers", "Capaciteit en menskracht", "Eis", "Voor de bar"],
            ["WAT:", "Soort", "Wens of eis", "Toelichting"],
            ["Een sleutel", null, "Wens", "Voor het weekend"],
            ["Wat", null, null, "Toelichting"],
            ["Subsidie"]));

        var report = ReadUnchanged();

        var items = Assert.Single(report.Coalition.Partners).Halen;
        Assert.Equal(["Vrijwilligers", "Een sleutel", "Subsidie"], items.Select(i => i.Text.Value));
        var notes = report.Diagnostics;
        Assert.All(notes, d => Assert.Equal((DiagnosticCode.HerhaaldeKopregel, Severity.Opmerking), (d.Code, d.Severity)));
        Assert.Equal(["A4:D4", "A6, D6"], notes.Select(d => d.Where.Cell));
        PartnerText.AssertNoneLost(report, path, "Halen", "A3", "B3", "C3", "D3", "A5", "C5", "D5", "A7");
    }

    [Fact]
    public void A_repeated_header_row_in_the_krachtenveld_is_skipped_too()
    {
        var path = Krachtenveld(["Gemeente", "Geld"], ["Partij", "Nodig voor", "Invloed"], ["School", "Bereik"])
            .SaveTo(_folder.File("kv.xlsx"));

        var report = ReadUnchanged();

        Assert.Equal(["Gemeente", "School"], report.Coalition.Partners.Select(p => p.Naam));
        Assert.Equal("A3:C3", Single(report, DiagnosticCode.HerhaaldeKopregel).Where.Cell);
        PartnerText.AssertNoneLost(report, path, "Krachtenveld", "A2", "B2", "A4", "B4");
    }

    [Fact]
    public void Merged_ranges_count_toward_the_limit_of_a_sheet()
    {
        var merges = new System.Text.StringBuilder("<mergeCells>");
        for (var r = 2; r < Package.XlsxLimits.MaxCellsPerSheet + 10; r++)
            merges.Append($"<mergeCell ref=\"A{r}:B{r}\"/>");
        Kaart("veel-samengevoegd.xlsx", RawWorkbook.Rows(1, ["Wat"], ["Vrijwilligers"]), merges.Append("</mergeCells>").ToString());

        var report = ReadUnchanged();

        var error = Single(report, DiagnosticCode.TeGroot);
        Assert.Contains("'Halen'", error.Message);
        Assert.False(report.CanGenerate(strict: false));
    }
}
