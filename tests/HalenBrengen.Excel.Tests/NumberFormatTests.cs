using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Excel.Tests.Support.Kaarten;

namespace HalenBrengen.Excel.Tests;

/// <summary>
/// A number's text is what Dutch Excel shows for it: its style's number format applied, whether the
/// file writes the format code (custom formats) or only names a built-in id. The number itself stays
/// where the contract needs a number (the session length, the session date, a 4D level). Read under
/// Dutch and English culture alike; the input files stay as they were.
/// </summary>
public sealed class NumberFormatTests : IDisposable
{
    // Custom codes as Excel writes them (numFmtId 164 and up), then one xf per case. Built-in ids
    // (9, 12, 20, 14, 22, 3, 10, 5, 13, 1, 4) are named without a code, as Excel leaves them out.
    private const string Styles = "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
        "<numFmts count=\"6\">" +
        "<numFmt numFmtId=\"164\" formatCode=\"&quot;€&quot;\\ #,##0\"/>" +
        "<numFmt numFmtId=\"165\" formatCode=\"[$€-413]\\ #,##0.00;[$€-413]\\ \\-#,##0.00\"/>" +
        "<numFmt numFmtId=\"166\" formatCode=\"0&quot; min&quot;\"/>" +
        "<numFmt numFmtId=\"167\" formatCode=\"[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy\"/>" +
        "<numFmt numFmtId=\"168\" formatCode=\"&quot;niveau &quot;0\"/>" +
        "<numFmt numFmtId=\"169\" formatCode=\"[$-413]h:mm;@\"/>" +
        "</numFmts><cellXfs count=\"18\">" +
        "<xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"164\"/><xf numFmtId=\"12\"/><xf numFmtId=\"20\"/>" +
        "<xf numFmtId=\"3\"/><xf numFmtId=\"10\"/><xf numFmtId=\"14\"/><xf numFmtId=\"165\"/><xf numFmtId=\"5\"/>" +
        "<xf numFmtId=\"13\"/><xf numFmtId=\"22\"/><xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"1\"/>" +
        "<xf numFmtId=\"168\"/><xf numFmtId=\"169\"/><xf numFmtId=\"4\"/>" +
        "</cellXfs></styleSheet>";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Number(string reference, string value, int style) => $"<c r=\"{reference}\" s=\"{style}\"><v>{value}</v></c>";

    private static string Row(int number, string wat, string cell) =>
        $"<row r=\"{number}\">{RawWorkbook.InlineCell($"A{number}", wat)}{cell}</row>";

    private List<InputReport> ReadFolder()
    {
        var before = Damage.Fingerprint(_folder.Path);
        var reports = Cultures.Each(() => Read(_folder.Path));
        Assert.Equal(before, Damage.Fingerprint(_folder.Path));
        Assert.Equal(ModelText.Of(reports[0].Coalition), ModelText.Of(reports[1].Coalition));
        return reports;
    }

    [Fact]
    public void Omvang_reads_as_excel_shows_it_percent_currency_thousands_and_fractions()
    {
        var cases = new (string Value, int Style, string Shown)[]
        {
            ("0.1", 1, "10%"),                   // typed 10%: built-in 0%
            ("120000", 2, "€ 120.000"),          // typed € 120.000: Excel writes "€"\ #,##0
            ("0.5", 3, "1/2"),                   // typed 0 1/2 (or ½ as a fraction): built-in # ?/?
            ("1.5", 3, "1 1/2"),
            ("1234567", 5, "1.234.567"),         // built-in #,##0
            ("0.125", 6, "12,50%"),              // built-in 0.00%
            ("-1234.5", 8, "€ -1.234,50"),       // [$€-413] with its own negative section
            ("2500", 9, "€ 2.500"),              // built-in currency, which follows the system: the euro
            ("0.666666666666667", 10, "2/3"),    // built-in # ??/??
            ("2.5", 14, "3"),                    // Excel rounds a half away from zero
            ("0.125", 1, "13%"),
            ("1234.5", 17, "1.234,50"),          // built-in #,##0.00
            ("0.30000000000000004", 0, "0,3"),   // General: 15 significant digits, Dutch notation
            ("150", 12, "150 min"),
        };
        var rows = string.Concat(cases.Select((c, i) => Row(i + 2, $"Item {i + 2}", Number($"B{i + 2}", c.Value, c.Style))));
        new RawWorkbook { StylesXml = Styles }
            .TextSheet("Belangenkaart", ["Partij", "School"])
            .TextSheet("Halen", ["Wat"])
            .Sheet("Brengen", RawWorkbook.Rows(1, ["Wat", "Omvang"]) + rows)
            .SaveTo(_folder.File("kaart.xlsx"));

        foreach (var report in ReadFolder())
        {
            var brengen = Assert.Single(report.Coalition.Partners).Brengen;
            Assert.Equal(cases.Select(c => c.Shown), brengen.Select(i => i.Omvang?.Value));
            Assert.Empty(report.Diagnostics);
        }
    }

    [Fact]
    public void Times_and_dates_read_as_excel_shows_them_while_the_session_keeps_its_number_and_date()
    {
        var activiteiten = RawWorkbook.Rows(1, ["Activiteit", "Wanneer"]) +
            Row(2, "Overleg", Number("B2", "0.583333333333333", 4)) +          // typed 14:00: built-in h:mm
            Row(3, "Terugblik", Number("B3", "46457", 7)) +                    // built-in short date, Dutch order
            Row(4, "Start", Number("B4", "46457.5625", 11)) +                  // built-in date and time
            Row(5, "Feest", Number("B5", "46457", 13)) +                       // the system's long date, in Dutch
            Row(6, "Lunch", Number("B6", "0.5", 16)) +                         // a Dutch time format with a text section
            Row(7, "Opening", "<c r=\"B7\" t=\"d\" s=\"7\"><v>2027-03-11T00:00:00</v></c>"); // an ISO date cell with a style
        var samenwerking = $"<row r=\"1\">{RawWorkbook.InlineCell("A1", "Sessieduur (minuten)")}{Number("B1", "150", 12)}</row>" +
            $"<row r=\"2\">{RawWorkbook.InlineCell("A2", "Datum sessie")}{Number("B2", "46457.5625", 11)}</row>";
        new RawWorkbook { StylesXml = Styles }
            .Sheet("Samenwerking", samenwerking)
            .Sheet("Krachtenveld", RawWorkbook.Rows(1, ["Partij", "Houding (4D)"]) + Row(2, "School", Number("B2", "3", 15)))
            .Sheet("Activiteiten", activiteiten)
            .SaveTo(_folder.File("kv.xlsx"));

        foreach (var report in ReadFolder())
        {
            var coalition = report.Coalition;
            Assert.Equal(["14:00", "11-3-2027", "11-3-2027 13:30", "donderdag 11 maart 2027", "12:00", "11-3-2027"],
                coalition.Activiteiten.Select(a => a.Wanneer?.Value));
            Assert.Equal(150, coalition.Samenwerking.SessieduurMinuten?.Value);
            Assert.Equal(new DateOnly(2027, 3, 11), coalition.Samenwerking.Datum?.Date);
            Assert.Equal(new TimeOnly(13, 30), coalition.Samenwerking.Datum?.Time);
            Assert.Equal(Houding4D.RespectEnInteresse, Assert.Single(coalition.Partners).Krachtenveld!.Houding!.Value);
            Assert.DoesNotContain(report.Diagnostics, d => d.Severity != Severity.Opmerking && d.Code != DiagnosticCode.PartijZonderBelangenkaart);
        }
    }

    [Theory]
    [InlineData(1, "0", 0.5, "1")]
    [InlineData(2, "0.00", 1.005, "1,01")]
    [InlineData(3, "#,##0", 1234.5, "1.235")]
    [InlineData(9, "0%", 0.005, "1%")]
    [InlineData(11, "0.00E+00", 12345, "1,23E+04")]
    [InlineData(15, "d-mmm-yy", 46457, "11-mrt-27")]
    [InlineData(16, "d-mmm", 46457, "11-mrt")]
    [InlineData(17, "mmm-yy", 46457, "mrt-27")]
    [InlineData(18, "h:mm AM/PM", 0.5625, "1:30 PM")]
    [InlineData(21, "h:mm:ss", 0.5625, "13:30:00")]
    [InlineData(37, "#,##0 ;(#,##0)", -1234, "(1.234)")]
    [InlineData(39, "#,##0.00;(#,##0.00)", 1234, "1.234,00")]
    [InlineData(42, "€ accounting", 1234, "€ 1.234")]
    [InlineData(44, "€ accounting", 0, "€ -")]
    [InlineData(45, "mm:ss", 0.0625, "30:00")]
    [InlineData(46, "[h]:mm:ss", 1.25, "30:00:00")]
    [InlineData(47, "mm:ss.0", 0.00069444, "01:00.0")]
    [InlineData(48, "##0.0E+0", 12345, "12,3E+3")]
    [InlineData(49, "@", 2.5, "2,5")]
    public void The_built_in_formats_of_ecma_376_show_as_in_dutch_excel(int id, string what, double value, string shown)
    {
        Assert.NotNull(Package.NumberFormats.BuiltIn(id));
        var styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                     $"<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"{id}\"/></cellXfs></styleSheet>";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(styles));
        var formats = Package.NumberFormats.Read(stream, date1904: false);

        Assert.True(shown == formats.Format(value, 1), $"{id} ({what}): {formats.Format(value, 1)}");
    }

    [Theory]
    [InlineData(11, 0, "0")]
    [InlineData(12, -1e10, "-10000000000")]
    [InlineData(46, 1e10, "10000000000")]
    [InlineData(14, 3e6, "3000000")]
    [InlineData(20, -0.5, "-0,5")]
    public void A_value_a_format_cannot_show_reads_as_its_number_instead_of_stopping_the_reader(int id, double value, string shown)
    {
        var styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                     $"<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"{id}\"/></cellXfs></styleSheet>";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(styles));

        Assert.Equal(shown, Package.NumberFormats.Read(stream, date1904: false).Format(value, 1));
    }

    [Fact]
    public void Every_built_in_id_up_to_49_that_ecma_376_lists_has_a_format_that_parses()
    {
        foreach (var id in Enumerable.Range(1, 22).Concat(Enumerable.Range(37, 13)))
        {
            var code = Package.NumberFormats.BuiltIn(id);
            Assert.True(code is not null && new ExcelNumberFormat.NumberFormat(code).IsValid, $"numFmtId {id}");
        }
    }

    [Fact]
    public void An_absurd_number_of_cell_styles_is_refused_with_the_limit()
    {
        var styles = new System.Text.StringBuilder("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs>");
        for (var i = 0; i <= Package.XlsxLimits.MaxCellStyles; i++)
            styles.Append("<xf/>");
        var workbook = Belangenkaart("School", "Kennis");
        workbook.StylesXml = styles.Append("</cellXfs></styleSheet>").ToString();
        var path = workbook.SaveTo(_folder.File("stijlen.xlsx"));

        var before = Damage.Fingerprint(_folder.Path);
        var report = Read(path);
        Assert.Equal(before, Damage.Fingerprint(_folder.Path));

        var error = Single(report, DiagnosticCode.TeGroot);
        Assert.Equal(Severity.Fout, error.Severity);
        Assert.Contains("100.000", error.Message);
    }
}
