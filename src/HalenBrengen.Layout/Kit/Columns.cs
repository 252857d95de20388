namespace HalenBrengen.Layout.Kit;

/// <summary>Columns of text side by side, and the one size a set of boxes shares.</summary>
public static class Columns
{
    /// <summary>Column <paramref name="index"/> of <paramref name="count"/> equal columns across a box, with gaps between.</summary>
    public static Rect Of(Rect area, int index, int count, Emu gap)
    {
        var width = (area.Width - gap * (count - 1)) / count;
        return area with { X = area.X + (width + gap) * index, Width = width };
    }

    /// <summary>
    /// The largest whole point size, from <paramref name="maxPt"/> down to <paramref name="minPt"/>, at
    /// which every text fits its box: one size for all, so no box looks more important than another.
    /// Null when even the smallest does not fit them all.
    /// </summary>
    public static double? SharedSize(PlanContext c, IEnumerable<(IReadOnlyList<TextParagraph> Paragraphs, Rect Box)> texts, double maxPt, double minPt)
    {
        var all = texts.ToList();
        return Sizes.Largest(maxPt, minPt, size => all.All(t => c.Text.Fits(t.Paragraphs, t.Box, size)));
    }

    /// <summary>
    /// A page of equal columns side by side under a title, all at the one size they share (the body's largest down to its
    /// smallest), each column an element of <paramref name="name"/>.
    /// </summary>
    public static SlidePlan Page(PlanContext c, string title, IReadOnlyList<IReadOnlyList<TextParagraph>> columns, string notes, string name)
    {
        var frame = Slides.Frame(c, title);
        var boxes = columns.Select((paragraphs, k) => (paragraphs, Of(frame.Body, k, columns.Count, c.Page.Gap))).ToList();
        var size = SharedSize(c, boxes, c.Scale.BodyMax, c.Scale.BodyMin) ?? c.Scale.BodyMin;
        return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title, [.. boxes.Select(b => (SlideElement)new TextElement(b.Item2, b.paragraphs, size, c.Colours.Ink, Name: name))], notes);
    }

    /// <summary>
    /// Columns paged side by side at one size: page k shows page k of every column (balanced, see
    /// <see cref="Pages.Balanced"/>); a column that has run out is empty on the later pages.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<TextParagraph>>> Paged(PlanContext c, 
        IReadOnlyList<(IReadOnlyList<TextParagraph> Paragraphs, Rect Box)> columns, double sizePt) =>
        Side(columns.Select(column => Pages.Balanced(c, column.Paragraphs, column.Box, sizePt)).ToList());

    /// <summary>The same for columns of items of several paragraphs each, every item whole on a page (<see cref="Pages.BalancedItems"/>).</summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<TextParagraph>>> PagedItems(PlanContext c,
        IReadOnlyList<(IReadOnlyList<IReadOnlyList<TextParagraph>> Items, Rect Box)> columns, double sizePt) =>
        Side(columns.Select(column => Pages.BalancedItems(c, column.Items, column.Box, sizePt)).ToList());

    /// <summary>Page k of every column side by side, empty where a column has run out.</summary>
    private static IReadOnlyList<IReadOnlyList<IReadOnlyList<TextParagraph>>> Side(IReadOnlyList<IReadOnlyList<IReadOnlyList<TextParagraph>>> paged)
    {
        var count = paged.Max(p => p.Count);
        return Enumerable.Range(0, count)
            .Select(i => (IReadOnlyList<IReadOnlyList<TextParagraph>>)paged.Select(p => i < p.Count ? p[i] : []).ToList())
            .ToList();
    }
}
