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

        // The largest size that fits, with the name at least as large as the words under it.
        var size = Sizes.Largest(PosterSheet.PartnerItemLargest, PosterSheet.ItemMin, s => c.Text.Fits(body, PosterTile.BodyBox(c, partner.Naam, cell, s), s));
        var itemSize = size ?? PosterSheet.ItemMin;
        var box = PosterTile.BodyBox(c, partner.Naam, cell, itemSize);
        var pages = size is not null ? [body] : Pages.Balanced(c, body, box, PosterSheet.ItemMin);
        var slides = pages.Select((page, i) =>
        {
            var elements = new List<SlideElement> { PosterPlanner.Header(c, coalition, header, t, pages.Count > 1 ? $"{i + 1}/{pages.Count}" : null, false) };
            elements.AddRange(PosterTile.Elements(c, partner.Naam, cell, (page, itemSize, false), t, itemSize));
            elements.Add(PosterPlanner.Legend(c, legend, t, pages.Count > 1 && i < pages.Count - 1));
            return new SlidePlan(SlideLayoutKind.Inhoud, null, elements, "");
        }).ToList();
        return new PosterPlan(PosterKind.Partner, partner, c.Presentation(partner.Naam, slides));
    }
}
