using System.Globalization;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Deck;

namespace HalenBrengen.Layout.Posters;

/// <summary>A poster file: its name stem and its A0 sheets (more than one when the words need it).</summary>
public sealed record PosterPlan(string Kind, string? Partner, DeckPlan Sheets);

/// <summary>
/// The combined halen/brengen map, one map per partner, and the empty work sheet. Every sheet is one
/// A0 slide; all sizes are decided here with the same measurement as the deck.
/// </summary>
public static class PosterPlanner
{
    public static IReadOnlyList<PosterPlan> Plan(Coalition coalition, Core.Analysis.Language language)
    {
        var t = DeckTexts.For(language);
        var posters = new List<PosterPlan> { Combined(coalition, t, empty: false) };
        posters.AddRange(coalition.Partners.Select(p => PartnerPoster.Plan(coalition, p, t)));
        posters.Add(Combined(coalition, t, empty: true));
        return posters;
    }

    /// <summary>The centre band: the headline (or the partners' proposed ones) and the ambition.</summary>
    internal static IReadOnlyList<SlideElement> Centre(Coalition coalition, Rect band, DeckTexts t, bool empty)
    {
        var s = coalition.Samenwerking;
        var headline = empty ? t.HeadlineLabel + ": …" : s.Krantenkop?.Value ?? t.NoHeadline;
        var headlineParagraph = new TextParagraph([new TextRun(headline, true, "FFFFFF")], SpaceBeforeEm: 0);
        var headlineBox = band with { Height = band.Height * 0.45 };
        var headlineSize = TextLayout.LargestFit([headlineParagraph], headlineBox, PosterTheme.HeadlineMax, PosterTheme.HeadlineMin) ?? PosterTheme.HeadlineMin;

        var lower = new Rect(band.X, headlineBox.Bottom, band.Width, band.Height - headlineBox.Height);
        var ambition = new List<TextParagraph> { new([new TextRun(t.MapAmbitionLabel, true, "FFFFFF")], SpaceBeforeEm: 0) };
        if (empty)
            ambition.Add(new TextParagraph([new TextRun(" ", false, "FFFFFF")]));
        else if (s.GedeeldeAmbitie is { } gedeeld)
            ambition.Add(new TextParagraph([new TextRun(gedeeld.Value, false, "FFFFFF")]));
        else
        {
            // No shared headline yet: the partners' proposals, so the group can choose.
            foreach (var p in coalition.Partners.Where(p => p.Kaart?.Krantenkop is not null))
                ambition.Add(new TextParagraph([new TextRun(p.Naam + ": ", true, "FFFFFF"), new TextRun(p.Kaart!.Krantenkop!.Value, false, "FFFFFF")], Bullet: true));
        }
        var pages = ListPlanner.Plan(lower, ambition, 40, PosterTheme.ItemMin);
        return
        [
            new TextElement(headlineBox, [headlineParagraph], headlineSize, "FFFFFF", DeckTheme.Accent, Anchor.Middle, Centered: true, Name: "Krantenkop"),
            new TextElement(lower, pages[0].Paragraphs, pages[0].Size, "FFFFFF", DeckTheme.Accent, Anchor.Top, Centered: true, Name: "Ambitie"),
        ];
    }

    /// <summary>The combined map (or, when empty, the work sheet): header, centre band, a segment per partner, legend.</summary>
    private static PosterPlan Combined(Coalition coalition, DeckTexts t, bool empty)
    {
        var content = PosterTheme.Content;
        var header = content with { Height = Emu.FromMm(28) };
        var legend = new Rect(content.X, content.Bottom - Emu.FromMm(14), content.Width, Emu.FromMm(14));
        var area = new Rect(content.X, header.Bottom + PosterTheme.Gap, content.Width, legend.Y - header.Bottom - PosterTheme.Gap * 2);
        var band = new Rect(area.X, area.Y + area.Height * 0.5 - Emu.FromMm(110), area.Width, Emu.FromMm(220));
        var top = new Rect(area.X, area.Y, area.Width, band.Y - area.Y - PosterTheme.Gap);
        var bottom = new Rect(area.X, band.Bottom + PosterTheme.Gap, area.Width, area.Bottom - band.Bottom - PosterTheme.Gap);

        var partners = coalition.Partners;
        var upper = (partners.Count + 1) / 2;
        var cells = Grid(top, upper).Concat(Grid(bottom, partners.Count - upper)).ToList();
        var segments = partners.Select(p => Segment.Of(p, t, empty)).ToList();
        var sheets = Segment.Fit(partners.Select((p, i) => Segment.BodyBox(p.Naam, cells[i])).ToList(), segments);

        var slides = new List<SlidePlan>();
        for (var s = 0; s < sheets.Count; s++)
        {
            var elements = new List<SlideElement>();
            elements.Add(Header(coalition, header, t, sheets.Count > 1 ? $"{s + 1}/{sheets.Count}" : null, empty));
            elements.AddRange(Centre(coalition, band, t, empty));
            for (var i = 0; i < partners.Count; i++)
                elements.AddRange(Segment.Elements(partners[i].Naam, cells[i], sheets[s][i], t));
            elements.Add(Legend(legend, t, sheets.Count > 1 && s < sheets.Count - 1));
            slides.Add(new SlidePlan(SlideLayoutKind.Inhoud, "", elements, ""));
        }
        return new PosterPlan(empty ? "werkvel" : "gezamenlijke kaart", null, new DeckPlan(coalition.Naam ?? t.NoHeadline, "HalenBrengen.Office", slides));
    }

    /// <summary>Cells for <paramref name="count"/> segments: columns to suit the count (1 up to 4), rows as needed.</summary>
    internal static IEnumerable<Rect> Grid(Rect area, int count)
    {
        if (count == 0) yield break;
        var columns = count switch { 1 => 1, <= 4 => 2, <= 9 => 3, _ => 4 };
        if (count == 2) columns = 2;
        var rows = (count + columns - 1) / columns;
        var height = (area.Height - PosterTheme.Gap * (rows - 1)) / rows;
        for (var i = 0; i < count; i++)
        {
            var row = i / columns;
            var inRow = Math.Min(columns, count - row * columns);
            var width = (area.Width - PosterTheme.Gap * (inRow - 1)) / inRow;
            var column = i % columns;
            yield return new Rect(area.X + (width + PosterTheme.Gap) * column, area.Y + (height + PosterTheme.Gap) * row, width, height);
        }
    }

    internal static TextElement Header(Coalition coalition, Rect box, DeckTexts t, string? sheet, bool empty)
    {
        var s = coalition.Samenwerking;
        var parts = new List<string> { s.Naam?.Value ?? t.NoHeadline };
        if (s.Datum is { } d) parts.Add(d.Date?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(t.Language == Core.Analysis.Language.Nl ? "nl-NL" : "en-GB")) ?? d.Text);
        if (empty) parts.Add(t.Language == Core.Analysis.Language.Nl ? "werkvel" : "work sheet");
        if (sheet is not null) parts.Add(sheet);
        var paragraph = new TextParagraph([new TextRun(string.Join("  ·  ", parts), true, DeckTheme.Accent)], SpaceBeforeEm: 0);
        return new TextElement(box, [paragraph], TextLayout.LargestFit([paragraph], box, 40, PosterTheme.SmallText) ?? PosterTheme.SmallText,
            DeckTheme.Accent, Anchor: Anchor.Middle, Name: "Kop");
    }

    internal static TextElement Legend(Rect box, DeckTexts t, bool continues)
    {
        var runs = new List<TextRun>
        {
            new("■ " + t.Gets + "   ", true, DeckTheme.Halen), new("■ " + t.Brings + "   ", true, DeckTheme.Brengen),
            new(t.Demand + " = " + (t.Language == Core.Analysis.Language.Nl ? "eis, niet onderhandelbaar" : "not negotiable"), true, DeckTheme.Eis),
        };
        if (continues)
            runs.Add(new TextRun("   →  " + (t.Language == Core.Analysis.Language.Nl ? "vervolg op het volgende vel" : "continued on the next sheet"), true, DeckTheme.Ink));
        var paragraph = new TextParagraph(runs, SpaceBeforeEm: 0);
        return new TextElement(box, [paragraph], TextLayout.LargestFit([paragraph], box, 28, PosterTheme.SmallText) ?? PosterTheme.SmallText,
            DeckTheme.Ink, Anchor: Anchor.Middle, Name: "Legenda");
    }
}
