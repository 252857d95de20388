using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;

namespace HalenBrengen.Excel.Tests.Support;

/// <summary>Small workbooks that follow the contract, and a shortcut to read them.</summary>
internal static class Kaarten
{
    public static RawWorkbook Belangenkaart(string partij, params string[] halen) => new RawWorkbook()
        .TextSheet("Belangenkaart", ["Partij", partij])
        .TextSheet("Halen", [["Wat"], .. halen.Select(h => new[] { h })])
        .TextSheet("Brengen", ["Wat"], ["Een vergaderruimte"]);

    public static RawWorkbook Krachtenveld(params string?[][] rows) => new RawWorkbook()
        .TextSheet("Samenwerking", ["Naam samenwerking", "Test"])
        .TextSheet("Krachtenveld", [["Partij", "Nodig voor", "Invloed", "Belangen en drijfveren", "Houding (4D)", "Randvoorwaarden"], .. rows]);

    public static InputReport Read(params string[] paths) => WorkbookReader.Read(paths);

    public static Diagnostic Single(InputReport report, DiagnosticCode code) =>
        Assert.Single(report.Diagnostics, d => d.Code == code);
}
