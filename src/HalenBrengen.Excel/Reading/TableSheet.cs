using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;

namespace HalenBrengen.Excel.Reading;

/// <summary>One data row of a table sheet: its cells by header, each with its address.</summary>
internal sealed record TableRow(int Number, IReadOnlyDictionary<string, (Cell? Cell, SourceRef Source)> Cells)
{
    /// <summary>The contract's headers as keys, folded once: a card of 45,000 rows asks for them hundreds of thousands of times.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> HeaderKeys = new(StringComparer.Ordinal);

    public (Cell? Cell, SourceRef Source) this[string header] => Cells[Key(header)];

    private static string Key(string header) => HeaderKeys.GetOrAdd(header, TextKey.Label);

    /// <summary>The filled cells of the row other than the one under <paramref name="header"/>.</summary>
    public IReadOnlyList<Cell> FilledBesides(string header)
    {
        var key = Key(header);
        return Cells.Where(c => c.Key != key && c.Value.Cell is { } cell && TableSheet.IsFilled(cell))
            .Select(c => c.Value.Cell!).ToList();
    }
}

/// <summary>
/// A table sheet of the contract: one header row within the first 10 rows, found by its required
/// header; then one item per row until the data ends. Fully empty rows in between are skipped.
/// Columns are found by header text, so they may be moved, reordered or joined by others; what stands
/// in a column that is not read is named in a diagnostic, never dropped in silence.
/// </summary>
internal static class TableSheet
{
    public const int HeaderSearchRows = 10;

    /// <summary>The reader speaks Dutch, like the forms it reads.</summary>
    private static readonly ProblemTexts Say = Words.Nl.Problems;

    /// <summary>The rows of the table, or null (with an error) when the required header is not there.</summary>
    public static IReadOnlyList<TableRow>? Read(SheetGrid grid, SourceRef file, string required,
        IReadOnlyList<string> optional, ICollection<Diagnostic> diagnostics)
    {
        var headers = new[] { required }.Concat(optional).ToList();
        var keys = headers.Select(TextKey.Label).ToList();
        var header = TableHeader.Find(grid, keys[0], keys.ToHashSet(StringComparer.Ordinal), HeaderSearchRows);
        if (header is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.KolomOntbreekt, file.At(grid.Name),
                Say.HeaderNotFound.Fill(required, HeaderSearchRows, grid.Name, Quoted.List(headers))));
            return null;
        }

        var rows = new List<TableRow>();
        var unread = new List<Cell>();
        foreach (var rowNumber in grid.RowNumbers.Where(r => r > header.Row))
        {
            var filled = grid.CellsIn(rowNumber).Where(IsFilled).ToList();
            if (filled.Count == 0)
                continue;
            if (IsRepeatedHeader(filled, header))
            {
                diagnostics.Add(new Diagnostic(Severity.Opmerking, DiagnosticCode.HerhaaldeKopregel,
                    file.At(grid.Name, CellRanges.Describe(filled)),
                    Say.RepeatedHeader.Fill(rowNumber, header.Row)));
                continue;
            }
            unread.AddRange(filled.Where(c => header.KindOf(c.Column) != ColumnKind.Read));
            if (!filled.Any(c => header.KindOf(c.Column) == ColumnKind.Read))
                continue;

            var cells = new Dictionary<string, (Cell?, SourceRef)>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                // A missing optional column gives an empty cell that points at the sheet.
                if (header.ColumnOf(key) is not { } column)
                {
                    cells[key] = (null, file.At(grid.Name));
                    continue;
                }
                var cell = grid.ValueAt(rowNumber, column, header.Row + 1);
                cells[key] = (cell, file.At(grid.Name, CellAddress.ToA1(cell?.Row ?? rowNumber, cell?.Column ?? column)));
            }
            rows.Add(new TableRow(rowNumber, cells));
        }
        UnreadColumns.Report(unread, header, headers, grid.Name, file, diagnostics);
        return rows;
    }

    /// <summary>
    /// Whether the sheet holds anything below its header row (anything at all when the header is not
    /// there): of two sheets with the same name, the one with content is the partner's.
    /// </summary>
    public static bool HasContent(SheetGrid grid, string required)
    {
        var key = TextKey.Label(required);
        var header = TableHeader.Find(grid, key, new HashSet<string>([key], StringComparer.Ordinal), HeaderSearchRows);
        return grid.AllCells.Any(c => IsFilled(c) && (header is null || c.Row > header.Row));
    }

    /// <summary>A cell with something in it: text that is more than white space, or any other value.</summary>
    public static bool IsFilled(Cell cell) => cell.Kind != CellKind.Text || !string.IsNullOrWhiteSpace(cell.Text);

    /// <summary>
    /// A row that repeats the header row, as people do when they paste a second block of items under
    /// the first: every filled cell is a header of this table (or the header above it), and the row
    /// holds the required header or at least two headers in their own columns.
    /// </summary>
    private static bool IsRepeatedHeader(IReadOnlyList<Cell> filled, TableHeader header)
    {
        // Most rows are items: their first cell is no header, and that is known after folding one text.
        if (filled[0].Kind != CellKind.Text || TextKey.Label(filled[0].Text) is var first && !header.IsHeader(first) && header.KeyAt(filled[0].Column) != first)
            return false;
        var keys = filled.Select(c => c.Kind == CellKind.Text ? TextKey.Label(c.Text) : null).ToList();
        if (keys.Any(k => k is null))
            return false;
        var asAbove = filled.Zip(keys).Count(p => header.KeyAt(p.First.Column) == p.Second);
        var isHeaderText = filled.Zip(keys).All(p => header.IsHeader(p.Second!) || header.KeyAt(p.First.Column) == p.Second);
        return isHeaderText && (keys.Contains(header.RequiredKey) || asAbove >= 2);
    }
}
