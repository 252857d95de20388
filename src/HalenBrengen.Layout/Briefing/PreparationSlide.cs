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
    /// <param name="posters">The posters as planned: where given, how many A0 sheets each takes, all of them, and how long a wall they need
    /// (readers: "elk vel" gave no count, and 24 partners' 33 sheets need some 28 m of wall).</param>
    public static SlidePlan Plan(PlanContext c, Coalition coalition, BriefingTexts t, IReadOnlyList<Posters.PosterPlan>? posters = null)
    {
        var agenda = Agenda.Of(coalition);
        var (print, hang) = posters is null ? (t.PrepPrint.Select((line, i) => i == 0 ? line.Fill(coalition.Partners.Count) : line).ToList(), t.PrepHang) : Counted(posters, t);
        IReadOnlyList<TextParagraph> Column(string heading, IEnumerable<string> lines) =>
        [
            new TextParagraph([new TextRun(heading, true, c.Colours.Accent)], SpaceBeforeEm: 0),
            .. lines.Select(line => new TextParagraph([new TextRun(line)], Bullet: true, SpaceBeforeEm: 0.6)),
        ];
        IReadOnlyList<TextParagraph>[] columns =
        [
            Column(t.PrepPrintTitle, print),
            Column(t.PrepHangTitle, agenda.TwoMeetings ? [.. hang, t.PrepKeep] : hang),
            Column(t.PrepBringTitle, [.. t.PrepBring, t.PrepClock.Fill(agenda.TellingMinutes)]),
        ];
        return Columns.Page(c, t.PrepTitle, columns, t.PrepNotes, c.Words.Shapes.Preparation);
    }

    /// <summary>The room between two partners' posters on the wall, for the people who stand at each.</summary>
    public const double PosterGapMm = 200;

    /// <summary>What to print with each poster's sheets and all of them, and where it hangs with the walls' lengths in whole metres, rounded up.</summary>
    private static (List<string> Print, IReadOnlyList<string> Hang) Counted(IReadOnlyList<Posters.PosterPlan> posters, BriefingTexts t)
    {
        var partners = posters.Where(p => p.Kind == Posters.PosterKind.Partner).ToList();
        var (map, work) = (posters.Where(p => p.Kind == Posters.PosterKind.CombinedMap).ToList(), posters.Where(p => p.Kind == Posters.PosterKind.WorkSheet).ToList());
        string Sheets(int n) => n == 1 ? t.PrepSheet : t.PrepSheets.Fill(n);
        static int Count(IEnumerable<Posters.PosterPlan> kind) => kind.Sum(p => p.Sheets.Slides.Count);
        // The partners' posters apart, room to stand at each (a reader: seven A0s of 84 cm on "6 m wand" left no gap); the work sheet's
        // sheets side by side, one field.
        static string Metres(IReadOnlyList<Posters.PosterPlan> kind, double gap) =>
            ((int)Math.Ceiling((kind.Sum(p => p.Sheets.Slides.Count * p.Sheets.Width.Mm) + gap * Math.Max(0, kind.Count - 1)) / 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        List<string> print = [.. t.PrepPrintCounted.Select((line, i) => i switch
        {
            0 => line.Fill(Sheets(Count(partners))),
            1 => line.Fill(Sheets(Count(map))),
            2 => line.Fill(Sheets(Count(work))),
            _ => line,
        }), t.PrepTotal.Fill(Count(posters))];
        return (print, [t.PrepHangWalls[0].Fill(Metres(partners, PosterGapMm)), t.PrepHangWalls[1].Fill(Metres(work, 0)), .. t.PrepHang.Skip(2)]);
    }
}
