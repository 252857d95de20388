using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Posters;

/// <summary>What a poster file is: the combined map, one partner's own map, or the empty work sheet.</summary>
public enum PosterKind { CombinedMap, Partner, WorkSheet }

/// <summary>A poster file: what it is, for which partner, and its A0 sheets (more than one when the words need it).</summary>
public sealed record PosterPlan(PosterKind Kind, Partner? Partner, PresentationPlan Sheets);

/// <summary>
/// The combined halen/brengen map, one map per partner, and the empty work sheet. Every sheet is one
/// A0 slide; all sizes are decided here with the same measurement as the deck.
/// </summary>
public static class PosterPlanner
{
    /// <summary>
    /// The poster files <see cref="Plan"/> makes, in its order, known before any is planned: the combined map, a poster
    /// per partner in the coalition's order, the work sheet. A caller can name the files and plan them later, all at once.
    /// </summary>
    public static IReadOnlyList<(PosterKind Kind, Partner? Partner)> Files(Coalition coalition) =>
        [(PosterKind.CombinedMap, null), .. coalition.Partners.Select(p => (PosterKind.Partner, (Partner?)p)), (PosterKind.WorkSheet, null)];

    /// <param name="c">The posters' context: <see cref="PlanContext.Poster"/>.</param>
    public static IReadOnlyList<PosterPlan> Plan(Coalition coalition, PlanContext c)
    {
        var t = c.Words.Posters;
        // The map on as few sheets as its words allow (the group reads it whole); the work sheet on as many as
        // fields for three rows of notes need. Both read the partners in the coalition's order.
        var map = CombinedMap.Plan(c, coalition, t);
        var posters = new List<PosterPlan> { map };
        // Equal space: every partner's own poster at one size, the largest all of those that fit one sheet share.
        // Each partner's poster measured and planned on as many cores as there are (planning is pure), in the coalition's order.
        // One name bar for all, as tall as the longest name needs: a longer name takes no partner's room for its words.
        var names = coalition.Partners.Select(p => p.Naam).ToList();
        var band = PartnerPoster.AmbitionBands(c, coalition.Partners, t);
        var sizes = coalition.Partners.AsParallel().AsOrdered().Select(p => PartnerPoster.Largest(c, p, t, names, band)).ToList();
        var largest = sizes.OfType<double>().DefaultIfEmpty(PosterSheet.PartnerItemMin).Min();
        // One line for every poster between the columns and the band under them, so posters hung side by side line up: at the
        // largest size where one partner's columns need no more than another's band leaves (a smaller size needs less and leaves more).
        Emu? Columns(double size) => PartnerPoster.SharedColumns(coalition.Partners.Where((_, i) => sizes[i] is not null).AsParallel()
            .Select(p => PartnerPoster.ColumnRoom(c, p, t, names, band, size)).ToList());
        var shared = Sizes.Largest(largest, PosterSheet.PartnerItemMin, size => Columns(size) is not null) ?? largest;
        var columns = Columns(shared);
        posters.AddRange(coalition.Partners.Select((p, i) => (Partner: p, Size: sizes[i])).AsParallel().AsOrdered()
            .Select(x => PartnerPoster.Plan(c, coalition, x.Partner, t, names, band, x.Size is null ? null : shared, columns)).ToList());
        posters.Add(WorkSheet.Plan(c, coalition, t));
        return posters;
    }

    /// <summary>
    /// The combined map's centre: the headline over the ambition, or the partners' proposed headlines while
    /// there is no shared one. The headline is the group's to choose in the session: its place says so.
    /// </summary>
    /// <param name="sheet">The combined map's sheet (0 for the first) of <paramref name="sheets"/>: the headline is written on the
    /// middle one (<see cref="WrittenOn"/>), the others' field says which.</param>
    /// <param name="sheets">How many sheets the map has.</param>
    internal static IReadOnlyList<SlideElement> Centre(PlanContext c, Coalition coalition, Rect band, PosterTexts t, int sheet = 0, int sheets = 1)
    {
        var s = coalition.Samenwerking;
        // The other sheets' card is light, its words in ink: it points to the sheet with the headline, and as loud a card as that one's
        // shouted a place with nothing on it (two readers).
        var here = sheet == WrittenOn(sheets);
        var (fill, ink) = here ? (c.Colours.Accent, c.Colours.OnFill) : (c.Colours.Light, c.Colours.Ink);
        // The ambition, set from the card's left edge, keeps a poster's inset; the headline stands centred, far from the card's sides.
        var inset = PosterSheet.Inset(PosterSheet.HeadlineMin);
        // An ambition from the workbooks is a working version, as on the deck: the group sharpens it in the session.
        var ambition = new List<TextParagraph> { new([new TextRun(s.GedeeldeAmbitie is null ? t.AmbitionLabel : t.AmbitionWorkingLabel, true, ink)], SpaceBeforeEm: 0) };
        if (s.GedeeldeAmbitie is { } gedeeld)
        {
            ambition.Add(new TextParagraph([new TextRun(gedeeld.Value, false, ink)]));
            // The map stays on the wall after the session: the sharpened ambition goes over the working one (readers: the poster that
            // stays kept the old wording, with a place for the headline and none for the ambition).
            ambition.Add(new TextParagraph([new TextRun(t.AmbitionSharpenedHint, false, ink)], SizePt: HintSize));
        }
        else
        {
            // No shared ambition yet: the partners' proposed headlines, so the group can choose.
            foreach (var p in coalition.Partners.Where(p => p.Kaart?.Krantenkop is not null))
                ambition.Add(new TextParagraph([new TextRun(p.Naam + ": ", true, ink), new TextRun(p.Kaart!.Krantenkop!.Value, false, ink)], Bullet: true));
        }
        // The group chooses its headline in the session: the map's largest line leaves it open, as the deck's map slides do. A
        // headline from the workbooks is not on the wall: the deck offers it unnamed among the partners' proposals (at 92 pt it
        // steered the group, and as a line over the place a reader still found it given a head start the deck avoids).
        // Every sheet of a map of several centred on the same card; the headline written once, on the middle sheet, where the group
        // stands: the other sheets' card says which instead of a field (six readers: an empty field on every sheet had the group write it
        // two or three times; two more: pointed to the first sheet, at the wall's end, the headline was not the wall's centre).
        if (WriteOn(c, band, t, ambition, inset, here, WrittenOn(sheets) + 1) is { } writeOn)
            return writeOn;
        var headlineParagraph = new TextParagraph([new TextRun(t.NoHeadline, true, ink)], SpaceBeforeEm: 0);
        var (headlineBox, headlineSize) = HeadlineIn(c, headlineParagraph, band);
        var lower = new Rect(band.X, headlineBox.Bottom, band.Width, band.Bottom - headlineBox.Bottom);
        var page = Lists.Plan(c, PosterSheet.Measured(lower, inset), ambition, Math.Min(AmbitionMax, headlineSize - 12), PosterSheet.ItemMin)[0];
        // A headline longer than its share at the minimum keeps the boxes it was measured in.
        var (head, rest) = InTheMiddle(c, band, (headlineParagraph, headlineSize), (page.Paragraphs, page.Size), inset) ?? (headlineBox, lower);
        return
        [
            new TextElement(head, [headlineParagraph], headlineSize, ink, fill, Anchor.Bottom, TextAlign.Center, c.Words.Shapes.Headline),
            new TextElement(rest, page.Paragraphs, page.Size, ink, fill, Anchor.Top, TextAlign.Center, c.Words.Shapes.Ambition, Margin: inset),
        ];
    }

    /// <summary>The sheet (0 for the first) of a combined map of <paramref name="sheets"/> on which the group writes its headline: the
    /// middle one, or the left of the two middle ones, as the sheets hang side by side in their order.</summary>
    public static int WrittenOn(int sheets) => (sheets - 1) / 2;

    /// <summary>The least height of the light field the chosen headline is written on: a line in marker, or a printed strip.</summary>
    public static readonly Emu HeadlineFieldMin = Emu.FromMm(80);

    /// <summary>The hint in the headline's field: read up close by whoever holds the marker, well under the items' size.</summary>
    private const double HintSize = 28;

    /// <summary>Where the headline is, on a map's other sheets: under its label, smaller than it, read from where the group stands.</summary>
    private const double LaterSize = 48;

    /// <summary>
    /// The ambition on the centre card at most this size, a step under the headline's label: as large as the partners' names or
    /// larger where the card holds it (a reader found it at 48 pt under names at 53, where the method puts it in the middle of all).
    /// </summary>
    private const double AmbitionMax = 60;

    /// <summary>A centre card this many times wider than high sets the headline's field and the ambition side by side.</summary>
    private const double WideCentre = 1.6;

    /// <summary>
    /// The centre as a place to write the headline the group chooses (three fresh readers: a printed "nog te kiezen" can never
    /// carry the choice, and markers do not show on the dark card): "Onze krantenkop:" as the card's largest line over a
    /// field of paper to write on, framed in the card's colour, at least <see cref="HeadlineFieldMin"/> high, and the ambition beside it on a wide card (a
    /// band across the sheet) or under it on a narrow one. Null when the card does not hold the field and the ambition at
    /// their least: the centre then prints the place in words.
    /// </summary>
    private static IReadOnlyList<SlideElement>? WriteOn(PlanContext c, Rect band, PosterTexts t, IReadOnlyList<TextParagraph> ambition, Emu inset, bool here, int writtenOn)
    {
        var (fill, ink) = here ? (c.Colours.Accent, c.Colours.OnFill) : (c.Colours.Light, c.Colours.Accent);
        var wide = band.Width.Value > WideCentre * band.Height.Value;
        var head = wide ? band with { Width = new Emu((long)(band.Width.Value * 0.6)) } : band with { Height = new Emu((long)(band.Height.Value * 0.62)) };
        var rest = wide ? new Rect(head.Right, band.Y, band.Right - head.Right, band.Height) : new Rect(band.X, head.Bottom, band.Width, band.Bottom - head.Bottom);
        var label = new TextParagraph([new TextRun(t.HeadlineToWrite, true, ink)], SpaceBeforeEm: 0);
        Rect LabelBox(double size) => head with { Height = Emu.FromPt(c.Text.LineHeight(size) + 2) + inset + inset };
        // The field inset in the card at its sides and foot as the label's words are, the card's colour a frame around it (flush
        // with the card's edges, a reader saw a field cut off by the card rather than a place on it).
        Rect Field(double size) => new(head.X + inset, LabelBox(size).Bottom, head.Width - inset - inset, head.Bottom - inset - LabelBox(size).Bottom);
        // The label at the headline's least size, on one line: still the sheet's largest text, and the field under it all the room
        // the card has left (two fresh readers: a 110 pt label over an 82 mm field left too little room for a headline in marker).
        const double size = PosterSheet.HeadlineMin;
        if (c.Text.LineCount(label, TextLayout.Inner(head.Width, inset), size) != 1 || Field(size).Height < HeadlineFieldMin)
            return null;
        var (labelBox, field) = (LabelBox(size), Field(size));
        // Each piece outlined in its own fill, so no renderer shows a hairline where two pieces meet (two readers saw seams).
        TextElement Frame(Rect box, string side) => new(box, [], size, ink, fill, Name: c.Words.Shapes.HeadlineFrame.Fill(side), Outline: new Outline(fill, Emu.FromPt(1.5)));
        var page = Lists.Plan(c, PosterSheet.Measured(rest, inset), ambition, Math.Min(AmbitionMax, size - 12), PosterSheet.ItemMin);
        if (page.Count != 1)
            return null;
        return
        [
            new TextElement(labelBox, [label], size, ink, fill, Anchor.Bottom, wide ? TextAlign.Left : TextAlign.Center, c.Words.Shapes.Headline, Margin: inset, Outline: new Outline(fill, Emu.FromPt(1.5))),
            // What goes there, small at its foot (a reader: an empty white box with no hint); the marker's line stays above it. On a
            // later sheet, where it is, on the card under the label.
            here ? new TextElement(field, [new TextParagraph([new TextRun(t.HeadlineFieldHint, false, c.Colours.Muted)], SpaceBeforeEm: 0)], HintSize, c.Colours.Muted, c.Colours.Paper,
                Anchor.Bottom, TextAlign.Right, c.Words.Shapes.HeadlineField, Margin: inset, Outline: new Outline(c.Colours.Accent, Emu.FromPt(3)))
            // Not bold, in the quiet colour: a pointer, not a headline (a reader read "staat op vel 1" in bold as the headline itself).
            : new TextElement(field, [new TextParagraph([new TextRun(t.HeadlineFieldHintLater.Fill(writtenOn), false, c.Colours.Muted)], SpaceBeforeEm: 0)], LaterSize, c.Colours.Muted, fill,
                Anchor.Top, wide ? TextAlign.Left : TextAlign.Center, c.Words.Shapes.HeadlineField, Margin: inset, Outline: new Outline(fill, Emu.FromPt(1.5))),
            // The card's colour around the field, left, right and under it: the field lies on the card.
            Frame(new Rect(head.X, field.Y, field.X - head.X, head.Bottom - field.Y), "1"),
            Frame(new Rect(field.Right, field.Y, head.Right - field.Right, head.Bottom - field.Y), "2"),
            Frame(new Rect(field.X, field.Bottom, field.Width, head.Bottom - field.Bottom), "3"),
            new TextElement(rest, page[0].Paragraphs, page[0].Size, ink, fill, Anchor.Middle, TextAlign.Center, c.Words.Shapes.Ambition, Margin: inset, Outline: new Outline(fill, Emu.FromPt(1.5))),
        ];
    }

    /// <summary>
    /// The centre card's headline and ambition boxes, filling the card from top to bottom with their words in its
    /// vertical middle: the room the words leave goes half above (to the headline, set at its box's foot) and half
    /// below the ambition, so no third of the card stays empty.
    /// </summary>
    private static (Rect Headline, Rect Ambition)? InTheMiddle(PlanContext c, Rect band,
        (TextParagraph Paragraph, double Size) headline, (IReadOnlyList<TextParagraph> Paragraphs, double Size) ambition, Emu inset)
    {
        var width = TextLayout.Inner(band.Width, inset);
        var headlineHeight = Emu.FromPt(c.Text.Height([headline.Paragraph], TextLayout.Inner(band.Width, TextLayout.InsetX), headline.Size) + 2) + TextLayout.InsetY + TextLayout.InsetY;
        var ambitionHeight = Emu.FromPt(c.Text.Height(ambition.Paragraphs, width, ambition.Size) + 2) + inset + inset;
        var spare = band.Height - headlineHeight - ambitionHeight;
        if (spare.Value < 0)
            return null;
        var head = band with { Height = headlineHeight + spare / 2 };
        return (head, new Rect(band.X, head.Bottom, band.Width, band.Bottom - head.Bottom));
    }

    /// <summary>
    /// A headline whose last line is a single word reads as a headline and a stray word: the largest size
    /// down to the minimum that takes the word along (smaller always still fits), or the size it had.
    /// The measure keeps a few percent of every line free for the renderer, which may use them: the
    /// lines must end well both as measured and on the full width.
    /// </summary>
    private static double? WithoutLoneWord(PlanContext c, TextParagraph headline, Rect box, double size)
    {
        var width = TextLayout.Inner(box.Width, TextLayout.InsetX);
        bool EndsWell(double s, double w) => c.Text.Wrap(headline, w, s) is var lines && (lines.Count == 1 || lines[^1].Trim().Contains(' ', StringComparison.Ordinal));
        for (var s = Math.Floor(size); s >= PosterSheet.HeadlineMin; s--)
            if (EndsWell(s, width) && EndsWell(s, width * 1.05))
                return s == Math.Floor(size) ? size : s;
        return null;
    }

    /// <summary>
    /// The headline's box and size: two fifths of the centre, more when a long headline needs it to stay at 72 pt
    /// or more. It stands centred in the card, far from its sides: it keeps a slide's insets.
    /// </summary>
    private static (Rect Box, double Size) HeadlineIn(PlanContext c, TextParagraph headline, Rect band)
    {
        var box = band;
        double? fitted = null;
        foreach (var share in new[] { 0.4, 0.5, 0.6, 0.7 })
        {
            box = band with { Height = band.Height * share };
            if ((fitted = c.Text.LargestFit([headline], box, PosterSheet.HeadlineMax, PosterSheet.HeadlineMin)) is not null)
                break;
        }
        var size = fitted ?? PosterSheet.HeadlineMin;
        return (box, WithoutLoneWord(c, headline, box, size) ?? size);
    }

    /// <summary>
    /// Every sheet's head at the one size all of them fit (a reader found a work sheet's heads at 30, 33 and 36 pt side by side on
    /// one wall): the heads read as one line along the wall.
    /// </summary>
    internal static List<SlidePlan> OneHeaderSize(PlanContext c, List<SlidePlan> slides)
    {
        var heads = slides.SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == c.Words.Shapes.Header).ToList();
        if (heads.Count < 2)
            return slides;
        var size = heads.Min(e => e.FontSizePt);
        return slides.Select(s => s with { Elements = s.Elements.Select(e => e is TextElement { } text && text.Name == c.Words.Shapes.Header ? text with { FontSizePt = size } : e).ToList() }).ToList();
    }

    /// <summary>The head of a combined map's or a work sheet's sheet: the coalition, the date (or which meeting), what the sheet is, its number.</summary>
    /// <param name="kind">What the sheet is ("werkvel", "gezamenlijke kaart"): a reader found the combined map with no word saying so.</param>
    internal static TextElement Header(PlanContext c, Coalition coalition, Rect box, PosterTexts t, string? sheet, string kind)
    {
        var s = coalition.Samenwerking;
        var parts = new List<string> { s.Naam?.Value ?? t.NoHeadline };
        // A session of two meetings builds the map and fills the work sheet at the second: its date when the krachtenveld gives it.
        if (Agenda.Of(coalition).TwoMeetings)
            parts.Add(s.DatumTweede is { } second ? Dates.Long(second, c.Language) : t.SecondMeeting);
        else if (s.Datum is { } d) parts.Add(Dates.Long(d, c.Language));
        parts.Add(kind);
        if (sheet is not null) parts.Add(sheet);
        return Slides.Line(c, box, [new TextRun(string.Join("  ·  ", parts), true, c.Colours.Accent)], 40, PosterSheet.SmallText, c.Colours.Accent, c.Words.Shapes.Header);
    }

    /// <summary>The legend line, and where the poster goes on when a next sheet follows (<paramref name="next"/>).</summary>
    internal static TextElement Legend(PlanContext c, Rect box, PosterTexts t, string? next)
    {
        var runs = new List<TextRun>
        {
            new("■ " + t.Gets + "   ", true, c.Colours.Halen), new("■ " + t.Brings + "   ", true, c.Colours.Brengen),
            new(t.Demand + " = " + t.DemandMeaning, true, c.Colours.Eis),
        };
        if (next is not null)
            runs.Add(new TextRun("   →  " + next, true, c.Colours.Ink));
        return Slides.Line(c, box, runs, 44, PosterSheet.SmallText, c.Colours.Ink, c.Words.Shapes.Legend);
    }
}
