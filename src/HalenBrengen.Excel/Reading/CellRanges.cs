using HalenBrengen.Excel.Package;

namespace HalenBrengen.Excel.Reading;

/// <summary>
/// Names a set of cells the way a person looks them up: "E5:E9" for a column of five, "D2:D3, E2" for
/// what does not make one rectangle; many scattered cells as the rectangle around them.
/// </summary>
internal static class CellRanges
{
    /// <summary>Beyond this many rectangles a message names the rectangle around them all instead.</summary>
    private const int MostRangesNamed = 6;

    public static string Describe(IEnumerable<(int Row, int Column)> cells)
    {
        var rectangles = Rectangles(cells);
        if (rectangles.Count > MostRangesNamed)
            return Name(Around(rectangles));
        return string.Join(", ", rectangles.Select(Name));
    }

    public static string Describe(IEnumerable<Cell> cells) => Describe(cells.Select(c => (c.Row, c.Column)));

    /// <summary>The rectangle around all the cells, named ("A1:D9").</summary>
    public static string Bounds(IEnumerable<Cell> cells)
    {
        var list = cells.Select(c => new MergeRange(c.Row, c.Column, c.Row, c.Column)).ToList();
        return list.Count == 0 ? string.Empty : Name(Around(list));
    }

    public static string Name(MergeRange range)
    {
        var first = CellAddress.ToA1(range.FirstRow, range.FirstColumn);
        return range.FirstRow == range.LastRow && range.FirstColumn == range.LastColumn
            ? first
            : $"{first}:{CellAddress.ToA1(range.LastRow, range.LastColumn)}";
    }

    /// <summary>
    /// Runs of consecutive rows per column, joined with the same run in the column just left of it, so
    /// a filled block is one rectangle; in reading order (top to bottom, then left to right).
    /// </summary>
    private static List<MergeRange> Rectangles(IEnumerable<(int Row, int Column)> cells)
    {
        var rectangles = new List<MergeRange>();
        var open = new Dictionary<(int First, int Last), int>();
        foreach (var column in cells.Distinct().GroupBy(c => c.Column).OrderBy(g => g.Key))
        {
            var next = new Dictionary<(int First, int Last), int>();
            foreach (var run in Runs(column.Select(c => c.Row).Order()))
            {
                if (open.TryGetValue(run, out var index) && rectangles[index].LastColumn == column.Key - 1)
                    rectangles[index] = rectangles[index] with { LastColumn = column.Key };
                else
                {
                    rectangles.Add(new MergeRange(run.First, column.Key, run.Last, column.Key));
                    index = rectangles.Count - 1;
                }
                next[run] = index;
            }
            open = next;
        }
        return rectangles.OrderBy(r => r.FirstRow).ThenBy(r => r.FirstColumn).ToList();
    }

    private static IEnumerable<(int First, int Last)> Runs(IEnumerable<int> rows)
    {
        int? first = null;
        var last = 0;
        foreach (var row in rows)
        {
            if (first is not null && row == last + 1)
            {
                last = row;
                continue;
            }
            if (first is { } start)
                yield return (start, last);
            (first, last) = (row, row);
        }
        if (first is { } end)
            yield return (end, last);
    }

    private static MergeRange Around(IReadOnlyCollection<MergeRange> ranges) => new(
        ranges.Min(r => r.FirstRow), ranges.Min(r => r.FirstColumn), ranges.Max(r => r.LastRow), ranges.Max(r => r.LastColumn));
}
