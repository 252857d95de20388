using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Rules;

namespace HalenBrengen.Layout.Deck;

/// <summary>The partners' slides, and where each partner's items start (the map points there).</summary>
internal sealed record PartnerPart(IReadOnlyList<SlidePlan> Slides, IReadOnlyDictionary<Partner, int> ItemsSlide);

/// <summary>
/// One part per partner, the same for every partner (equal time, equal space: METHOD.md): a slide with what
/// drives it (its interests and its ambition; the proposed headline in the notes), then what it wants to
/// get and can bring under bands in the palette's halen and brengen colours, each item as a line; the speaking time
/// beside the name on each. A turn under four
/// minutes (16 partners and more) keeps the halen and brengen slide only, what drives the partner in its notes. An item's
/// explanation and size stand under it in smaller type when that is still 20 pt; else they are in the speaker
/// notes. The partner's name is the title, at one size for every partner and at least 1.5 × the text under it
/// (<see cref="PartnerRules.NameRatio"/>). Halen and brengen stand side by side on one slide when every
/// partner's fit one; otherwise each side gets slides of its own at full width, so no column stands empty.
/// Every partner's words are set at one size, the largest at which every partner fits; a partner that does not
/// fit continues on slides at that size, every item whole.
/// </summary>
internal static class PartnerSlides
{
    /// <summary>Details are shown only when the items are at least this much larger than the details (20 pt): a visible step, not a near miss.</summary>
    private const double DetailStep = 4;

    /// <summary>The space before an item, in ems: items read as separate lines, not as one wall of text.</summary>
    private const double ItemSpace = 0.5;

    /// <summary>How every partner's halen and brengen are laid out: side by side or on slides of their own, at which size, with their details or not.</summary>
    private sealed record ItemLayout(bool SideBySide, double Size, bool Details);

    /// <summary>A partner's part, measured: its frame, its columns about it, and its halen and brengen as items.</summary>
    private sealed record Part(Partner Partner, SlideFrame Frame, IReadOnlyList<IReadOnlyList<IReadOnlyList<TextParagraph>>> About,
        IReadOnlyList<Item> Halen, IReadOnlyList<Item> Brengen);

    /// <param name="newItems">Items new since the earlier round, marked as new on their partner's slide (none without one).</param>
    /// <param name="pause">The pause's slides (none without a pause): after the turn before it, the round's last or its middle one.</param>
    public static PartnerPart Plan(PlanContext c, Coalition coalition, Agenda agenda, SessionTexts t, int firstNumber, IReadOnlySet<Item> newItems, string newTag,
        IReadOnlyList<SlidePlan> pause)
    {
        // The name shares its row with the speaking time, at the row's right end: read where the eye starts, not under the text.
        // The time as large as keeps every name at least 1.5 times its size beside it (a reader found 20 pt a corner label). The turn's
        // later slides say the turn goes on, without minutes: the same words on both read as twice the time (readers).
        (Speaking Time, Rect NameBox, double NameSize) Row(double size)
        {
            var time = new Speaking(SpeakingTime(c, t.SpeakingTime, agenda, size), SpeakingTime(c, t.SpeakingTimeGoesOn, agenda, size));
            var box = c.Page.TitleBox with { Width = Emu.Min(time.First.Box.X, time.Later.Box.X) - c.Page.Gap - c.Page.TitleBox.X };
            return (time, box, Slides.SharedTitleSize(c, coalition.Partners.Select(p => p.Naam), box, c.Scale.TitleMax + 4));
        }
        var (time, nameBox, nameSize) = Row(Sizes.Largest(SpeakingPt, c.Scale.Caption, size => Row(size).NameSize >= PartnerRules.NameRatio * size - 1e-9) ?? c.Scale.Caption);
        var bodyMax = Math.Min(c.Scale.BodyMax, Math.Floor(nameSize / PartnerRules.NameRatio));
        var parts = coalition.Partners.Select(p => new Part(p, Slides.Frame(c, p.Naam, sizePt: nameSize, titleBox: nameBox), About(c, p, t),
            Items.DemandsFirst(p.Halen).ToList(), p.Brengen)).ToList();
        bool OnOne(Part p, double size) => AboutBoxes(c, p).Select((box, k) => (box, k)).All(x => c.Text.Fits(p.About[x.k].SelectMany(i => i).ToList(), x.box, size));
        // The ambition as a quote across the top, the interests side by side under it, where every partner's about slide holds
        // so at one size (a partner without an ambition or interest as before); else the two columns, over pages where need be.
        var quotedSize = Sizes.Largest(bodyMax, c.Scale.BodyMin, size => AmbitionPanel(c, parts, t, size) is var panel
            && parts.All(p => Quoted(c, p, t, size, panel) is not null || (!Quotable(p) && OnOne(p, size))));
        var aboutSize = quotedSize ?? Sizes.Largest(bodyMax, c.Scale.BodyMin, size => parts.All(p => OnOne(p, size))) ?? c.Scale.BodyMin;
        var panel = quotedSize is null ? (Emu?)null : AmbitionPanel(c, parts, t, aboutSize);
        var items = new ItemSides(c, t, newItems, newTag);
        var layout = items.Choose(parts.Where(p => p.Partner.Kaart is not null).Select(p => (p.Frame, p.Halen, p.Brengen)).ToList(), bodyMax);
        var slides = new List<SlidePlan>();
        var itemsSlide = new Dictionary<Partner, int>(ReferenceEqualityComparer.Instance);
        // A round in blocks has a divider before each block, the first too: a breath, and who comes next, "Deel 1"
        // as every other part is announced (a round of one block is announced by its order slide alone).
        var blocks = RoundSlides.Blocks(coalition, agenda);
        var dividers = new Dictionary<Partner, SlidePlan>(ReferenceEqualityComparer.Instance);
        foreach (var (b, divider) in blocks.Count > 1 ? blocks.Zip(RoundSlides.Dividers(c, blocks, agenda, t)) : [])
            dividers[b.Partners[0]] = divider;
        foreach (var (part, index) in parts.Select((p, i) => (p, i)))
        {
            if (index == agenda.TurnsBeforePause)
                slides.AddRange(pause);
            if (dividers.TryGetValue(part.Partner, out var divider))
                slides.Add(divider);
            // The shortest turns leave no minute for questions (a reader): they go on sticky notes by the partner's map.
            var notes = string.Format(CultureInfo.InvariantCulture, agenda.ShortTurns ? t.PartnerNotesShort : t.PartnerNotes, part.Partner.Naam,
                agenda.TellingMinutes);
            // The partner's proposed headline is neither on its slide nor in its notes: the room meets it among the others, unnamed (two
            // fresh readers), and the deck may go home with the partners (a later reader); the facilitator finds it in the partner's crib.
            slides.AddRange(AboutSlides(c, part, aboutSize, nameSize, time.First, t, notes, panel));
            itemsSlide[part.Partner] = firstNumber + slides.Count - (part.Partner.Kaart is null ? 1 : 0);
            if (part.Partner.Kaart is not null)
                // The turn's time and how to lead it stand in the first slide's notes; this one's say what to ask (a reader found the
                // same notes word for word on both).
                slides.AddRange(items.Slides(part.Partner, part.Frame, part.Halen, part.Brengen, layout, nameSize, time.Later, t.PartnerGetsNotes));
        }
        if (agenda.TurnsBeforePause >= parts.Count)
            slides.AddRange(pause);
        return new PartnerPart(slides, itemsSlide);
    }

    /// <summary>What drives a partner, as items of a label over its text: its interests in one column, its ambition in the other.</summary>
    private static IReadOnlyList<IReadOnlyList<IReadOnlyList<TextParagraph>>> About(PlanContext c, Partner partner, SessionTexts t)
    {
        IReadOnlyList<TextParagraph> Muted(string text) => [new TextParagraph([new TextRun(text, false, c.Colours.Muted)], SpaceBeforeEm: 0)];
        if (partner.Kaart is not { } kaart)
            return [[Muted(t.NoCard)]];
        IReadOnlyList<IReadOnlyList<TextParagraph>> Column(params (string Label, Sourced<string>? Text)[] parts) => parts.Where(p => p.Text is not null)
            .Select((p, i) => (IReadOnlyList<TextParagraph>)Items.Labelled(p.Label, p.Text!.Value, c.Colours.Accent, i == 0, labelPt: c.Scale.Caption).ToList()).ToList();
        var left = Column((t.OwnInterest, kaart.EigenBelang), (t.SharedInterest, kaart.GezamenlijkBelang));
        var right = Column((t.Ambition, kaart.Ambitie));
        if (left.Count == 0 && right.Count == 0)
            return [[Muted(t.NothingYet)]];
        return left.Count == 0 ? [right] : right.Count == 0 ? [left] : [left, right];
    }

    /// <summary>The about slide's columns: one over the whole body, or two side by side.</summary>
    private static IReadOnlyList<Rect> AboutBoxes(PlanContext c, Part part)
    {
        var body = part.Frame.Body;
        return part.About.Count == 1 ? [body] : [Columns.Of(body, 0, 2, c.Page.Gap), Columns.Of(body, 1, 2, c.Page.Gap)];
    }

    /// <summary>Whether a partner's card has an ambition and an interest, to set as a quote over its interests.</summary>
    private static bool Quotable(Part part) => part.Partner.Kaart is { Ambitie: not null } kaart && (kaart.EigenBelang is not null || kaart.GezamenlijkBelang is not null);

    /// <summary>
    /// The about slide as a quote over two columns, at one size: the partner's ambition in its own words on a panel in the
    /// accent colour across the top, as tall as the longest partner's (<paramref name="panelHeight"/>), and under it its own interest beside the shared one, each on a
    /// light panel down to the foot of the slide, as the halen and brengen columns stand on the next (readers: the ambition
    /// in a small box beside a column of interests, and later the interests on white, left a third of the slide empty).
    /// Null where that does not hold.
    /// </summary>
    private static IReadOnlyList<TextElement>? Quoted(PlanContext c, Part part, SessionTexts t, double size, Emu panelHeight)
    {
        if (!Quotable(part) || part.Partner.Kaart is not { } kaart)
            return null;
        var body = part.Frame.Body;
        var ambition = AmbitionQuote(c, kaart, t);
        var panel = body with { Height = panelHeight };
        var rest = new Rect(body.X, panel.Bottom + c.Page.Gap, body.Width, body.Bottom - panel.Bottom - c.Page.Gap);
        var interests = new[] { (t.OwnInterest, kaart.EigenBelang), (t.SharedInterest, kaart.GezamenlijkBelang) }.Where(x => x.Item2 is not null)
            .Select(x => (IReadOnlyList<TextParagraph>)Items.Labelled(x.Item1, x.Item2!.Value, c.Colours.Accent, true, labelPt: c.Scale.Caption).ToList()).ToList();
        if (rest.Height.Value <= 0)
            return null;
        var boxes = interests.Count == 1 ? [rest] : new[] { Columns.Of(rest, 0, 2, c.Page.Gap), Columns.Of(rest, 1, 2, c.Page.Gap) };
        if (!c.Text.Fits(ambition, panel, size) || !interests.Zip(boxes).All(x => c.Text.Fits(x.First, x.Second, size)))
            return null;
        return [new TextElement(panel, ambition, size, c.Colours.OnFill, c.Colours.Accent, Anchor.Middle, Name: c.Words.Shapes.Ambition),
            .. interests.Zip(boxes).Select(x => new TextElement(x.Second, x.First, size, c.Colours.Ink, c.Colours.Light, Name: c.Words.Shapes.Interest))];
    }

    /// <summary>The ambition's quote: its label and the partner's words, on the accent panel.</summary>
    private static List<TextParagraph> AmbitionQuote(PlanContext c, Belangenkaart kaart, SessionTexts t) =>
        Items.Labelled(t.Ambition, kaart.Ambitie!.Value, c.Colours.OnFill, true, c.Colours.OnFill, labelPt: c.Scale.Caption).ToList();

    /// <summary>
    /// The ambition's panel, one height for every partner: as tall as the tallest partner's words at <paramref name="size"/>, so the
    /// interests under it stand in the same boxes on every about slide (two readers: the boxes jumped between 76 and 87 mm from one
    /// partner to the next; the same room for every partner).
    /// </summary>
    private static Emu AmbitionPanel(PlanContext c, IReadOnlyList<Part> parts, SessionTexts t, double size) =>
        new(parts.Where(Quotable).Select(p => Slides.Height(c, AmbitionQuote(c, p.Partner.Kaart!, t), p.Frame.Body.Width, size).Value).DefaultIfEmpty(0).Max() + Emu.FromMm(3).Value);

    private static IEnumerable<SlidePlan> AboutSlides(PlanContext c, Part part, double size, double nameSize, TextElement time, SessionTexts t, string notes, Emu? panelHeight)
    {
        if (panelHeight is { } height && Quoted(c, part, t, size, height) is { } quote)
        {
            yield return new SlidePlan(SlideLayoutKind.Inhoud, part.Frame.Title, [.. quote, time], notes);
            yield break;
        }
        var boxes = AboutBoxes(c, part);
        var pages = Columns.PagedItems(c, part.About.Select((items, k) => (items, boxes[k])).ToList(), size);
        for (var p = 0; p < pages.Count; p++)
        {
            var frame = p == 0 ? part.Frame : Slides.Frame(c, Slides.Continued(part.Partner.Naam, p, t.Continued), sizePt: nameSize);
            var elements = new List<SlideElement>();
            for (var k = 0; k < boxes.Count; k++)
            {
                if (pages[p][k].Count == 0) continue;
                // The ambition sits on a light panel the column's height, the same for every partner: the partner's own proposal for the front page's lead.
                var panel = boxes.Count == 2 && k == 1;
                elements.Add(new TextElement(boxes[k], pages[p][k], size, c.Colours.Ink, panel ? c.Colours.Light : null, Name: k == 0 ? c.Words.Shapes.Interest : c.Words.Shapes.Ambition));
            }
            if (p == 0)
                elements.Add(time);
            yield return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title, elements, notes);
        }
    }

    /// <summary>The speaking time on a turn's first slide, and on its later slides.</summary>
    private sealed record Speaking(TextElement First, TextElement Later);

    /// <summary>
    /// "Spreektijd: N minuten" at the right end of the title row of a turn's slides, as wide as its words, in the accent colour (two
    /// readers found it small and grey in a corner: the room keeps the time too).
    /// </summary>
    private static TextElement SpeakingTime(PlanContext c, string words, Agenda agenda, double size)
    {
        var text = string.Format(CultureInfo.InvariantCulture, words, agenda.TellingMinutes);
        var width = Emu.FromPt(c.Text.Bold.Width(text, size) + 2) + TextLayout.InsetX * 2;
        var row = c.Page.TitleBox;
        return Slides.Line(c, row with { X = row.Right - width, Width = width }, [new TextRun(text, true)],
            size, size, c.Colours.Accent, c.Words.Shapes.SpeakingTime, TextAlign.Right);
    }

    /// <summary>The speaking time's largest size: read from the back of the room, where the room keeps the time too (a reader found 20 pt a corner label).</summary>
    private const double SpeakingPt = 24;

    /// <summary>
    /// A partner's halen and brengen: the bands and columns they stand in, the items as lines with or without
    /// their details, and the slides they make.
    /// </summary>
    private sealed class ItemSides(PlanContext c, SessionTexts t, IReadOnlySet<Item> newItems, string newTag)
    {
        private double DetailSize => c.Scale.BodyMin;

        /// <summary>
        /// The first layout in which every partner fits one slide (or one slide a side), at the largest size:
        /// side by side with details, side by side without, each side on its own with details, without. Else
        /// the smallest size without details, continued, in whichever layout takes fewer slides in all (side
        /// by side on a tie: its lines are shorter, and halen and brengen are seen together).
        /// </summary>
        public ItemLayout Choose(IReadOnlyList<(SlideFrame Frame, IReadOnlyList<Item> Halen, IReadOnlyList<Item> Brengen)> parts, double bodyMax)
        {
            foreach (var sideBySide in new[] { true, false })
            {
                bool AllFit(double size, bool details) => parts.All(p => Columns(p.Frame, sideBySide, size)
                    .Zip(new[] { Side(p.Halen, true, size, details), Side(p.Brengen, false, size, details) })
                    .All(x => c.Text.Fits(x.Second.SelectMany(i => i).ToList(), x.First.Panel, size)));
                if (Sizes.Largest(bodyMax, DetailSize + DetailStep, size => AllFit(size, details: true)) is { } detailed)
                    return new ItemLayout(sideBySide, detailed, true);
                if (Sizes.Largest(bodyMax, c.Scale.BodyMin, size => AllFit(size, details: false)) is { } plain)
                    return new ItemLayout(sideBySide, plain, false);
            }
            var (together, apart) = (new ItemLayout(true, c.Scale.BodyMin, false), new ItemLayout(false, c.Scale.BodyMin, false));
            return parts.Sum(p => Pages(p.Frame, p.Halen, p.Brengen, together).Sum(g => g.Count)) <= parts.Sum(p => Pages(p.Frame, p.Halen, p.Brengen, apart).Sum(g => g.Count))
                ? together : apart;
        }

        /// <summary>A partner's item slides in a layout: per group of sides shown together (both, or each alone), its pages of columns.</summary>
        private List<(int[] Sides, IReadOnlyList<IReadOnlyList<IReadOnlyList<TextParagraph>>> Pages)> Paged(SlideFrame frame, IReadOnlyList<Item> halen,
            IReadOnlyList<Item> brengen, ItemLayout layout)
        {
            var columns = Columns(frame, layout.SideBySide, layout.Size);
            var items = new[] { Side(halen, true, layout.Size, layout.Details), Side(brengen, false, layout.Size, layout.Details) };
            int[][] groups = layout.SideBySide ? [[0, 1]] : [[0], [1]];
            return groups.Select(g => (g, Kit.Columns.PagedItems(c, g.Select(k => (items[k], columns[k].Panel)).ToList(), layout.Size))).ToList();
        }

        private IEnumerable<IReadOnlyList<IReadOnlyList<IReadOnlyList<TextParagraph>>>> Pages(SlideFrame frame, IReadOnlyList<Item> halen, IReadOnlyList<Item> brengen,
            ItemLayout layout) => Paged(frame, halen, brengen, layout).Select(g => g.Pages);

        /// <summary>The band and the column under it for halen and for brengen: side by side, or each across the whole body.</summary>
        private List<(Rect Band, Rect Panel)> Columns(SlideFrame frame, bool sideBySide, double size)
        {
            var band = frame.Body with { Height = Kit.Slides.Lines(c, 1, size) };
            var panel = frame.Body with { Y = band.Bottom, Height = frame.Body.Bottom - band.Bottom };
            return sideBySide
                ? [(Kit.Columns.Of(band, 0, 2, c.Page.Gap), Kit.Columns.Of(panel, 0, 2, c.Page.Gap)), (Kit.Columns.Of(band, 1, 2, c.Page.Gap), Kit.Columns.Of(panel, 1, 2, c.Page.Gap))]
                : [(band, panel), (band, panel)];
        }

        /// <summary>One side's items: each its line, and its detail under it when details are shown; a muted line when there are none.</summary>
        private IReadOnlyList<IReadOnlyList<TextParagraph>> Side(IReadOnlyList<Item> items, bool halen, double size, bool details)
        {
            if (items.Count == 0)
                return [[new TextParagraph([new TextRun(t.NothingYet, false, c.Colours.Muted)], SpaceBeforeEm: 0)]];
            return items.Select((item, i) =>
            {
                var line = Items.Line(c, item, halen && item.IsEis ? t.Demand : null, newItems.Contains(item) ? newTag : null, i == 0 ? 0 : ItemSpace);
                var detail = Detail(item, halen);
                return (IReadOnlyList<TextParagraph>)(details && detail.Length > 0 ? [line, Items.Detail(c, detail, DetailSize)] : [line]);
            }).ToList();
        }

        private static string Detail(Item item, bool halen) => halen ? Items.WantDetail(item) : Items.BringDetail(item);

        /// <summary>The speaker notes' lines for details not on the slides: "Toelichting bij ‘…’: …", the item whole (a reader: "…huur en…" cut it).</summary>
        private IEnumerable<string> DetailNotes(IEnumerable<Item> items, bool halen) => items.Select(item => (item, Detail(item, halen)))
            .Where(x => x.Item2.Length > 0)
            .Select(x => string.Format(CultureInfo.InvariantCulture, t.DetailNote, x.item.Text.Value.Replace('\n', ' '), x.Item2.TrimEnd('.', ' ')));

        public IEnumerable<SlidePlan> Slides(Partner partner, SlideFrame frame, IReadOnlyList<Item> halen, IReadOnlyList<Item> brengen, ItemLayout layout,
            double nameSize, TextElement time, string notes)
        {
            var columns = Columns(frame, layout.SideBySide, layout.Size);
            var sides = new[] { (Items: halen, Halen: true, Label: t.Gets, Colour: c.Colours.Halen, Light: c.Colours.HalenLight),
                (Items: brengen, Halen: false, Label: t.Brings, Colour: c.Colours.Brengen, Light: c.Colours.BrengenLight) };
            string Notes(IEnumerable<int> shown) =>
                string.Join("\n", shown.SelectMany(k => layout.Details ? Enumerable.Empty<string>() : DetailNotes(sides[k].Items, sides[k].Halen)).Prepend(notes));
            foreach (var (group, paged) in Paged(frame, halen, brengen, layout))
            {
                for (var page = 0; page < paged.Count; page++)
                {
                    var slide = paged[page];
                    // Each side starts under the partner's name; only a side's own next slides are marked as continued.
                    var title = page == 0 ? frame.Title : Kit.Slides.Frame(c, Kit.Slides.Continued(partner.Naam, page, t.Continued), sizePt: nameSize).Title;
                    var elements = new List<SlideElement>();
                    foreach (var (k, paragraphs) in group.Zip(slide).Where(x => x.Second.Count > 0))
                    {
                        elements.Add(new TextElement(columns[k].Band, [new TextParagraph([new TextRun(sides[k].Label, true)], SpaceBeforeEm: 0)], layout.Size,
                            c.Colours.OnFill, sides[k].Colour, Anchor.Middle, Name: sides[k].Label));
                        elements.Add(new TextElement(columns[k].Panel, paragraphs, layout.Size, c.Colours.Ink, sides[k].Light, Name: $"{sides[k].Label} {page + 1}"));
                    }
                    // The speaking time beside the name on every slide of the turn that carries the name alone, as on the slide before.
                    if (page == 0)
                        elements.Add(time);
                    yield return new SlidePlan(SlideLayoutKind.Inhoud, title, elements, Notes(group));
                }
            }
        }
    }
}
