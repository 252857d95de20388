using System.Globalization;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// The combined map as a picture: the krantenkop and the ambition in the centre, one equal tile per
/// partner around it with as much of what it wants and brings as fits, the rest pointing to its own
/// slide; then the same map with empty tiles, to fill in live. Native shapes, so it stays editable.
/// </summary>
internal static class MapSlides
{
    private const double TileMax = 24;
    /// <summary>Beyond this many partners a tile's words may be set at the table size (18 pt) so every name still fits.</summary>
    public const int DensePartners = 16;
    /// <summary>An item on a tile is cut to this many characters; the partner's own slide has it whole.</summary>
    private const int ItemChars = 50;

    /// <summary>Tiles around the centre on a 16:9 slide; the centre leaves room for the krantenkop and the ambition.</summary>
    public static Ring.Options OptionsFor(int count) => new(
        Gap: Emu.FromMm(count > 12 ? 3 : 4), MinTileWidth: Emu.FromMm(40), MinTileHeight: Emu.FromMm(18),
        MinCentreWidth: Emu.FromMm(count <= 8 ? 140 : 110), MinCentreHeight: Emu.FromMm(count <= 8 ? 62 : 55),
        Aspect: 2.2, MinAspect: 1.2, MaxAspect: 4.5);

    public static double TileMin(PlanContext c, int count) => count > DensePartners ? c.Scale.TableMin : c.Scale.BodyMin;

    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, SessionTexts t, IReadOnlyDictionary<Partner, int> itemsSlide)
    {
        var partners = coalition.Partners;
        if (partners.Count == 0)
            yield break;
        var area = c.Page.BesideLogo(new Rect(Emu.FromMm(7), Emu.FromMm(7), c.Page.Width - Emu.FromMm(14), c.Page.Height - Emu.FromMm(14)));
        var names = partners.Select(p => p.Naam).ToList();
        // Of the best few arrangements and the tile sizes, the one that shows the most of what the partners
        // wrote; on a tie the better arrangement, then the larger size. One size for every tile.
        var choices = Ring.Candidates(area, partners.Count, OptionsFor(partners.Count), 10).SelectMany(ring => Sizes(c, partners.Count)
            .Select(size => (Ring: ring, Size: size, Bar: NameBar(c, names, ring.Tiles[0].Width, size)))
            .Where(x => x.Bar < x.Ring.Tiles[0].Height)).ToList();
        var best = choices
            .Select((x, order) => (x.Ring, x.Size, x.Bar, Order: order, Whole: WholeAmbition(c, coalition, x.Ring.Centre, t, x.Size),
                Unbroken: WholeWords(c, names, x.Ring.Tiles[0].Width, x.Size),
                Shown: partners.Sum(p => Shown(c, p, x.Ring.Tiles[0] with { Height = x.Ring.Tiles[0].Height - x.Bar }, x.Size, t, itemsSlide.GetValueOrDefault(p)))))
            .OrderByDescending(x => x.Whole).ThenByDescending(x => x.Unbroken).ThenByDescending(x => x.Shown).ThenBy(x => x.Order).FirstOrDefault();
        RingPlan ring;
        double size;
        Emu bar;
        if (best.Ring is not null)
            (ring, size, bar) = (best.Ring, best.Size, best.Bar);
        else
        {
            // Names too long for any tile at any size: the smallest size, the bar taking the whole tile.
            ring = Ring.Plan(area, partners.Count, OptionsFor(partners.Count));
            size = TileMin(c, partners.Count);
            bar = Min(NameBar(c, names, ring.Tiles[0].Width, size), ring.Tiles[0].Height);
        }
        foreach (var empty in new[] { false, true })
        {
            var (title, centre) = Centre(c, coalition, ring.Centre, t, size);
            var elements = new List<SlideElement>(centre);
            for (var i = 0; i < partners.Count; i++)
                elements.AddRange(Tile(c, partners[i], ring.Tiles[i], bar, size, t, empty, itemsSlide.GetValueOrDefault(partners[i])));
            yield return new SlidePlan(SlideLayoutKind.Inhoud, title, elements, empty ? t.MapEmptyNotes : t.MapNotes);
        }
    }

    private static IEnumerable<double> Sizes(PlanContext c, int count)
    {
        for (var size = TileMax; size >= TileMin(c, count); size -= 2)
            yield return size;
    }

    /// <summary>The name bar's height at a size: room for the longest name (as many lines as it takes).</summary>
    private static Emu NameBar(PlanContext c, IEnumerable<string> names, Emu width, double size)
    {
        var inner = TextLayout.Inner(width, TextLayout.InsetX);
        var lines = names.Max(n => c.Text.LineCount(new TextParagraph([new TextRun(n, true)], SpaceBeforeEm: 0), inner, size));
        return Emu.FromPt(lines * c.Text.LineHeight(size) + 2) + TextLayout.InsetY * 2;
    }

    /// <summary>
    /// Whether every word of every name fits a tile's line at a size: a name broken inside a word
    /// ("Bewonersvereni-ging") is read badly from the back of the room, so a size and arrangement that
    /// keep words whole win over one that shows a few more characters (a wider house font makes this matter).
    /// </summary>
    private static bool WholeWords(PlanContext c, IEnumerable<string> names, Emu width, double size)
    {
        var inner = TextLayout.Inner(width, TextLayout.InsetX);
        return names.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct()
            .All(word => c.Text.LineCount(new TextParagraph([new TextRun(word, true)], SpaceBeforeEm: 0), inner, size) == 1);
    }

    /// <summary>How much of the partner's words a tile shows (the characters of its item runs), to compare sizes by.</summary>
    private static int Shown(PlanContext c, Partner partner, Rect body, double size, SessionTexts t, int itemsSlide) =>
        Content(c, partner, body, size, t, itemsSlide).Sum(p => p.Runs.Where(r => !r.Bold && r.Color is null).Sum(r => r.Text.Length));

    /// <summary>Whether the centre holds the krantenkop and the whole ambition: the first thing a map must show.</summary>
    private static bool WholeAmbition(PlanContext c, Coalition coalition, Rect centre, SessionTexts t, double tileSize) =>
        Centre(c, coalition, centre, t, tileSize).Panel.OfType<TextElement>().Any(e => e.Paragraphs.Count > 0 && e.Paragraphs[0].Text == (coalition.Samenwerking.GedeeldeAmbitie?.Value ?? t.NoAmbition));

    /// <summary>The centre panel: the krantenkop (the largest text on the slide) over the ambition, on the accent colour.</summary>
    private static (TextElement Title, IReadOnlyList<SlideElement> Panel) Centre(PlanContext c, Coalition coalition, Rect centre, SessionTexts t, double tileSize)
    {
        var s = coalition.Samenwerking;
        var headline = Slides.Title(c, s.Krantenkop?.Value ?? t.NoHeadline, c.Colours.OnFill);
        var ambition = new TextParagraph([new TextRun(s.GedeeldeAmbitie?.Value ?? t.NoAmbition)], SpaceBeforeEm: 0);
        var floor = Math.Max(c.Scale.TitleMin, tileSize + 4);
        foreach (var share in new[] { 0.45, 0.55, 0.65 })
        {
            var titleBox = centre with { Height = centre.Height * share };
            var ambitionBox = new Rect(centre.X, titleBox.Bottom, centre.Width, centre.Bottom - titleBox.Bottom);
            if (c.Text.LargestFit([headline], titleBox, c.Scale.TitleMax, floor) is not { } titleSize)
                continue;
            var ambitionSize = c.Text.LargestFit([ambition], ambitionBox, Math.Min(c.Scale.BodyMax, titleSize - 4), c.Scale.BodyMin);
            var text = ambition;
            if (ambitionSize is null)
            {
                // The whole ambition stands on the front page; here it is shortened to what fits.
                for (var chars = ambition.Text.Length - 10; chars > 20 && ambitionSize is null; chars -= 10)
                {
                    text = new TextParagraph([new TextRun(Items.Shorten(ambition.Text, chars))], SpaceBeforeEm: 0);
                    ambitionSize = c.Text.LargestFit([text], ambitionBox, c.Scale.BodyMin, c.Scale.BodyMin);
                }
            }
            return (Slides.Element(c, titleBox, headline, titleSize, c.Colours.OnFill, TextAlign.Center, Anchor.Bottom, c.Colours.Accent),
                [new TextElement(ambitionBox, ambitionSize is null ? [] : [text], ambitionSize ?? c.Scale.BodyMin, c.Colours.OnFill, c.Colours.Accent,
                    Anchor.Top, TextAlign.Center, c.Words.Shapes.Ambition)]);
        }
        // A headline too long for the centre: it takes the whole panel at the smallest title size.
        return (Slides.Element(c, centre, headline, floor, c.Colours.OnFill, TextAlign.Center, Anchor.Middle, c.Colours.Accent), []);
    }

    private static IEnumerable<SlideElement> Tile(PlanContext c, Partner partner, Rect tile, Emu barHeight, double size, SessionTexts t, bool empty, int itemsSlide)
    {
        // A tile too small for a line of words under the name is all name bar.
        var bar = tile.Height - barHeight < Slides.Lines(c, 1, size) ? tile : tile with { Height = barHeight };
        yield return new TextElement(bar, [new TextParagraph([new TextRun(partner.Naam, true)], SpaceBeforeEm: 0)], size, c.Colours.OnFill, c.Colours.Accent,
            Anchor.Middle, TextAlign.Center, partner.Naam);
        var body = new Rect(tile.X, bar.Bottom, tile.Width, tile.Bottom - bar.Bottom);
        if (body.Height.Value <= 0)
            yield break;
        if (empty && body.Height < Slides.Lines(c, 1, size) * 2)
        {
            // Too little room for two labelled fields: one field to write in, both words on its label.
            IReadOnlyList<TextParagraph> both = [new TextParagraph([new TextRun(t.MapGets, true, c.Colours.Halen), new TextRun(" · ", true, c.Colours.Muted),
                new TextRun(t.MapBrings, true, c.Colours.Brengen)], SpaceBeforeEm: 0)];
            yield return new TextElement(body, c.Text.Fits(both, body, size) ? both : [], size, c.Colours.Ink, c.Colours.Light, Name: c.Words.Shapes.TileBoth.Fill(partner.Naam));
            yield break;
        }
        if (empty)
        {
            var half = body with { Height = body.Height / 2 };
            yield return new TextElement(half, Label(c, t.MapGets, c.Colours.Halen, half, size), size, c.Colours.Ink, c.Colours.HalenLight, Name: c.Words.Shapes.TileHalen.Fill(partner.Naam));
            var lower = new Rect(body.X, half.Bottom, body.Width, body.Bottom - half.Bottom);
            yield return new TextElement(lower, Label(c, t.MapBrings, c.Colours.Brengen, lower, size), size, c.Colours.Ink, c.Colours.BrengenLight, Name: c.Words.Shapes.TileBrengen.Fill(partner.Naam));
            yield break;
        }
        yield return new TextElement(body, Content(c, partner, body, size, t, itemsSlide), size, c.Colours.Ink, c.Colours.Light, Name: c.Words.Shapes.TileContent.Fill(partner.Naam));
    }

    private static IReadOnlyList<TextParagraph> Label(PlanContext c, string text, string color, Rect box, double size)
    {
        IReadOnlyList<TextParagraph> label = [new TextParagraph([new TextRun(text, true, color)], SpaceBeforeEm: 0)];
        return c.Text.Fits(label, box, size) ? label : [];
    }

    /// <summary>
    /// As many of the partner's items as fit, the same number of halen and brengen where it has them,
    /// each shortened as far as needed (never below a few words); a pointer to the partner's own slide,
    /// where every item stands whole, ends the tile whenever something was left out or shortened.
    /// </summary>
    private static IReadOnlyList<TextParagraph> Content(PlanContext c, Partner partner, Rect box, double size, SessionTexts t, int itemsSlide)
    {
        if (partner.Kaart is null)
            return Fit(c, [new TextParagraph([new TextRun(t.NothingYet, false, c.Colours.Muted)], SpaceBeforeEm: 0)], box, size);
        var halen = Items.DemandsFirst(partner.Halen).ToList();
        var brengen = partner.Brengen.ToList();
        var pointer = new TextRun("  → " + string.Format(CultureInfo.InvariantCulture, t.MoreOnSlide, itemsSlide), false, c.Colours.Muted);
        // More items or longer ones never take less room, so the best is found by halving, not by trying every pair.
        List<TextParagraph>? Try(int k, int chars)
        {
            var shown = Paragraphs(c, halen, brengen, k, chars, t, out var complete);
            if (!complete)
                shown[^1] = shown[^1] with { Runs = [.. shown[^1].Runs, pointer] };
            return c.Text.Fits(shown, box, size) ? shown : null;
        }
        // A tile never shows more than a dozen items a side; trying more only costs time.
        var most = Math.Min(Math.Max(halen.Count, brengen.Count), MostPerSide);
        if (halen.Count <= MostPerSide && brengen.Count <= MostPerSide && Try(most, int.MaxValue) is { } everything)
            return everything;
        if (most == 0 || Try(1, ShortestItem) is null)
            return Fit(c, [new TextParagraph([pointer with { Text = pointer.Text.TrimStart() }], SpaceBeforeEm: 0)], box, size);
        int low = 1, high = most;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Try(middle, ShortestItem) is not null) low = middle; else high = middle - 1;
        }
        int shortest = ShortestItem, longest = ItemChars;
        while (shortest < longest)
        {
            var middle = (shortest + longest + 1) / 2;
            if (Try(low, middle) is not null) shortest = middle; else longest = middle - 1;
        }
        return Try(low, shortest)!;
    }

    private const int MostPerSide = 12;

    /// <summary>Shorter than this an item says too little to be worth its line.</summary>
    private const int ShortestItem = 24;

    private static List<TextParagraph> Paragraphs(PlanContext c, List<Item> halen, List<Item> brengen, int k, int chars, SessionTexts t, out bool complete)
    {
        var shown = new List<TextParagraph>();
        var all = true;
        void Side(string label, string color, List<Item> items, bool demands)
        {
            var take = items.Take(k).ToList();
            all &= take.Count == items.Count;
            var runs = new List<TextRun> { new(label + ": ", true, color) };
            if (items.Count == 0)
                runs.Add(new TextRun(t.NothingYet, false, c.Colours.Muted));
            for (var i = 0; i < take.Count; i++)
            {
                if (i > 0) runs.Add(new TextRun(" · ", false, c.Colours.Muted));
                if (demands && take[i].IsEis) runs.Add(new TextRun(t.Demand + " ", true, c.Colours.Eis));
                var text = Items.Shorten(take[i].Text.Value, chars);
                all &= text == take[i].Text.Value;
                runs.Add(new TextRun(text));
            }
            shown.Add(new TextParagraph(runs, SpaceBeforeEm: shown.Count == 0 ? 0 : 0.2));
        }
        Side(t.MapGets, c.Colours.Halen, halen, demands: true);
        Side(t.MapBrings, c.Colours.Brengen, brengen, demands: false);
        complete = all;
        return shown;
    }

    private static IReadOnlyList<TextParagraph> Fit(PlanContext c, IReadOnlyList<TextParagraph> paragraphs, Rect box, double size) =>
        c.Text.Fits(paragraphs, box, size) ? paragraphs : [];

    private static Emu Min(Emu a, Emu b) => a < b ? a : b;
}
