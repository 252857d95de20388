using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HalenBrengen.Layout;

namespace HalenBrengen.Pptx.Tests.Support;

/// <summary>A run as written: its text, size in points, colour, weight, language and Latin font.</summary>
public sealed record WrittenRun(string Text, double SizePt, string? Color, bool Bold, string? Language, string? Font = null);

/// <summary>
/// A shape as written in a slide part: what it is, its name, its box (a:off / a:ext), its fill, outline
/// and runs; a table's cells are shapes of their own (kind "cell", the fill being the cell's); a picture's
/// <see cref="Image"/> is the part its relationship points to.
/// </summary>
public sealed record WrittenShape(string Kind, string Name, Rect Box, string? Fill, bool IsTitle, IReadOnlyList<WrittenRun> Runs, double? EndSizePt,
    double? LineWeightPt = null, string? LineColor = null, bool IsHeader = false, IReadOnlyList<string>? Paragraphs = null, string? Image = null)
{
    /// <summary>The shape's text: paragraphs on lines of their own, a line break (a:br) as a line break.</summary>
    public string Text => string.Join("\n", Paragraphs ?? []);
}

public sealed record WrittenSlide(int Number, IReadOnlyList<WrittenShape> Shapes, string Notes, IReadOnlyList<WrittenRun> NoteRuns)
{
    public IEnumerable<WrittenRun> Runs => Shapes.SelectMany(s => s.Runs);
    public string Text => string.Join(" ", Shapes.Select(s => s.Text));
}

/// <summary>
/// Reads a written .pptx back, as it is on disk and not as it was planned, so that tests check what
/// PowerPoint will get: sizes, colours and boxes in the XML.
/// </summary>
public static partial class WrittenDeck
{
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    public static IReadOnlyList<WrittenSlide> Read(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var slides = zip.Entries.Select(e => (Entry: e, Match: SlidePath().Match(e.FullName))).Where(x => x.Match.Success)
            .OrderBy(x => int.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        return slides.Select(x =>
        {
            var number = int.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture);
            var xml = XDocument.Load(x.Entry.Open());
            var rels = zip.GetEntry($"ppt/slides/_rels/slide{number}.xml.rels") is { } entry ? XDocument.Load(entry.Open()) : null;
            string? Target(string? id) => rels?.Root!.Elements().FirstOrDefault(r => (string?)r.Attribute("Id") == id)?.Attribute("Target")?.Value.TrimStart('/');
            var notesEntry = zip.GetEntry($"ppt/notesSlides/notesSlide{number}.xml");
            var noteRuns = notesEntry is null ? [] : XDocument.Load(notesEntry.Open()).Descendants(A + "r").Select(Run).ToList();
            return new WrittenSlide(number, Shapes(xml, Target).ToList(), string.Join("\n", noteRuns.Select(r => r.Text)), noteRuns);
        }).ToList();
    }

    private static IEnumerable<WrittenShape> Shapes(XDocument slide, Func<string?, string?> target)
    {
        var tree = slide.Descendants(P + "spTree").Single();
        foreach (var element in tree.Elements())
        {
            if (element.Name == P + "sp")
            {
                var spPr = element.Element(P + "spPr")!;
                var body = element.Element(P + "txBody");
                yield return new WrittenShape("sp", Name(element), Box(spPr.Element(A + "xfrm")), Fill(spPr),
                    element.Descendants(P + "ph").Any(ph => (string?)ph.Attribute("type") == "title"),
                    body?.Descendants(A + "r").Select(Run).ToList() ?? [], EndSize(body), Paragraphs: ParagraphTexts(body));
            }
            else if (element.Name == P + "pic")
            {
                var embed = (string?)element.Element(P + "blipFill")?.Element(A + "blip")?.Attribute(XName.Get("embed", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"));
                yield return new WrittenShape("picture", Name(element), Box(element.Element(P + "spPr")!.Element(A + "xfrm")), null, false, [], null, Image: target(embed));
            }
            else if (element.Name == P + "cxnSp")
            {
                var ln = element.Element(P + "spPr")!.Element(A + "ln")!;
                yield return new WrittenShape("line", Name(element), Box(element.Element(P + "spPr")!.Element(A + "xfrm")), null, false, [], null,
                    double.Parse((string)ln.Attribute("w")!, CultureInfo.InvariantCulture) / Emu.PerPoint,
                    (string?)ln.Element(A + "solidFill")?.Element(A + "srgbClr")?.Attribute("val"));
            }
            else if (element.Name == P + "graphicFrame")
            {
                var xfrm = element.Element(P + "xfrm")!;
                var box = Box(xfrm);
                var table = element.Descendants(A + "tbl").SingleOrDefault();
                if (table is null)
                {
                    yield return new WrittenShape("chart", Name(element), box, null, false, [], null);
                    continue;
                }
                yield return new WrittenShape("table", Name(element), box, null, false, [], null);
                var rows = table.Elements(A + "tr").ToList();
                for (var r = 0; r < rows.Count; r++)
                {
                    foreach (var cell in rows[r].Elements(A + "tc"))
                    {
                        var fill = (string?)cell.Element(A + "tcPr")?.Element(A + "solidFill")?.Element(A + "srgbClr")?.Attribute("val");
                        yield return new WrittenShape("cell", Name(element), box, fill, false,
                            cell.Descendants(A + "r").Select(Run).ToList(), EndSize(cell.Element(A + "txBody")), IsHeader: r == 0,
                            Paragraphs: ParagraphTexts(cell.Element(A + "txBody")));
                    }
                }
            }
        }
    }

    private static IReadOnlyList<string> ParagraphTexts(XElement? body) => body is null ? [] : body.Elements(A + "p")
        .Select(p => string.Concat(p.Elements().Select(e => e.Name == A + "r" ? (string?)e.Element(A + "t") ?? "" : e.Name == A + "br" ? "\n" : ""))).ToList();

    private static string Name(XElement shape) => (string?)shape.Descendants(P + "cNvPr").First().Attribute("name") ?? "";

    private static Rect Box(XElement? xfrm)
    {
        if (xfrm is null)
            return default;
        long Value(XElement e, string name) => long.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);
        var off = xfrm.Element(A + "off")!;
        var ext = xfrm.Element(A + "ext")!;
        return new Rect(new Emu(Value(off, "x")), new Emu(Value(off, "y")), new Emu(Value(ext, "cx")), new Emu(Value(ext, "cy")));
    }

    private static string? Fill(XElement spPr) => (string?)spPr.Element(A + "solidFill")?.Element(A + "srgbClr")?.Attribute("val");

    private static double? EndSize(XElement? body) =>
        body?.Descendants(A + "endParaRPr").Select(e => (string?)e.Attribute("sz")).FirstOrDefault(s => s is not null) is { } sz
            ? double.Parse(sz, CultureInfo.InvariantCulture) / 100 : null;

    private static WrittenRun Run(XElement run)
    {
        var properties = run.Element(A + "rPr");
        var size = (string?)properties?.Attribute("sz");
        return new WrittenRun(
            (string?)run.Element(A + "t") ?? "",
            size is null ? 0 : double.Parse(size, CultureInfo.InvariantCulture) / 100,
            (string?)properties?.Element(A + "solidFill")?.Element(A + "srgbClr")?.Attribute("val"),
            (string?)properties?.Attribute("b") is "1" or "true",
            (string?)properties?.Attribute("lang"),
            (string?)properties?.Element(A + "latin")?.Attribute("typeface"));
    }

    /// <summary>
    /// Every slide written as planned: the same shapes in the same order, each at its planned box, every
    /// run at its planned size and colour, every table cell in its style's colours, every line at its
    /// weight. A writer that scales sizes or swaps colours fails here, whatever the layout tests say.
    /// </summary>
    public static void AssertWrittenAsPlanned(PresentationPlan plan, byte[] package)
    {
        var written = Read(package);
        Assert.Equal(plan.Slides.Count, written.Count);
        for (var s = 0; s < plan.Slides.Count; s++)
        {
            var shapes = written[s].Shapes.Where(x => x.Kind != "cell").ToList();
            var drawn = plan.Slides[s].Drawn.ToList();
            Assert.True(drawn.Count == shapes.Count, $"slide {s + 1}: {drawn.Count} planned, {shapes.Count} written");
            for (var i = 0; i < drawn.Count; i++)
            {
                var where = $"slide {s + 1}, shape {i + 1} ({shapes[i].Name})";
                Assert.True(drawn[i].Box == shapes[i].Box, $"{where}: box {shapes[i].Box} written, {drawn[i].Box} planned");
                switch (drawn[i])
                {
                    case TextElement text:
                        Assert.Equal(text.Fill, shapes[i].Fill);
                        Assert.True(ReferenceEquals(text, plan.Slides[s].Title) == shapes[i].IsTitle, $"{where}: title placeholder");
                        var planned = text.Paragraphs.SelectMany(p => p.Runs).Where(r => r.Text.Replace("\n", "", StringComparison.Ordinal).Length > 0).ToList();
                        Assert.All(shapes[i].Runs, r => Assert.True(r.SizePt == text.FontSizePt, $"{where}: '{r.Text}' at {r.SizePt} pt, planned {text.FontSizePt}"));
                        if (text.Paragraphs.Count == 0)
                            Assert.True(shapes[i].EndSizePt == text.FontSizePt, $"{where}: empty shape at {shapes[i].EndSizePt} pt");
                        var colours = planned.Select(r => r.Color ?? text.TextColor).Distinct().ToHashSet();
                        Assert.All(shapes[i].Runs, r => Assert.True(r.Color is not null && colours.Contains(r.Color), $"{where}: '{r.Text}' in {r.Color}"));
                        // An element without paragraphs is written with one empty paragraph, as a text body needs one (21.1.2.1.1).
                        Assert.Equal(text.Paragraphs.Count == 0 ? [""] : text.Paragraphs.Select(p => p.Text.Replace("\r", "", StringComparison.Ordinal).Replace('\t', ' ')),
                            shapes[i].Paragraphs ?? []);
                        break;
                    case LineElement line:
                        Assert.Equal("line", shapes[i].Kind);
                        Assert.Equal(line.Weight.Pt, shapes[i].LineWeightPt!.Value, 3);
                        Assert.Equal(line.Color, shapes[i].LineColor);
                        break;
                    case TableElement table:
                        Assert.Equal("table", shapes[i].Kind);
                        var cells = written[s].Shapes.SkipWhile(x => !ReferenceEquals(x, shapes[i])).Skip(1).TakeWhile(x => x.Kind == "cell").ToList();
                        Assert.Equal((table.Rows.Count + 1) * table.ColumnWidths.Count, cells.Count);
                        foreach (var cell in cells)
                        {
                            Assert.All(cell.Runs, r => Assert.True(r.SizePt == table.FontSizePt, $"{where}: cell '{r.Text}' at {r.SizePt} pt, planned {table.FontSizePt}"));
                            Assert.All(cell.Runs, r => Assert.Equal(cell.IsHeader ? table.Style.HeaderText : table.Style.BodyText, r.Color));
                            Assert.True(cell.IsHeader ? cell.Fill == table.Style.HeaderFill : cell.Fill == table.Style.BodyFill || cell.Fill == table.Style.BandFill,
                                $"{where}: cell fill {cell.Fill}");
                        }
                        break;
                    case ChartElement:
                        Assert.Equal("chart", shapes[i].Kind);
                        break;
                    case PictureElement:
                        Assert.Equal("picture", shapes[i].Kind);
                        Assert.NotNull(shapes[i].Image);
                        break;
                }
            }
        }
    }

    [GeneratedRegex(@"^ppt/slides/slide(\d+)\.xml$")]
    private static partial Regex SlidePath();
}
