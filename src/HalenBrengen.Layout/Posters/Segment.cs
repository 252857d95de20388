using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Deck;

namespace HalenBrengen.Layout.Posters;

/// <summary>
/// One partner's segment on a poster: a name bar (at least 36 pt) over a panel with its interest,
/// what it wants to get and what it brings. On the work sheet the panel is two empty, labelled fields.
/// </summary>
internal static class Segment
{
    public sealed record Content(IReadOnlyList<TextParagraph> Body, bool Empty);

    public static Content Of(Partner partner, DeckTexts t, bool empty, bool full = false)
    {
        if (empty)
            return new Content([], true);
        var body = new List<TextParagraph>();
        if (partner.Kaart?.EigenBelang is { } belang)
            body.Add(new TextParagraph([new TextRun(t.Interest + ": ", true, DeckTheme.Muted), new TextRun(belang.Value, false, DeckTheme.Muted)], SpaceBeforeEm: 0));
        if (full && partner.Kaart?.GezamenlijkBelang is { } gezamenlijk)
            body.Add(new TextParagraph([new TextRun(t.SharedInterest + ": ", true, DeckTheme.Muted), new TextRun(gezamenlijk.Value, false, DeckTheme.Muted)]));
        if (partner.Kaart is null)
            body.Add(new TextParagraph([new TextRun(t.NoCard, false, DeckTheme.Muted)], SpaceBeforeEm: 0));
        body.Add(new TextParagraph([new TextRun(t.Gets, true, DeckTheme.Halen)], SpaceBeforeEm: body.Count == 0 ? 0 : 0.6));
        foreach (var item in SlideKit.DemandsFirst(partner.Halen))
            body.Add(SlideKit.ItemBullet(item, item.IsEis ? t.Demand : null, full ? item.Toelichting?.Value : null, inline: true, 0.25));
        if (partner.Halen.Count == 0)
            body.Add(new TextParagraph([new TextRun(t.NothingYet, false, DeckTheme.Muted)], SpaceBeforeEm: 0.2));
        body.Add(new TextParagraph([new TextRun(t.Brings, true, DeckTheme.Brengen)], SpaceBeforeEm: 0.6));
        foreach (var item in partner.Brengen)
            body.Add(SlideKit.ItemBullet(item, null, string.Join(" · ", new[] { item.Omvang?.Value, full ? item.Toelichting?.Value : null }.Where(s => !string.IsNullOrEmpty(s))), inline: true, 0.25));
        if (partner.Brengen.Count == 0)
            body.Add(new TextParagraph([new TextRun(t.NothingYet, false, DeckTheme.Muted)], SpaceBeforeEm: 0.2));
        return new Content(body, false);
    }

    /// <summary>The name bar's height and size: one line at 48 down to 36 pt, else as many lines as 36 pt needs.</summary>
    public static (Emu Height, double Size) NameBar(string name, Emu width)
    {
        var paragraph = new TextParagraph([new TextRun(name, true)], SpaceBeforeEm: 0);
        var inner = TextLayout.Inner(width, TextLayout.InsetX);
        for (var size = PosterTheme.NameMax; size >= PosterTheme.NameMin; size -= 2)
        {
            if (TextLayout.LineCount(paragraph, inner, size) == 1)
                return (Bar(1, size), size);
        }
        return (Bar(TextLayout.LineCount(paragraph, inner, PosterTheme.NameMin), PosterTheme.NameMin), PosterTheme.NameMin);
    }

    private static Emu Bar(int lines, double size) =>
        Emu.FromPt(lines * Fonts.FontMetrics.Regular.LineHeight(size)) + TextLayout.InsetY + TextLayout.InsetY + Emu.FromPt(4);

    public static Rect BodyBox(string name, Rect cell) => Below(cell, NameBar(name, cell.Width).Height);

    private static Rect Below(Rect cell, Emu bar) => cell with { Y = cell.Y + bar, Height = cell.Height - bar };

    /// <summary>
    /// Sheets of segment bodies: one sheet at the largest item size (36 down to 16 pt) at which every
    /// segment fits, the same size for all; else every body paged at 16 pt over as many sheets as needed.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<(IReadOnlyList<TextParagraph> Paragraphs, double Size, bool Empty)>> Fit(
        IReadOnlyList<Rect> bodies, IReadOnlyList<Content> contents)
    {
        for (var size = PosterTheme.ItemLargest; size >= PosterTheme.ItemMin; size -= 1)
        {
            if (Enumerable.Range(0, contents.Count).All(i => contents[i].Empty || TextLayout.Fits(contents[i].Body, bodies[i], size)))
                return [contents.Select(c => (c.Body, size, c.Empty)).ToList()];
        }
        var paged = contents.Select((c, i) => c.Empty ? [c.Body] : TextLayout.Paginate(c.Body, bodies[i], PosterTheme.ItemMin)).ToList();
        var sheets = paged.Max(p => p.Count);
        return Enumerable.Range(0, sheets).Select(s => (IReadOnlyList<(IReadOnlyList<TextParagraph>, double, bool)>)contents
            .Select((c, i) => (s < paged[i].Count ? paged[i][s] : (IReadOnlyList<TextParagraph>)[], PosterTheme.ItemMin, c.Empty)).ToList()).ToList();
    }

    public static IEnumerable<SlideElement> Elements(string name, Rect cell, (IReadOnlyList<TextParagraph> Paragraphs, double Size, bool Empty) body, DeckTexts t)
    {
        var (barHeight, nameSize) = NameBar(name, cell.Width);
        var bar = cell with { Height = barHeight };
        yield return new TextElement(bar, [new TextParagraph([new TextRun(name, true, "FFFFFF")], SpaceBeforeEm: 0)], nameSize, "FFFFFF", DeckTheme.Accent, Anchor.Middle, Name: name);
        var panel = Below(cell, barHeight);
        if (!body.Empty)
        {
            yield return new TextElement(panel, body.Paragraphs, body.Size, DeckTheme.Ink, DeckTheme.Light, Name: name + " inhoud");
            yield break;
        }
        var half = panel with { Height = panel.Height / 2 };
        var label = (string text, string color) => new TextParagraph([new TextRun(text, true, color)], SpaceBeforeEm: 0);
        yield return new TextElement(half, [label(t.Gets, DeckTheme.Halen)], PosterTheme.ItemMax, DeckTheme.Ink, DeckTheme.HalenLight, Name: name + " halen");
        yield return new TextElement(half with { Y = half.Bottom, Height = panel.Height - half.Height }, [label(t.Brings, DeckTheme.Brengen)], PosterTheme.ItemMax,
            DeckTheme.Ink, DeckTheme.BrengenLight, Name: name + " brengen");
    }
}
