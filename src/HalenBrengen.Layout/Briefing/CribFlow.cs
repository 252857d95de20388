using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// Paragraphs read together: a want with its explanation and its best offer, or a heading with the first
/// item under it. A block is never cut between columns or pages unless it alone is taller than a column.
/// A <paramref name="Panel"/> block stands on the light fill: the facilitator's own view of the partner.
/// </summary>
internal sealed record CribBlock(IReadOnlyList<TextParagraph> Paragraphs, bool Panel);

/// <summary>
/// A crib's blocks flowing as a newspaper column does: down the left column of a page, on in the right
/// one, then on the next page, at one size. Reading order is kept; only the last page's two columns are
/// evened out, so a crib never ends in one full column beside an empty one.
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
        var pages = new List<List<List<CribBlock>>> { New(columns(0)) };
        var column = 0;
        foreach (var block in blocks)
        {
            foreach (var piece in Whole(c, block, columns(pages.Count - 1)[column], size, continued))
            {
                while (!Fits(c, [.. pages[^1][column], piece], columns(pages.Count - 1)[column], size) && pages[^1][column].Count > 0)
                {
                    if (++column == pages[^1].Count)
                    {
                        pages.Add(New(columns(pages.Count)));
                        column = 0;
                    }
                }
                pages[^1][column].Add(piece);
            }
        }
        Even(c, pages[^1], columns(pages.Count - 1), size);
        return pages;
    }

    /// <summary>Whether these blocks, stacked as they will be drawn, fit the column.</summary>
    public static bool Fits(PlanContext c, IReadOnlyList<CribBlock> blocks, Rect column, double size) => Height(c, blocks, column.Width, size) <= column.Height;

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

    private static Emu Height(PlanContext c, IReadOnlyList<CribBlock> blocks, Emu width, double size)
    {
        var segments = Segments(blocks);
        var height = new Emu(0);
        for (var i = 0; i < segments.Count; i++)
            height += SegmentHeight(c, segments[i].Paragraphs, width, size) + (i > 0 ? SegmentGap : new Emu(0));
        return height;
    }

    private static List<List<CribBlock>> New(IReadOnlyList<Rect> columns) => columns.Select(_ => new List<CribBlock>()).ToList();

    /// <summary>
    /// The block as it is, when a column holds it; else cut between lines into pieces a column holds, every
    /// piece after the first marked as continued. Only an item longer than a whole column is ever cut.
    /// </summary>
    private static IEnumerable<CribBlock> Whole(PlanContext c, CribBlock block, Rect column, double size, string continued)
    {
        if (Fits(c, [block], column, size))
            return [block];
        // A line's room kept free: the mark of a continued piece may take one more line.
        var box = column with { Height = column.Height - Emu.FromPt(c.Text.LineHeight(size)) };
        return block.Paragraphs.SelectMany(paragraph => c.Text.Fits([paragraph], box, size) ? [paragraph]
                : c.Text.SplitByLines(paragraph, box, size).Select((piece, i) => i == 0 ? piece
                    : piece with { Runs = [new TextRun("(" + continued + ") ", false, c.Colours.Muted), .. piece.Runs] }))
            .Select(p => new CribBlock([p], block.Panel));
    }

    /// <summary>The last page's blocks split between its columns where the taller column is lowest, all still fitting.</summary>
    private static void Even(PlanContext c, List<List<CribBlock>> page, IReadOnlyList<Rect> columns, double size)
    {
        if (page.Count != 2 || page[1].Count == 0 && page[0].Count < 2)
            return;
        var all = page[0].Concat(page[1]).ToList();
        var best = page[0].Count;
        var lowest = double.MaxValue;
        for (var k = 1; k < all.Count; k++)
        {
            var (left, right) = (all.Take(k).ToList(), all.Skip(k).ToList());
            if (!Fits(c, left, columns[0], size) || !Fits(c, right, columns[1], size))
                continue;
            var taller = Math.Max(Height(c, left, columns[0].Width, size).Value, Height(c, right, columns[1].Width, size).Value);
            if (taller < lowest)
                (lowest, best) = (taller, k);
        }
        page[0] = all.Take(best).ToList();
        page[1] = all.Skip(best).ToList();
    }
}
