using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;

namespace HalenBrengen.Excel.Reading;

/// <summary>
/// A label sheet of the contract: a label in one cell, its value in the cell to its right (to the right
/// of the label's merged area, when the label is merged over several columns). Labels are found
/// wherever they stand.
/// </summary>
internal sealed class LabelSheet
{
    private readonly Dictionary<string, (Cell Label, Cell? Value, SourceRef ValueSource)> _found = new(StringComparer.Ordinal);
    private readonly SourceRef _sheet;

    private LabelSheet(SourceRef sheet) => _sheet = sheet;

    public static LabelSheet Read(SheetGrid grid, SourceRef file, IReadOnlyCollection<string> labels, ICollection<Diagnostic> diagnostics)
    {
        var sheet = new LabelSheet(file.At(grid.Name));
        var wanted = labels.ToDictionary(TextKey.Label, label => label, StringComparer.Ordinal);
        foreach (var cell in grid.AllCells)
        {
            if (cell.Kind != CellKind.Text || !wanted.TryGetValue(TextKey.Label(cell.Text), out var label))
                continue;
            var key = TextKey.Label(label);
            var area = grid.AreaOf(cell.Row, cell.Column);
            var valueColumn = area.LastColumn + 1;
            var valueSource = file.At(grid.Name, CellAddress.ToA1(cell.Row, valueColumn));
            if (sheet._found.TryGetValue(key, out var earlier))
            {
                diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.DubbelLabel,
                    file.At(grid.Name, cell.Reference),
                    $"het label '{label}' staat twee keer op dit blad; de waarde naast cel {earlier.Label.Reference} wordt gebruikt."));
                continue;
            }
            sheet._found[key] = (cell, grid.Get(cell.Row, valueColumn), valueSource);
        }
        return sheet;
    }

    public bool Has(string label) => _found.ContainsKey(TextKey.Label(label));

    /// <summary>The value cell of a label (null when empty) and its address; the sheet itself when the label is absent.</summary>
    public (Cell? Value, SourceRef Source) this[string label] =>
        _found.TryGetValue(TextKey.Label(label), out var hit) ? (hit.Value, hit.ValueSource) : (null, _sheet);
}
