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

    /// <summary>The merged range a cell belongs to, or the cell alone.</summary>
    public MergeRange AreaOf(int row, int column)
    {
        foreach (var merge in Merges)
        {
            if (merge.Contains(row, column))
                return merge;
        }
        return new MergeRange(row, column, row, column);
    }
}
