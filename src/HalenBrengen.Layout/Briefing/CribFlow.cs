using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// Paragraphs read together: a want with its explanation and its best offer, or a heading with the first
/// item under it. A block is never cut between columns or pages unless it alone is taller than a column.
/// A <paramref name="Panel"/> block stands on the light fill: the facilitator's own view of the partner.
/// </summary>
/// <paramref name="Resume"/> is the side's heading marked as continued, set on an item that is not its side's first:
/// an item that opens a column starts with it, so a side going on elsewhere is never read as the other side.
/// <paramref name="Unopened"/> is the block before its heading was put first (<see cref="Opening"/>).
internal sealed record CribBlock(IReadOnlyList<TextParagraph> Paragraphs, bool Panel, TextParagraph? Resume = null, CribBlock? Unopened = null)
{
    /// <summary>The block as it stands at the top of a column: its side's heading first where it goes on there.</summary>
    /// The heading leads the item's first line, not a line of its own: a line more would push a crib's last item onto a page of its own.
    public CribBlock Opening => Resume is null ? this
        : new CribBlock([Paragraphs[0] with { Runs = [.. Resume.Runs.Select(r => r with { Text = r.Text + ": " }), .. Paragraphs[0].Runs] }, .. Paragraphs.Skip(1)], Panel, Unopened: this);
}

/// <summary>
/// A crib's blocks on one grid for every partner: the profile (the panel blocks) down the left column, the
/// items (halen, then brengen) down the right one; what the right column does not hold goes on in the left
/// column under the profile, and only then on a continued page. A profile too long for its column goes on
/// in the next page's left column, the items again beside it. One size for all; a continued page without
/// profile is read left column then right, or down one column when its rest fits one.
/// </summary>
internal static class CribFlow
{
    /// <summary>Between the panel and the items under it in one column.</summary>
    public static readonly Emu SegmentGap = Emu.FromMm(3);

    /// <summary>
    /// The pages of a crib: for each page its columns, for each column its blocks. <paramref name="columns"/>
    /// gives page k's column boxes (the first page's title may be taller than a continued page's).
    /// </summary>
    public static List<List<List<CribBlock>>> Pages(PlanContext c, IReadOnlyList<CribBlock> blocks, Func<int, IReadOnlyList<Rect>> columns, double size,
        string continued)
    {
        var measure = new Measure(c, size);
        var pages = new List<List<List<CribBlock>>>();
        List<List<CribBlock>> Page(int page)
        {
            while (pages.Count <= page)
                pages.Add(New(columns(pages.Count)));
            return pages[page];
        }
        void Flow(IEnumerable<CribBlock> flowing, IEnumerator<(int Page, int Column)> slots)
        {
            slots.MoveNext();
            foreach (var block in flowing)
            {
                foreach (var piece in Whole(c, measure, block, columns(slots.Current.Page)[slots.Current.Column], continued))
                {
                    // An item first among a column's items opens it with its side's heading.
                    CribBlock Placed(List<CribBlock> column) => piece.Panel || column.Any(b => !b.Panel) ? piece : piece.Opening;
                    while (Page(slots.Current.Page)[slots.Current.Column] is var column && column.Count > 0
                        && !measure.Fits([.. column, Placed(column)], columns(slots.Current.Page)[slots.Current.Column]))
                        slots.MoveNext();
                    var into = Page(slots.Current.Page)[slots.Current.Column];
                    into.Add(Placed(into));
                }
            }
        }
        Page(0);
        Flow(blocks.Where(b => b.Panel), Enumerable.Range(0, int.MaxValue).Select(page => (page, 0)).GetEnumerator());
        Flow(blocks.Where(b => !b.Panel), ItemSlots(columns).GetEnumerator());
        if (pages.Count > 1 && !pages[^1].Any(column => column.Any(b => b.Panel)))
            OneColumn(measure, pages[^1], columns(pages.Count - 1));
        // The end of a profile alone on a page of its own goes under the items beside it where they leave it room:
        // a page for one line of the profile is turned to and finds nothing.
        if (pages.Count > 1 && pages[^1].Skip(1).All(column => column.Count == 0) && pages[^2].Count > 1
            && measure.Fits([.. pages[^2][1], .. pages[^1][0]], columns(pages.Count - 2)[1]))
        {
            pages[^2][1].AddRange(pages[^1][0]);
            pages.RemoveAt(pages.Count - 1);
        }
        return pages;
    }

    /// <summary>
    /// Where the items go, in reading order: on every page the right column, then the left under the profile:
    /// a continued page keeps the first page's two places, who the partner is on the left, what it wants and brings on the right.
    /// </summary>
    private static IEnumerable<(int Page, int Column)> ItemSlots(Func<int, IReadOnlyList<Rect>> columns)
    {
        for (var page = 0; ; page++)
        {
            var count = columns(page).Count;
            for (var k = 0; k < count; k++)
                yield return (page, (k + 1) % count);
        }
    }

    /// <summary>The column's blocks as they will be drawn: runs of panel and plain blocks, each one text box, stacked with a gap.</summary>
    public static IReadOnlyList<(bool Panel, IReadOnlyList<TextParagraph> Paragraphs)> Segments(IReadOnlyList<CribBlock> blocks)
    {
        var segments = new List<(bool Panel, List<TextParagraph> Paragraphs)>();
        foreach (var block in blocks)
        {
            if (segments.Count == 0 || segments[^1].Panel != block.Panel)
                segments.Add((block.Panel, []));
            segments[^1].Paragraphs.AddRange(block.Paragraphs);
        }
        // A box's first paragraph starts at its top: its space before is measured as none, so it is written as none.
        return segments.Select(s => (s.Panel, (IReadOnlyList<TextParagraph>)[s.Paragraphs[0] with { SpaceBeforeEm = 0 }, .. s.Paragraphs.Skip(1)])).ToList();
    }

    /// <summary>The height of a segment's box: its text, its insets and a little air.</summary>
    public static Emu SegmentHeight(PlanContext c, IReadOnlyList<TextParagraph> paragraphs, Emu width, double size) => Slides.Height(c, paragraphs, width, size);

    /// <summary>
    /// Measures blocks at one size as <see cref="SegmentHeight"/> would, each paragraph's lines counted once:
    /// the flow tries every block in a column again and again, and the evening of the last page every split.
    /// </summary>
    private sealed class Measure(PlanContext c, double size)
    {
        public double Size => size;

        private readonly Dictionary<(TextParagraph, double), int> lines = new(new ByParagraph());

        public bool Fits(IReadOnlyList<CribBlock> blocks, Rect column) => Height(blocks, column.Width) <= column.Height;

        /// <summary>The column's segments stacked with a gap, each summed as <see cref="TextLayout.Height"/> sums (its pieces, in its order), line counts cached.</summary>
        public Emu Height(IReadOnlyList<CribBlock> blocks, Emu width)
        {
            var inner = TextLayout.Inner(width, TextLayout.InsetX);
            var total = new Emu(0);
            double segment = 0;
            var first = true;
            for (var b = 0; b < blocks.Count; b++)
            {
                if (b > 0 && blocks[b].Panel != blocks[b - 1].Panel)
                {
                    total += Emu.FromPt(segment + 2) + TextLayout.InsetY * 2 + SegmentGap;
                    (segment, first) = (0, true);
                }
                foreach (var paragraph in blocks[b].Paragraphs)
                {
                    if (!first)
                        segment += TextLayout.SpaceBefore(paragraph, size);
                    segment += c.Text.LinesHeight(paragraph, Lines(paragraph, inner), size);
                    first = false;
                }
            }
            return blocks.Count == 0 ? total : total + Emu.FromPt(segment + 2) + TextLayout.InsetY * 2;
        }

        private int Lines(TextParagraph paragraph, double inner)
        {
            if (!lines.TryGetValue((paragraph, inner), out var count))
                lines[(paragraph, inner)] = count = c.Text.LineCount(paragraph, inner, size);
            return count;
        }

        /// <summary>A paragraph is the same paragraph only as the same object: records compare every run, which costs what the cache saves.</summary>
        private sealed class ByParagraph : IEqualityComparer<(TextParagraph, double)>
        {
            public bool Equals((TextParagraph, double) x, (TextParagraph, double) y) => ReferenceEquals(x.Item1, y.Item1) && x.Item2.Equals(y.Item2);
            public int GetHashCode((TextParagraph, double) key) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Item1), key.Item2);
        }
    }

    private static List<List<CribBlock>> New(IReadOnlyList<Rect> columns) => columns.Select(_ => new List<CribBlock>()).ToList();

    /// <summary>
    /// The block as it is, when a column holds it; else cut between lines into pieces a column holds, every
    /// piece after the first marked as continued. Only an item longer than a whole column is ever cut.
    /// </summary>
    private static IEnumerable<CribBlock> Whole(PlanContext c, Measure measure, CribBlock block, Rect column, string continued)
    {
        if (measure.Fits([block], column))
            return [block];
        var size = measure.Size;
        // A line's room kept free: the mark of a continued piece may take one more line.
        var box = column with { Height = column.Height - Emu.FromPt(c.Text.LineHeight(size)) };
        return block.Paragraphs.SelectMany(paragraph => c.Text.Fits([paragraph], box, size) ? [paragraph]
                : c.Text.SplitByLines(paragraph, box, size).Select((piece, i) => i == 0 ? piece
                    : piece with { Runs = [new TextRun("(" + continued + ") ", false, c.Colours.Muted), .. piece.Runs] }))
            .Select(p => new CribBlock([p], block.Panel, block.Resume));
    }

    /// <summary>
    /// A continued page's items in its right column when they fit there: the rest of a crib read down one
    /// column, where the first page has them. A heading put before an item that opened the left column goes.
    /// </summary>
    private static void OneColumn(Measure measure, List<List<CribBlock>> page, IReadOnlyList<Rect> columns)
    {
        if (page.Count < 2)
            return;
        var all = page.Skip(1).Concat([page[0]]).SelectMany(column => column).ToList();
        all = all.Select((b, i) => i > 0 && b.Unopened is { } plain ? plain : b).ToList();
        if (!measure.Fits(all, columns[1]))
            return;
        page[1] = all;
        page[0] = [];
    }
}
