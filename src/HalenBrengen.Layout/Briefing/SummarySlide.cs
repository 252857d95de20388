using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// "In één oogopslag": the analysis on one page, right after the guide, for a facilitator who wants to know
/// where to start before reading on. Four short blocks in a two by two grid: the demands (who asks what), the
/// wants nobody at the table brings yet, the partners out of balance, and where to start (the first partners
/// in the krachtenveld's order, with their influence and relation in words). Each block shows as many lines as
/// it holds at the size all four share and says how many more there are and where they stand: it is the
/// digest, the slides after it and the cribs are the detail. The pairs are not here: the matrix (or, above
/// its size, the connections diagram) is the one overview of them.
/// </summary>
internal static class SummarySlide
{
    /// <summary>The lines every block shows before the four share a smaller size: fewer only where even the smallest does not hold them.</summary>
    public const int LeastLines = 3;

    /// <summary>The lines a block shows at most, however much room it has; more are counted in a line after them.</summary>
    public const int MostLines = 8;

    /// <summary>The partners the start block names: the first of the krachtenveld's order, the rest are on "Waar beginnen?".</summary>
    public const int StartPartners = 3;

    /// <summary>The slide, and how many open wants it lists (the table of open wants follows only for more).</summary>
    public static (SlidePlan Slide, int OpenShown) Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var frame = Slides.Frame(c, t.SummaryTitle);
        var blocks = Blocks(coalition, analysis, t, labels);
        var boxes = (Func<double, IReadOnlyList<Rect>>)(size => Boxes(c, frame.Body, blocks, size, t));
        // One size for all four blocks, the largest at which each holds its first lines; at that size each block
        // then shows as many lines as it holds. At the smallest, fewer lines a block before any block is cut off.
        // The demands are read whole: all of them (up to the most a block shows) set the size where some size holds
        // them; else they show as many as the size leaves room for, and do not set it.
        foreach (var all in new[] { true, false })
        {
            for (var least = LeastLines; least >= 1; least--)
            {
                var shown = least;
                bool Holds(Block b, Rect box, double size) => b.Whole ? !all || Fits(c, b, box, size, Math.Min(MostLines, b.Lines.Count), t) : Fits(c, b, box, size, shown, t);
                if (Sizes.Largest(c.Scale.BodyMax, c.Scale.BodyMin, size => blocks.Select((b, k) => Holds(b, boxes(size)[k], size)).All(f => f)) is { } size)
                    return Slide(c, frame.Title, blocks, boxes(size), size, t);
            }
        }
        return Slide(c, frame.Title, blocks, boxes(c.Scale.BodyMin), c.Scale.BodyMin, t);
    }

    /// <summary>
    /// The four boxes, two columns of two, each column's pair sharing its height by what they hold: a block that
    /// needs less than half gives the other the rest, so a long list of demands shows whole above a short balance.
    /// </summary>
    private static IReadOnlyList<Rect> Boxes(PlanContext c, Rect body, IReadOnlyList<Block> blocks, double size, BriefingTexts t)
    {
        var gap = c.Page.Gap;
        var total = body.Height - gap;
        var half = total / 2;
        Emu Need(int k)
        {
            var width = Columns.Of(body, k % 2, 2, gap).Width;
            var all = Paragraphs(c, blocks[k], new Rect(body.X, body.Y, width, total), size, Math.Min(MostLines, blocks[k].Lines.Count), t);
            return Slides.Height(c, all, width, size);
        }
        Emu Upper(Emu top, Emu bottom) => top + bottom <= total ? top + (total - top - bottom) / 2 : bottom < half ? total - bottom : top < half ? top : half;
        // The rows level where both hold all their lines so; else each column shares its height between its two blocks.
        var (tops, bottoms) = (new Emu(Math.Max(Need(0).Value, Need(1).Value)), new Emu(Math.Max(Need(2).Value, Need(3).Value)));
        Emu[] upper = tops + bottoms <= total ? [Upper(tops, bottoms), Upper(tops, bottoms)] : [Upper(Need(0), Need(2)), Upper(Need(1), Need(3))];
        return Enumerable.Range(0, 4).Select(k => Columns.Of(body, k % 2, 2, gap) is var column && k < 2
            ? column with { Y = body.Y, Height = upper[k % 2] }
            : column with { Y = body.Y + upper[k % 2] + gap, Height = total - upper[k % 2] }).ToList();
    }

    /// <summary>
    /// A block: its heading, its lines (a bold lead and the rest), what it says when it has none, the line that
    /// counts the rest ("{0}": how many), and a last line that says where its lines come from.
    /// </summary>
    /// A <paramref name="Whole"/> block's lines are never cut: a demand is read whole or counted with the rest.
    private sealed record Block(string Heading, IReadOnlyList<(string Lead, string Text)> Lines, string None, string More, string? Source = null, bool Whole = false);

    private static IReadOnlyList<Block> Blocks(Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var demands = coalition.Partners.SelectMany(p => p.Halen.Where(i => i.IsEis).Select(i => (p.Naam, i.Text.Value))).ToList();
        // An open want with a possible offer says who might bring it: a name to ask, not an answer.
        var open = analysis.OpenNeeds.OrderBy(o => o.Want.IsEis ? 0 : 1).Select(o => (o.Wanter.Naam,
            o.Maybe.Count == 0 ? o.Want.Text.Value : $"{o.Want.Text.Value} ({t.CribMaybe}: {o.Maybe[0].Bringer.Naam})")).ToList();
        // The most out of balance first: the largest difference between what a partner gets and brings.
        var balance = analysis.Balances.Where(b => b.Readings.Count > 0)
            .OrderBy(b => b.Readings.Contains(BalanceReading.NoBelangenkaart) ? 1 : 0).ThenByDescending(b => Math.Abs(b.Halen - b.Brengen))
            .Select(b => (b.Readings.Contains(BalanceReading.NoBelangenkaart) ? b.Partner.Naam + ": " + t.NoCard.TrimEnd('.').ToLowerInvariant()
                : t.SummaryBalanceLine.Fill(b.Partner.Naam, b.Halen, b.Brengen), "")).ToList();
        // A partner with wants of which none has a sure offer gets nothing it can count on: the method's warning sign,
        // whatever the counts say. Named first.
        var unanswered = analysis.OpenNeeds.Select(o => o.Want).ToHashSet();
        var nothingSure = coalition.Partners.Where(p => p.Halen.Count > 0 && p.Halen.All(unanswered.Contains))
            .Select(p => (t.SummaryNothingSure.Fill(p.Naam, p.Halen.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), "")).ToList();
        // Counted in items they may still be in balance: then the block says that too, after them.
        balance = nothingSure.Count == 0 ? balance : [.. nothingSure, .. balance.Count == 0 ? [(t.SummaryBalanced, "")] : balance];
        // Where to start: the krachtenveld's order, only partners whose influence and relation are both known.
        var start = analysis.Priorities.Where(p => p is { Score: not null, Invloed: { }, Houding: { } }).Take(StartPartners)
            .Select(p => (p.Partner.Naam, t.SummaryStartLine.Fill(labels.Of(p.Invloed!.Value).ToLowerInvariant(), labels.Of(p.Houding!.Value)))).ToList();
        return
        [
            new(t.SummaryDemands, demands, t.SummaryNoDemands, t.SummaryMore, Whole: true),
            new(t.OpenTitle, open, t.NoOpen, t.SummaryMore),
            // The heading says what the block finds: "Uit balans" over the partners that are, "In balans" when none is.
            new(balance.Count == 0 ? t.SummaryInBalance : t.SummaryBalance, balance, t.SummaryBalanced, t.SummaryMoreBalance),
            new(t.SummaryStart, start, t.SummaryNoStart, t.SummaryMore, start.Count == 0 ? null : t.SummaryStartSource),
        ];
    }

    /// <summary>
    /// The lines a block shows at the slide's size, and in how many lines of the box each: as many as it holds with
    /// each in two lines; where that leaves some out and one line each shows more, one line each.
    /// </summary>
    private static (int Shown, int Lines) Shown(PlanContext c, Block block, Rect box, double size, BriefingTexts t)
    {
        int Most(int lines) => BriefingPlanner.Most(Math.Min(MostLines, block.Lines.Count), most => most == 0 || Fits(c, block, box, size, most, t, lines));
        var two = Most(BriefingPlanner.MostLines);
        if (two >= Math.Min(MostLines, block.Lines.Count))
            return (two, BriefingPlanner.MostLines);
        var one = Most(1);
        return one > two ? (one, 1) : (two, BriefingPlanner.MostLines);
    }

    private static IReadOnlyList<TextParagraph> Paragraphs(PlanContext c, Block block, Rect box, double size, int most, BriefingTexts t, int lines = BriefingPlanner.MostLines)
    {
        var heading = new TextParagraph([new TextRun(block.Heading, true, c.Colours.Accent)], SpaceBeforeEm: 0);
        if (block.Lines.Count == 0)
            return [heading, new TextParagraph([new TextRun(block.None, false, c.Colours.Ink)], SpaceBeforeEm: 0.3)];
        var shown = block.Lines.Take(most).ToList();
        var paragraphs = shown.Select(line => Line(c, line, box, size, block.Whole ? int.MaxValue : lines)).ToList();
        if (shown.Count < block.Lines.Count)
            paragraphs.Add(new TextParagraph([new TextRun(block.More.Fill(block.Lines.Count - shown.Count), false, c.Colours.Muted)], SpaceBeforeEm: 0.3));
        if (block.Source is { } source)
            paragraphs.Add(new TextParagraph([new TextRun(source, false, c.Colours.Muted)], SpaceBeforeEm: 0.5));
        return [heading, .. paragraphs];
    }

    /// <summary>A line of a block: its lead in bold, then its text cut to <paramref name="lines"/> lines where they end: the whole stands after this page.</summary>
    private static TextParagraph Line(PlanContext c, (string Lead, string Text) line, Rect box, double size, int lines)
    {
        if (line.Text.Length == 0)
            return new TextParagraph([new TextRun(line.Lead, true)], Bullet: true, SpaceBeforeEm: 0.3);
        var lead = line.Lead + ": ";
        if (lines == int.MaxValue)
            return new TextParagraph([new TextRun(lead, true), new TextRun(line.Text)], Bullet: true, SpaceBeforeEm: 0.3);
        var text = BriefingPlanner.Lines(c, chars => lead + Items.Shorten(line.Text, chars), box.Width, size, line.Text.Length, 20, lines, bullet: true)[lead.Length..];
        return new TextParagraph([new TextRun(lead, true), new TextRun(text)], Bullet: true, SpaceBeforeEm: 0.3);
    }

    private static bool Fits(PlanContext c, Block block, Rect box, double size, int most, BriefingTexts t, int lines = BriefingPlanner.MostLines) =>
        c.Text.Fits(Paragraphs(c, block, box, size, most, t, lines), box, size);

    private static (SlidePlan, int) Slide(PlanContext c, TextElement title, IReadOnlyList<Block> blocks, IReadOnlyList<Rect> boxes, double size, BriefingTexts t)
    {
        // A whole block may show none of its lines (a demand longer than the block is counted, not cut); the others show at least one.
        var shown = blocks.Select((block, k) => Shown(c, block, boxes[k], size, t) is var s ? (Shown: block.Whole ? s.Shown : Math.Max(1, s.Shown), s.Lines) : default).ToList();
        var slide = new SlidePlan(SlideLayoutKind.Inhoud, title, blocks.Select((block, k) => (SlideElement)new TextElement(boxes[k],
            Paragraphs(c, block, boxes[k], size, shown[k].Shown, t, shown[k].Lines), size, c.Colours.Ink, c.Colours.Light, Name: c.Words.Shapes.Summary)).ToList(), t.SummaryNotes);
        return (slide, Math.Min(shown[1].Shown, blocks[1].Lines.Count));
    }
}
