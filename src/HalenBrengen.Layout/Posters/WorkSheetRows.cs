using HalenBrengen.Core.Model;

namespace HalenBrengen.Layout.Posters;

/// <summary>
/// The work sheet in rows: tall tiles (a name over halen over brengen) in an even number of columns, each
/// column as narrow as two notes side by side allow; a later sheet two rows of them, filling its height. The
/// first sheet has one row of them above the centre, a band across the sheet, and below it a row of wide tiles
/// (halen beside brengen), two columns wide: every field the same size, every tile the same distance from the
/// centre, the first sheet as full as the later ones.
/// </summary>
internal static class WorkSheetRows
{
    /// <summary>Tiles keep this distance from the centre, as around a ring: √2 times the gap.</summary>
    private static Emu Distance => WorkSheet.Gap * Math.Sqrt(2);

    /// <summary>The centre band: the ambition field at least <see cref="PosterSheet.FieldMin"/> high, with room to spare.</summary>
    private static readonly Emu BandMin = PosterSheet.FieldMin + Emu.FromMm(10);

    /// <summary>
    /// A wide tile's area and a tall one's differ at most this much (the map rule's tolerance): with equal fields
    /// the wide one is larger by one name bar, a name bar of up to 25 mm.
    /// </summary>
    private const double AreaSpread = 1.05;

    /// <summary>How many partners the first sheet holds (its centre takes room) and how many a later one.</summary>
    public static (int First, int Later) Holds(Rect area)
    {
        var columns = Columns(area);
        return (columns + columns / 2, 2 * columns);
    }

    /// <summary>As many columns as fields <see cref="PosterSheet.FieldMin"/> wide fit, an even number (mirrored), at least two.</summary>
    private static int Columns(Rect area)
    {
        var fit = (int)((area.Width + WorkSheet.Gap).Value / (PosterSheet.FieldMin + WorkSheet.Gap).Value);
        return Math.Max(2, fit - fit % 2);
    }

    /// <summary>The groups on their sheets, or null when a group does not fit its sheet or the tiles would differ in size.</summary>
    public static IReadOnlyList<WorkSheet.Sheet>? Plan(PlanContext c, Rect area, IReadOnlyList<IReadOnlyList<Partner>> groups, IReadOnlyList<Partner> all)
    {
        var columns = Columns(area);
        var (first, later) = Holds(area);
        if (groups[0].Count == 0 || groups[0].Count > first || groups.Skip(1).Any(g => g.Count > later))
            return null;
        var narrow = (area.Width - WorkSheet.Gap * (columns - 1)) / columns;
        var names = all.Select(p => p.Naam).ToList();
        var tallBar = PosterTile.SharedNameBar(c, names, narrow);
        var wideBar = PosterTile.NameBarAt(c, names, narrow * 2, tallBar.Size);
        // Later sheets hold two rows of tall tiles; the first a row of them, the centre and a row of wide tiles.
        var field = (area.Height - WorkSheet.Gap - tallBar.Height * 2) / 4;
        var band = area.Height - tallBar.Height - field * 3 - wideBar.Height - Distance * 2;
        if (band < BandMin)
            (field, band) = ((area.Height - Distance * 2 - BandMin - tallBar.Height - wideBar.Height) / 3, BandMin);
        var most = new Emu((long)(PosterSheet.MaxCentreShare * c.Page.Width.Value * c.Page.Height.Value / area.Width.Value));
        band = band < most ? band : most;
        var (tall, wide) = (narrow, narrow * 2);
        var (tallHeight, wideHeight) = (tallBar.Height + field * 2, wideBar.Height + field);
        var areas = new[] { (double)tall.Value * tallHeight.Value, (double)wide.Value * wideHeight.Value };
        if (field.Value <= 0 || areas.Max() > areas.Min() * AreaSpread)
            return null;
        var sheets = new List<WorkSheet.Sheet> { First(area, groups[0], (tall, tallHeight, tallBar), (wide, wideHeight, wideBar), band, columns) };
        sheets.AddRange(groups.Skip(1).Select(group => Later(area, group, (tall, tallHeight, tallBar), columns)));
        return sheets;
    }

    /// <summary>Tall tiles above the centre band, wide ones below it (half of them, at most half the columns' worth), the block in the middle of the area.</summary>
    private static WorkSheet.Sheet First(Rect area, IReadOnlyList<Partner> group, (Emu Width, Emu Height, (Emu Height, double Size) Bar) tall,
        (Emu Width, Emu Height, (Emu Height, double Size) Bar) wide, Emu band, int columns)
    {
        var below = Math.Min(columns / 2, group.Count / 2);
        var above = group.Count - below;
        var block = tall.Height + Distance + band + (below > 0 ? Distance + wide.Height : new Emu(0));
        var top = area.Y + (area.Height - block) / 2;
        var centre = new Rect(area.X, top + tall.Height + Distance, area.Width, band);
        var tiles = Row(area, top, above, tall.Width, tall.Height, spread: true).Concat(Row(area, centre.Bottom + Distance, below, wide.Width, wide.Height, spread: true)).ToList();
        return new WorkSheet.Sheet(group, tiles, centre, [.. Enumerable.Repeat(tall.Bar, above), .. Enumerable.Repeat(wide.Bar, below)]);
    }

    /// <summary>One row of tall tiles, or two (the first the longer) once the group fills more than half a row.</summary>
    private static WorkSheet.Sheet Later(Rect area, IReadOnlyList<Partner> group, (Emu Width, Emu Height, (Emu Height, double Size) Bar) tall, int columns)
    {
        var upper = group.Count <= columns / 2 ? group.Count : (group.Count + 1) / 2;
        var rows = upper == group.Count ? 1 : 2;
        var block = tall.Height * rows + WorkSheet.Gap * (rows - 1);
        var top = area.Y + (area.Height - block) / 2;
        var tiles = Row(area, top, upper, tall.Width, tall.Height).Concat(Row(area, top + tall.Height + WorkSheet.Gap, group.Count - upper, tall.Width, tall.Height)).ToList();
        return new WorkSheet.Sheet(group, tiles, null, [.. group.Select(_ => tall.Bar)]);
    }

    /// <summary>
    /// <paramref name="count"/> tiles side by side, the row in the middle of the area; <paramref name="spread"/>
    /// from edge to edge, so a short row beside the centre band frames it rather than leaving its corners bare.
    /// </summary>
    private static IEnumerable<Rect> Row(Rect area, Emu top, int count, Emu width, Emu height, bool spread = false)
    {
        if (spread && count > 1)
            return Enumerable.Range(0, count).Select(i => new Rect(area.X + (area.Width - width) * (i / (double)(count - 1)), top, width, height));
        var left = area.X + (area.Width - (width * count + WorkSheet.Gap * (count - 1))) / 2;
        return Enumerable.Range(0, count).Select(i => new Rect(left + (width + WorkSheet.Gap) * i, top, width, height));
    }
}
