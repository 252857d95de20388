using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;

namespace HalenBrengen.Excel.Reading;

/// <summary>
/// Names what a partner wrote below the header row of a table in a column that is not read, grouped
/// by why it is not read, with its cells ("E5:E9"): a second table beside the first, a second column
/// under a header already read, a column without a header (warnings: text meant for the session is
/// lost), and a column with a header of its own (a note: the contract allows extra columns).
/// </summary>
internal static class UnreadColumns
{
    public static void Report(IReadOnlyList<Cell> unread, TableHeader header, IReadOnlyList<string> headers,
        string sheet, SourceRef file, ICollection<Diagnostic> diagnostics)
    {
        var formHeaders = string.Join(", ", headers.Select(h => $"'{h}'"));
        var byColumn = unread.GroupBy(c => c.Column).OrderBy(g => g.Key).ToList();

        var second = unread.Where(c => header.KindOf(c.Column) == ColumnKind.SecondTable).ToList();
        if (second.Count > 0)
        {
            var start = header.HeaderCell(header.SecondTableStart)!;
            var cells = CellRanges.Describe(second);
            diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.TweedeTabel, file.At(sheet, cells),
                $"naast de tabel staat een tweede tabel (kop '{start.Text.Trim()}' in {start.Reference}). Alleen de eerste " +
                $"tabel wordt gelezen; wat in {cells} staat niet. Zet alle punten onder elkaar in één tabel."));
        }

        foreach (var column in byColumn.Where(g => header.KindOf(g.Key) == ColumnKind.Duplicate))
        {
            var own = header.HeaderCell(column.Key)!;
            var read = header.HeaderCell(header.ColumnOf(header.KeyAt(column.Key)!)!.Value)!;
            var cells = CellRanges.Describe(column);
            var twice = own == read
                ? $"de kolomkop '{read.Text.Trim()}' in {read.Reference} is samengevoegd over meer kolommen. Alleen kolom " +
                  $"{CellAddress.ColumnName(read.Column)} wordt gelezen; wat in {cells} staat niet. " +
                  "Zet die tekst in de kolom die gelezen wordt, of geef de andere kolom een eigen kop."
                : $"de kolomkop '{read.Text.Trim()}' staat twee keer boven de tabel ({read.Reference} en {own.Reference}). " +
                  $"Alleen de kolom onder {read.Reference} wordt gelezen; wat in {cells} staat niet. " +
                  "Zet die tekst in de kolom die gelezen wordt, of geef de tweede kolom een andere kop.";
            diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.DubbeleKolom, file.At(sheet, cells), twice));
        }

        foreach (var column in byColumn.Where(g => header.KindOf(g.Key) == ColumnKind.Unknown))
        {
            var own = header.HeaderCell(column.Key)!;
            var cells = CellRanges.Describe(column);
            diagnostics.Add(new Diagnostic(Severity.Opmerking, DiagnosticCode.OnbekendeKolom, file.At(sheet, cells),
                $"de kolom '{own.Text.Trim()}' ({own.Reference}) hoort niet bij het formulier en wordt niet gelezen ({cells}). " +
                $"Hoort de tekst bij een punt, zet hem dan in een kolom van het formulier: {formHeaders}."));
        }

        var headerless = unread.Where(c => header.KindOf(c.Column) == ColumnKind.None).ToList();
        if (headerless.Count > 0)
        {
            var cells = CellRanges.Describe(headerless);
            diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.KolomZonderKop, file.At(sheet, cells),
                $"in {cells} staat tekst in een kolom zonder kop in rij {header.Row}; die wordt niet gelezen. " +
                $"Zet de tekst in een kolom van het formulier ({formHeaders}), of geef de kolom een van die koppen."));
        }
    }
}
