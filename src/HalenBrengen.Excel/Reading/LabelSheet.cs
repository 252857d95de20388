using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;

namespace HalenBrengen.Excel.Reading;

/// <summary>
/// A label sheet of the contract: a label in one cell, its value in the cell to its right (to the right
/// of the label's merged area, when the label is merged over several columns). Labels are found
/// wherever they stand. Any other filled cell below the first label is named in a warning, since its
/// text would otherwise be lost; rows above the first label are the sheet's heading (a title, a logo
/// text, an instruction) and the form's own hints beside the values are the form's, so both are left alone.
/// </summary>
internal sealed class LabelSheet
{
    private const int QuotedCharacters = 60;

    /// <summary>The reader speaks Dutch, like the forms it reads.</summary>
    private static readonly ProblemTexts Say = Words.Nl.Problems;
    private readonly Dictionary<string, (Cell Label, Cell? Value, SourceRef ValueSource)> _found = new(StringComparer.Ordinal);
    private readonly SourceRef _sheet;

    private LabelSheet(SourceRef sheet) => _sheet = sheet;

    /// <summary>Whether a value stands next to any label, or text anywhere the reader would not read.</summary>
    public bool HasContent { get; private set; }

    public static LabelSheet Read(SheetGrid grid, SourceRef file, IReadOnlyCollection<string> labels,
        IReadOnlySet<string> formTexts, ICollection<Diagnostic> diagnostics)
    {
        var sheet = new LabelSheet(file.At(grid.Name));
        var wanted = labels.ToDictionary(TextKey.Label, label => label, StringComparer.Ordinal);
        var used = new HashSet<(int, int)>();
        foreach (var cell in grid.AllCells)
        {
            if (cell.Kind != CellKind.Text || !wanted.TryGetValue(TextKey.Label(cell.Text), out var label))
                continue;
            var key = TextKey.Label(label);
            var area = grid.AreaOf(cell.Row, cell.Column);
            var valueColumn = area.LastColumn + 1;
            var valueSource = file.At(grid.Name, CellAddress.ToA1(cell.Row, valueColumn));
            var value = grid.Get(cell.Row, valueColumn);
            used.Add((cell.Row, cell.Column));
            used.Add((cell.Row, valueColumn));
            if (sheet._found.TryGetValue(key, out var earlier))
            {
                var unread = value is not null && TableSheet.IsFilled(value) ? Say.LabelTwiceUnread.Fill(valueSource.Cell) : string.Empty;
                diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.DubbelLabel,
                    file.At(grid.Name, CellRanges.Describe([(cell.Row, cell.Column), (cell.Row, valueColumn)])),
                    Say.LabelTwice.Fill(label, earlier.Label.Reference, unread)));
                continue;
            }
            sheet._found[key] = (cell, value, valueSource);
        }
        sheet.HasContent = sheet._found.Values.Any(f => f.Value is not null && TableSheet.IsFilled(f.Value));
        sheet.ReportStrayCells(grid, used, formTexts, diagnostics);
        return sheet;
    }

    /// <summary>One warning naming every filled cell that is no label, no value and no part of the heading or the form.</summary>
    private void ReportStrayCells(SheetGrid grid, IReadOnlySet<(int, int)> used, IReadOnlySet<string> formTexts, ICollection<Diagnostic> diagnostics)
    {
        // Without any label there is no heading to tell apart: every filled cell is named.
        var firstLabelRow = _found.Count == 0 ? 1 : _found.Values.Min(f => f.Label.Row);
        var stray = grid.AllCells.Where(c => c.Row >= firstLabelRow && TableSheet.IsFilled(c)
            && !used.Contains((c.Row, c.Column)) && !formTexts.Contains(TextKey.Label(c.Text))).ToList();
        if (stray.Count == 0)
            return;
        HasContent = true;
        var cells = CellRanges.Describe(stray);
        var first = stray[0].Text.Trim().ReplaceLineEndings(" ");
        var quote = first.Length > QuotedCharacters ? first[..QuotedCharacters].TrimEnd() + "…" : first;
        diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.LosseTekst, _sheet with { Cell = cells },
            Say.StrayText.Fill(cells, quote)));
    }

    public bool Has(string label) => _found.ContainsKey(TextKey.Label(label));

    /// <summary>The value cell of a label (null when empty) and its address; the sheet itself when the label is absent.</summary>
    public (Cell? Value, SourceRef Source) this[string label] =>
        _found.TryGetValue(TextKey.Label(label), out var hit) ? (hit.Value, hit.ValueSource) : (null, _sheet);
}
