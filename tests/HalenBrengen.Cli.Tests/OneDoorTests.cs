using System.Reflection;
using System.Text.RegularExpressions;
using HalenBrengen.App;
using HalenBrengen.Cli.Tests.Support;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Templates;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Pptx;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// The hosts (command line, local server, browser) use HalenBrengen only through App's one door: they reach
/// neither the reader nor the writers, nor the libraries under them, so every host checks and generates alike.
/// Behind the door, one pipeline: a second copy of generate cannot come back unseen.
/// </summary>
public sealed partial class OneDoorTests
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

    /// <summary>
    /// The browser host is WebAssembly, which this test project cannot load, so its sources are read: it
    /// references App alone and names no namespace behind the door.
    /// </summary>
    [Fact]
    public void The_browser_host_calls_nothing_behind_the_door()
    {
        var project = Repository.PathOf("src", "HalenBrengen.Browser");

        var references = ProjectReference().Matches(File.ReadAllText(Path.Combine(project, "HalenBrengen.Browser.csproj"))).Select(m => m.Groups[1].Value);
        var named = Directory.GetFiles(project, "*.cs").SelectMany(file => BehindTheDoor
            .Where(name => File.ReadAllText(file).Contains(name, StringComparison.Ordinal)).Select(name => $"{Path.GetFileName(file)}: {name}"));

        Assert.Equal(["HalenBrengen.App"], references);
        Assert.Empty(named);
    }

    /// <summary>
    /// Inside App, generate has one pipeline: <see cref="Generator"/>.Run alone loads a house style and
    /// renders, Render alone plans and writes the slides (and compares the rounds), and only the two Check
    /// doors read workbooks. A second Generate that did any of it itself would show here.
    /// </summary>
    [Fact]
    public void Behind_the_door_one_pipeline_checks_loads_the_house_style_compares_the_rounds_and_renders()
    {
        var calls = CallGraph.Of(typeof(UseCases).Assembly);

        Assert.Equal(["UseCases.Generate"], calls.CallersOf(m => m.DeclaringType == typeof(Generator) && m.Name == "Run"));
        Assert.Equal(["UseCases.Check"], calls.CallersOf(m => m.DeclaringType == typeof(WorkbookReader)));
        // The house style from disk is read into memory and loaded as one held in memory.
        Assert.Equal(["Generator.Run", "HouseStyles.Load"], calls.CallersOf(m => m.DeclaringType == typeof(HouseStyles) && m.Name == nameof(HouseStyles.Load)));
        Assert.Equal(["Generator.Run"], calls.CallersOf(m => m.DeclaringType == typeof(Generator) && m.Name == nameof(Generator.Render)));
        Assert.Equal(["Generator.Render"], calls.CallersOf(m =>
            m.DeclaringType == typeof(PptxWriter) || m.DeclaringType!.Assembly.GetName().Name == "HalenBrengen.Layout" && m.DeclaringType.Name.EndsWith("Planner", StringComparison.Ordinal)));
        Assert.Equal(["Generator.Render"], calls.CallersOf(m => m.DeclaringType == typeof(Core.Analysis.RoundComparison)));
    }

    /// <summary>Files reach the disk through App's one atomic writer: Excel only makes the workbooks' bytes.</summary>
    [Fact]
    public void Excel_writes_no_file_and_App_writes_through_its_one_writer()
    {
        var excel = CallGraph.Of(typeof(TemplateWriter).Assembly);
        var app = CallGraph.Of(typeof(UseCases).Assembly);

        Assert.Empty(excel.CallersOf(WritesAFile));
        // PdfWriter writes LibreOffice's working copies into a temporary folder, and its PDFs through OutputWriter.
        Assert.Equal(["OutputWriter.PrepareFolder", "OutputWriter.Write", "PdfWriter.Write"], app.CallersOf(WritesAFile));
        Assert.Equal(["OutputWriter.WriteUnlessChanged", "PdfWriter.Write", "UseCases.Generate", "UseCases.Write"],
            app.CallersOf(m => m.DeclaringType == typeof(OutputWriter) && m.Name == nameof(OutputWriter.Write)));
    }

    private static bool WritesAFile(MethodBase method) =>
        method.DeclaringType == typeof(File) && (method.Name.StartsWith("Write", StringComparison.Ordinal) || method.Name is "Move" or "Copy" or "Create" or "OpenWrite")
        || method.DeclaringType == typeof(Directory) && method.Name == "CreateDirectory";

    [GeneratedRegex("""<ProjectReference Include="[^"]*[\\/]([^"\\/]+)\.csproj" />""")]
    private static partial Regex ProjectReference();
}
