using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>The agenda with its times, and the order of the round with every party's turn.</summary>
internal static class AgendaSlides
{

    /// <summary>The agenda of the (first) meeting, then the order of the round.</summary>
    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, Agenda agenda, SessionTexts t) =>
        Table(c, coalition, agenda, 1, t.AgendaTitle, t).Concat(Order(c, coalition, agenda, t));

    /// <summary>
    /// The first meeting's last slide, when the session is held as two: thanks, and what comes next time, on its date (the
    /// krachtenveld's "Datum tweede bijeenkomst"), or, without one, what comes next time alone (the notes ask to say the date). None for a session of one meeting.
    /// </summary>
    public static IEnumerable<SlidePlan> UntilNext(PlanContext c, Coalition coalition, Agenda agenda, SessionTexts t)
    {
        if (!agenda.TwoMeetings)
            return [];
        var date = coalition.Samenwerking.DatumTweede is { } second ? Dates.Long(second, c.Language) : null;
        // How every party answers, then when the next meeting is (a reader: the slide did not say to write it down).
        return DeckPlanner.Centred(c, t.UntilNextTitle, t.UntilNextWrite,
            t.UntilNextNotes.Fill(date is null ? t.UntilNextTypeDate : ""), t, c.Words.Shapes.Agenda, date is null ? t.UntilNextNoDate : t.UntilNextLine.Fill(date));
    }

    /// <summary>
    /// The second meeting's opening, when the session is held as two: its own title slide, the ground rules again and its agenda
    /// (readers: the second meeting began with no title and without the rules, where choosing and agreeing make them count most);
    /// after its agenda, the welcome back on a slide of its own: what stayed with the partners last time (readers: the agenda's first part
    /// had no slide, though the first meeting ended collecting exactly that).
    /// </summary>
    public static IEnumerable<SlidePlan> SecondOpening(PlanContext c, Coalition coalition, Agenda agenda, SessionTexts t) =>
        agenda.TwoMeetings ? OpeningSlides.SecondMeeting(c, coalition, t, agenda.ShortTurns).Concat(Table(c, coalition, agenda, 2, t.SecondAgendaTitle, t))
            .Concat(DeckPlanner.Centred(c, t.RecapTitle, t.RecapLine, t.RecapNotes, t, c.Words.Shapes.Agenda, agenda.ShortTurns ? t.RecapQuestions : null)) : [];

    /// <summary>Clock times when the session has a start time, else minutes from the start: "13:30–13:40" or "0–10 min".</summary>
    public static string Time(Agenda agenda, int start, int end, SessionTexts t) => agenda.Start is { } clock
        ? $"{Dates.Clock(clock.AddMinutes(start))}–{Dates.Clock(clock.AddMinutes(end))}"
        : string.Format(CultureInfo.InvariantCulture, t.FromStart, start, end);

    /// <summary>
    /// A part's name, the round with every party's speaking time: the agenda slide and the briefing's guide say it alike; the
    /// round's part after a pause in it is its continuation ("Ronde, vervolg").
    /// </summary>
    public static string Part(Agenda agenda, AgendaItem item, SessionTexts t, bool withTurn = true)
    {
        if (agenda.TwoMeetings && (item.Meeting, item.Part) is (1, AgendaPart.Afsluiting) or (2, AgendaPart.Opening))
            return item.Meeting == 1 ? t.CloseFirstMeeting : t.WelcomeBack;
        var name = t.AgendaParts[item.Part];
        if (item.Part != AgendaPart.Ronde)
            return name;
        if (agenda.Items.First(i => i.Part == AgendaPart.Ronde) != item)
            return t.RoundContinued;
        return withTurn ? name + " (" + string.Format(CultureInfo.InvariantCulture, t.PerParty, agenda.TellingMinutes) + ")" : name;
    }

    internal static string At(Agenda agenda, int minute, SessionTexts t) => agenda.Start is { } clock
        ? Dates.Clock(clock.AddMinutes(minute))
        : string.Format(CultureInfo.InvariantCulture, t.AfterMinutes, minute);

    private static IEnumerable<SlidePlan> Table(PlanContext c, Coalition coalition, Agenda agenda, int meeting, string title, SessionTexts t)
    {
        var rows = agenda.Meeting(meeting).Select(i => (IReadOnlyList<string>)
        [
            Time(agenda, i.StartMinute, i.EndMinute, t),
            Part(agenda, i, t),
        ]).ToList();
        var notes = meeting == 2 ? t.SecondAgendaNotes : t.AgendaNotes;
        if (!agenda.DurationGiven)
            notes += " " + string.Format(CultureInfo.InvariantCulture, t.NoDurationNote, agenda.PlannedMinutes);
        if (agenda.TwoMeetings && meeting == 1)
            notes += " " + string.Format(CultureInfo.InvariantCulture, t.TwoMeetingsNote, coalition.Partners.Count, agenda.PlannedMinutes, agenda.SpeakingMinutes);
        if (agenda.Overrun > 0)
            notes += " " + string.Format(CultureInfo.InvariantCulture, t.OverrunNote, coalition.Partners.Count, agenda.Overrun, agenda.SpeakingMinutes, agenda.PlannedMinutes);
        var frame = Slides.Frame(c, title);
        // The agenda is a slide of its own, read from the back: its table as large as the body text, not a table's smaller type. The
        // times' column as wide as the widest time (or its header) needs, the parts the rest: a fixed share left the times' column half
        // empty and wrapped the round's line ("… (7 minuten per / partij)", readers).
        // Measured at the size the table is set in: a long agenda (24 partners' three pauses) takes a smaller one.
        double TimeShare(double size) => Math.Min(0.3, (Emu.FromPt(rows.Select(r => r[0]).Append(t.TimeHeader).Max(time => c.Text.Bold.Width(time, size)) / 0.96 + 2)
            + TextLayout.InsetX * 2).Value / (double)frame.Body.Width.Value);
        IReadOnlyList<TableElement> Planned(double size) =>
            Tables.Plan(c, frame.Body, [TimeShare(size), 1 - TimeShare(size)], [t.TimeHeader, t.PartHeader], rows, size, c.Scale.TableMin, c.Words.Shapes.Agenda);
        var pages = Planned(c.Scale.BodyMax);
        if (pages[0].FontSizePt < c.Scale.BodyMax)
            pages = Planned(pages[0].FontSizePt);
        return pages.Select((table, i) => new SlidePlan(SlideLayoutKind.Inhoud,
            i == 0 ? frame.Title : Slides.Frame(c, Slides.Continued(title, i, t.Continued)).Title, [Aired(c, table, frame.Body)], notes));
    }

    /// <summary>
    /// The agenda's rows with air: the room under the table shared over its body rows, at most half a line each,
    /// so six parts read as a calm time table rather than a block at the top of an empty slide; the text in each row's middle.
    /// </summary>
    private static TableElement Aired(PlanContext c, TableElement table, Rect body)
    {
        var used = table.RowHeights.Aggregate(new Emu(0), (a, b) => a + b);
        var rows = table.RowHeights.Count - 1;
        if (rows == 0 || used >= body.Height)
            return table;
        var half = Emu.FromPt(c.Text.LineHeight(table.FontSizePt) / 2);
        var each = new Emu((body.Height - used).Value / rows);
        var extra = each < half ? each : half;
        var heights = table.RowHeights.Select((h, r) => r == 0 ? h : h + extra).ToList();
        // Each time and part in the middle of its row, the header's too (a reader found the header's words against its top edge).
        return table with { RowHeights = heights, Box = table.Box with { Height = heights.Aggregate(new Emu(0), (a, b) => a + b) }, Centred = true };
    }

    /// <summary>
    /// Every party with the time its turn starts, the pause after the round and how long a turn is, in as many columns (up to three)
    /// as keep the type large, every turn on one line where a size allows it; else the list over slides. A round in blocks has no
    /// order slide: each block's divider names its partners with their times.
    /// </summary>
    private static IEnumerable<SlidePlan> Order(PlanContext c, Coalition coalition, Agenda agenda, SessionTexts t)
    {
        // A round in blocks has none: each block's divider names its partners with their times (readers: an order slide, then the
        // same names again on the dividers).
        if (coalition.Partners.Count == 0 || RoundSlides.Blocks(coalition, agenda).Count > 1)
            yield break;
        // Under the turns, how long each is, on the screen the room reads (a reader: turns seven minutes apart under an agenda saying
        // six, the changeover said only in the notes).
        var entries = Entries(c, coalition, agenda, t);
        var length = new TextParagraph([new TextRun(t.TurnLength.Fill(agenda.TellingMinutes), false, c.Colours.Muted)], SpaceBeforeEm: 0.8);
        List<TextParagraph> all = Pause(c, agenda, t) is { } pause ? [.. entries, pause, length] : [.. entries, length];
        var frame = Slides.Frame(c, t.OrderTitle);
        var notes = t.OrderNotes.Fill(agenda.TellingMinutes);
        IReadOnlyList<IReadOnlyList<TextParagraph>> Groups(int columns)
        {
            var perColumn = (all.Count + columns - 1) / columns;
            return Enumerable.Range(0, columns)
                .Select(k => (IReadOnlyList<TextParagraph>)all.Skip(k * perColumn).Take(perColumn).Select((e, i) => i == 0 ? e with { SpaceBeforeEm = 0 } : e).ToList())
                .Where(p => p.Count > 0).ToList();
        }
        for (var columns = 1; columns <= 3; columns++)
        {
            var parts = Groups(columns).Select((paragraphs, k) => (paragraphs, Kit.Columns.Of(frame.Body, k, columns, c.Page.Gap))).ToList();
            // Every turn on one line where a size allows it: a time with its name broken under it reads as two entries.
            bool OneLine(double size) => parts.All(p => p.paragraphs.All(e => c.Text.LineCount(e, TextLayout.Inner(p.Item2.Width, TextLayout.InsetX), size) == 1));
            if ((Sizes.Largest(c.Scale.BodyMax, c.Scale.BodyMin, size => OneLine(size) && parts.All(p => c.Text.Fits(p.paragraphs, p.Item2, size)))
                 ?? Kit.Columns.SharedSize(c, parts, c.Scale.BodyMax, c.Scale.BodyMin)) is { } size)
            {
                yield return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title,
                    [.. parts.Select((p, k) => (SlideElement)new TextElement(p.Item2, p.paragraphs, size, c.Colours.Ink, Name: c.Words.Shapes.OrderPart.Fill(k + 1)))], notes);
                yield break;
            }
        }
        foreach (var slide in Slides.List(c, t.OrderTitle, all, notes, t.Continued, c.Words.Shapes.Order))
            yield return slide;
    }

    /// <summary>Every party's turn as the deck and the briefing write it: "13:47–13:54", in the round's order.</summary>
    public static IReadOnlyList<string> TurnTimes(Agenda agenda, int parties, SessionTexts t) =>
        agenda.Turns(parties).Select(start => Time(agenda, start, start + agenda.SpeakingMinutes, t)).ToList();

    /// <summary>Every party's turn: its start time and its name.</summary>
    private static List<TextParagraph> Entries(PlanContext c, Coalition coalition, Agenda agenda, SessionTexts t)
    {
        var turns = agenda.Turns(coalition.Partners.Count).ToList();
        return [.. coalition.Partners.Select((p, i) => new TextParagraph(Turn(c, agenda, turns[i], p.Naam, t), SpaceBeforeEm: i == 0 ? 0 : 0.35))];
    }

    /// <summary>A turn as the order and the round's dividers write it: the minute it starts, then the party's name (bold on a divider).</summary>
    internal static IReadOnlyList<TextRun> Turn(PlanContext c, Agenda agenda, int start, string name, SessionTexts t, bool bold = false) =>
        [new TextRun(At(agenda, start, t) + "  ", true, c.Colours.Accent), bold ? new TextRun(name, true, c.Colours.Ink) : new TextRun(name)];

    /// <summary>What follows the last turn, when it is a pause: the room sees when it may stand up, and that the round is over then.</summary>
    private static TextParagraph? Pause(PlanContext c, Agenda agenda, SessionTexts t) =>
        agenda.RoundPause is { } p
            ? new TextParagraph([new TextRun(At(agenda, p.StartMinute, t) + "  ", true, c.Colours.Accent), new TextRun(Part(agenda, p, t), false, c.Colours.Muted)], SpaceBeforeEm: 0.35)
            : null;
}
