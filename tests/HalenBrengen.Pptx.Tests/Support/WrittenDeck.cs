using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HalenBrengen.Layout;

namespace HalenBrengen.Pptx.Tests.Support;

/// <summary>A run as written: its text, size in points, colour, weight, language and Latin font.</summary>
public sealed record WrittenRun(string Text, double SizePt, string? Color, bool Bold, string? Language, string? Font = null);

/// <summary>A paragraph's properties as written (a:pPr): its left margin and first-line indent in EMU, alignment, bullet and space before in hundredths of a point.</summary>
public sealed record WrittenParagraph(long? MarginLeft, long? Indent, string? Align, bool Bullet, int? SpaceBefore);

/// <summary>Inner margins as written, in EMU: a text body's (a:bodyPr lIns…) or a table cell's (a:tcPr marL…).</summary>
public sealed record WrittenInsets(long Left, long Top, long Right, long Bottom);

/// <summary>
/// A shape as written in a slide part: what it is, its name, its box (a:off / a:ext), its fill, outline
/// and runs; a table's cells are shapes of their own (kind "cell", the fill being the cell's); a picture's
/// <see cref="Image"/> and a chart's <see cref="Chart"/> are the parts their relationships point to.
/// </summary>
public sealed record WrittenShape(string Kind, string Name, Rect Box, string? Fill, bool IsTitle, IReadOnlyList<WrittenRun> Runs, double? EndSizePt,
    double? LineWeightPt = null, string? LineColor = null, bool IsHeader = false, IReadOnlyList<string>? Paragraphs = null, string? Image = null)
{
    /// <summary>The shape's text: paragraphs on lines of their own, a line break (a:br) as a line break.</summary>
    public string Text => string.Join("\n", Paragraphs ?? []);

    /// <summary>The preset geometry (a:prstGeom prst).</summary>
    public string? Geometry { get; init; }

    /// <summary>A shape's outline colour and width in EMU (a:ln), null without one; for a cell, its borders'.</summary>
    public (string? Color, long Width)? Outline { get; init; }

    public bool FlipH { get; init; }

    public bool FlipV { get; init; }

    /// <summary>A text body's or a cell's inner margins.</summary>
    public WrittenInsets? Insets { get; init; }

    /// <summary>The text body's anchor (t, ctr, b) and wrapping (square, none).</summary>
    public string? Anchor { get; init; }

    public string? Wrap { get; init; }

    /// <summary>Every paragraph's properties, in order.</summary>
    public IReadOnlyList<WrittenParagraph> ParagraphProperties { get; init; } = [];

    /// <summary>A cell's row in its table, 0 being the header.</summary>
    public int Row { get; init; }

    /// <summary>A table's column widths and row heights in EMU (a:gridCol w, a:tr h).</summary>
    public IReadOnlyList<long> ColumnWidths { get; init; } = [];

    public IReadOnlyList<long> RowHeights { get; init; } = [];

    /// <summary>The chart part a chart's frame refers to.</summary>
    public string? Chart { get; init; }
}

public sealed record WrittenSlide(int Number, IReadOnlyList<WrittenShape> Shapes, string Notes, IReadOnlyList<WrittenRun> NoteRuns)
{
    public IEnumerable<WrittenRun> Runs => Shapes.SelectMany(s => s.Runs);

    /// <summary>The slide's own solid background (19.3.1.1 bg), or null where it shows the master's.</summary>
    public string? Background { get; init; }

    public string Text => string.Join(" ", Shapes.Select(s => s.Text));
}

/// <summary>
/// Reads a written .pptx back, as it is on disk and not as it was planned, so that tests check what
/// PowerPoint will get: sizes, colours, boxes, insets and indents in the XML. <see cref="AssertWrittenAsPlanned"/>
/// compares it with the plan.
/// </summary>
public static partial class WrittenDeck
{
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

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
            return new WrittenSlide(number, Shapes(xml, Target).ToList(), string.Join("\n", noteRuns.Select(r => r.Text)), noteRuns)
            {
                Background = Fill(xml.Root!.Element(P + "cSld")?.Element(P + "bg")?.Element(P + "bgPr") ?? new XElement("none")),
            };
        }).ToList();
    }

    private static IEnumerable<WrittenShape> Shapes(XDocument slide, Func<string?, string?> target)
    {
        var tree = slide.Descendants(P + "spTree").Single();
        foreach (var element in tree.Elements())
        {
            if (element.Name == P + "sp")
                yield return Shape(element);
            else if (element.Name == P + "pic")
            {
                var embed = (string?)element.Element(P + "blipFill")?.Element(A + "blip")?.Attribute(R + "embed");
                yield return new WrittenShape("picture", Name(element), Box(element.Element(P + "spPr")!.Element(A + "xfrm")), null, false, [], null, Image: target(embed))
                    { Geometry = Geometry(element.Element(P + "spPr")!) };
            }
            else if (element.Name == P + "cxnSp")
                yield return Line(element);
            else if (element.Name == P + "graphicFrame")
            {
                var box = Box(element.Element(P + "xfrm"));
                var table = element.Descendants(A + "tbl").SingleOrDefault();
                if (table is null)
                {
                    var chart = element.Descendants().Single(e => e.Name.LocalName == "chart");
                    yield return new WrittenShape("chart", Name(element), box, null, false, [], null) { Chart = target((string?)chart.Attribute(R + "id")) };
                    continue;
                }
                foreach (var shape in Table(Name(element), box, table))
                    yield return shape;
            }
        }
    }

    private static WrittenShape Shape(XElement element)
    {
        var spPr = element.Element(P + "spPr")!;
        var body = element.Element(P + "txBody");
        var bodyPr = body?.Element(A + "bodyPr");
        var ln = spPr.Element(A + "ln");
        return new WrittenShape("sp", Name(element), Box(spPr.Element(A + "xfrm")), Fill(spPr),
            element.Descendants(P + "ph").Any(ph => (string?)ph.Attribute("type") == "title"),
            body?.Descendants(A + "r").Select(Run).ToList() ?? [], EndSize(body), Paragraphs: ParagraphTexts(body))
        {
            Geometry = Geometry(spPr),
            Outline = ln?.Attribute("w") is { } w ? (Fill(ln), Long(w)) : null,
            Insets = bodyPr?.Attribute("lIns") is null ? null : new WrittenInsets(Long(bodyPr.Attribute("lIns")), Long(bodyPr.Attribute("tIns")), Long(bodyPr.Attribute("rIns")), Long(bodyPr.Attribute("bIns"))),
            Anchor = (string?)bodyPr?.Attribute("anchor"),
            Wrap = (string?)bodyPr?.Attribute("wrap"),
            ParagraphProperties = ParagraphProperties(body),
        };
    }

    private static WrittenShape Line(XElement element)
    {
        var spPr = element.Element(P + "spPr")!;
        var ln = spPr.Element(A + "ln")!;
        var xfrm = spPr.Element(A + "xfrm");
        return new WrittenShape("line", Name(element), Box(xfrm), null, false, [], null,
            double.Parse((string)ln.Attribute("w")!, CultureInfo.InvariantCulture) / Emu.PerPoint, Fill(ln))
        {
            Geometry = Geometry(spPr),
            FlipH = (string?)xfrm?.Attribute("flipH") == "1",
            FlipV = (string?)xfrm?.Attribute("flipV") == "1",
        };
    }

    /// <summary>The table's frame, then every cell, row by row.</summary>
    private static IEnumerable<WrittenShape> Table(string name, Rect box, XElement table)
    {
        var rows = table.Elements(A + "tr").ToList();
        yield return new WrittenShape("table", name, box, null, false, [], null)
        {
            ColumnWidths = table.Element(A + "tblGrid")!.Elements(A + "gridCol").Select(c => Long(c.Attribute("w"))).ToList(),
            RowHeights = rows.Select(r => Long(r.Attribute("h"))).ToList(),
        };
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var cell in rows[r].Elements(A + "tc"))
            {
                var tcPr = cell.Element(A + "tcPr")!;
                var borders = tcPr.Elements().Where(e => e.Name.LocalName is "lnL" or "lnR" or "lnT" or "lnB").Select(b => (Fill(b), Long(b.Attribute("w")))).Distinct().ToList();
                var body = cell.Element(A + "txBody");
                yield return new WrittenShape("cell", name, box, Fill(tcPr), false, cell.Descendants(A + "r").Select(Run).ToList(), EndSize(body),
                    IsHeader: r == 0, Paragraphs: ParagraphTexts(body))
                {
                    Row = r,
                    Outline = borders.Count == 1 && tcPr.Elements().Count(e => e.Name.LocalName.StartsWith("ln", StringComparison.Ordinal)) == 4 ? borders[0] : null,
                    Insets = new WrittenInsets(Long(tcPr.Attribute("marL")), Long(tcPr.Attribute("marT")), Long(tcPr.Attribute("marR")), Long(tcPr.Attribute("marB"))),
                    ParagraphProperties = ParagraphProperties(body),
                };
            }
        }
    }

    private static IReadOnlyList<string> ParagraphTexts(XElement? body) => body is null ? [] : body.Elements(A + "p")
        .Select(p => string.Concat(p.Elements().Select(e => e.Name == A + "r" ? (string?)e.Element(A + "t") ?? "" : e.Name == A + "br" ? "\n" : ""))).ToList();

    private static IReadOnlyList<WrittenParagraph> ParagraphProperties(XElement? body) => body is null ? [] : body.Elements(A + "p").Select(p =>
    {
        var pPr = p.Element(A + "pPr");
        var before = (string?)pPr?.Element(A + "spcBef")?.Element(A + "spcPts")?.Attribute("val");
        return new WrittenParagraph(LongOrNull(pPr?.Attribute("marL")), LongOrNull(pPr?.Attribute("indent")), (string?)pPr?.Attribute("algn"),
            pPr?.Element(A + "buChar") is not null, before is null ? null : int.Parse(before, CultureInfo.InvariantCulture));
    }).ToList();

    private static string Name(XElement shape) => (string?)shape.Descendants(P + "cNvPr").First().Attribute("name") ?? "";

    private static Rect Box(XElement? xfrm)
    {
        if (xfrm is null)
            return default;
        var off = xfrm.Element(A + "off")!;
        var ext = xfrm.Element(A + "ext")!;
        return new Rect(new Emu(Long(off.Attribute("x"))), new Emu(Long(off.Attribute("y"))), new Emu(Long(ext.Attribute("cx"))), new Emu(Long(ext.Attribute("cy"))));
    }

    private static long Long(XAttribute? attribute) => long.Parse((string)attribute!, CultureInfo.InvariantCulture);

    private static long? LongOrNull(XAttribute? attribute) => attribute is null ? null : Long(attribute);

    private static string? Fill(XElement element) => (string?)element.Element(A + "solidFill")?.Element(A + "srgbClr")?.Attribute("val");

    private static string? Geometry(XElement spPr) => (string?)spPr.Element(A + "prstGeom")?.Attribute("prst");

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

    [GeneratedRegex(@"^ppt/slides/slide(\d+)\.xml$")]
    private static partial Regex SlidePath();
}
