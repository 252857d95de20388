namespace HalenBrengen.Layout.Deck;

/// <summary>Shared ways of turning planned pages into slides.</summary>
internal static class SlideKit
{
    public static string PageTitle(string title, int page, int pages, DeckTexts t) =>
        pages <= 1 ? title : page == 0 ? title : $"{title} ({t.Continued} {page + 1}/{pages})";

    public static IEnumerable<SlidePlan> Tables(string title, IReadOnlyList<TableElement> pages, string notes, DeckTexts t,
        SlideElement? extra = null) =>
        pages.Select((table, i) => new SlidePlan(SlideLayoutKind.Inhoud, PageTitle(title, i, pages.Count, t),
            extra is null || i > 0 ? [table] : [table, extra], notes));

    public static IEnumerable<SlidePlan> List(string title, Rect box, IReadOnlyList<TextParagraph> paragraphs, string notes, DeckTexts t,
        double maxPt = DeckTheme.BodyMax)
    {
        var pages = ListPlanner.Plan(box, paragraphs, maxPt);
        return pages.Select((page, i) => new SlidePlan(SlideLayoutKind.Inhoud, PageTitle(title, i, pages.Count, t),
            [new TextElement(box, page.Paragraphs, page.Size, DeckTheme.Ink)], notes));
    }

    /// <summary>
    /// Columns of text that share one size: the largest at which every column fits; else each column is
    /// paged at the minimum and the slides show page k of every column side by side.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<(IReadOnlyList<TextParagraph> Paragraphs, double Size)>> Columns(
        IReadOnlyList<(Rect Box, IReadOnlyList<TextParagraph> Paragraphs)> columns, double maxPt = DeckTheme.BodyMax)
    {
        for (var size = maxPt; size >= DeckTheme.BodyMin; size -= 1)
        {
            if (columns.All(c => TextLayout.Fits(c.Paragraphs, c.Box, size)))
                return [columns.Select(c => (c.Paragraphs, size)).ToList()];
        }
        var paged = columns.Select(c => TextLayout.Paginate(c.Paragraphs, c.Box, DeckTheme.BodyMin)).ToList();
        var count = paged.Max(p => p.Count);
        return Enumerable.Range(0, count)
            .Select(i => (IReadOnlyList<(IReadOnlyList<TextParagraph>, double)>)paged
                .Select(p => (i < p.Count ? p[i] : (IReadOnlyList<TextParagraph>)[], DeckTheme.BodyMin)).ToList())
            .ToList();
    }

    /// <summary>A coloured label above a column, its text white or ink as the fill asks.</summary>
    public static TextElement Label(Rect box, string text, string fill, string color) =>
        new(box, [new TextParagraph([new TextRun(text, true)], SpaceBeforeEm: 0)],
            TextLayout.LargestFit([new TextParagraph([new TextRun(text, true)], SpaceBeforeEm: 0)], box, 18, DeckTheme.BodyMin) ?? DeckTheme.BodyMin,
            color, fill, Anchor.Middle);

    public static Rect Column(Rect body, int index, int count, Emu gap, Emu top, Emu bottomReserve)
    {
        var width = (body.Width - gap * (count - 1)) / count;
        return new Rect(body.X + (width + gap) * index, body.Y + top, width, body.Height - top - bottomReserve);
    }
}
