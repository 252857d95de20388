using HalenBrengen.Core.Analysis;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// Who does what, and the close with the next steps. 'Wie doet wat?' is always there, since agreeing who takes on what is part
/// of every session: one question to the room, as the map's questions are, with the work sheet's field where the agreements go
/// (readers, six of them: a table to type into live, over three slides at 24 partners, asked the facilitator to leave the slide
/// show in front of the room, and the A0 work sheet has the field for them already). The krachtenveld's proposals are the
/// facilitator's, in the briefing: never in this file, which the partners may be given.
/// </summary>
internal static class ClosingSlides
{
    /// <summary>
    /// The slides; 'Wie doet wat?' says the whole minutes each party has in turn, as the round does (a reader: equal time, kept so
    /// carefully in the round, was never shown at the step that makes the agreements), and the minutes left for what the parties do
    /// together, at least <see cref="Together"/> where the part has them, else at least <see cref="TogetherLeast"/> (a reader: seven
    /// times two of fifteen minutes left one for the agreements together). Without a whole minute each, no minutes are said.
    /// </summary>
    public static IEnumerable<SlidePlan> Plan(PlanContext c, SessionTexts t, Agenda agenda, int partners)
    {
        var part = agenda.Items.FirstOrDefault(i => i.Part == AgendaPart.Afspraken);
        var (each, together) = part is null || partners == 0 ? (0, 0) : Shares(part.Minutes, partners);
        string Minutes(int m) => m == 1 ? t.EachMinute : t.EachMinutes.Fill(m);
        var work = each >= 1 ? t.ActivitiesWorkTimed.Fill(Minutes(each), Minutes(together)) : t.ActivitiesWork;
        return QuestionSlides.Asked(c, t.ActivitiesKicker, t.ActivitiesTitle, work, t.ActivitiesNotes).Concat(Close(c, t));
    }

    /// <summary>The minutes for what the parties do together, at least, where the part has them beside a minute a party.</summary>
    public const int Together = 10;

    /// <summary>The minutes for what the parties do together, at least, in a short part.</summary>
    public const int TogetherLeast = 5;

    /// <summary>The whole minutes each party has in turn and the minutes left for what the parties do together.</summary>
    public static (int Each, int Together) Shares(int minutes, int partners)
    {
        var each = (minutes - (minutes - partners >= Together ? Together : TogetherLeast)) / partners;
        return each < 1 ? (0, 0) : (each, minutes - each * partners);
    }

    private static IEnumerable<SlidePlan> Close(PlanContext c, SessionTexts t) =>
        Slides.List(c, t.ClosingTitle, t.NextSteps.Select((step, i) => new TextParagraph([new TextRun(step)], Bullet: true, SpaceBeforeEm: i == 0 ? 0 : 0.6)).ToList(),
            t.ClosingNotes, t.Continued, c.Words.Shapes.NextSteps);
}
