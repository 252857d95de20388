namespace HalenBrengen.Layout.Kit;

/// <summary>A centre panel and the tiles around it, in reading order (clockwise from the top left).</summary>
public sealed record RingPlan(Rect Centre, IReadOnlyList<Rect> Tiles);

/// <summary>
/// Equal tiles around a centre panel, for the combined map on a slide and on A0: one tile per partner,
/// all the same size, on one grid: every tile one gutter from the centre panel, a corner tile one gutter
/// across and one down from its corner, so no partner sits closer to the ambition than another, and the
/// rows and columns line up (a corner tile set further out to an equal straight-line distance read as
/// misaligned on the wall).
/// </summary>
/// <remarks>
/// Tiles sit in a row above and below the centre, in a column left and right of it, and optionally one
/// in each corner, in line with the row and the column it ends.
/// Every arrangement of the count over those places is tried; the one with the largest tiles of a useful
/// shape wins.
/// </remarks>
public static class Ring
{
    /// <param name="Gap">Between neighbouring tiles, and between every tile and the centre (a corner tile this across and this down).</param>
    /// <param name="Aspect">The tile shape (width / height) to aim for; <paramref name="MinAspect"/> and <paramref name="MaxAspect"/> bound it.</param>
    /// <param name="Mirrored">
    /// Only arrangements whose left half mirrors its right (as many tiles left of the centre as right) and
    /// that leave no side of the centre bare between tiles: a poster, read standing in front of it.
    /// </param>
    /// <param name="MaxCentreShare">The most of the area the centre may take: tiles too small to fill the rest are no arrangement.</param>
    public sealed record Options(Emu Gap, Emu MinTileWidth, Emu MinTileHeight, Emu MinCentreWidth, Emu MinCentreHeight,
        double Aspect, double MinAspect, double MaxAspect, bool Mirrored = false, double MaxCentreShare = 1.0);

    public static RingPlan Plan(Rect area, int count, Options options) =>
        Candidates(area, count, options, 1) is [var best, ..] ? best : throw new InvalidOperationException($"No arrangement for {count} tiles.");

    /// <summary>The best few arrangements, best first, for a caller that judges them by what they can show.</summary>
    public static IReadOnlyList<RingPlan> Candidates(Rect area, int count, Options options, int most)
    {
        if (count <= 0)
            return [new RingPlan(area, [])];
        var ranked = Arrangements(count, options.Mirrored).Select(a => Size(area, a, options)).OfType<Candidate>()
            .OrderByDescending(c => c.Score).Take(most).Select(c => Place(area, c, options)).ToList();
        // A mirrored arrangement may not exist for every count on every area: the caller then divides the tiles.
        return ranked.Count > 0 || options.Mirrored ? ranked : throw new InvalidOperationException($"No arrangement for {count} tiles.");
    }

    /// <summary>How many tiles go on each side: top, right, bottom, left, and whether the four corners are used.</summary>
    private sealed record Arrangement(int Top, int Right, int Bottom, int Left, bool Corners);

    private sealed record Candidate(Arrangement Arrangement, double Width, double Height, double Score);

    private static IEnumerable<Arrangement> Arrangements(int count, bool mirrored)
    {
        foreach (var corners in new[] { false, true })
        {
            var rest = count - (corners ? 4 : 0);
            if (rest < 0) continue;
            for (var top = 0; top <= rest; top++)
                for (var bottom = Math.Max(0, top - 1); bottom <= Math.Min(rest - top, top + 1); bottom++)
                {
                    var sides = rest - top - bottom;
                    var left = sides / 2;
                    var right = sides - left;
                    // The longer row goes on top, the longer column on the right: reading order starts full.
                    if (bottom > top) continue;
                    var arrangement = new Arrangement(top, right, bottom, left, corners);
                    if (!mirrored || IsMirrored(arrangement, count))
                        yield return arrangement;
                }
        }
    }

    /// <summary>
    /// As many tiles left of the centre as right, and no bare side: corners only with tiles on all four
    /// sides between them, a row above only with one below. A single tile sits above the centre.
    /// </summary>
    private static bool IsMirrored(Arrangement a, int count) =>
        a.Left == a.Right && (count == 1 ? a.Top == 1
            : a.Corners ? a.Top > 0 && a.Bottom > 0 && a.Left > 0
            : a.Top > 0 == a.Bottom > 0);

    /// <summary>One row above the centre and nothing else: the centre takes all the room below it.</summary>
    private static bool TopOnly(Arrangement a) => a is { Bottom: 0, Left: 0, Right: 0, Corners: false } && a.Top > 0;

    private static Candidate? Size(Rect area, Arrangement a, Options o)
    {
        double W = area.Width.Value, H = area.Height.Value, gap = o.Gap.Value, d = Distance(o);
        int rows = Math.Max(a.Top, a.Bottom), columns = Math.Max(a.Left, a.Right);
        bool hasSides = columns > 0 || a.Corners, hasRows = rows > 0 || a.Corners;
        double cwMin = o.MinCentreWidth.Value, chMin = o.MinCentreHeight.Value;

        var w = double.MaxValue;
        if (hasSides)
            w = Math.Min(w, (W - cwMin - 2 * d) / 2);
        if (rows > 0)
            w = Math.Min(w, hasSides ? (W - (rows - 1) * gap - 2 * d) / (rows + 2) : (W - (rows - 1) * gap) / rows);
        var h = double.MaxValue;
        if (hasRows)
            h = Math.Min(h, o.Mirrored && TopOnly(a) ? H - chMin - d : (H - chMin - 2 * d) / 2);
        if (columns > 0)
            h = Math.Min(h, hasRows ? (H - (columns - 1) * gap - 2 * d) / (columns + 2) : (H - (columns - 1) * gap) / columns);
        if (w <= 0 || h <= 0)
            return null;
        if (w == double.MaxValue) w = h * o.Aspect;
        if (h == double.MaxValue) h = w / o.Aspect;
        // A useful shape, within the bounds asked.
        if (w > h * o.MaxAspect) w = h * o.MaxAspect;
        if (h > w / o.MinAspect) h = w / o.MinAspect;
        // The centre keeps at least its minimum on the sides without tiles.
        if (!hasSides && W < cwMin || !hasRows && H < chMin)
            return null;
        var (_, _, centreWidth, centreHeight) = CentreOf(W, H, a, o, w, h);
        if (centreWidth * centreHeight > o.MaxCentreShare * W * H)
            return null;

        var aspect = w / h;
        var shape = Math.Sqrt(Math.Min(aspect / o.Aspect, o.Aspect / aspect));
        var readable = w >= o.MinTileWidth.Value && h >= o.MinTileHeight.Value ? 1.0 : 0.25;
        // Balanced and truly around: the same number above as below and left as right where the count allows,
        // tiles on every side rather than only above and below, corners only once the sides are full.
        // A side with tiles facing an empty side pulls the centre off the middle of the page: much worse than one tile more.
        var balance = (a.Top == a.Bottom ? 1.0 : a.Top == 0 || a.Bottom == 0 ? 0.7 : 0.9) * (a.Left == a.Right ? 1.0 : a.Left == 0 || a.Right == 0 ? 0.7 : 0.93);
        var count = a.Top + a.Bottom + a.Left + a.Right + (a.Corners ? 4 : 0);
        // Three or more tiles always sit on more than two sides of the centre; on a mirrored poster a row
        // above and one below, the centre a band across the sheet, reads as well.
        if (count >= 3 && (rows == 0 || columns == 0 && !a.Corners && !o.Mirrored))
            return null;
        var corners = a.Corners && count < 8 ? 0.7 : 1.0;
        return new Candidate(a, w, h, w * h * shape * readable * balance * corners);
    }

    /// <summary>The centre takes all the room the tiles leave: its offset from the area's corner and its size.</summary>
    private static (double X, double Y, double Width, double Height) CentreOf(double W, double H, Arrangement a, Options o, double w, double h)
    {
        var d = Distance(o);
        bool hasSides = Math.Max(a.Left, a.Right) > 0 || a.Corners, hasRows = Math.Max(a.Top, a.Bottom) > 0 || a.Corners;
        var below = o.Mirrored && TopOnly(a) ? 0 : d + h;
        return (hasSides ? d + w : 0, hasRows ? d + h : 0, W - (hasSides ? 2 * (d + w) : 0), H - (hasRows ? d + h + below : 0));
    }

    /// <summary>The gutter between the centre and the tiles around it: the gap between tiles, so the grid is one.</summary>
    private static double Distance(Options o) => o.Gap.Value;

    private static RingPlan Place(Rect area, Candidate c, Options o)
    {
        var a = c.Arrangement;
        double d = Distance(o), w = Math.Floor(c.Width), h = Math.Floor(c.Height);
        var (left, top, cw, ch) = CentreOf(area.Width.Value, area.Height.Value, a, o, w, h);
        double x0 = area.X.Value + left, y0 = area.Y.Value + top;
        var centre = new Rect(new Emu((long)x0), new Emu((long)y0), new Emu((long)cw), new Emu((long)ch));

        Rect Tile(double x, double y) => new(new Emu((long)Math.Round(x)), new Emu((long)Math.Round(y)), new Emu((long)w), new Emu((long)h));
        IEnumerable<double> Spread(int k, double start, double length, double size) =>
            k == 1 ? [start + (length - size) / 2] : Enumerable.Range(0, k).Select(i => start + i * (length - size) / (k - 1));

        var tiles = new List<Rect>();
        if (a.Corners) tiles.Add(Tile(x0 - d - w, y0 - d - h));
        tiles.AddRange(Spread(a.Top, x0, cw, w).Select(x => Tile(x, y0 - d - h)));
        if (a.Corners) tiles.Add(Tile(x0 + cw + d, y0 - d - h));
        tiles.AddRange(Spread(a.Right, y0, ch, h).Select(y => Tile(x0 + cw + d, y)));
        if (a.Corners) tiles.Add(Tile(x0 + cw + d, y0 + ch + d));
        tiles.AddRange(Spread(a.Bottom, x0, cw, w).Reverse().Select(x => Tile(x, y0 + ch + d)));
        if (a.Corners) tiles.Add(Tile(x0 - d - w, y0 + ch + d));
        tiles.AddRange(Spread(a.Left, y0, ch, h).Reverse().Select(y => Tile(x0 - d - w, y)));
        return new RingPlan(centre, tiles);
    }
}
