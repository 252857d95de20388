using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>How a crib's blocks are laid out on its pages (<see cref="CribFlow"/>).</summary>
internal enum CribOrder { Grid, OwnWordsRight, Sequential }

/// <summary>Which box of a crib a block stands in: the partner's own words, the facilitator's judgement, or the items.</summary>
internal enum CribBox { OwnWords, Assessment, Items }

/// <summary>
/// Paragraphs read together: a want with its explanation and its best offer, or a heading with the first
/// item under it. A block is never cut between columns or pages unless it alone is taller than a column.
/// A block of a <paramref name="Box"/> other than the items stands in the profile, left: the partner's own
/// words on a framed box, the facilitator's judgement on the light fill. <paramref name="Section"/> counts
/// the crib's sections (own words, judgement, wants, offers): a crib of two pages is cut between two.
/// </summary>
/// <paramref name="Resume"/> is the section's heading marked as continued, set on a block that is not its section's first:
/// a block that opens a column starts with it, so a side going on elsewhere is never read as the other side.
/// <paramref name="Unopened"/> is the block before its heading was put first (<see cref="Opening"/>).
internal sealed record CribBlock(IReadOnlyList<TextParagraph> Paragraphs, CribBox Box, int Section, TextParagraph? Resume = null, CribBlock? Unopened = null)
{
    public bool Panel => Box != CribBox.Items;

    /// <summary>The block as it stands at the top of a column: its section's heading first where it goes on there.</summary>
    /// An item's heading leads the item's first line, not a line of its own: a line more would push a crib's last item onto a page of its own.
    public CribBlock Opening => Resume is null ? this
        : Panel ? new CribBlock([Resume, .. Paragraphs], Box, Section, Unopened: this)
        : new CribBlock([Paragraphs[0] with { Runs = [.. Resume.Runs.Select(r => r with { Text = r.Text + ": " }), .. Paragraphs[0].Runs] }, .. Paragraphs.Skip(1)], Box, Section, Unopened: this);
}

/// <summary>
/// A crib's blocks on one grid for every partner: the profile (own words, then judgement) down the left
/// column, the items (halen, then brengen) down the right one; what the right column does not hold goes on in
/// the left column under the profile. A crib longer than a page is cut between two sections where both pages
/// then carry a fair share (the profile | halen and brengen, or the profile and halen | brengen), else
/// between two items: never does a continued page hold one lone item or the tail of a profile. A page
/// without profile is read left column then right.
/// </summary>
internal static class CribFlow
{
    /// <summary>Between the boxes stacked in one column: the two of the profile, told apart by fill and frame, closer.</summary>
    public static Emu SegmentGap(CribBox above, CribBox below) => above != CribBox.Items && below != CribBox.Items ? Emu.FromMm(1.5) : Emu.FromMm(3);

    /// <summary>The least share of its columns each of a crib's last two pages fills, for a cut between two sections to be taken over one between two items.</summary>
    public const double FairShare = 0.25;

    /// <summary>
    /// The pages of a crib: for each page its columns, for each column its blocks. <paramref name="columns"/>
    /// gives page k's column boxes (the first page's title may be taller than a continued page's).
    /// </summary>
    public static List<List<List<CribBlock>>> Pages(PlanContext c, IReadOnlyList<CribBlock> blocks, Func<int, IReadOnlyList<Rect>> columns, double size,
        string continued)
    {
        var measure = new Measure(c, size);
        // The facilitator's judgement on the left, the partner's own words heading its items on the right; both
        // profile boxes down the left where that takes fewer pages, or keeps a box whole that the first cuts in two.
        var (pages, on) = Flow(c, measure, blocks, columns, 0, continued, CribOrder.OwnWordsRight);
        if ((pages.Count > 1 || Cut(pages)) && Flow(c, measure, blocks, columns, 0, continued, CribOrder.Grid) is var grid
            && (grid.Pages.Count < pages.Count || grid.Pages.Count == pages.Count && Cut(pages) && !Cut(grid.Pages)))
            (pages, on) = grid;
        // A profile taller than its column would leave holes beside it on every page it takes: read down the
        // columns in order then, profile first, where that takes fewer pages.
        if (pages.Count > 1 && Flow(c, measure, blocks, columns, 0, continued, CribOrder.Sequential) is var read && read.Pages.Count < pages.Count)
            (pages, on) = read;
        if (pages.Count < 2)
            return pages;
        // The last two pages share what is left after the pages before them, cut where both carry the most.
        var head = pages.Count - 2;
        var before = on.Take(head).SelectMany(i => i).ToHashSet();
        var tail = Enumerable.Range(0, blocks.Count).Where(i => !before.Contains(i)).ToList();
        if (tail.Count < 2 || on.Skip(head).SelectMany(i => i).Any(before.Contains))
            return pages;
        var best = Even(c, measure, tail.Select(i => blocks[i]).ToList(), columns, head, continued);
        return best is null ? pages : [.. pages.Take(head), .. best];
    }

    /// <summary>
    /// The blocks on two pages (<paramref name="first"/> and the one after), cut between two sections where
    /// both pages fill a <see cref="FairShare"/> of their columns, else between the two items that leave
    /// the emptier page fullest; null when no cut fits both on a page each.
    /// </summary>
    private static List<List<List<CribBlock>>>? Even(PlanContext c, Measure measure, IReadOnlyList<CribBlock> blocks, Func<int, IReadOnlyList<Rect>> columns,
        int first, string continued)
    {
        (List<List<List<CribBlock>>> Pages, double Share, bool Sections)? best = null, bestSections = null;
        for (var k = 1; k < blocks.Count; k++)
        {
            var a = OnePage(c, measure, blocks.Take(k).ToList(), columns, first, continued);
            var b = OnePage(c, measure, blocks.Skip(k).ToList(), columns, first + 1, continued);
            if (a is null || b is null)
                continue;
            var share = Math.Min(measure.Share(a[0], columns(first)), measure.Share(b[0], columns(first + 1)));
            var candidate = (Pages: new List<List<List<CribBlock>>> { a[0], b[0] }, share, blocks[k].Section != blocks[k - 1].Section);
            if (best is null || share > best.Value.Share)
                best = candidate;
            if (candidate.Item3 && (bestSections is null || share > bestSections.Value.Share))
                bestSections = candidate;
        }
        return bestSections is { Share: >= FairShare } sections ? sections.Pages : best?.Pages;
    }

    /// <summary>The blocks on page <paramref name="page"/> alone, on the grid or else read down its columns; null when they take more.</summary>
    private static List<List<List<CribBlock>>>? OnePage(PlanContext c, Measure measure, IReadOnlyList<CribBlock> blocks, Func<int, IReadOnlyList<Rect>> columns,
        int page, string continued) =>
        new[] { CribOrder.OwnWordsRight, CribOrder.Grid, CribOrder.Sequential }.Select(order => Flow(c, measure, blocks, columns, page, continued, order).Pages).FirstOrDefault(p => p.Count == 1);

    /// <summary>Whether a profile box stands in more than one column: read in two places, a box is read as two.</summary>
    private static bool Cut(List<List<List<CribBlock>>> pages) =>
        new[] { CribBox.OwnWords, CribBox.Assessment }.Any(box => pages.SelectMany(page => page).Count(column => column.Any(b => b.Box == box)) > 1);

    /// <summary>
    /// The blocks flowed from page <paramref name="first"/> on: the profile down the left columns, the items
    /// beside it and under it; without items the profile fills both columns, without profile the items do.
    /// <paramref name="order"/> <see cref="CribOrder.OwnWordsRight"/>: the judgement alone on the left, the partner's own words heading the items;
    /// <see cref="CribOrder.Sequential"/>: every block in order down the left column, then the right, page by page.
    /// Also, for each page, which of the blocks (by index) stand on it.
    /// </summary>
    private static (List<List<List<CribBlock>>> Pages, List<HashSet<int>> On) Flow(PlanContext c, Measure measure, IReadOnlyList<CribBlock> blocks,
        Func<int, IReadOnlyList<Rect>> columns, int first, string continued, CribOrder order)
    {
        var pages = new List<List<List<CribBlock>>>();
        var on = new List<HashSet<int>>();
        IReadOnlyList<Rect> Columns(int page) => columns(first + page);
        List<List<CribBlock>> Page(int page)
        {
            while (pages.Count <= page)
            {
                pages.Add(New(Columns(pages.Count)));
                on.Add([]);
            }
            return pages[page];
        }
        void Place(IEnumerable<int> flowing, IEnumerator<(int Page, int Column)> slots)
        {
            slots.MoveNext();
            foreach (var index in flowing)
            {
                foreach (var piece in Whole(c, measure, blocks[index], Columns(slots.Current.Page)[slots.Current.Column], continued))
                {
                    // A block first of its box in a column opens it with its section's heading.
                    CribBlock Placed(List<CribBlock> column) => column.Any(b => b.Box == piece.Box) ? piece : piece.Opening;
                    while (Page(slots.Current.Page)[slots.Current.Column] is var column && column.Count > 0
                        && !measure.Fits([.. column, Placed(column)], Columns(slots.Current.Page)[slots.Current.Column]))
                        slots.MoveNext();
                    var into = Page(slots.Current.Page)[slots.Current.Column];
                    into.Add(Placed(into));
                    on[slots.Current.Page].Add(index);
                }
            }
        }
        Page(0);
        if (order == CribOrder.Sequential)
        {
            Place(Enumerable.Range(0, blocks.Count), Slots(Columns, 0).GetEnumerator());
            return (pages, on);
        }
        if (SideBySide(measure, blocks, Columns(0)) is { } side)
            return ([side], [Enumerable.Range(0, blocks.Count).ToHashSet()]);
        bool Left(CribBlock b) => order == CribOrder.OwnWordsRight ? b.Box == CribBox.Assessment : b.Panel;
        var panels = Enumerable.Range(0, blocks.Count).Where(i => Left(blocks[i])).ToList();
        var items = Enumerable.Range(0, blocks.Count).Where(i => !Left(blocks[i])).ToList();
        Place(panels, Slots(Columns, items.Count == 0 ? 0 : null).GetEnumerator());
        Place(items, Slots(Columns, panels.Count == 0 ? 0 : 1).GetEnumerator());
        Gather(measure, pages, on, Columns);
        return (pages, on);
    }

    /// <summary>
    /// The end of a profile alone on a page of its own goes under the items beside it where they leave it room,
    /// its whole box where it fits there: a page for a line or two of the profile is turned to and finds little.
    /// </summary>
    private static void Gather(Measure measure, List<List<List<CribBlock>>> pages, List<HashSet<int>> on, Func<int, IReadOnlyList<Rect>> columns)
    {
        if (pages.Count > 1 && pages[^1].Skip(1).All(column => column.Count == 0) && pages[^2].Count > 1)
        {
            var tail = pages[^1][0];
            var earlier = tail.All(b => b.Box == tail[0].Box) ? pages[^2][0].Where(b => b.Box == tail[0].Box).ToList() : [];
            List<CribBlock> whole = [.. earlier, .. tail.Select(b => b.Unopened ?? b)];
            var moved = earlier.Count > 0 && measure.Fits([.. pages[^2][1], .. whole], columns(pages.Count - 2)[1]) ? whole
                : measure.Fits([.. pages[^2][1], .. tail], columns(pages.Count - 2)[1]) ? tail : null;
            if (moved is not null)
            {
                if (moved == whole)
                    pages[^2][0].RemoveAll(earlier.Contains);
                pages[^2][1].AddRange(moved);
                on[^2].UnionWith(on[^1]);
                pages.RemoveAt(pages.Count - 1);
                on.RemoveAt(on.Count - 1);
            }
        }
    }

    /// <summary>
    /// Two sections of a kind side by side on one page, each in a column of its own, when each fits its column:
    /// the judgement beside the partner's own words, or what it wants beside what it brings. Null otherwise.
    /// </summary>
    private static List<List<CribBlock>>? SideBySide(Measure measure, IReadOnlyList<CribBlock> blocks, IReadOnlyList<Rect> columns)
    {
        var sections = blocks.Select(b => b.Section).Distinct().ToList();
        if (sections.Count != 2 || columns.Count != 2 || blocks.Any(b => b.Panel != blocks[0].Panel))
            return null;
        var page = sections.Select(section => blocks.Where(b => b.Section == section).Select((b, i) => i == 0 ? b.Opening : b).ToList()).ToList();
        return page.Select((column, k) => measure.Fits(column, columns[k])).All(fits => fits) ? page : null;
    }

    /// <summary>
    /// Where blocks go, in reading order: on every page from column <paramref name="from"/> round to the one
    /// before it (the items right, then left under the profile), or down the left column of every page alone
    /// when <paramref name="from"/> is null (a profile beside items).
    /// </summary>
    private static IEnumerable<(int Page, int Column)> Slots(Func<int, IReadOnlyList<Rect>> columns, int? from)
    {
        for (var page = 0; ; page++)
        {
            var count = columns(page).Count;
            for (var k = 0; k < (from is null ? 1 : count); k++)
                yield return (page, ((from ?? 0) + k) % count);
        }
    }

    /// <summary>The column's blocks as they will be drawn: runs of panel and plain blocks, each one text box, stacked with a gap.</summary>
    public static IReadOnlyList<(CribBox Box, IReadOnlyList<TextParagraph> Paragraphs)> Segments(IReadOnlyList<CribBlock> blocks)
    {
        var segments = new List<(CribBox Box, List<TextParagraph> Paragraphs)>();
        foreach (var block in blocks)
        {
            if (segments.Count == 0 || segments[^1].Box != block.Box)
                segments.Add((block.Box, []));
            segments[^1].Paragraphs.AddRange(block.Paragraphs);
        }
        // A box's first paragraph starts at its top: its space before is measured as none, so it is written as none.
        return segments.Select(s => (s.Box, (IReadOnlyList<TextParagraph>)[s.Paragraphs[0] with { SpaceBeforeEm = 0 }, .. s.Paragraphs.Skip(1)])).ToList();
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

        /// <summary>How much of its columns a page fills, from 0 to 1.</summary>
        public double Share(IReadOnlyList<List<CribBlock>> page, IReadOnlyList<Rect> columns) =>
            page.Select((column, k) => (double)Height(column, columns[k].Width).Value).Sum() / columns.Sum(r => (double)r.Height.Value);

        /// <summary>The column's segments stacked with a gap, each summed as <see cref="TextLayout.Height"/> sums (its pieces, in its order), line counts cached.</summary>
        public Emu Height(IReadOnlyList<CribBlock> blocks, Emu width)
        {
            var inner = TextLayout.Inner(width, TextLayout.InsetX);
            var total = new Emu(0);
            double segment = 0;
            var first = true;
            for (var b = 0; b < blocks.Count; b++)
            {
                if (b > 0 && blocks[b].Box != blocks[b - 1].Box)
                {
                    total += Emu.FromPt(segment + 2) + TextLayout.InsetY * 2 + SegmentGap(blocks[b - 1].Box, blocks[b].Box);
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
            .Select(p => new CribBlock([p], block.Box, block.Section, block.Resume));
    }
}
