using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// "In één oogopslag": the analysis on one page, right after the guide, for a facilitator who wants to know
/// where to start before reading on. Four short blocks in a two by two grid: the demands (who asks what), the
/// wants nobody at the table brings yet, the partners out of balance, and the strongest pairs with their
/// reason in words. Each block shows its first few lines and counts the rest: it is the digest, the slides
/// after it and the cribs are the detail.
/// </summary>
internal static class SummarySlide
{
    /// <summary>The lines a block shows at most; more are counted in a line after them.</summary>
    public const int MostLines = 3;

    public static SlidePlan Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var frame = Slides.Frame(c, t.SummaryTitle);
        var gap = c.Page.Gap;
        var half = (frame.Body.Height - gap) / 2;
        var boxes = Enumerable.Range(0, 4).Select(k =>
        {
            var column = Columns.Of(frame.Body, k % 2, 2, gap);
            return column with { Y = frame.Body.Y + (half + gap) * (k / 2), Height = half };
        }).ToList();
        var blocks = Blocks(coalition, analysis, t, labels);
        // One size for all four blocks, the largest at which each holds its lines (each line cut to two at that size);
        // at the smallest, fewer lines a block before any block is cut off.
        for (var most = MostLines; most >= 1; most--)
        {
            var shown = most;
            if (Sizes.Largest(c.Scale.BodyMax, c.Scale.BodyMin, size => Fits(c, blocks, boxes, size, shown, t)) is { } size)
                return Slide(c, frame.Title, blocks, boxes, size, most, t);
        }
        return Slide(c, frame.Title, blocks, boxes, c.Scale.BodyMin, 1, t);
    }

    /// <summary>
    /// A block: its heading, its lines (a bold lead and the rest), and what it says when it has none. A block that
    /// <paramref name="Breaks"/> sets each line's text under its lead (two names of a pair fill most of a line).
    /// </summary>
    private sealed record Block(string Heading, IReadOnlyList<(string Lead, string Text)> Lines, string None, bool Breaks = false);

    private static IReadOnlyList<Block> Blocks(Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var demands = coalition.Partners.SelectMany(p => p.Halen.Where(i => i.IsEis).Select(i => (p.Naam, i.Text.Value))).ToList();
        var open = analysis.OpenNeeds.OrderBy(o => o.Want.IsEis ? 0 : 1).Select(o => (o.Wanter.Naam, o.Want.Text.Value)).ToList();
        // The most out of balance first: the largest difference between what a partner gets and brings.
        var balance = analysis.Balances.Where(b => b.Readings.Count > 0)
            .OrderBy(b => b.Readings.Contains(BalanceReading.NoBelangenkaart) ? 1 : 0).ThenByDescending(b => Math.Abs(b.Halen - b.Brengen))
            .Select(b => (b.Readings.Contains(BalanceReading.NoBelangenkaart) ? b.Partner.Naam + ": " + t.NoCard.TrimEnd('.').ToLowerInvariant()
                : t.SummaryBalanceLine.Fill(b.Partner.Naam, b.Halen, b.Brengen), "")).ToList();
        return
        [
            new(t.SummaryDemands, demands, t.SummaryNoDemands),
            new(t.OpenTitle, open, t.NoOpen),
            new(t.SummaryBalance, balance, t.SummaryBalanced),
            new(t.SummaryPairs, Pairs(analysis, t, labels), t.SummaryNoPairs, Breaks: true),
        ];
    }

    /// <summary>
    /// The strongest pairs (most matches between them either way), the first few with the reason of their best
    /// match; the rest are only counted.
    /// </summary>
    private static IReadOnlyList<(string Lead, string Text)> Pairs(CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var partners = analysis.Matrix.Partners;
        var pairs = ConnectionDiagram.Pairs(partners.Count, (a, b) => analysis.Matrix[a, b]);
        return pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key.A).ThenBy(p => p.Key.B).Select((pair, i) =>
        {
            var (a, b) = (partners[pair.Key.A], partners[pair.Key.B]);
            if (i > MostLines)
                return ("", "");
            var best = analysis.Matches.Where(m => (ReferenceEquals(m.Wanter, a) && ReferenceEquals(m.Bringer, b))
                || (ReferenceEquals(m.Wanter, b) && ReferenceEquals(m.Bringer, a))).MaxBy(m => m.Score);
            return (a.Naam + " ↔ " + b.Naam, best is null ? "" : t.Why(best, labels));
        }).ToList();
    }

    private static IReadOnlyList<TextParagraph> Paragraphs(PlanContext c, Block block, Rect box, double size, int most, BriefingTexts t)
    {
        var heading = new TextParagraph([new TextRun(block.Heading, true, c.Colours.Accent)], SpaceBeforeEm: 0);
        if (block.Lines.Count == 0)
            return [heading, new TextParagraph([new TextRun(block.None, false, c.Colours.Muted)], SpaceBeforeEm: 0.3)];
        var shown = block.Lines.Take(most).ToList();
        var lines = shown.Select(line => Line(c, line, box, size, block.Breaks)).ToList();
        if (shown.Count < block.Lines.Count)
            lines.Add(new TextParagraph([new TextRun(t.SummaryMore.Fill(block.Lines.Count - shown.Count), false, c.Colours.Muted)], SpaceBeforeEm: 0.3));
        return [heading, .. lines];
    }

    /// <summary>
    /// A line of a block: its lead in bold, then its text cut to two lines where they end (or, when the block
    /// breaks, to the one line under its lead): the whole stands after this page.
    /// </summary>
    private static TextParagraph Line(PlanContext c, (string Lead, string Text) line, Rect box, double size, bool breaks)
    {
        if (line.Text.Length == 0)
            return new TextParagraph([new TextRun(line.Lead, true)], Bullet: true, SpaceBeforeEm: 0.3);
        if (breaks)
            return new TextParagraph([new TextRun(line.Lead, true), new TextRun("\n" + BriefingPlanner.Lines(c, chars => Items.Shorten(line.Text, chars), box.Width, size,
                line.Text.Length, 20, lines: 1, bullet: true))], Bullet: true, SpaceBeforeEm: 0.3);
        var lead = line.Lead + ": ";
        var text = BriefingPlanner.Lines(c, chars => lead + Items.Shorten(line.Text, chars), box.Width, size, line.Text.Length, 20, bullet: true)[lead.Length..];
        return new TextParagraph([new TextRun(lead, true), new TextRun(text)], Bullet: true, SpaceBeforeEm: 0.3);
    }

    private static bool Fits(PlanContext c, IReadOnlyList<Block> blocks, IReadOnlyList<Rect> boxes, double size, int most, BriefingTexts t) =>
        blocks.Select((block, k) => c.Text.Fits(Paragraphs(c, block, boxes[k], size, most, t), boxes[k], size)).All(fits => fits);

    private static SlidePlan Slide(PlanContext c, TextElement title, IReadOnlyList<Block> blocks, IReadOnlyList<Rect> boxes, double size, int most, BriefingTexts t) =>
        new(SlideLayoutKind.Inhoud, title, blocks.Select((block, k) => (SlideElement)new TextElement(boxes[k], Paragraphs(c, block, boxes[k], size, most, t),
            size, c.Colours.Ink, c.Colours.Light, Name: c.Words.Shapes.Summary)).ToList(), t.SummaryNotes);
}
