using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Posters;

/// <summary>One partner's own map on A0, to hang up while it speaks: everything it wrote, large, its name larger still.</summary>
internal static class PartnerPoster
{
    public static PosterPlan Plan(PlanContext c, Coalition coalition, Partner partner, PosterTexts t)
    {
        var (header, cell, legend) = PosterSheet.Frame(c.Page);

        var body = PosterTile.Of(c, partner, t, empty: false, full: true).Body.ToList();
        if (partner.Kaart?.Ambitie is { } ambitie)
            body.Add(new TextParagraph([new TextRun(t.Ambition + ": ", true, c.Colours.Accent), new TextRun(ambitie.Value)], SpaceBeforeEm: 0.8));
        if (partner.Kaart?.Krantenkop is { } kop)
            body.Add(new TextParagraph([new TextRun(t.Headline + ": ", true, c.Colours.Accent), new TextRun(kop.Value)], SpaceBeforeEm: 0.4));

        // The largest size that fits, with the name half as large again as the words under it, so it reads first.
        double NameAt(double size) => PosterSheet.NameFor(size);
        var size = Sizes.Largest(PosterSheet.PartnerItemLargest, PosterSheet.PartnerItemMin, s => TileColumns.Lay(c, body, PosterTile.BodyBox(c, partner.Naam, cell, NameAt(s)), s) is not null);
        var itemSize = size ?? PosterSheet.PartnerItemMin;
        var box = PosterTile.BodyBox(c, partner.Naam, cell, NameAt(itemSize));
        var sheets = size is not null ? [null] : Continued(c, body, box, itemSize);
        var slides = sheets.Select((columns, i) =>
        {
            var elements = new List<SlideElement> { PosterPlanner.Header(c, coalition, header, t, sheets.Count > 1 ? $"{i + 1}/{sheets.Count}" : null, false) };
            elements.AddRange(PosterTile.Elements(c, partner.Naam, cell, (body, itemSize, false), t, NameAt(itemSize), columns: columns));
            elements.Add(PosterPlanner.Legend(c, legend, t, i < sheets.Count - 1 ? t.NextSheet : null));
            return new SlidePlan(SlideLayoutKind.Inhoud, null, elements, "");
        }).ToList();
        return new PosterPlan(PosterKind.Partner, partner, c.Presentation(partner.Naam, slides));
    }

    /// <summary>
    /// More than one sheet holds at the smallest size: the words over as many columns as they need (whole
    /// items, balanced), as many columns to a sheet as its width takes.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<IReadOnlyList<TextParagraph>>?> Continued(PlanContext c, IReadOnlyList<TextParagraph> body, Rect box, double size)
    {
        var count = TileColumns.CountFor(box, size);
        var columns = Pages.Balanced(c, body, TileColumns.Boxes(box, count, size)[0], size);
        return columns.Chunk(count).Select(sheet => (IReadOnlyList<IReadOnlyList<TextParagraph>>?)sheet).ToList();
    }
}
