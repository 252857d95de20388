using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>Which box of a crib a block stands in: the partner's own words, the facilitator's judgement, the interventions, or the items.</summary>
internal enum CribBox { OwnWords, Assessment, Interventions, Items }

/// <summary>
/// Paragraphs read together: a want with its explanation and its best offer, or a heading with the first
/// item under it. A block is never cut between columns or pages unless it alone is taller than a column.
/// A block of a <paramref name="Box"/> other than the items stands in a box of its kind: the partner's own
/// words on a framed box, the facilitator's judgement and interventions on the light fill. <paramref name="Section"/> counts
/// the crib's sections (own words, judgement, interventions, wants, offers): a section that would run over onto the next page starts there whole.
/// </summary>
/// <paramref name="Resume"/> is the section's heading marked as continued, set on a block that is not its section's first:
/// a block that opens a column starts with it, so a side going on elsewhere is never read as the other side.
/// <paramref name="Unopened"/> is the block before its heading was put first (<see cref="Opening"/>).
internal sealed record CribBlock(IReadOnlyList<TextParagraph> Paragraphs, CribBox Box, int Section, TextParagraph? Resume = null, CribBlock? Unopened = null)
{
    public bool Panel => Box != CribBox.Items;

    /// <summary>The column of its page the block stands in: 0 the left, 1 the right.</summary>
    public int Side { get; init; }

    /// <summary>The block as it stands at the top of a column: its section's heading first where it goes on there.</summary>
    /// An item's heading leads the item's first line, not a line of its own: a line more would push a crib's last item onto a page of its own.
    public CribBlock Opening => Resume is null ? this
        : Panel ? new CribBlock([Resume, .. Paragraphs], Box, Section, Unopened: this) { Side = Side }
        : new CribBlock([Paragraphs[0] with { Runs = [.. Resume.Runs.Select(r => r with { Text = r.Text + ": " }), .. Paragraphs[0].Runs] }, .. Paragraphs.Skip(1)], Box, Section, Unopened: this) { Side = Side };
}

/// <summary>
/// A crib page's blocks on one grid for every partner and every page, learnt once: each block down the column of its
/// <see cref="CribBlock.Side"/> (before the session the judgement and interventions left, the partner's own words right;
/// for the turn halen left, brengen right). What a column does not hold goes on in the same column of the next page, so a side's
/// continuation is always read after its start. A section that would run over onto the next page starts
/// there whole where that takes no page more; a continued page is given a fair share of the crib.
/// </summary>
internal static class CribFlow
{
    /// <summary>Between the boxes stacked in one column: a filled one and a framed one, told apart by fill and frame, closer; two filled ones a gap apart.</summary>
    public static Emu SegmentGap(CribBox above, CribBox below) =>
        above != CribBox.Items && below != CribBox.Items && (above == CribBox.OwnWords || below == CribBox.OwnWords) ? Emu.FromMm(1.5) : Emu.FromMm(3);

    /// <summary>
    /// The pages of a crib: for each page its columns (left, right), for each column its blocks.
    /// <paramref name="columns"/> gives page k's column boxes (the first page's title may be taller than a continued page's).
    /// <paramref name="read"/>: only where the briefing would be longer than its most, the crib is read in plain
    /// order instead, every block down the left column, then the right, page after page: never a holey column, and
    /// still never a continuation before its start.
    /// </summary>
    public static List<List<List<CribBlock>>> Pages(PlanContext c, IReadOnlyList<CribBlock> blocks, Func<int, IReadOnlyList<Rect>> columns, double size,
        string continued, bool read = false)
    {
        var measure = new Measure(c, size);
        List<CribBlock>[] sides = read ? [[.. blocks]] : [blocks.Where(b => b.Side == 0).ToList(), blocks.Where(b => b.Side == 1).ToList()];
        var breaks = sides.Select(_ => new List<int>()).ToArray();
        // Where side k's n-th column stands: each side down its own column of every page;
        // read in plain order, every column of every page in turn.
        var slots = read ? new Func<int, (int Page, int Column)>[] { n => (n / 2, n % 2) } : [n => (n, 0), n => (n, 1)];
        Placing Flow(int k) => Down(c, measure, sides[k], n => columns(slots[k](n).Page)[slots[k](n).Column], breaks[k], continued);
        var flows = Enumerable.Range(0, sides.Length).Select(Flow).ToArray();
        int Count() => flows.Select((f, k) => slots[k](f.Count - 1).Page + 1).Max();
        // A section running over onto the next page starts there whole, where that takes no page more.
        for (var k = 0; k < sides.Length; k++)
        {
            foreach (var start in Enumerable.Range(1, Math.Max(0, sides[k].Count - 1)).Where(i => sides[k][i].Section != sides[k][i - 1].Section))
            {
                if (Split(flows[k], sides[k], start) is not { } slot || flows[k][slot][0].Index == start)
                    continue;
                var (pages, before) = (Count(), flows[k]);
                breaks[k].Add(start);
                flows[k] = Flow(k);
                if (Count() > pages)
                    (flows[k], _) = (before, breaks[k].Remove(start));
            }
        }
        // A crib's last page gets a fair share: while it holds fewer than the rule's lines, the right column's blocks (else the
        // left's) before it move onto it, one block at a time, as long as the crib takes no page more.
        int Lines() => flows.Select((f, k) => f.Select((on, n) => slots[k](n).Page == Count() - 1
            ? measure.Lines(on.Select(x => x.Block).ToList(), columns(Count() - 1)[slots[k](n).Column].Width) : 0).Sum()).Sum();
        for (var moved = true; moved && Count() > 1 && Lines() < Rules.BriefingCribRules.ContinuedLines;)
        {
            moved = false;
            foreach (var k in Enumerable.Range(0, sides.Length).Reverse())
            {
                // The block the last page would start with in this side: the one before its present first.
                var n = Enumerable.Range(0, flows[k].Count).FirstOrDefault(n => slots[k](n).Page == Count() - 1, flows[k].Count);
                var first = n < flows[k].Count ? flows[k][n][0].Index : sides[k].Count;
                if (n == 0 || flows[k][n - 1].Count == 0 || first - 1 <= flows[k][n - 1][0].Index)
                    continue;
                var (pages, lines, kept, before) = (Count(), Lines(), breaks[k].ToList(), flows[k]);
                breaks[k].RemoveAll(b => b >= first - 1);
                breaks[k].Add(first - 1);
                flows[k] = Flow(k);
                if (moved = Count() == pages && Lines() > lines)
                    break;
                (flows[k], breaks[k]) = (before, kept);
            }
        }
        var result = Enumerable.Range(0, Count()).Select(_ => New(columns(0))).ToList();
        for (var k = 0; k < sides.Length; k++)
        {
            for (var n = 0; n < flows[k].Count; n++)
                result[slots[k](n).Page][slots[k](n).Column].AddRange(flows[k][n].Select(x => x.Block));
        }
        return result;
    }

    /// <summary>Where each of a side's blocks (by index) stands: its columns in turn, each the pieces in it.</summary>
    private sealed class Placing : List<List<(int Index, CribBlock Block)>>;

    /// <summary>The column a section starting at block <paramref name="start"/> starts in, when it goes on into the next; null when it stands in one.</summary>
    private static int? Split(Placing flow, IReadOnlyList<CribBlock> blocks, int start)
    {
        var end = start;
        while (end + 1 < blocks.Count && blocks[end + 1].Section == blocks[start].Section)
            end++;
        var first = flow.FindIndex(page => page.Any(x => x.Index == start));
        var last = flow.FindLastIndex(page => page.Any(x => x.Index == end));
        return last > first ? first : null;
    }

    /// <summary>
    /// Blocks down one column after another, the n-th given by <paramref name="column"/>; a block that opens a
    /// column starts with its section's heading (continued); a new column begins before a block in <paramref name="breaks"/>.
    /// </summary>
    private static Placing Down(PlanContext c, Measure measure, IReadOnlyList<CribBlock> blocks, Func<int, Rect> column, IReadOnlyCollection<int> breaks, string continued)
    {
        var pages = new Placing { new() };
        static CribBlock Placed(List<(int Index, CribBlock Block)> on, CribBlock piece) => on.Any(x => x.Block.Box == piece.Box) ? piece : piece.Opening;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (breaks.Contains(i) && pages[^1].Count > 0)
                pages.Add([]);
            foreach (var piece in Whole(c, measure, blocks[i], column(pages.Count - 1), continued))
            {
                if (pages[^1].Count > 0 && !measure.Fits([.. pages[^1].Select(x => x.Block), Placed(pages[^1], piece)], column(pages.Count - 1)))
                    pages.Add([]);
                pages[^1].Add((i, Placed(pages[^1], piece)));
            }
        }
        return pages;
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

        /// <summary>The lines of text of a column's blocks at its width, as the crib rules count them.</summary>
        public int Lines(IReadOnlyList<CribBlock> blocks, Emu width) =>
            blocks.SelectMany(b => b.Paragraphs).Sum(p => Lines(p, TextLayout.Inner(width, TextLayout.InsetX)));

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
            .Select(p => new CribBlock([p], block.Box, block.Section, block.Resume) { Side = block.Side });
    }
}
