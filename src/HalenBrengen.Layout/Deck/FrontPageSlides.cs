using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// The ambition as the front page of a newspaper: the masthead (the coalition's name), a heavy rule, the
/// edition line (a special edition, the date, what kind of session) and a hairline under it, then the
/// krantenkop as the headline (the largest text in the deck) and the shared ambition as the lead: a short
/// one across the page as a standfirst, a longer one in two columns with a rule between them; the publishers at its foot. No empty
/// picture frame: projected empty, or with a prompt in it, it made the page read as an unfilled template (readers of several rounds).
/// With a shared one, the group's choice goes on a front page with a place for it, and every proposal's own front page waits in reserve
/// at the deck's end. Without a shared one yet, every partner's proposed headline becomes a candidate front page, followed by an
/// empty one to write the group's choice on. Headline and lead in a newspaper's serif (Times New Roman; in a house style its own fonts).
/// </summary>
internal static class FrontPageSlides
{
    /// <summary>A newspaper's margins are wider than a slide's.</summary>
    private static readonly Emu Margin = Emu.FromMm(16);

    /// <summary>The lead's columns and the gap that holds the rule between them.</summary>
    public const int LeadColumns = 2;
    private static readonly Emu ColumnGap = Emu.FromMm(10);

    /// <summary>The masthead is a newspaper's second-largest type; the headline stays larger (44 pt and up).</summary>
    private const double MastheadMax = 40;

    /// <summary>The front page's slides in the session's order, and every proposed headline's front page kept in reserve at the deck's end.</summary>
    public sealed record FrontPages(IReadOnlyList<SlidePlan> Slides, IReadOnlyList<SlidePlan> Reserve);

    public static FrontPages Plan(PlanContext c, Coalition coalition, SessionTexts t)
    {
        var s = coalition.Samenwerking;
        if (s.Krantenkop is not null || s.GedeeldeAmbitie is not null)
        {
            // The ambition is sharpened first (the front page prints it as the lead): every partner's own, unnamed, and the question.
            // The krantenkop from the workbooks is one proposal among the partners': every proposal side by side, unnamed and
            // alike, and the question, so the last word on the headline is the group's.
            var headlines = ChoiceSlides.Headlines(coalition);
            var reserve = headlines.Count is >= 2 and <= MostProposalPages;
            var lead = s.GedeeldeAmbitie?.Value ?? t.EmptyLead;
            // Then the front page for the group's headline: a place for it ("Onze krantenkop: …"), typed over once chosen, its box and
            // size holding every proposal whole, so the one chosen never runs into the lead.
            List<SlidePlan> slides = [.. ChoiceSlides.Ambitions(c, coalition, t), .. ChoiceSlides.Choice(c, coalition, t, lettered: reserve),
                .. Page(c, coalition, t, t.EmptyHeadline, lead, null, reserve ? t.FrontPageChosen + " " + t.FrontPageNotes : t.FrontPageNotes, roomFor: headlines)];
            // Every proposal as the front page it would make, in the choice slide's order and with its letter, all alike, kept at the
            // deck's end: the chosen one is shown without typing, none ahead of another (readers of every round found the page with a
            // place to type read as a template; a working title printed alone steered the group; eight near-alike pages in the running
            // order were a detour, two later readers). Hidden: the slide show passes over them, so a click past the close never shows one
            // as if chosen (two more readers); the presenter goes to the chosen one by its number. Its letter only in its notes: on the
            // edition line "Voorstel B" made the chosen page read as a draft (two more).
            var pages = reserve
                ? headlines.SelectMany((headline, i) => Page(c, coalition, t, headline, lead, null, t.ProposalPageNotes.Fill(ChoiceSlides.Letter(i)), roomFor: headlines))
                    .Select(slide => slide with { Hidden = true }).ToList()
                : [];
            return new FrontPages(slides, pages);
        }
        var proposals = coalition.Partners.Where(p => p.Kaart?.Krantenkop is not null).ToList();
        List<SlidePlan> candidates = [.. proposals.SelectMany((partner, i) =>
            Page(c, coalition, t, partner.Kaart!.Krantenkop!.Value, partner.Kaart.Ambitie?.Value, t.Candidate.Fill(ChoiceSlides.Letter(i)), t.CandidateNotes))];
        return new FrontPages([.. candidates, .. Page(c, coalition, t, t.EmptyHeadline, t.EmptyLead, null, t.EmptyFrontPageNotes)], []);
    }

    /// <summary>
    /// The front page's slides with the reserve's slide numbers in the choice's notes ("A: dia 41 · B: dia 42 …"), for the
    /// facilitator to show the chosen one by its number; <paramref name="first"/> is the number of the reserve's first slide.
    /// </summary>
    public static IEnumerable<SlidePlan> Numbered(PlanContext c, FrontPages pages, int first, SessionTexts t)
    {
        var choice = Choice(c, pages);
        var numbers = string.Join(" · ", pages.Reserve.Select((_, i) => t.ReserveNumber.Fill(ChoiceSlides.Letter(i), (first + i).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        // Each proposal's letter a link to its front page: a click in the slide show shows it (a reader: typing a hidden slide's
        // number in front of the room is fiddly).
        var letters = pages.Reserve.Select((_, i) => (Letter: ChoiceSlides.Letter(i), Slide: first + i)).ToDictionary(x => x.Letter, x => x.Slide);
        TextParagraph Linked(TextParagraph p) => p.Runs is [var letter, ..] && letters.TryGetValue(letter.Text, out var n) ? p with { Runs = [letter with { Slide = n }, .. p.Runs.Skip(1)] } : p;
        SlideElement Proposals(SlideElement e) => e is TextElement x && x.Name == c.Words.Shapes.Proposals ? x with { Paragraphs = x.Paragraphs.Select(Linked).ToList() } : e;
        return pages.Slides.Select((slide, i) => slide with
        {
            Elements = slide.Elements.Select(Proposals).ToList(),
            Notes = i == choice ? slide.Notes + " " + t.HeadlineChoicePagesNote.Fill(numbers) : slide.Notes,
        });
    }

    /// <summary>Where among the front page's slides the choice with links to the reserve stands; -1 without a reserve.</summary>
    public static int Choice(PlanContext c, FrontPages pages) =>
        pages.Reserve.Count == 0 ? -1 : pages.Slides.ToList().FindLastIndex(s => s.Elements.Any(e => e is TextElement x && x.Name == c.Words.Shapes.Proposals));

    /// <summary>A page in reserve whose every text, clicked, shows the choice (slide <paramref name="choice"/>; a reader: nothing led back), by the shape's link, the type unstyled.</summary>
    public static SlidePlan Back(SlidePlan page, int choice) => page with
    {
        Title = page.Title is { } title ? title with { Slide = choice } : null,
        Elements = page.Elements.Select(e => e is TextElement x ? x with { Slide = choice } : e).ToList(),
    };

    /// <summary>Up to this many proposed headlines each have a front page in reserve; more would be a run of near-alike slides to page through.</summary>
    public const int MostProposalPages = 8;

    /// <summary>With the publishers at its foot the headline stays at least this large; else the page has no foot.</summary>
    private const double HeadlineOverFoot = 50;

    /// <summary>
    /// The front page with the publishers at its foot when the headline stays large (<see cref="HeadlineOverFoot"/>), the
    /// page one page and the lead in the same pieces as without it; else without the foot, the headline and the lead taking its room.
    /// </summary>
    /// <param name="roomFor">Headlines the place must hold whole at its size, when the headline is a place to type the chosen one over.</param>
    private static IEnumerable<SlidePlan> Page(PlanContext c, Coalition coalition, SessionTexts t, string headline, string? lead, string? label, string notes,
        IReadOnlyList<string>? roomFor = null)
    {
        var (chrome, room) = Masthead(c, coalition, t, label);
        if (lead is not null && Colophon(c, coalition, t, headline, lead, notes, chrome, room, roomFor) is { } colophon)
            return [colophon];
        // The headline in the newspaper's serif where it stays as large as a foot asks; a longer one in the slide's narrower face, which
        // keeps it the deck's largest text.
        var bare = Set(c, headline, lead, notes, chrome, room, roomFor, true).ToList();
        var serif = bare[0].Title?.FontSizePt >= HeadlineOverFoot;
        if (!serif)
            bare = Set(c, headline, lead, notes, chrome, room, roomFor, false).ToList();
        if (Foot(c, coalition, t, room) is { } foot)
        {
            var footed = Set(c, headline, lead, notes, [.. chrome, .. foot.Elements], foot.Above, roomFor, serif).ToList();
            IEnumerable<TextElement> Lead(SlidePlan page) => page.Elements.OfType<TextElement>().Where(e => e.Name == c.Words.Shapes.Ambition);
            // The lead in the same pieces (a standfirst, or columns broken at the same clause), whatever its lines and size.
            string Shape(SlidePlan page) => string.Join("|", Lead(page).Select(e => e.Paragraphs[0].Text.Replace('\n', ' ')));
            if (footed.Count == 1 && bare.Count == 1 && footed[0].Title?.FontSizePt >= HeadlineOverFoot && Shape(footed[0]) == Shape(bare[0]))
                return footed;
        }
        return bare;
    }

    /// <summary>The headline at the largest size that leaves the lead room, and the lead under it, in <paramref name="room"/>.</summary>
    private static IEnumerable<SlidePlan> Set(PlanContext c, string headline, string? lead, string notes, List<SlideElement> chrome, Rect room,
        IReadOnlyList<string>? roomFor, bool serif)
    {
        var held = Held(c, headline, roomFor, serif);
        var headlineParagraph = held[0];
        var leadParagraph = lead is null ? null : new TextParagraph([new TextRun(lead, false, c.Colours.Ink, Serif(c))], SpaceBeforeEm: 0);
        // The headline takes what it needs of the upper part at the largest size (what every headline it holds needs); the lead gets the rest.
        foreach (var share in new[] { 0.5, 0.6, 0.7 })
        {
            if (HeadlineIn(c, held, room with { Height = room.Height * share }, TypeScale.HeadlineMin) is not var (headlineBox, size))
                continue;
            // A place held for a longer headline than its own stands in the middle of the room held for it (at its top, the room
            // under it read as dead space above the lead, two readers), and shrinks what is typed over it beyond its box, so a
            // headline longer than every proposal never runs into the lead.
            var place = roomFor is { Count: > 0 };
            var title = Slides.Element(c, headlineBox, headlineParagraph, size, c.Colours.Ink, anchor: place ? Anchor.Middle : Anchor.Top) with { ShrinkOnOverflow = place };
            if (leadParagraph is null)
            {
                yield return new SlidePlan(SlideLayoutKind.Inhoud, title, chrome, notes);
                yield break;
            }
            var leadArea = new Rect(room.X, headlineBox.Bottom + Emu.FromMm(5), room.Width, room.Bottom - headlineBox.Bottom - Emu.FromMm(5));
            var pages = Lead(c, leadParagraph, leadArea, Math.Min(TypeScale.LeadMax, size - 8), room);
            for (var p = 0; p < pages.Count; p++)
                yield return new SlidePlan(SlideLayoutKind.Inhoud, p == 0 ? title : null, [.. chrome, .. pages[p]], notes);
            yield break;
        }
        // A headline longer than a front page: it continues over pages at the smallest headline size, then the lead.
        foreach (var piece in Pages.Balanced(c, [headlineParagraph], room, TypeScale.HeadlineMin))
            yield return new SlidePlan(SlideLayoutKind.Inhoud, new TextElement(room, piece, TypeScale.HeadlineMin, c.Colours.Ink, Name: c.Words.Shapes.Title, Heading: true), chrome, notes);
        if (leadParagraph is not null)
            foreach (var page in Lead(c, leadParagraph, room, TypeScale.LeadMax, room))
                yield return new SlidePlan(SlideLayoutKind.Inhoud, null, [.. chrome, .. page], notes);
    }

    /// <summary>
    /// The masthead and the edition line between their rules, kept centred when a logo takes a corner; and
    /// the room left under them for the headline and the lead.
    /// </summary>
    private static (List<SlideElement> Chrome, Rect Room) Masthead(PlanContext c, Coalition coalition, SessionTexts t, string? label)
    {
        var s = coalition.Samenwerking;
        var inner = c.Page.Width - Margin - Margin;
        var masthead = c.Page.BesideLogoCentred(new Rect(Margin, c.Page.Title.Top, inner, Emu.FromMm(21)));
        var heavy = c.Page.BesideLogoCentred(new Rect(Margin, masthead.Bottom + Emu.FromMm(1.5), inner, new Emu(1)));
        var edition = c.Page.BesideLogoCentred(new Rect(Margin, heavy.Y + Emu.FromMm(1.2), inner, Slides.Lines(c, 1, c.Scale.Caption)));
        var hairline = c.Page.BesideLogoCentred(new Rect(Margin, edition.Bottom + Emu.FromMm(0.6), inner, new Emu(1)));
        var half = edition with { Width = edition.Width / 2 };
        // The headline is the one the coalition wants to read later on: the edition is dated a year after the session.
        var dated = s.Datum is { } datum ? $"{t.Edition} · {Dates.YearLater(datum, c.Language)}" : t.Edition;
        var chrome = new List<SlideElement>
        {
            // In a newspaper's serif, as a masthead is (three readers found the slide's own face made it a form, not a front page);
            // in a house style its own fonts: a house style decides its typography.
            Slides.Line(c, masthead, [new TextRun(s.Naam?.Value ?? t.SessionKind, true, Font: Serif(c))],
                MastheadMax, c.Scale.BodyMin, c.Colours.Ink,
                c.Words.Shapes.FrontPage, TextAlign.Center),
            new LineElement(new Point(heavy.X, heavy.Y), new Point(heavy.Right, heavy.Y), Emu.FromPt(3), c.Colours.Ink, c.Words.Shapes.RuleAbove),
            Slides.Line(c, half, [new TextRun(dated)], c.Scale.Caption, c.Scale.Caption, c.Colours.Muted, c.Words.Shapes.Date),
            new LineElement(new Point(hairline.X, hairline.Y), new Point(hairline.Right, hairline.Y), Emu.FromPt(0.75), c.Colours.Ink, c.Words.Shapes.RuleBelow),
        };
        var right = half with { X = half.Right };
        if (label is not null)
            chrome.Add(Slides.Line(c, right, [new TextRun(label, true)], c.Scale.Caption, c.Scale.Caption, c.Colours.Accent, c.Words.Shapes.Proposal, TextAlign.Right));
        else if (s.Naam is not null)
            chrome.Add(Slides.Line(c, right, [new TextRun(t.SessionKind)], c.Scale.Caption, c.Scale.Caption, c.Colours.Muted, c.Words.Shapes.Section, TextAlign.Right));
        var top = hairline.Y + Emu.FromMm(5);
        var room = c.Page.BesideLogo(new Rect(Margin, top, inner, c.Page.Height - Emu.FromMm(10) - top));
        return (chrome, room);
    }

    /// <summary>The headline and every headline its place must hold whole (<paramref name="roomFor"/>), as title paragraphs.</summary>
    /// <remarks>In a newspaper's serif, as the masthead (in a house style its own fonts): in the slide's face the page read as a plain slide (readers).</remarks>
    private static IReadOnlyList<TextParagraph> Held(PlanContext c, string headline, IReadOnlyList<string>? roomFor, bool serif = true) =>
        new[] { headline }.Concat(roomFor ?? []).Select(h => new TextParagraph([new TextRun(h, true, c.Colours.Ink, serif ? Serif(c) : null)], SpaceBeforeEm: 0)).ToList();

    /// <summary>The newspaper's serif for the masthead and the headline in the house look; null (the slide's face) in a house style.</summary>
    private static string? Serif(PlanContext c) => ReferenceEquals(c.Look, Style.Look.House) ? Fonts.FontMetrics.MastheadFont : null;

    /// <summary>Beside the story, this share of the width for the colophon.</summary>
    private const double SideShare = 0.38;

    /// <summary>The colophon's largest size: a step under the lead, it is read after the story.</summary>
    private const double SideMax = 24;

    /// <summary>
    /// A front page as a newspaper's: the headline across the page (in the masthead's serif, 50 pt at least), under it the story's lead
    /// beside a column, past a rule, naming who publishes the paper: "Een uitgave van" over every partner's name, a line each, in
    /// alphabetical order, alike (readers: with the story alone the page read as a plain slide, half of it white; the subjects the tool
    /// found read as a database's labels there; every partner by name, at one size). Null where the headline, the lead and every name
    /// on a line of its own do not fit together (many partners: the page then names them by their number at its foot).
    /// </summary>
    private static SlidePlan? Colophon(PlanContext c, Coalition coalition, SessionTexts t, string headline, string lead, string notes, List<SlideElement> chrome, Rect room,
        IReadOnlyList<string>? roomFor)
    {
        if (coalition.Partners.Count == 0)
            return null;
        var held = Held(c, headline, roomFor);
        var leadParagraph = new TextParagraph([new TextRun(lead, false, c.Colours.Ink, Serif(c))], SpaceBeforeEm: 0);
        foreach (var share in new[] { 0.36, 0.4, 0.45, 0.5, 0.6 })
        {
            if (HeadlineIn(c, held, room with { Height = room.Height * share }, HeadlineOverFoot) is not var (headlineBox, size))
                continue;
            var area = new Rect(room.X, headlineBox.Bottom + Emu.FromMm(5), room.Width, room.Bottom - headlineBox.Bottom - Emu.FromMm(5));
            var sideWidth = new Emu((long)((area.Width - ColumnGap).Value * SideShare));
            var side = area with { X = area.Right - sideWidth, Width = sideWidth };
            var story = area with { Width = side.X - ColumnGap - area.X };
            if (c.Text.LargestFit([leadParagraph], story, Math.Min(TypeScale.LeadMax, size - 8), TypeScale.LeadMin) is not { } leadSize
                || PublisherList(c, coalition, t, side) is not { } publishers || publishers.FontSizePt >= leadSize)
                continue;
            var leadBox = story with { Height = Slides.Height(c, [leadParagraph], story.Width, leadSize) };
            var gapX = side.X - ColumnGap / 2;
            var place = roomFor is { Count: > 0 };
            return new SlidePlan(SlideLayoutKind.Inhoud, Slides.Element(c, headlineBox, held[0], size, c.Colours.Ink, anchor: place ? Anchor.Middle : Anchor.Top) with { ShrinkOnOverflow = place },
            [
                .. chrome,
                new TextElement(leadBox, [BalancedLines.Of(c, leadParagraph, TextLayout.Inner(story.Width, TextLayout.InsetX), leadSize)], leadSize, c.Colours.Ink, Name: c.Words.Shapes.Ambition),
                new LineElement(new Point(gapX, area.Y), new Point(gapX, publishers.Box.Bottom > leadBox.Bottom ? publishers.Box.Bottom : leadBox.Bottom), Emu.FromPt(0.75), c.Colours.Rule,
                    c.Words.Shapes.ColumnRule.Fill("1")),
                publishers,
            ], notes);
        }
        return null;
    }

    /// <summary>"Een uitgave van" over every partner's name in alphabetical order, a line each, at one size from <see cref="SideMax"/> down to the body's least; null where they do not fit.</summary>
    private static TextElement? PublisherList(PlanContext c, Coalition coalition, SessionTexts t, Rect box)
    {
        var names = coalition.Partners.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Naam).ToList();
        List<TextParagraph> paragraphs = [new([new TextRun(t.PublishedBy, true, c.Colours.Accent)], SpaceBeforeEm: 0),
            .. names.Select(name => new TextParagraph([new TextRun(name, false, c.Colours.Ink)], SpaceBeforeEm: 0))];
        var width = TextLayout.Inner(box.Width, TextLayout.InsetX);
        var size = Sizes.Largest(SideMax, c.Scale.BodyMin, s => paragraphs.All(p => c.Text.LineCount(p, width, s) == 1) && c.Text.Fits(paragraphs, box, s));
        return size is { } fits ? new TextElement(box with { Height = Slides.Height(c, paragraphs, box.Width, fits) }, paragraphs, fits, c.Colours.Ink, Name: c.Words.Shapes.Publishers) : null;
    }

    /// <summary>
    /// The headline's box and size in the top of <paramref name="box"/>: the largest size, from the front page's largest down to
    /// <paramref name="minPt"/>, at which every headline held fits, the box as high as the tallest of them; null when one does not.
    /// </summary>
    private static (Rect Box, double Size)? HeadlineIn(PlanContext c, IReadOnlyList<TextParagraph> held, Rect box, double minPt)
    {
        var fits = held.Select(p => c.Text.LargestFit([p], box, TypeScale.HeadlineMax, minPt)).ToList();
        if (fits.Any(f => f is null))
            return null;
        var size = fits.Min(f => f!.Value);
        return (box with { Height = new Emu(held.Max(p => Slides.Height(c, [p], box.Width, size).Value)) }, size);
    }

    /// <summary>"Een uitgave van …": every partner in alphabetical order, alike and each name unbroken, or all by their number past <paramref name="lines"/> lines.</summary>
    private static TextParagraph Publishers(PlanContext c, Coalition coalition, SessionTexts t, Emu width, int lines)
    {
        // In alphabetical order: the round's order puts a party of little influence first, which the paper has no reason to repeat.
        var names = string.Join(" · ", coalition.Partners.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Naam.Replace(' ', '\u00A0')));
        TextParagraph Of(string text) => new([new TextRun(text, false, c.Colours.Muted)], SpaceBeforeEm: 0);
        var foot = Of(t.Publishers.Fill(names));
        return c.Text.LineCount(foot, TextLayout.Inner(width, TextLayout.InsetX), c.Scale.BodyMin) <= lines ? foot
            : Of(t.PublishersMany.Fill(coalition.Partners.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The partners' names in the foot take at most this many lines; more partners are named by their number.</summary>
    private const int FootLines = 3;

    /// <summary>
    /// A newspaper names its publisher: at the page's foot, under a hairline, every partner in alphabetical order, alike and
    /// each name unbroken ("Een uitgave van Gemeente Dommelstede · Woonstichting Dommelthuis · …"), or all of them by their
    /// number when the names would take more than three lines. The room above it is what the headline and the lead get.
    /// </summary>
    private static (List<SlideElement> Elements, Rect Above)? Foot(PlanContext c, Coalition coalition, SessionTexts t, Rect room)
    {
        if (coalition.Partners.Count == 0)
            return null;
        var foot = Publishers(c, coalition, t, room.Width, FootLines);
        var height = Slides.Height(c, [foot], room.Width, c.Scale.BodyMin);
        var box = room with { Y = room.Bottom - height, Height = height };
        var rule = box.Y - Emu.FromMm(2);
        return ([new LineElement(new Point(room.X, rule), new Point(room.Right, rule), Emu.FromPt(0.75), c.Colours.Ink, c.Words.Shapes.RuleAboveFoot),
                 new TextElement(box, [foot], c.Scale.BodyMin, c.Colours.Muted, Name: c.Words.Shapes.Publishers)],
            room with { Height = rule - Emu.FromMm(4) - room.Y });
    }

    /// <summary>
    /// The lead set in balanced columns at the largest size from <paramref name="maxPt"/> down that fits
    /// <paramref name="area"/>, a rule in each gap; a lead of one line stays in the first column. A lead too
    /// long for the area at the smallest size goes on in the same columns over <paramref name="later"/> on the next pages.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<SlideElement>> Lead(PlanContext c, TextParagraph lead, Rect area, double maxPt, Rect later)
    {
        var column = Columns.Of(area, 0, LeadColumns, ColumnGap);
        if (ShortLead(c, lead, area, column, maxPt) is { } shortLead)
            return [shortLead];
        int Lines(double size) => c.Text.WrapRuns(lead, TextLayout.Inner(column.Width, TextLayout.InsetX), size).Count;
        int PerColumn(Rect box, double size) => Math.Max(1, (int)Math.Floor(TextLayout.Inner(box.Height, TextLayout.InsetY) / c.Text.LineHeight(size)));
        var fit = Sizes.Largest(maxPt, TypeScale.LeadMin, size => (Lines(size) + LeadColumns - 1) / LeadColumns <= PerColumn(column, size));
        var sizePt = fit ?? TypeScale.LeadMin;
        var lines = (Lines(sizePt) + LeadColumns - 1) / LeadColumns;
        var pieces = c.Text.SplitByLines(lead, column, sizePt, fit is null ? PerColumn(column, sizePt) : lines).ToList();
        var pages = new List<IReadOnlyList<SlideElement>>();
        for (var first = 0; first < pieces.Count; first += LeadColumns)
        {
            var box = pages.Count == 0 ? area : later;
            pages.Add(InColumns(c, pieces.Skip(first).Take(LeadColumns).ToList(), box, sizePt));
        }
        return pages;
    }

    /// <summary>A lead of at most this many lines across the page is a newspaper's standfirst, set across the columns.</summary>
    private const int StandfirstLines = 3;

    /// <summary>A lead of at most this many lines a column never breaks a column inside a clause.</summary>
    private const int ShortLeadLines = 5;

    /// <summary>
    /// A short lead: across the page as a standfirst when it takes at most three lines there; else in its
    /// columns, each starting at a clause (after ". ", "; ", ": " or ", "), the columns at most two lines apart,
    /// at the largest size at which both fit. Null for a lead too long for either (set line by line).
    /// </summary>
    private static IReadOnlyList<SlideElement>? ShortLead(PlanContext c, TextParagraph lead, Rect area, Rect column, double maxPt)
    {
        var sizes = Enumerable.Range(0, (int)(maxPt - TypeScale.LeadMin) + 1).Select(d => maxPt - d).ToList();
        var across = TextLayout.Inner(area.Width, TextLayout.InsetX);
        // A standfirst's lines balanced: no lone last word; in the fewest lines a size allows, so it runs across the page (three short
        // lines at a larger size left a third of the width empty, a reader found).
        bool Standfirst(double size, int most) => c.Text.LineCount(lead, across, size) <= most && c.Text.Fits([lead], area, size);
        if (sizes.Where(size => Standfirst(size, 2)).Concat(sizes.Where(size => Standfirst(size, StandfirstLines))).Cast<double?>().FirstOrDefault() is { } standfirst)
            return [new TextElement(area with { Height = Slides.Height(c, [lead], area.Width, standfirst) }, [BalancedLines.Of(c, lead, across, standfirst)], standfirst, c.Colours.Ink,
                Name: c.Words.Shapes.Ambition)];
        var text = lead.Text;
        var run = lead.Runs[0];
        var splits = Enumerable.Range(1, Math.Max(0, text.Length - 2))
            .Where(i => text[i] == ' ' && text[i - 1] is '.' or ';' or ':' or ',')
            .Select(i => (IReadOnlyList<TextParagraph>)[lead with { Runs = [run with { Text = text[..i] }] }, lead with { Runs = [run with { Text = text[(i + 1)..] }] }])
            .ToList();
        var width = TextLayout.Inner(column.Width, TextLayout.InsetX);
        int Lines(TextParagraph p, double size) => c.Text.LineCount(p, width, size);
        foreach (var size in sizes)
        {
            var best = splits.Where(pair => pair.All(p => c.Text.Fits([p], column, size) && Lines(p, size) <= ShortLeadLines)
                    && Math.Abs(Lines(pair[0], size) - Lines(pair[1], size)) <= 2)
                .OrderBy(pair => Math.Abs(Lines(pair[0], size) - Lines(pair[1], size))).FirstOrDefault();
            if (best is null)
                continue;
            return InColumns(c, best, area, size);
        }
        return null;
    }

    /// <summary>The lead's pieces side by side in the columns of <paramref name="box"/>, as tall as the tallest, a rule in each gap.</summary>
    private static List<SlideElement> InColumns(PlanContext c, IReadOnlyList<TextParagraph> pieces, Rect box, double size)
    {
        var width = Columns.Of(box, 0, LeadColumns, ColumnGap).Width;
        var height = Emu.Min(pieces.Max(p => Slides.Height(c, [p], width, size)), box.Height);
        var elements = new List<SlideElement>();
        for (var i = 0; i < pieces.Count; i++)
        {
            var cell = Columns.Of(box, i, LeadColumns, ColumnGap) with { Height = height };
            elements.Add(new TextElement(cell, [pieces[i]], size, c.Colours.Ink, Name: c.Words.Shapes.Ambition));
            if (i > 0)
            {
                var x = cell.X - ColumnGap / 2;
                elements.Add(new LineElement(new Point(x, cell.Y), new Point(x, cell.Bottom), Emu.FromPt(0.75), c.Colours.Rule,
                    c.Words.Shapes.ColumnRule.Fill(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }
        }
        return elements;
    }

}
