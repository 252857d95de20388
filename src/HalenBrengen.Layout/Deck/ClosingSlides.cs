using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// Who does what, and the close with the next steps. The table is always there, since agreeing who takes
/// on what is part of every session. It reads as a worksheet: a row per partner in the order of the round and one
/// for what they do together, every activity and time cell the same empty light field to write in (the krachtenveld's
/// proposals are the facilitator's, in the briefing: never in this file, which the partners may be given); nothing else is shaded (no banding), every row as tall where the page holds it.
/// </summary>
internal static class ClosingSlides
{
    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, SessionTexts t) => Activities(c, coalition, t).Concat(Close(c, t));

    private static IEnumerable<SlidePlan> Activities(PlanContext c, Coalition coalition, SessionTexts t)
    {
        // One row per partner in the order of the round, then one for what they do together, every row the same empty
        // line: the room does not see who has done its homework.
        var rows = coalition.Partners.Select(p => (IReadOnlyList<string>)[p.Naam, "", ""]).Append([t.Together, "", ""]).ToList();
        var frame = Slides.Frame(c, t.ActivitiesTitle);
        var style = c.Table with { BandFill = c.Table.BodyFill };
        // The parties' column as wide as their names need at the size the table is set in (at most its old share): the largest size at
        // which every name keeps to one line in it and the table, its column measured for that size, is set at that size; else the smallest.
        var names = rows.Select(r => r[0]).ToList();
        double NameAt(double size) => NameShare(c, names, t.ActivityHeaders[0], frame.Body, size);
        IReadOnlyList<TableElement> At(double size) => Tables.Plan(c, frame.Body, Shares(NameAt(size)), t.ActivityHeaders, rows, size, c.Scale.TableMin,
            c.Words.Shapes.Activities, style);
        var pages = Enumerable.Range(0, (int)(c.Scale.TableMax - c.Scale.TableMin) + 1).Select(d => c.Scale.TableMax - d).Where(size => NameAt(size) <= MostName)
            .Select(size => (Size: size, Pages: At(size))).FirstOrDefault(x => x.Pages[0].FontSizePt >= x.Size - 1e-9 || x.Pages.Count > 1).Pages
            ?? At(c.Scale.TableMin);
        var tallest = OpenRowHeight(c, pages, frame.Body);
        return pages.Select((table, i) => new SlidePlan(SlideLayoutKind.Inhoud,
            i == 0 ? frame.Title : Slides.Frame(c, Slides.Continued(t.ActivitiesTitle, i, t.Continued)).Title, [Fields(c, table, frame.Body, tallest) with { Centred = true }], t.ActivitiesNotes));
    }

    /// <summary>The shares of the page the columns are laid out in: the parties' at most as wide as it was.</summary>
    private const double Total = 8.8, Time = 1.3, MostName = 3.4;

    /// <summary>The share the parties' longest name (or the column's header) needs at this size.</summary>
    private static double NameShare(PlanContext c, IEnumerable<string> names, string header, Rect body, double size) =>
        Total * (Emu.FromPt(names.Select(n => c.Text.Regular.Width(n, size)).Append(c.Text.Bold.Width(header, size)).Max() * 1.08)
            + TextLayout.InsetX + TextLayout.InsetX).Value / body.Width.Value;

    /// <summary>The columns' shares: the parties' as given (at most its old share), the time's a date's, the activity all the rest.</summary>
    private static double[] Shares(double name) => [Math.Min(MostName, name), Total - Math.Min(MostName, name) - Time, Time];

    /// <summary>
    /// The table with every empty activity or time cell as a light field to write in (rows from 1, columns 1 and 2),
    /// and every partner's open row as tall as <paramref name="tallest"/> (equal room to write for each, see OpenRowHeight) while the page holds it.
    /// </summary>
    private static TableElement Fields(PlanContext c, TableElement table, Rect body, Emu tallest)
    {
        var fills = table.Rows.SelectMany((row, r) => Enumerable.Range(1, row.Count - 1).Select(k => (r + 1, k)))
            .ToDictionary(x => x, _ => c.Colours.Light);
        var open = Open(table).ToHashSet();
        var heights = table.RowHeights.Select((h, r) => open.Contains(r) ? tallest : h).ToList();
        var total = heights.Aggregate(new Emu(0), (a, b) => a + b);
        return total <= body.Height ? table with { CellFills = fills, RowHeights = heights, Box = table.Box with { Height = total } } : table with { CellFills = fills };
    }

    /// <summary>
    /// How tall every open row is: the tallest open row's words and one more line to write on, or less where a
    /// page holds no more (never less than the tallest's words: then the page keeps its own heights).
    /// </summary>
    private static Emu OpenRowHeight(PlanContext c, IReadOnlyList<TableElement> pages, Rect body)
    {
        var open = pages.Select(table => Open(table).ToList()).ToList();
        if (open.All(o => o.Count == 0))
            return new Emu(0);
        var tallest = pages.SelectMany((table, p) => open[p].Select(r => table.RowHeights[r])).Max();
        var room = tallest + Emu.FromPt(c.Text.LineHeight(pages[0].FontSizePt));
        foreach (var (table, p) in pages.Select((table, p) => (table, p)).Where(x => open[x.p].Count > 0))
        {
            var fixedRows = table.RowHeights.Where((_, r) => !open[p].Contains(r)).Aggregate(new Emu(0), (a, b) => a + b);
            var most = new Emu((body.Height - fixedRows).Value / open[p].Count);
            if (most < room)
                room = most;
        }
        return room < tallest ? tallest : room;
    }

    /// <summary>A page's rows to write in, as indexes into its row heights (the header is 0): every row, so every row looks the same.</summary>
    private static IEnumerable<int> Open(TableElement table) => table.Rows.Select((_, r) => r + 1);

    private static IEnumerable<SlidePlan> Close(PlanContext c, SessionTexts t) =>
        Slides.List(c, t.ClosingTitle, t.NextSteps.Select((step, i) => new TextParagraph([new TextRun(step)], Bullet: true, SpaceBeforeEm: i == 0 ? 0 : 0.6)).ToList(),
            t.ClosingNotes, t.Continued, c.Words.Shapes.NextSteps);
}
