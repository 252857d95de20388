using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// The combined map as a picture: the krantenkop and the ambition in the centre, one equal tile per
/// partner around it, mirrored left and right of the centre, with the partner's name and its first wants
/// and offers in its own words; then the same map with empty tiles, to fill in live. When the tiles cannot
/// hold words at the session's smallest size, the circle of partners is cut in halves, each half on a slide
/// of its own around the same centre. Native shapes, so it stays editable.
/// </summary>
internal static class MapSlides
{
    private const double TileMax = 24;

    /// <summary>
    /// Halves are what a room needs up to two dozen partners; a larger coalition, or names too long for
    /// half of it, is cut in more parts rather than shown as names without words.
    /// </summary>
    private const int MostParts = 4;

    /// <summary>One slide's share of the map: its partners in the circle's order, their ring and name bar, and how well they show.</summary>
    internal sealed record Part(IReadOnlyList<Partner> Partners, RingPlan Ring, Emu Bar, Judgement Judgement);

    /// <summary>
    /// How a part shows at a size: how many of its tiles hold words, the fewest words of a shortened item on any
    /// of them, whether every name keeps its words whole and the centre the whole ambition, and how many characters.
    /// </summary>
    internal sealed record Judgement(int WithWords, int Tiles, int Least, bool Unbroken, bool Whole, int Shown)
    {
        /// <summary>Every tile shows at least <paramref name="words"/> words of each first item (or all of it), every name unbroken.</summary>
        public bool Readable(int words) => WithWords == Tiles && Least >= words && Unbroken;
    }

    private sealed record MapLayout(IReadOnlyList<Part> Parts, double Size)
    {
        public bool Readable(int words) => Parts.All(p => p.Judgement.Readable(words));
        public int WithWords => Parts.Sum(p => p.Judgement.WithWords);
        public bool Whole => Parts.All(p => p.Judgement.Whole);
        public int Shown => Parts.Sum(p => p.Judgement.Shown);
    }

    /// <summary>
    /// A map shows at least this many words of every first item (or all of it): a phrase, not a fragment. Cut in
    /// parts too: "Signalen van…" on eight tiles says less than a whole item on four, so 16 partners take quarters.
    /// </summary>
    private const int PhraseWords = 3;

    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, SessionTexts t)
    {
        if (coalition.Partners.Count == 0)
            yield break;
        var area = c.Page.BesideLogo(new Rect(Emu.FromMm(7), Emu.FromMm(7), c.Page.Width - Emu.FromMm(14), c.Page.Height - Emu.FromMm(14)));
        var map = Choose(c, coalition, t, area);
        foreach (var empty in new[] { false, true })
        {
            for (var i = 0; i < map.Parts.Count; i++)
            {
                var part = map.Parts[i];
                var (title, centre) = Centre(c, coalition, part.Ring.Centre, t, map.Size);
                var elements = new List<SlideElement>(centre);
                for (var k = 0; k < part.Partners.Count; k++)
                    elements.AddRange(MapTiles.Tile(c, part.Partners[k], part.Ring.Tiles[k], part.Bar, map.Size, t, empty));
                var notes = empty ? t.MapEmptyNotes : t.MapNotes;
                if (map.Parts.Count > 1)
                    notes = t.MapPartNotes.Fill(i + 1, map.Parts.Count) + " " + notes;
                yield return new SlidePlan(SlideLayoutKind.Inhoud, title, elements, notes);
            }
        }
    }

    /// <summary>
    /// One slide when every tile holds a phrase of each first item at some size from 24 to 20 pt; else the
    /// fewest parts, halves first, whose tiles all hold such a phrase; when none does, the fewest parts whose tiles all hold words. Within a number of parts, the size and
    /// arrangements that keep the ambition whole and show the most of what the partners wrote; on a tie the
    /// larger size. One size for every tile of every part.
    /// </summary>
    private static MapLayout Choose(PlanContext c, Coalition coalition, SessionTexts t, Rect area)
    {
        var partners = coalition.Partners;
        var tried = new List<MapLayout>();
        var rings = new Dictionary<int, IReadOnlyList<RingPlan>>();
        for (var count = 1; count <= Math.Min(MostParts, partners.Count); count++)
        {
            var groups = Groups(partners, count);
            var layouts = Sizes(c).Select(size => new MapLayout(groups.Select(g => Best(c, coalition, t, g, size,
                rings.TryGetValue(g.Count, out var known) ? known : rings[g.Count] = MapRings.Mirrored(area, g.Count))).ToList(), size)).ToList();
            var words = PhraseWords;
            var best = layouts.OrderByDescending(l => l.Readable(words)).ThenByDescending(l => l.Whole).ThenByDescending(l => l.Shown).First();
            if (best.Readable(words))
                return best;
            tried.Add(best);
        }
        // No cut gives every tile a phrase: the one that gives the most tiles words, in the fewest parts.
        return tried.OrderByDescending(l => l.WithWords).First();
    }

    /// <summary>The partners in the circle's order, cut in <paramref name="count"/> consecutive parts, the larger first.</summary>
    private static List<IReadOnlyList<Partner>> Groups(IReadOnlyList<Partner> partners, int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            int from = (i * partners.Count + count - 1) / count, to = ((i + 1) * partners.Count + count - 1) / count;
            return (IReadOnlyList<Partner>)partners.Skip(from).Take(to - from).ToList();
        }).ToList();

    private static IEnumerable<double> Sizes(PlanContext c)
    {
        for (var size = TileMax; size >= c.Scale.BodyMin; size -= 2)
            yield return size;
    }

    /// <summary>
    /// The best arrangement for a part at a size: every tile with words first, then a phrase of each first item
    /// rather than a fragment, unbroken names, the whole ambition, the most shown.
    /// </summary>
    internal static Part Best(PlanContext c, Coalition coalition, SessionTexts t, IReadOnlyList<Partner> partners, double size, IReadOnlyList<RingPlan> rings)
    {
        var names = partners.Select(p => p.Naam).ToList();
        return rings.Select(ring =>
        {
            var tile = ring.Tiles[0];
            var bar = MapTiles.NameBar(c, names, tile.Width, size);
            var body = new Rect(tile.X, tile.Y + bar, tile.Width, tile.Height - bar);
            var contents = body.Height < Slides.Lines(c, 1, size) ? [] : partners.Select(p => MapTiles.Content(c, p, body, size, t)).ToList();
            var judgement = new Judgement(contents.Count(x => x.Least > 0), partners.Count, contents.Select(x => x.Least).DefaultIfEmpty(0).Min(),
                MapTiles.WholeWords(c, names, tile.Width, size), WholeAmbition(c, coalition, ring.Centre, t, size), contents.Sum(x => x.Shown));
            return new Part(partners, ring, bar < tile.Height ? bar : tile.Height, judgement);
        }).OrderByDescending(p => p.Judgement.WithWords).ThenByDescending(p => Math.Min(p.Judgement.Least, PhraseWords))
            .ThenByDescending(p => p.Judgement.Unbroken).ThenByDescending(p => p.Judgement.Whole).ThenByDescending(p => p.Judgement.Shown).First();
    }

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
}
