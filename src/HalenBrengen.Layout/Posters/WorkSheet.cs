using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Posters;

/// <summary>
/// The empty work sheet the facilitator fills in during the session: a tile per partner, each a name over two
/// fields, halen and brengen, each at least two sticky notes of 76 mm wide and three high, and on the first
/// sheet a centre of paper to stick and write the headline and ambition on. Mirrored left and right; every
/// field of every sheet equal (equal space). More partners than one A0 holds take more sheets; a later sheet
/// has no centre (the group writes one headline) and holds as many more partners as the centre's room allows,
/// so every sheet is used alike.
/// </summary>
internal static class WorkSheet
{
    /// <summary>How many of a sheet's best arrangements are weighed for the largest fields.</summary>
    private const int Arrangements = 40;

    public static readonly Emu Gap = Emu.FromMm(8);

    /// <summary>A sheet: its partners, their tiles (in reading order) with each tile's name bar, and the centre on the first.</summary>
    internal sealed record Sheet(IReadOnlyList<Partner> Partners, IReadOnlyList<Rect> Tiles, Rect? Centre, IReadOnlyList<(Emu Height, double Size)> Bars);

    public static PosterPlan Plan(PlanContext c, Coalition coalition, PosterTexts t)
    {
        var (header, area, legend) = PosterSheet.Frame(c.Page);
        var sheets = Sheets(c, area, coalition.Partners);
        var slides = new List<SlidePlan>();
        for (var s = 0; s < sheets.Count; s++)
        {
            var sheet = sheets[s];
            var elements = new List<SlideElement> { PosterPlanner.Header(c, coalition, header, t, sheets.Count > 1 ? $"{s + 1}/{sheets.Count}" : null, true) };
            if (sheet.Centre is { } centre)
                elements.AddRange(Centre(c, centre, t));
            for (var i = 0; i < sheet.Partners.Count; i++)
                elements.AddRange(PosterTile.Elements(c, sheet.Partners[i].Naam, sheet.Tiles[i], ([], PosterSheet.FieldLabel, true), t, shared: sheet.Bars[i]));
            elements.Add(PosterPlanner.Legend(c, legend, t, s < sheets.Count - 1 ? t.MorePartners : null));
            slides.Add(new SlidePlan(SlideLayoutKind.Inhoud, null, elements, ""));
        }
        return new PosterPlan(PosterKind.WorkSheet, null, c.Presentation(coalition.Naam ?? t.NoHeadline, slides));
    }

    /// <summary>
    /// The fewest sheets whose fields are at least <see cref="PosterSheet.FieldMin"/> wide and
    /// <see cref="PosterSheet.FieldTall"/> high; of the two ways to lay them (around the centre, or in rows), the
    /// one with the taller fields.
    /// </summary>
    private static IReadOnlyList<Sheet> Sheets(PlanContext c, Rect area, IReadOnlyList<Partner> partners)
    {
        for (var count = 1; count <= Math.Max(1, partners.Count); count++)
        {
            var (even, full) = (Spread(area, partners, count, fillFirst: false), Spread(area, partners, count, fillFirst: true));
            // Rows with the first sheet full come first: on equal fields its centre band is then framed all along.
            var best = new[] { WorkSheetRows.Plan(c, area, full, partners), WorkSheetRows.Plan(c, area, even, partners), Ringed(c, area, even, partners) }
                .OfType<IReadOnlyList<Sheet>>().Where(NoneNearlyEmpty).OrderByDescending(Field).FirstOrDefault();
            if (best is not null && Field(best) >= PosterSheet.FieldTall)
                return best;
        }
        // Fields that small on a sheet of one: the page is smaller than any work sheet is printed on.
        return partners.Select(p => Ringed(c, area, [[p]], [p])![0]).ToList();
    }

    /// <summary>
    /// The partners in their order over <paramref name="count"/> sheets: the first taking its share of what the
    /// rows hold (the centre takes some of its room), or as many as it holds (<paramref name="fillFirst"/>); the
    /// others as equal as the count allows.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<Partner>> Spread(Rect area, IReadOnlyList<Partner> partners, int count, bool fillFirst)
    {
        if (count == 1)
            return [partners];
        var (first, later) = WorkSheetRows.Holds(area);
        var share = fillFirst ? first : (int)Math.Round(partners.Count * first / (double)(first + later * (count - 1)));
        share = Math.Clamp(share, 1, partners.Count - (count - 1));
        return [partners.Take(share).ToList(), .. CombinedMap.Groups(partners.Skip(share).ToList(), count - 1)];
    }

    /// <summary>Every sheet holds at least half as many partners as the fullest: none is left nearly empty.</summary>
    private static bool NoneNearlyEmpty(IReadOnlyList<Sheet> sheets) => sheets.All(s => 2 * s.Partners.Count >= sheets.Max(x => x.Partners.Count));

    /// <summary>
    /// The first group around the centre in the arrangement with the tallest fields, the others a grid of its
    /// tiles; null when a later group does not fit.
    /// </summary>
    private static IReadOnlyList<Sheet>? Ringed(PlanContext c, Rect area, IReadOnlyList<IReadOnlyList<Partner>> groups, IReadOnlyList<Partner> named)
    {
        var first = Ring.Candidates(area, groups[0].Count, PosterSheet.Ring(c.Page, area, workSheet: true), Arrangements)
            .Select((ring, order) => (Sheet: Around(c, groups[0], ring, named), Order: order))
            .OrderByDescending(x => Field([x.Sheet])).ThenBy(x => x.Order).Select(x => x.Sheet).FirstOrDefault();
        if (first is null)
            return null;
        var sheets = groups.Skip(1).Select(group => Grid(area, group, first)).Prepend(first).ToList();
        return sheets.All(s => s is not null) ? sheets.OfType<Sheet>().ToList() : null;
    }

    private static Sheet Around(PlanContext c, IReadOnlyList<Partner> group, RingPlan ring, IReadOnlyList<Partner> named)
    {
        var bar = PosterTile.SharedNameBar(c, named.Select(p => p.Naam), ring.Tiles.Count > 0 ? ring.Tiles[0].Width : ring.Centre.Width);
        return new Sheet(group, PosterSheet.ReadingOrder(ring.Tiles), ring.Centre, [.. group.Select(_ => bar)]);
    }

    /// <summary>
    /// A sheet without a centre: the group in rows of the first sheet's tiles and name bar, the block in the
    /// middle of the area, a short last row in the middle; null when they do not fit.
    /// </summary>
    private static Sheet? Grid(Rect area, IReadOnlyList<Partner> group, Sheet first)
    {
        var (w, h) = (first.Tiles[0].Width, first.Tiles[0].Height);
        var fit = (int)((area.Width + Gap).Value / (w + Gap).Value);
        var rows = (int)((area.Height + Gap).Value / (h + Gap).Value);
        if (fit < 1 || fit * rows < group.Count)
            return null;
        var columns = Math.Min(fit, group.Count);
        rows = (group.Count + columns - 1) / columns;
        var top = area.Y + (area.Height - (h * rows + Gap * (rows - 1))) / 2;
        var tiles = Enumerable.Range(0, group.Count).Select(i =>
        {
            var (row, column) = (i / columns, i % columns);
            var inRow = row == rows - 1 ? group.Count - row * columns : columns;
            var left = area.X + (area.Width - (w * inRow + Gap * (inRow - 1))) / 2;
            return new Rect(left + (w + Gap) * column, top + (h + Gap) * row, w, h);
        }).ToList();
        return new Sheet(group, tiles, null, [.. group.Select(_ => first.Bars[0])]);
    }

    /// <summary>
    /// The height of a field on the sheets (every field is the same size), none when the fields are too narrow
    /// for two notes side by side.
    /// </summary>
    private static Emu Field(IReadOnlyList<Sheet> sheets)
    {
        var (sheet, i) = sheets.SelectMany(s => s.Tiles.Select((_, i) => (s, i))).FirstOrDefault();
        if (sheet is null)
            return new Emu(long.MaxValue);
        var (halen, _) = PosterTile.Fields(PosterTile.Below(sheet.Tiles[i], sheet.Bars[i].Height));
        return halen.Width < PosterSheet.FieldMin ? new Emu(0) : halen.Height;
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
