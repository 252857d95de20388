namespace HalenBrengen.Excel.Package;

/// <summary>A rectangle of merged cells; its value lives in the top-left cell.</summary>
public readonly record struct MergeRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public bool Contains(int row, int column) =>
        row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;
}

/// <summary>The filled cells of one worksheet, by position, plus its merged ranges and hidden rows.</summary>
public sealed class SheetGrid
{
    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> _rows = new();
    private readonly Dictionary<int, MergeRange[]> _downward = new(); // column → merged ranges that start in it
    private readonly Dictionary<int, MergeRange[]> _acrossRow = new(); // row → merged ranges across it

    public SheetGrid(string name, IEnumerable<Cell> cells, IReadOnlyList<MergeRange> merges, IReadOnlySet<int> hiddenRows)
    {
        Name = name;
        Merges = merges;
        HiddenRows = hiddenRows;
        foreach (var cell in cells)
        {
            if (!_rows.TryGetValue(cell.Row, out var row))
                _rows[cell.Row] = row = new SortedDictionary<int, Cell>();
            row[cell.Column] = cell;
        }
    }

    public string Name { get; }
    public IReadOnlyList<MergeRange> Merges { get; }
    public IReadOnlySet<int> HiddenRows { get; }

    /// <summary>Numbers of the rows that hold at least one filled cell, top to bottom.</summary>
    public IEnumerable<int> RowNumbers => _rows.Keys;

    /// <summary>The filled cells of a row, left to right.</summary>
    public IEnumerable<Cell> CellsIn(int row) =>
        _rows.TryGetValue(row, out var cells) ? cells.Values : [];

    /// <summary>Every filled cell, row by row, left to right.</summary>
    public IEnumerable<Cell> AllCells => _rows.Values.SelectMany(row => row.Values);

    public Cell? Get(int row, int column) =>
        _rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var cell) ? cell : null;

    /// <summary>
    /// The cell that gives a place in a table its value: the cell itself when it is filled; when it is
    /// empty and lies inside a merged range that starts in the same column, on or below
    /// <paramref name="firstRow"/>, the range's top-left cell, since a merged range keeps its value there
    /// only (ECMA-376 Part 1, 18.3.1.55) while it shows beside every row it spans. Values spread down a
    /// column, never sideways: a text merged over two columns belongs to its own column alone.
    /// </summary>
    public Cell? ValueAt(int row, int column, int firstRow)
    {
        if (Get(row, column) is { } cell)
            return cell;
        if (!_downward.TryGetValue(column, out var ranges))
            _downward[column] = ranges = Merges.Where(m => m.FirstColumn == column && m.LastRow > m.FirstRow)
                .OrderBy(m => m.FirstRow).ToArray();
        // Valid merged ranges do not overlap, so only the last one starting at or above the row can hold it.
        var low = 0;
        var high = ranges.Length - 1;
        var found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (ranges[middle].FirstRow <= row)
                (found, low) = (middle, middle + 1);
            else
                high = middle - 1;
        }
        if (found < 0)
            return null;
        var merge = ranges[found];
        return merge.LastRow >= row && merge.FirstRow >= firstRow ? Get(merge.FirstRow, merge.FirstColumn) : null;
    }

    /// <summary>The merged range a cell belongs to, or the cell alone.</summary>
    public MergeRange AreaOf(int row, int column)
    {
        // The merged ranges across a row are found once per row and searched by column, so a sheet with
        // many merged ranges costs no more than one pass over them for each row that is asked about.
        if (!_acrossRow.TryGetValue(row, out var ranges))
            _acrossRow[row] = ranges = Merges.Where(m => m.FirstRow <= row && m.LastRow >= row).OrderBy(m => m.FirstColumn).ToArray();
        var low = 0;
        var high = ranges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (ranges[middle].Contains(row, column))
                return ranges[middle];
            if (ranges[middle].FirstColumn <= column)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return new MergeRange(row, column, row, column);
    }
}
