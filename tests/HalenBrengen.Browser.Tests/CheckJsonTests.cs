using System.Text.Json;
using HalenBrengen.App;
using HalenBrengen.Excel.Tests.Support;

namespace HalenBrengen.Browser.Tests;

/// <summary>
/// The check's JSON, written without reflection for the trimmed WebAssembly host, is exactly what the
/// server's <c>Results.Json</c> writes for the same record (ASP.NET's web defaults, by reflection).
/// </summary>
public sealed class CheckJsonTests
{
    private static readonly JsonSerializerOptions AspNetDefaults = new(JsonSerializerDefaults.Web);

    [Fact]
    public void The_source_generated_json_is_the_servers_json_for_the_example_and_for_blocking_input()
    {
        var folder = Repository.PathOf("templates", "voorbeeld");
        var example = UseCases.Check([folder]);
        var broken = UseCases.Check([Path.Combine(folder, "01-gemeente-dommelstede.xlsx")]);
        foreach (var (report, strict) in new[] { (example, false), (example, true), (broken, false) })
        {
            var check = CheckSummary.Of(report, strict);
            Assert.Equal(JsonSerializer.Serialize(check, AspNetDefaults), CheckSummary.ToJson(check));
        }
    }

    [Fact]
    public void Names_are_camel_case_nulls_are_kept_and_the_most_severe_diagnostics_come_first()
    {
        var example = Directory.GetFiles(Repository.PathOf("templates", "voorbeeld"), "*.xlsx").Order(StringComparer.Ordinal)
            .Select(path => new FileContent(Path.GetFileName(path), File.ReadAllBytes(path)));
        // A file that is no workbook (an error without sheet or cell) among the example's (warnings).
        var report = UseCases.Check([.. example, new FileContent("kapot.xlsx", [1, 2, 3, 4])]);
        using var json = JsonDocument.Parse(CheckSummary.ToJson(CheckSummary.Of(report, strict: false)));
        var root = json.RootElement;
        Assert.Equal(["canGenerate", "samenwerking", "krantenkop", "partners", "diagnostics", "fouten", "waarschuwingen"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["naam", "halen", "eisen", "brengen", "belangenkaart", "krachtenveld"],
            root.GetProperty("partners")[0].EnumerateObject().Select(p => p.Name));
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        var broken = diagnostics.First(d => d.GetProperty("file").GetString() == "kapot.xlsx");
        Assert.Equal("fout", broken.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, broken.GetProperty("sheet").ValueKind);
        Assert.Equal(JsonValueKind.Null, broken.GetProperty("cell").ValueKind);
        Assert.Equal("kapot.xlsx", broken.GetProperty("where").GetString());
        var order = new[] { "fout", "waarschuwing", "opmerking" };
        var ranks = diagnostics.Select(d => Array.IndexOf(order, d.GetProperty("severity").GetString())).ToList();
        Assert.DoesNotContain(-1, ranks);
        Assert.Equal(ranks.Order(), ranks);
        Assert.False(root.GetProperty("canGenerate").GetBoolean());
    }
}
