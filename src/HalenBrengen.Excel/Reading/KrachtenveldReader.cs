using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;
using C = HalenBrengen.Excel.Contract;

namespace HalenBrengen.Excel.Reading;

/// <summary>
/// Reads the facilitator's krachtenveld workbook: the coalition (Samenwerking), the force-field table,
/// and the optional Interventies and Activiteiten tables.
/// </summary>
internal static class KrachtenveldReader
{
    public static KrachtenveldKaart Read(XlsxPackage package, SourceRef file, CellValues values) =>
        new(file,
            ReadSamenwerking(package, file, values),
            ReadRows(package, file, values),
            ReadInterventies(package, file, values),
            ReadActiviteiten(package, file, values));

    private static Samenwerking ReadSamenwerking(XlsxPackage package, SourceRef file, CellValues values)
    {
        var grid = SheetPick.Choose(package, C.Samenwerking.Sheet, file,
            g => LabelSheet.Read(g, file, C.Samenwerking.Labels, FormHints.Samenwerking, []).HasContent, values.Diagnostics);
        if (grid is null)
        {
            values.Diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.BladOntbreekt, file,
                Words.Nl.Problems.SamenwerkingMissing.Fill(C.Samenwerking.Sheet)));
            return new Samenwerking();
        }
        var labels = LabelSheet.Read(grid, file, C.Samenwerking.Labels, FormHints.Samenwerking, values.Diagnostics);
        var (dateCell, dateSource) = labels[C.Samenwerking.DatumSessie];
        var (durationCell, durationSource) = labels[C.Samenwerking.Sessieduur];
        var (secondCell, secondSource) = labels[C.Samenwerking.DatumTweede];
        return new Samenwerking(
            Naam: BelangenkaartReader.LabelText(labels, C.Samenwerking.Naam, values, CellValues.LongestName),
            Opgave: BelangenkaartReader.LabelText(labels, C.Samenwerking.Opgave, values),
            GedeeldeAmbitie: BelangenkaartReader.LabelText(labels, C.Samenwerking.GedeeldeAmbitie, values),
            Krantenkop: BelangenkaartReader.LabelText(labels, C.Samenwerking.Krantenkop, values),
            Datum: values.Date(dateCell, dateSource),
            Begeleider: BelangenkaartReader.LabelText(labels, C.Samenwerking.Begeleider, values),
            SessieduurMinuten: values.Minutes(durationCell, durationSource, C.Samenwerking.Sessieduur),
            DatumTweede: values.Date(secondCell, secondSource));
    }

    private static IReadOnlyList<KrachtenveldRij> ReadRows(XlsxPackage package, SourceRef file, CellValues values) =>
        ReadTable(package, file, C.Krachtenveld.Sheet, C.Krachtenveld.Partij, C.Krachtenveld.Optional, values, (row, partij) => new KrachtenveldRij(
            partij,
            Text(row, C.Krachtenveld.NodigVoor, values),
            values.Choice(row[C.Krachtenveld.Invloed].Cell, row[C.Krachtenveld.Invloed].Source,
                C.Krachtenveld.Invloed, ValueLists.Invloeden, ValueLists.ParseInvloed),
            Text(row, C.Krachtenveld.BelangenEnDrijfveren, values),
            values.Choice(row[C.Krachtenveld.Houding].Cell, row[C.Krachtenveld.Houding].Source,
                C.Krachtenveld.Houding, ValueLists.Houdingen, ValueLists.ParseHouding),
            Text(row, C.Krachtenveld.Randvoorwaarden, values)));

    private static IReadOnlyList<Interventie> ReadInterventies(XlsxPackage package, SourceRef file, CellValues values) =>
        ReadTable(package, file, C.Interventies.Sheet, C.Interventies.Interventie, C.Interventies.Optional, values, (row, text) => new Interventie(
            Text(row, C.Interventies.Partij, values),
            text,
            Text(row, C.Interventies.SluitAanBij, values),
            values.Choice(row[C.Interventies.Gekozen].Cell, row[C.Interventies.Gekozen].Source,
                C.Interventies.Gekozen, ValueLists.JaNee, ValueLists.ParseJaNee)));

    private static IReadOnlyList<Activiteit> ReadActiviteiten(XlsxPackage package, SourceRef file, CellValues values) =>
        ReadTable(package, file, C.Activiteiten.Sheet, C.Activiteiten.Activiteit, C.Activiteiten.Optional, values,
            (row, text) => new Activiteit(Text(row, C.Activiteiten.Partij, values), text, Text(row, C.Activiteiten.Wanneer, values)));

    /// <summary>The items of a table sheet of the krachtenveld; none when the workbook lacks the sheet.</summary>
    private static List<T> ReadTable<T>(XlsxPackage package, SourceRef file, string sheet, string required,
        IReadOnlyList<string> optional, CellValues values, Func<TableRow, Sourced<string>, T> item)
    {
        var grid = Table(package, sheet, required, file, values);
        if (grid is null)
            return [];
        var rows = TableSheet.Read(grid, file, required, optional, values.Diagnostics) ?? [];
        return BelangenkaartReader.Items(rows, required, sheet, values, item);
    }

    private static SheetGrid? Table(XlsxPackage package, string sheet, string required, SourceRef file, CellValues values) =>
        SheetPick.Choose(package, sheet, file, g => TableSheet.HasContent(g, required), values.Diagnostics);

    private static Sourced<string>? Text(TableRow row, string header, CellValues values) =>
        values.Text(row[header].Cell, row[header].Source, most: CellValues.Longest(header));
}
