namespace HalenBrengen.Excel.Templates;

/// <summary>
/// A row height that shows all wrapped text of a filled row, estimated (measuring would reach GDI+, never
/// available on Linux): about 1.15 characters of Calibri 11 per unit of column width, 15 pt a line. Apart from
/// <see cref="TemplateStyle"/>, whose ClosedXML colours the afsprakenlijst's writer must not reach (the browser's
/// trimmed bundle does not carry ClosedXML).
/// </summary>
internal static class RowHeights
{
    /// <param name="byWords">Wrap word by word, as Excel does (a word that does not fit starts the next line): in a
    /// narrow column that takes lines a count of characters misses. The forms keep the character count they were made with.</param>
    public static double Estimate(IEnumerable<(string? Text, double Width)> cells, double minimum = 15, bool byWords = false)
    {
        var lines = cells
            .Where(c => !string.IsNullOrEmpty(c.Text))
            .Select(c => c.Text!.Split('\n').Sum(line => byWords ? Words(line, (int)(c.Width * 1.15)) : Math.Max(1, (int)Math.Ceiling(line.Length / (c.Width * 1.15)))))
            .DefaultIfEmpty(1)
            .Max();
        return Math.Max(minimum, lines * 15 + 3);
    }

    /// <summary>The lines a text takes wrapped word by word in lines of <paramref name="width"/> characters; a longer word takes lines of its own.</summary>
    private static int Words(string line, int width)
    {
        width = Math.Max(1, width);
        var (lines, used) = (1, 0);
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var needed = used == 0 ? word.Length : used + 1 + word.Length;
            if (needed <= width)
            {
                used = needed;
                continue;
            }
            if (used > 0)
                lines++;
            lines += (word.Length - 1) / width;
            used = (word.Length - 1) % width + 1;
        }
        return lines;
    }
}
