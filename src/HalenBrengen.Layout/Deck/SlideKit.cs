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

    /// <summary>
    /// A summary's shortened form of a partner's text, cut at a word boundary and marked with "…". Only
    /// used where the full text stands elsewhere in the deck (on the partner's own slides).
    /// </summary>
    public static string Shorten(string text, int max)
    {
        var flat = text.Replace('\n', ' ');
        if (flat.Length <= max)
            return flat;
        var cut = flat.LastIndexOf(' ', max - 1);
        return flat[..(cut > max / 2 ? cut : max - 1)].TrimEnd(' ', ',', ';', ':', '.') + "…";
    }

    /// <summary>Items summarised by Soort, most frequent first: "Kennis en expertise (3), Overig (1)".</summary>
    public static string BySoort(IReadOnlyList<Core.Model.Item> items, DeckTexts t)
    {
        if (items.Count == 0)
            return t.NothingYet;
        var groups = items.GroupBy(i => i.Soort?.Value is { } s ? Core.Model.ValueLists.Label(s) : "–")
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ({g.Count()})");
        var eisen = items.Count(i => i.IsEis);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, t.ItemsCount, items.Count)
            + (eisen > 0 ? $", {eisen} {t.Demand}" : "") + ": " + string.Join(", ", groups);
    }

    /// <summary>Demands (eisen) first, then wishes, each in the partner's order: how every view lists halen.</summary>
    public static IEnumerable<Core.Model.Item> DemandsFirst(IReadOnlyList<Core.Model.Item> items) =>
        items.Where(i => i.IsEis).Concat(items.Where(i => !i.IsEis));

    /// <summary>
    /// An item as a bullet: its tag (EIS) in words and colour, its text, and a muted detail (size,
    /// explanation) on a line of its own or, where room is scarce, in brackets after it.
    /// </summary>
    public static TextParagraph ItemBullet(Core.Model.Item item, string? tag, string? detail, bool inline, double spaceBeforeEm)
    {
        var runs = new List<TextRun>();
        if (tag is not null)
            runs.Add(new TextRun(tag + " ", true, DeckTheme.Eis));
        runs.Add(new TextRun(item.Text.Value));
        if (!string.IsNullOrEmpty(detail))
            runs.Add(new TextRun(inline ? " (" + detail + ")" : "\n" + detail, false, DeckTheme.Muted));
        return new TextParagraph(runs, Bullet: true, SpaceBeforeEm: spaceBeforeEm);
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
