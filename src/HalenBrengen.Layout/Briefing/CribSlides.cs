using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// A crib per partner, the one place in the briefing where a partner's matches live, on two pages of one fixed grid (five
/// readers: the cribs were dense, their notes' room moved between the columns, five interventions were asked with no place to
/// write them); partner by partner in the round's order, its page before the session and then its turn's. The first, titled with the partner's name and "Voor de sessie", is read while preparing: the facilitator's
/// judgement left, the partner's own words and the interventions right (<see cref="CribBlocks.Before"/>). The second, titled with
/// the name and its turn in the round, is read just before the turn: halen left, brengen right, and the notes' room at the
/// foot of brengen, as high on every crib. Every crib at one size; a want and its best offer are read whole.
/// </summary>
internal static class CribSlides
{
    /// <summary>The steps the one size of every crib is sought in, from the body size's largest down to the smallest.</summary>
    private const double Step = 0.5;

    /// <summary>The frame of the box of the partner's own words: a hairline, so the box reads as theirs beside the judgement's filled one.</summary>
    private static readonly Emu OwnWordsFrame = Emu.FromPt(1);

    /// <summary>The notes' room on a crib's turn page at least: its label and four lines to write on.</summary>
    private static readonly Emu NoteRoom = Emu.FromMm(44);

    /// <summary>Between the items and the notes under them; and between two ruled lines, a hand's line.</summary>
    private static readonly Emu NoteGap = Emu.FromMm(3), NoteLine = Emu.FromMm(8);

    /// <param name="budget">The slides the cribs may take together, the briefing's others counted off its most.</param>
    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels, int budget)
    {
        // Who would surely get each offer: the partners whose wants it answers strongly, so a crib says both ways what the partner is to the
        // others; only where the want's own page names it, its first strong offer and those alike (a reader found "→ voor" on an offer and
        // the want's page naming another partner's).
        var named = coalition.Partners.SelectMany(p => p.Halen).SelectMany(want => CribBlocks.Named(analysis.Matches.Suggested(want))).ToList();
        var wantedBy = named.GroupBy(m => m.Offer, ReferenceEqualityComparer.Instance)
            .ToDictionary(g => g.Key!, g => (IReadOnlyList<string>)g.Select(m => m.Wanter.Naam).Distinct().ToList(), ReferenceEqualityComparer.Instance);
        // Each partner's turn in the round, beside its name on the turn page: that page is read just before it.
        var turns = Deck.AgendaSlides.TurnTimes(Agenda.Of(coalition), coalition.Partners.Count, c.Words.Session).Select(time => t.CribTurn.Fill(time)).ToList();
        var header = Header(c, coalition.Partners.Select(p => p.Naam).SelectMany(n => new[] { n, Slides.Continued(n, 1, t.Continued) }), turns.Append(t.CribBefore));
        var cribs = coalition.Partners.Select((p, i) => new Crib(p, PageFrames(c, p.Naam, t.CribBefore, t.Continued, header, null),
            PageFrames(c, p.Naam, turns[i], t.Continued, header, NoteRoom), PageFrames(c, p.Naam, turns[i], t.Continued, header, null))).ToList();
        // Every crib's columns are as wide: the text is cut to lines once, at the width of the narrowest.
        var width = cribs.Count == 0 ? new Emu(0) : cribs[0].Before(0).Columns.Concat(cribs[0].Turn(0).Columns).Min(r => r.Width);
        List<(CribFrame Frame, List<List<CribBlock>> Page)> Pages(Crib crib, double s, Reading r)
        {
            var before = CribBlocks.Before(c, crib.Partner, analysis, t, labels, width, s, writeIn: !r.Plain);
            var turn = CribBlocks.Turn(c, crib.Partner, analysis, r.Named ? wantedBy : NoneWanted, t, width, s, r.Lines);
            if (r.Plain)
                return CribFlow.Pages(c, [.. before, .. turn], k => crib.Plain(k).Columns, s, t.Continued, read: true).Select((page, k) => (crib.Plain(k), page)).ToList();
            return [.. CribFlow.Pages(c, before, k => crib.Before(k).Columns, s, t.Continued).Select((page, k) => (crib.Before(k), page)),
                .. CribFlow.Pages(c, turn, k => crib.Turn(k).Columns, s, t.Continued).Select((page, k) => (crib.Turn(k), page))];
        }
        var reading = Readings(cribs.Count, (i, size, r) => Pages(cribs[i], size, r).Count, c.Scale.BodyMin, budget);
        // One size for every crib, so no partner looks more important: the largest at which every crib that the smallest size holds on
        // its fewest pages stands on them (a crib is read at one glance, and a page more with four lines on it is paper); a crib longer
        // even at the smallest size does not shrink the short ones to its size, and takes no more pages than it would at the body size.
        var fewest = cribs.Select((crib, i) => Pages(crib, c.Scale.BodyMin, reading[i]).Count).ToList();
        var tight = cribs.Select((crib, i) => Pages(crib, TypeScale.CribMin, reading[i]).Count == reading[i].Least).ToList();
        var shared = Sizes.Largest(c.Scale.BodyMax, TypeScale.CribMin,
            s => cribs.Select((crib, i) => Pages(crib, s, reading[i]).Count <= (tight[i] ? reading[i].Least : fewest[i])).All(fits => fits), Step) ?? TypeScale.CribMin;
        // Past the briefing's most slides at the body size, every crib goes smaller together, as far as the smallest.
        if (fewest.Sum() > budget)
            shared = Math.Min(shared, Sizes.Largest(c.Scale.BodyMin - Step, TypeScale.CribMin, s => cribs.Select((crib, i) => Pages(crib, s, reading[i]).Count).Sum() <= budget, Step)
                ?? TypeScale.CribMin);
        // What to watch for after the round, on each turn's page where it has room.
        var probes = coalition.Partners.Select(p => Probe(c, p, analysis, named, t)).ToList();
        // Every crib at that one size (two fresh readers found cribs at 12, 13 and 14 pt by partner; the page is A4).
        // The notes' room down from under the longest brengen of a turn's first page, the same on every crib: a reader found four
        // lines and half the page empty.
        var room = Room(c, cribs.Select((crib, i) => reading[i].Plain ? [] : Pages(crib, shared, reading[i]).First(x => x.Frame == crib.Turn(0)).Page[1]).ToList(),
            cribs.Count == 0 ? null : cribs[0].Turn(0), shared);
        cribs = cribs.Select((crib, i) => crib with { Turn = PageFrames(c, crib.Partner.Naam, turns[i], t.Continued, header, room) }).ToList();
        // Partner by partner in the round's order, its page before the session, then its turn's: a partner's two pages side by side, a
        // spread when printed on both sides (three readers of the twelfth session and two of the seventeenth found them far apart with
        // every page before the session first; two others of the seventeenth had asked for that, to leaf a page a turn).
        foreach (var (crib, i) in cribs.Select((crib, i) => (crib, i)))
        {
            var pages = Pages(crib, shared, reading[i]);
            // What to watch for after the round: at one place on every crib, the foot of the own words on the page before the session (the
            // spread's left half, which has room to spare; two readers found it on either page), else on the turn's first page.
            var turn = pages.FindIndex(x => x.Frame.Notes is not null);
            var before = pages.FindIndex(x => x.Frame.Tag == t.CribBefore);
            (int Page, TextElement Probe, IReadOnlyList<Rect> Columns)? At(int k, int[] tried) =>
                k >= 0 && probes[i] is { } probe && Placed(c, pages[k].Frame.Columns, pages[k].Page, shared, probe, tried) is { } p ? (k, p.Probe, p.Columns) : null;
            var placed = At(before, [1]) ?? At(turn, [0, 1]);
            foreach (var (page, k) in pages.Select((x, k) => (x, k)))
                yield return Page(c, page.Frame, page.Page, shared, page.Frame.Tag == t.CribBefore ? t.CribBeforeNotes : t.CribNotes, t,
                    placed is { } at && at.Page == k ? (at.Probe, at.Columns) : null);
        }
    }

    /// <summary>The notes' room: from under the longest of the brengen columns given down to the foot, and no less than <see cref="NoteRoom"/>.</summary>
    private static Emu Room(PlanContext c, IReadOnlyList<List<CribBlock>> brengen, CribFrame? frame, double size)
    {
        if (frame?.Notes is not { } notes)
            return NoteRoom;
        var column = frame.Columns[1];
        var used = brengen.Select(blocks => Used(c, blocks, column, size)).DefaultIfEmpty(column.Y).Max(e => e.Value);
        return Emu.Max(NoteRoom, notes.Bottom - new Emu(used) - NoteGap);
    }

    /// <summary>Where a column's boxes would end, each as tall as its words.</summary>
    private static Emu Used(PlanContext c, IReadOnlyList<CribBlock> blocks, Rect column, double size) =>
        Column(c, blocks, column, size, stretch: false).LastOrDefault()?.Box.Bottom ?? column.Y;

    /// <summary>
    /// How each crib is read. Every crib read in full, while the briefing keeps to its slides: past them, the cribs that it lengthens
    /// most leave out whom their offers are for; past them still, they cut a want's best offer to two lines; past them still, they are
    /// read in plain order as well, both pages' words column after column on the fewest pages; past them still, those that two-line
    /// offers lengthen most name their offers in one line each as well, until it fits. Each step takes the one before it: alone, each
    /// may save no page. <paramref name="pages"/> counts crib i's pages at a size read so.
    /// </summary>
    private static List<Reading> Readings(int count, Func<int, double, Reading, int> pages, double bodyMin, int budget)
    {
        var reading = Enumerable.Repeat(Reading.Full, count).ToList();
        var least = Reading.Full.Least;
        var over = Enumerable.Range(0, count).Select(i => pages(i, TypeScale.CribMin, reading[i]) == least ? least : pages(i, bodyMin, reading[i])).Sum() - budget;
        foreach (var shorter in new Func<Reading, Reading>[] { r => r with { Named = false }, r => r with { Named = false, Lines = BriefingPlanner.MostLines },
            r => r with { Named = false, Lines = BriefingPlanner.MostLines, Plain = true }, r => r with { Named = false, Plain = true, Lines = 1 } }.Where(_ => over > 0))
        {
            // Pages saved at the body size, else at the smallest, where a briefing past its most goes.
            int Saved(int i, double size) => pages(i, size, reading[i]) - pages(i, size, shorter(reading[i]));
            var saved = Enumerable.Range(0, count).Select(i => (Index: i, Pages: Math.Max(Saved(i, bodyMin), Saved(i, TypeScale.CribMin))))
                .Where(x => x.Pages > 0).OrderByDescending(x => x.Pages).ThenBy(x => x.Index).ToList();
            foreach (var (i, saving) in saved.TakeWhile(_ => over > 0))
                (reading[i], over) = (shorter(reading[i]), over - saving);
        }
        return reading;
    }

    /// <summary>
    /// A partner's crib: its pages' frames before the session and for its turn, each the first page's or a continued one's; and
    /// read in plain order, both on pages of the turn without the notes' room.
    /// </summary>
    private sealed record Crib(Partner Partner, Func<int, CribFrame> Before, Func<int, CribFrame> Turn, Func<int, CribFrame> Plain);

    /// <summary>
    /// How a crib is read: the lines a want's best offer may take (<paramref name="Lines"/>), its blocks in plain order rather than on
    /// the grid (<paramref name="Plain"/>), and its offers naming whom they are for (<paramref name="Named"/>).
    /// </summary>
    private readonly record struct Reading(int Lines, bool Plain, bool Named)
    {
        public static Reading Full => new(CribBlocks.OfferLines, false, true);

        /// <summary>The fewest pages a crib read so takes: one a kind (a page before the session always has the judgement), one in plain order.</summary>
        public int Least => Plain ? 1 : 2;
    }

    private static readonly IReadOnlyDictionary<object, IReadOnlyList<string>> NoneWanted = new Dictionary<object, IReadOnlyList<string>>();

    /// <summary>
    /// A crib page's frame: its title, the tag beside it (the turn, or "Voor de sessie"), its two columns under them, and on a turn's
    /// first page the notes' room (<paramref name="Notes"/>).
    /// </summary>
    private sealed record CribFrame(TextElement Title, TextElement Turn, string Tag, IReadOnlyList<Rect> Columns, Rect? Notes);

    /// <summary>Every crib's header alike: the tag's box as wide as the widest tag, the names at one size, the largest that keeps each on one line beside it.</summary>
    private readonly record struct CribHeader(Emu TurnWidth, double TitleSize);

    private static CribHeader Header(PlanContext c, IEnumerable<string> titles, IEnumerable<string> tags)
    {
        // As wide as its words on one line (as a diagram's node or a chip is measured).
        var turnWidth = tags.Select(tag => Emu.FromPt(c.Text.Bold.Width(tag, c.Scale.BodyMax) / 0.96 + 2) + TextLayout.InsetX * 2).DefaultIfEmpty(new Emu(0)).Max();
        var width = TextLayout.Inner(c.Page.TitleBox.Width - turnWidth - c.Page.Gap, TextLayout.InsetX);
        var paragraphs = titles.Select(title => Slides.Title(c, title)).ToList();
        var size = Sizes.Largest(c.Scale.TitleMax, c.Scale.TitleMin, s => paragraphs.All(p => c.Text.LineCount(p, width, s) == 1)) ?? c.Scale.TitleMin;
        return new CribHeader(turnWidth, size);
    }

    /// <summary>
    /// A crib page's title, its box as high as its lines and where the text stands on every other slide, the tag at the right end of
    /// the title's first line, and the page's two halves under it: a crib is read, not shown, and every line of room is a line of it.
    /// Every crib's name at one size, on one line where the smallest title size allows (a reader: a long name wrapped, and its page
    /// started 15 mm lower than the others). Each column keeps clear of the logo on its own, so a logo in one corner shortens one
    /// column only; with <paramref name="notes"/>, the right one ends above the notes' room.
    /// </summary>
    private static CribFrame Frame(PlanContext c, string title, string tag, CribHeader header, Emu? notes)
    {
        var full = c.Page.TitleBox;
        var box = full with { Width = full.Width - header.TurnWidth - c.Page.Gap };
        var frame = Slides.Frame(c, title, sizePt: header.TitleSize, titleBox: box);
        var when = new TextParagraph([new TextRun(tag, true, c.Colours.Muted)], SpaceBeforeEm: 0);
        var height = Slides.Height(c, frame.Title.Paragraphs, box.Width, frame.Title.FontSizePt);
        var tight = height < box.Height ? box with { Y = box.Y + (box.Height - height) / 2, Height = height } : box with { Height = height };
        var turnBox = new Rect(full.Right - header.TurnWidth, tight.Y, header.TurnWidth, Slides.Lines(c, 1, frame.Title.FontSizePt));
        var top = tight.Bottom + Emu.FromMm(3);
        var bottom = c.Page.Body.Top + c.Page.Body.Height;
        var band = new Rect(c.Page.Margin, top, c.Page.Width - c.Page.Margin - c.Page.Margin, bottom - top);
        var half = (band.Width - c.Page.Gap) / 2;
        var right = c.Page.BesideLogo(band with { X = band.X + half + c.Page.Gap, Width = band.Width - half - c.Page.Gap });
        var room = notes is { } high ? right with { Y = right.Bottom - high, Height = high } : (Rect?)null;
        return new CribFrame(frame.Title with { Box = tight },
            new TextElement(turnBox, [when], c.Scale.BodyMax, c.Colours.Muted, Anchor: Anchor.Bottom, Align: TextAlign.Right, Name: c.Words.Shapes.CribTurn), tag,
            [c.Page.BesideLogo(band with { Width = half }), room is { } r ? right with { Height = r.Y - NoteGap - right.Y } : right], room);
    }

    /// <summary>Page k's frame: a first page's title is the name, a later one's the name continued; the notes' room on a turn's first page only.</summary>
    private static Func<int, CribFrame> PageFrames(PlanContext c, string name, string tag, string continued, CribHeader header, Emu? notes)
    {
        var (first, later) = (Frame(c, name, tag, header, notes), Frame(c, Slides.Continued(name, 1, continued), tag, header, null));
        return page => page == 0 ? first : later;
    }

    /// <summary>A crib's page: its columns' boxes, where it has them the ruled lines for the facilitator's notes during the turn, and the probe where it is placed.</summary>
    private static SlidePlan Page(PlanContext c, CribFrame frame, IReadOnlyList<List<CribBlock>> page, double size, string notes, BriefingTexts t,
        (TextElement Probe, IReadOnlyList<Rect> Columns)? probe)
    {
        var columns = probe?.Columns ?? frame.Columns;
        var elements = new List<SlideElement> { frame.Turn };
        if (probe is { } placed)
            elements.Add(placed.Probe);
        elements.AddRange(page.SelectMany((column, k) => Column(c, column, columns[k], size)));
        if (frame.Notes is { } room)
            elements.AddRange(NoteSpace(c, room, t));
        return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title, elements, notes);
    }

    /// <summary>
    /// A probe right under the words of the first of the <paramref name="tried"/> columns that has room for it, and the columns with
    /// that one ended at its words; none where none has room.
    /// </summary>
    private static (TextElement Probe, IReadOnlyList<Rect> Columns)? Placed(PlanContext c, IReadOnlyList<Rect> columns, IReadOnlyList<List<CribBlock>> page, double size,
        Probing probe, int[] tried)
    {
        foreach (var k in tried.Where(k => k < Math.Min(page.Count, columns.Count)))
        {
            var used = Used(c, page[k], columns[k], size);
            if (Said(c, probe, columns[k], size) is not { } said || Slides.Height(c, [said], columns[k].Width, size) is var high && high > columns[k].Bottom - used - NoteGap)
                continue;
            // Right under the column's words, with them (a reader found it floating at the page's foot, cut off from its context).
            var box = new TextElement(columns[k] with { Y = used + NoteGap, Height = high }, [said], size, c.Colours.Accent, Name: c.Words.Shapes.CribProbe);
            return (box, columns.Select((r, j) => j == k ? r with { Height = used - r.Y } : r).ToList());
        }
        return null;
    }

    /// <summary>A probe as a paragraph at most <see cref="ProbeLines"/> lines long in the column, the item it quotes cut at a word where they end; none where even that is longer.</summary>
    private static TextParagraph? Said(PlanContext c, Probing probe, Rect column, double size)
    {
        var said = BriefingPlanner.Lines(c, chars => probe.Say(Items.Shorten(probe.Item, chars)), column.Width, size, probe.Item.Length, ProbeItemLeast, ProbeLines);
        var paragraph = new TextParagraph([new TextRun(said, false, c.Colours.Accent)], SpaceBeforeEm: 0);
        return c.Text.LineCount(paragraph, TextLayout.Inner(column.Width, TextLayout.InsetX), size) <= ProbeLines ? paragraph : null;
    }

    /// <summary>The lines a probe takes at most at the foot of its column; the characters of the item it quotes kept at least.</summary>
    private const int ProbeLines = 4, ProbeItemLeast = 25;

    /// <summary>A probe: its sentence with the item it quotes (<paramref name="Say"/>), and that item whole, to be cut where the lines end.</summary>
    private sealed record Probing(Func<string, string> Say, string Item);

    /// <summary>
    /// What to watch for after the round, on the partner's turn page, at the deck's question it belongs to: its demand nobody surely
    /// answers (and no proposal does), else that it gets nothing sure, else its first offer that surely answers another's want (a
    /// reader: the analysis never reached the moment after the round it was made for). None where nothing stands out.
    /// </summary>
    /// <param name="named">The strong suggestions the cribs name, in the wants' order (<see cref="CribBlocks.Named"/>).</param>
    private static Probing? Probe(PlanContext c, Partner partner, CoalitionAnalysis analysis, IReadOnlyList<Match> named, BriefingTexts t)
    {
        var questions = c.Words.Session;
        if (Items.DemandsFirst(partner.Halen).FirstOrDefault(w => w.IsEis && !analysis.Matches.Suggested(w).Any(m => m.IsStrong) && !analysis.Proposed.ContainsKey(w)) is { } open)
            return new(item => t.CribProbeOpen.Fill(questions.Questions[2], item), open.Text.Value.Replace('\n', ' '));
        if (analysis.GetsNothingSure(partner))
            return new(item => t.CribProbeNothing.Fill(questions.BalanceQuestions[0], item), partner.Naam);
        var answered = named.FirstOrDefault(m => ReferenceEquals(m.Bringer, partner));
        return answered is null ? null : new(item => t.CribProbeBrings.Fill(questions.Questions[1], item, answered.Wanter.Naam), answered.Offer.Text.Value.Replace('\n', ' '));
    }

    /// <summary>A page of ruled lines a hand's line apart for the facilitator's own notes, under its title.</summary>
    public static SlidePlan OwnNotes(PlanContext c, BriefingTexts t)
    {
        // Why it is there, in a quiet line over the lines (a reader found the page unexplained).
        var frame = Slides.Frame(c, t.OwnNotesTitle);
        var why = new TextParagraph([new TextRun(t.OwnNotesNotes, false, c.Colours.Muted)], SpaceBeforeEm: 0);
        var said = frame.Body with { Height = Slides.Height(c, [why], frame.Body.Width, c.Scale.Caption) };
        return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title,
            [new TextElement(said, [why], c.Scale.Caption, c.Colours.Muted, Name: c.Words.Shapes.Explanation), .. Ruled(c, frame.Body, said.Bottom)], t.OwnNotesNotes);
    }

    /// <summary>The notes' room: its label, quiet, then ruled lines a hand's line apart down to its foot.</summary>
    private static IEnumerable<SlideElement> NoteSpace(PlanContext c, Rect room, BriefingTexts t)
    {
        var label = room with { Height = Slides.Lines(c, 1, c.Scale.Caption) };
        yield return new TextElement(label, [new TextParagraph([new TextRun(t.CribNoteSpace, true, c.Colours.Muted)], SpaceBeforeEm: 0)], c.Scale.Caption, c.Colours.Muted,
            Name: c.Words.Shapes.CribNoteSpace);
        foreach (var line in Ruled(c, room, label.Bottom))
            yield return line;
    }

    /// <summary>Ruled lines across a box a hand's line apart, the first a line under <paramref name="top"/>, down to its foot.</summary>
    private static IEnumerable<SlideElement> Ruled(PlanContext c, Rect box, Emu top)
    {
        var n = 1;
        for (var y = top + NoteLine; y <= box.Bottom; y += NoteLine, n++)
            yield return new LineElement(new Point(box.X + TextLayout.InsetX, y), new Point(box.Right - TextLayout.InsetX, y), Emu.FromPt(0.75), c.Colours.Rule,
                c.Words.Shapes.CribNoteLine.Fill(n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// A column's text boxes: each profile box sized to its words (own words framed, the judgement and the interventions on their
    /// fill), the items down to the column's foot, or as tall as their words (<paramref name="stretch"/> false).
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
                CribBox.Interventions => new TextElement(box, paragraphs, size, c.Colours.Ink, c.Colours.Light, Name: c.Words.Shapes.CribInterventions),
                CribBox.OwnWords => new TextElement(box, paragraphs, size, c.Colours.Ink, Name: c.Words.Shapes.CribOwnWords, Outline: new Outline(c.Colours.Border, OwnWordsFrame)),
                _ => new TextElement(box, paragraphs, size, c.Colours.Ink, Name: c.Words.Shapes.Crib),
            };
            top += height + (i + 1 < segments.Count ? CribFlow.SegmentGap(kind, segments[i + 1].Box) : new Emu(0));
        }
    }
}
