using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Tests;

public sealed class RingTests
{
    public static TheoryData<int> Counts => [.. Enumerable.Range(1, 30)];

    private static readonly Rect Slide = Rect.Mm(7, 7, 324.7, 176.5);
    private static readonly Rect A0 = Rect.Mm(15, 51, 811, 1101);

    private static readonly Ring.Options SlideOptions = new(Emu.FromMm(4), Emu.FromMm(40), Emu.FromMm(18), Emu.FromMm(110), Emu.FromMm(55), 2.2, 1.2, 4.5);
    private static readonly Ring.Options PosterOptions = new(Emu.FromMm(8), Emu.FromMm(150), Emu.FromMm(150), Emu.FromMm(300), Emu.FromMm(200), 1.0, 0.5, 2.5);

    [Theory]
    [MemberData(nameof(Counts))]
    public void Every_tile_is_equal_one_gutter_from_the_centre_on_one_grid_and_inside_the_area(int count)
    {
        foreach (var (area, options) in new[] { (Slide, SlideOptions), (A0, PosterOptions) })
        {
            var ring = Ring.Plan(area, count, options);
            Assert.Equal(count, ring.Tiles.Count);
            Assert.True(area.Contains(ring.Centre));
            Assert.All(ring.Tiles, t => Assert.True(area.Contains(t), $"{count}: tile {t} outside {area}"));
            Assert.All(ring.Tiles, t => Assert.Equal((double)ring.Tiles[0].Width.Value * ring.Tiles[0].Height.Value, (double)t.Width.Value * t.Height.Value));
            var distances = ring.Tiles.Select(t => t.GutterTo(ring.Centre)).ToList();
            Assert.True(distances.Max() - distances.Min() <= Emu.FromMm(0.1).Value, $"{count}: distances {distances.Min()}–{distances.Max()}");
            Assert.True(distances.Min() > 0);
            // One grid: tiles side by side start on one line, tiles one above the other in one column (a corner
            // tile set diagonally further out sat 3–8 mm off its row on A0).
            // (Tiles either side of the centre may differ in number, so they need not line up across it.)
            var c = ring.Centre;
            foreach (var (a, b) in ring.Tiles.SelectMany((a, i) => ring.Tiles.Skip(i + 1).Select(b => (a, b))))
            {
                var acrossX = c.X >= (a.Right < b.Right ? a.Right : b.Right) && c.Right <= (a.X > b.X ? a.X : b.X);
                var acrossY = c.Y >= (a.Bottom < b.Bottom ? a.Bottom : b.Bottom) && c.Bottom <= (a.Y > b.Y ? a.Y : b.Y);
                if (a.Y < b.Bottom && b.Y < a.Bottom && !acrossX)
                    Assert.True(Math.Abs(a.Y.Value - b.Y.Value) <= 1, $"{count}: tiles {a} and {b} side by side, not on one line");
                if (a.X < b.Right && b.X < a.Right && !acrossY)
                    Assert.True(Math.Abs(a.X.Value - b.X.Value) <= 1, $"{count}: tiles {a} and {b} one above the other, not in one column");
            }
            var boxes = ring.Tiles.Append(ring.Centre).ToList();
            Assert.False(boxes.Where((a, i) => boxes.Skip(i + 1).Any(b => a.Overlaps(b))).Any(), $"{count}: tiles overlap");
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(12)]
    [InlineData(24)]
    public void Partners_sit_around_the_centre_not_only_above_and_below(int count)
    {
        foreach (var (area, options) in new[] { (Slide, SlideOptions), (A0, PosterOptions) })
        {
            var ring = Ring.Plan(area, count, options);
            var c = ring.Centre;
            var sides = new[]
            {
                ring.Tiles.Any(t => t.Bottom <= c.Y), ring.Tiles.Any(t => t.Y >= c.Bottom),
                ring.Tiles.Any(t => t.Right <= c.X), ring.Tiles.Any(t => t.X >= c.Right),
            };
            Assert.True(sides.Count(s => s) >= 3, $"{count}: tiles on {sides.Count(s => s)} sides of the centre");
            // Balanced: a side with tiles never faces an empty side once there are four or more.
            if (count >= 4)
                Assert.True(sides[0] == sides[1] && sides[2] == sides[3], $"{count}: lopsided");
        }
    }
}

public sealed class PagesTests
{
    private static readonly Rect Box = Rect.Mm(0, 0, 150, 100);

    private static string Mark => Pages.ContinuedMark(Contexts.Session).Text + " ";

    [Fact]
    public void Continued_pages_keep_every_item_whole_on_as_few_pages_and_every_word_in_order()
    {
        var random = new Random(7);
        for (var round = 0; round < 40; round++)
        {
            var paragraphs = Enumerable.Range(0, random.Next(3, 30)).Select(i => new TextParagraph(
                [new TextRun(i % 3 == 0 ? "EIS " : "", true, "9A3412"), new TextRun(string.Join(" ", Enumerable.Range(0, random.Next(2, 90)).Select(w => $"w{i}x{w}")))],
                Bullet: true, SpaceBeforeEm: 0.4)).ToList();
            var pages = Pages.Balanced(Contexts.Session, paragraphs, Box, 20);
            Assert.All(pages, p => Assert.True(Contexts.Text.Fits(p, Box, 20)));
            // Every item that fits a page stands whole on one.
            var written = pages.SelectMany(p => p).Select(p => p.Text).ToList();
            Assert.All(paragraphs.Where(p => Contexts.Text.Fits([p], Box, 20)), p => Assert.Contains(p.Text, written));
            // No more pages than filling them one after the other takes.
            var heights = paragraphs.Select((p, i) => Contexts.Text.Height([p], TextLayout.Inner(Box.Width, TextLayout.InsetX), 20) + (i == 0 ? 0 : 0.4 * 20)).ToList();
            Assert.True(pages.Count <= Pages.Starts(heights, TextLayout.Inner(Box.Height, TextLayout.InsetY)).Count || paragraphs.Any(p => !Contexts.Text.Fits([p], Box, 20)), $"round {round}: {pages.Count} pages");
            Assert.Equal(string.Join(" ", paragraphs.Select(p => p.Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                string.Join(" ", written.Select(t => t.Replace(Mark, "", StringComparison.Ordinal).Replace('\n', ' '))).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    [Fact]
    public void A_page_is_left_emptier_rather_than_an_item_cut()
    {
        // Two short items and one that takes most of a page: the long one goes whole to the next page, however empty the first is left.
        var paragraphs = new[] { new TextParagraph("kort één", bullet: true), new TextParagraph("kort twee", bullet: true),
            new TextParagraph(string.Join(" ", Enumerable.Repeat("lang", 75)), bullet: true) };
        var pages = Pages.Balanced(Contexts.Session, paragraphs, Box, 20);
        Assert.Equal(2, pages.Count);
        Assert.Equal(paragraphs.Select(p => p.Text), pages.SelectMany(p => p).Select(p => p.Text));
        Assert.True(Pages.Fill(Contexts.Session, pages[0], Box, 20) < Pages.MinimumFill);
    }

    [Fact]
    public void An_item_longer_than_a_page_breaks_at_a_sentence_marked_continued_and_hanging_under_its_text()
    {
        var sentences = Enumerable.Range(0, 14).Select(i => string.Join(" ", Enumerable.Repeat($"zin{i}", 14)) + ".").ToList();
        var item = new TextParagraph([new TextRun("EIS ", true, "9A3412"), new TextRun(string.Join(" ", sentences))], Bullet: true, SpaceBeforeEm: 0.45);
        var pages = Pages.Balanced(Contexts.Session, [new TextParagraph("ervoor", bullet: true), item], Box, 20);

        var pieces = pages.SelectMany(p => p).Skip(1).ToList();
        Assert.True(pieces.Count > 1);
        Assert.True(pieces[0].Bullet && pieces[0].Runs[0] == new TextRun("EIS ", true, "9A3412"));
        Assert.All(pieces, p => Assert.EndsWith(".", p.Text, StringComparison.Ordinal));
        Assert.All(pieces.Skip(1), p =>
        {
            Assert.False(p.Bullet);
            Assert.True(p.Indented && p.SpaceBeforeEm == 0);
            Assert.StartsWith(Mark, p.Text, StringComparison.Ordinal);
            Assert.Equal(Contexts.Session.Colours.Muted, p.Runs[0].Color);
        });
        Assert.Equal(item.Text, string.Join(" ", pieces.Select(p => p.Text.Replace(Mark, "", StringComparison.Ordinal))));
        // Each piece starts a page: the continued text is read at the top of the next slide.
        Assert.All(pieces.Skip(1), p => Assert.Contains(pages, page => ReferenceEquals(page[0], p) || page[0] == p));
    }

    [Fact]
    public void A_line_break_typed_in_a_cell_stays_a_line_break_on_every_page()
    {
        var paragraphs = Enumerable.Range(0, 12).Select(i => new TextParagraph($"eerste regel {i}\ntweede regel {i} " + string.Join(" ", Enumerable.Repeat("woord", 30)), bullet: true)).ToList();
        var pages = Pages.Balanced(Contexts.Session, paragraphs, Box, 20);
        Assert.True(pages.Count > 1);
        Assert.Equal(paragraphs.Select(p => p.Text), pages.SelectMany(p => p).Select(p => p.Text));
    }

    [Fact]
    public void A_paragraph_split_between_lines_keeps_its_runs_weight_and_colour()
    {
        var paragraph = new TextParagraph([new TextRun("EIS ", true, "9A3412"), new TextRun(string.Join(" ", Enumerable.Repeat("tekst", 80))),
            new TextRun("\nuitleg uitleg", false, "4B5563")], Bullet: true, SpaceBeforeEm: 0.5);
        var pieces = Contexts.Text.SplitByLines(paragraph, Rect.Mm(0, 0, 80, 25), 20).ToList();

        Assert.True(pieces.Count > 2);
        Assert.Equal(new TextRun("EIS ", true, "9A3412"), pieces[0].Runs[0]);
        Assert.True(pieces[0].Bullet && pieces[0].SpaceBeforeEm == 0.5);
        Assert.All(pieces.Skip(1), p => Assert.False(p.Bullet || p.SpaceBeforeEm > 0));
        Assert.Equal("4B5563", pieces[^1].Runs[^1].Color);
        Assert.EndsWith("uitleg uitleg", pieces[^1].Text, StringComparison.Ordinal);
    }
}

public sealed class ConnectionDiagramTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(16)]
    [InlineData(24)]
    public void One_line_per_connected_pair_heavier_for_more_and_nodes_on_one_circle(int count)
    {
        var names = Enumerable.Range(1, count).Select(i => $"Partij nummer {i}").ToList();
        var pairs = new Dictionary<(int, int), int> { [(0, 1)] = 1 };
        if (count > 2) pairs[(0, 2)] = 5;
        var area = Rect.Mm(12, 40, 314, 120);

        var elements = ConnectionDiagram.Plan(Contexts.Session, area, names, pairs, 24, 20);

        var lines = elements.OfType<LineElement>().ToList();
        Assert.Equal(pairs.Count, lines.Count);
        if (count > 2)
            Assert.True(lines.Single(l => l.Name!.Contains("Partij nummer 3", StringComparison.Ordinal)).Weight > lines.Single(l => l.Name!.EndsWith("nummer 2", StringComparison.Ordinal)).Weight);
        var nodes = elements.OfType<TextElement>().Where(e => e.Geometry == Geometry.Ellipse).ToList();
        Assert.Equal(count, nodes.Count);
        var centre = new Point(nodes.Sum(n => n.Box.Centre.X.Value) / count is var x ? new Emu(x) : default, new Emu(nodes.Sum(n => n.Box.Centre.Y.Value) / count));
        var radii = nodes.Select(n => Math.Sqrt(Math.Pow(n.Box.Centre.X.Value - centre.X.Value, 2) + Math.Pow(n.Box.Centre.Y.Value - centre.Y.Value, 2))).ToList();
        Assert.True(radii.Max() - radii.Min() < Emu.FromMm(0.5).Value, "nodes not on one circle");
        var texts = elements.OfType<TextElement>().ToList();
        Assert.All(texts, t => Assert.True(area.Contains(t.Box) && Contexts.Text.Fits(t) && t.FontSizePt >= 20, $"{t.Name} at {t.FontSizePt}"));
        foreach (var name in names)
            Assert.Contains(texts, t => t.Paragraphs.Any(p => p.Text.EndsWith(name, StringComparison.Ordinal)));
    }
}
