using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// The ambition as the front page of a newspaper: a masthead with the coalition's name and the date,
/// the krantenkop as the headline (the largest text in the deck) and the shared ambition as the lead.
/// Without a shared one yet, every partner's proposed headline becomes a candidate front page, followed
/// by an empty one to write the group's choice on.
/// </summary>
internal static class FrontPageSlides
{
    /// <summary>A newspaper's margins are wider than a slide's.</summary>
    private static readonly Emu Margin = Emu.FromMm(16);

    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, SessionTexts t)
    {
        var s = coalition.Samenwerking;
        if (s.Krantenkop is not null || s.GedeeldeAmbitie is not null)
        {
            foreach (var slide in Page(c, coalition, t, s.Krantenkop?.Value ?? t.EmptyHeadline, s.GedeeldeAmbitie?.Value ?? t.EmptyLead, null, t.FrontPageNotes))
                yield return slide;
            yield break;
        }
        var proposals = coalition.Partners.Where(p => p.Kaart?.Krantenkop is not null).ToList();
        for (var i = 0; i < proposals.Count; i++)
        {
            var kaart = proposals[i].Kaart!;
            foreach (var slide in Page(c, coalition, t, kaart.Krantenkop!.Value, kaart.Ambitie?.Value, string.Format(System.Globalization.CultureInfo.InvariantCulture, t.Candidate, Letter(i)), t.CandidateNotes))
                yield return slide;
        }
        foreach (var slide in Page(c, coalition, t, t.EmptyHeadline, t.EmptyLead, null, t.EmptyFrontPageNotes))
            yield return slide;
    }

    /// <summary>A, B, …, Z, AA, AB: candidates are told apart without numbering the partners.</summary>
    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : Letter(index / 26 - 1) + Letter(index % 26);

    private static IEnumerable<SlidePlan> Page(PlanContext c, Coalition coalition, SessionTexts t, string headline, string? lead, string? label, string notes)
    {
        var s = coalition.Samenwerking;
        var inner = c.Page.Width - Margin - Margin;
        // The masthead and its rules stay centred when a logo takes a corner: they get narrower on both sides.
        var masthead = c.Page.BesideLogoCentred(new Rect(Margin, Emu.FromMm(8), inner, Emu.FromMm(20)));
        var upper = c.Page.BesideLogoCentred(new Rect(Margin, Emu.FromMm(29.5), inner, new Emu(1)));
        var dateline = c.Page.BesideLogoCentred(new Rect(Margin, Emu.FromMm(30.5), inner, Slides.Lines(c, 1, c.Scale.Caption)));
        var lower = c.Page.BesideLogoCentred(new Rect(Margin, dateline.Bottom + Emu.FromMm(1), inner, new Emu(1)));
        var room = c.Page.BesideLogo(new Rect(Margin, Emu.FromMm(50), inner, c.Page.Height - Emu.FromMm(10) - Emu.FromMm(50)));
        var (top, bottom, left, width) = (room.Y, room.Bottom, room.X, room.Width);
        var masthead_ = Slides.Line(c, masthead, [new TextRun(s.Naam?.Value ?? t.SessionKind, true)], TypeScale.MastheadMax, c.Scale.BodyMin,
            c.Colours.Ink, c.Words.Shapes.FrontPage, TextAlign.Center);
        var date = s.Datum is { } datum ? Dates.Long(datum, c.Language) : "";
        var chrome = new List<SlideElement>
        {
            masthead_,
            new LineElement(new Point(upper.X, upper.Y), new Point(upper.Right, upper.Y), Emu.FromPt(2.25), c.Colours.Ink, c.Words.Shapes.RuleAbove),
            Slides.Line(c, label is null ? dateline : dateline with { Width = dateline.Width / 2 }, [new TextRun(date)], c.Scale.Caption, c.Scale.Caption,
                c.Colours.Muted, c.Words.Shapes.Date),
            new LineElement(new Point(lower.X, lower.Y), new Point(lower.Right, lower.Y), Emu.FromPt(0.75), c.Colours.Ink, c.Words.Shapes.RuleBelow),
        };
        if (label is not null)
            chrome.Add(Slides.Line(c, dateline with { X = dateline.X + dateline.Width / 2, Width = dateline.Width / 2 }, [new TextRun(label, true)], c.Scale.Caption,
                c.Scale.Caption, c.Colours.Accent, c.Words.Shapes.Proposal, TextAlign.Right));

        var headlineParagraph = Slides.Title(c, headline, c.Colours.Ink);
        var leadParagraph = lead is null ? null : new TextParagraph([new TextRun(lead, false, c.Colours.Ink)], SpaceBeforeEm: 0);
        // The headline takes what it needs of the upper part at the largest size; the lead gets the rest.
        foreach (var share in new[] { 0.5, 0.6, 0.7 })
        {
            var headlineBox = room with { Height = room.Height * share };
            if (c.Text.LargestFit([headlineParagraph], headlineBox, TypeScale.HeadlineMax, TypeScale.HeadlineMin) is not { } size)
                continue;
            var used = Emu.FromPt(c.Text.Height([headlineParagraph], TextLayout.Inner(width, TextLayout.InsetX), size) + 2) + TextLayout.InsetY * 2;
            headlineBox = headlineBox with { Height = used };
            var title = Slides.Element(c, headlineBox, headlineParagraph, size, c.Colours.Ink, anchor: Anchor.Top);
            if (leadParagraph is null)
            {
                yield return new SlidePlan(SlideLayoutKind.Inhoud, title, chrome, notes);
                yield break;
            }
            var leadBox = new Rect(left, headlineBox.Bottom + Emu.FromMm(4), width, bottom - headlineBox.Bottom - Emu.FromMm(4));
            var pages = Lists.Plan(c, leadBox, [leadParagraph], Math.Min(TypeScale.LeadMax, size - 8), TypeScale.LeadMin);
            for (var p = 0; p < pages.Count; p++)
                yield return new SlidePlan(SlideLayoutKind.Inhoud, title,
                    [.. chrome, new TextElement(leadBox, pages[p].Paragraphs, pages[p].Size, c.Colours.Ink, Name: c.Words.Shapes.Ambition)], notes);
            yield break;
        }
        // A headline longer than a front page: it continues over pages at the smallest headline size, then the lead.
        var headlinePages = Pages.Balanced(c, [headlineParagraph], room, TypeScale.HeadlineMin);
        foreach (var piece in headlinePages)
            yield return new SlidePlan(SlideLayoutKind.Inhoud, new TextElement(room, piece, TypeScale.HeadlineMin, c.Colours.Ink, Name: c.Words.Shapes.Title, Heading: true), chrome, notes);
        if (leadParagraph is not null)
            foreach (var piece in Pages.Balanced(c, [leadParagraph], room, TypeScale.LeadMin))
                yield return new SlidePlan(SlideLayoutKind.Inhoud, null, [.. chrome, new TextElement(room, piece, TypeScale.LeadMin, c.Colours.Ink, Name: c.Words.Shapes.Ambition)], notes);
    }
}
