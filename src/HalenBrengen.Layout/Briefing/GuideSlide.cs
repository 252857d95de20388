using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// The page after the cover: how the session runs, part by part with its times (the session deck's own
/// agenda, worded as its agenda slide words it), and the three things the method asks the facilitator to
/// watch. What the facilitator reads last before the room fills.
/// </summary>
internal static class GuideSlide
{
    public static SlidePlan Plan(PlanContext c, Coalition coalition, BriefingTexts t)
    {
        var session = c.Words.Session;
        var agenda = Agenda.Of(coalition);
        var parts = agenda.Items.Select((item, i) => new TextParagraph(
        [
            new TextRun(AgendaSlides.Time(agenda, item.StartMinute, item.EndMinute, session) + "  ", true, c.Colours.Accent),
            new TextRun(AgendaSlides.Part(agenda, item, session)),
        ], SpaceBeforeEm: i == 0 ? 0 : 0.4)).ToList();
        var watch = new List<TextParagraph> { new([new TextRun(t.GuideWatchTitle, true)], SpaceBeforeEm: 0) };
        watch.AddRange(t.GuideWatch.Select(w => new TextParagraph([new TextRun(w)], Bullet: true, SpaceBeforeEm: 0.5)));
        var frame = Slides.Frame(c, t.GuideTitle);
        var columns = new[] { ((IReadOnlyList<TextParagraph>)parts, Columns.Of(frame.Body, 0, 2, c.Page.Gap)), (watch, Columns.Of(frame.Body, 1, 2, c.Page.Gap)) };
        var size = Columns.SharedSize(c, columns, c.Scale.BodyMax, c.Scale.BodyMin) ?? c.Scale.BodyMin;
        return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title,
            columns.Select(p => (SlideElement)new TextElement(p.Item2, p.Item1, size, c.Colours.Ink, Name: c.Words.Shapes.Guide)).ToList(), t.GuideNotes);
    }
}
