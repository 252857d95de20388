using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;

namespace HalenBrengen.Excel.Reading;

/// <summary>One data row of a table sheet: its cells by header, each with its address.</summary>
internal sealed record TableRow(int Number, IReadOnlyDictionary<string, (Cell? Cell, SourceRef Source)> Cells)
{
    public (Cell? Cell, SourceRef Source) this[string header] => Cells[TextKey.Label(header)];
}

/// <summary>
/// A table sheet of the contract: one header row within the first 10 rows, found by its required
/// header; then one item per row until the data ends. Fully empty rows in between are skipped.
/// Columns are found by header text, so they may be moved, reordered or joined by others.
/// </summary>
internal static class TableSheet
{
    public const int HeaderSearchRows = 10;

    /// <summary>The rows of the table, or null (with an error) when the required header is not there.</summary>
    public static IReadOnlyList<TableRow>? Read(SheetGrid grid, SourceRef file, string required,
        IReadOnlyList<string> optional, ICollection<Diagnostic> diagnostics)
    {
        var headers = new[] { required }.Concat(optional).ToList();
        var keys = headers.Select(TextKey.Label).ToList();
        var headerRow = grid.RowNumbers.TakeWhile(r => r <= HeaderSearchRows)
            .FirstOrDefault(r => grid.CellsIn(r).Any(c => c.Kind == CellKind.Text && TextKey.Label(c.Text) == keys[0]));
        if (headerRow == 0)
        {
            diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.KolomOntbreekt, file.At(grid.Name),
                $"de kolomkop '{required}' is niet gevonden in de eerste {HeaderSearchRows} rijen van het blad '{grid.Name}'. " +
                $"Zet boven de tabel een rij met de kolomkoppen {string.Join(", ", headers.Select(h => $"'{h}'"))}."));
            return null;
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in grid.CellsIn(headerRow))
        {
            if (cell.Kind == CellKind.Text && keys.Contains(TextKey.Label(cell.Text)))
                columns.TryAdd(TextKey.Label(cell.Text), cell.Column);
        }

        var rows = new List<TableRow>();
        foreach (var rowNumber in grid.RowNumbers.Where(r => r > headerRow))
        {
            var cells = new Dictionary<string, (Cell?, SourceRef)>(StringComparer.Ordinal);
            var any = false;
            foreach (var key in keys)
            {
                // A missing optional column gives an empty cell that points at the sheet.
                if (!columns.TryGetValue(key, out var column))
                {
                    cells[key] = (null, file.At(grid.Name));
                    continue;
                }
                var cell = grid.Get(rowNumber, column);
                any |= cell is not null && !string.IsNullOrWhiteSpace(cell.Text);
                cells[key] = (cell, file.At(grid.Name, CellAddress.ToA1(rowNumber, column)));
            }
            if (any)
                rows.Add(new TableRow(rowNumber, cells));
        }
        return rows;
    }
}
