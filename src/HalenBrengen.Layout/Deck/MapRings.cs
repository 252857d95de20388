using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// The arrangements a map slide is judged over: every one with equal tiles, each as far from the centre as
/// the others, and as many left of the centre as right of it, mirrored. Besides the rings the posters use
/// (<see cref="Ring"/>, tiles on every side of the centre), a 16:9 slide has one of its own: the centre as a
/// column the full height of the slide, the tiles in a column either side of it and an odd one above it.
/// Wide tiles keep a partner's name and words on few lines, which is what a slide at 20 pt is short of.
/// </summary>
internal static class MapRings
{
    /// <summary>Of the posters' rings, this many of the largest tiles are judged by what they show.</summary>
    private const int RingsJudged = 8;

    /// <summary>The centre column's widths tried: narrower leaves the tiles more, wider keeps a long ambition on fewer lines.</summary>
    private static readonly double[] CentreWidthsMm = [100, 120, 140];

    /// <summary>Tiles around the centre on a 16:9 slide; the centre leaves room for the ambition.</summary>
    public static Ring.Options OptionsFor(int count) => new(
        Gap: Emu.FromMm(count > 12 ? 3 : 4), MinTileWidth: Emu.FromMm(40), MinTileHeight: Emu.FromMm(18),
        MinCentreWidth: Emu.FromMm(count <= 8 ? 140 : 110), MinCentreHeight: Emu.FromMm(count <= 8 ? 62 : 55),
        Aspect: 2.2, MinAspect: 1.2, MaxAspect: 4.5);

    /// <summary>The mirrored arrangements of <paramref name="count"/> tiles in the area: the columns first, then the rings, largest tiles first.</summary>
    public static IReadOnlyList<RingPlan> Mirrored(Rect area, int count)
    {
        if (count <= 0)
            return [new RingPlan(area, [])];
        var rings = Ring.Candidates(area, count, OptionsFor(count), 80);
        var mirrored = rings.Where(IsMirrored).Take(RingsJudged).ToList();
        return [.. Rows(area, count, OptionsFor(count).Gap), .. Columns(area, count, OptionsFor(count).Gap), .. mirrored.Count > 0 ? mirrored : rings.Take(RingsJudged)];
    }

    /// <summary>The heights tried for the centre as a band: lower leaves the tiles more, higher keeps a long ambition whole.</summary>
    private static readonly double[] BandHeightsMm = [24, 30, 36, 44];

    /// <summary>
    /// Up to four tiles: the centre as a band across the middle, two tiles above it and two below, each half the
    /// width: wide tiles keep a name on one line and an item on two. Fewer tiles keep the same places, spread: a
    /// row of one stands in the middle (three: two above, one below; two: one above, one below), so every part of
    /// a map has the same rows, the same centre and the same tiles.
    /// </summary>
    private static IEnumerable<RingPlan> Rows(Rect area, int count, Emu gap)
    {
        if (count is < 1 or > 4)
            yield break;
        double W = area.Width.Value, H = area.Height.Value, g = gap.Value;
        var w = Math.Floor((W - g) / 2);
        foreach (var bandMm in BandHeightsMm)
        {
            var band = Emu.FromMm(bandMm).Value;
            var h = Math.Floor((H - band - 2 * g) / 2);
            if (h <= 0)
                continue;
            var centre = new Rect(area.X, new Emu((long)(area.Y.Value + h + g)), area.Width, new Emu((long)band));
            Rect Tile(double x, double y) => new(new Emu((long)Math.Round(x)), new Emu((long)Math.Round(y)), new Emu((long)w), new Emu((long)h));
            IEnumerable<Rect> Row(int tiles, double y) => tiles == 2
                ? [Tile(area.X.Value, y), Tile(area.Right.Value - w, y)]
                : [Tile(area.X.Value + (W - w) / 2, y)];
            var (above, below) = ((count + 1) / 2, count / 2);
            yield return new RingPlan(centre, [.. Row(above, area.Y.Value), .. below > 0 ? Row(below, centre.Bottom.Value + g) : []]);
        }
    }

    /// <summary>Whether the tiles mirror each other left and right of the centre's middle.</summary>
    public static bool IsMirrored(RingPlan ring)
    {
        var axis = ring.Centre.X.Value + ring.Centre.Width.Value / 2.0;
        var tolerance = Emu.FromMm(0.5).Value;
        var offsets = ring.Tiles.Select(t => t.X.Value + t.Width.Value / 2.0 - axis).ToList();
        var left = offsets.Where(d => d < -tolerance).Select(d => -d).Order().ToList();
        var right = offsets.Where(d => d > tolerance).Order().ToList();
        return left.Count == right.Count && left.Zip(right).All(p => Math.Abs(p.First - p.Second) <= tolerance);
    }

    /// <summary>
    /// The centre as a column, the tiles in a column either side of it, the same number each side; an odd tile
    /// above the centre (which then starts below it, so the side tiles stay level with it and as far from it as
    /// the one above). In reading order: the one above, then the left column, then the right, each from the top.
    /// </summary>
    private static IEnumerable<RingPlan> Columns(Rect area, int count, Emu gap)
    {
        var d = gap.Value * Math.Sqrt(2);
        var perSide = count / 2;
        var above = count % 2 == 1;
        double W = area.Width.Value, H = area.Height.Value, g = gap.Value;
        foreach (var centreMm in CentreWidthsMm)
        {
            var w = Math.Floor((W - Emu.FromMm(centreMm).Value - 2 * d) / 2);
            // The tile above stands within the centre's width, so the centre is at least as wide as a tile.
            if (above)
                w = Math.Min(w, Math.Floor((W - 2 * d) / 3));
            var h = Math.Floor(perSide == 0 ? (H - d) / 2 : above ? (H - d - (perSide - 1) * g) / (perSide + 1) : (H - (perSide - 1) * g) / perSide);
            if (w <= 0 || h <= 0)
                continue;
            var top = area.Y.Value + (above ? h + d : 0);
            var centre = new Rect(new Emu((long)(area.X.Value + w + d)), new Emu((long)top), new Emu((long)(W - 2 * (w + d))), new Emu((long)(area.Bottom.Value - top)));
            var columnHeight = perSide * h + (perSide - 1) * g;
            // The side columns stand in the middle of the centre's height.
            var first = top + (centre.Height.Value - columnHeight) / 2;
            Rect Tile(double x, double y) => new(new Emu((long)Math.Round(x)), new Emu((long)Math.Round(y)), new Emu((long)w), new Emu((long)h));
            var tiles = new List<Rect>();
            if (above)
                tiles.Add(Tile(centre.X.Value + (centre.Width.Value - w) / 2, area.Y.Value));
            tiles.AddRange(Enumerable.Range(0, perSide).Select(i => Tile(area.X.Value, first + i * (h + g))));
            tiles.AddRange(Enumerable.Range(0, perSide).Select(i => Tile(centre.Right.Value + d, first + i * (h + g))));
            yield return new RingPlan(centre, tiles);
        }
    }
}
