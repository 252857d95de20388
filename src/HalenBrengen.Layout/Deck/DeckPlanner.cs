using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// The session deck: only what the whole room may see, in the order the session runs. Opening and
/// ground rules, agenda, one part per partner, a pause where the agenda has one, the combined map built together, open questions that
/// name no one, the front page with the ambition and headline, who does
/// what, and the close. The facilitator's view of the partners is in the briefing, never here.
/// </summary>
public static class DeckPlanner
{
    /// <param name="c">The session's context: <see cref="PlanContext.Session"/>.</param>
    /// <param name="changes">Set when an earlier round is given: new items are marked, and the group is asked what changed.</param>
    public static PresentationPlan Plan(Coalition coalition, CoalitionAnalysis analysis, PlanContext c, RoundChanges? changes = null)
    {
        var t = c.Words.Session;
        var agenda = Agenda.Of(coalition);
        var slides = new List<SlidePlan>();
        slides.AddRange(OpeningSlides.Plan(c, coalition, agenda, t));
        slides.AddRange(AgendaSlides.Plan(c, coalition, agenda, t));
        var partners = PartnerSlides.Plan(c, coalition, agenda, t, firstNumber: slides.Count + 1,
            changes?.NewItems ?? new HashSet<Item>(), c.Words.Changes.NewTag, Pause(c, agenda, t).ToList());
        slides.AddRange(partners.Slides);
        // A session held as two meetings ends the first after the round; the second, a file of its own, opens with its own agenda.
        slides.AddRange(AgendaSlides.UntilNext(c, coalition, agenda, t));
        var second = agenda.TwoMeetings ? slides.Count : 0;
        slides.AddRange(AgendaSlides.SecondOpening(c, coalition, agenda, t));
        // A long session's later pauses stand where the agenda has them: before the map, the ambition or "Wie doet wat".
        slides.AddRange(Before(c, agenda, t, AgendaPart.SamenKaart));
        slides.AddRange(MapSlides.Plan(c, coalition, t));
        var questions = slides.Count;
        slides.AddRange(QuestionSlides.Plan(c, analysis, t, c.Words.Values, changes, agenda));
        // The shared subjects' slide in reserve, hidden: the slide before it says in its notes how to show it, by its number.
        if (slides.FindIndex(questions, s => s.Hidden) is var themes and > 0)
            slides[themes - 1] = slides[themes - 1] with { Notes = slides[themes - 1].Notes + " " + t.ThemesReserve.Fill(Number(themes)) };
        slides.AddRange(Before(c, agenda, t, AgendaPart.Ambitie));
        var front = FrontPageSlides.Plan(c, coalition, t);
        var closing = Before(c, agenda, t, AgendaPart.Afspraken).Concat(ClosingSlides.Plan(c, t, agenda, coalition.Partners.Count)).ToList();
        // A slide's number in the file it is written in: the second meeting's file counts from its own first slide.
        int Number(int index) => index - second + 1;
        // The proposals' front pages after the close, in reserve: the choice's notes give their numbers.
        var choice = Number(slides.Count + FrontPageSlides.Choice(c, front));
        slides.AddRange(FrontPageSlides.Numbered(c, front, Number(slides.Count + front.Slides.Count + closing.Count), t));
        // Each page in reserve goes back to the choice with a click, and says how to go on from it: the slide show's next slide past a
        // hidden one is its end (a reader: a dead end).
        var activities = Number(slides.Count + closing.FindIndex(s => s.TitleText == t.ActivitiesTitle));
        slides.AddRange(closing);
        slides.AddRange(front.Reserve.Select(s => FrontPageSlides.Back(s, choice) with { Notes = s.Notes + " " + t.ProposalPageBack.Fill(choice, activities) }));
        // Titled by the coalition, not by the workbooks' headline: the group chooses that one in the session (a reader found it in the file's properties).
        return c.Presentation(coalition.Naam ?? t.NoHeadline, slides) with { SecondMeetingFrom = agenda.TwoMeetings ? second : null };
    }

    /// <summary>
    /// After the round, when the agenda has a pause: a slide that says so and until when, large and centred as the slide's one
    /// title ("Pauze tot 14:45"), and under it what comes after it, for the room to read from the coffee table while it stands up
    /// (the agenda and the order of the round announce it; the screen should too; two small lines on the left read as a note, readers).
    /// </summary>
    private static IEnumerable<SlidePlan> Pause(PlanContext c, Agenda agenda, SessionTexts t) =>
        Pause(c, agenda, t, agenda.RoundPause is { } pause ? agenda.Items.ToList().IndexOf(pause) : -1);

    /// <summary>The slide of a pause other than the round's right before this part of the agenda; none without one.</summary>
    private static IEnumerable<SlidePlan> Before(PlanContext c, Agenda agenda, SessionTexts t, AgendaPart part)
    {
        var items = agenda.Items.ToList();
        var at = items.FindIndex(i => i.Part == part) - 1;
        return at >= 0 && items[at].Part == AgendaPart.Pauze && !ReferenceEquals(items[at], agenda.RoundPause) ? Pause(c, agenda, t, at) : [];
    }

    private static IEnumerable<SlidePlan> Pause(PlanContext c, Agenda agenda, SessionTexts t, int at)
    {
        if (at < 0)
            return [];
        var pause = agenda.Items[at];
        // What to lay out meanwhile depends on what follows: the maps before the map is built, the ambition's sheet before the ambition.
        var notes = at + 1 < agenda.Items.Count && t.PauseBefore(agenda.Items[at + 1].Part) is { } prepare ? t.PauseNotes + " " + prepare : t.PauseNotes;
        var heading = agenda.Start is { } clock
            ? t.PauseUntil.Fill(Dates.Clock(clock.AddMinutes(pause.EndMinute)))
            : t.PauseFor.Fill((pause.EndMinute - pause.StartMinute).ToString(System.Globalization.CultureInfo.InvariantCulture));
        // After turns, the questions the round sent to the posters' 'Vragen aan ons' are answered there, in writing, by every party alike
        // (a reader: the questions on sticky notes were never picked up again); in the meeting of the turns only (a reader found it again
        // at the second meeting's pause).
        var questions = agenda.Items.Take(at).Any(i => i.Part == AgendaPart.Ronde && i.Meeting == pause.Meeting) ? t.PauseQuestions.Fill(c.Words.Posters.Questions) : null;
        return Centred(c, heading, at + 1 < agenda.Items.Count ? t.PauseNext.Fill(Lower(AgendaSlides.Part(agenda, agenda.Items[at + 1], t, withTurn: false))) : null,
            notes, t, c.Words.Shapes.Pause, questions);
        // The part's name as the agenda writes it, within a sentence: "Daarna: samen de gezamenlijke kaart bouwen".
        static string Lower(string part) => part.Length == 0 ? part : char.ToLower(part[0], System.Globalization.CultureInfo.InvariantCulture) + part[1..];
    }

    /// <summary>
    /// A slide of one large title in the slide's middle and a line under it (a pause, the end or start of a meeting); as a title and
    /// a list where the title does not fit large or the line takes more than two lines.
    /// </summary>
    /// <param name="more">A second line under the first, where there is one.</param>
    internal static IEnumerable<SlidePlan> Centred(PlanContext c, string heading, string? line, string notes, SessionTexts t, string name, string? more = null)
    {
        var title = Slides.Title(c, heading);
        IReadOnlyList<TextParagraph> next = line is not null ? [new TextParagraph([new TextRun(line, false, c.Colours.Ink)], SpaceBeforeEm: 0),
            .. more is null ? Array.Empty<TextParagraph>() : [new TextParagraph([new TextRun(more, false, c.Colours.Ink)], SpaceBeforeEm: 0.6)]] : [];
        var room = c.Page.BodyBox with { Y = c.Page.TitleBox.Y, Height = c.Page.BodyBox.Bottom - c.Page.TitleBox.Y };
        var nextHeight = next.Count == 0 ? new Emu(0) : Slides.Height(c, next, room.Width, QuestionSlides.NextPt);
        var gap = next.Count == 0 ? new Emu(0) : Emu.FromMm(6);
        if (c.Text.LargestFit([title], room with { Height = room.Height - nextHeight - gap }, QuestionSlides.QuestionTitleMax, c.Scale.TitleMin) is not { } size
            || next.Any(p => c.Text.LineCount(p, TextLayout.Inner(room.Width, TextLayout.InsetX), QuestionSlides.NextPt) > 2))
            return Slides.List(c, heading, next, notes, t.Continued, name).Select(s => Slides.OnAccent(c, s));
        // The title and the line under it as one block in the slide's middle.
        var titleHeight = Slides.Height(c, [title], room.Width, size);
        var top = room.Y + (room.Height - titleHeight - gap - nextHeight) / 2;
        var titleBox = room with { Y = top, Height = titleHeight };
        List<SlideElement> elements = next.Count == 0 ? [] :
            [new TextElement(room with { Y = titleBox.Bottom + gap, Height = nextHeight }, next, QuestionSlides.NextPt, c.Colours.Ink, Align: TextAlign.Center, Name: name)];
        return [Slides.OnAccent(c, new SlidePlan(SlideLayoutKind.Inhoud, Slides.Element(c, titleBox, title, size, align: TextAlign.Center), elements, notes))];
    }
}
