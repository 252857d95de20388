using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Posters;

/// <summary>
/// The empty work sheet the facilitator fills in during the session: a tile per partner, each a name over two
/// fields, halen and brengen, large enough for two by two sticky notes, and on the first sheet a centre of
/// paper to stick and write the headline and ambition on. Mirrored left and right; every field of every sheet
/// equal (equal space). More partners than one A0 holds take more sheets, grouped as on the combined map; a later
/// sheet has no centre (the group writes one headline) and the first sheet's tiles, with room to spare.
/// </summary>
internal static class WorkSheet
{
    /// <summary>How many of a sheet's best arrangements are weighed for the largest fields.</summary>
    private const int Arrangements = 40;

    private sealed record Sheet(IReadOnlyList<Partner> Partners, IReadOnlyList<Rect> Tiles, Rect? Centre, (Emu Height, double Size) Bar);

    /// <summary>The work sheet in <paramref name="count"/> sheets (the combined map's), or more where a group's fields would be too small.</summary>
    public static PosterPlan Plan(PlanContext c, Coalition coalition, PosterTexts t, int count)
    {
        var (header, area, legend) = PosterSheet.Frame(c.Page);
        var sheets = Sheets(c, area, coalition.Partners, count);
        var slides = new List<SlidePlan>();
        for (var s = 0; s < sheets.Count; s++)
        {
            var sheet = sheets[s];
            var elements = new List<SlideElement> { PosterPlanner.Header(c, coalition, header, t, sheets.Count > 1 ? $"{s + 1}/{sheets.Count}" : null, true) };
            if (sheet.Centre is { } centre)
                elements.AddRange(Centre(c, centre, t));
            for (var i = 0; i < sheet.Partners.Count; i++)
                elements.AddRange(PosterTile.Elements(c, sheet.Partners[i].Naam, sheet.Tiles[i], ([], PosterSheet.FieldLabel, true), t, shared: sheet.Bar));
            elements.Add(PosterPlanner.Legend(c, legend, t, s < sheets.Count - 1 ? t.MorePartners : null));
            slides.Add(new SlidePlan(SlideLayoutKind.Inhoud, null, elements, ""));
        }
        return new PosterPlan(PosterKind.WorkSheet, null, c.Presentation(coalition.Naam ?? t.NoHeadline, slides));
    }

    /// <summary>
    /// The fewest sheets whose every field is at least <see cref="PosterSheet.FieldMin"/> each way with a centre
    /// on each: the combined map takes at least as many, so both group the partners the same.
    /// </summary>
    public static int Count(PlanContext c, IReadOnlyList<Partner> partners)
    {
        var area = PosterSheet.Frame(c.Page).Area;
        for (var count = 1; count <= partners.Count; count++)
            if (CombinedMap.Groups(partners, count).All(group => Field(Ringed(c, area, group)) >= PosterSheet.FieldMin))
                return count;
        return Math.Max(1, partners.Count);
    }

    /// <summary>
    /// The groups of <paramref name="count"/> sheets, more where the fields would be too small: the first around
    /// the centre, the others a grid of the first sheet's tiles, so every partner gets the same room (equal space).
    /// </summary>
    private static IReadOnlyList<Sheet> Sheets(PlanContext c, Rect area, IReadOnlyList<Partner> partners, int count)
    {
        for (; count <= Math.Max(1, partners.Count); count++)
        {
            var groups = CombinedMap.Groups(partners, count);
            if (Ringed(c, area, groups[0], partners) is not { } first || Field(first) < PosterSheet.FieldMin)
                continue;
            var sheets = groups.Skip(1).Select(group => Grid(area, group, first)).Prepend(first).ToList();
            if (sheets.All(s => s is not null))
                return sheets!;
        }
        // Fields that small on a sheet of one: the page is smaller than any work sheet is printed on.
        return partners.Select(p => Ringed(c, area, [p], [p])!).ToList();
    }

    /// <summary>Of a group's arrangements around the centre, the one with the largest fields (the shorter side of one); null when there is none.</summary>
    private static Sheet? Ringed(PlanContext c, Rect area, IReadOnlyList<Partner> group, IReadOnlyList<Partner>? named = null) =>
        Ring.Candidates(area, group.Count, PosterSheet.Ring(c.Page, area, workSheet: true), Arrangements)
            .Select((ring, order) => (Sheet: new Sheet(group, PosterSheet.ReadingOrder(ring.Tiles), ring.Centre, Bar(c, named ?? group, ring.Tiles, ring.Centre)), Order: order))
            .OrderByDescending(x => Field(x.Sheet)).ThenBy(x => x.Order)
            .Select(x => x.Sheet).FirstOrDefault();

    /// <summary>
    /// A sheet without a centre: the group in rows of the first sheet's tiles and name bar, the block in the
    /// middle of the area, a short last row in the middle; null when they do not fit.
    /// </summary>
    private static Sheet? Grid(Rect area, IReadOnlyList<Partner> group, Sheet first)
    {
        var gap = Emu.FromMm(8);
        var (w, h) = (first.Tiles[0].Width, first.Tiles[0].Height);
        var fit = (int)((area.Width + gap).Value / (w + gap).Value);
        var rows = (int)((area.Height + gap).Value / (h + gap).Value);
        if (fit < 1 || fit * rows < group.Count)
            return null;
        var columns = Math.Min(fit, group.Count);
        rows = (group.Count + columns - 1) / columns;
        var top = area.Y + (area.Height - (h * rows + gap * (rows - 1))) / 2;
        var tiles = Enumerable.Range(0, group.Count).Select(i =>
        {
            var (row, column) = (i / columns, i % columns);
            var inRow = row == rows - 1 ? group.Count - row * columns : columns;
            var left = area.X + (area.Width - (w * inRow + gap * (inRow - 1))) / 2;
            return new Rect(left + (w + gap) * column, top + (h + gap) * row, w, h);
        }).ToList();
        return new Sheet(group, tiles, null, first.Bar);
    }

    private static (Emu Height, double Size) Bar(PlanContext c, IReadOnlyList<Partner> group, IReadOnlyList<Rect> tiles, Rect centre) =>
        PosterTile.SharedNameBar(c, group.Select(p => p.Naam), tiles.Count > 0 ? tiles[0].Width : centre.Width);

    /// <summary>The shorter side of a field on the sheet: every field is the same size.</summary>
    private static Emu Field(Sheet? sheet)
    {
        if (sheet is null || sheet.Tiles.Count == 0)
            return sheet is null ? new Emu(0) : new Emu(long.MaxValue);
        var (halen, _) = PosterTile.Fields(PosterTile.Below(sheet.Tiles[0], sheet.Bar.Height));
        return halen.Width < halen.Height ? halen.Width : halen.Height;
    }

    /// <summary>
    /// The centre as paper to write on: a headline field and an ambition field, each with a small label in its
    /// top left corner; side by side in a band across the sheet (the headline first), else one over the other,
    /// the headline field tall enough for a sticky note or a written line.
    /// </summary>
    private static IReadOnlyList<SlideElement> Centre(PlanContext c, Rect centre, PosterTexts t)
    {
        Rect headline, ambition;
        if (centre.Width > centre.Height * 2)
        {
            headline = centre with { Width = centre.Width * 0.45 };
            ambition = new Rect(headline.Right, centre.Y, centre.Width - headline.Width, centre.Height);
        }
        else
        {
            var least = PosterSheet.HeadlineFieldMin + Emu.FromMm(15);
            var share = centre.Height * 0.3;
            headline = centre with { Height = share > least ? share : least };
            ambition = new Rect(centre.X, headline.Bottom, centre.Width, centre.Height - headline.Height);
        }
        var outline = new Outline(c.Colours.Rule, Emu.FromPt(3));
        TextElement Field(Rect box, string label, string name) => new(box, [new TextParagraph([new TextRun(label, true, c.Colours.Muted)], SpaceBeforeEm: 0)],
            PosterSheet.FieldLabel, c.Colours.Ink, c.Colours.Paper, Anchor.Top, TextAlign.Left, name, Outline: outline);
        return [Field(headline, t.HeadlineLabel, c.Words.Shapes.Headline), Field(ambition, t.AmbitionLabel, c.Words.Shapes.Ambition)];
    }
}
