using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Posters;

/// <summary>
/// One partner's own map on A0, to hang up while it speaks: its name, two columns, what it wants to get (left, blue) and
/// what it brings (right, green), their headings a step above the items in the colours, so the poster needs no legend;
/// its ambition in a band right under the name, one height on every partner's poster; at the foot a band with its own interest
/// (left) beside the shared one. Everything it wrote, at the
/// largest size every partner's poster shares; the name 1.8 times that, or down to 1.5 times where that keeps every partner's
/// name on one line (one bar for all: a longer name takes no room from a partner's words).
/// </summary>
internal static class PartnerPoster
{
    /// <summary>The header line: read from two metres like the rest.</summary>
    private const double HeaderMin = Rules.PosterRules.PartnerHeaderMin, HeaderMax = 60;

    /// <summary>Every box's inner margin: a slide's few points look cramped on A0, read at two metres.</summary>
    private static readonly Emu Margin = Emu.FromMm(8);

    /// <summary>The legend read from across the room, as the fields' labels on the work sheet.</summary>
    private const double LegendMin = 40, LegendMax = 44;

    /// <summary>The poster's blocks of words: the ambition under the name, the foot band's two halves and the two columns, each column as its items (its heading with the first).</summary>
    private sealed record Words(IReadOnlyList<TextParagraph> Ambition, IReadOnlyList<TextParagraph> Story, IReadOnlyList<TextParagraph> Interests,
        IReadOnlyList<IReadOnlyList<TextParagraph>> HalenItems, IReadOnlyList<IReadOnlyList<TextParagraph>> BrengenItems)
    {
        public IReadOnlyList<TextParagraph> Halen { get; } = [.. HalenItems.SelectMany(i => i)];
        public IReadOnlyList<TextParagraph> Brengen { get; } = [.. BrengenItems.SelectMany(i => i)];
    }

    /// <summary>An item's explanation and size, on a line of their own under it, this much of the items' size: read as the item's note, not as more of it (two fresh readers).</summary>
    private const double DetailOverBody = 0.8;

    /// <summary>Where the blocks go at one size: the name bar, the ambition under it (empty without), the band's halves (empty when there is no band) and the columns.</summary>
    private sealed record Layout(Rect Name, double NameSize, Rect Ambition, Rect Story, Rect Interests, Rect Halen, Rect Brengen);

    /// <summary>The largest size at which the partner's poster fits one sheet, or null when it needs more at the smallest.</summary>
    /// <param name="names">Every partner's name: each poster's name bar is as tall as the longest of them needs.</param>
    /// <param name="band">The ambition band's height at a size, every poster's (<see cref="AmbitionBands"/>).</param>
    public static double? Largest(PlanContext c, Partner partner, PosterTexts t, IReadOnlyList<string> names, Func<double, Emu> band)
    {
        var area = Area(c);
        return Sizes.Largest(PosterSheet.PartnerItemLargest, PosterSheet.PartnerItemMin,
            s => WordsOf(c, partner, t, s) is var words && Fits(c, words, Place(c, names, words, area, s, band(s)), s));
    }

    /// <summary>
    /// The ambition's band under the name, one height for every partner's poster: as tall as the longest ambition needs at a size
    /// (a reader: a band as tall as its own words moved every column below it, partner by partner); none where no partner has one.
    /// Measured once a size for all the posters, which ask it size by size and side by side.
    /// </summary>
    public static Func<double, Emu> AmbitionBands(PlanContext c, IReadOnlyList<Partner> partners, PosterTexts t)
    {
        var inner = TextLayout.Inner(Area(c).Width, Margin);
        var measured = new System.Collections.Concurrent.ConcurrentDictionary<double, Emu>();
        return size => measured.GetOrAdd(size, s =>
        {
            var tallest = partners.Select(p => AmbitionWords(c, p, t, s)).Where(w => w.Count > 0).Select(w => c.Text.Height(w, inner, s)).DefaultIfEmpty(-1).Max();
            return tallest < 0 ? new Emu(0) : Emu.FromPt(tallest) + Margin + Margin + Emu.FromPt(2);
        });
    }

    /// <summary>The partner's ambition in its own words, under its label, on the band's fill; none without one.</summary>
    private static IReadOnlyList<TextParagraph> AmbitionWords(PlanContext c, Partner partner, PosterTexts t, double size) =>
        partner.Kaart?.Ambitie is { } ambition
            ? [new([new TextRun(t.Ambition, true, c.Colours.OnFill)], SpaceBeforeEm: 0, SizePt: LabelSize(size)), new([new TextRun(ambition.Value, false, c.Colours.OnFill)], SpaceBeforeEm: 0.1)]
            : [];

    /// <summary>
    /// On one sheet at <paramref name="size"/>, where the partner's columns must end at the least (their words) and may end at
    /// the most (what the band under them leaves), from the top of the sheet; null for a poster without a band or more than a sheet.
    /// </summary>
    public static (Emu Needed, Emu Most)? ColumnRoom(PlanContext c, Partner partner, PosterTexts t, IReadOnlyList<string> names, Func<double, Emu> band, double size)
    {
        var words = WordsOf(c, partner, t, size);
        var at = Place(c, names, words, Area(c), size, band(size));
        return at.Story.Height.Value == 0 || !Fits(c, words, at, size) ? null : (at.Halen.Y + Needed(c, words, at, size), at.Halen.Bottom);
    }

    /// <summary>
    /// Where every poster's columns end and its band begins: past the words of the partner that needs most, and half of
    /// what all of them could still give (as <see cref="Tight"/> shares one poster's spare); null when one partner's columns
    /// need more than another's band leaves.
    /// </summary>
    public static Emu? SharedColumns(IReadOnlyList<(Emu Needed, Emu Most)?> rooms)
    {
        var known = rooms.OfType<(Emu Needed, Emu Most)>().ToList();
        if (known.Count == 0)
            return null;
        var (needed, most) = (known.Max(r => r.Needed), known.Min(r => r.Most));
        return needed > most ? null : needed + (most - needed) / 2;
    }

    /// <param name="names">Every partner's name: the name bar is as tall as the longest of them needs (<see cref="Largest"/>).</param>
    /// <param name="size">The size every partner's poster shares; null for a partner whose words need more than one sheet at the smallest.</param>
    /// <param name="columns">Where every one-sheet poster's columns end (<see cref="SharedColumns"/>); null: each poster its own.</param>
    public static PosterPlan Plan(PlanContext c, Coalition coalition, Partner partner, PosterTexts t, IReadOnlyList<string> names, Func<double, Emu> band, double? size, Emu? columns = null)
    {
        var (header, _, legend) = PosterSheet.Frame(c.Page);
        var itemSize = size ?? PosterSheet.PartnerItemMin;
        var words = WordsOf(c, partner, t, itemSize);
        var at = Place(c, names, words, Area(c), itemSize, band(itemSize));
        // More than a sheet: each column over as many sheets as it needs, whole items, the band on the first.
        var whole = size is not null && Fits(c, words, at, itemSize);
        var (halen, brengen) = whole
            ? ([words.Halen], [words.Brengen])
            : (Pages.BalancedItems(c, words.HalenItems, Measured(at.Halen), itemSize), Pages.BalancedItems(c, words.BrengenItems, Measured(at.Brengen), itemSize));
        if (whole)
            at = columns is { } end && at.Story.Height.Value > 0 && end <= at.Halen.Bottom && end - at.Halen.Y >= Needed(c, words, at, itemSize)
                ? WithColumns(at, end - at.Halen.Y) : Tight(c, words, at, itemSize);
        var count = Math.Max(halen.Count, brengen.Count);
        var demands = partner.Halen.Any(i => i.IsEis);
        var slides = Enumerable.Range(0, count).Select(i =>
        {
            var name = c.Words.Shapes.TileContent.Fill(partner.Naam);
            var elements = new List<SlideElement> { Header(c, coalition, partner, header, t, count > 1 ? $"{i + 1}/{count}" : null) };
            var title = PosterTile.Balanced(c, partner.Naam, TextLayout.Inner(at.Name.Width, Margin), at.NameSize);
            elements.Add(new TextElement(at.Name, [new TextParagraph([new TextRun(title, true, c.Colours.OnFill)], SpaceBeforeEm: 0)], at.NameSize, c.Colours.OnFill, c.Colours.Accent, Anchor.Middle, Name: partner.Naam, Margin: Margin));
            if (i == 0 && words.Ambition.Count > 0)
                elements.Add(new TextElement(at.Ambition, words.Ambition, itemSize, c.Colours.OnFill, c.Colours.Accent, Name: c.Words.Shapes.Ambition, Margin: Margin));
            if (i == 0 && words.Story.Count + words.Interests.Count > 0)
            {
                elements.Add(new TextElement(at.Story, words.Story, itemSize, c.Colours.Ink, c.Colours.Light, Name: name, Margin: Margin));
                elements.Add(new TextElement(at.Interests, words.Interests, itemSize, c.Colours.Ink, c.Colours.Light, Name: name, Margin: Margin));
            }
            elements.Add(new TextElement(at.Halen, i < halen.Count ? halen[i] : [], itemSize, c.Colours.Ink, c.Colours.HalenLight, Name: name, Margin: Margin));
            elements.Add(new TextElement(at.Brengen, i < brengen.Count ? brengen[i] : [], itemSize, c.Colours.Ink, c.Colours.BrengenLight, Name: name, Margin: Margin));
            if (i == 0)
                elements.Add(Questions(c, t));
            if (demands || i < count - 1)
                elements.Add(Legend(c, legend, t, demands, i < count - 1));
            return new SlidePlan(SlideLayoutKind.Inhoud, null, elements, "");
        }).ToList();
        return new PosterPlan(PosterKind.Partner, partner, c.Presentation(partner.Naam, slides));
    }

    /// <summary>What the partner wrote stands above the field for the room's questions: the sheet's area down to that field, a gap above it.</summary>
    private static Rect Area(PlanContext c)
    {
        var area = PosterSheet.Frame(c.Page).Area;
        return area with { Height = QuestionsBox(c).Y - c.Page.Gap - area.Y };
    }

    /// <summary>The questions' label, read from across the room as the header line.</summary>
    private const double QuestionsPt = HeaderMax;

    /// <summary>Under the label, two rows of 76 mm sticky notes and some room around them (a row held too few; two readers).</summary>
    private static readonly Emu QuestionsRoom = Emu.FromMm(165);

    /// <summary>The field for the room's questions across the foot of the sheet's area: its label's line and the notes' room under it.</summary>
    private static Rect QuestionsBox(PlanContext c)
    {
        var area = PosterSheet.Frame(c.Page).Area;
        var height = Emu.FromPt(c.Text.LineHeight(QuestionsPt)) + QuestionsRoom + Margin + Margin;
        return area with { Y = area.Bottom - height, Height = height };
    }

    /// <summary>
    /// The field at the foot where the room sticks its questions to this partner, one a note: in the shortest turns they are not asked
    /// aloud, and the deck sends them here (two readers found no place for them and the notes covering the partner's words).
    /// </summary>
    private static TextElement Questions(PlanContext c, PosterTexts t) =>
        new(QuestionsBox(c), [new TextParagraph([new TextRun(t.Questions, true, c.Colours.Accent), new TextRun("  ·  " + t.QuestionsHint, false, c.Colours.Muted)], SpaceBeforeEm: 0)],
            QuestionsPt, c.Colours.Ink, c.Colours.Light, Name: c.Words.Shapes.Questions, Margin: Margin);

    /// <summary>A section's label over its words: bold, in the accent colour and a step smaller, so it reads as a label and not as a sentence, yet from two metres.</summary>
    private static double LabelSize(double size) => Math.Max(PosterSheet.PartnerItemMin, Math.Round(size * PosterSheet.PartnerLabelOverBody));

    /// <summary>A column's heading (halen, brengen): a step above its items, so the two columns are found first.</summary>
    private static double HeadingSize(double size) => Math.Round(size * PosterSheet.PartnerHeadingOverBody);

    private static Words WordsOf(PlanContext c, Partner partner, PosterTexts t, double size)
    {
        IEnumerable<TextParagraph> Labelled(string label, string text) =>
        [
            new([new TextRun(label, true, c.Colours.Accent)], SpaceBeforeEm: 0, SizePt: LabelSize(size)),
            new([new TextRun(text, false, c.Colours.Ink)], SpaceBeforeEm: 0.1),
        ];
        var kaart = partner.Kaart;
        // The ambition under the name, across the poster (three readers: at the foot beside the interests it read as an afterthought);
        // the band at the foot the two interests side by side, its own (left) and the shared one. The headline it proposes is not on
        // the wall beside its name: the room meets it unnamed among the others in the deck (a reader).
        List<TextParagraph> Told(string label, Sourced<string>? text) => text is null ? [] : [.. Labelled(label, text.Value)];
        var interests = Told(t.Interest, kaart?.EigenBelang);
        var story = Told(t.SharedInterest, kaart?.GezamenlijkBelang);
        if (kaart is null) interests.Add(new TextParagraph([new TextRun(t.NoCard, false, c.Colours.Ink)], SpaceBeforeEm: 0));

        // Each item its line and, under it, its explanation and size a step smaller (inline at the items' size, one partner's
        // poster read twice as long as another's, two fresh readers); the heading kept with the first item.
        var detailSize = Math.Max(PosterSheet.PartnerItemMin, Math.Round(size * DetailOverBody));
        IReadOnlyList<TextParagraph> Item(TextParagraph line, string? detail) =>
            string.IsNullOrEmpty(detail) ? [PosterTile.Amounts(line)] : [PosterTile.Amounts(line), PosterTile.Amounts(Items.Detail(c, detail, detailSize))];
        List<IReadOnlyList<TextParagraph>> Column(string heading, string colour, IEnumerable<IReadOnlyList<TextParagraph>> items)
        {
            var title = new TextParagraph([new TextRun(heading, true, colour)], SpaceBeforeEm: 0, SizePt: HeadingSize(size));
            var column = items.ToList();
            if (column.Count == 0)
                return [[title, new TextParagraph([new TextRun(t.NothingYet, false, c.Colours.Ink)], SpaceBeforeEm: 0.2)]];
            column[0] = [title, .. column[0]];
            return column;
        }
        var halen = Column(t.Gets, c.Colours.Halen, Items.DemandsFirst(partner.Halen).Select(item => Item(Items.Line(c, item, item.IsEis ? t.Demand : null, null, 0.3), item.Toelichting?.Value)));
        var brengen = Column(t.Brings, c.Colours.Brengen, partner.Brengen.Select(item => Item(Items.Line(c, item, null, null, 0.3), Items.BringDetail(item, withExplanation: true))));
        return new Words(AmbitionWords(c, partner, t, size), story, interests, halen, brengen);
    }

    /// <summary>
    /// The name bar across the top, halen and brengen under it (the method's core, read first), and the band at
    /// the foot as high as its longer half needs.
    /// </summary>
    private static Layout Place(PlanContext c, IReadOnlyList<string> names, Words words, Rect area, double size, Emu ambitionBand)
    {
        var gap = c.Page.Gap;
        // Every name on one line if a size between 1.8 and 1.5 times the words allows it, else two lines at 1.8 for every poster.
        var named = PosterTile.NameBar(c, names, Measured(area).Width, Math.Ceiling(size * PosterSheet.NameOverBody), Math.Ceiling(size * PosterSheet.PartnerNameOverBody));
        var bar = (Height: named.Height + (Margin - TextLayout.InsetY) * 2, named.Size);
        // The ambition's band right under the name bar, as the deck's partner slide has it, one height on every poster.
        var ambition = area with { Y = area.Y + bar.Height, Height = ambitionBand };
        var below = PosterTile.Below(area, bar.Height + ambitionBand);
        var (left, right) = (Columns.Of(below, 0, 2, gap), Columns.Of(below, 1, 2, gap));
        var inner = TextLayout.Inner(left.Width, Margin);
        var band = words.Story.Count + words.Interests.Count == 0 ? new Emu(0)
            : Emu.FromPt(Math.Max(c.Text.Height(words.Story, inner, size), c.Text.Height(words.Interests, inner, size))) + Margin + Margin + Emu.FromPt(2);
        var height = band.Value == 0 ? below.Height : below.Height - band - gap;
        var foot = below.Bottom - band;
        return new Layout(area with { Height = bar.Height }, bar.Size, ambition, right with { Y = foot, Height = band }, left with { Y = foot, Height = band },
            left with { Height = height }, right with { Height = height });
    }

    /// <summary>
    /// On one sheet the room the shared size leaves is shared by the columns and the band under them, so no
    /// strip at the foot stays empty and no box is left mostly empty.
    /// </summary>
    private static Layout Tight(PlanContext c, Words words, Layout at, double size)
    {
        if (at.Story.Height.Value == 0)
            return at;
        var needed = Needed(c, words, at, size);
        if (needed >= at.Halen.Height)
            return at;
        // Half of the room to spare stays with the columns, half goes to the band: neither ends in a large empty box.
        return WithColumns(at, at.Halen.Height - (at.Halen.Height - needed) / 2);
    }

    /// <summary>The height the columns' words take at this size, margins included.</summary>
    private static Emu Needed(PlanContext c, Words words, Layout at, double size)
    {
        var inner = TextLayout.Inner(at.Halen.Width, Margin);
        return Emu.FromPt(Math.Max(c.Text.Height(words.Halen, inner, size), c.Text.Height(words.Brengen, inner, size))) + Margin + Margin + Emu.FromPt(4);
    }

    /// <summary>The columns cut to <paramref name="height"/>, the band under them grown up to meet them.</summary>
    private static Layout WithColumns(Layout at, Emu height)
    {
        var spare = at.Halen.Height - height;
        return at with
        {
            Halen = at.Halen with { Height = height }, Brengen = at.Brengen with { Height = height },
            Story = at.Story with { Y = at.Story.Y - spare, Height = at.Story.Height + spare },
            Interests = at.Interests with { Y = at.Interests.Y - spare, Height = at.Interests.Height + spare },
        };
    }

    private static bool Fits(PlanContext c, Words words, Layout at, double size) =>
        at.Halen.Height.Value > 0 && c.Text.Fits(words.Halen, Measured(at.Halen), size) && c.Text.Fits(words.Brengen, Measured(at.Brengen), size);

    /// <summary>A box less the difference between its <see cref="Margin"/> and a slide's: measured with a slide's insets, it holds what the box holds.</summary>
    private static Rect Measured(Rect box)
    {
        var (x, y) = (Margin - TextLayout.InsetX, Margin - TextLayout.InsetY);
        return new Rect(box.X + x, box.Y + y, box.Width - x - x, box.Height - y - y);
    }

    /// <summary>
    /// The poster's head: the coalition, the session's date, the partner's turn in the round (a reader: the briefing asks to hang
    /// the posters in the round's order and the posters did not say it), and the sheet where there are more.
    /// </summary>
    private static TextElement Header(PlanContext c, Coalition coalition, Partner partner, Rect box, PosterTexts t, string? sheet)
    {
        var s = coalition.Samenwerking;
        var parts = new List<string> { s.Naam?.Value ?? t.NoHeadline };
        if (s.Datum is { } d) parts.Add(Dates.Long(d, c.Language));
        if (coalition.Partners.ToList().IndexOf(partner) is var turn and >= 0)
            parts.Add(t.TurnOf.Fill(turn + 1, coalition.Partners.Count));
        if (sheet is not null) parts.Add(sheet);
        var line = new TextParagraph([new TextRun(string.Join("  ·  ", parts), true, c.Colours.Accent)], SpaceBeforeEm: 0);
        // A name too long for one line at 48 pt takes the size that holds it rather than a second line.
        var size = c.Text.LargestFit([line], box, HeaderMax, HeaderMin) ?? c.Text.LargestFit([line], box, HeaderMin - 1, PosterSheet.SmallText) ?? PosterSheet.SmallText;
        return new TextElement(box, [line], size, c.Colours.Accent, null, Anchor.Middle, TextAlign.Left, c.Words.Shapes.Header);
    }

    /// <summary>What the headings do not say: what a demand is, and that the poster goes on.</summary>
    private static TextElement Legend(PlanContext c, Rect box, PosterTexts t, bool demands, bool next)
    {
        var runs = new List<TextRun>();
        if (demands) runs.Add(new TextRun(t.Demand + " = " + t.DemandMeaning, true, c.Colours.Eis));
        if (next) runs.Add(new TextRun((demands ? "   →  " : "→  ") + t.NextSheet, true, c.Colours.Ink));
        return Slides.Line(c, box, runs, LegendMax, LegendMin, c.Colours.Ink, c.Words.Shapes.Legend);
    }
}
