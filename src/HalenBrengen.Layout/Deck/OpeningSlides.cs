using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>The opening: the title slide, why we are here, the ground rules.</summary>
internal static class OpeningSlides
{

    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, Agenda agenda, SessionTexts t) =>
        Title(c, coalition, t, agenda.TwoMeetings ? t.TitleNotesTwo : t.TitleNotes, first: agenda.TwoMeetings)
            .Concat(Purpose(c, coalition, agenda.TwoMeetings ? t.PurposeTextTwo : t.PurposeText, t.PurposeNotes, t)).Concat(Rules(c, t, t.RulesNotes, agenda.ShortTurns));

    /// <summary>
    /// The second meeting's opening, when the session has two: its own title slide (which meeting, and its date when known), why we
    /// are here again (the task, and what the last meeting did and this one does: a reader found no recap two weeks later), the
    /// ground rules again.
    /// </summary>
    /// <param name="shortTurns">The round's turns left no minute for questions: they went on sticky notes, read out first now.</param>
    public static IEnumerable<SlidePlan> SecondMeeting(PlanContext c, Coalition coalition, SessionTexts t, bool shortTurns) =>
        Title(c, coalition, t, (coalition.Partners.Count > QuestionSlides.ManyPartners ? t.SecondMeetingNotesMany : t.SecondMeetingNotes)
            + (shortTurns ? " " + t.SecondMeetingQuestions : ""), second: true).Concat(Purpose(c, coalition, t.PurposeTextSecond, t.PurposeNotesSecond, t)).Concat(Rules(c, t, t.RulesAgainNotes));

    /// <summary>
    /// The coalition's name (or, without one, what kind of session it is), the date and the facilitator, under a
    /// short accent rule that marks where the headline starts: white space around it, no band along the edge.
    /// </summary>
    /// <summary>The title slide's title larger than every other slide's (it opens the session), and smaller than a front page's headline (FrontPage).</summary>
    private const double TitleSlideMax = 48;

    /// <param name="first">The first of two meetings: its title says so, as the second's does (a reader).</param>
    private static IEnumerable<SlidePlan> Title(PlanContext c, Coalition coalition, SessionTexts t, string notes, bool second = false, bool first = false)
    {
        var s = coalition.Samenwerking;
        var margin = c.Page.Margin;
        var width = c.Page.Width - margin - margin;
        var bottom = c.Page.Height - Emu.FromMm(14);
        var titleBox = c.Page.BesideLogo(new Rect(margin, Emu.FromMm(30), width, Emu.FromMm(72)));
        // The coalition opens the session, not a headline: the group chooses its headline later today, and a proposal on
        // the first slide anchors it (two fresh readers).
        var name = s.Naam?.Value ?? t.SessionKind;
        var headline = Slides.Title(c, name);
        var titleSize = c.Text.LargestFit([headline], titleBox, Math.Max(TitleSlideMax, c.Scale.TitleMax), c.Scale.TitleMin) ?? c.Scale.TitleMin;

        var lines = new List<TextParagraph>();
        var details = s.Naam is null ? new List<string>() : [t.SessionKind];
        // The second meeting: which it is, and its date when the krachtenveld gives one.
        if (second)
        {
            details.Add(t.SecondMeetingKind);
            if (s.DatumTweede is { } date)
                details.Add(Dates.Long(date, c.Language));
        }
        else
        {
            if (first)
                details.Add(t.FirstMeetingKind);
            if (s.Datum is { } datum)
                details.Add(Dates.Long(datum, c.Language));
        }
        if (details.Count > 0)
            lines.Add(new TextParagraph([new TextRun(string.Join(" · ", details), false, c.Colours.Muted)], SpaceBeforeEm: 0));
        // The facilitator on a line of their own: a name is never broken over two lines ("Marieke van den / Berg").
        if (s.Begeleider is { } begeleider)
            lines.Add(new TextParagraph([new TextRun($"{t.Facilitator}: {begeleider.Value}", false, c.Colours.Muted)], SpaceBeforeEm: lines.Count == 0 ? 0 : 0.1));
        var detailBox = c.Page.BesideLogo(new Rect(margin, titleBox.Bottom + Emu.FromMm(6), width, bottom - titleBox.Bottom - Emu.FromMm(12)));
        var detailSize = c.Text.LargestFit(lines, detailBox, Math.Min(c.Scale.BodyMax, titleSize - 4), c.Scale.BodyMin);

        if (c.Text.Fits([headline], titleBox, titleSize) && (lines.Count == 0 || detailSize is not null))
        {
            yield return Slides.OnAccent(c, new SlidePlan(SlideLayoutKind.Titel, Slides.Element(c, titleBox, headline, titleSize, anchor: Anchor.Bottom),
            [
                .. lines.Count == 0 ? Array.Empty<SlideElement>() : [new TextElement(detailBox, lines, detailSize!.Value, c.Colours.Ink, Name: c.Words.Shapes.Coalition)],
                Accent(c, titleBox, headline, titleSize),
            ], notes));
            yield break;
        }
        // A headline or name too long for a title slide: the same words as an ordinary list, nothing dropped.
        foreach (var slide in Slides.List(c, name, lines, notes, t.Continued, c.Words.Shapes.Coalition))
            yield return slide;
    }

    /// <summary>A short heavy rule in the accent colour just above the headline's first line, at the left margin.</summary>
    private static LineElement Accent(PlanContext c, Rect titleBox, TextParagraph headline, double titleSize)
    {
        var text = Emu.FromPt(c.Text.Height([headline], TextLayout.Inner(titleBox.Width, TextLayout.InsetX), titleSize));
        var y = titleBox.Bottom - TextLayout.InsetY - text - Emu.FromMm(5);
        var x = titleBox.X + TextLayout.InsetX;
        return new LineElement(new Point(x, y), new Point(x + Emu.FromMm(28), y), Emu.FromPt(4), c.Colours.Accent, c.Words.Shapes.Accent);
    }

    /// <summary>
    /// The opening's few lines (why we are here, the ground rules) up to this size: a room reads them as the session starts, and at the
    /// body's largest they left the slide's lower half empty (two readers). Below the title's smallest, so the title stays the largest.
    /// </summary>
    private const double OpeningMax = 32;

    /// <summary>Why we are here: the coalition's task, and under it what this meeting does, both in the ink (a reader found the grey of
    /// the second too pale for a projector).</summary>
    private static IEnumerable<SlidePlan> Purpose(PlanContext c, Coalition coalition, string text, string notes, SessionTexts t)
    {
        var paragraphs = new List<TextParagraph>();
        if (coalition.Samenwerking.Opgave is { } opgave)
            paragraphs.Add(new TextParagraph([new TextRun(opgave.Value, false, c.Colours.Ink)], SpaceBeforeEm: 0));
        paragraphs.Add(new TextParagraph([new TextRun(text, false, c.Colours.Ink)], SpaceBeforeEm: paragraphs.Count == 0 ? 0 : 0.8));
        return Slides.List(c, t.PurposeTitle, paragraphs, notes, t.Continued, c.Words.Shapes.Task, OpeningMax);
    }

    /// <param name="shortTurns">The round's turns leave no minute for questions: the rule about questions says they go on a sticky note, as
    /// the round's slides do (a reader found the two at odds).</param>
    private static IEnumerable<SlidePlan> Rules(PlanContext c, SessionTexts t, string notes, bool shortTurns = false) =>
        Slides.List(c, t.RulesTitle, t.GroundRules.Select(rule => shortTurns && rule == t.AskRule ? t.AskRuleShort : rule)
            .Select((rule, i) => new TextParagraph([new TextRun(rule)], Bullet: true, SpaceBeforeEm: i == 0 ? 0 : 0.6)).ToList(), notes, t.Continued, c.Words.Shapes.GroundRules, OpeningMax);
}
