using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using HalenBrengen.Layout;

namespace HalenBrengen.Pptx.Tests.Support;

public static partial class WrittenDeck
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>
    /// Every slide written as planned: the same shapes in the same order, each at its planned box; every run
    /// with its planned text, size, colour, weight, font and language; every text body with its planned
    /// insets, anchor and paragraphs (alignment, bullet indents, space before); every table cell in its
    /// row's colours, weight and insets; every line at its weight and direction; every chart with its data
    /// and text as planned; the pictures' images and the notes; and the master, layouts, notes master and
    /// theme as the plan's <see cref="MasterPlan"/> and look say. A writer that scales sizes or swaps
    /// colours fails here, whatever the layout tests say.
    /// </summary>
    public static void AssertWrittenAsPlanned(PresentationPlan plan, byte[] package)
    {
        var written = Read(package);
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        Assert.Equal(plan.Slides.Count, written.Count);
        for (var s = 0; s < plan.Slides.Count; s++)
        {
            var slide = plan.Slides[s];
            var shapes = written[s].Shapes.Where(x => x.Kind != "cell").ToList();
            var drawn = slide.Drawn.ToList();
            Assert.True(drawn.Count == shapes.Count, $"slide {s + 1}: {drawn.Count} planned, {shapes.Count} written");
            Assert.True(slide.Background == written[s].Background, $"slide {s + 1}: background {written[s].Background ?? "the master's"} written, {slide.Background ?? "the master's"} planned");
            for (var i = 0; i < drawn.Count; i++)
            {
                var where = $"slide {s + 1}, shape {i + 1} ({shapes[i].Name})";
                Assert.True(drawn[i].Box == shapes[i].Box, $"{where}: box {shapes[i].Box} written, {drawn[i].Box} planned");
                switch (drawn[i])
                {
                    case TextElement text:
                        var isTitle = ReferenceEquals(text, slide.Title);
                        AssertText(where, text, shapes[i], isTitle, (isTitle || text.Heading ? plan.Look.Heading : plan.Look.Body).Name, plan.LanguageTag);
                        break;
                    case LineElement line:
                        AssertLine(where, line, shapes[i]);
                        break;
                    case TableElement table:
                        var cells = written[s].Shapes.SkipWhile(x => !ReferenceEquals(x, shapes[i])).Skip(1).TakeWhile(x => x.Kind == "cell").ToList();
                        AssertTable(where, table, shapes[i], cells, plan.Look.Body.Name, plan.LanguageTag);
                        break;
                    case ChartElement chart:
                        Assert.Equal("chart", shapes[i].Kind);
                        AssertChart(where, chart, XDocument.Load(zip.GetEntry(shapes[i].Chart!)!.Open()), plan.Look.Body.Name, plan.LanguageTag);
                        break;
                    case PictureElement picture:
                        Assert.Equal("picture", shapes[i].Kind);
                        Assert.Equal(picture.Name, shapes[i].Name);
                        using (var image = new MemoryStream())
                        {
                            zip.GetEntry(shapes[i].Image!)!.Open().CopyTo(image);
                            Assert.True(image.ToArray().AsSpan().SequenceEqual(picture.Image.Content), $"{where}: the image written is not the plan's");
                        }
                        break;
                }
            }
            Assert.Equal(string.Join("\n", XmlText.Lines(slide.Notes)), written[s].Notes);
            Assert.All(written[s].NoteRuns, r => Assert.Equal(plan.LanguageTag, r.Language));
        }
        AssertMasterAsPlanned(plan, zip);
    }

    private static void AssertText(string where, TextElement text, WrittenShape shape, bool isTitle, string font, string language)
    {
        Assert.Equal("sp", shape.Kind);
        Assert.True(isTitle == shape.IsTitle, $"{where}: title placeholder");
        Assert.True(text.Fill == shape.Fill, $"{where}: fill {shape.Fill} written, {text.Fill} planned");
        Assert.Equal(text.Geometry switch { Layout.Geometry.Ellipse => "ellipse", Layout.Geometry.RoundedRectangle => "roundRect", _ => "rect" }, shape.Geometry);
        (string?, long)? outline = text.Outline is { } o ? (o.Color, o.Width.Value) : null;
        Assert.True(outline == shape.Outline, $"{where}: outline {shape.Outline} written, {outline} planned");
        Assert.True(new WrittenInsets(text.InsetX.Value, text.InsetY.Value, text.InsetX.Value, text.InsetY.Value) == shape.Insets,
            $"{where}: insets {shape.Insets} written, {text.InsetX.Value} × {text.InsetY.Value} planned");
        Assert.Equal(text.Anchor switch { Layout.Anchor.Middle => "ctr", Layout.Anchor.Bottom => "b", _ => "t" }, shape.Anchor);
        Assert.Equal(text.Tight ? "none" : "square", shape.Wrap);

        // A run is written once per line of its text (a typed line break becomes a:br), at its paragraph's size, in its fallback font if it has one.
        var planned = text.Paragraphs.SelectMany(p => p.Runs.Select(r => (Run: r, Size: p.SizeIn(text.FontSizePt)))).SelectMany(x => Lines(x.Run.Text).Where(l => l.Length > 0)
            .Select(l => new WrittenRun(l, x.Size, x.Run.Color ?? text.TextColor, x.Run.Bold, language, x.Run.Font ?? font))).ToList();
        AssertRuns(where, planned, shape.Runs);
        if (text.Paragraphs.Count == 0)
        {
            // An element without paragraphs is written with one empty paragraph, as a text body needs one (21.1.2.1.1).
            Assert.True(shape.EndSizePt == text.FontSizePt, $"{where}: empty shape at {shape.EndSizePt} pt");
            Assert.Equal([""], shape.Paragraphs ?? []);
            return;
        }
        Assert.Equal(text.Paragraphs.Select(p => string.Join("\n", Lines(p.Text))), shape.Paragraphs ?? []);
        var align = text.Align switch { TextAlign.Center => "ctr", TextAlign.Right => "r", _ => "l" };
        var paragraphs = text.Paragraphs.Select(p => new WrittenParagraph(p.Hangs ? text.BulletIndent.Value : null, p.Hangs ? (p.Bullet ? -text.BulletIndent.Value : 0) : null,
            align, p.Bullet, p.SpaceBeforeEm > 0 ? (int)Math.Round(p.SpaceBeforeEm * p.SizeIn(text.FontSizePt) * 100) : null)).ToList();
        Assert.True(paragraphs.SequenceEqual(shape.ParagraphProperties),
            $"{where}: paragraphs written as {string.Join("; ", shape.ParagraphProperties)}, planned {string.Join("; ", paragraphs)}");
    }

    private static void AssertLine(string where, LineElement line, WrittenShape shape)
    {
        Assert.Equal("line", shape.Kind);
        Assert.Equal("line", shape.Geometry);
        Assert.Equal(line.Weight.Pt, shape.LineWeightPt!.Value, 3);
        Assert.True(line.Color == shape.LineColor, $"{where}: line in {shape.LineColor}, planned {line.Color}");
        Assert.True((line.From.X > line.To.X, line.From.Y > line.To.Y) == (shape.FlipH, shape.FlipV), $"{where}: the line runs the other way");
    }

    private static void AssertTable(string where, TableElement table, WrittenShape frame, IReadOnlyList<WrittenShape> cells, string font, string language)
    {
        Assert.Equal("table", frame.Kind);
        Assert.Equal(table.ColumnWidths.Select(w => w.Value), frame.ColumnWidths);
        Assert.Equal(table.RowHeights.Select(h => h.Value), frame.RowHeights);
        var texts = new[] { table.Header }.Concat(table.Rows).SelectMany(r => r).ToList();
        Assert.Equal(texts.Count, cells.Count);
        var insets = new WrittenInsets(table.CellInsetX.Value, table.CellInsetY.Value, table.CellInsetX.Value, table.CellInsetY.Value);
        for (var c = 0; c < cells.Count; c++)
        {
            var (cell, row) = (cells[c], cells[c].Row);
            var at = $"{where}, cell {c + 1} (row {row})";
            // Cells are written row by row, every row as wide as the header: a heat map's cell has a fill of its own.
            var fill = table.FillOf(row, c % table.Header.Count);
            Assert.True(cell.Fill == fill, $"{at}: fill {cell.Fill} written, {fill} planned");
            Assert.True(cell.Insets == insets, $"{at}: insets {cell.Insets} written, {insets} planned");
            Assert.True(cell.Outline == (table.Style.Border, table.Style.BorderWidth.Value), $"{at}: borders {cell.Outline}");
            var planned = table.Paragraph(row, texts[c]).Runs.SelectMany(r => Lines(r.Text).Where(l => l.Length > 0)
                .Select(l => new WrittenRun(l, table.FontSizePt, table.TextColorOf(row, c % table.Header.Count), table.IsBold(row), language, r.Font ?? font))).ToList();
            AssertRuns(at, planned, cell.Runs);
            Assert.True(cell.EndSizePt == table.FontSizePt, $"{at}: paragraph end at {cell.EndSizePt} pt, planned {table.FontSizePt}");
            Assert.All(cell.ParagraphProperties, p => Assert.Equal(new WrittenParagraph(null, null, "l", false, null), p));
        }
    }

    private static void AssertChart(string where, ChartElement chart, XDocument part, string font, string language)
    {
        var text = part.Descendants(C + "txPr").Single().Descendants(A + "defRPr").Single();
        Assert.True((string?)text.Attribute("sz") == Hundredths(chart.FontSizePt), $"{where}: chart text at {(string?)text.Attribute("sz")}, planned {chart.FontSizePt} pt");
        Assert.Equal(chart.TextColor, (string?)text.Element(A + "solidFill")?.Element(A + "srgbClr")?.Attribute("val"));
        Assert.Equal(font, (string?)text.Element(A + "latin")?.Attribute("typeface"));
        Assert.Equal(language, (string?)part.Root!.Element(C + "lang")?.Attribute("val"));
        Assert.Equal(chart.GridlineColor, (string?)part.Descendants(C + "majorGridlines").Single().Descendants(A + "srgbClr").Single().Attribute("val"));
        Assert.Equal(chart.BarGapPercent.ToString(CultureInfo.InvariantCulture), (string?)part.Descendants(C + "gapWidth").Single().Attribute("val"));
        var series = part.Descendants(C + "ser").ToList();
        Assert.Equal(chart.Series.Count, series.Count);
        for (var i = 0; i < series.Count; i++)
        {
            IEnumerable<string> Cached(XName name) => series[i].Element(name)!.Descendants(C + "pt").Select(p => (string)p.Element(C + "v")!);
            Assert.Equal([chart.Series[i].Name], Cached(C + "tx"));
            Assert.Equal(chart.Series[i].Color, (string?)series[i].Element(C + "spPr")!.Descendants(A + "srgbClr").Single().Attribute("val"));
            Assert.Equal(chart.Categories, Cached(C + "cat"));
            Assert.Equal(chart.Series[i].Values, Cached(C + "val").Select(v => double.Parse(v, CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Runs compared one by one: text, size, colour, weight, language and font.</summary>
    private static void AssertRuns(string where, IReadOnlyList<WrittenRun> planned, IReadOnlyList<WrittenRun> written)
    {
        Assert.True(planned.Count == written.Count, $"{where}: {written.Count} runs written, {planned.Count} planned");
        for (var r = 0; r < planned.Count; r++)
            Assert.True(planned[r] == written[r], $"{where}: run written as {written[r]}, planned {planned[r]}");
    }

    /// <summary>A run's text as the writer must split it: cleaned for XML, a tab as a space, each typed line break a line of its own.</summary>
    private static string[] Lines(string text) => XmlText.Lines(text.Replace('\t', ' '));

    internal static string Hundredths(double sizePt) => ((int)Math.Round(sizePt * 100)).ToString(CultureInfo.InvariantCulture);
}
