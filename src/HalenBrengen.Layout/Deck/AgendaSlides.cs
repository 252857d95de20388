using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>The agenda with its times, and the order of the round with every party's turn.</summary>
internal static class AgendaSlides
{

    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, Agenda agenda, SessionTexts t) =>
        Table(c, coalition, agenda, t).Concat(Order(c, coalition, agenda, t));

    /// <summary>Clock times when the session has a start time, else minutes from the start: "13:30–13:40" or "0–10 min".</summary>
    public static string Time(Agenda agenda, int start, int end, SessionTexts t) => agenda.Start is { } clock
        ? $"{Dates.Clock(clock.AddMinutes(start))}–{Dates.Clock(clock.AddMinutes(end))}"
        : string.Format(CultureInfo.InvariantCulture, t.FromStart, start, end);

    /// <summary>A part's name, the round with every party's speaking time: the agenda slide and the briefing's guide say it alike.</summary>
    public static string Part(Agenda agenda, AgendaItem item, SessionTexts t) =>
        t.AgendaParts[item.Part] + (item.Part == AgendaPart.Ronde ? " (" + string.Format(CultureInfo.InvariantCulture, t.PerParty, agenda.SpeakingMinutes) + ")" : "");

    private static string At(Agenda agenda, int minute, SessionTexts t) => agenda.Start is { } clock
        ? Dates.Clock(clock.AddMinutes(minute))
        : string.Format(CultureInfo.InvariantCulture, t.AfterMinutes, minute);

    private static IEnumerable<SlidePlan> Table(PlanContext c, Coalition coalition, Agenda agenda, SessionTexts t)
    {
        var rows = agenda.Items.Select(i => (IReadOnlyList<string>)
        [
            Time(agenda, i.StartMinute, i.EndMinute, t),
            Part(agenda, i, t),
        ]).ToList();
        var notes = t.AgendaNotes;
        if (!agenda.DurationGiven)
            notes += " " + string.Format(CultureInfo.InvariantCulture, t.NoDurationNote, agenda.PlannedMinutes);
        if (agenda.Overrun > 0)
            notes += " " + string.Format(CultureInfo.InvariantCulture, t.OverrunNote, coalition.Partners.Count, agenda.Overrun);
        var frame = Slides.Frame(c, t.AgendaTitle);
        var pages = Tables.Plan(c, frame.Body, [1.3, 4], [t.TimeHeader, t.PartHeader], rows, c.Scale.TableMax, c.Scale.TableMin, c.Words.Shapes.Agenda);
        return pages.Select((table, i) => new SlidePlan(SlideLayoutKind.Inhoud,
            i == 0 ? frame.Title : Slides.Frame(c, Slides.Continued(t.AgendaTitle, i, t.Continued)).Title, [table], notes));
    }

    /// <summary>Every party with the time its turn starts, in as many columns as keep the type large.</summary>
    private static IEnumerable<SlidePlan> Order(PlanContext c, Coalition coalition, Agenda agenda, SessionTexts t)
    {
        if (coalition.Partners.Count == 0)
            yield break;
        var turns = agenda.Turns(coalition.Partners.Count).ToList();
        var entries = coalition.Partners.Select((p, i) => new TextParagraph(
            [new TextRun(At(agenda, turns[i], t) + "  ", true, c.Colours.Accent), new TextRun(p.Naam)], SpaceBeforeEm: i == 0 ? 0 : 0.35)).ToList();
        var frame = Slides.Frame(c, t.OrderTitle);
        for (var columns = 1; columns <= 3; columns++)
        {
            var perColumn = (entries.Count + columns - 1) / columns;
            var parts = Enumerable.Range(0, columns)
                .Select(k => (IReadOnlyList<TextParagraph>)entries.Skip(k * perColumn).Take(perColumn).Select((e, i) => i == 0 ? e with { SpaceBeforeEm = 0 } : e).ToList())
                .Select((paragraphs, k) => (paragraphs, Columns.Of(frame.Body, k, columns, c.Page.Gap)))
                .Where(p => p.paragraphs.Count > 0).ToList();
            if (Columns.SharedSize(c, parts, c.Scale.BodyMax, c.Scale.BodyMin) is { } size)
            {
                yield return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title,
                    parts.Select((p, k) => (SlideElement)new TextElement(p.Item2, p.paragraphs, size, c.Colours.Ink, Name: c.Words.Shapes.OrderPart.Fill(k + 1))).ToList(), t.OrderNotes);
                yield break;
            }
        }
        foreach (var slide in Slides.List(c, t.OrderTitle, entries, t.OrderNotes, t.Continued, c.Words.Shapes.Order))
            yield return slide;
    }
}
