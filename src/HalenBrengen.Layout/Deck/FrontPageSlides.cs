using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Texts;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// The ambition as the front page of a newspaper: a masthead with the coalition's name and the date,
/// the krantenkop as the headline (the largest text in the deck) and the shared ambition as the lead.
/// Without a shared one yet, every partner's proposed headline becomes a candidate front page, followed
/// by an empty one to write the group's choice on.
/// </summary>
internal static class FrontPageSlides
{
    private static readonly Emu Margin = Emu.FromMm(16);
    private static readonly Emu Width = DeckTheme.SlideWidth - Margin - Margin;

    public static IEnumerable<SlidePlan> Plan(Coalition coalition, SessionTexts t)
    {
        var s = coalition.Samenwerking;
        if (s.Krantenkop is not null || s.GedeeldeAmbitie is not null)
        {
            foreach (var slide in Page(coalition, t, s.Krantenkop?.Value ?? t.EmptyHeadline, s.GedeeldeAmbitie?.Value ?? t.EmptyLead, null, t.FrontPageNotes))
                yield return slide;
            yield break;
        }
        var proposals = coalition.Partners.Where(p => p.Kaart?.Krantenkop is not null).ToList();
        for (var i = 0; i < proposals.Count; i++)
        {
            var kaart = proposals[i].Kaart!;
            foreach (var slide in Page(coalition, t, kaart.Krantenkop!.Value, kaart.Ambitie?.Value, string.Format(System.Globalization.CultureInfo.InvariantCulture, t.Candidate, Letter(i)), t.CandidateNotes))
                yield return slide;
        }
        foreach (var slide in Page(coalition, t, t.EmptyHeadline, t.EmptyLead, null, t.EmptyFrontPageNotes))
            yield return slide;
    }

    /// <summary>A, B, …, Z, AA, AB: candidates are told apart without numbering the partners.</summary>
    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : Letter(index / 26 - 1) + Letter(index % 26);

    private static IEnumerable<SlidePlan> Page(Coalition coalition, SessionTexts t, string headline, string? lead, string? label, string notes)
    {
        var s = coalition.Samenwerking;
        // The masthead and its rules stay centred when a logo takes a corner: they get narrower on both sides.
        var masthead = DeckTheme.BesideLogoCentred(new Rect(Margin, Emu.FromMm(8), Width, Emu.FromMm(20)));
        var upper = DeckTheme.BesideLogoCentred(new Rect(Margin, Emu.FromMm(29.5), Width, new Emu(1)));
        var dateline = DeckTheme.BesideLogoCentred(new Rect(Margin, Emu.FromMm(30.5), Width, Grammar.Lines(1, TypeScale.Session.Caption)));
        var lower = DeckTheme.BesideLogoCentred(new Rect(Margin, dateline.Bottom + Emu.FromMm(1), Width, new Emu(1)));
        var room = DeckTheme.BesideLogo(new Rect(Margin, Emu.FromMm(50), Width, DeckTheme.SlideHeight - Emu.FromMm(10) - Emu.FromMm(50)));
        var (top, bottom, left, width) = (room.Y, room.Bottom, room.X, room.Width);
        var masthead_ = Grammar.Line(masthead, [new TextRun(s.Naam?.Value ?? t.SessionKind, true)], TypeScale.MastheadMax, TypeScale.Session.BodyMin,
            DeckTheme.Ink, "Kop van de krant", TextAlign.Center);
        var date = s.Datum is { } datum ? Dates.Long(datum, t.Language) : "";
        var chrome = new List<SlideElement>
        {
            masthead_,
            new LineElement(new Point(upper.X, upper.Y), new Point(upper.Right, upper.Y), Emu.FromPt(2.25), DeckTheme.Ink, "Lijn boven"),
            Grammar.Line(label is null ? dateline : dateline with { Width = dateline.Width / 2 }, [new TextRun(date)], TypeScale.Session.Caption, TypeScale.Session.Caption,
                DeckTheme.Muted, "Datum"),
            new LineElement(new Point(lower.X, lower.Y), new Point(lower.Right, lower.Y), Emu.FromPt(0.75), DeckTheme.Ink, "Lijn onder"),
        };
        if (label is not null)
            chrome.Add(Grammar.Line(dateline with { X = dateline.X + dateline.Width / 2, Width = dateline.Width / 2 }, [new TextRun(label, true)], TypeScale.Session.Caption,
                TypeScale.Session.Caption, DeckTheme.Accent, "Voorstel", TextAlign.Right));

        var headlineParagraph = Grammar.Title(headline, DeckTheme.Ink);
        var leadParagraph = lead is null ? null : new TextParagraph([new TextRun(lead, false, DeckTheme.Ink)], SpaceBeforeEm: 0);
        // The headline takes what it needs of the upper part at the largest size; the lead gets the rest.
        foreach (var share in new[] { 0.5, 0.6, 0.7 })
        {
            var headlineBox = room with { Height = room.Height * share };
            if (TextLayout.LargestFit([headlineParagraph], headlineBox, TypeScale.HeadlineMax, TypeScale.HeadlineMin) is not { } size)
                continue;
            var used = Emu.FromPt(TextLayout.Height([headlineParagraph], TextLayout.Inner(width, TextLayout.InsetX), size) + 2) + TextLayout.InsetY * 2;
            headlineBox = headlineBox with { Height = used };
            var title = Grammar.Element(headlineBox, headlineParagraph, size, DeckTheme.Ink, anchor: Anchor.Top);
            if (leadParagraph is null)
            {
                yield return new SlidePlan(SlideLayoutKind.Inhoud, title, chrome, notes);
                yield break;
            }
            var leadBox = new Rect(left, headlineBox.Bottom + Emu.FromMm(4), width, bottom - headlineBox.Bottom - Emu.FromMm(4));
            var pages = Lists.Plan(leadBox, [leadParagraph], Math.Min(TypeScale.LeadMax, size - 8), TypeScale.LeadMin);
            for (var p = 0; p < pages.Count; p++)
                yield return new SlidePlan(SlideLayoutKind.Inhoud, title,
                    [.. chrome, new TextElement(leadBox, pages[p].Paragraphs, pages[p].Size, DeckTheme.Ink, Name: "Ambitie")], notes);
            yield break;
        }
        // A headline longer than a front page: it continues over pages at the smallest headline size, then the lead.
        var headlinePages = Pages.Balanced([headlineParagraph], room, TypeScale.HeadlineMin);
        foreach (var piece in headlinePages)
            yield return new SlidePlan(SlideLayoutKind.Inhoud, new TextElement(room, piece, TypeScale.HeadlineMin, DeckTheme.Ink, Name: "Titel", Heading: true), chrome, notes);
        if (leadParagraph is not null)
            foreach (var piece in Pages.Balanced([leadParagraph], room, TypeScale.LeadMin))
                yield return new SlidePlan(SlideLayoutKind.Inhoud, null, [.. chrome, new TextElement(room, piece, TypeScale.LeadMin, DeckTheme.Ink, Name: "Ambitie")], notes);
    }
}
