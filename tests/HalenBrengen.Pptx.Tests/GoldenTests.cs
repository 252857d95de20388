using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Posters;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Layout.Style;

namespace HalenBrengen.Pptx.Tests;

/// <summary>
/// Every slide kind of the session deck, the briefing and the posters, for a small coalition, pinned as
/// normalised XML text (CONVENTIONS rule 7): a change to a planner or the writer shows up as a readable
/// diff. After an intended change, regenerate with <c>HB_UPDATE_GOLDEN=1 dotnet test tests/HalenBrengen.Pptx.Tests</c>
/// and read the diff before committing it.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Files => ["session-nl", "session-en", "session-candidates-nl", "briefing-nl", "posters-nl"];

    private static IEnumerable<PresentationPlan> Plans(string name)
    {
        var coalition = Tiny.Coalition(withSharedAmbition: name != "session-candidates-nl");
        var language = name.EndsWith("-en", StringComparison.Ordinal) ? Language.En : Language.Nl;
        var analysis = CoalitionAnalysis.Of(coalition);
        return name switch
        {
            "briefing-nl" => [BriefingPlanner.Plan(coalition, analysis, PlanContext.Briefing(Look.House, language))],
            "posters-nl" => PosterPlanner.Plan(coalition, PlanContext.Poster(Look.House, language)).Select(p => p.Sheets),
            _ => [DeckPlanner.Plan(coalition, analysis, PlanContext.Session(Look.House, language))],
        };
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_slide_kind_is_written_as_its_golden_xml(string name)
    {
        var text = new StringBuilder();
        foreach (var plan in Plans(name))
            text.Append(Normalised(PptxWriter.Write(plan)));
        var path = Repository.PathOf("tests", "HalenBrengen.Pptx.Tests", "Golden", name + ".xml");
        if (Environment.GetEnvironmentVariable("HB_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.ToString());
        }
        Assert.True(File.Exists(path), $"no golden file {path}; write it with HB_UPDATE_GOLDEN=1");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var actual = text.ToString().ReplaceLineEndings("\n").Split('\n');
        var first = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(first < 0 && expected.Length == actual.Length,
            first < 0 ? $"{name}: {actual.Length} lines written, {expected.Length} in the golden file"
                      : $"{name}, line {first + 1}:\n  golden:  {expected[first].Trim()}\n  written: {actual[first].Trim()}");
    }

    /// <summary>The slides, charts and presentation part, each parsed and indented, in part-name order.</summary>
    private static string Normalised(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName == "ppt/presentation.xml" || e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal)
                     || e.FullName.StartsWith("ppt/slides/charts/chart", StringComparison.Ordinal))
                     .OrderBy(e => e.FullName.Length).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            text.Append("<!-- ").Append(entry.FullName).Append(" -->\n");
            text.Append(XDocument.Load(entry.Open()).ToString()).Append('\n');
        }
        return text.ToString();
    }
}
