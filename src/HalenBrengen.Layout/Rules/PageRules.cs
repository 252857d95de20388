using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Posters;
using static HalenBrengen.Layout.Rules.DesignRules;

namespace HalenBrengen.Layout.Rules;

/// <summary>The rules every page keeps whatever is on it: text fits, stays on the page and off other elements, and can be read on its colour.</summary>
internal static class PageRules
{
    /// <summary>Text needs 4.5:1 on what it is written on (WCAG 2, 1.4.3); lines that carry meaning 3:1 (1.4.11).</summary>
    public const double TextContrast = 4.5, LineContrast = 3.0;

    public static IEnumerable<Violation> Fits(PresentationPlan plan)
    {
        var c = plan.Context;
        foreach (var (slide, n) in Numbered(plan))
        {
            foreach (var element in slide.Drawn)
            {
                if (element is TextElement text && !c.Text.Fits(text))
                    yield return new(Rule.Fits, n, $"{Name(text)} does not fit its box at {text.FontSizePt} pt");
                if (element is not TableElement table)
                    continue;
                IEnumerable<(IReadOnlyList<string> Cells, bool Header)> rows = [(table.Header, true), .. table.Rows.Select(r => (r, false))];
                foreach (var ((cells, header), r) in rows.Select((x, r) => (x, r)))
                {
                    if (Tables.RowHeight(c, cells, table.ColumnWidths, table.FontSizePt, header) > table.RowHeights[r])
                        yield return new(Rule.Fits, n, $"{Name(table)}: row {r} is lower than its words at {table.FontSizePt} pt");
                }
            }
        }
    }

    public static IEnumerable<Violation> OnPage(PresentationPlan plan)
    {
        var page = new Rect(new Emu(0), new Emu(0), plan.Width, plan.Height);
        var inset = plan.Context.Kind == PlanKind.Poster ? PosterSheet.PrinterMargin : new Emu(0);
        var safe = plan.Context.Kind == PlanKind.Session ? SessionSafe(plan.Context.Page) : new Rect(inset, inset, page.Width - inset - inset, page.Height - inset - inset);
        var where = plan.Context.Kind switch
        {
            PlanKind.Session => " or in the margin a projector may crop",
            _ when inset.Value > 0 => " or in the printer's margin",
            _ => "",
        };
        foreach (var (slide, n) in Numbered(plan))
            foreach (var element in slide.Drawn.Where(e => !safe.Contains(e.Box)))
                yield return new(Rule.OnPage, n, $"{Name(element)} at {element.Box} is off the page{where}");
    }

    /// <summary>
    /// Where a projected slide's shapes stay: a projector's overscan crops its edges. The margins every content
    /// slide keeps: the page margin left and right, and above and below as far as the title's top.
    /// </summary>
    public static Rect SessionSafe(Page page) =>
        new(page.Margin, page.Title.Top, page.Width - page.Margin - page.Margin, page.Height - page.Title.Top - page.Title.Top);

    public static IEnumerable<Violation> NoOverlap(PresentationPlan plan)
    {
        foreach (var (slide, n) in Numbered(plan))
        {
            var shapes = slide.Drawn.Where(e => e is not LineElement).ToList();
            for (var i = 0; i < shapes.Count; i++)
                for (var j = i + 1; j < shapes.Count; j++)
                    if (shapes[i].Box.Overlaps(shapes[j].Box))
                        yield return new(Rule.NoOverlap, n, $"{Name(shapes[i])} and {Name(shapes[j])} overlap");
        }
    }

    public static IEnumerable<Violation> Contrast(PresentationPlan plan)
    {
        foreach (var (slide, n) in Numbered(plan))
        {
            var page = slide.Background ?? plan.Look.Palette.Background;
            foreach (var element in slide.Drawn)
            {
                IEnumerable<(string Colour, string Surface, string What)> pairs = element switch
                {
                    TextElement t => t.Paragraphs.SelectMany(p => p.Runs).Where(r => r.Text.Trim().Length > 0)
                        .Select(r => (r.Color ?? t.TextColor, t.Fill ?? page, $"{Name(t)}: '{Short(r.Text)}'")),
                    TableElement t => [(t.Style.HeaderText, t.Style.HeaderFill, $"{Name(t)} header"), (t.Style.BodyText, t.Style.BodyFill, $"{Name(t)} rows"),
                        (t.Style.BodyText, t.Style.BandFill, $"{Name(t)} banded rows"),
                        .. t.CellFills.Select(f => (t.TextColorOf(f.Key.Row, f.Key.Column), f.Value, $"{Name(t)} cell {f.Key.Row},{f.Key.Column}"))],
                    ChartElement ch => [(ch.TextColor, page, Name(ch)), .. ch.Series.Select(s => (s.Color, page, $"{Name(ch)} series '{s.Name}'"))],
                    _ => [],
                };
                foreach (var (colour, surface, what) in pairs)
                {
                    var least = element is ChartElement && what.Contains("series", StringComparison.Ordinal) ? LineContrast : TextContrast;
                    if (Style.Contrast.Ratio(colour, surface) < least)
                        yield return new(Rule.Contrast, n, $"{what}: #{colour} on #{surface} has {Style.Contrast.Ratio(colour, surface):F2}:1");
                }
                if (element is LineElement line && Style.Contrast.Ratio(line.Color, page) < LineContrast)
                    yield return new(Rule.Contrast, n, $"{Name(line)}: #{line.Color} on #{page} has {Style.Contrast.Ratio(line.Color, page):F2}:1");
            }
        }
    }
}
