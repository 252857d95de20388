using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;
using C = HalenBrengen.Excel.Contract;

namespace HalenBrengen.Excel.Reading;

/// <summary>
/// Names the sheets of a form that are not read, when something is written on them: a partner who adds a
/// sheet 'Notities' or 'Halen (2)' to the belangenkaart means it for the session, and it is not read.
/// The forms' own explanation and drop-down lists are left alone. A note, as for a column with a header
/// of its own: a sheet with a name of its own may well be the partner's own notes.
/// </summary>
internal static class UnreadSheets
{
    public static void Report(XlsxPackage package, bool isKaart, bool isKrachtenveld, SourceRef file, ICollection<Diagnostic> diagnostics)
    {
        IEnumerable<string> read = [C.Uitleg, C.Keuzelijsten];
        if (isKaart)
            read = read.Concat([C.Belangenkaart.Sheet, C.Halen.Sheet, C.Brengen.Sheet]);
        if (isKrachtenveld)
            read = read.Concat([C.Samenwerking.Sheet, C.Krachtenveld.Sheet, C.Interventies.Sheet, C.Activiteiten.Sheet]);
        var say = Words.Nl.Problems;
        var form = isKaart ? say.TheBelangenkaart : say.TheKrachtenveld;
        var sheets = isKaart
            ? say.BelangenkaartSheets.Fill(C.Belangenkaart.Sheet, C.Halen.Sheet, C.Brengen.Sheet)
            : say.KrachtenveldSheets.Fill(C.Samenwerking.Sheet, C.Krachtenveld.Sheet, C.Interventies.Sheet, C.Activiteiten.Sheet);
        foreach (var sheet in package.ReadSheetsOtherThan(read))
        {
            var filled = sheet.AllCells.Where(TableSheet.IsFilled).ToList();
            if (filled.Count == 0)
                continue;
            var cells = CellRanges.Describe(filled);
            diagnostics.Add(new Diagnostic(Severity.Opmerking, DiagnosticCode.BladNietGelezen, file.At(sheet.Name, cells),
                say.SheetNotRead.Fill(sheet.Name, cells, form, sheets)));
        }
    }
}
