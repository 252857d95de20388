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
        var rows = coalition.Activiteiten.Select(a => (IReadOnlyList<string>)[a.Partij?.Value is { Length: > 0 } p ? p : t.Together, a.Text.Value, a.Wanneer?.Value ?? ""]).ToList();
        // Every partner has a row: one the krachtenveld names no activity for gets an empty one, to fill in together.
        rows.AddRange(coalition.Partners.Where(p => !coalition.Activiteiten.Any(a => a.Partij is not null && Core.TextKey.Name(a.Partij.Value) == p.Key))
            .Select(p => (IReadOnlyList<string>)[p.Naam, "", ""]));
        var frame = Slides.Frame(c, t.ActivitiesTitle);
        var pages = Tables.Plan(c, frame.Body, [2.4, 4.2, 1.8], t.ActivityHeaders, rows, c.Scale.TableMax, c.Scale.TableMin, c.Words.Shapes.Activities);
        return pages.Select((table, i) => new SlidePlan(SlideLayoutKind.Inhoud,
            i == 0 ? frame.Title : Slides.Frame(c, Slides.Continued(t.ActivitiesTitle, i, t.Continued)).Title, [table], t.ActivitiesNotes));
    }

    private static IEnumerable<SlidePlan> Close(PlanContext c, SessionTexts t) =>
        Slides.List(c, t.ClosingTitle, t.NextSteps.Select((step, i) => new TextParagraph([new TextRun(step)], Bullet: true, SpaceBeforeEm: i == 0 ? 0 : 0.6)).ToList(),
            t.ClosingNotes, t.Continued, c.Words.Shapes.NextSteps);
}
