using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// What to set out before the session, on the page after the first: what to print on A0, where it hangs, what to bring. Readers of
/// the briefing asked for it: the booklet said how the session runs, not what the room needs before it starts.
/// </summary>
internal static class PreparationSlide
{
    public static SlidePlan Plan(PlanContext c, Coalition coalition, BriefingTexts t)
    {
        var agenda = Agenda.Of(coalition);
        IReadOnlyList<TextParagraph> Column(string heading, IEnumerable<string> lines) =>
        [
            new TextParagraph([new TextRun(heading, true, c.Colours.Accent)], SpaceBeforeEm: 0),
            .. lines.Select(line => new TextParagraph([new TextRun(line)], Bullet: true, SpaceBeforeEm: 0.6)),
        ];
        IReadOnlyList<TextParagraph>[] columns =
        [
            Column(t.PrepPrintTitle, t.PrepPrint.Select((line, i) => i == 0 ? line.Fill(coalition.Partners.Count) : line)),
            Column(t.PrepHangTitle, agenda.TwoMeetings ? [.. t.PrepHang, t.PrepKeep] : t.PrepHang),
            Column(t.PrepBringTitle, [.. t.PrepBring, t.PrepClock.Fill(agenda.SpeakingMinutes)]),
        ];
        var frame = Slides.Frame(c, t.PrepTitle);
        var boxes = columns.Select((paragraphs, k) => (paragraphs, Columns.Of(frame.Body, k, columns.Length, c.Page.Gap))).ToList();
        var size = Columns.SharedSize(c, boxes, c.Scale.BodyMax, c.Scale.BodyMin) ?? c.Scale.BodyMin;
        return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title,
            [.. boxes.Select(b => (SlideElement)new TextElement(b.Item2, b.paragraphs, size, c.Colours.Ink, Name: c.Words.Shapes.Preparation))], t.PrepNotes);
    }

    /// <summary>The page as lines of notes, where the briefing has no page to spare for it: its title, then a line a column ("Printen: …; …").</summary>
    public static string Lines(SlidePlan page) => string.Join("\n", page.Elements.OfType<TextElement>()
        .Select(e => e.Paragraphs[0].Text + ": " + string.Join("; ", e.Paragraphs.Skip(1).Select(p => p.Text)))
        .Prepend(page.TitleText + ". " + page.Notes));
}
