using HalenBrengen.Core;
using HalenBrengen.Excel.Package;

namespace HalenBrengen.Excel.Reading;

/// <summary>What a column of a table sheet is, seen from its header row.</summary>
internal enum ColumnKind
{
    /// <summary>A column of the contract, read.</summary>
    Read,
    /// <summary>A second column under a header that is already read further left.</summary>
    Duplicate,
    /// <summary>Part of a second table beside the first: from a second required header rightwards.</summary>
    SecondTable,
    /// <summary>A column with a header of its own that the contract does not know ("Nr", "Notitie").</summary>
    Unknown,
    /// <summary>No header at all.</summary>
    None,
}

/// <summary>
/// The header row of a table sheet: which column holds which header of the contract, and what every
/// other column is, so that what stands in it can be named instead of dropped in silence.
/// </summary>
internal sealed class TableHeader
{
    private readonly SheetGrid _grid;
    private readonly Dictionary<string, int> _columns;
    private readonly IReadOnlySet<string> _keys;
    private readonly Dictionary<int, string?> _keyAt = new();

    private TableHeader(SheetGrid grid, int row, string requiredKey, IReadOnlySet<string> keys)
    {
        _grid = grid;
        Row = row;
        RequiredKey = requiredKey;
        _keys = keys;
        // A second required header starts a second table: nothing from there rightwards belongs to the
        // first, not even a header the first one lacks.
        SecondTableStart = grid.CellsIn(row).Where(c => KeyAt(c.Column) == requiredKey).Select(c => c.Column)
            .Skip(1).DefaultIfEmpty(int.MaxValue).First();
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in grid.CellsIn(row).Where(c => c.Column < SecondTableStart))
        {
            if (cell.Kind == CellKind.Text && keys.Contains(TextKey.Label(cell.Text)))
                _columns.TryAdd(TextKey.Label(cell.Text), cell.Column);
        }
    }

    public int Row { get; }
    public string RequiredKey { get; }
    public int SecondTableStart { get; }

    /// <summary>The header row: the first of the first rows that holds the required header; null when none does.</summary>
    public static TableHeader? Find(SheetGrid grid, string requiredKey, IReadOnlySet<string> keys, int searchRows)
    {
        var row = grid.RowNumbers.TakeWhile(r => r <= searchRows)
            .FirstOrDefault(r => grid.CellsIn(r).Any(c => c.Kind == CellKind.Text && TextKey.Label(c.Text) == requiredKey));
        return row == 0 ? null : new TableHeader(grid, row, requiredKey, keys);
    }

    /// <summary>The column read for a header of the contract, or null when the sheet lacks it.</summary>
    public int? ColumnOf(string key) => _columns.TryGetValue(key, out var column) ? column : null;

    public ColumnKind KindOf(int column)
    {
        if (column >= SecondTableStart)
            return ColumnKind.SecondTable;
        var key = KeyAt(column);
        if (key is null)
            return ColumnKind.None;
        if (_columns.TryGetValue(key, out var read))
            return read == column ? ColumnKind.Read : ColumnKind.Duplicate;
        return ColumnKind.Unknown;
    }

    /// <summary>
    /// The header text above a column: its own cell in the header row, or the header merged over it.
    /// </summary>
    public Cell? HeaderCell(int column)
    {
        var area = _grid.AreaOf(Row, column);
        var cell = _grid.Get(area.FirstRow, area.FirstColumn);
        return cell is not null && !string.IsNullOrWhiteSpace(cell.Text) ? cell : null;
    }

    /// <summary>The folded header above a column; null when it has none.</summary>
    public string? KeyAt(int column)
    {
        if (!_keyAt.TryGetValue(column, out var key))
            _keyAt[column] = key = HeaderCell(column) is { } cell ? TextKey.Label(cell.Text) : null;
        return key;
    }

    /// <summary>Whether the folded text is a header of this table.</summary>
    public bool IsHeader(string key) => _keys.Contains(key);
}
