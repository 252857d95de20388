using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Deck;

namespace HalenBrengen.Layout.Posters;

/// <summary>One partner's own map on A0, to hang up while it speaks: everything it wrote, large.</summary>
internal static class PartnerPoster
{
    public static PosterPlan Plan(Coalition coalition, Partner partner, DeckTexts t)
    {
        var content = PosterTheme.Content;
        var header = content with { Height = Emu.FromMm(28) };
        var legend = new Rect(content.X, content.Bottom - Emu.FromMm(14), content.Width, Emu.FromMm(14));
        var cell = new Rect(content.X, header.Bottom + PosterTheme.Gap, content.Width, legend.Y - header.Bottom - PosterTheme.Gap * 2);

        var body = Segment.Of(partner, t, empty: false, full: true).Body.ToList();
        if (partner.Kaart?.Ambitie is { } ambitie)
            body.Add(new TextParagraph([new TextRun(t.AmbitionHeaders[1] + ": ", true, DeckTheme.Accent), new TextRun(ambitie.Value)], SpaceBeforeEm: 0.8));
        if (partner.Kaart?.Krantenkop is { } kop)
            body.Add(new TextParagraph([new TextRun(t.AmbitionHeaders[2] + ": ", true, DeckTheme.Accent), new TextRun(kop.Value)], SpaceBeforeEm: 0.4));

        // The partner's own poster has room: items as large as fits, never below the combined map's minimum.
        var box = Segment.BodyBox(partner.Naam, cell);
        var size = TextLayout.LargestFit(body, box, PosterTheme.PartnerItemLargest, PosterTheme.ItemMin);
        var pages = size is { } fits ? [(IReadOnlyList<TextParagraph>)body] : TextLayout.Paginate(body, box, PosterTheme.ItemMin);
        var slides = pages.Select((page, i) =>
        {
            var elements = new List<SlideElement> { PosterPlanner.Header(coalition, header, t, pages.Count > 1 ? $"{i + 1}/{pages.Count}" : null, false) };
            elements.AddRange(Segment.Elements(partner.Naam, cell, (page, size ?? PosterTheme.ItemMin, false), t));
            elements.Add(PosterPlanner.Legend(legend, t, pages.Count > 1 && i < pages.Count - 1));
            return new SlidePlan(SlideLayoutKind.Inhoud, "", elements, "");
        }).ToList();
        return new PosterPlan("poster", partner.Naam, new DeckPlan(partner.Naam, "HalenBrengen.Office", slides));
    }
}
