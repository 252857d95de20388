using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// What a crib says, as blocks for its two pages. Read while preparing, the facilitator's view down the left on light panels:
/// "Jouw inschatting" (relation and influence, what the partner is needed for, what drives it, its preconditions, the balance
/// question), then the interventions, every one brainstormed and lines to write on up to the method's five; the partner's down the
/// right, "In eigen woorden", what it wrote on its belangenkaart, in a framed box. Read just before the turn: every want
/// with who could answer it best down the left, every offer with whom it is for down the right.
/// </summary>
internal static class CribBlocks
{
    /// <summary>A want's best offer is cut, when its line does not hold it, to no fewer characters than this: it stands whole in its bringer's crib.</summary>
    private const int OfferCharsLeast = 25;

    /// <summary>
    /// The lines a want's best offer may take under it: as many as it needs, on a crib's page of its own for the turn (a reader found
    /// offers cut "exactly where it is needed"). Only where the briefing would pass its most is it cut, at a word, to two lines and
    /// then one; it stands whole in its bringer's crib.
    /// </summary>
    public const int OfferLines = 8;

    /// <summary>
    /// Items listed on a crib at most, per side: a crib is read just before a partner's turn. A partner
    /// that wrote more has every word on its own slides of the session deck and its own poster.
    /// </summary>
    public const int ItemsListed = 60;

    /// <summary>Space before a line of a profile box, in ems: each line starts with its bold label, which sets it apart.</summary>
    private const double ProfileSpace = 0.15;

    /// <summary>Space before a line to write on, in ems: a hand writes taller than type.</summary>
    private const double WriteInSpace = 0.6;

    /// <summary>How much larger a side's heading ('Wil halen', 'Kan brengen') is than its items, in points.</summary>
    private const double SideHeadingStep = 2;

    /// <summary>Space before an item, in ems: enough to tell items apart, little enough for twelve long ones a side.</summary>
    private const double ItemSpace = 0.15;

    /// <summary>The page read while preparing: the judgement, then the interventions, down the left; the partner's own words down the right.</summary>
    /// <param name="writeIn">Whether lines to write on make the interventions up to five: not where the crib is read in plain order to keep the briefing short.</param>
    public static List<CribBlock> Before(PlanContext c, Partner partner, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels, Emu width, double size, bool writeIn = true)
    {
        var blocks = new List<CribBlock>();
        Profile(c, blocks, CribBox.Assessment, t.CribAssessment, Source(c, t.CribAssessmentSource), Assessment(c, partner, analysis, t, labels), t, side: 0);
        if (analysis.Priorities.FirstOrDefault(p => ReferenceEquals(p.Partner, partner)) is { } priority && (partner.Krachtenveld is not null || priority.Interventies.Count > 0))
            Profile(c, blocks, CribBox.Interventions, t.CribInterventions, Ask(c, priority, t), Interventions(c, priority, t, width, size, writeIn), t, side: 0);
        Profile(c, blocks, CribBox.OwnWords, t.CribOwnWords, Source(c, t.CribOwnWordsSource), OwnWords(c, partner, t), t, side: 1);
        return blocks;
    }

    /// <summary>The page read just before the turn: the wants with their best offers down the left, the offers with whom they are for down the right.</summary>
    public static List<CribBlock> Turn(PlanContext c, Partner partner, CoalitionAnalysis analysis, IReadOnlyDictionary<object, IReadOnlyList<string>> wantedBy,
        BriefingTexts t, Emu width, double size, int lines)
    {
        var blocks = new List<CribBlock>();
        if (partner.Kaart is null)
        {
            blocks.Add(new CribBlock([new TextParagraph([new TextRun(t.NoCard, false, c.Colours.Muted)], SpaceBeforeEm: 0)], CribBox.Items, 2));
            return blocks;
        }
        var wants = Items.DemandsFirst(partner.Halen).Take(ItemsListed).Select(want => Want(c, want, analysis, t, width, size, lines)).ToList();
        Side(c, blocks, t.CribWants, c.Colours.Halen, wants, partner.Halen.Count, t, 2, size, side: 0);
        // Size and explanation after the offer, in brackets: a line of their own under each offer would make a long crib a page longer.
        // An offer that surely answers others' wants names them after it: whom this partner's turn may interest.
        var offers = partner.Brengen.Take(ItemsListed).Select(offer => Items.Bullet(c, offer, null, Items.BringDetail(offer), inline: true, ItemSpace) is var bullet
            && wantedBy.TryGetValue(offer, out var wanters) ? bullet with { Runs = [.. bullet.Runs, new TextRun(" → " + t.CribWantedBy.Fill(string.Join(", ", wanters)), false, c.Colours.Accent)] } : bullet).ToList();
        Side(c, blocks, t.CribBrings, c.Colours.Brengen, offers, partner.Brengen.Count, t, 3, size, side: 1);
        return blocks;
    }

    private static IReadOnlyList<TextRun> Source(PlanContext c, string source) => [new(" · " + source, false, c.Colours.Muted)];

    /// <summary>
    /// What the interventions' heading asks: fewer than the method's five, or none chosen, is a task for the facilitator before the
    /// session, in the warning colour as every open point of the briefing (readers took a grey remark for the software's placeholder);
    /// five and one chosen, nothing (a reader: "bedenk er vijf, kies er één" over five with one chosen).
    /// </summary>
    private static IReadOnlyList<TextRun> Ask(PlanContext c, Priority priority, BriefingTexts t)
    {
        IReadOnlyList<TextRun> Task(string text) => [new(" · ", false, c.Colours.Muted), new(text, false, c.Colours.Warning)];
        if (!priority.FewInterventions)
            return priority.Chosen is null ? Task(t.CribChooseOne) : [];
        var count = priority.Interventies.Count;
        return Task(count == 0 ? t.NoInterventions
            : string.Format(CultureInfo.InvariantCulture, count == 1 ? t.OneIntervention : t.FewInterventions, count, Priority.InterventionsAsked - count));
    }

    /// <summary>
    /// A profile box's blocks: its heading (and where its words come from) kept with its first line, each line
    /// a block; a box going on in another column opens there with its heading, continued.
    /// </summary>
    private static void Profile(PlanContext c, List<CribBlock> blocks, CribBox box, string heading, IReadOnlyList<TextRun> source, IReadOnlyList<TextParagraph> lines, BriefingTexts t, int side)
    {
        if (lines.Count == 0)
            return;
        var section = (int)box;
        var title = new TextParagraph([new TextRun(heading, true, c.Colours.Ink), .. source], SpaceBeforeEm: 0);
        var resume = new TextParagraph([new TextRun(Slides.Continued(heading, 1, t.Continued), true, c.Colours.Ink)], SpaceBeforeEm: 0);
        blocks.Add(new CribBlock([title, lines[0] with { SpaceBeforeEm = Math.Max(lines[0].SpaceBeforeEm, ProfileSpace) }], box, section) { Side = side });
        blocks.AddRange(lines.Skip(1).Select(p => new CribBlock([p], box, section, resume) { Side = side }));
    }

    /// <summary>A side's heading kept with its first item, every item a block, and what is left unlisted.</summary>
    private static void Side(PlanContext c, List<CribBlock> blocks, string heading, string colour, IReadOnlyList<TextParagraph> items, int written, BriefingTexts t, int section,
        double size, int side)
    {
        // The heading a step above the items, so 'Wil halen' and 'Kan brengen' are found first on a full page (a reader).
        var label = new TextParagraph([new TextRun(heading, true, colour)], SpaceBeforeEm: 0.8, SizePt: size + SideHeadingStep);
        // A side going on in another column or page starts there with its heading, marked as continued.
        var resume = new TextParagraph([new TextRun(Slides.Continued(heading, 1, t.Continued), true, colour)], SpaceBeforeEm: 0.8, SizePt: size + SideHeadingStep);
        IReadOnlyList<TextParagraph> rest = items.Count == 0 ? [Muted(c, t.NothingYet, 0.2)] : items;
        blocks.Add(new CribBlock([label, rest[0]], CribBox.Items, section) { Side = side });
        blocks.AddRange(rest.Skip(1).Select(p => new CribBlock([p], CribBox.Items, section, resume) { Side = side }));
        if (written > items.Count)
            blocks.Add(new CribBlock([Muted(c, string.Format(CultureInfo.InvariantCulture, t.CribMore, written - items.Count), 0.3)], CribBox.Items, section, resume) { Side = side });
    }

    /// <summary>A want as one paragraph: its words, its explanation, and who could answer it best, under one bullet.</summary>
    private static TextParagraph Want(PlanContext c, Item want, CoalitionAnalysis analysis, BriefingTexts t, Emu width, double size, int lines)
    {
        // Its first strong offer, or its best guess (one that shares a subject, never a mere word).
        var suggested = analysis.Matches.Suggested(want);
        var best = suggested.FirstOrDefault();
        // A possible match is said as one ("misschien"): an arrow would read as a fact. No reason in words beside it: the want and the
        // offer stand whole, and a shared word quoted back ("beide noemen 'kennis'") read to two readers as a word search, not a reason.
        var bullet = Items.Bullet(c, want, want.IsEis ? t.Demand.ToUpperInvariant() : null, want.Toelichting?.Value, inline: false, ItemSpace);
        // Nobody surely, but the facilitator's own proposal for 'Wie doet wat?' does: that, in place of a guess (a reader found the
        // proposal on one page and the demand it answers marked unanswered on another).
        // Who could answer it and with what, on a line of its own after its lead, the lead in bold where it is sure.
        TextParagraph Answered(string lead, string bringer, string offer, bool bold, string colour) =>
            bullet with { Runs = [.. bullet.Runs, new TextRun("\n" + lead, bold, colour), new TextRun(Help(c, lead, bringer + t.CribOfferBy, offer, width, size, lines)[lead.Length..], false, colour)] };
        if (best is not { IsStrong: true } && analysis.Proposed.TryGetValue(want, out var activity))
            return Answered(t.Proposed + ": ", activity.Partij!.Value, activity.Text.Value, true, c.Colours.Accent);
        // Nobody yet: said at the end of the want's last line, not on a line of its own, so a crib keeps its room for offers.
        if (best is null)
            return bullet with { Runs = [.. bullet.Runs, new TextRun(" → " + t.CribNoHelp, false, c.Colours.Warning)] };
        // Both said in words, "sterk:" and "misschien:", so a page printed in grey keeps them apart (fresh readers, twice); a sure
        // one in bold and the accent, a guess in grey, so they are apart at a glance too (a reader found them alike in blue).
        // Partners that offer the very same as well as it, named with it in the partners' order: no partner goes uncredited for being
        // later in the list (a reader found four partners alike and only the first ever named).
        return Answered((best.IsStrong ? t.Strong : t.CribMaybe) + ": ", Bringers(suggested, t), best.Offer.Text.Value, best.IsStrong, best.IsStrong ? c.Colours.Accent : c.Colours.Muted);
    }

    /// <summary>A want's first suggestion and those that offer the very same as well (strength, score and words), as its crib names them.</summary>
    public static IEnumerable<Match> Alike(IReadOnlyList<Match> suggested) =>
        suggested.Count == 0 ? [] : suggested.Where(m => m.IsStrong == suggested[0].IsStrong && suggested[0].OffersAlike(m));

    /// <summary>
    /// Who a want's crib names for its first suggestion: that bringer and those that offer the very same, "a, b en c". Every page names them
    /// alike (a reader found three alike partners in the crib and the first alone, as if overloaded, on the overview pages).
    /// </summary>
    public static string Bringers(IReadOnlyList<Match> suggested, BriefingTexts t) => t.Listed(Alike(suggested).Select(m => m.Bringer.Naam).Distinct().ToList());

    /// <summary>Who a want's crib names as surely answering it, "a, b en c" (<see cref="Bringers"/>); null where its first suggestion is no sure one.</summary>
    public static string? SureBringers(IReadOnlyList<Match> suggested, BriefingTexts t) => Named(suggested).Any() ? Bringers(suggested, t) : null;

    /// <summary>The strong suggestions a want's crib names: its first, when strong, and those alike.</summary>
    public static IEnumerable<Match> Named(IReadOnlyList<Match> suggested) => Alike(suggested).Where(m => m.IsStrong);

    /// <summary>
    /// Who could answer a want (<paramref name="bringer"/>, its name and what parts it from the offer), and with what, after its <paramref name="lead"/> ("sterk:", or "misschien:" for a guess): the offer whole when <paramref name="lines"/> lines of the column
    /// hold it, else cut at a word where they end (at least <see cref="OfferCharsLeast"/> characters); it stands whole in its bringer's crib.
    /// </summary>
    private static string Help(PlanContext c, string lead, string bringer, string offer, Emu width, double size, int lines) =>
        BriefingPlanner.Lines(c, chars => $"{lead}{bringer}{Items.Shorten(offer, chars)}", width, size, offer.Length, OfferCharsLeast, lines, bullet: true);

    /// <summary>What the partner wrote itself on its belangenkaart: its own interest, the shared one, its ambition and proposed headline.</summary>
    private static List<TextParagraph> OwnWords(PlanContext c, Partner partner, BriefingTexts t)
    {
        var result = new List<TextParagraph>();
        var k = partner.Kaart;
        foreach (var (label, text) in new[] { (t.CribOwnInterest, k?.EigenBelang?.Value), (t.CribSharedInterest, k?.GezamenlijkBelang?.Value), (t.CribAmbition, k?.Ambitie?.Value), (t.CribHeadline, k?.Krantenkop?.Value) })
        {
            if (!string.IsNullOrEmpty(text))
                result.Add(Items.Inline(label, text, c.Colours.Accent, result.Count == 0));
        }
        return result;
    }

    /// <summary>
    /// The facilitator's own judgement of the partner: its relation and influence, what it is needed for, what
    /// drives it and its preconditions (the krachtenveld), the balance question.
    /// </summary>
    private static List<TextParagraph> Assessment(PlanContext c, Partner partner, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var result = new List<TextParagraph>();
        void Add(string label, string? text)
        {
            if (!string.IsNullOrEmpty(text))
                result.Add(Items.Inline(label, text, c.Colours.Accent, result.Count == 0));
        }
        var row = partner.Krachtenveld;
        Add(t.CribRelation, row is null ? t.NoRow : labels.Of(row.Houding, v => labels.Of(v), t.Unknown) is { Length: > 0 } h ? h : t.Unknown);
        if (row is not null)
        {
            // Relation and influence, two short values, share a line.
            var influence = labels.Of(row.Invloed, v => labels.Of(v), t.Unknown) is { Length: > 0 } i ? i : t.Unknown;
            result[0] = result[0] with { Runs = [.. result[0].Runs, new TextRun(" · " + t.CribInfluence + ": ", true, c.Colours.Accent), new TextRun(influence)] };
        }
        Add(t.CribNeededFor, row?.NodigVoor?.Value);
        Add(t.CribDrivers, row?.BelangenEnDrijfveren?.Value);
        Add(t.CribPreconditions, row?.Randvoorwaarden?.Value);
        var balance = analysis.Balances.FirstOrDefault(b => ReferenceEquals(b.Partner, partner));
        if (balance is not null && balance.Readings.Count > 0)
            Add(t.CribBalance, string.Join(" ", balance.Readings.Select(r => t.Question(r, partner.Naam))));
        return result;
    }

    /// <summary>
    /// Every intervention brainstormed for the partner, one a bulleted line, the chosen one first and marked, each with the interest it
    /// fits; then as many lines to write on as the method's five lack (readers: "bedenk er vijf" with no place to write them).
    /// </summary>
    private static List<TextParagraph> Interventions(PlanContext c, Priority priority, BriefingTexts t, Emu width, double size, bool writeIn)
    {
        var result = new List<TextParagraph>();
        foreach (var intervention in priority.Interventies.OrderBy(i => i.IsGekozen ? 0 : 1))
        {
            var runs = new List<TextRun> { new((intervention.IsGekozen ? "✓ " + t.Chosen + ": " : "") + intervention.Text.Value, intervention.IsGekozen) };
            if (intervention.SluitAanBij is { } fits)
                runs.Add(new TextRun(" (" + t.CribFitsWith + " " + fits.Value + ")", false, c.Colours.Muted));
            result.Add(new TextParagraph(runs, Bullet: true, SpaceBeforeEm: ProfileSpace));
        }
        for (var blank = priority.Interventies.Count; writeIn && blank < Priority.InterventionsAsked; blank++)
            result.Add(WriteIn(c, width, size));
        return result;
    }

    /// <summary>A bulleted line to write on: a rule of underscores as long as one line of the column holds, in the muted text's colour.</summary>
    private static TextParagraph WriteIn(PlanContext c, Emu width, double size)
    {
        TextParagraph Line(int n) => new([new TextRun(new string('_', n), false, c.Colours.Muted)], Bullet: true, SpaceBeforeEm: WriteInSpace);
        var inner = TextLayout.Inner(width, TextLayout.InsetX);
        // A tenth short of the line's end: another program's rounding never wraps it.
        var n = (int)(inner * 0.9 / c.Text.Regular.Width("_", size));
        while (n > 1 && c.Text.LineCount(Line(n), inner, size) > 1)
            n--;
        return Line(n);
    }

    private static TextParagraph Muted(PlanContext c, string text, double spaceBeforeEm) => new([new TextRun(text, false, c.Colours.Muted)], SpaceBeforeEm: spaceBeforeEm);
}
