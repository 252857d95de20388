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
        slides.AddRange(OpeningSlides.Plan(c, coalition, t));
        slides.AddRange(AgendaSlides.Plan(c, coalition, agenda, t));
        var partners = PartnerSlides.Plan(c, coalition, agenda, t, firstNumber: slides.Count + 1,
            changes?.NewItems ?? new HashSet<Item>(), c.Words.Changes.NewTag, Pause(c, agenda, t).ToList());
        slides.AddRange(partners.Slides);
        slides.AddRange(MapSlides.Plan(c, coalition, t));
        slides.AddRange(QuestionSlides.Plan(c, analysis, t, c.Words.Values, changes));
        slides.AddRange(FrontPageSlides.Plan(c, coalition, t));
        slides.AddRange(ClosingSlides.Plan(c, coalition, t));
        // Titled by the coalition, not by the workbooks' headline: the group chooses that one in the session (a reader found it in the file's properties).
        return c.Presentation(coalition.Naam ?? t.NoHeadline, slides);
    }

    /// <summary>
    /// After the round, when the agenda has a pause: a slide that says so, until when, and what comes after it, for the
    /// room to see while it stands up (the agenda and the order of the round announce it; the screen should too): the
    /// times large in the middle, read from the coffee table, as a question stands on its slide.
    /// </summary>
    private static IEnumerable<SlidePlan> Pause(PlanContext c, Agenda agenda, SessionTexts t)
    {
        var at = agenda.Items.ToList().FindIndex(i => i.Part == AgendaPart.Pauze);
        if (at < 0)
            return [];
        var pause = agenda.Items[at];
        IReadOnlyList<TextParagraph> lines =
        [
            new([new TextRun(AgendaSlides.Time(agenda, pause.StartMinute, pause.EndMinute, t), true, c.Colours.Accent)], SpaceBeforeEm: 0),
            .. at + 1 < agenda.Items.Count ? [new TextParagraph([new TextRun(t.PauseNext.Fill(Lower(AgendaSlides.Part(agenda, agenda.Items[at + 1], t, withTurn: false))))], SpaceBeforeEm: 0.6)] : Array.Empty<TextParagraph>(),
        ];
        var frame = Slides.Frame(c, t.AgendaParts[AgendaPart.Pauze]);
        if (c.Text.LargestFit(lines, frame.Body, QuestionSlides.QuestionMax, c.Scale.BodyMin) is { } size)
            return [new SlidePlan(SlideLayoutKind.Inhoud, frame.Title,
                [new TextElement(frame.Body, lines, size, c.Colours.Ink, Anchor: Anchor.Middle, Name: c.Words.Shapes.Pause)], t.PauseNotes)];
        return Slides.List(c, t.AgendaParts[AgendaPart.Pauze], lines, t.PauseNotes, t.Continued, c.Words.Shapes.Pause);
        // The part's name as the agenda writes it, within a sentence: "Daarna: samen de gezamenlijke kaart bouwen".
        static string Lower(string part) => part.Length == 0 ? part : char.ToLower(part[0], System.Globalization.CultureInfo.InvariantCulture) + part[1..];
    }
}
