using System.Globalization;
using System.Xml;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Excel.Package;

/// <summary>
/// Streams one worksheet part (ECMA-376 Part 1, 18.3) into a <see cref="SheetGrid"/>: cell values,
/// merged ranges and hidden rows; everything else (fonts, drawings, conditional formats) is skipped. A
/// number's text is what its style's number format shows in Dutch Excel; the number itself stays.
/// Formula cells give their cached value (&lt;v&gt;), as Excel last computed it; a formula that was never
/// computed is a cell of its own kind, so reading can say so instead of calling the cell empty.
/// </summary>
internal sealed class WorksheetParser(IReadOnlyList<string> sharedStrings, NumberFormats formats, bool date1904)
{
    public SheetGrid Parse(string sheetName, Stream part)
    {
        var cells = new List<Cell>();
        var merges = new List<MergeRange>();
        var hidden = new HashSet<int>();
        using var reader = XmlReader.Create(part, XmlParts.Settings);
        var row = 0;
        var column = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            switch (reader.LocalName)
            {
                case "row":
                    row = ParseIndex(reader.GetAttribute("r"), row + 1);
                    column = 0;
                    if (IsTrue(reader.GetAttribute("hidden")))
                        hidden.Add(row);
                    break;
                case "c":
                    if (CellAddress.TryParse(reader.GetAttribute("r"), out var r, out var c))
                        (row, column) = (Math.Max(r, 1), c);
                    else
                        column++;
                    var cell = ReadCell(reader, Math.Max(row, 1), Math.Max(column, 1));
                    if (cell is null)
                        break;
                    CheckLimit(sheetName, cells.Count + merges.Count);
                    cells.Add(cell);
                    break;
                case "mergeCell":
                    // Merged ranges count toward the limit as cells do: the reader looks them up per cell.
                    if (TryParseRange(reader.GetAttribute("ref"), out var range))
                    {
                        CheckLimit(sheetName, cells.Count + merges.Count);
                        merges.Add(range);
                    }
                    break;
            }
        }
        return new SheetGrid(sheetName, cells, merges, hidden);
    }

    private static void CheckLimit(string sheetName, int count)
    {
        if (count >= XlsxLimits.MaxCellsPerSheet)
        {
            throw new XlsxException(DiagnosticCode.TeGroot, Words.Nl.Problems.TooManyCells.Fill(sheetName, XlsxLimits.MaxCellsPerSheet.ToString("N0", Locales.Dutch)));
        }
    }

    private Cell? ReadCell(XmlReader reader, int row, int column)
    {
        var type = reader.GetAttribute("t") ?? "n";
        var styleIndex = ParseIndex(reader.GetAttribute("s"), 0);
        string? value = null;
        string? inline = null;
        string? formula = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            reader.Read();
            while (reader.Depth > depth && !reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
                {
                    value = reader.ReadElementContentAsString(); // moves past </v>
                    continue;
                }
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "f")
                {
                    formula = reader.ReadElementContentAsString(); // moves past </f>; "" for a shared formula's later cells
                    continue;
                }
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
                    inline = XmlParts.ReadStringItem(reader); // stops on </is>
                reader.Read();
            }
        }
        if (formula is not null && HasNoComputedValue(type, value))
            return new Cell(row, column, CellKind.Uncomputed, "=" + formula.Trim());
        return type switch
        {
            "s" => SharedString(row, column, value),
            "inlineStr" => inline is null ? null : new Cell(row, column, CellKind.Text, inline),
            "str" => value is null ? null : new Cell(row, column, CellKind.Text, XmlParts.DecodeEscapes(value)),
            "b" => value is null ? null : Cell.FromBoolean(row, column, value.Trim() is "1" or "true"),
            "e" => value is null ? null : new Cell(row, column, CellKind.Error, value.Trim()),
            "d" => IsoDate(row, column, value, styleIndex),
            _ => Number(row, column, value, styleIndex),
        };
    }

    /// <summary>
    /// A formula cell whose &lt;v&gt; (ECMA-376 Part 1, 18.3.1.96) is missing or empty holds no value:
    /// Excel always writes the result it computed, but a script (openpyxl, for one) writes the formula
    /// alone and leaves computing to the next program that opens the file. A text result ("str") that is
    /// empty is a real value: the formula computed "".
    /// </summary>
    private static bool HasNoComputedValue(string type, string? value) =>
        value is null || (type != "str" && string.IsNullOrWhiteSpace(value));

    private Cell? SharedString(int row, int column, string? value)
    {
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
            || index < 0 || index >= sharedStrings.Count)
            return null; // a dangling index reads as an empty cell, as Excel shows it
        return new Cell(row, column, CellKind.Text, sharedStrings[index]);
    }

    /// <summary>
    /// ECMA-376 18.18.11 ST_CellType "d": the value is an ISO 8601 date/time text. It shows with its
    /// style when that is a date format, else as a Dutch date.
    /// </summary>
    private Cell? IsoDate(int row, int column, string? value, int styleIndex)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var parsed))
            return new Cell(row, column, CellKind.Text, value);
        var date = DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified);
        // Before the year 100 there is no serial (ToOADate would throw): the text as written, for the reader to judge.
        if (date.Year < 100)
            return new Cell(row, column, CellKind.Text, value);
        var serial = date.ToOADate() - (date1904 ? 1462 : 0);
        return Cell.FromDate(row, column, date, formats.IsDate(styleIndex) && serial >= 1 ? formats.Format(serial, styleIndex) : null);
    }

    private Cell? Number(int row, int column, string? value, int styleIndex)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return new Cell(row, column, CellKind.Text, value);
        var text = formats.Format(number, styleIndex);
        if (formats.IsDate(styleIndex) && TryFromSerial(number, date1904, out var date))
            return Cell.FromDate(row, column, date, text);
        return Cell.FromNumber(row, column, number, text);
    }

    /// <summary>Excel's serial date: days since 1899-12-30 (or 1904-01-01 in the 1904 date system).</summary>
    internal static bool TryFromSerial(double serial, bool date1904, out DateTime date)
    {
        date = default;
        var days = date1904 ? serial + 1462 : serial;
        if (double.IsNaN(days) || days < 1 || days > 2_958_465)
            return false;
        date = DateTime.FromOADate(days);
        return true;
    }

    private static bool TryParseRange(string? reference, out MergeRange range)
    {
        range = default;
        var parts = reference?.Split(':');
        if (parts is not { Length: 2 }
            || !CellAddress.TryParse(parts[0], out var r1, out var c1)
            || !CellAddress.TryParse(parts[1], out var r2, out var c2))
            return false;
        range = new MergeRange(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2));
        return true;
    }

    private static int ParseIndex(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static bool IsTrue(string? text) => text is "1" or "true";
}
