namespace HalenBrengen.Layout.Kit;

/// <summary>
/// Plans native tables: every row's height measured from its wrapped text; the largest size (down to
/// the minimum) at which the whole table fits its box; else pages at the minimum, balanced, the header
/// repeated on each. A row taller than a whole page is split between lines over continuation rows.
/// </summary>
public static class Tables
{
    /// <param name="carry">
    /// How many leading columns name a group that later rows leave empty (a want, then its offers): a
    /// page that starts inside a group repeats them, so no page starts with rows of unknown belonging.
    /// </param>
    public static IReadOnlyList<TableElement> Plan(PlanContext c, Rect box, IReadOnlyList<double> shares, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, double maxPt, double minPt, string? name = null, TableStyle? style = null, int carry = 0)
    {
        var widths = Widths(box.Width, shares);
        var look = style ?? c.Table;
        IReadOnlyList<Emu> Heights(double size) => [RowHeight(c, header, widths, size, bold: true), .. rows.Select(r => RowHeight(c, r, widths, size, bold: false))];
        if (Sizes.Largest(maxPt, minPt, size => Sum(Heights(size)) <= box.Height) is { } fits)
            return [Element(box, widths, header, rows, Heights(fits), fits, look, name)];
        return Paginate(c, box, widths, header, rows, minPt, look, name, carry);
    }

    private static List<TableElement> Paginate(PlanContext c, Rect box, IReadOnlyList<Emu> widths, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, double size, TableStyle style, string? name, int carry)
    {
        var headerHeight = RowHeight(c, header, widths, size, bold: true);
        var room = box.Height - headerHeight;
        var split = rows.SelectMany(r => SplitTallRow(c, r, widths, size, room)).ToList();
        var heights = split.Select(r => RowHeight(c, r, widths, size, bold: false)).ToList();
        var starts = Pages.Starts(heights.Select(h => (double)h.Value).ToList(), room.Value);
        var pages = Pages.Cut(split, starts).Select(p => p.ToList()).ToList();
        if (carry > 0)
            Carry(c, pages, split, widths, size, room, carry);
        return pages.Select(page => Element(box, widths, header, page,
            [headerHeight, .. page.Select(r => RowHeight(c, r, widths, size, bold: false))], size, style, name)).ToList();
    }

    /// <summary>
    /// A page that starts inside a group gets the group's leading cells repeated in its first row; rows
    /// that then no longer fit move on to the next page.
    /// </summary>
    private static void Carry(PlanContext c, List<List<IReadOnlyList<string>>> pages, IReadOnlyList<IReadOnlyList<string>> all, IReadOnlyList<Emu> widths,
        double size, Emu room, int carry)
    {
        IReadOnlyList<string>? group = null;
        for (var p = 0; p < pages.Count; p++)
        {
            if (p > 0 && pages[p].Count > 0 && group is not null && pages[p][0].Take(carry).All(c => c.Length == 0))
                pages[p][0] = [.. group.Take(carry), .. pages[p][0].Skip(carry)];
            while (pages[p].Count > 1 && Sum(pages[p].Select(r => RowHeight(c, r, widths, size, bold: false))) > room)
            {
                if (p + 1 == pages.Count) pages.Add([]);
                var last = pages[p][^1];
                pages[p].RemoveAt(pages[p].Count - 1);
                pages[p + 1].Insert(0, last);
            }
            foreach (var row in pages[p].Where(r => r.Take(carry).Any(c => c.Length > 0)))
                group = row;
        }
    }

    /// <summary>A row whose text is taller than a page continues in rows below it, split between lines.</summary>
    private static IEnumerable<IReadOnlyList<string>> SplitTallRow(PlanContext c, IReadOnlyList<string> row, IReadOnlyList<Emu> widths, double size, Emu room)
    {
        if (RowHeight(c, row, widths, size, bold: false) <= room)
        {
            yield return row;
            yield break;
        }
        var pieces = row.Select((text, k) => c.Text.Paginate([new TextParagraph(text)],
                new Rect(Emu.FromPt(0), Emu.FromPt(0), widths[k], room - Emu.FromPt(2)), size)
            .Select(page => string.Join(" ", page.Select(p => p.Text))).ToList()).ToList();
        var count = pieces.Max(p => p.Count);
        for (var i = 0; i < count; i++)
            yield return pieces.Select(p => i < p.Count ? p[i] : string.Empty).ToList();
    }

    public static Emu RowHeight(PlanContext c, IReadOnlyList<string> cells, IReadOnlyList<Emu> widths, double size, bool bold)
    {
        double tallest = 0;
        for (var k = 0; k < cells.Count; k++)
        {
            var inner = TextLayout.Inner(widths[k], TextLayout.InsetX);
            tallest = Math.Max(tallest, c.Text.Height([new TextParagraph([new TextRun(cells[k], bold)], SpaceBeforeEm: 0)], inner, size));
        }
        // Insets above and below, and a little air so renderers that round up do not grow the row.
        return Emu.FromPt(tallest) + TextLayout.InsetY + TextLayout.InsetY + Emu.FromPt(2);
    }

    public static IReadOnlyList<Emu> Widths(Emu total, IReadOnlyList<double> shares)
    {
        var sum = shares.Sum();
        var widths = shares.Select(s => total * (s / sum)).ToList();
        widths[^1] = total - Sum(widths.Take(widths.Count - 1));
        return widths;
    }

    private static Emu Sum(IEnumerable<Emu> lengths) => lengths.Aggregate(new Emu(0), (a, b) => a + b);

    private static TableElement Element(Rect box, IReadOnlyList<Emu> widths, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<Emu> heights, double size, TableStyle style, string? name) =>
        new(box with { Height = Sum(heights) }, widths, header, rows, heights, size, style, name);
}

/// <summary>A list of paragraphs in a box: one page at the largest size that fits, or balanced pages at the minimum.</summary>
public static class Lists
{
    public static IReadOnlyList<(IReadOnlyList<TextParagraph> Paragraphs, double Size)> Plan(PlanContext c, Rect box, IReadOnlyList<TextParagraph> paragraphs,
        double maxPt, double minPt)
    {
        if (c.Text.LargestFit(paragraphs, box, maxPt, minPt) is { } size)
            return [(paragraphs, size)];
        return Pages.Balanced(c, paragraphs, box, minPt).Select(page => (page, minPt)).ToList();
    }
}
