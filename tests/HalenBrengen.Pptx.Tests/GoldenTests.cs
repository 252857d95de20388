using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Layout;
using HalenBrengen.Pptx.Tests.Support;

namespace HalenBrengen.Pptx.Tests;

/// <summary>
/// What the writer makes of one small, hand-written plan element of each kind (<see cref="ElementPlans"/>,
/// never the planners, so a design change in Layout rewrites none of these), pinned as normalised XML text
/// (CONVENTIONS rule 7: each part parsed and indented; a slide element as the elements it adds to the
/// slide's shape tree). A change to a writer shows up as a short, readable diff. After an intended change:
/// <c>HB_UPDATE_GOLDEN=1 dotnet test tests/HalenBrengen.Pptx.Tests --filter "FullyQualifiedName~GoldenTests"</c>,
/// then read the diff of tests/HalenBrengen.Pptx.Tests/Golden before committing it. Each golden pins:
/// <list type="bullet">
/// <item>title: the title in the layout's title placeholder (name, lock, box, bold accent run, anchor), as a place that shrinks what is typed beyond it (normAutofit; every other golden's text has noAutofit).</item>
/// <item>text-box: a text box without fill (txBox), insets, centred paragraphs, space before, runs in their own weight and colour.</item>
/// <item>bulleted-list: bullet paragraphs with their hanging indent (marL, negative indent) and bullet font, a typed line break (a:br).</item>
/// <item>table: the graphic frame, grid, row heights, the header's and banded rows' fills and text colours, cell insets and borders.</item>
/// <item>chart: the slide's frame, the chart part (series, caches, axes, gridlines, text) and the embedded workbook's parts.</item>
/// <item>tile: a name bar (a filled shape, centred bold text) over a filled panel with coloured runs.</item>
/// <item>badges: a tight ellipse (no insets, no wrap) and a rounded chip with an outline, in the heading font.</item>
/// <item>connector: a line's box, its flip when it rises, weight, colour, caps.</item>
/// <item>picture: the picture's name and alternative text, its box, and the slide's relationship to its image.</item>
/// <item>notes: the notes slide, a paragraph per line, an empty line included.</item>
/// <item>house-master: the presentation part, the theme, the slide master with its text styles, both layouts and the notes master, in the house look.</item>
/// </list>
/// The bytes themselves (XML declaration, namespace declarations, empty elements) are pinned by comparing
/// every generated output before and after a change to the writer (docs: the byte comparison of outputs).
/// </summary>
public sealed partial class GoldenTests
{
    private const string Workbook = "ppt/slides/charts/embeddings/package.xlsx";

    public static TheoryData<string> Kinds =>
        ["title", "text-box", "bulleted-list", "table", "chart", "tile", "badges", "connector", "picture", "notes", "house-master"];

    private static string Golden(string kind) => kind switch
    {
        "title" => Shapes(ElementPlans.Deck([new SlidePlan(SlideLayoutKind.Inhoud, ElementPlans.Title, [], "")])),
        "text-box" => Shapes(ElementPlans.Of([ElementPlans.TextBox])),
        "bulleted-list" => Shapes(ElementPlans.Of([ElementPlans.BulletedList])),
        "table" => Shapes(ElementPlans.Of([ElementPlans.Table])),
        "chart" => Shapes(ElementPlans.Of([ElementPlans.Chart]), "ppt/slides/charts/chart1.xml", $"{Workbook}!xl/workbook.xml", $"{Workbook}!xl/worksheets/sheet1.xml"),
        "tile" => Shapes(ElementPlans.Of(ElementPlans.Tile)),
        "badges" => Shapes(ElementPlans.Of(ElementPlans.Badges)),
        "connector" => Shapes(ElementPlans.Of([ElementPlans.Connector])),
        "picture" => Shapes(ElementPlans.Of([ElementPlans.Picture]), "ppt/slides/_rels/slide1.xml.rels"),
        "notes" => Parts(PptxWriter.Write(ElementPlans.Of([], ElementPlans.Notes)), "ppt/notesSlides/notesSlide1.xml"),
        "house-master" => Parts(PptxWriter.Write(ElementPlans.Of([])), "ppt/presentation.xml", "ppt/theme/theme1.xml", "ppt/slideMasters/slideMaster1.xml",
            "ppt/slideLayouts/slideLayout1.xml", "ppt/slideLayouts/slideLayout2.xml", "ppt/notesMasters/notesMaster1.xml"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_element_kind_is_written_as_its_golden_xml(string kind)
    {
        var text = Golden(kind);
        var path = Repository.PathOf("tests", "HalenBrengen.Pptx.Tests", "Golden", kind + ".xml");
        if (Environment.GetEnvironmentVariable("HB_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        Assert.True(File.Exists(path), $"no golden file {path}; write it with HB_UPDATE_GOLDEN=1");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var actual = text.ReplaceLineEndings("\n").Split('\n');
        var first = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(first < 0 && expected.Length == actual.Length,
            first < 0 ? $"{kind}: {actual.Length} lines written, {expected.Length} in the golden file"
                      : $"{kind}, line {first + 1}:\n  golden:  {expected[first].Trim()}\n  written: {actual[first].Trim()}");
    }

    /// <summary>The first slide's elements (its shape tree without the tree's own properties), then the other parts named.</summary>
    private static string Shapes(PresentationPlan plan, params string[] parts)
    {
        var package = PptxWriter.Write(plan);
        var text = new StringBuilder("<!-- ppt/slides/slide1.xml: the shape tree's elements, namespace declarations left out -->\n");
        var tree = XDocument.Parse(Part(package, "ppt/slides/slide1.xml")).Descendants().Single(e => e.Name.LocalName == "spTree");
        foreach (var element in tree.Elements().Skip(2))
            text.Append(Declaration().Replace(element.ToString(), "")).Append('\n');
        return text.Append(Parts(package, parts)).ToString();
    }

    /// <summary>Each part parsed and indented, after its name; a part of an embedded package is named package!part.</summary>
    private static string Parts(byte[] package, params string[] parts)
    {
        var text = new StringBuilder();
        foreach (var name in parts)
            text.Append("<!-- ").Append(name).Append(" -->\n").Append(XDocument.Parse(Part(package, name))).Append('\n');
        return text.ToString();
    }

    private static string Part(byte[] package, string name)
    {
        var (outer, inner) = name.Split('!') is [var o, var i] ? (o, i) : (name, null);
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var bytes = new MemoryStream();
        using (var stream = zip.GetEntry(outer)!.Open())
            stream.CopyTo(bytes);
        return inner is null ? Encoding.UTF8.GetString(bytes.ToArray()).TrimStart('\uFEFF') : Part(bytes.ToArray(), inner);
    }

    /// <summary>A namespace declaration that LINQ to XML repeats on each element of a fragment taken out of its part.</summary>
    [GeneratedRegex(" xmlns:[a-z]+=\"[^\"]*\"")]
    private static partial Regex Declaration();
}
