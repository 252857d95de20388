using System.Globalization;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Excel.Tests.Support.Kaarten;

namespace HalenBrengen.Excel.Tests;

/// <summary>The workbook contract: what the reader accepts, however a workbook was laid out.</summary>
public sealed class ReaderContractTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Labels_are_found_anywhere_ignoring_case_accents_spacing_and_a_trailing_colon()
    {
        var path = new RawWorkbook()
            .TextSheet("belangenkaart ",
                ["Mijn belangenkaart"],
                [],
                [null, null, "  PARTIJ: ", "Gemeente Dommelstede"],
                [null, null, "eigen   belang", "Minder schulden"],
                [null, null, "Gezamenlijk belang:", "Een sterke wijk"],
                [null, null, "Ambítie", "Niemand uit beeld"],
                [null, null, "KRANTENKOP", "Hier kijkt niemand weg"])
            .TextSheet("Halen", ["Wat"], ["Vroege signalen"])
            .TextSheet("Brengen", ["Wat"], ["Budget"])
            .SaveTo(_folder.File("kaart.xlsx"));

        var report = Read(path);

        var kaart = Assert.Single(report.Coalition.Partners).Kaart!;
        Assert.Equal("Gemeente Dommelstede", kaart.Partij.Value);
        Assert.Equal("Minder schulden", kaart.EigenBelang!.Value);
        Assert.Equal("Een sterke wijk", kaart.GezamenlijkBelang!.Value);
        Assert.Equal("Niemand uit beeld", kaart.Ambitie!.Value);
        Assert.Equal("Hier kijkt niemand weg", kaart.Krantenkop!.Value);
        Assert.Equal(new SourceRef(path, "belangenkaart ", "D3"), kaart.Partij.Source);
    }

    [Fact]
    public void A_label_merged_over_two_columns_has_its_value_right_of_the_merge()
    {
        var path = new RawWorkbook()
            .Sheet("Belangenkaart", RawWorkbook.Rows(1, ["Partij", null, "Woonstichting"]), "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>")
            .TextSheet("Halen", ["Wat"], ["Huurders bereiken"])
            .TextSheet("Brengen", ["Wat"], ["Ruimte"])
            .SaveTo(_folder.File("merged.xlsx"));

        var kaart = Assert.Single(Read(path).Coalition.Partners).Kaart!;

        Assert.Equal("Woonstichting", kaart.Partij.Value);
        Assert.Equal("C1", kaart.Partij.Source.Cell);
    }

    [Fact]
    public void A_table_may_move_reorder_its_columns_and_gain_new_ones()
    {
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "School"])
            .TextSheet("Halen",
                ["Wat wij willen halen (titel)"],
                [],
                [],
                [null, "Toelichting", "Eigen notitie", "  wat ", "SOORT:", "wens of EIS"],
                [null, "Voor de leerkrachten", "x", "Kennis over armoede", "kennis en expertise", "eis"])
            .TextSheet("Brengen", ["Wat"], ["Het schoolplein"])
            .SaveTo(_folder.File("moved.xlsx"));

        var item = Assert.Single(Assert.Single(Read(path).Coalition.Partners).Halen);

        Assert.Equal("Kennis over armoede", item.Text.Value);
        Assert.Equal(Soort.KennisEnExpertise, item.Soort!.Value);
        Assert.True(item.IsEis);
        Assert.Equal("Voor de leerkrachten", item.Toelichting!.Value);
        Assert.Equal("D5", item.Text.Source.Cell);
    }

    [Fact]
    public void A_header_below_row_ten_is_not_found_and_the_message_names_sheet_and_header()
    {
        var rows = Enumerable.Range(0, 10).Select(_ => Array.Empty<string?>()).Append(["Wat"]).Append(["Iets"]).ToArray();
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "School"])
            .TextSheet("Halen", rows)
            .TextSheet("Brengen", ["Wat"], ["Ruimte"])
            .SaveTo(_folder.File("low.xlsx"));

        var report = Read(path);

        var error = Single(report, DiagnosticCode.KolomOntbreekt);
        Assert.Equal(Severity.Fout, error.Severity);
        Assert.Equal("Halen", error.Where.Sheet);
        Assert.Contains("'Wat'", error.Message);
        Assert.False(report.CanGenerate(strict: false));
    }

    [Fact]
    public void Empty_rows_in_between_are_skipped_and_reading_goes_on_to_the_end()
    {
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "School"])
            .Sheet("Halen", RawWorkbook.Rows(1, ["Wat"], ["Eén"], [], [null], ["Twee"]) + RawWorkbook.Rows(400, ["Drie"]))
            .TextSheet("Brengen", ["Wat"])
            .SaveTo(_folder.File("gaps.xlsx"));

        var partner = Assert.Single(Read(path).Coalition.Partners);

        Assert.Equal(["Eén", "Twee", "Drie"], partner.Halen.Select(i => i.Text.Value));
        Assert.Empty(partner.Brengen);
    }

    [Theory]
    [InlineData("• Kennis delen", "Kennis delen")]
    [InlineData("- Netwerk", "Netwerk")]
    [InlineData("* Geld", "Geld")]
    [InlineData("1. Ruimte", "Ruimte")]
    [InlineData("12) Tijd", "Tijd")]
    [InlineData("   –  Vrijwilligers  ", "Vrijwilligers")]
    [InlineData("1.5 fte extra", "1.5 fte extra")]
    [InlineData("-5% kosten", "-5% kosten")]
    [InlineData("2027: een nieuw begin", "2027: een nieuw begin")]
    public void Leading_list_marks_and_spaces_are_trimmed_but_numbers_in_the_text_stay(string typed, string expected)
    {
        var path = Belangenkaart("School", typed).SaveTo(_folder.File("marks.xlsx"));

        var item = Assert.Single(Assert.Single(Read(path).Coalition.Partners).Halen);

        Assert.Equal(expected, item.Text.Value);
    }

    [Fact]
    public void Line_breaks_inside_a_cell_stay_in_the_item_and_a_text_too_long_to_show_is_shortened_with_a_warning_on_its_cell()
    {
        var longText = string.Concat(Enumerable.Repeat("Heel lang verhaal over de wijk. ", 1000))[..32_000].TrimEnd();
        var path = Belangenkaart("School", "Regel een\r\nRegel twee\nRegel drie", longText).SaveTo(_folder.File("long.xlsx"));

        var report = Read(path);
        var items = Assert.Single(report.Coalition.Partners).Halen;

        Assert.Equal("Regel een\nRegel twee\nRegel drie", items[0].Text.Value);
        // Shown as its first words up to a slide's page, ending in '…'; the warning names the cell and both lengths.
        Assert.InRange(items[1].Text.Value.Length, 1_000, HalenBrengen.Excel.Reading.CellValues.LongestText + 1);
        Assert.EndsWith("…", items[1].Text.Value, StringComparison.Ordinal);
        Assert.StartsWith(items[1].Text.Value[..^1], longText, StringComparison.Ordinal);
        var warning = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCode.TekstTeLang);
        Assert.Equal(Severity.Waarschuwing, warning.Severity);
        Assert.Equal(items[1].Text.Source, warning.Where);
        Assert.Contains($"{longText.Length:N0} tekens".Replace(",", ".", StringComparison.Ordinal), warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formulas_give_their_cached_value_and_error_values_are_reported_not_read()
    {
        var halen = RawWorkbook.Rows(1, ["Wat", "Toelichting"]) +
            "<row r=\"2\"><c r=\"A2\" t=\"str\"><f>CONCATENATE(\"Vroege \",\"signalen\")</f><v>Vroege signalen</v></c>" +
            "<c r=\"B2\" t=\"e\"><f>#REF!+1</f><v>#REF!</v></c></row>" +
            "<row r=\"3\"><c r=\"A3\"><f>1+1</f><v>2</v></c></row>";
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "School"])
            .Sheet("Halen", halen)
            .TextSheet("Brengen", ["Wat"])
            .SaveTo(_folder.File("formulas.xlsx"));

        var report = Read(path);
        var items = Assert.Single(report.Coalition.Partners).Halen;

        Assert.Equal("Vroege signalen", items[0].Text.Value);
        Assert.Null(items[0].Toelichting);
        Assert.Equal("2", items[1].Text.Value);
        var warning = Single(report, DiagnosticCode.FoutwaardeInCel);
        Assert.Equal(new SourceRef(path, "Halen", "B2"), warning.Where);
        Assert.Contains("#REF!", warning.Message);
        Assert.True(report.CanGenerate(strict: false));
    }

    [Fact]
    public void Hidden_rows_are_read_like_any_other()
    {
        var halen = RawWorkbook.Rows(1, ["Wat"]) + RawWorkbook.Rows(2, ["Zichtbaar"]).Replace("<row r=\"2\">", "<row r=\"2\">", StringComparison.Ordinal)
            + RawWorkbook.Rows(3, ["Verborgen"]).Replace("<row r=\"3\">", "<row r=\"3\" hidden=\"1\">", StringComparison.Ordinal);
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "School"])
            .Sheet("Halen", halen)
            .TextSheet("Brengen", ["Wat"])
            .SaveTo(_folder.File("hidden.xlsx"));

        Assert.Equal(["Zichtbaar", "Verborgen"], Assert.Single(Read(path).Coalition.Partners).Halen.Select(i => i.Text.Value));
    }

    [Fact]
    public void Shared_strings_with_rich_text_phonetic_runs_and_an_empty_item_read_correctly()
    {
        var workbook = new RawWorkbook
        {
            SharedStringsXml = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                               "<si><t>Partij</t></si><si><r><t>Zorg</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">groep </t></r><r><t>Dommelvallei</t></r><rPh sb=\"0\" eb=\"1\"><t>ZZZ</t></rPh></si>" +
                               "<si/><si><t>Wat</t></si><si><t>Bel_x0007_ons</t></si></sst>",
        };
        var path = workbook
            .Sheet("Belangenkaart", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>")
            .Sheet("Halen", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>4</v></c></row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>99</v></c></row>")
            .TextSheet("Brengen", ["Wat"])
            .SaveTo(_folder.File("sst.xlsx"));

        var report = Read(path);
        var partner = Assert.Single(report.Coalition.Partners);

        Assert.Equal("Zorggroep Dommelvallei", partner.Naam);
        Assert.Equal("Belons", Assert.Single(partner.Halen).Text.Value);
        Assert.Equal(Severity.Opmerking, Single(report, DiagnosticCode.TekensVerwijderd).Severity);
    }

    [Fact]
    public void Dates_may_be_real_dates_iso_date_cells_serial_numbers_or_dutch_text()
    {
        static string DateRow(string cell) => $"<row r=\"1\">{RawWorkbook.InlineCell("A1", "Datum sessie")}{cell}</row>";
        const string styles = "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
            "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"d\\ mmmm\\ yyyy\"/></numFmts>" +
            "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
        var cases = new (string Cell, string? Styles, bool Date1904)[]
        {
            ("<c r=\"B1\" s=\"1\"><v>46457</v></c>", styles, false),
            ("<c r=\"B1\" s=\"2\"><v>46457</v></c>", styles, false),
            ("<c r=\"B1\" s=\"1\"><v>44995</v></c>", styles, true),
            ("<c r=\"B1\" t=\"d\"><v>2027-03-11T00:00:00</v></c>", null, false),
            ("<c r=\"B1\"><v>46457</v></c>", null, false),
            (RawWorkbook.InlineCell("B1", "11 maart 2027"), null, false),
            (RawWorkbook.InlineCell("B1", "11-3-2027"), null, false),
            (RawWorkbook.InlineCell("B1", "donderdag 11 maart 2027"), null, false),
            (RawWorkbook.InlineCell("B1", "2027-03-11"), null, false),
        };
        foreach (var (cell, styleXml, date1904) in cases)
        {
            var path = new RawWorkbook { StylesXml = styleXml, Date1904 = date1904 }
                .Sheet("Samenwerking", DateRow(cell))
                .TextSheet("Krachtenveld", ["Partij"], ["School"])
                .SaveTo(_folder.File($"date-{Guid.NewGuid():N}.xlsx"));

            var report = Read(path);

            Assert.Equal(new DateOnly(2027, 3, 11), report.Coalition.Samenwerking.Datum?.Date);
            Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCode.OngeldigeDatum);
        }
    }

    [Fact]
    public void A_date_that_cannot_be_read_is_kept_as_text_with_a_warning()
    {
        var path = new RawWorkbook()
            .TextSheet("Samenwerking", ["Datum sessie", "ergens in maart"])
            .TextSheet("Krachtenveld", ["Partij"], ["School"])
            .SaveTo(_folder.File("date.xlsx"));

        var report = Read(path);

        Assert.Equal("ergens in maart", report.Coalition.Samenwerking.Datum!.Text);
        Assert.Null(report.Coalition.Samenwerking.Datum.Date);
        Assert.Equal(new SourceRef(path, "Samenwerking", "B1"), Single(report, DiagnosticCode.OngeldigeDatum).Where);
    }

    [Fact]
    public void Numbers_read_without_a_styles_part_and_durations_may_be_typed_as_text()
    {
        foreach (var (cell, minutes) in new[] { ("<c r=\"B1\"><v>150</v></c>", 150), (RawWorkbook.InlineCell("B1", "2,5 uur"), 150), (RawWorkbook.InlineCell("B1", "90 min"), 90) })
        {
            var path = new RawWorkbook()
                .Sheet("Samenwerking", $"<row r=\"1\">{RawWorkbook.InlineCell("A1", "Sessieduur (minuten)")}{cell}</row>")
                .TextSheet("Krachtenveld", ["Partij"], ["School"])
                .SaveTo(_folder.File($"dur-{minutes}-{Guid.NewGuid():N}.xlsx"));

            Assert.Equal(minutes, Read(path).Coalition.Samenwerking.SessieduurMinuten?.Value);
        }
    }

    [Fact]
    public void A_value_outside_its_list_is_a_warning_naming_cell_value_and_allowed_values_and_stays_unknown()
    {
        var path = Krachtenveld(["Gemeente", "Budget", "Heel groot", "Geld", "2", "Geen"]).SaveTo(_folder.File("kv.xlsx"));

        var report = Read(path);
        var row = Assert.Single(report.Coalition.Partners).Krachtenveld!;

        Assert.Null(row.Invloed!.Value);
        Assert.Equal("Heel groot", row.Invloed.Raw);
        Assert.Equal(Houding4D.Eigenbelang, row.Houding!.Value);
        var warning = Single(report, DiagnosticCode.OnbekendeWaarde);
        Assert.Equal(Severity.Waarschuwing, warning.Severity);
        Assert.Equal(new SourceRef(path, "Krachtenveld", "C2"), warning.Where);
        Assert.Contains("'Heel groot'", warning.Message);
        Assert.Contains("'Groot', 'Middel', 'Klein'", warning.Message);
        Assert.True(report.CanGenerate(strict: false));
        Assert.False(report.CanGenerate(strict: true));
    }

    [Theory]
    [InlineData("1 Automatische piloot", Houding4D.AutomatischePiloot)]
    [InlineData("4", Houding4D.Samenhang)]
    [InlineData("3.", Houding4D.RespectEnInteresse)]
    [InlineData("respect en interesse", Houding4D.RespectEnInteresse)]
    [InlineData("2 - Eigenbelang", Houding4D.Eigenbelang)]
    public void The_4D_level_may_be_the_list_value_a_bare_digit_or_the_name(string typed, Houding4D expected)
    {
        var path = Krachtenveld(["Gemeente", null, null, null, typed]).SaveTo(_folder.File("4d.xlsx"));

        Assert.Equal(expected, Assert.Single(Read(path).Coalition.Partners).Krachtenveld!.Houding!.Value);
    }

    [Fact]
    public void A_4D_level_typed_as_a_number_cell_is_accepted()
    {
        var path = new RawWorkbook()
            .Sheet("Krachtenveld", RawWorkbook.Rows(1, ["Partij", "Houding (4D)"]) + $"<row r=\"2\">{RawWorkbook.InlineCell("A2", "Gemeente")}<c r=\"B2\"><v>3</v></c></row>")
            .SaveTo(_folder.File("4dnum.xlsx"));

        Assert.Equal(Houding4D.RespectEnInteresse, Assert.Single(Read(path).Coalition.Partners).Krachtenveld!.Houding!.Value);
    }

    [Fact]
    public void Krachtenveld_partners_match_belangenkaarten_ignoring_case_accents_and_spacing()
    {
        Belangenkaart("Gemeente Dommelstede", "Signalen").SaveTo(_folder.File("a.xlsx"));
        Belangenkaart("Coöperatie De Eendracht", "Leden").SaveTo(_folder.File("b.xlsx"));
        Belangenkaart("Alleen Kaart", "Iets").SaveTo(_folder.File("c.xlsx"));
        Krachtenveld(["gemeente  DOMMELSTEDE"], ["Cooperatie de eendracht"], ["Alleen Krachtenveld"]).SaveTo(_folder.File("kv.xlsx"));

        var report = Read(_folder.Path);
        var partners = report.Coalition.Partners;

        Assert.Equal(["Gemeente Dommelstede", "Coöperatie De Eendracht", "Alleen Krachtenveld", "Alleen Kaart"], partners.Select(p => p.Naam));
        Assert.All(partners.Take(2), p => Assert.True(p.Kaart is not null && p.Krachtenveld is not null));
        Assert.Null(partners[2].Kaart);
        Assert.Null(partners[3].Krachtenveld);
        Assert.Contains("Alleen Krachtenveld", Single(report, DiagnosticCode.PartijZonderBelangenkaart).Message);
        Assert.Contains("Alleen Kaart", Single(report, DiagnosticCode.PartijZonderKrachtenveld).Message);
        Assert.True(report.CanGenerate(strict: false));
    }

    [Fact]
    public void Control_characters_are_dropped_while_emoji_and_right_to_left_text_stay_exactly()
    {
        const string emoji = "Samen sterk 💪🏽 in de wijk 🏘️";
        const string arabic = "تعاون الجيران";
        const string hebrew = "שיתוף פעולה";
        // Excel escapes a control character as _x0007_ (ECMA-376 ST_Xstring); other writers use &#x7;.
        var halen = RawWorkbook.Rows(1, ["Wat"], [emoji], [arabic], [hebrew], ["Bel_x0007_ons_x000B_ op"]) +
                    "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>Piep&#x7;toon</t></is></c></row>";
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "Buurt_x0007_huis"])
            .Sheet("Halen", halen)
            .TextSheet("Brengen", ["Wat"])
            .SaveTo(_folder.File("chars.xlsx"));

        var report = Read(path);
        var partner = Assert.Single(report.Coalition.Partners);

        Assert.Equal("Buurthuis", partner.Naam);
        Assert.Equal([emoji, arabic, hebrew, "Belons op", "Pieptoon"], partner.Halen.Select(i => i.Text.Value));
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCode.TekensVerwijderd && d.Severity == Severity.Opmerking);
    }

    [Fact]
    public void Reading_gives_the_same_result_under_dutch_english_and_turkish_culture()
    {
        new RawWorkbook()
            .TextSheet("BELANGENKAART", ["PARTIJ", "İnstituut Işık"], ["EIGEN BELANG", "Ideeën"])
            .TextSheet("HALEN", ["WAT", "SOORT", "WENS OF EIS"], ["Inzicht", "DATA EN INFORMATIE", "EIS"])
            .TextSheet("BRENGEN", ["WAT"], ["Inzet"])
            .SaveTo(_folder.File("a.xlsx"));
        Krachtenveld(["instituut isik", "Inzicht", "MIDDEL", "Idee", "2 EIGENBELANG", "Tijd"]).SaveTo(_folder.File("kv.xlsx"));

        var results = new[] { "nl-NL", "en-US", "tr-TR" }.Select(name =>
        {
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
            try
            {
                var report = Read(_folder.Path);
                return ModelText.Of(report.Coalition) + string.Join("\n", report.Diagnostics);
            }
            finally
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
            }
        }).ToList();

        Assert.Equal(results[0], results[1]);
        Assert.Equal(results[0], results[2]);
        Assert.Contains(" K|instituut isik|Inzicht|Middel|Idee|Eigenbelang|Tijd", results[0]);
        Assert.Contains(" H|Inzicht|DataEnInformatie|Eis|", results[0]);
    }
}
