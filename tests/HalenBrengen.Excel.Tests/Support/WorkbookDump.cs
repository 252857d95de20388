using System.Globalization;
using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;

namespace HalenBrengen.Excel.Tests.Support;

/// <summary>
/// The content of a workbook we wrote ourselves (no images, so ClosedXML can load it) as text: sheets,
/// cells with values and the styles a person sees, widths, merges, frozen panes, drop-downs, names and
/// print setup. Two workbooks with the same dump hold the same content, whatever their bytes.
/// </summary>
internal static class WorkbookDump
{
    public static string Of(string path)
    {
        var b = new StringBuilder();
        using (var workbook = new XLWorkbook(path))
        {
            foreach (var named in workbook.NamedRanges.OrderBy(n => n.Name, StringComparer.Ordinal))
                b.AppendLine($"name {named.Name} = {string.Join(",", named.RefersTo)}");
            foreach (var sheet in workbook.Worksheets)
                Sheet(b, sheet);
        }
        using var zip = ZipFile.OpenRead(path);
        b.AppendLine("parts " + string.Join(",", zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)));
        return b.ToString();
    }

    private static void Sheet(StringBuilder b, IXLWorksheet sheet)
    {
        b.AppendLine($"sheet {sheet.Name} {sheet.Visibility} freeze={sheet.SheetView.SplitRow}/{sheet.SheetView.SplitColumn}");
        var p = sheet.PageSetup;
        b.AppendLine($" page {p.PaperSize} {p.PageOrientation} wide={p.PagesWide} tall={p.PagesTall} repeat={p.FirstRowToRepeatAtTop}-{p.LastRowToRepeatAtTop}");
        foreach (var column in sheet.ColumnsUsed(XLCellsUsedOptions.All))
            b.AppendLine($" col {column.ColumnNumber()} width={column.Width.ToString(CultureInfo.InvariantCulture)}");
        foreach (var row in sheet.RowsUsed(XLCellsUsedOptions.All))
            b.AppendLine($" row {row.RowNumber()} height={row.Height.ToString(CultureInfo.InvariantCulture)}");
        foreach (var merged in sheet.MergedRanges)
            b.AppendLine($" merge {merged.RangeAddress}");
        foreach (var cell in sheet.CellsUsed(XLCellsUsedOptions.All))
        {
            var s = cell.Style;
            b.AppendLine($" {cell.Address} [{cell.DataType}] '{Convert.ToString(cell.Value, CultureInfo.InvariantCulture)}' fill={s.Fill.BackgroundColor} " +
                         $"font={s.Font.FontColor}/{s.Font.FontSize.ToString(CultureInfo.InvariantCulture)}/{(s.Font.Bold ? "b" : "")}{(s.Font.Italic ? "i" : "")} " +
                         $"wrap={s.Alignment.WrapText} border={s.Border.LeftBorder} fmt={s.NumberFormat.Format}{s.DateFormat.Format}");
        }
        foreach (var validation in sheet.DataValidations)
        {
            b.AppendLine($" validation {string.Join(",", validation.Ranges.Select(r => r.RangeAddress.ToString()))} {validation.AllowedValues} " +
                         $"'{validation.Value}' {validation.ErrorStyle} '{validation.ErrorMessage}' '{validation.InputTitle}' '{validation.InputMessage}'");
        }
    }
}
