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
        var times = agenda.Items.Select(item => AgendaSlides.Time(agenda, item.StartMinute, item.EndMinute, session)).ToList();
        var parts = agenda.Items.Select((item, i) => new TextParagraph([new TextRun(AgendaSlides.Part(agenda, item, session))], SpaceBeforeEm: i == 0 ? 0 : 0.4)).ToList();
        var watch = new List<TextParagraph> { new([new TextRun(t.GuideWatchTitle, true)], SpaceBeforeEm: 0) };
        // A session longer than planned (the round's shortest turns do not fit it) is the first thing to watch: the partners must know.
        if (agenda.Overrun > 0)
            watch.Add(new TextParagraph([new TextRun(string.Format(System.Globalization.CultureInfo.InvariantCulture, t.GuideLonger, coalition.Partners.Count, agenda.SpeakingMinutes,
                agenda.Overrun, agenda.PlannedMinutes), true, c.Colours.Warning)],
                Bullet: true, SpaceBeforeEm: 0.5));
        if (coalition.OpensInsteadOf is { } headed)
            watch.Add(new TextParagraph([new TextRun(t.GuideOpener.Fill(coalition.Partners[0].Naam, headed.Naam), true)], Bullet: true, SpaceBeforeEm: 0.5));
        watch.AddRange(t.GuideWatch.Select(w => new TextParagraph([new TextRun(w)], Bullet: true, SpaceBeforeEm: 0.5)));
        var frame = Slides.Frame(c, t.GuideTitle);
        var (left, right) = (Columns.Of(frame.Body, 0, 2, c.Page.Gap), Columns.Of(frame.Body, 1, 2, c.Page.Gap));
        // The times in a column of their own, the parts beside them: a part that wraps goes on under its own text, not under its time.
        Emu TimeWidth(double size) => Emu.FromPt(times.Max(time => c.Text.Bold.Width(time, size)) * 1.1) + TextLayout.InsetX * 2;
        Rect Parts(double size) => left with { X = left.X + TimeWidth(size), Width = left.Width - TimeWidth(size) };
        var columns = new[] { ((IReadOnlyList<TextParagraph>)parts, Parts(c.Scale.BodyMax)), (watch, right) };
        var size = Columns.SharedSize(c, columns, c.Scale.BodyMax, c.Scale.BodyMin) ?? c.Scale.BodyMin;
        var box = Parts(size);
        // Each time stands level with its part's first line: the space before it takes in the lines the part before it wrapped to.
        var lines = parts.Select(p => c.Text.LineCount(p, TextLayout.Inner(box.Width, TextLayout.InsetX), size)).ToList();
        var timed = times.Select((time, i) => new TextParagraph([new TextRun(time, true, c.Colours.Accent)],
            SpaceBeforeEm: i == 0 ? 0 : 0.4 + (lines[i - 1] - 1) * c.Text.LineHeight(size) / size)).ToList();
        return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title,
        [
            new TextElement(left with { Width = TimeWidth(size) }, timed, size, c.Colours.Ink, Name: c.Words.Shapes.Guide),
            new TextElement(box, parts, size, c.Colours.Ink, Name: c.Words.Shapes.Guide),
            new TextElement(right, watch, size, c.Colours.Ink, Name: c.Words.Shapes.Guide),
        ], t.GuideNotes);
    }
}
