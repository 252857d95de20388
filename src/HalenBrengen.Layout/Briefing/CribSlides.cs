using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// A crib per partner, to read just before its turn, and the one place in the briefing where a partner's
/// matches live: "Jouw inschatting", the facilitator's own judgement on a light panel (its relation and
/// influence, what it is needed for, what drives it, its preconditions, every intervention brainstormed for
/// it, the balance question); "In eigen woorden", what the partner wrote on its belangenkaart in a framed box
/// (its own and shared interest, its ambition and proposed headline); then every want with who could answer
/// it best, then what it brings.
/// Every crib on one grid, on each of its pages: the profile boxes down the left column, halen and then brengen
/// down the right; every crib at one size; a want and its best offer are read whole.
/// </summary>
internal static class CribSlides
{
    /// <summary>A want's best offer is cut, when two lines do not hold it, to no fewer characters than this: it stands whole in its bringer's crib.</summary>
    private const int OfferCharsLeast = 25;

    /// <summary>The steps the one size of every crib is sought in, from the body size's largest down to the smallest.</summary>
    private const double Step = 0.5;

    /// <summary>
    /// Items listed on a crib at most, per side: a crib is read just before a partner's turn. A partner
    /// that wrote more has every word on its own slides of the session deck and its own poster.
    /// </summary>
    public const int ItemsListed = 60;

    /// <summary>The frame of the box of the partner's own words: a hairline, so the box reads as theirs beside the judgement's filled one.</summary>
    private static readonly Emu OwnWordsFrame = Emu.FromPt(1);

    /// <summary>Space before a line of a profile box, in ems: each line starts with its bold label, which sets it apart.</summary>
    private const double ProfileSpace = 0.15;

    /// <summary>How much larger a side's heading ('Wil halen', 'Kan brengen') is than its items, in points.</summary>
    private const double SideHeadingStep = 2;

    /// <summary>Space before an item, in ems: enough to tell items apart, little enough for twelve long ones a side.</summary>
    private const double ItemSpace = 0.15;

    /// <summary>The profile's share of a crib page's width, tried in this order: halves first, a tie keeps the earlier.</summary>
    private static readonly double[] Splits = [0.5, 0.53, 0.47, 0.56, 0.44];

    /// <param name="budget">The slides the cribs may take together, the briefing's others counted off its most.</param>
    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels, int budget)
    {
        // Who would surely get each offer: the partners whose wants it answers strongly, so a crib says both ways what the partner is to the others.
        var wantedBy = coalition.Partners.SelectMany(p => p.Halen).SelectMany(want => analysis.Matches.Suggested(want).Where(m => m.IsStrong))
            .GroupBy(m => m.Offer, ReferenceEqualityComparer.Instance)
            .ToDictionary(g => g.Key!, g => (IReadOnlyList<string>)g.Select(m => m.Wanter.Naam).Distinct().ToList(), ReferenceEqualityComparer.Instance);
        // Each partner's turn in the round, beside its name: the crib is read just before it.
        var turns = Deck.AgendaSlides.TurnTimes(Agenda.Of(coalition), coalition.Partners.Count, c.Words.Session).Select(time => t.CribTurn.Fill(time)).ToList();
        var header = Header(c, coalition.Partners.Select(p => p.Naam).SelectMany(n => new[] { n, Slides.Continued(n, 1, t.Continued) }), turns);
        // One grid for every crib: of a few splits between the profile and the items, the one at which the
        // cribs would take the fewest pages, each at the body size or, where the smallest size holds it on one page, one.
        // The first of the fewest wins: halves unless another split saves a page.
        var (cribs, fewestPages) = Splits.Select(Cribs).Select(grid => (grid, Pages: grid.Sum(crib => Pages(crib, TypeScale.CribMin, Reading.Full).Count == 1 ? 1
                : Pages(crib, c.Scale.BodyMin, Reading.Full).Count)))
            .MinBy(g => g.Pages);
        List<(Partner Partner, Func<int, CribFrame> Frames, Emu Width)> Cribs(double share)
        {
            var frames = coalition.Partners.Select((p, i) => PageFrames(c, p.Naam, turns[i], t.Continued, share, header)).ToList();
            // Every crib's columns are as wide: the text is cut to lines once, at the width of the narrower.
            var width = frames.Count == 0 ? new Emu(0) : frames[0](0).Columns.Min(r => r.Width);
            return coalition.Partners.Select((p, i) => (p, frames[i], width)).ToList();
        }
        List<List<List<CribBlock>>> Pages((Partner Partner, Func<int, CribFrame> Frames, Emu Width) crib, double s, Reading r) =>
            CribFlow.Pages(c, Blocks(c, crib.Partner, analysis, r.Named ? wantedBy : NoneWanted, t, labels, crib.Width, s, r.Lines), k => crib.Frames(k).Columns, s, t.Continued, r.Plain);
        // Every crib on one grid, read in full, while the briefing keeps to its slides: past them, the cribs that it
        // lengthens most leave out whom their offers are for; past them still, they are read in plain order as well,
        // column after column; past them still, those that two-line offers lengthen most name their offers in one line
        // each as well, until it fits. Each step takes the ones before it: alone, each may save no page.
        var reading = cribs.Select(_ => Reading.Full).ToList();
        var over = fewestPages - budget;
        foreach (var shorter in new Func<Reading, Reading>[] { r => r with { Named = false }, r => r with { Named = false, Plain = true }, r => r with { Named = false, Plain = true, Lines = 1 } }.Where(_ => over > 0))
        {
            var saved = cribs.Select((crib, i) => (Index: i, Pages: Pages(crib, c.Scale.BodyMin, reading[i]).Count - Pages(crib, c.Scale.BodyMin, shorter(reading[i])).Count))
                .Where(x => x.Pages > 0).OrderByDescending(x => x.Pages).ThenBy(x => x.Index).ToList();
            foreach (var (i, pages) in saved.TakeWhile(_ => over > 0))
                (reading[i], over) = (shorter(reading[i]), over - pages);
        }
        // One size for every crib, so no partner looks more important: the largest at which every crib that the smallest
        // size holds on one page stands on one (a crib is read at one glance, and a second page with four lines on it is
        // paper); a crib longer than a page even at the smallest size does not shrink the short ones to its size, and takes
        // no more pages than it would at the body size.
        var fewest = cribs.Select((crib, i) => Pages(crib, c.Scale.BodyMin, reading[i]).Count).ToList();
        var onePage = cribs.Select((crib, i) => Pages(crib, TypeScale.CribMin, reading[i]).Count == 1).ToList();
        var shared = Sizes.Largest(c.Scale.BodyMax, TypeScale.CribMin,
            s => cribs.Select((crib, i) => Pages(crib, s, reading[i]).Count <= (onePage[i] ? 1 : fewest[i])).All(fits => fits), Step) ?? TypeScale.CribMin;
        // Past the briefing's most slides at the body size, every crib goes smaller together, as far as the smallest.
        if (fewest.Sum() > budget)
            shared = Math.Min(shared, Sizes.Largest(c.Scale.BodyMin - Step, TypeScale.CribMin, s => cribs.Select((crib, i) => Pages(crib, s, reading[i]).Count).Sum() <= budget, Step)
                ?? TypeScale.CribMin);
        // Every crib at that one size (two fresh readers found cribs at 12, 13 and 14 pt by partner; the page is A4).
        var all = cribs.Select((crib, i) => Pages(crib, shared, reading[i]).Select((page, p) => (Frame: crib.Frames(p), Page: page)).ToList()).SelectMany(x => x).ToList();
        // The notes' room in one column wherever it can be: the one that has room on more pages (the items' on a tie); the other only
        // where that one has none (a reader: the notes moved between the left and the right column from one crib to the next).
        var free = all.Select(x => Free(c, x.Frame, x.Page, shared)).ToList();
        var items = all.Count == 0 ? 0 : all[0].Frame.Columns.Count - 1;
        var prefer = free.Count(f => f[0] >= NoteSpaceLeast) > free.Count(f => f[items] >= NoteSpaceLeast) ? 0 : items;
        for (var i = 0; i < all.Count; i++)
            yield return Page(c, all[i].Frame, all[i].Page, free[i], shared, t, prefer);
    }

    /// <summary>The room a crib page's words leave at the foot of each column, less the gap above the notes.</summary>
    private static List<Emu> Free(PlanContext c, CribFrame frame, IReadOnlyList<List<CribBlock>> page, double size) =>
        frame.Columns.Select((column, k) => column.Bottom - Used(c, page[k], column, size) - NoteGap).ToList();

    /// <summary>
    /// How a crib is read: the lines a want's best offer may take (<paramref name="Lines"/>), its blocks in plain order
    /// rather than on the grid (<paramref name="Plain"/>), and its offers naming whom they are for (<paramref name="Named"/>).
    /// </summary>
    private readonly record struct Reading(int Lines, bool Plain, bool Named)
    {
        public static Reading Full => new(BriefingPlanner.MostLines, false, true);
    }

    private static readonly IReadOnlyDictionary<object, IReadOnlyList<string>> NoneWanted = new Dictionary<object, IReadOnlyList<string>>();

    /// <summary>A crib page's frame: its title, the partner's turn in the round beside it, and its two columns under them.</summary>
    private sealed record CribFrame(TextElement Title, TextElement Turn, IReadOnlyList<Rect> Columns);

    /// <summary>Every crib's header alike: the turn's box as wide as the widest turn, the names at one size, the largest that keeps each on one line beside it.</summary>
    private readonly record struct CribHeader(Emu TurnWidth, double TitleSize);

    private static CribHeader Header(PlanContext c, IEnumerable<string> titles, IReadOnlyList<string> turns)
    {
        // As wide as its words on one line (as a diagram's node or a chip is measured).
        var turnWidth = turns.Select(turn => Emu.FromPt(c.Text.Bold.Width(turn, c.Scale.BodyMax) / 0.96 + 2) + TextLayout.InsetX * 2).DefaultIfEmpty(new Emu(0)).Max();
        var width = TextLayout.Inner(c.Page.TitleBox.Width - turnWidth - c.Page.Gap, TextLayout.InsetX);
        var paragraphs = titles.Select(title => Slides.Title(c, title)).ToList();
        var size = Sizes.Largest(c.Scale.TitleMax, c.Scale.TitleMin, s => paragraphs.All(p => c.Text.LineCount(p, width, s) == 1)) ?? c.Scale.TitleMin;
        return new CribHeader(turnWidth, size);
    }

    /// <summary>
    /// A crib page's title, its box as high as its lines and where the text stands on every other slide, the
    /// partner's turn at the right end of the title's first line, and the page's two columns under it: a crib is read,
    /// not shown, and every line of room is a line of it. Every crib's name at one size, on one line where the smallest title size
    /// allows (a reader: a long name wrapped, and its page started 15 mm lower than the others). Each column keeps clear of the logo
    /// on its own, so a logo in one corner shortens one column only.
    /// </summary>
    private static CribFrame Frame(PlanContext c, string title, string turn, double split, CribHeader header)
    {
        var full = c.Page.TitleBox;
        var box = full with { Width = full.Width - header.TurnWidth - c.Page.Gap };
        var frame = Slides.Frame(c, title, sizePt: header.TitleSize, titleBox: box);
        var when = new TextParagraph([new TextRun(turn, true, c.Colours.Muted)], SpaceBeforeEm: 0);
        var turnSize = c.Scale.BodyMax;
        var height = Slides.Height(c, frame.Title.Paragraphs, box.Width, frame.Title.FontSizePt);
        var tight = height < box.Height ? box with { Y = box.Y + (box.Height - height) / 2, Height = height } : box with { Height = height };
        var turnBox = new Rect(full.Right - header.TurnWidth, tight.Y, header.TurnWidth, Slides.Lines(c, 1, frame.Title.FontSizePt));
        var top = tight.Bottom + Emu.FromMm(3);
        var bottom = c.Page.Body.Top + c.Page.Body.Height;
        var band = new Rect(c.Page.Margin, top, c.Page.Width - c.Page.Margin - c.Page.Margin, bottom - top);
        var profile = new Emu((long)Math.Round((band.Width - c.Page.Gap).Value * split));
        return new CribFrame(frame.Title with { Box = tight },
            new TextElement(turnBox, [when], turnSize, c.Colours.Muted, Anchor: Anchor.Bottom, Align: TextAlign.Right, Name: c.Words.Shapes.CribTurn),
            [c.Page.BesideLogo(band with { Width = profile }), c.Page.BesideLogo(band with { X = band.X + profile + c.Page.Gap, Width = band.Width - profile - c.Page.Gap })]);
    }

    /// <summary>Page k's frame: a first page's title is the name, a later one's the name continued.</summary>
    private static Func<int, CribFrame> PageFrames(PlanContext c, string name, string turn, string continued, double split, CribHeader header)
    {
        var (first, later) = (Frame(c, name, turn, split, header), Frame(c, Slides.Continued(name, 1, continued), turn, split, header));
        return page => page == 0 ? first : later;
    }

    /// <summary>
    /// A crib's page: its columns' boxes, and the room its words leave at the foot of column <paramref name="prefer"/> (else of the
    /// emptier) ruled for the facilitator's notes during the turn (readers: a third of most cribs' pages empty under one size for all).
    /// </summary>
    /// <param name="free">The room the page's words leave at each column's foot (<see cref="Free"/>).</param>
    private static SlidePlan Page(PlanContext c, CribFrame frame, IReadOnlyList<List<CribBlock>> page, List<Emu> free, double size, BriefingTexts t, int prefer)
    {
        var (title, turn, columns) = frame;
        var notes = free[prefer] >= NoteSpaceLeast ? prefer : free.Max() >= NoteSpaceLeast ? free.IndexOf(free.Max()) : -1;
        var elements = page.SelectMany((column, k) => Column(c, column, columns[k], size, stretch: k != notes)).Prepend(turn).ToList();
        if (notes >= 0)
            elements.AddRange(NoteSpace(c, columns[notes] with { Y = columns[notes].Bottom - free[notes], Height = free[notes] }, t));
        return new SlidePlan(SlideLayoutKind.Inhoud, title, elements, t.CribNotes);
    }

    /// <summary>A crib's room for notes at least this high, or none: a line or two of room is no place to write.</summary>
    private static readonly Emu NoteSpaceLeast = Emu.FromMm(35);

    /// <summary>Between a column's words and the notes under them; and between two ruled lines, a hand's line.</summary>
    private static readonly Emu NoteGap = Emu.FromMm(3), NoteLine = Emu.FromMm(8);

    /// <summary>Where a column's boxes end, each as tall as its words.</summary>
    private static Emu Used(PlanContext c, IReadOnlyList<CribBlock> blocks, Rect column, double size) =>
        Column(c, blocks, column, size, stretch: false).LastOrDefault()?.Box.Bottom ?? column.Y;

    /// <summary>The notes' room: its label, quiet, then ruled lines a hand's line apart down to its foot.</summary>
    private static IEnumerable<SlideElement> NoteSpace(PlanContext c, Rect room, BriefingTexts t)
    {
        var label = room with { Height = Slides.Lines(c, 1, c.Scale.Caption) };
        yield return new TextElement(label, [new TextParagraph([new TextRun(t.CribNoteSpace, true, c.Colours.Muted)], SpaceBeforeEm: 0)], c.Scale.Caption, c.Colours.Muted,
            Name: c.Words.Shapes.CribNoteSpace);
        var inset = TextLayout.InsetX;
        var n = 1;
        for (var y = label.Bottom + NoteLine; y <= room.Bottom; y += NoteLine, n++)
            yield return new LineElement(new Point(room.X + inset, y), new Point(room.Right - inset, y), Emu.FromPt(0.75), c.Colours.Rule,
                c.Words.Shapes.CribNoteLine.Fill(n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// A column's text boxes: each profile box sized to its words (own words framed, the judgement on its fill), the items below
    /// down to the column's foot, or as tall as their words where the notes' room is under them (<paramref name="stretch"/> false).
    /// </summary>
    private static IEnumerable<SlideElement> Column(PlanContext c, IReadOnlyList<CribBlock> blocks, Rect column, double size, bool stretch = true)
    {
        var top = column.Y;
        var segments = CribFlow.Segments(blocks);
        for (var i = 0; i < segments.Count; i++)
        {
            var (kind, paragraphs) = segments[i];
            var height = stretch && i == segments.Count - 1 && kind == CribBox.Items ? column.Bottom - top : CribFlow.SegmentHeight(c, paragraphs, column.Width, size);
            var box = column with { Y = top, Height = height };
            yield return kind switch
            {
                CribBox.Assessment => new TextElement(box, paragraphs, size, c.Colours.Ink, c.Colours.Light, Name: c.Words.Shapes.ForceField),
                CribBox.OwnWords => new TextElement(box, paragraphs, size, c.Colours.Ink, Name: c.Words.Shapes.CribOwnWords, Outline: new Outline(c.Colours.Border, OwnWordsFrame)),
                _ => new TextElement(box, paragraphs, size, c.Colours.Ink, Name: c.Words.Shapes.Crib),
            };
            top += height + (i + 1 < segments.Count ? CribFlow.SegmentGap(kind, segments[i + 1].Box) : new Emu(0));
        }
    }

    /// <summary>The crib in reading order: the facilitator's judgement, the partner's own words, the wants with their best offers, the offers.</summary>
    private static List<CribBlock> Blocks(PlanContext c, Partner partner, CoalitionAnalysis analysis, IReadOnlyDictionary<object, IReadOnlyList<string>> wantedBy,
        BriefingTexts t, ValueLabels labels, Emu width, double size, int lines)
    {
        var blocks = new List<CribBlock>();
        Profile(c, blocks, CribBox.Assessment, t.CribAssessment, t.CribAssessmentSource, Assessment(c, partner, analysis, t, labels), t);
        Profile(c, blocks, CribBox.OwnWords, t.CribOwnWords, t.CribOwnWordsSource, OwnWords(c, partner, t), t);
        if (partner.Kaart is null)
        {
            blocks.Add(new CribBlock([new TextParagraph([new TextRun(t.NoCard, false, c.Colours.Muted)], SpaceBeforeEm: 0.8)], CribBox.Items, 2));
            return blocks;
        }
        var wants = Items.DemandsFirst(partner.Halen).Take(ItemsListed).Select(want => Want(c, want, analysis, t, width, size, lines)).ToList();
        Side(c, blocks, t.CribWants, c.Colours.Halen, wants, partner.Halen.Count, t, 2, size);
        // Size and explanation after the offer, in brackets: a line of their own under each offer would make a long crib a page longer.
        // An offer that surely answers others' wants names them after it: whom this partner's turn may interest.
        var offers = partner.Brengen.Take(ItemsListed).Select(offer => Items.Bullet(c, offer, null, Items.BringDetail(offer), inline: true, ItemSpace) is var bullet
            && wantedBy.TryGetValue(offer, out var wanters) ? bullet with { Runs = [.. bullet.Runs, new TextRun(" → " + t.CribWantedBy.Fill(string.Join(", ", wanters)), false, c.Colours.Accent)] } : bullet).ToList();
        Side(c, blocks, t.CribBrings, c.Colours.Brengen, offers, partner.Brengen.Count, t, 3, size);
        return blocks;
    }

    /// <summary>
    /// A profile box's blocks: its heading (and where its words come from) kept with its first line, each line
    /// a block; a box going on in another column opens there with its heading, continued.
    /// </summary>
    private static void Profile(PlanContext c, List<CribBlock> blocks, CribBox box, string heading, string source, IReadOnlyList<TextParagraph> lines, BriefingTexts t)
    {
        if (lines.Count == 0)
            return;
        var section = (int)box;
        var title = new TextParagraph([new TextRun(heading, true, c.Colours.Ink), new TextRun(" · " + source, false, c.Colours.Muted)], SpaceBeforeEm: 0);
        var resume = new TextParagraph([new TextRun(Slides.Continued(heading, 1, t.Continued), true, c.Colours.Ink)], SpaceBeforeEm: 0);
        // The lines of a box closer than the items: two boxes with a heading each take no more room than the one panel did.
        blocks.Add(new CribBlock([title, lines[0] with { SpaceBeforeEm = ProfileSpace }], box, section));
        blocks.AddRange(lines.Skip(1).Select(p => new CribBlock([p with { SpaceBeforeEm = ProfileSpace }], box, section, resume)));
    }

    /// <summary>A side's heading kept with its first item, every item a block, and what is left unlisted.</summary>
    private static void Side(PlanContext c, List<CribBlock> blocks, string heading, string colour, IReadOnlyList<TextParagraph> items, int written, BriefingTexts t, int section,
        double size)
    {
        // The heading a step above the items, so 'Wil halen' and 'Kan brengen' are found first on a full page (a reader).
        var label = new TextParagraph([new TextRun(heading, true, colour)], SpaceBeforeEm: 0.8, SizePt: size + SideHeadingStep);
        // A side going on in another column or page starts there with its heading, marked as continued.
        var resume = new TextParagraph([new TextRun(Slides.Continued(heading, 1, t.Continued), true, colour)], SpaceBeforeEm: 0.8, SizePt: size + SideHeadingStep);
        IReadOnlyList<TextParagraph> rest = items.Count == 0 ? [Muted(c, t.NothingYet, 0.2)] : items;
        blocks.Add(new CribBlock([label, rest[0]], CribBox.Items, section));
        blocks.AddRange(rest.Skip(1).Select(p => new CribBlock([p], CribBox.Items, section, resume)));
        if (written > items.Count)
            blocks.Add(new CribBlock([Muted(c, string.Format(CultureInfo.InvariantCulture, t.CribMore, written - items.Count), 0.3)], CribBox.Items, section, resume));
    }

    /// <summary>A want as one paragraph: its words, its explanation, and who could answer it best, under one bullet.</summary>
    private static TextParagraph Want(PlanContext c, Item want, CoalitionAnalysis analysis, BriefingTexts t, Emu width, double size, int lines)
    {
        // Its first strong offer, or its best guess (one that shares a subject, never a mere word).
        var best = analysis.Matches.Suggested(want).FirstOrDefault();
        // A possible match is said as one ("misschien"): an arrow would read as a fact, and it comes with its strongest
        // reason, so the facilitator can check it before asking.
        var bullet = Items.Bullet(c, want, want.IsEis ? t.Demand.ToUpperInvariant() : null, want.Toelichting?.Value, inline: false, ItemSpace);
        // Nobody yet: said at the end of the want's last line, not on a line of its own, so a crib keeps its room for offers.
        if (best is null)
            return bullet with { Runs = [.. bullet.Runs, new TextRun(" → " + t.CribNoHelp, false, c.Colours.Warning)] };
        // Both said in words, "sterk:" and "misschien:", so a page printed in grey keeps them apart (fresh readers, twice); a sure
        // one in bold and the accent, a guess in grey, so they are apart at a glance too (a reader found them alike in blue).
        var lead = (best.IsStrong ? t.Strong : t.CribMaybe) + ": ";
        var help = best.IsStrong ? Help(c, lead, best.Bringer.Naam + t.CribOfferBy, best.Offer.Text.Value, $" ({t.WhyShort(best)})", width, size, lines)
            : Help(c, lead, best.Bringer.Naam + t.CribOfferBy, best.Offer.Text.Value, "", width, size, lines);
        var colour = best.IsStrong ? c.Colours.Accent : c.Colours.Muted;
        return bullet with { Runs = [.. bullet.Runs, new TextRun("\n" + lead, best.IsStrong, colour), new TextRun(help[lead.Length..], false, colour)] };
    }

    /// <summary>
    /// Who could answer a want (<paramref name="bringer"/>, its name and what parts it from the offer), and with what, after its <paramref name="lead"/> ("sterk:", or "misschien:" for a guess): the offer whole when <paramref name="lines"/> lines of the column
    /// hold it, else cut at a word where they end (at least <see cref="OfferCharsLeast"/> characters). The reason (<paramref name="why"/>) goes first: an
    /// offer read whole says more than its reason, which the afsprakenlijst and the slide of open wants keep.
    /// </summary>
    private static string Help(PlanContext c, string lead, string bringer, string offer, string why, Emu width, double size, int lines)
    {
        string Said(string reason) =>
            BriefingPlanner.Lines(c, chars => $"{lead}{bringer}{Items.Shorten(offer, chars)}{reason}", width, size, offer.Length, OfferCharsLeast, lines, bullet: true);
        var said = Said(why);
        return why.Length > 0 && !said.EndsWith(offer + why, StringComparison.Ordinal) && Said("") is var bare && bare.EndsWith(offer, StringComparison.Ordinal) ? bare : said;
    }

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
    /// drives it and its preconditions (the krachtenveld), every intervention brainstormed for it, the balance question.
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
        if (analysis.Priorities.FirstOrDefault(p => ReferenceEquals(p.Partner, partner)) is { } priority && (row is not null || priority.Interventies.Count > 0))
            result.Add(Interventions(c, priority, t, result.Count == 0));
        var balance = analysis.Balances.FirstOrDefault(b => ReferenceEquals(b.Partner, partner));
        if (balance is not null && balance.Readings.Count > 0)
            Add(t.CribBalance, string.Join(" ", balance.Readings.Select(r => t.Question(r, partner.Naam))));
        return result;
    }

    /// <summary>Every intervention brainstormed for the partner, the chosen one first and marked, each with the interest it fits.</summary>
    private static TextParagraph Interventions(PlanContext c, Priority priority, BriefingTexts t, bool first)
    {
        var runs = new List<TextRun> { new(t.CribInterventions + ": ", true, c.Colours.Accent) };
        // Fewer than the method asks: a task for the facilitator before the session, in the warning colour as every open point of the
        // briefing, not in grey between brackets (readers took "(vijf ideeën te bedenken vóór de sessie)" for the software's placeholder).
        if (priority.FewInterventions)
            runs.Add(new TextRun(priority.Interventies.Count == 0 ? t.NoInterventions
                : string.Format(CultureInfo.InvariantCulture, priority.Interventies.Count == 1 ? t.OneIntervention : t.FewInterventions,
                    priority.Interventies.Count, Priority.InterventionsAsked - priority.Interventies.Count), false, c.Colours.Warning));
        foreach (var intervention in priority.Interventies.OrderBy(i => i.IsGekozen ? 0 : 1))
        {
            runs.Add(new TextRun("\n" + (intervention.IsGekozen ? "✓ " + t.Chosen + ": " : "– ") + intervention.Text.Value, intervention.IsGekozen));
            if (intervention.SluitAanBij is { } fits)
                runs.Add(new TextRun(" (" + t.CribFitsWith + " " + fits.Value + ")", false, c.Colours.Muted));
        }
        return new TextParagraph(runs, SpaceBeforeEm: first ? 0 : 0.45);
    }

    private static TextParagraph Muted(PlanContext c, string text, double spaceBeforeEm) => new([new TextRun(text, false, c.Colours.Muted)], SpaceBeforeEm: spaceBeforeEm);
}
