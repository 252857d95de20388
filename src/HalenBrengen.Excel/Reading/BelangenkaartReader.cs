using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;
using C = HalenBrengen.Excel.Contract;

namespace HalenBrengen.Excel.Reading;

/// <summary>Reads one partner's belangenkaart workbook: the label sheet and the Halen and Brengen tables.</summary>
internal static class BelangenkaartReader
{
    /// <summary>The reader speaks Dutch, like the forms it reads.</summary>
    private static readonly ProblemTexts Say = Words.Nl.Problems;

    public static Belangenkaart? Read(XlsxPackage package, SourceRef file, CellValues values)
    {
        var diagnostics = values.Diagnostics;
        var grid = SheetPick.Choose(package, C.Belangenkaart.Sheet, file,
            g => LabelSheet.Read(g, file, C.Belangenkaart.Labels, FormHints.Belangenkaart, []).HasContent, diagnostics)!;
        var labels = LabelSheet.Read(grid, file, C.Belangenkaart.Labels, FormHints.Belangenkaart, diagnostics);
        var (partijCell, partijSource) = labels[C.Belangenkaart.Partij];
        var partij = values.Text(partijCell, partijSource, required: true, most: CellValues.LongestName);
        if (partij is null && partijCell?.Kind == CellKind.Uncomputed)
            return null; // reported as a formula without value
        if (partij is null)
        {
            var where = labels.Has(C.Belangenkaart.Partij) ? Say.PartijCellEmpty : Say.PartijLabelMissing;
            diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.VerplichtVeldLeeg, partijSource, Say.PartijRequired.Fill(where)));
            return null;
        }

        return new Belangenkaart(
            partij,
            LabelText(labels, C.Belangenkaart.Contactpersoon, values),
            LabelText(labels, C.Belangenkaart.EigenBelang, values),
            LabelText(labels, C.Belangenkaart.GezamenlijkBelang, values),
            LabelText(labels, C.Belangenkaart.Ambitie, values),
            LabelText(labels, C.Belangenkaart.Krantenkop, values),
            ReadHalen(package, file, values),
            ReadBrengen(package, file, values));
    }

    internal static Sourced<string>? LabelText(LabelSheet labels, string label, CellValues values, int most = CellValues.LongestText)
    {
        var (cell, source) = labels[label];
        return values.Text(cell, source, most: most);
    }

    private static IReadOnlyList<Item> ReadHalen(XlsxPackage package, SourceRef file, CellValues values)
    {
        var rows = ReadTable(package, file, C.Halen.Sheet, C.Halen.Wat, C.Halen.Optional, values);
        return Items(rows, C.Halen.Wat, C.Halen.Sheet, values, (row, text) => new Item(
            ItemKind.Halen,
            text,
            Soort: SoortOf(row, C.Halen.Soort, values),
            WensOfEis: values.Choice(row[C.Halen.WensOfEis].Cell, row[C.Halen.WensOfEis].Source,
                C.Halen.WensOfEis, ValueLists.WensenOfEisen, ValueLists.ParseWensOfEis),
            Toelichting: values.Text(row[C.Halen.Toelichting].Cell, row[C.Halen.Toelichting].Source)));
    }

    private static IReadOnlyList<Item> ReadBrengen(XlsxPackage package, SourceRef file, CellValues values)
    {
        var rows = ReadTable(package, file, C.Brengen.Sheet, C.Brengen.Wat, C.Brengen.Optional, values);
        return Items(rows, C.Brengen.Wat, C.Brengen.Sheet, values, (row, text) => new Item(
            ItemKind.Brengen,
            text,
            Soort: SoortOf(row, C.Brengen.Soort, values),
            Omvang: values.Text(row[C.Brengen.Omvang].Cell, row[C.Brengen.Omvang].Source),
            Toelichting: values.Text(row[C.Brengen.Toelichting].Cell, row[C.Brengen.Toelichting].Source)));
    }

    /// <summary>
    /// One item per row that has its main text (<see cref="RowText"/>), made from the row and that text, in
    /// row order: the main cell is read, and reported on, before the row's other cells.
    /// </summary>
    internal static List<T> Items<T>(IReadOnlyList<TableRow> rows, string header, string sheet, CellValues values,
        Func<TableRow, Sourced<string>, T> item)
    {
        var items = new List<T>();
        foreach (var row in rows)
        {
            if (RowText(row, header, sheet, values) is { } text)
                items.Add(item(row, text));
        }
        return items;
    }

    private static Choice<Soort>? SoortOf(TableRow row, string header, CellValues values) =>
        values.Choice(row[header].Cell, row[header].Source, header, ValueLists.Soorten, ValueLists.ParseSoort);

    /// <summary>A missing Halen or Brengen sheet is a warning (the partner then gets or brings nothing).</summary>
    private static IReadOnlyList<TableRow> ReadTable(XlsxPackage package, SourceRef file, string sheet,
        string required, IReadOnlyList<string> optional, CellValues values)
    {
        var grid = SheetPick.Choose(package, sheet, file, g => TableSheet.HasContent(g, required), values.Diagnostics);
        if (grid is null)
        {
            values.Diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.BladOntbreekt, file,
                Say.TableSheetMissing.Fill(sheet, Quoted.List(package.SheetNames))));
            return [];
        }
        return TableSheet.Read(grid, file, required, optional, values.Diagnostics) ?? [];
    }

    /// <summary>
    /// The row's main text, without a leading bullet or number. A row whose main cell is empty, or holds
    /// only a bullet or number, is no item: when other cells of the row are filled the warning names
    /// them, so no word a partner wrote disappears unnoticed; a lone bullet or number is a note. A formula
    /// without value was reported as blocking already, and a cell of only invisible characters got a note.
    /// </summary>
    internal static Sourced<string>? RowText(TableRow row, string header, string sheet, CellValues values)
    {
        var (cell, source) = row[header];
        // A partner's name (the krachtenveld's rows) stands in titles and on posters: it is kept shorter than an item.
        var text = values.Text(cell, source, required: true, most: CellValues.Longest(header));
        var others = row.FilledBesides(header);
        var besides = others.Count == 0 ? null : CellRanges.Describe(others);
        // The row's warning names every cell that is not read, the main cell included.
        var rowSource = besides is null || source.Cell is null || !CellAddress.TryParse(source.Cell, out var r, out var c)
            ? source
            : source with { Cell = CellRanges.Describe(others.Select(o => (o.Row, o.Column)).Append((r, c))) };
        if (text is not null && CellText.IsListMarkOnly(text.Value))
        {
            values.Diagnostics.Add(besides is null
                ? new Diagnostic(Severity.Opmerking, DiagnosticCode.OpsommingZonderTekst, source, Say.ListMarkOnly.Fill(text.Value))
                : new Diagnostic(Severity.Waarschuwing, DiagnosticCode.RijZonderHoofdwaarde, rowSource,
                    Say.ListMarkBesides.Fill(header, text.Value, besides)));
            return null;
        }
        if (text is null && cell?.Kind == CellKind.Uncomputed)
            return null;
        if (text is null)
        {
            // An error value alone is reported by Text already; only other filled cells need a word here.
            if (besides is not null)
            {
                values.Diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.RijZonderHoofdwaarde, rowSource,
                    Say.MainCellEmpty.Fill(row.Number, sheet, besides, header)));
            }
            return null;
        }
        return text with { Value = CellText.TrimListMark(text.Value) };
    }
}
