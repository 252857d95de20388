using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Posters;

/// <summary>
/// The combined map: every partner whole on one A0 sheet, around the headline and the ambition. When the
/// coalition does not fit on one sheet at the smallest size its number of partners allows, it takes as many
/// sheets as it needs, each with the same centre and a group of whole partners (in the coalition's order,
/// the groups as equal as the count allows), so every tile on every sheet holds a partner.
/// </summary>
internal static class CombinedMap
{
    /// <summary>How many of a sheet's best arrangements are tried for the largest size.</summary>
    private const int Arrangements = 8;

    /// <summary>
    /// One sheet: its partners, their ring, the shared name bar and band, their words and the one size they share;
    /// <paramref name="Stacked"/>: the halen part's height where the tiles stack halen over brengen, null side by side.
    /// </summary>
    private sealed record Sheet(IReadOnlyList<Partner> Partners, RingPlan Ring, (Emu Height, double Size) Bar, Emu Band,
        IReadOnlyList<MapTile.Words> Words, double Size, Emu? Stacked = null);

    public static PosterPlan Plan(PlanContext c, Coalition coalition, PosterTexts t)
    {
        var (header, area, legend) = PosterSheet.Frame(c.Page);
        var sheets = Sheets(c, area, coalition.Partners, t);
        var slides = new List<SlidePlan>();
        for (var s = 0; s < sheets.Count; s++)
        {
            var sheet = sheets[s];
            var elements = new List<SlideElement> { PosterPlanner.Header(c, coalition, header, t, sheets.Count > 1 ? $"{s + 1}/{sheets.Count}" : null, t.CombinedMap) };
            elements.AddRange(PosterPlanner.Centre(c, coalition, sheet.Ring.Centre, t, s, sheets.Count));
            for (var i = 0; i < sheet.Partners.Count; i++)
                elements.AddRange(MapTile.Elements(c, sheet.Partners[i].Naam, sheet.Ring.Tiles[i], sheet.Words[i], sheet.Size, sheet.Bar, sheet.Band, sheet.Stacked));
            elements.Add(PosterPlanner.Legend(c, legend, t, s < sheets.Count - 1 ? t.MorePartners : null));
            slides.Add(new SlidePlan(SlideLayoutKind.Inhoud, null, elements, ""));
        }
        return new PosterPlan(PosterKind.CombinedMap, null, c.Presentation(coalition.Naam ?? t.NoHeadline, PosterPlanner.OneHeaderSize(c, slides)));
    }

    /// <summary>
    /// The fewest sheets, at most <see cref="PosterSheet.MapMost"/> partners each, on which every group of partners
    /// fits whole at the smallest size allowed or larger.
    /// </summary>
    private static IReadOnlyList<Sheet> Sheets(PlanContext c, Rect area, IReadOnlyList<Partner> partners, PosterTexts t)
    {
        var minimum = PosterSheet.ItemMinFor(partners.Count);
        var bodies = partners.ToDictionary(p => p, p => MapTile.Of(c, p, t));
        for (var count = Math.Max(1, (partners.Count + PosterSheet.MapMost - 1) / PosterSheet.MapMost); count <= Math.Max(1, partners.Count); count++)
        {
            var sheets = new List<Sheet>();
            foreach (var group in Groups(partners, count))
            {
                if (Best(c, area, group, group.Select(p => bodies[p]).ToList(), minimum) is not { } sheet)
                    break;
                sheets.Add(sheet);
            }
            if (sheets.Count == count)
                return sheets;
        }
        // A partner that does not fit even a sheet of its own: alone, its longest items shortened to what fits.
        return partners.Select(p => Best(c, area, [p], [bodies[p]], minimum) ?? Shortened(c, area, p, bodies[p], minimum, t.OwnPoster)).ToList();
    }

    /// <summary>The partners in <paramref name="count"/> groups in their order, the first groups one larger where the count does not divide.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Groups<T>(IReadOnlyList<T> all, int count)
    {
        var groups = new List<IReadOnlyList<T>>();
        var at = 0;
        for (var g = 0; g < count; g++)
        {
            var size = all.Count / count + (g < all.Count % count ? 1 : 0);
            groups.Add(all.Skip(at).Take(size).ToList());
            at += size;
        }
        return groups;
    }

    /// <summary>
    /// Of a group's best arrangements, the one whose tiles hold every body at the largest size (from 44 pt
    /// down to <paramref name="minimum"/>), with the names at least 1.5 times that size; null when none does.
    /// Halen and brengen side by side, as on the partner's own poster, or halen over brengen in the tile's whole
    /// width, whichever sets the words larger (side by side on a tie): half a tile's width holds one long word
    /// ("betalingsachterstanden") a line only at a smaller size. Whether the group fits one sheet is decided by its
    /// words at the minimum size, not by the tile's form.
    /// </summary>
    private static Sheet? Best(PlanContext c, Rect area, IReadOnlyList<Partner> group, IReadOnlyList<MapTile.Words> bodies, double minimum)
    {
        var beside = Best(c, area, group, bodies, minimum, stacked: false);
        var stacked = Best(c, area, group, bodies, minimum, stacked: true);
        return stacked is not null && (beside is null || stacked.Size > beside.Size) ? stacked : beside;
    }

    private static Sheet? Best(PlanContext c, Rect area, IReadOnlyList<Partner> group, IReadOnlyList<MapTile.Words> bodies, double minimum, bool stacked)
    {
        var names = group.Select(p => p.Naam).ToList();
        Sheet? best = null;
        var options = PosterSheet.Ring(c.Page, area, workSheet: false);
        foreach (var found in Ring.Candidates(area, group.Count, options, Arrangements))
        {
            var ring = found with { Tiles = Gutters(PosterSheet.ReadingOrder(found.Tiles), found.Centre, options.Gap) };
            var cell = ring.Tiles.Count > 0 ? ring.Tiles[0] : area;
            (Emu Height, double Size) BarAt(double size) => PosterTile.SharedNameBar(c, names, cell.Width, PosterSheet.NameFor(size));
            Emu BandAt(double size) => MapTile.Band(c, bodies, cell.Width, size);
            Emu? StackAt(double size) => stacked ? MapTile.Stack(c, bodies, cell.Width, size) : null;
            bool Fits(double size)
            {
                var parts = MapTile.Split(cell, BarAt(size).Height, BandAt(size), StackAt(size));
                return bodies.All(b => MapTile.Lay(c, b, parts, size) is not null);
            }
            if (Sizes.Largest(PosterSheet.ItemLargest, best is null ? minimum : best.Size + 1, Fits) is { } size)
                best = new Sheet(group, ring, BarAt(size), BandAt(size), bodies, size, StackAt(size));
        }
        return best;
    }

    /// <summary>
    /// A row wholly above or below the centre with its tiles spread from edge to edge is set with the ring's
    /// gutter between its tiles, in the middle of the centre's width: a short row (three under four) then sits
    /// on the same grid as the row above, not with gaps of its own. Its tiles stay as far from the centre.
    /// </summary>
    private static IReadOnlyList<Rect> Gutters(IReadOnlyList<Rect> tiles, Rect centre, Emu gap)
    {
        var result = tiles.ToList();
        foreach (var row in tiles.Select((t, i) => (Tile: t, Index: i)).GroupBy(x => x.Tile.Y))
        {
            var members = row.OrderBy(x => x.Tile.X.Value).ToList();
            var outside = members.All(x => x.Tile.Bottom <= centre.Y || x.Tile.Y >= centre.Bottom);
            var width = members[0].Tile.Width;
            // Only a row of its own: no other tile beside it (a corner tile a few mm lower stays where the ring put it).
            var alone = tiles.Where(t => t.Y != row.Key).All(t => t.Bottom <= row.Key || t.Y >= members[0].Tile.Bottom);
            if (!outside || !alone || members.Count < 2 || members.Any(x => x.Tile.Width != width))
                continue;
            var left = centre.X + (centre.Width - (width * members.Count + gap * (members.Count - 1))) / 2;
            if (left < centre.X)
                continue;
            for (var k = 0; k < members.Count; k++)
                result[members[k].Index] = members[k].Tile with { X = left + (width + gap) * k };
        }
        return result;
    }

    /// <summary>
    /// One partner alone on a sheet, its items shortened to the longest length at which all of it fits at
    /// <paramref name="minimum"/>, each marked as standing whole on its own poster.
    /// </summary>
    private static Sheet Shortened(PlanContext c, Rect area, Partner partner, MapTile.Words body, double minimum, string ownPoster)
    {
        var ring = Ring.Plan(area, 1, PosterSheet.Ring(c.Page, area, workSheet: false));
        var bar = PosterTile.SharedNameBar(c, [partner.Naam], ring.Tiles[0].Width, PosterSheet.NameFor(minimum));
        var band = MapTile.Band(c, [body], ring.Tiles[0].Width, minimum);
        var parts = MapTile.Split(ring.Tiles[0], bar.Height, band);
        MapTile.Words Cut(int most) => body.Select(c, p => p.Bullet && p.Text.Length > most ? PosterTile.Shortened(c, p, parts.Halen, minimum, ownPoster, most) : p);
        int low = 1, high = body.Halen.Concat(body.Brengen).Max(p => p.Text.Length);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (MapTile.Lay(c, Cut(middle), parts, minimum) is not null) low = middle; else high = middle - 1;
        }
        return new Sheet([partner], ring, bar, band, [Cut(low)], minimum);
    }
}
