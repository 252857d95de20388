using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;
using C = HalenBrengen.Excel.Contract;

namespace HalenBrengen.Excel.Reading;

/// <summary>Reads one partner's belangenkaart workbook: the label sheet and the Halen and Brengen tables.</summary>
internal static class BelangenkaartReader
{
    public static Belangenkaart? Read(XlsxPackage package, SourceRef file, CellValues values)
    {
        var diagnostics = values.Diagnostics;
        var labels = LabelSheet.Read(package.ReadSheet(C.Belangenkaart.Sheet)!, file, C.Belangenkaart.Labels, diagnostics);
        var (partijCell, partijSource) = labels[C.Belangenkaart.Partij];
        var partij = values.Text(partijCell, partijSource, required: true);
        if (partij is null && partijCell?.Kind == CellKind.Uncomputed)
            return null; // reported as a formula without value
        if (partij is null)
        {
            var where = labels.Has(C.Belangenkaart.Partij)
                ? "de cel rechts van het label 'Partij' is leeg"
                : "het label 'Partij' ontbreekt";
            diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.VerplichtVeldLeeg, partijSource,
                $"{where}. Vul de naam van de partij in; zonder naam kan deze belangenkaart niet meedoen."));
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

    internal static Sourced<string>? LabelText(LabelSheet labels, string label, CellValues values)
    {
        var (cell, source) = labels[label];
        return values.Text(cell, source);
    }

    private static IReadOnlyList<Item> ReadHalen(XlsxPackage package, SourceRef file, CellValues values)
    {
        var rows = ReadTable(package, file, C.Halen.Sheet, C.Halen.Wat, C.Halen.Optional, values);
        return rows.Select(row => (Row: row, Text: RowText(row, C.Halen.Wat, C.Halen.Sheet, values)))
            .Where(r => r.Text is not null)
            .Select(r => new Item(
                ItemKind.Halen,
                r.Text!,
                Soort: SoortOf(r.Row, C.Halen.Soort, values),
                WensOfEis: values.Choice(r.Row[C.Halen.WensOfEis].Cell, r.Row[C.Halen.WensOfEis].Source,
                    C.Halen.WensOfEis, ValueLists.WensenOfEisen, ValueLists.ParseWensOfEis),
                Toelichting: values.Text(r.Row[C.Halen.Toelichting].Cell, r.Row[C.Halen.Toelichting].Source)))
            .ToList();
    }

    private static IReadOnlyList<Item> ReadBrengen(XlsxPackage package, SourceRef file, CellValues values)
    {
        var rows = ReadTable(package, file, C.Brengen.Sheet, C.Brengen.Wat, C.Brengen.Optional, values);
        return rows.Select(row => (Row: row, Text: RowText(row, C.Brengen.Wat, C.Brengen.Sheet, values)))
            .Where(r => r.Text is not null)
            .Select(r => new Item(
                ItemKind.Brengen,
                r.Text!,
                Soort: SoortOf(r.Row, C.Brengen.Soort, values),
                Omvang: values.Text(r.Row[C.Brengen.Omvang].Cell, r.Row[C.Brengen.Omvang].Source),
                Toelichting: values.Text(r.Row[C.Brengen.Toelichting].Cell, r.Row[C.Brengen.Toelichting].Source)))
            .ToList();
    }

    private static Choice<Soort>? SoortOf(TableRow row, string header, CellValues values) =>
        values.Choice(row[header].Cell, row[header].Source, header, ValueLists.Soorten, ValueLists.ParseSoort);

    /// <summary>A missing Halen or Brengen sheet is a warning (the partner then gets or brings nothing).</summary>
    private static IReadOnlyList<TableRow> ReadTable(XlsxPackage package, SourceRef file, string sheet,
        string required, IReadOnlyList<string> optional, CellValues values)
    {
        var grid = package.ReadSheet(sheet);
        if (grid is null)
        {
            values.Diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.BladOntbreekt, file,
                $"het blad '{sheet}' ontbreekt in deze belangenkaart; de partij heeft daardoor niets bij '{sheet}'. " +
                $"Gevonden bladen: {string.Join(", ", package.SheetNames.Select(n => $"'{n}'"))}."));
            return [];
        }
        return TableSheet.Read(grid, file, required, optional, values.Diagnostics) ?? [];
    }

    /// <summary>
    /// The row's main text. A row with other columns filled but no main text is reported rather than
    /// dropped silently, so no word a partner wrote disappears unnoticed. A formula without value was
    /// reported as blocking already; a cell of only invisible characters got a note, and needs this
    /// second message only when other columns of its row hold text.
    /// </summary>
    internal static Sourced<string>? RowText(TableRow row, string header, string sheet, CellValues values)
    {
        var (cell, source) = row[header];
        var text = values.ItemText(cell, source, required: true);
        var uncomputed = cell?.Kind == CellKind.Uncomputed;
        var invisible = cell is not null && !uncomputed && !TextKey.HasVisibleCharacter(cell.Text) && CellText.HasInvisibleCharacters(cell.Text);
        if (text is null && !uncomputed && (!invisible || OtherColumnsHoldText(row, header)))
        {
            values.Diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.RijZonderHoofdwaarde, source,
                $"rij {row.Number} op het blad '{sheet}' heeft wel andere kolommen ingevuld, maar '{header}' is leeg. " +
                $"Deze rij is overgeslagen; vul '{header}' in of maak de rij helemaal leeg."));
        }
        return text;
    }

    private static bool OtherColumnsHoldText(TableRow row, string header) =>
        row.Cells.Any(c => c.Key != TextKey.Label(header) && c.Value.Cell is { } other && TextKey.HasVisibleCharacter(other.Text));
}
