using System.Reflection;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// The hosts (command line, local server) use HalenBrengen only through App's one door: they reach neither
/// the reader nor the writers, nor the libraries under them, so every host checks and generates alike.
/// </summary>
public sealed class OneDoorTests
{
    private static readonly string[] BehindTheDoor =
        ["HalenBrengen.Excel", "HalenBrengen.Pptx", "HalenBrengen.Layout", "ClosedXML", "DocumentFormat.OpenXml", "ExcelNumberFormat"];

    public static TheoryData<string> Hosts => ["HalenBrengen.Cli", "HalenBrengen.Web"];

    [Theory]
    [MemberData(nameof(Hosts))]
    public void A_host_calls_nothing_behind_the_door(string host)
    {
        var assembly = host == "HalenBrengen.Cli" ? typeof(CliApp).Assembly : typeof(HalenBrengen.Web.WebApp).Assembly;

        var used = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("HalenBrengen.App", used);
        Assert.Empty(used.Intersect(BehindTheDoor));
    }
}
