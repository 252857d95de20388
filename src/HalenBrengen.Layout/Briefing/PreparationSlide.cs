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
        return Columns.Page(c, t.PrepTitle, columns, t.PrepNotes, c.Words.Shapes.Preparation);
    }
}
