namespace HalenBrengen.Excel.Templates;

/// <summary>
/// A row height that shows all wrapped text of a filled row, estimated (measuring would reach GDI+, never
/// available on Linux): about 1.15 characters of Calibri 11 per unit of column width, 15 pt a line. Apart from
/// <see cref="TemplateStyle"/>, whose ClosedXML colours the afsprakenlijst's writer must not reach (the browser's
/// trimmed bundle does not carry ClosedXML).
/// </summary>
internal static class RowHeights
{
    public static double Estimate(IEnumerable<(string? Text, double Width)> cells, double minimum = 15)
    {
        var lines = cells
            .Where(c => !string.IsNullOrEmpty(c.Text))
            .Select(c => c.Text!.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Length / (c.Width * 1.15)))))
            .DefaultIfEmpty(1)
            .Max();
        return Math.Max(minimum, lines * 15 + 3);
    }
}
