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
    /// <summary>The reader speaks Dutch, like the forms it reads.</summary>
    private static readonly ProblemTexts Say = Words.Nl.Problems;

    public static void Report(IReadOnlyList<Cell> unread, TableHeader header, IReadOnlyList<string> headers,
        string sheet, SourceRef file, ICollection<Diagnostic> diagnostics)
    {
        var formHeaders = Quoted.List(headers);
        var byColumn = unread.GroupBy(c => c.Column).OrderBy(g => g.Key).ToList();

        var second = unread.Where(c => header.KindOf(c.Column) == ColumnKind.SecondTable).ToList();
        if (second.Count > 0)
        {
            var start = header.HeaderCell(header.SecondTableStart)!;
            var cells = CellRanges.Describe(second);
            diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.TweedeTabel, file.At(sheet, cells),
                Say.SecondTable.Fill(start.Text.Trim(), start.Reference, cells)));
        }

        foreach (var column in byColumn.Where(g => header.KindOf(g.Key) == ColumnKind.Duplicate))
        {
            var own = header.HeaderCell(column.Key)!;
            var read = header.HeaderCell(header.ColumnOf(header.KeyAt(column.Key)!)!.Value)!;
            var cells = CellRanges.Describe(column);
            var twice = own == read
                ? Say.MergedHeader.Fill(read.Text.Trim(), read.Reference, CellAddress.ColumnName(read.Column), cells)
                : Say.HeaderTwice.Fill(read.Text.Trim(), read.Reference, own.Reference, cells);
            diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.DubbeleKolom, file.At(sheet, cells), twice));
        }

        foreach (var column in byColumn.Where(g => header.KindOf(g.Key) == ColumnKind.Unknown))
        {
            var own = header.HeaderCell(column.Key)!;
            var cells = CellRanges.Describe(column);
            diagnostics.Add(new Diagnostic(Severity.Opmerking, DiagnosticCode.OnbekendeKolom, file.At(sheet, cells),
                Say.UnknownColumn.Fill(own.Text.Trim(), own.Reference, cells, formHeaders)));
        }

        var headerless = unread.Where(c => header.KindOf(c.Column) == ColumnKind.None).ToList();
        if (headerless.Count > 0)
        {
            var cells = CellRanges.Describe(headerless);
            diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.KolomZonderKop, file.At(sheet, cells),
                Say.HeaderlessColumn.Fill(cells, header.Row, formHeaders)));
        }
    }
}
