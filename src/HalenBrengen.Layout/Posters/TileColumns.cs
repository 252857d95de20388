namespace HalenBrengen.Layout.Posters;

/// <summary>
/// A tile's words in columns where the tile is wide for its type: a line across a whole A0 sheet at 24 pt
/// holds two hundred characters, and the eye loses its place on the way back. Columns keep a line near
/// <see cref="MeasureEm"/> ems, split between whole paragraphs (an item is never cut), balanced, and never
/// right after a heading; a column begins at "Kan brengen" where that costs little balance.
/// </summary>
internal static class TileColumns
{
    /// <summary>The line to aim for, in ems of the type size: some 65 characters.</summary>
    public const double MeasureEm = 30;

    public const int Most = 3;

    /// <summary>A split that starts a column at a heading may leave its tallest column this much taller than the most balanced one.</summary>
    private const double HeadingSlack = 1.15;

    /// <summary>How many columns a box of this width takes at this size.</summary>
    public static int CountFor(Rect box, double size) => Math.Clamp((int)Math.Round(box.Width.Pt / (MeasureEm * size)), 1, Most);

    /// <summary>The paragraphs in as many columns as the box takes at this size, each fitting its column; null when they do not fit.</summary>
    /// <param name="gap">Between the columns' boxes; an em of the type when not given.</param>
    public static IReadOnlyList<(Rect Box, IReadOnlyList<TextParagraph> Paragraphs)>? Lay(PlanContext c, IReadOnlyList<TextParagraph> body, Rect box, double size, Emu? gap = null)
    {
        var count = Math.Min(CountFor(box, size), Math.Max(1, body.Count));
        if (count == 1)
            return c.Text.Fits(body, box, size) ? [(box, body)] : null;
        var boxes = Boxes(box, count, size, gap);
        var width = TextLayout.Inner(boxes[0].Width, TextLayout.InsetX);
        var capacity = TextLayout.Inner(boxes[0].Height, TextLayout.InsetY);
        // Running sums of the paragraphs' lines and the space above each: the height of paragraphs [from, to)
        // as one column, no space above its first, as TextLayout measures it.
        var (lines, space) = (new double[body.Count + 1], new double[body.Count + 1]);
        for (var i = 0; i < body.Count; i++)
        {
            lines[i + 1] = lines[i] + c.Text.LinesHeight(body[i], c.Text.LineCount(body[i], width, size), size);
            space[i + 1] = space[i] + TextLayout.SpaceBefore(body[i], size);
        }
        double Height(int from, int to) => lines[to] - lines[from] + space[to] - space[from + 1];
        bool IsHeading(int i) => body[i].Runs.All(r => r.Bold);

        var splits = Splits(body.Count, count).Where(s => s.All(at => !IsHeading(at - 1)))
            .Select(s => (Starts: s, Tallest: Bounds(s, body.Count).Max(b => Height(b.From, b.To)))).ToList();
        if (splits.Count == 0)
            return null;
        var balanced = splits.Min(s => s.Tallest);
        var best = splits.Where(s => s.Tallest <= balanced * HeadingSlack).OrderByDescending(s => s.Starts.Count(IsHeading)).ThenBy(s => s.Tallest).First();
        if (best.Tallest > capacity)
            return null;
        return Bounds(best.Starts, body.Count).Select((b, i) => (boxes[i], (IReadOnlyList<TextParagraph>)body.Skip(b.From).Take(b.To - b.From).ToList())).ToList();
    }

    /// <summary><paramref name="count"/> equal columns across a box, <paramref name="gap"/> (else an em of the type) apart.</summary>
    public static IReadOnlyList<Rect> Boxes(Rect box, int count, double size, Emu? gap = null) =>
        Enumerable.Range(0, count).Select(i => Kit.Columns.Of(box, i, count, gap ?? Emu.FromPt(size))).ToList();

    /// <summary>Every way to start columns 2 to <paramref name="count"/> between <paramref name="n"/> paragraphs, each column one paragraph or more.</summary>
    private static IEnumerable<IReadOnlyList<int>> Splits(int n, int count)
    {
        if (count == 2)
            return Enumerable.Range(1, n - 1).Select(a => (IReadOnlyList<int>)[a]);
        return Enumerable.Range(1, n - 2).SelectMany(a => Enumerable.Range(a + 1, n - a - 1).Select(b => (IReadOnlyList<int>)[a, b]));
    }

    private static IEnumerable<(int From, int To)> Bounds(IReadOnlyList<int> starts, int n) =>
        starts.Prepend(0).Zip(starts.Append(n), (from, to) => (from, to));
}
