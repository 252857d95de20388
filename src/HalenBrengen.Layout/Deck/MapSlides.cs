using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Rules;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// The combined map as a picture: the shared ambition (a working version) in the centre, one equal tile per
/// partner around it, mirrored left and right of the centre, with the partner's name and its first wants
/// and offers in its own words. No empty copies: the group records its work on the A0 werkvel on the wall, one
/// place, as the last map slide's notes say. When the tiles cannot
/// hold words at the session's smallest size, the circle of partners is cut in halves, each half on a slide
/// of its own around the same centre. Native shapes, so it stays editable.
/// </summary>
internal static class MapSlides
{
    private const double TileMax = 24;

    /// <summary>
    /// Halves are what a room needs up to a dozen partners; a larger coalition is cut in more parts of fewer
    /// tiles, as many as it takes for every tile to show its partner's first wants and offers whole.
    /// </summary>
    private const int MostParts = 12;

    /// <summary>One slide's share of the map: its partners in the circle's order, their ring and name bar, and how well they show.</summary>
    internal sealed record Part(IReadOnlyList<Partner> Partners, RingPlan Ring, Emu Bar, Judgement Judgement);

    /// <summary>
    /// How a part shows at a size: how many of its tiles hold words, the partners whose first halen or brengen is
    /// shortened, whether every name keeps its words whole and the centre the whole ambition, and how many characters.
    /// </summary>
    internal sealed record Judgement(int WithWords, int Tiles, IReadOnlySet<string> Cut, bool Unbroken, bool Whole, int Shown);

    /// <summary>A cut of the map at one size: its parts, all around the same centre.</summary>
    private sealed record MapLayout(IReadOnlyList<Part> Parts, double Size)
    {
        /// <summary>Every tile with words, every name unbroken, and no first item shortened but those <paramref name="excused"/> (too long for a tile of the finest cut).</summary>
        public bool Readable(IReadOnlySet<string> excused) =>
            Parts.All(p => p.Judgement.WithWords == p.Judgement.Tiles && p.Judgement.Unbroken && p.Judgement.Cut.All(excused.Contains));
        public int WithWords => Parts.Sum(p => p.Judgement.WithWords);
        public int Cut => Parts.Sum(p => p.Judgement.Cut.Count);
        public bool Whole => Parts.All(p => p.Judgement.Whole);
        public int Shown => Parts.Sum(p => p.Judgement.Shown);
    }

    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, SessionTexts t)
    {
        if (coalition.Partners.Count == 0)
            yield break;
        // The map stands under a title at the place and size of every slide's title, within the margins every slide
        // keeps (PageRules.SessionSafe), so a projector that crops its edges crops nothing of it. The title takes one
        // line, centred where a one-line title stands on every slide; the map takes the rest down to the margin:
        // its tiles need every millimetre to show their first items whole.
        var (titleSize, titleBox) = Title(c, t);
        var safe = PageRules.SessionSafe(c.Page);
        var top = titleBox.Bottom + Emu.FromMm(2);
        var area = c.Page.BesideLogo(new Rect(safe.X, top, safe.Width, safe.Bottom - top));
        var map = Choose(c, coalition, t, area, titleSize);
        var titles = Titles(t, map.Parts.Count);
        // Every part at the centre's size that fits all of them: the same ambition, slide after slide.
        var ambitionCap = map.Parts.Select(p => Centre(c, coalition, p.Ring.Centre, t, titleSize).FontSizePt).Min();
        // No empty copies to fill in live: the group writes on the A0 werkvel on the wall, one place for its work.
        for (var i = 0; i < map.Parts.Count; i++)
        {
            var part = map.Parts[i];
            var elements = new List<SlideElement> { Centre(c, coalition, part.Ring.Centre, t, titleSize, ambitionCap) };
            for (var k = 0; k < part.Partners.Count; k++)
                elements.AddRange(MapTiles.Tile(c, part.Partners[k], part.Ring.Tiles[k], part.Bar, map.Size, t));
            // The whole instruction once, on the first part; each later part says which it is and keeps the pace (a reader found the
            // same notes word for word on six slides).
            var notes = i == 0 ? t.MapNotes : t.MapLaterNotes;
            if (map.Parts.Count > 1)
                notes = t.MapPartNotes.Fill(i + 1, map.Parts.Count) + " " + notes;
            if (i == map.Parts.Count - 1)
                notes += " " + t.MapOnSheetNotes;
            yield return new SlidePlan(SlideLayoutKind.Inhoud, Slides.Element(c, titleBox, Slides.Title(c, titles[i]), titleSize), elements, notes);
        }
    }

    /// <summary>The titles of a map in <paramref name="parts"/> parts: what the tiles show, and which part of how many.</summary>
    private static List<string> Titles(SessionTexts t, int parts) =>
        [.. Enumerable.Range(0, parts).Select(i => t.MapTitle + (parts > 1 ? t.MapTitlePart.Fill(i + 1, parts) : ""))];

    /// <summary>
    /// One title size for every map, whatever its parts: the largest at which the longest title ("deel 12 van 12")
    /// takes one line, in a box of one line with its middle where every slide's title box has it; when none does,
    /// the whole title box at the size every part's title fits.
    /// </summary>
    private static (double Size, Rect Box) Title(PlanContext c, SessionTexts t)
    {
        var titles = Titles(t, MostParts).Select(x => Slides.Title(c, x)).ToList();
        var band = c.Page.TitleBox;
        if (HalenBrengen.Layout.Sizes.Largest(c.Scale.TitleMax, c.Scale.TitleMin, size => titles.All(x => c.Text.Fits([x], OneLine(c, size), size))) is not { } size)
        {
            // A narrow title box (beside a logo): the title box at the size every part's title fits, grown as a long title grows it.
            var shared = Slides.SharedTitleSize(c, Titles(t, MostParts));
            var longest = Titles(t, MostParts).MaxBy(x => Slides.Height(c, [Slides.Title(c, x)], band.Width, shared).Value)!;
            return (shared, Slides.Frame(c, longest, sizePt: shared).Title.Box);
        }
        var line = OneLine(c, size);
        return (size, line with { Y = band.Y + (band.Height - line.Height) / 2 });
    }

    private static Rect OneLine(PlanContext c, double size) => c.Page.TitleBox with { Height = Slides.Lines(c, 1, size) };

    /// <summary>
    /// The fewest parts (one slide first, then halves) in which every tile shows its partner's first halen and first
    /// brengen whole ("Signalen van…" on eight tiles says less than a whole item on four); an item shortened only
    /// when it is too long even for a tile of the finest cut. Every part in the same arrangement, so with the same centre. Within a number of parts, the size
    /// and arrangement that keep the ambition whole and show the most; on a tie the larger size.
    /// </summary>
    private static MapLayout Choose(PlanContext c, Coalition coalition, SessionTexts t, Rect area, double titleSize)
    {
        var partners = coalition.Partners;
        var counts = Enumerable.Range(1, Math.Min(MostParts, partners.Count)).ToList();
        var rings = new Dictionary<int, IReadOnlyList<RingPlan>>();
        IReadOnlyList<RingPlan> RingsFor(int count) => rings.TryGetValue(count, out var known) ? known : rings[count] = MapRings.Mirrored(area, count);
        var none = new HashSet<string>();
        var layouts = new List<MapLayout>();
        foreach (var count in counts)
        {
            layouts.Add(Layout(c, coalition, t, count, RingsFor, none, titleSize));
            if (layouts[^1].Readable(none))
                return layouts[^1];
        }
        // Some first item is shortened in every cut: it alone is too long for a tile; the fewest parts that shorten no other.
        var excused = layouts.Select(l => l.Parts.SelectMany(p => p.Judgement.Cut)).Aggregate((a, b) => a.Intersect(b)).ToHashSet();
        return layouts.FirstOrDefault(l => l.Readable(excused)) ?? layouts.OrderByDescending(l => l.WithWords).ThenByDescending(l => l.Parts.All(p => p.Judgement.Unbroken)).ThenBy(l => l.Cut).First();
    }

    /// <summary>The best layout of <paramref name="count"/> parts: one arrangement and one size for every part.</summary>
    private static MapLayout Layout(PlanContext c, Coalition coalition, SessionTexts t, int count, Func<int, IReadOnlyList<RingPlan>> rings, IReadOnlySet<string> excused,
        double titleSize)
    {
        var groups = Groups(coalition.Partners, count);
        var largest = groups[0].Count;
        // The smaller parts take the larger's arrangement without its tile above the centre (the same centre); where it
        // has none (four and three), the arrangement of their own count made the same way (a centre as wide).
        var candidates = rings(largest).Select((ring, k) => groups.Select(g => g.Count == largest ? ring : WithoutAbove(ring) ?? rings(g.Count).ElementAtOrDefault(k)).ToList())
            .Where(r => r.All(x => x is not null)).Select(r => Alike(r!)).ToList();
        var names = coalition.Partners.Select(p => p.Naam).ToList();
        // Every arrangement at every size judged on as many cores as there are (the judging is most of a large deck's
        // planning), kept in their order, so the stable sort below picks the same layout on one core or many.
        var layouts = candidates.SelectMany(r => Sizes(c).Select(size => (Rings: r, Size: size))).AsParallel().AsOrdered()
            .Select(x => new MapLayout(groups.Select((g, i) => Judge(c, coalition, t, g, x.Size, x.Rings[i], names, titleSize)).ToList(), x.Size))
            .ToList();
        return layouts
            .OrderByDescending(l => l.Readable(excused)).ThenByDescending(l => l.WithWords).ThenBy(l => l.Cut).ThenByDescending(l => l.Parts.All(p => p.Judgement.Unbroken))
            .ThenByDescending(l => l.Whole).ThenByDescending(l => l.Shown).First();
    }

    /// <summary>
    /// The parts' arrangements with one tile size for all of them: the smallest, each tile shrunk about its own middle
    /// (so the tiles stay mirrored and as far from the centre), so a partner's tile on one part is as large as on another.
    /// </summary>
    private static List<RingPlan> Alike(IReadOnlyList<RingPlan?> rings)
    {
        var all = rings.SelectMany(r => r!.Tiles).ToList();
        if (all.Count == 0)
            return [.. rings.Select(r => r!)];
        var (w, h) = (all.Min(x => x.Width.Value), all.Min(x => x.Height.Value));
        return [.. rings.Select(r => new RingPlan(r!.Centre, [.. r.Tiles.Select(x => new Rect(new Emu(x.X.Value + (x.Width.Value - w) / 2),
            new Emu(x.Y.Value + (x.Height.Value - h) / 2), new Emu(w), new Emu(h)))]))];
    }

    /// <summary>The arrangement without its tile above the centre (one tile fewer, still mirrored, the same centre); null when it has none.</summary>
    private static RingPlan? WithoutAbove(RingPlan ring)
    {
        var axis = ring.Centre.X.Value + ring.Centre.Width.Value / 2.0;
        var on = ring.Tiles.Where(x => Math.Abs(x.X.Value + x.Width.Value / 2.0 - axis) <= Emu.FromMm(0.5).Value && x.Bottom <= ring.Centre.Y).ToList();
        return on.Count == 1 && new RingPlan(ring.Centre, [.. ring.Tiles.Where(x => x != on[0])]) is var without && MapRings.IsMirrored(without) ? without : null;
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

    /// <summary>A part at a size in an arrangement: what its tiles show.</summary>
    /// <param name="names">Every partner's name on the map: the name bar is as tall on every part.</param>
    /// <param name="titleSize">The slide title's size: the centre stays below it.</param>
    internal static Part Judge(PlanContext c, Coalition coalition, SessionTexts t, IReadOnlyList<Partner> partners, double size, RingPlan ring, IReadOnlyList<string> names,
        double titleSize)
    {
        var tile = ring.Tiles[0];
        var bar = MapTiles.NameBar(c, names, tile.Width, size);
        var body = new Rect(tile.X, tile.Y + bar, tile.Width, tile.Height - bar);
        var contents = body.Height < Slides.Lines(c, 1, size) ? [] : partners.Select(p => MapTiles.Content(c, p, body, size, t)).ToList();
        // Cut by side: a partner's long offer shortened in every cut does not excuse its short want shortened too.
        var cut = contents.Select((x, i) => (x, i)).Where(x => x.x.Least is > 0 and < int.MaxValue)
            .SelectMany(x => (x.x.Cut ?? []).Select(side => partners[x.i].Naam + " · " + side)).ToHashSet();
        var judgement = new Judgement(contents.Count(x => x.Least > 0), partners.Count, cut,
            MapTiles.WholeWords(c, names, tile.Width, size), WholeAmbition(c, coalition, ring.Centre, t, titleSize), contents.Sum(x => x.Shown));
        return new Part(partners, ring, bar < tile.Height ? bar : tile.Height, judgement);
    }

    /// <summary>Whether the centre holds the whole ambition: the first thing a map must show.</summary>
    private static bool WholeAmbition(PlanContext c, Coalition coalition, Rect centre, SessionTexts t, double titleSize) =>
        Centre(c, coalition, centre, t, titleSize).Paragraphs is [var shown, ..] && shown.Runs[^1].Text == (coalition.Samenwerking.GedeeldeAmbitie?.Value ?? t.NoAmbition);

    /// <summary>
    /// The centre: the shared ambition from the workbooks, said to be a working version, on the accent colour, at the largest
    /// size it fits up to the body's largest and below the slide's title; shortened only where even the smallest does not hold
    /// it (it stands whole on its own slide, and on the front page). No place for the krantenkop: the group chooses it later, on
    /// slides of its own, and an empty "still to choose" as the loudest text of the map said nothing (two fresh readers).
    /// </summary>
    /// <param name="titleSize">The slide title's size: the centre stays below it.</param>
    /// <param name="cap">At most this size (the size every part of the map fits).</param>
    private static TextElement Centre(PlanContext c, Coalition coalition, Rect centre, SessionTexts t, double titleSize, double cap = double.MaxValue)
    {
        var ambition = coalition.Samenwerking.GedeeldeAmbitie?.Value ?? t.NoAmbition;
        TextParagraph Of(string text) => coalition.Samenwerking.GedeeldeAmbitie is null
            ? new([new TextRun(text, true, c.Colours.OnFill)], SpaceBeforeEm: 0)
            : new([new TextRun(t.MapAmbitionLabel + " ", true, c.Colours.OnFill), new TextRun(text, false, c.Colours.OnFill)], SpaceBeforeEm: 0);
        var top = Math.Max(c.Scale.BodyMin, Math.Min(cap, Math.Min(c.Scale.BodyMax, titleSize - 4)));
        var text = Of(ambition);
        var size = c.Text.LargestFit([text], centre, top, c.Scale.BodyMin);
        // The whole ambition stands on its own slide and the front page; here, only when nothing else holds, it is shortened to what fits.
        for (var chars = ambition.Length - 10; chars > 20 && size is null; chars -= 10)
        {
            text = Of(Items.Shorten(ambition, chars));
            size = c.Text.LargestFit([text], centre, c.Scale.BodyMin, c.Scale.BodyMin);
        }
        return new TextElement(centre, size is null ? [] : [text], size ?? c.Scale.BodyMin, c.Colours.OnFill, c.Colours.Accent, Anchor.Middle, TextAlign.Center,
            c.Words.Shapes.Ambition);
    }
}
