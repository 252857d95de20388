using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// The briefing's first page: what it is (the facilitator's, never projected) and for which session, then how the
/// session runs, part by part with its times (the session deck's own agenda, worded as its agenda slide words it),
/// beside the things the method asks the facilitator to watch. A cover of its own was a page with one line on it
/// (a reader); this is what the facilitator reads first and last before the room fills.
/// </summary>
internal static class GuideSlide
{
    /// <summary>The warning's size: a band of two lines across the page, larger than the page's smallest text.</summary>
    private const double WarningPt = 16;

    public static SlidePlan Plan(PlanContext c, Coalition coalition, BriefingTexts t)
    {
        var agenda = Agenda.Of(coalition);
        var entries = Entries(c, coalition, agenda, t, apart: true);
        List<TextParagraph> Spaced(double between, bool apart) =>
            entries.Select((e, i) => new TextParagraph(e.Part, SpaceBeforeEm: i == 0 ? 0 : e.Time.Length == 0 && apart ? between * MeetingSpace : between)).ToList();
        // Set by the first arrangement below that fits: the agenda's parts, spaced.
        List<TextParagraph> parts = [];
        var watch = Watch(coalition, t);
        var round = Longer(c, coalition, agenda, t);
        var frame = Slides.Frame(c, t.CoverTitle);
        var (detail, band) = Head(c, coalition, t, frame.Body);
        var below = band.Box.Bottom + c.Page.Gap;
        var body = frame.Body with { Y = below, Height = frame.Body.Bottom - below };
        var (left, right) = (Columns.Of(body, 0, 2, c.Page.Gap), Columns.Of(body, 1, 2, c.Page.Gap));
        // The agenda's heading across its column, the times in a column of their own under it, the parts beside them: a part that
        // wraps goes on under its own text, not under its time.
        Emu Heading(double size) => Slides.Lines(c, 1, size);
        Emu TimeWidth(double size) => Emu.FromPt(entries.Max(e => c.Text.Bold.Width(e.Time, size)) * 1.1) + TextLayout.InsetX * 2;
        Rect Parts(double size) => new(left.X + TimeWidth(size), left.Y + Heading(size), left.Width - TimeWidth(size), left.Height - Heading(size));
        // One size for both columns: the parts in their width, the note under them across the column; a long agenda (24 partners'
        // three pauses) closes its lines up before the note moves. Where the note does not fit even so (long names, a house style's
        // narrow page), it heads the points to watch.
        Emu Note(double size) => round.Count == 0 ? new Emu(0) : Emu.FromPt(size / 2) + Slides.Height(c, round, left.Width, size);
        double? Fit() => Sizes.Largest(c.Scale.BodyMax, c.Scale.BodyMin, size => c.Text.Fits(watch, right, size)
            && Slides.Height(c, parts, Parts(size).Width, size) + Note(size) <= Parts(size).Height);
        double? fit = null;
        // Last, where a long agenda in long words holds no other way, the meetings are not set apart: the second's heading stays.
        foreach (var (noteLeft, between, apart) in new[] { (true, 0.4, true), (true, 0.15, true), (false, 0.4, true), (false, 0.15, true), (false, 0.15, false) })
        {
            if (!apart)
                entries = Entries(c, coalition, agenda, t, apart);
            if (!noteLeft && round.Count > 0)
            {
                watch.InsertRange(1, round.Select(p => p with { Bullet = true, SpaceBeforeEm = 0.5 }));
                round = [];
            }
            parts = Spaced(between, apart);
            if ((fit = Fit()) is not null)
                break;
        }
        var size = fit ?? c.Scale.BodyMin;
        var box = Parts(size);
        // With a note under it the agenda's boxes end where their text does, the note takes the rest of the column.
        if (round.Count > 0)
            box = box with { Height = Emu.Min(box.Height, Slides.Height(c, parts, box.Width, size)) };
        var timed = Timed(c, entries.Select(e => e.Time).ToList(), parts, box, size);
        var heading = new TextParagraph([new TextRun(t.GuideTitle, true)], SpaceBeforeEm: 0);
        var under = box.Bottom + Emu.FromPt(size / 2);
        IReadOnlyList<SlideElement> note = round.Count == 0 ? []
            : [new TextElement(new Rect(left.X, under, left.Width, left.Bottom - under), round, size, c.Colours.Ink, Name: c.Words.Shapes.Guide)];
        return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title,
        [
            .. note,
            detail,
            band,
            new TextElement(left with { Height = Heading(size) }, [heading], size, c.Colours.Ink, Name: c.Words.Shapes.Guide),
            new TextElement(box with { X = left.X, Width = TimeWidth(size) }, timed, size, c.Colours.Ink, Name: c.Words.Shapes.Guide),
            new TextElement(box, parts, size, c.Colours.Ink, Name: c.Words.Shapes.Guide),
            new TextElement(right, watch, size, c.Colours.Ink, Name: c.Words.Shapes.Guide),
        ], t.CoverNotes + "\n\n" + t.GuideNotes);
    }

    /// <summary>
    /// A session longer than planned (the round's shortest turns do not fit it), said in the warning's colour right under the
    /// times it moves: the partners must know before the day. None for a session that keeps its length.
    /// </summary>
    private static IReadOnlyList<TextParagraph> Longer(PlanContext c, Coalition coalition, Agenda agenda, BriefingTexts t) => agenda.Overrun > 0
        ? [new TextParagraph([new TextRun(string.Format(System.Globalization.CultureInfo.InvariantCulture, t.GuideLonger, coalition.Partners.Count, agenda.SpeakingMinutes,
            agenda.Overrun, agenda.PlannedMinutes), true, c.Colours.Warning)], SpaceBeforeEm: 0)]
        : [];

    /// <summary>Space before a meeting's heading, as a multiple of the parts' own: two meetings read as two blocks (a reader: one list, parted by a red line).</summary>
    private const double MeetingSpace = 2.5;

    /// <summary>
    /// Every part with its time; a session of two meetings has each meeting's parts under a heading of their own, the second's
    /// times from its start and its heading giving its date (the krachtenveld's "Datum tweede bijeenkomst"), or, in the warning's
    /// colour, asking to set it (why it has two is in the deck's agenda notes and the check's summary). A heading has no time.
    /// </summary>
    /// <param name="apart">Whether the first meeting has its heading too.</param>
    private static List<(string Time, IReadOnlyList<TextRun> Part)> Entries(PlanContext c, Coalition coalition, Agenda agenda, BriefingTexts t, bool apart)
    {
        var date = coalition.Samenwerking.DatumTweede is { } second
            ? new TextRun(" · " + Dates.Long(second, c.Language), true, c.Colours.Accent)
            : new TextRun(t.GuideSetDate, true, c.Colours.Warning);
        var session = c.Words.Session;
        (string, IReadOnlyList<TextRun>) Entry(AgendaItem item) => (AgendaSlides.Time(agenda, item.StartMinute, item.EndMinute, session), [new TextRun(AgendaSlides.Part(agenda, item, session))]);
        // The first meeting's heading with its date too, when the session has one (a reader: the page named one date for two meetings).
        IReadOnlyList<TextRun> first = coalition.Samenwerking.Datum is { } datum
            ? [new TextRun(t.GuideFirstMeeting, true, c.Colours.Accent), new TextRun(" · " + Dates.Long(datum, c.Language), true, c.Colours.Accent)]
            : [new TextRun(t.GuideFirstMeeting, true, c.Colours.Accent)];
        (string, IReadOnlyList<TextRun>) Heading(AgendaItem item) => item.Meeting == 1 ? ("", first) : ("", [new TextRun(t.GuideSecondMeeting, true, c.Colours.Accent), date]);
        return agenda.Items.SelectMany(item => agenda.TwoMeetings && item.Part == AgendaPart.Opening && (apart || item.Meeting == 2) ? [Heading(item), Entry(item)] : new[] { Entry(item) })
            .ToList();
    }

    /// <summary>Each time level with its part's first line: the space before it takes in the lines the part before it wrapped to.</summary>
    private static List<TextParagraph> Timed(PlanContext c, IReadOnlyList<string> times, IReadOnlyList<TextParagraph> parts, Rect box, double size)
    {
        var lines = parts.Select(p => c.Text.LineCount(p, TextLayout.Inner(box.Width, TextLayout.InsetX), size)).ToList();
        return times.Select((time, i) => new TextParagraph([new TextRun(time, true, c.Colours.Accent)],
            SpaceBeforeEm: i == 0 ? 0 : parts[i].SpaceBeforeEm + (lines[i - 1] - 1) * c.Text.LineHeight(size) / size)).ToList();
    }

    /// <summary>The page's head under its title: the coalition and the session's date, then the band that says the booklet is never projected.</summary>
    private static (TextElement Detail, TextElement Band) Head(PlanContext c, Coalition coalition, BriefingTexts t, Rect body)
    {
        var detail = Slides.CoalitionLine(c, coalition);
        var detailBox = body with { Height = Slides.Lines(c, 1, c.Scale.BodyMax) };
        var warning = new TextParagraph([new TextRun(t.NotForProjection, true)], SpaceBeforeEm: 0);
        var band = new Rect(body.X, detailBox.Bottom + Emu.FromMm(1), body.Width, Slides.Height(c, [warning], body.Width, WarningPt) + Emu.FromMm(2));
        return (new TextElement(detailBox, detail, c.Text.LargestFit(detail, detailBox, c.Scale.BodyMax, c.Scale.BodyMin) ?? c.Scale.BodyMin, c.Colours.Ink, Name: c.Words.Shapes.Coalition),
            new TextElement(band, [warning], WarningPt, c.Colours.OnFill, c.Colours.Warning, Anchor.Middle, Name: c.Words.Shapes.DoNotProject));
    }

    /// <summary>"Let hierop": who opens the round and why, then the points the method asks the facilitator to watch in every session.</summary>
    private static List<TextParagraph> Watch(Coalition coalition, BriefingTexts t)
    {
        var watch = new List<TextParagraph> { new([new TextRun(t.GuideWatchTitle, true)], SpaceBeforeEm: 0) };
        if (coalition.OpensInsteadOf is { } headed)
            watch.Add(new TextParagraph([new TextRun(t.GuideOpener.Fill(coalition.Partners[0].Naam, headed.Naam), true)], Bullet: true, SpaceBeforeEm: 0.5));
        watch.AddRange(t.GuideWatch.Select(w => new TextParagraph([new TextRun(w)], Bullet: true, SpaceBeforeEm: 0.5)));
        return watch;
    }
}
