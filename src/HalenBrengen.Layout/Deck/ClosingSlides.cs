using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// Who does what, and the close with the next steps. The table is always there, since agreeing who takes
/// on what is part of every session: the activities the krachtenveld names, and an empty row for every
/// partner it names none for, to fill in together.
/// </summary>
internal static class ClosingSlides
{
    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, SessionTexts t) => Activities(c, coalition, t).Concat(Close(c, t));

    private static IEnumerable<SlidePlan> Activities(PlanContext c, Coalition coalition, SessionTexts t)
    {
        // A row per partner in the order of the round: its activities, or an empty row to fill in together;
        // then what the partners do together. An activity for a party outside the round stays, after them.
        bool Of(Activiteit a, Partner p) => a.Partij is not null && Core.TextKey.Name(a.Partij.Value) == p.Key;
        static IReadOnlyList<string> Row(string party, Activiteit? a) => [party, a?.Text.Value ?? "", a?.Wanneer?.Value ?? ""];
        var rows = coalition.Partners.SelectMany(p => coalition.Activiteiten.Where(a => Of(a, p)).Select(a => Row(p.Naam, a)).DefaultIfEmpty(Row(p.Naam, null))).ToList();
        rows.AddRange(coalition.Activiteiten.Where(a => !coalition.Partners.Any(p => Of(a, p)))
            .Select(a => Row(a.Partij?.Value is { Length: > 0 } party ? party : t.Together, a)));
        var frame = Slides.Frame(c, t.ActivitiesTitle);
        var pages = Tables.Plan(c, frame.Body, [2.4, 4.2, 1.8], t.ActivityHeaders, rows, c.Scale.TableMax, c.Scale.TableMin, c.Words.Shapes.Activities);
        return pages.Select((table, i) => new SlidePlan(SlideLayoutKind.Inhoud,
            i == 0 ? frame.Title : Slides.Frame(c, Slides.Continued(t.ActivitiesTitle, i, t.Continued)).Title, [table], t.ActivitiesNotes));
    }

    private static IEnumerable<SlidePlan> Close(PlanContext c, SessionTexts t) =>
        Slides.List(c, t.ClosingTitle, t.NextSteps.Select((step, i) => new TextParagraph([new TextRun(step)], Bullet: true, SpaceBeforeEm: i == 0 ? 0 : 0.6)).ToList(),
            t.ClosingNotes, t.Continued, c.Words.Shapes.NextSteps);
}
