using System.Globalization;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Texts;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// The combined map as a picture: the krantenkop and the ambition in the centre, one equal tile per
/// partner around it with as much of what it wants and brings as fits, the rest pointing to its own
/// slide; then the same map with empty tiles, to fill in live. Native shapes, so it stays editable.
/// </summary>
internal static class MapSlides
{
    private static readonly TypeScale Scale = TypeScale.Session;
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

    public static double TileMin(int count) => count > DensePartners ? Scale.TableMin : Scale.BodyMin;

    public static IEnumerable<SlidePlan> Plan(Coalition coalition, SessionTexts t, IReadOnlyDictionary<Partner, int> itemsSlide)
    {
        var partners = coalition.Partners;
        if (partners.Count == 0)
            yield break;
        var area = DeckTheme.BesideLogo(new Rect(Emu.FromMm(7), Emu.FromMm(7), DeckTheme.SlideWidth - Emu.FromMm(14), DeckTheme.SlideHeight - Emu.FromMm(14)));
        var names = partners.Select(p => p.Naam).ToList();
        // Of the best few arrangements and the tile sizes, the one that shows the most of what the partners
        // wrote; on a tie the better arrangement, then the larger size. One size for every tile.
        var choices = Ring.Candidates(area, partners.Count, OptionsFor(partners.Count), 10).SelectMany(ring => Sizes(partners.Count)
            .Select(size => (Ring: ring, Size: size, Bar: NameBar(names, ring.Tiles[0].Width, size)))
            .Where(x => x.Bar < x.Ring.Tiles[0].Height)).ToList();
        var best = choices
            .Select((x, order) => (x.Ring, x.Size, x.Bar, Order: order, Whole: WholeAmbition(coalition, x.Ring.Centre, t, x.Size),
                Unbroken: WholeWords(names, x.Ring.Tiles[0].Width, x.Size),
                Shown: partners.Sum(p => Shown(p, x.Ring.Tiles[0] with { Height = x.Ring.Tiles[0].Height - x.Bar }, x.Size, t, itemsSlide.GetValueOrDefault(p)))))
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
            size = TileMin(partners.Count);
            bar = Min(NameBar(names, ring.Tiles[0].Width, size), ring.Tiles[0].Height);
        }
        foreach (var empty in new[] { false, true })
        {
            var (title, centre) = Centre(coalition, ring.Centre, t, size);
            var elements = new List<SlideElement>(centre);
            for (var i = 0; i < partners.Count; i++)
                elements.AddRange(Tile(partners[i], ring.Tiles[i], bar, size, t, empty, itemsSlide.GetValueOrDefault(partners[i])));
            yield return new SlidePlan(SlideLayoutKind.Inhoud, title, elements, empty ? t.MapEmptyNotes : t.MapNotes);
        }
    }

    private static IEnumerable<double> Sizes(int count)
    {
        for (var size = TileMax; size >= TileMin(count); size -= 2)
            yield return size;
    }

    /// <summary>The name bar's height at a size: room for the longest name (as many lines as it takes).</summary>
    private static Emu NameBar(IEnumerable<string> names, Emu width, double size)
    {
        var inner = TextLayout.Inner(width, TextLayout.InsetX);
        var lines = names.Max(n => TextLayout.LineCount(new TextParagraph([new TextRun(n, true)], SpaceBeforeEm: 0), inner, size));
        return Emu.FromPt(lines * Fonts.FontMetrics.Regular.LineHeight(size) + 2) + TextLayout.InsetY * 2;
    }

    /// <summary>
    /// Whether every word of every name fits a tile's line at a size: a name broken inside a word
    /// ("Bewonersvereni-ging") is read badly from the back of the room, so a size and arrangement that
    /// keep words whole win over one that shows a few more characters (a wider house font makes this matter).
    /// </summary>
    private static bool WholeWords(IEnumerable<string> names, Emu width, double size)
    {
        var inner = TextLayout.Inner(width, TextLayout.InsetX);
        return names.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct()
            .All(word => TextLayout.LineCount(new TextParagraph([new TextRun(word, true)], SpaceBeforeEm: 0), inner, size) == 1);
    }

    /// <summary>How much of the partner's words a tile shows (the characters of its item runs), to compare sizes by.</summary>
    private static int Shown(Partner partner, Rect body, double size, SessionTexts t, int itemsSlide) =>
        Content(partner, body, size, t, itemsSlide).Sum(p => p.Runs.Where(r => !r.Bold && r.Color is null).Sum(r => r.Text.Length));

    /// <summary>Whether the centre holds the krantenkop and the whole ambition: the first thing a map must show.</summary>
    private static bool WholeAmbition(Coalition coalition, Rect centre, SessionTexts t, double tileSize) =>
        Centre(coalition, centre, t, tileSize).Panel.OfType<TextElement>().Any(e => e.Paragraphs.Count > 0 && e.Paragraphs[0].Text == (coalition.Samenwerking.GedeeldeAmbitie?.Value ?? t.NoAmbition));

    /// <summary>The centre panel: the krantenkop (the largest text on the slide) over the ambition, on the accent colour.</summary>
    private static (TextElement Title, IReadOnlyList<SlideElement> Panel) Centre(Coalition coalition, Rect centre, SessionTexts t, double tileSize)
    {
        var s = coalition.Samenwerking;
        var headline = Grammar.Title(s.Krantenkop?.Value ?? t.NoHeadline, DeckTheme.White);
        var ambition = new TextParagraph([new TextRun(s.GedeeldeAmbitie?.Value ?? t.NoAmbition)], SpaceBeforeEm: 0);
        var floor = Math.Max(Scale.TitleMin, tileSize + 4);
        foreach (var share in new[] { 0.45, 0.55, 0.65 })
        {
            var titleBox = centre with { Height = centre.Height * share };
            var ambitionBox = new Rect(centre.X, titleBox.Bottom, centre.Width, centre.Bottom - titleBox.Bottom);
            if (TextLayout.LargestFit([headline], titleBox, Scale.TitleMax, floor) is not { } titleSize)
                continue;
            var ambitionSize = TextLayout.LargestFit([ambition], ambitionBox, Math.Min(Scale.BodyMax, titleSize - 4), Scale.BodyMin);
            var text = ambition;
            if (ambitionSize is null)
            {
                // The whole ambition stands on the front page; here it is shortened to what fits.
                for (var chars = ambition.Text.Length - 10; chars > 20 && ambitionSize is null; chars -= 10)
                {
                    text = new TextParagraph([new TextRun(Items.Shorten(ambition.Text, chars))], SpaceBeforeEm: 0);
                    ambitionSize = TextLayout.LargestFit([text], ambitionBox, Scale.BodyMin, Scale.BodyMin);
                }
            }
            return (Grammar.Element(titleBox, headline, titleSize, DeckTheme.White, TextAlign.Center, Anchor.Bottom, DeckTheme.Accent),
                [new TextElement(ambitionBox, ambitionSize is null ? [] : [text], ambitionSize ?? Scale.BodyMin, DeckTheme.White, DeckTheme.Accent,
                    Anchor.Top, TextAlign.Center, "Ambitie")]);
        }
        // A headline too long for the centre: it takes the whole panel at the smallest title size.
        return (Grammar.Element(centre, headline, floor, DeckTheme.White, TextAlign.Center, Anchor.Middle, DeckTheme.Accent), []);
    }

    private static IEnumerable<SlideElement> Tile(Partner partner, Rect tile, Emu barHeight, double size, SessionTexts t, bool empty, int itemsSlide)
    {
        // A tile too small for a line of words under the name is all name bar.
        var bar = tile.Height - barHeight < Grammar.Lines(1, size) ? tile : tile with { Height = barHeight };
        yield return new TextElement(bar, [new TextParagraph([new TextRun(partner.Naam, true)], SpaceBeforeEm: 0)], size, DeckTheme.White, DeckTheme.Accent,
            Anchor.Middle, TextAlign.Center, partner.Naam);
        var body = new Rect(tile.X, bar.Bottom, tile.Width, tile.Bottom - bar.Bottom);
        if (body.Height.Value <= 0)
            yield break;
        if (empty && body.Height < Grammar.Lines(1, size) * 2)
        {
            // Too little room for two labelled fields: one field to write in, both words on its label.
            IReadOnlyList<TextParagraph> both = [new TextParagraph([new TextRun(t.MapGets, true, DeckTheme.Halen), new TextRun(" · ", true, DeckTheme.Muted),
                new TextRun(t.MapBrings, true, DeckTheme.Brengen)], SpaceBeforeEm: 0)];
            yield return new TextElement(body, TextLayout.Fits(both, body, size) ? both : [], size, DeckTheme.Ink, DeckTheme.Light, Name: partner.Naam + " halen en brengen");
            yield break;
        }
        if (empty)
        {
            var half = body with { Height = body.Height / 2 };
            yield return new TextElement(half, Label(t.MapGets, DeckTheme.Halen, half, size), size, DeckTheme.Ink, DeckTheme.HalenLight, Name: partner.Naam + " halen");
            var lower = new Rect(body.X, half.Bottom, body.Width, body.Bottom - half.Bottom);
            yield return new TextElement(lower, Label(t.MapBrings, DeckTheme.Brengen, lower, size), size, DeckTheme.Ink, DeckTheme.BrengenLight, Name: partner.Naam + " brengen");
            yield break;
        }
        yield return new TextElement(body, Content(partner, body, size, t, itemsSlide), size, DeckTheme.Ink, DeckTheme.Light, Name: partner.Naam + " inhoud");
    }

    private static IReadOnlyList<TextParagraph> Label(string text, string color, Rect box, double size)
    {
        IReadOnlyList<TextParagraph> label = [new TextParagraph([new TextRun(text, true, color)], SpaceBeforeEm: 0)];
        return TextLayout.Fits(label, box, size) ? label : [];
    }

    /// <summary>
    /// As many of the partner's items as fit, the same number of halen and brengen where it has them,
    /// each shortened as far as needed (never below a few words); a pointer to the partner's own slide,
    /// where every item stands whole, ends the tile whenever something was left out or shortened.
    /// </summary>
    private static IReadOnlyList<TextParagraph> Content(Partner partner, Rect box, double size, SessionTexts t, int itemsSlide)
    {
        if (partner.Kaart is null)
            return Fit([new TextParagraph([new TextRun(t.NothingYet, false, DeckTheme.Muted)], SpaceBeforeEm: 0)], box, size);
        var halen = Items.DemandsFirst(partner.Halen).ToList();
        var brengen = partner.Brengen.ToList();
        var pointer = new TextRun("  → " + string.Format(CultureInfo.InvariantCulture, t.MoreOnSlide, itemsSlide), false, DeckTheme.Muted);
        // More items or longer ones never take less room, so the best is found by halving, not by trying every pair.
        List<TextParagraph>? Try(int k, int chars)
        {
            var shown = Paragraphs(halen, brengen, k, chars, t, out var complete);
            if (!complete)
                shown[^1] = shown[^1] with { Runs = [.. shown[^1].Runs, pointer] };
            return TextLayout.Fits(shown, box, size) ? shown : null;
        }
        // A tile never shows more than a dozen items a side; trying more only costs time.
        var most = Math.Min(Math.Max(halen.Count, brengen.Count), MostPerSide);
        if (halen.Count <= MostPerSide && brengen.Count <= MostPerSide && Try(most, int.MaxValue) is { } everything)
            return everything;
        if (most == 0 || Try(1, ShortestItem) is null)
            return Fit([new TextParagraph([pointer with { Text = pointer.Text.TrimStart() }], SpaceBeforeEm: 0)], box, size);
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

    private static List<TextParagraph> Paragraphs(List<Item> halen, List<Item> brengen, int k, int chars, SessionTexts t, out bool complete)
    {
        var shown = new List<TextParagraph>();
        var all = true;
        void Side(string label, string color, List<Item> items, bool demands)
        {
            var take = items.Take(k).ToList();
            all &= take.Count == items.Count;
            var runs = new List<TextRun> { new(label + ": ", true, color) };
            if (items.Count == 0)
                runs.Add(new TextRun(t.NothingYet, false, DeckTheme.Muted));
            for (var i = 0; i < take.Count; i++)
            {
                if (i > 0) runs.Add(new TextRun(" · ", false, DeckTheme.Muted));
                if (demands && take[i].IsEis) runs.Add(new TextRun(t.Demand + " ", true, DeckTheme.Eis));
                var text = Items.Shorten(take[i].Text.Value, chars);
                all &= text == take[i].Text.Value;
                runs.Add(new TextRun(text));
            }
            shown.Add(new TextParagraph(runs, SpaceBeforeEm: shown.Count == 0 ? 0 : 0.2));
        }
        Side(t.MapGets, DeckTheme.Halen, halen, demands: true);
        Side(t.MapBrings, DeckTheme.Brengen, brengen, demands: false);
        complete = all;
        return shown;
    }

    private static IReadOnlyList<TextParagraph> Fit(IReadOnlyList<TextParagraph> paragraphs, Rect box, double size) =>
        TextLayout.Fits(paragraphs, box, size) ? paragraphs : [];

    private static Emu Min(Emu a, Emu b) => a < b ? a : b;
}
