using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Posters;

/// <summary>
/// The empty work sheet the facilitator fills in during the session: a tile per partner around a centre to
/// write the headline and ambition on, each tile a name over two fields, halen and brengen, large enough for
/// two by two sticky notes. Mirrored left and right of the centre; the fields of a sheet all equal. More
/// partners than one A0 holds at that size take a second sheet (and more), each with the centre.
/// </summary>
internal static class WorkSheet
{
    /// <summary>How many of a sheet's best arrangements are weighed for the largest fields.</summary>
    private const int Arrangements = 40;

    private sealed record Sheet(IReadOnlyList<Partner> Partners, RingPlan Ring, (Emu Height, double Size) Bar);

    public static PosterPlan Plan(PlanContext c, Coalition coalition, PosterTexts t)
    {
        var (header, area, legend) = PosterSheet.Frame(c.Page);
        var sheets = Sheets(c, area, coalition.Partners);
        var slides = new List<SlidePlan>();
        for (var s = 0; s < sheets.Count; s++)
        {
            var sheet = sheets[s];
            var elements = new List<SlideElement> { PosterPlanner.Header(c, coalition, header, t, sheets.Count > 1 ? $"{s + 1}/{sheets.Count}" : null, true) };
            elements.AddRange(PosterPlanner.Centre(c, coalition, sheet.Ring.Centre, t, true));
            for (var i = 0; i < sheet.Partners.Count; i++)
                elements.AddRange(PosterTile.Elements(c, sheet.Partners[i].Naam, sheet.Ring.Tiles[i], ([], PosterSheet.FieldLabel, true), t, shared: sheet.Bar));
            elements.Add(PosterPlanner.Legend(c, legend, t, s < sheets.Count - 1 ? t.MorePartners : null));
            slides.Add(new SlidePlan(SlideLayoutKind.Inhoud, null, elements, ""));
        }
        return new PosterPlan(PosterKind.WorkSheet, null, c.Presentation(coalition.Naam ?? t.NoHeadline, slides));
    }

    /// <summary>The fewest sheets whose every field is at least <see cref="PosterSheet.FieldMin"/> each way.</summary>
    private static IReadOnlyList<Sheet> Sheets(PlanContext c, Rect area, IReadOnlyList<Partner> partners)
    {
        for (var count = 1; count <= Math.Max(1, partners.Count); count++)
        {
            var sheets = CombinedMap.Groups(partners, count).Select(group => Best(c, area, group)).ToList();
            if (sheets.All(s => s is not null && Field(s) >= PosterSheet.FieldMin))
                return sheets!;
        }
        // Fields that small on a sheet of one: the page is smaller than any work sheet is printed on.
        return partners.Select(p => Best(c, area, [p])!).ToList();
    }

    /// <summary>Of a group's arrangements, the one with the largest fields (the shorter side of one); null when there is none.</summary>
    private static Sheet? Best(PlanContext c, Rect area, IReadOnlyList<Partner> group) =>
        Ring.Candidates(area, group.Count, PosterSheet.Ring(c.Page, area, workSheet: true), Arrangements)
            .Select((ring, order) => (Sheet: new Sheet(group, ring, Bar(c, group, ring)), Order: order))
            .OrderByDescending(x => Field(x.Sheet)).ThenBy(x => x.Order)
            .Select(x => x.Sheet).FirstOrDefault();

    private static (Emu Height, double Size) Bar(PlanContext c, IReadOnlyList<Partner> group, RingPlan ring) =>
        PosterTile.SharedNameBar(c, group.Select(p => p.Naam), ring.Tiles.Count > 0 ? ring.Tiles[0].Width : ring.Centre.Width);

    /// <summary>The shorter side of a field on the sheet: every field is the same size.</summary>
    private static Emu Field(Sheet? sheet)
    {
        if (sheet is null || sheet.Ring.Tiles.Count == 0)
            return sheet is null ? new Emu(0) : new Emu(long.MaxValue);
        var (halen, _) = PosterTile.Fields(PosterTile.Below(sheet.Ring.Tiles[0], sheet.Bar.Height));
        return halen.Width < halen.Height ? halen.Width : halen.Height;
    }
}
