using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Texts;

namespace HalenBrengen.Layout.Posters;

/// <summary>One partner's own map on A0, to hang up while it speaks: everything it wrote, large, its name larger still.</summary>
internal static class PartnerPoster
{
    public static PosterPlan Plan(Coalition coalition, Partner partner, PosterTexts t)
    {
        var (header, cell, legend) = PosterTheme.Frame();

        var body = Segment.Of(partner, t, empty: false, full: true).Body.ToList();
        if (partner.Kaart?.Ambitie is { } ambitie)
            body.Add(new TextParagraph([new TextRun(t.Ambition + ": ", true, DeckTheme.Accent), new TextRun(ambitie.Value)], SpaceBeforeEm: 0.8));
        if (partner.Kaart?.Krantenkop is { } kop)
            body.Add(new TextParagraph([new TextRun(t.Headline + ": ", true, DeckTheme.Accent), new TextRun(kop.Value)], SpaceBeforeEm: 0.4));

        // The largest size that fits, with the name at least as large as the words under it.
        var size = Columns.Largest(PosterTheme.PartnerItemLargest, PosterTheme.ItemMin, s => TextLayout.Fits(body, Segment.BodyBox(partner.Naam, cell, s), s));
        var itemSize = size ?? PosterTheme.ItemMin;
        var box = Segment.BodyBox(partner.Naam, cell, itemSize);
        var pages = size is not null ? [body] : Pages.Balanced(body, box, PosterTheme.ItemMin, keepWhole: true);
        var slides = pages.Select((page, i) =>
        {
            var elements = new List<SlideElement> { PosterPlanner.Header(coalition, header, t, pages.Count > 1 ? $"{i + 1}/{pages.Count}" : null, false) };
            elements.AddRange(Segment.Elements(partner.Naam, cell, (page, itemSize, false), t, itemSize));
            elements.Add(PosterPlanner.Legend(legend, t, pages.Count > 1 && i < pages.Count - 1));
            return new SlidePlan(SlideLayoutKind.Inhoud, null, elements, "");
        }).ToList();
        return new PosterPlan(PosterKind.Partner, partner, PosterPlanner.Sheets(partner.Naam, t, slides));
    }
}
