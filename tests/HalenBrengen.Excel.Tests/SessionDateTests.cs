using System.Globalization;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Excel.Tests.Support.Kaarten;

namespace HalenBrengen.Excel.Tests;

/// <summary>
/// The session date may carry its start time, however the cell holds it: a date cell, an Excel serial
/// number or Dutch or ISO text. Every case is read under Dutch, English and Turkish culture and must
/// read the same under each.
/// </summary>
public sealed class SessionDateTests : IDisposable
{
    private static readonly DateOnly Day = new(2027, 3, 11);
    private static readonly TimeOnly HalfPastOne = new(13, 30);

    // Style 0 is General, 1 the built-in short date (numFmtId 14), 2 a custom date and time format.
    private const string Styles = "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"d-m-yyyy\\ h:mm\"/></numFmts>" +
        "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("<c r=\"B1\" s=\"2\"><v>46457.5625</v></c>")]
    [InlineData("<c r=\"B1\" s=\"1\"><v>46457.5625</v></c>")]
    [InlineData("<c r=\"B1\" t=\"d\"><v>2027-03-11T13:30:00</v></c>")]
    public void A_date_cell_with_a_time_of_day_gives_the_start_time(string cell)
    {
        var datum = ReadSessieDatum(cell);

        Assert.Equal(Day, datum.Date);
        Assert.Equal(HalfPastOne, datum.Time);
        Assert.Equal("11 maart 2027 13:30", datum.Text);
    }

    [Fact]
    public void An_excel_serial_number_with_a_fraction_gives_date_and_start_time()
    {
        var datum = ReadSessieDatum("<c r=\"B1\"><v>46457.5625</v></c>");

        Assert.Equal(Day, datum.Date);
        Assert.Equal(HalfPastOne, datum.Time);
        Assert.Equal("11 maart 2027 13:30", datum.Text);
    }

    [Theory]
    [InlineData("11-3-2027 13:30")]
    [InlineData("11-3-2027 13.30")]
    [InlineData("11 maart 2027 13:30")]
    [InlineData("11 maart 2027, 13:30 uur")]
    [InlineData("2027-03-11 13:30")]
    [InlineData("2027-03-11T13:30")]
    [InlineData("2027-03-11T13:30:00")]
    [InlineData("donderdag 11 maart 2027 om 13.30 uur")]
    [InlineData("11/3/2027 13:30u")]
    public void A_date_typed_as_text_may_carry_a_start_time(string typed)
    {
        var datum = ReadSessieDatum(RawWorkbook.InlineCell("B1", typed));

        Assert.Equal(Day, datum.Date);
        Assert.Equal(HalfPastOne, datum.Time);
        Assert.Equal(typed, datum.Text);
    }

    [Theory]
    [InlineData("<c r=\"B1\" s=\"1\"><v>46457</v></c>", "11 maart 2027")]
    [InlineData("<c r=\"B1\" s=\"2\"><v>46457</v></c>", "11 maart 2027")]
    [InlineData("<c r=\"B1\" t=\"d\"><v>2027-03-11T00:00:00</v></c>", "11 maart 2027")]
    [InlineData("<c r=\"B1\"><v>46457</v></c>", "11 maart 2027")]
    [InlineData("<c r=\"B1\" t=\"inlineStr\"><is><t>11-3-2027</t></is></c>", "11-3-2027")]
    [InlineData("<c r=\"B1\" t=\"inlineStr\"><is><t>11 maart 2027 00:00</t></is></c>", "11 maart 2027 00:00")]
    public void A_plain_date_or_one_at_midnight_exactly_has_no_start_time(string cell, string text)
    {
        var datum = ReadSessieDatum(cell);

        Assert.Equal(Day, datum.Date);
        Assert.Null(datum.Time);
        Assert.Equal(text, datum.Text);
    }

    [Theory]
    [InlineData("<c r=\"B1\" s=\"2\"><v>46457.56249999</v></c>", 13, 30)] // float arithmetic just short of 13:30
    [InlineData("<c r=\"B1\" t=\"d\"><v>2027-03-11T13:29:45</v></c>", 13, 30)]
    [InlineData("<c r=\"B1\" t=\"inlineStr\"><is><t>11-3-2027 13:30:29</t></is></c>", 13, 30)]
    [InlineData("<c r=\"B1\" s=\"2\"><v>46457.999999999</v></c>", -1, -1)] // rounds to midnight of the next day: a plain date
    public void Start_times_are_rounded_to_the_minute(string cell, int hour, int minute)
    {
        var datum = ReadSessieDatum(cell);

        Assert.Equal(hour < 0 ? Day.AddDays(1) : Day, datum.Date);
        Assert.Equal(hour < 0 ? null : new TimeOnly(hour, minute), datum.Time);
    }

    [Theory]
    [InlineData("13:30")]
    [InlineData("om 13.30 uur")]
    [InlineData("11-3-2027 25:30")]
    public void A_time_alone_or_an_impossible_time_is_not_a_date_and_is_kept_as_text_with_a_warning(string typed)
    {
        var path = WorkbookWith(RawWorkbook.InlineCell("B1", typed));

        foreach (var report in ReadUnderEachCulture(path))
        {
            var datum = report.Coalition.Samenwerking.Datum!;
            Assert.Null(datum.Date);
            Assert.Null(datum.Time);
            Assert.Equal(typed, datum.Text);
            Assert.Equal(new SourceRef(path, "Samenwerking", "B1"), Single(report, DiagnosticCode.OngeldigeDatum).Where);
        }
    }

    [Fact]
    public void The_example_session_starts_on_11_march_2027_at_half_past_one()
    {
        var report = Read(Repository.PathOf("templates", "voorbeeld", "krachtenveld.xlsx"));

        var datum = report.Coalition.Samenwerking.Datum!;
        Assert.Equal(Day, datum.Date);
        Assert.Equal(HalfPastOne, datum.Time);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCode.OngeldigeDatum);
    }

    /// <summary>The session date read from a krachtenveld whose 'Datum sessie' value is <paramref name="cell"/> (B1), under every culture.</summary>
    [Theory]
    [InlineData("<c r=\"B1\" t=\"d\"><v>0027-03-11</v></c>")] // a two-digit year slipped in a script, as ISO text
    [InlineData("<c r=\"B1\" t=\"d\"><v>0001-01-01T00:00:00</v></c>")]
    [InlineData("<c r=\"B1\" s=\"1\"><v>-5</v></c>")] // the same kind of date as a serial number
    public void A_date_excel_cannot_hold_is_a_warning_on_its_cell_not_a_crash(string cell)
    {
        var path = WorkbookWith(cell);

        foreach (var report in ReadUnderEachCulture(path))
        {
            Assert.True(report.CanGenerate(strict: false), string.Join("; ", report.Diagnostics));
            var said = Assert.Single(report.Diagnostics, d => d.Where.Cell == "B1");
            Assert.Equal(Severity.Waarschuwing, said.Severity);
        }
    }

    private SessieDatum ReadSessieDatum(string cell)
    {
        var path = WorkbookWith(cell);
        var data = ReadUnderEachCulture(path).Select(report =>
        {
            Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCode.OngeldigeDatum);
            return report.Coalition.Samenwerking.Datum!;
        }).ToList();
        Assert.All(data, d => Assert.Equal(data[0], d));
        return data[0];
    }

    private string WorkbookWith(string cell) => new RawWorkbook { StylesXml = Styles }
        .Sheet("Samenwerking", $"<row r=\"1\">{RawWorkbook.InlineCell("A1", "Datum sessie")}{cell}</row>")
        .TextSheet("Krachtenveld", ["Partij"], ["School"])
        .SaveTo(_folder.File($"datum-{Guid.NewGuid():N}.xlsx"));

    private static List<InputReport> ReadUnderEachCulture(string path) => new[] { "nl-NL", "en-US", "tr-TR" }.Select(name =>
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
        try
        {
            return Read(path);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }).ToList();
}
