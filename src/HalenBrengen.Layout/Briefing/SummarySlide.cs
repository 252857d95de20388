using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// "In één oogopslag": the analysis on one page, right after the guide, for a facilitator who wants to know
/// where to start before reading on. Four short blocks in a two by two grid (or, where the grid does not hold
/// every demand, the demands over the open wants down the left): the demands (who asks what), the
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

    /// <summary>The partners the start block names: a few talks before the session; the rest stand in their order on 'Wie vooraf aandacht?'.</summary>
    public const int StartMost = 3;

    /// <summary>The slide, and how many open wants it lists (the table of open wants follows only for more).</summary>
    /// <param name="pages">Where the rest of a block stands, by the line that counts it (<see cref="BriefingTexts.SummaryMore"/> and the
    /// others): said after it, so a reader leafing through finds them (readers: "… en nog 21" and no page to turn to).</param>
    /// <param name="demandsApart">Every demand stands on a page of its own after this one (<see cref="DemandsApart"/>): the demands' count says so.</param>
    public static (SlidePlan Slide, int OpenShown) Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels,
        IReadOnlyDictionary<string, string>? pages = null, bool demandsApart = false)
    {
        var frame = Slides.Frame(c, t.SummaryTitle);
        var blocks = Blocks(coalition, analysis, t, labels, c.Words.Session, demandsApart)
            .Select(b => pages is not null && pages.TryGetValue(b.More, out var where)
                ? b with { More = b.More + t.SummaryPages.Fill(where), Counted = b.Counted is { } counted ? counted + t.SummaryPages.Fill(where) : null,
                    // Where the others of the attention list stand (readers: the shortlist stopped at three, the rest nowhere said).
                    Source = b.Source == t.SummaryStartSource.Fill("") ? t.SummaryStartSource.Fill(t.SummaryPages.Fill(where)) : b.Source } : b)
            // A demand only the facilitator's own proposal answers says where the proposals stand (a reader: "→ jouw voorstel" meant nothing there).
            .Select(b => pages is not null && pages.TryGetValue(t.SummaryProposed, out var at)
                ? b with { Lines = b.Lines.Select(l => l.Note == t.SummaryProposed ? l with { Note = l.Note + t.SummaryPages.Fill(at) } : l).ToList() } : b).ToList();
        var grid = (Func<double, Func<Block, bool>, IReadOnlyList<Rect>>)((size, whole) => Boxes(c, frame.Body, blocks, size, whole));
        var tall = (Func<double, Func<Block, bool>, IReadOnlyList<Rect>>)((size, _) => Tall(c, frame.Body, blocks, size));
        // One size for all four blocks, the largest at which each holds its first lines; at that size each block
        // then shows as many lines as it holds. At the smallest, fewer lines a block before any block is cut off.
        // The demands are read whole: all of them (up to the most a block shows) set the size where some size holds
        // them, in the grid or else over the open wants (Tall); else they show as many as the grid leaves room for, and do not set it.
        // Then they are set at the smallest size, and the open wants under them, which have a slide of their own
        // further on, show what the demands leave room for, if only how many there are.
        // Who to speak to beforehand is read whole before the demands are (two readers: a shortlist cut short read as if the others were
        // fine): the passes first keep both whole, then that block alone in the grid; the open wishes' table follows only where the
        // summary leaves some out, so the grid with the first lines of each goes before the demands down the left.
        Func<Block, bool> both = b => b.Demands || b.Whole, start = b => b.Whole, none = _ => false;
        foreach (var (all, boxes, largest) in new[] { (both, grid, c.Scale.BodyMax), (both, tall, c.Scale.BodyMin), (start, grid, c.Scale.BodyMax),
            (none, grid, c.Scale.BodyMax), (start, tall, c.Scale.BodyMin) })
        {
            for (var least = LeastLines; least >= 1; least--)
            {
                var shown = least;
                // Every block shows its first lines whole; the demands and the start, on the first passes, all of theirs (up to the most).
                bool Holds(Block b, int k, Rect box, double size) =>
                    Fits(c, b, box, size, Math.Min(b.Lines.Count, all(b) ? MostLines : boxes == tall && k == 1 ? 0 : shown), t);
                if (Sizes.Largest(largest, c.Scale.BodyMin, size => boxes(size, all) is var at && blocks.Select((b, k) => Holds(b, k, at[k], size)).All(f => f)) is { } size)
                    return Slide(c, frame.Title, blocks, boxes(size, all), size, t);
            }
        }
        return Slide(c, frame.Title, blocks, grid(c.Scale.BodyMin, none), c.Scale.BodyMin, t);
    }

    /// <summary>
    /// The four boxes, two columns of two, each column's pair sharing its height by what they hold: a block that
    /// needs less than half gives the other the rest, so a long list of demands shows whole above a short balance.
    /// </summary>
    /// A block read whole (<see cref="Block.Whole"/>) under one that needs more than half keeps its need, where the column holds it.
    private static IReadOnlyList<Rect> Boxes(PlanContext c, Rect body, IReadOnlyList<Block> blocks, double size, Func<Block, bool> whole)
    {
        var gap = c.Page.Gap;
        var total = body.Height - gap;
        Emu Need(int k)
        {
            var width = Columns.Of(body, k % 2, 2, gap).Width;
            var all = Paragraphs(c, blocks[k], Math.Min(MostLines, blocks[k].Lines.Count));
            return Slides.Height(c, all, width, size);
        }
        // The rows level where both hold all their lines so; else each column shares its height between its two blocks.
        var (tops, bottoms) = (new Emu(Math.Max(Need(0).Value, Need(1).Value)), new Emu(Math.Max(Need(2).Value, Need(3).Value)));
        Emu Column(int top, int bottom) => whole(blocks[bottom]) && Need(bottom) is var need && need < total && Need(top) + need > total ? total - need : Upper(Need(top), Need(bottom), total);
        Emu[] upper = tops + bottoms <= total ? [Upper(tops, bottoms, total), Upper(tops, bottoms, total)] : [Column(0, 2), Column(1, 3)];
        return Enumerable.Range(0, 4).Select(k => Columns.Of(body, k % 2, 2, gap) is var column && k < 2
            ? column with { Y = body.Y, Height = upper[k % 2] }
            : column with { Y = body.Y + upper[k % 2] + gap, Height = total - upper[k % 2] }).ToList();
    }

    /// <summary>
    /// The height of the upper of two boxes sharing <paramref name="total"/>: each as high as it needs and the room
    /// left shared, where both fit; else the one that needs less than half keeps its need and the other the rest.
    /// </summary>
    private static Emu Upper(Emu top, Emu bottom, Emu total) =>
        top + bottom <= total ? top + (total - top - bottom) / 2 : bottom < total / 2 ? total - bottom : top < total / 2 ? top : total / 2;

    /// <summary>
    /// For demands the grid does not hold all of: the demands over the open wants down the left, the demands as
    /// high as they need and the open wants the rest; the balance over where to start down the right, each pair
    /// sharing its column's height by what they hold.
    /// </summary>
    private static IReadOnlyList<Rect> Tall(PlanContext c, Rect body, IReadOnlyList<Block> blocks, double size)
    {
        var gap = c.Page.Gap;
        var (left, right) = (Columns.Of(body, 0, 2, gap), Columns.Of(body, 1, 2, gap));
        Emu Need(int k, Rect column) => Slides.Height(c, Paragraphs(c, blocks[k], Math.Min(MostLines, blocks[k].Lines.Count)), column.Width, size);
        // The demands as high as they need, and the open wants under them at least their heading and count.
        var counted = Slides.Height(c, Paragraphs(c, blocks[1], 0), left.Width, size);
        var demands = new Emu(Math.Min(Need(0, left).Value, (left.Height - gap - counted).Value));
        var balance = Upper(Need(2, right), Need(3, right), right.Height - gap);
        return
        [
            left with { Height = demands },
            left with { Y = left.Y + demands + gap, Height = left.Height - demands - gap },
            right with { Height = balance },
            right with { Y = right.Y + balance + gap, Height = right.Height - balance - gap },
        ];
    }

    /// <summary>
    /// A block: its heading, its lines (a bold lead and the rest), what it says when it has none, the line that
    /// counts the rest ("{0}": how many), and a last line that says where its lines come from.
    /// </summary>
    /// A block's lines are never cut: a line is read whole or counted with the rest. The <paramref name="Demands"/> are
    /// shown all where some size holds them.
    /// <paramref name="Counted"/> says how many lines there are where none is shown.
    /// <paramref name="Whole"/>: the block is read whole before the others show more than their first lines.
    private sealed record Block(string Heading, IReadOnlyList<(string Lead, string Text, string Note)> Lines, string None, string More, string? Source = null, bool Demands = false, string? Counted = null,
        IReadOnlyList<string>? Alarm = null, bool Whole = false)
    {
        /// <summary>Whether a line's note is one of the block's alarms (nobody surely answers it): said in the warning colour.</summary>
        public bool Alarms(string note) => Alarm is { } alarm && alarm.Any(a => note.StartsWith(a, StringComparison.Ordinal));
    }

    private static IReadOnlyList<Block> Blocks(Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels, SessionTexts session, bool demandsApart)
    {
        // Each demand with who surely answers it, or that nobody does yet; those nobody surely answers first, in the
        // partners' order: where not every demand fits, the ones shown are the risks.
        // A demand nobody surely answers but the facilitator's own proposal for 'Wie doet wat?' does says both, in the warning colour
        // (a reader found it "nog geen sterk aanbod" here and answered by the proposal on the partner's page; two later ones read
        // "→ jouw voorstel" as if the facilitator had the answer, and not where it stands). Alike bringers named as the crib names them.
        var demands = coalition.Partners.SelectMany(p => p.Halen.Where(i => i.IsEis).Select(i => (p.Naam, i.Text.Value,
            CribBlocks.SureBringers(analysis.Matches.Suggested(i), t) ?? (analysis.Proposed.ContainsKey(i) ? t.SummaryProposed : t.SummaryNobodySure))))
            .OrderBy(d => d.Item3 == t.SummaryNobodySure ? 0 : 1)
            // Partners that ask the very same with the same answer on one line, named together: the page lists every demand at any size
            // (a reader at 24 partners found "… en nog 21" where a few demands stood four times).
            .GroupBy(d => (Want: d.Value, Answer: d.Item3)).Select(g => (t.Listed(g.Select(d => d.Naam).Distinct().ToList()), g.Key.Want, g.Key.Answer)).ToList();
        // The other open wants, read whole (the open demands stand with the demands); who might bring one stands on
        // the slide of open wants and in the crib.
        // Each partner's first open wish first, then each one's second, and so on: where not all fit, the ones shown span the partners
        // (a reader found three wishes of one partner and "… en nog 38").
        var open = analysis.OpenNeeds.Where(o => !o.Want.IsEis).GroupBy(o => o.Wanter).SelectMany(g => g.Select((o, k) => (o, k)))
            .OrderBy(x => x.k).Select(x => (x.o.Wanter.Naam, x.o.Want.Text.Value, "")).ToList();
        var openDemands = analysis.OpenNeeds.Count - open.Count;
        // The most out of balance first: the largest difference between what a partner gets and brings.
        var balance = analysis.Balances.Where(b => b.Readings.Count > 0)
            .OrderBy(b => b.Readings.Contains(BalanceReading.NoBelangenkaart) ? 1 : 0).ThenByDescending(b => Math.Abs(b.Halen - b.Brengen))
            .Select(b => (b.Partner.Naam, b.Readings.Contains(BalanceReading.NoBelangenkaart) ? t.NoCard.TrimEnd('.').ToLowerInvariant()
                : t.SummaryBalanceLine.Fill(b.Halen, b.Brengen), "")).ToList();
        // "Uit balans" heads partners out of balance by count, and the balance slide follows only for them.
        var outOfBalance = balance.Count > 0;
        var shortlist = Shortlist(analysis);
        var start = Start(coalition, shortlist, t, labels, session);
        // A partner with wants of which none has a strong offer gets nothing it can count on: the method's warning sign,
        // whatever the counts say. Named in the balance block when the shortlist does not name it (readers: the same partners twice
        // on one page); "ook" in its heading when the shortlist names others (readers: the rest alone read as if those were fine).
        var nothingSure = coalition.Partners.Where(analysis.GetsNothingSure).ToList();
        var shortlisted = shortlist.Select(p => p.Partner).ToHashSet();
        var notShort = nothingSure.Where(p => !shortlisted.Contains(p))
            .Select(p => (p.Naam, t.SummaryNothingSure.Fill(p.Halen.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), "")).ToList();
        // Counted in items they may still be in balance: then the block says that too, after them, as a note (no lead).
        // The count then is no all-clear: a party with nothing strong to get drops out easily, whatever the counts say.
        balance = notShort.Count == 0 ? balance : [.. notShort, .. balance.Count == 0 ? [("", t.SummaryCountedOnly, "")] : balance];
        // The partners not listed are found where their lines come from: the balance slide when there is one, else their cribs.
        var moreBalance = outOfBalance ? t.SummaryMoreBalance : t.SummaryMore;
        return
        [
            new(t.SummaryDemands, demands, t.SummaryNoDemands, demandsApart ? t.SummaryMoreDemands : t.SummaryMore, Demands: true, Alarm: [t.SummaryNobodySure, t.SummaryProposed]),
            new(openDemands > 0 ? t.SummaryOpenOthers : t.OpenTitle, open, openDemands > 0 ? t.SummaryNoOpenOthers : t.NoOpen, t.SummaryMoreOpen, Counted: t.SummaryOpenCounted),
            // Said to be the attention list's first few (a reader found relation 1 named in the line and no partner of it above it).
            // Over the balance: who to speak to is what a facilitator acts on (in the grid under the demands, else at the right's top).
            new(t.SummaryStart, start, t.SummaryNoStart, t.SummaryMoreStart, start.Count == 0 ? null : t.SummaryStartSource.Fill(""), Whole: true),
            // The heading says what the block finds: "Uit balans" over the partners that are, "In balans" when none is,
            // "Krijgt nog geen sterk aanbod" over partners that only get nothing strong and are not on the shortlist. In balance by
            // count while some get nothing strong, the note says the count is no all-clear.
            new(balance.Count == 0 ? t.SummaryInBalance : outOfBalance ? t.SummaryBalance
                : nothingSure.Any(shortlisted.Contains) ? t.SummaryNothingSureAlso : t.SummaryNothingSureTitle, balance,
                nothingSure.Count == 0 ? t.SummaryBalanced : t.SummaryCountedOnly, moreBalance),
        ];
    }

    /// <summary>The demands stand apart on at most this many pages; more and they are read on their partners' pages.</summary>
    public const int DemandsPagesMost = 2;

    /// <summary>
    /// Every demand, a line each as the summary words it, on a page of its own (two where one does not hold them) to follow the summary
    /// where it does not show them all (five readers at 16 and 24 partners: two demands and "… en nog 5" on the one page meant to be read
    /// at a glance); none where it does.
    /// </summary>
    public static IReadOnlyList<SlidePlan> DemandsApart(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels, SlidePlan summary)
    {
        var block = Blocks(coalition, analysis, t, labels, c.Words.Session, demandsApart: false)[0];
        var shown = summary.Elements.OfType<TextElement>().Where(e => e.Paragraphs is [var heading, ..] && heading.Text == t.SummaryDemands).Sum(e => e.Paragraphs.Count(p => p.Bullet));
        if (shown >= block.Lines.Count)
            return [];
        var lines = block.Lines.Select(l => Line(c, l, block.Alarms(l.Note) ? c.Colours.Warning : c.Colours.Accent)).ToList();
        // At most two pages: beyond, the demands are long texts and their partners' pages are where to read them (the briefing keeps its most).
        var pages = Slides.List(c, t.SummaryDemands, lines, t.DemandsApartNotes, t.Continued, c.Words.Shapes.Demands).ToList();
        return pages.Count <= DemandsPagesMost ? pages : [];
    }

    /// <summary>The partners 'Vooraf even spreken met' names: the first <see cref="StartMost"/> of the attention order whose influence and relation are known.</summary>
    public static IReadOnlyList<Priority> Shortlist(CoalitionAnalysis analysis) =>
        analysis.Priorities.Where(p => p is { Score: not null, Invloed: { }, Houding: { } }).Take(StartMost).ToList();

    /// <summary>The lines of 'Vooraf even spreken met': the partners of <see cref="Shortlist"/>, each with why and its turn; none without a krachtenveld.</summary>
    private static List<(string Lead, string Text, string Note)> Start(Coalition coalition, IReadOnlyList<Priority> shortlist, BriefingTexts t, ValueLabels labels, SessionTexts session)
    {
        // Where to start: the krachtenveld's order, only partners whose influence and relation are both known, each with its
        // turn in the round, so the attention and the order meet (fresh readers: the advice stood apart from the round).
        var turns = Deck.AgendaSlides.TurnTimes(Agenda.Of(coalition), coalition.Partners.Count, session);
        string Turn(Partner partner) => coalition.Partners.ToList().FindIndex(p => ReferenceEquals(p, partner)) is var i and >= 0 ? turns[i] : "";
        // Who to speak to beforehand: the first of 'Wie vooraf aandacht?', in the method's order (influence by relation; six readers
        // found partners flagged ahead of it against the grid and the method), at most StartMost (readers: three or four talks a
        // facilitator can have), each with its influence, relation and turn, and whether it gets no strong offer or has a demand
        // without one (a party with nothing to get will not stay committed). No krachtenveld, no order.
        return shortlist.Select(p => (p.Partner.Naam, (p.NothingSure ? t.SummaryStartNothing : p.DemandOpen ? t.SummaryStartDemand : t.SummaryStartLine)
            .Fill(labels.Of(p.Invloed!.Value).ToLowerInvariant(), labels.Of(p.Houding!.Value), Turn(p.Partner)), "")).ToList();
    }

    /// <summary>The lines a block shows at the slide's size: as many whole lines as its box holds, up to the most.</summary>
    private static int Shown(PlanContext c, Block block, Rect box, double size, BriefingTexts t) =>
        BriefingPlanner.Most(Math.Min(MostLines, block.Lines.Count), most => most == 0 || Fits(c, block, box, size, most, t));

    private static IReadOnlyList<TextParagraph> Paragraphs(PlanContext c, Block block, int most)
    {
        var heading = new TextParagraph([new TextRun(block.Heading, true, c.Colours.Accent)], SpaceBeforeEm: 0);
        if (block.Lines.Count == 0)
            return [heading, new TextParagraph([new TextRun(block.None, false, c.Colours.Ink)], SpaceBeforeEm: 0.3)];
        var shown = block.Lines.Take(most).ToList();
        var paragraphs = shown.Select(line => Line(c, line, block.Alarms(line.Note) ? c.Colours.Warning : c.Colours.Accent)).ToList();
        // What is left counted in the lines that have a lead (a partner, a want); a note under them is no more of them (a reader
        // found "… en nog 1" under every partner there was, the one left being the note).
        if (block.Lines.Skip(shown.Count).Count(l => l.Lead.Length > 0) is var left and > 0)
            paragraphs.Add(new TextParagraph([new TextRun((shown.Count == 0 && block.Counted is { } counted ? counted : block.More).Fill(left), false, c.Colours.Muted)], SpaceBeforeEm: 0.3));
        if (block.Source is { } source)
            paragraphs.Add(new TextParagraph([new TextRun(source, false, c.Colours.Muted)], SpaceBeforeEm: 0.5));
        return [heading, .. paragraphs];
    }

    /// <summary>A line of a block, whole: its lead in bold, then its text; a note (no lead) plain, without a bullet.</summary>
    /// A line's note (who answers a demand, or that nobody surely does) follows its text in the accent colour, or in the warning
    /// colour where nobody surely answers a demand (a reader: in the accent it read as one more match).
    private static TextParagraph Line(PlanContext c, (string Lead, string Text, string Note) line, string noteColour) =>
        line.Text.Length == 0 ? new TextParagraph([new TextRun(line.Lead, true)], Bullet: true, SpaceBeforeEm: 0.3)
        : line.Lead.Length == 0 ? new TextParagraph([new TextRun(line.Text, false, c.Colours.Muted)], SpaceBeforeEm: 0.3)
        : new TextParagraph([new TextRun(line.Lead + ": ", true), new TextRun(line.Text),
            .. line.Note.Length == 0 ? Array.Empty<TextRun>() : [new TextRun(" → " + line.Note, false, noteColour)]], Bullet: true, SpaceBeforeEm: 0.3);

    private static bool Fits(PlanContext c, Block block, Rect box, double size, int most, BriefingTexts t) =>
        c.Text.Fits(Paragraphs(c, block, most), box, size);

    private static (SlidePlan, int) Slide(PlanContext c, TextElement title, IReadOnlyList<Block> blocks, IReadOnlyList<Rect> boxes, double size, BriefingTexts t)
    {
        // A block may show none of its lines: a line longer than its box is counted, not cut.
        var shown = blocks.Select((block, k) => Shown(c, block, boxes[k], size, t)).ToList();
        var slide = new SlidePlan(SlideLayoutKind.Inhoud, title, blocks.Select((block, k) => (SlideElement)new TextElement(boxes[k],
            Paragraphs(c, block, shown[k]), size, c.Colours.Ink, c.Colours.Light, Name: c.Words.Shapes.Summary)).ToList(), t.SummaryNotes);
        // The open wants it lists: the others shown, and the demands shown that nobody surely answers.
        return (slide, Math.Min(shown[1], blocks[1].Lines.Count) + blocks[0].Lines.Take(shown[0]).Count(l => l.Note == t.SummaryNobodySure));
    }
}
