namespace HalenBrengen.Layout.Kit;

/// <summary>
/// Spreads what does not fit one slide over the fewest slides, evenly as far as whole items allow: an item is
/// never cut to fill a page, and a continued list or table does not end in a slide with one item on it
/// while the slide before is half empty, when moving whole items evens them out.
/// </summary>
public static class Pages
{
    /// <summary>
    /// A continued page is at least this full (of its box's height) whenever whole items allow it: a table's
    /// rows are spread to it; a list of items keeps them whole first.
    /// </summary>
    public const double MinimumFill = 0.4;

    /// <summary>
    /// Where each page starts, for items of these heights in pages of this capacity: as many pages as
    /// filling them one after the other needs, with the items spread so that the emptiest page is as full
    /// as it can be (and no page over capacity). Items keep their order and are never split here.
    /// </summary>
    public static IReadOnlyList<int> Starts(IReadOnlyList<double> heights, double capacity)
    {
        if (heights.Count == 0)
            return [0];
        var greedy = Greedy(heights, capacity);
        if (greedy.Count == 1)
            return [0];
        var prefix = new double[heights.Count + 1];
        for (var i = 0; i < heights.Count; i++)
            prefix[i + 1] = prefix[i] + heights[i];
        if (greedy.Count > BalancedPages)
        {
            // A long run of pages: filled one after the other, only the last few evened out. Each full page is
            // within one item of full, and balancing thousands of pages as one would cost far more than it shows.
            var head = greedy.Take(greedy.Count - BalancedPages).ToList();
            var from = greedy[^BalancedPages];
            var tail = Balance(prefix[from..].Select(v => v - prefix[from]).ToArray(), BalancedPages, capacity);
            return tail is null ? greedy : [.. head, .. tail.Select(t => t + from)];
        }
        return Balance(prefix, greedy.Count, capacity) ?? greedy;
    }

    /// <summary>How many pages are evened out as one; more pages are filled in turn and only the last this many evened.</summary>
    public const int BalancedPages = 6;

    /// <summary>The starts for exactly this many pages that make the emptiest page as full as it can be, or null.</summary>
    private static IReadOnlyList<int>? Balance(double[] prefix, int pages, double capacity)
    {
        IReadOnlyList<int>? best = null;
        double low = 0, high = prefix[^1] / pages;
        for (var round = 0; round < 40 && high - low > 0.01; round++)
        {
            var middle = (low + high) / 2;
            if (Split(prefix, pages, middle, capacity) is { } starts)
            {
                best = starts;
                low = middle;
            }
            else
                high = middle;
        }
        return best ?? Split(prefix, pages, 0, capacity);
    }

    /// <summary>
    /// A split into exactly <paramref name="pages"/> pages, each between <paramref name="least"/> and
    /// <paramref name="capacity"/> high, or null. Reachability page by page; the items a page may start
    /// at form a window that only moves forward, so each page costs one pass.
    /// </summary>
    private static IReadOnlyList<int>? Split(double[] prefix, int pages, double least, double capacity)
    {
        var n = prefix.Length - 1;
        var from = new int[pages + 1][];
        var reach = new bool[n + 1];
        reach[0] = true;
        for (var k = 1; k <= pages; k++)
        {
            var next = new bool[n + 1];
            from[k] = new int[n + 1];
            int lo = 0, last = -1;
            for (var j = 1; j <= n; j++)
            {
                // Starts i with least <= prefix[j] - prefix[i] <= capacity.
                while (lo < j && prefix[j] - prefix[lo] > capacity + 1e-9) lo++;
                for (var i = Math.Max(lo, last + 1); i < j && prefix[j] - prefix[i] >= least - 1e-9; i++)
                {
                    if (reach[i]) last = i;
                }
                if (last >= lo && last >= 0 && prefix[j] - prefix[last] >= least - 1e-9 && prefix[j] - prefix[last] <= capacity + 1e-9)
                {
                    next[j] = true;
                    from[k][j] = last;
                }
            }
            reach = next;
        }
        if (!reach[n])
            return null;
        var starts = new int[pages];
        for (int k = pages, j = n; k >= 1; k--)
        {
            j = from[k][j];
            starts[k - 1] = j;
        }
        return starts;
    }

    private static List<int> Greedy(IReadOnlyList<double> heights, double capacity)
    {
        var starts = new List<int> { 0 };
        double used = 0;
        for (var i = 0; i < heights.Count; i++)
        {
            if (used > 0 && used + heights[i] > capacity + 1e-9)
            {
                starts.Add(i);
                used = 0;
            }
            used += heights[i];
        }
        return starts;
    }

    /// <summary>The items cut into pages at the given starts.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Cut<T>(IReadOnlyList<T> items, IReadOnlyList<int> starts) =>
        starts.Select((start, i) => (IReadOnlyList<T>)items.Skip(start).Take((i + 1 < starts.Count ? starts[i + 1] : items.Count) - start).ToList()).ToList();

    /// <summary>
    /// Paragraphs over as few boxes as they need at one size, each paragraph (an item) whole on one page, the
    /// pages then balanced as far as whole items allow: a page may be emptier rather than cut an item
    /// (CONVENTIONS, second round, move 2). Only an item that alone is taller than a page is cut, at the end
    /// of a sentence, its pieces after the first marked "(vervolg)" (<see cref="ContinuedMark"/>) and hanging
    /// where its text does.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TextParagraph>> Balanced(PlanContext c, IReadOnlyList<TextParagraph> paragraphs, Rect box, double sizePt) =>
        BalancedItems(c, paragraphs.Select(p => (IReadOnlyList<TextParagraph>)[p]).ToList(), box, sizePt);

    /// <summary>
    /// The same for items of several paragraphs each (an item and its detail, a label and its text), kept
    /// together on one page. An item taller than a page falls apart into its paragraphs, each cut as above.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TextParagraph>> BalancedItems(PlanContext c, IReadOnlyList<IReadOnlyList<TextParagraph>> items, Rect box, double sizePt)
    {
        var all = items.SelectMany(i => i).ToList();
        if (c.Text.Fits(all, box, sizePt))
            return [all];
        var capacity = TextLayout.Inner(box.Height, TextLayout.InsetY);
        var mark = ContinuedMark(c);
        var units = items.SelectMany(item => c.Text.Fits(item, box, sizePt) ? [item]
            : c.Text.SplitTall(item, box, sizePt, mark).Select(p => (IReadOnlyList<TextParagraph>)[p])).ToList();
        var width = TextLayout.Inner(box.Width, TextLayout.InsetX);
        var heights = units.Select((u, i) => c.Text.Height(u, width, sizePt) + (i == 0 ? 0 : u[0].SpaceBeforeEm * u[0].SizeIn(sizePt))).ToList();
        var pages = Cut(units, Starts(heights, capacity)).Select(page => (IReadOnlyList<TextParagraph>)page.SelectMany(u => u).ToList());
        // The first paragraph of a page has no space before it, so a page measured as a whole is never taller than planned.
        return pages.SelectMany(page => c.Text.Fits(page, box, sizePt) ? [page] : c.Text.Paginate(page, box, sizePt, mark)).ToList();
    }

    /// <summary>What starts the piece of an item continued from the page before: "(vervolg)", muted, in the context's language.</summary>
    public static TextRun ContinuedMark(PlanContext c) => new(c.Words.Session.ContinuedItem, false, c.Colours.Muted);

    /// <summary>How full a box is with these paragraphs, as a share of its inner height.</summary>
    public static double Fill(PlanContext c, IReadOnlyList<TextParagraph> paragraphs, Rect box, double sizePt) =>
        c.Text.Height(paragraphs, TextLayout.Inner(box.Width, TextLayout.InsetX), sizePt) / TextLayout.Inner(box.Height, TextLayout.InsetY);
}
