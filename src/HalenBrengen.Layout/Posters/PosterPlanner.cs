using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Texts;

namespace HalenBrengen.Layout.Posters;

/// <summary>What a poster file is: the combined map, one partner's own map, or the empty work sheet.</summary>
public enum PosterKind { CombinedMap, Partner, WorkSheet }

/// <summary>A poster file: what it is, for which partner, and its A0 sheets (more than one when the words need it).</summary>
public sealed record PosterPlan(PosterKind Kind, Partner? Partner, DeckPlan Sheets);

/// <summary>
/// The combined halen/brengen map, one map per partner, and the empty work sheet. Every sheet is one
/// A0 slide; all sizes are decided here with the same measurement as the deck.
/// </summary>
public static class PosterPlanner
{
    /// <param name="look">The look to plan in: a house style's, or (null) the current one; on paper, its <see cref="Style.Look.Print"/> look.</param>
    public static IReadOnlyList<PosterPlan> Plan(Coalition coalition, Language language, Style.Look? look = null)
    {
        using var scope = DeckTheme.Use((look ?? DeckTheme.Current).Print);
        var t = PosterTexts.For(language);
        var posters = new List<PosterPlan> { Combined(coalition, t, empty: false) };
        posters.AddRange(coalition.Partners.Select(p => PartnerPoster.Plan(coalition, p, t)));
        posters.Add(Combined(coalition, t, empty: true));
        return posters;
    }

    internal static DeckPlan Sheets(string title, PosterTexts t, IReadOnlyList<SlidePlan> slides) =>
        new(title, "HalenBrengen.Office", Dates.Tag(t.Language), PosterTheme.Width, PosterTheme.Height, DeckTheme.WithLogo(slides, PosterTheme.Logo)) { Look = DeckTheme.Current };

    /// <summary>
    /// The centre: the headline (or, on the work sheet, a line to write it on) over the ambition, or the
    /// partners' proposed headlines while there is no shared one. On the work sheet the centre is paper,
    /// light enough to write on with a marker.
    /// </summary>
    internal static IReadOnlyList<SlideElement> Centre(Coalition coalition, Rect band, PosterTexts t, bool empty)
    {
        var s = coalition.Samenwerking;
        var (fill, ink) = empty ? (DeckTheme.Paper, DeckTheme.Ink) : (DeckTheme.Accent, DeckTheme.White);
        var outline = empty ? new Outline(DeckTheme.Rule, Emu.FromPt(3)) : null;
        var headline = empty ? t.HeadlineLabel + ": …" : s.Krantenkop?.Value ?? t.NoHeadline;
        var headlineParagraph = new TextParagraph([new TextRun(headline, true, ink)], SpaceBeforeEm: 0);
        var headlineBox = band with { Height = band.Height * 0.4 };
        var headlineSize = TextLayout.LargestFit([headlineParagraph], headlineBox, PosterTheme.HeadlineMax, PosterTheme.HeadlineMin) ?? PosterTheme.HeadlineMin;

        var lower = new Rect(band.X, headlineBox.Bottom, band.Width, band.Height - headlineBox.Height);
        var ambition = new List<TextParagraph> { new([new TextRun(t.AmbitionLabel + (empty ? ": …" : ""), true, ink)], SpaceBeforeEm: 0) };
        if (!empty && s.GedeeldeAmbitie is { } gedeeld)
            ambition.Add(new TextParagraph([new TextRun(gedeeld.Value, false, ink)]));
        else if (!empty)
        {
            // No shared ambition yet: the partners' proposed headlines, so the group can choose.
            foreach (var p in coalition.Partners.Where(p => p.Kaart?.Krantenkop is not null))
                ambition.Add(new TextParagraph([new TextRun(p.Naam + ": ", true, ink), new TextRun(p.Kaart!.Krantenkop!.Value, false, ink)], Bullet: true));
        }
        var pages = Lists.Plan(lower, ambition, Math.Min(48, headlineSize - 12), PosterTheme.ItemMin);
        return
        [
            new TextElement(headlineBox, [headlineParagraph], headlineSize, ink, fill, Anchor.Middle, TextAlign.Center, "Krantenkop", Outline: outline),
            new TextElement(lower, pages[0].Paragraphs, pages[0].Size, ink, fill, Anchor.Top, TextAlign.Center, "Ambitie", Outline: outline),
        ];
    }

    /// <summary>The combined map (or, when empty, the work sheet): header, the centre, a tile per partner around it, legend.</summary>
    private static PosterPlan Combined(Coalition coalition, PosterTexts t, bool empty)
    {
        var (header, area, legend) = PosterTheme.Frame();
        var partners = coalition.Partners;
        var segments = partners.Select(p => Segment.Of(p, t, empty)).ToList();
        // Of the best few arrangements, the one that fits everything on one sheet at the largest size; when
        // none does, the best arrangement, continued over sheets.
        var minimum = PosterTheme.ItemMinFor(partners.Count);
        var (ring, bar, _) = Ring.Candidates(area, partners.Count, PosterTheme.Ring, 6)
            .Select((r, order) => (Ring: r, Order: order, Bar: Segment.SharedNameBar(partners.Select(p => p.Naam), r.Tiles.Count > 0 ? r.Tiles[0].Width : area.Width)))
            .Select(x => (x.Ring, x.Bar, x.Order, Size: Segment.OneSheet(x.Ring.Tiles.Select(tile => Segment.BodyBox(tile, x.Bar)).ToList(), segments, minimum) ?? 0))
            .OrderByDescending(x => x.Size).ThenBy(x => x.Order)
            .Select(x => (x.Ring, x.Bar, x.Size)).First();
        var sheets = Segment.Fit(ring.Tiles.Select(tile => Segment.BodyBox(tile, bar)).ToList(), segments, minimum, t.OwnPoster);

        var slides = new List<SlidePlan>();
        for (var s = 0; s < sheets.Count; s++)
        {
            var elements = new List<SlideElement> { Header(coalition, header, t, sheets.Count > 1 ? $"{s + 1}/{sheets.Count}" : null, empty) };
            elements.AddRange(Centre(coalition, ring.Centre, t, empty));
            for (var i = 0; i < partners.Count; i++)
                elements.AddRange(Segment.Elements(partners[i].Naam, ring.Tiles[i], sheets[s][i], t, shared: bar));
            elements.Add(Legend(legend, t, sheets.Count > 1 && s < sheets.Count - 1));
            slides.Add(new SlidePlan(SlideLayoutKind.Inhoud, null, elements, ""));
        }
        return new PosterPlan(empty ? PosterKind.WorkSheet : PosterKind.CombinedMap, null, Sheets(coalition.Naam ?? t.NoHeadline, t, slides));
    }

    internal static TextElement Header(Coalition coalition, Rect box, PosterTexts t, string? sheet, bool empty)
    {
        var s = coalition.Samenwerking;
        var parts = new List<string> { s.Naam?.Value ?? t.NoHeadline };
        if (s.Datum is { } d) parts.Add(Dates.Long(d, t.Language));
        if (empty) parts.Add(t.WorkSheet);
        if (sheet is not null) parts.Add(sheet);
        return Grammar.Line(box, [new TextRun(string.Join("  ·  ", parts), true, DeckTheme.Accent)], 40, PosterTheme.SmallText, DeckTheme.Accent, "Kop");
    }

    internal static TextElement Legend(Rect box, PosterTexts t, bool continues)
    {
        var runs = new List<TextRun>
        {
            new("■ " + t.Gets + "   ", true, DeckTheme.Halen), new("■ " + t.Brings + "   ", true, DeckTheme.Brengen),
            new(t.Demand + " = " + t.DemandMeaning, true, DeckTheme.Eis),
        };
        if (continues)
            runs.Add(new TextRun("   →  " + t.NextSheet, true, DeckTheme.Ink));
        return Grammar.Line(box, runs, 28, PosterTheme.SmallText, DeckTheme.Ink, "Legenda");
    }
}
