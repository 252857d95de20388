namespace HalenBrengen.Layout.Deck;

/// <summary>
/// Plans a native table: every row's height measured from its wrapped text, the largest size (down to
/// the minimum) at which the whole table fits one slide, or else pages at a readable size, the header
/// repeated on each. A row taller than a whole page is split between lines over continuation rows.
/// </summary>
public static class TablePlanner
{
    public const double PageSize = 14;

    public static IReadOnlyList<TableElement> Plan(Rect box, IReadOnlyList<double> shares, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, double maxPt = 16, double minPt = DeckTheme.BodyMin, string? name = null)
    {
        var widths = Widths(box.Width, shares);
        for (var size = maxPt; size >= minPt; size -= 1)
        {
            var heights = rows.Select(r => RowHeight(r, widths, size, bold: false)).ToList();
            var headerHeight = RowHeight(header, widths, size, bold: true);
            if (headerHeight + heights.Aggregate(Emu.FromPt(0), (a, b) => a + b) <= box.Height)
                return [Element(box, widths, header, rows, [headerHeight, .. heights], size, name)];
        }
        return Paginate(box, widths, header, rows, Math.Max(minPt, Math.Min(PageSize, maxPt)), name);
    }

    private static List<TableElement> Paginate(Rect box, IReadOnlyList<Emu> widths, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, double size, string? name)
    {
        var headerHeight = RowHeight(header, widths, size, bold: true);
        var room = box.Height - headerHeight;
        var pages = new List<TableElement>();
        var pageRows = new List<IReadOnlyList<string>>();
        var pageHeights = new List<Emu>();
        var used = Emu.FromPt(0);
        foreach (var row in rows.SelectMany(r => SplitTallRow(r, widths, size, room)))
        {
            var height = RowHeight(row, widths, size, bold: false);
            if (used + height > room && pageRows.Count > 0)
            {
                pages.Add(Element(box, widths, header, pageRows, [headerHeight, .. pageHeights], size, name));
                pageRows = [];
                pageHeights = [];
                used = Emu.FromPt(0);
            }
            pageRows.Add(row);
            pageHeights.Add(height);
            used += height;
        }
        if (pageRows.Count > 0 || pages.Count == 0)
            pages.Add(Element(box, widths, header, pageRows, [headerHeight, .. pageHeights], size, name));
        return pages;
    }

    /// <summary>A row whose text is taller than a page continues in rows below it, split between lines.</summary>
    private static IEnumerable<IReadOnlyList<string>> SplitTallRow(IReadOnlyList<string> row, IReadOnlyList<Emu> widths, double size, Emu room)
    {
        if (RowHeight(row, widths, size, bold: false) <= room)
        {
            yield return row;
            yield break;
        }
        var pieces = row.Select((text, c) => TextLayout.Paginate([new TextParagraph(text)],
                new Rect(Emu.FromPt(0), Emu.FromPt(0), widths[c], room - Emu.FromPt(2)), size)
            .Select(page => string.Join(" ", page.Select(p => p.Text))).ToList()).ToList();
        var count = pieces.Max(p => p.Count);
        for (var i = 0; i < count; i++)
            yield return pieces.Select(p => i < p.Count ? p[i] : string.Empty).ToList();
    }

    public static Emu RowHeight(IReadOnlyList<string> cells, IReadOnlyList<Emu> widths, double size, bool bold)
    {
        double tallest = 0;
        for (var c = 0; c < cells.Count; c++)
        {
            var inner = TextLayout.Inner(widths[c], TextLayout.InsetX);
            tallest = Math.Max(tallest, TextLayout.Height([new TextParagraph([new TextRun(cells[c], bold)], SpaceBeforeEm: 0)], inner, size));
        }
        // Insets above and below, and a little air so renderers that round up do not grow the row.
        return Emu.FromPt(tallest) + TextLayout.InsetY + TextLayout.InsetY + Emu.FromPt(2);
    }

    public static IReadOnlyList<Emu> Widths(Emu total, IReadOnlyList<double> shares)
    {
        var sum = shares.Sum();
        var widths = shares.Select(s => total * (s / sum)).ToList();
        widths[^1] = total - widths.Take(widths.Count - 1).Aggregate(Emu.FromPt(0), (a, b) => a + b);
        return widths;
    }

    private static TableElement Element(Rect box, IReadOnlyList<Emu> widths, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<Emu> heights, double size, string? name) =>
        new(box with { Height = heights.Aggregate(Emu.FromPt(0), (a, b) => a + b) }, widths, header, rows, heights, size, name);
}

/// <summary>A list of paragraphs in a box: one page at the largest size that fits, or pages at the minimum.</summary>
public static class ListPlanner
{
    public static IReadOnlyList<(IReadOnlyList<TextParagraph> Paragraphs, double Size)> Plan(Rect box, IReadOnlyList<TextParagraph> paragraphs,
        double maxPt = DeckTheme.BodyMax, double minPt = DeckTheme.BodyMin)
    {
        if (TextLayout.LargestFit(paragraphs, box, maxPt, minPt) is { } size)
            return [(paragraphs, size)];
        return TextLayout.Paginate(paragraphs, box, minPt).Select(page => (page, minPt)).ToList();
    }
}
