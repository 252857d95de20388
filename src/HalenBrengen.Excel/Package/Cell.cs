using System.Globalization;

namespace HalenBrengen.Excel.Package;

/// <summary>
/// What a cell holds. <see cref="Uncomputed"/> is a formula with no computed value (its
/// <see cref="Cell.Text"/> is the formula, "=…"), written by a program that does not calculate.
/// </summary>
public enum CellKind { Text, Number, Date, Boolean, Error, Uncomputed }

/// <summary>
/// One filled cell as the workbook stores it: formulas are represented by their cached value.
/// <see cref="Text"/> is the value as Excel shows it: a number or date through its number format, in
/// Dutch ("10%", "€ 120.000", "14:00"); <see cref="Number"/> and <see cref="Date"/> keep the value itself.
/// </summary>
public sealed record Cell(int Row, int Column, CellKind Kind, string Text, double? Number = null, DateTime? Date = null)
{
    private static readonly CultureInfo Dutch = Locales.Dutch;

    public string Reference => CellAddress.ToA1(Row, Column);

    /// <summary>A number; <paramref name="shown"/> is its formatted text, General (Dutch notation) when null.</summary>
    public static Cell FromNumber(int row, int column, double value, string? shown = null) =>
        new(row, column, CellKind.Number, shown ?? value.ToString("G15", Dutch), value);

    /// <summary>A date; <paramref name="shown"/> is its formatted text, "d MMMM yyyy [HH:mm]" when null.</summary>
    public static Cell FromDate(int row, int column, DateTime value, string? shown = null) =>
        new(row, column, CellKind.Date,
            shown ?? (value.TimeOfDay == TimeSpan.Zero ? value.ToString("d MMMM yyyy", Dutch) : value.ToString("d MMMM yyyy HH:mm", Dutch)),
            null, value);

    public static Cell FromBoolean(int row, int column, bool value) =>
        new(row, column, CellKind.Boolean, value ? "WAAR" : "ONWAAR", value ? 1 : 0);
}

/// <summary>A1 references: "C12" is row 12, column 3.</summary>
public static class CellAddress
{
    public const int MaxRow = 1_048_576;
    public const int MaxColumn = 16_384;

    public static string ToA1(int row, int column) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
            name = (char)('A' + (c - 1) % 26) + name;
        return name;
    }

    /// <summary>Parses "C12" (or "$C$12"); false when it is not a cell reference inside the sheet's bounds.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        if (i < text.Length && text[i] == '$') i++;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            column = column * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (column > MaxColumn) return false;
            i++;
        }
        if (i < text.Length && text[i] == '$') i++;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            row = row * 10 + (text[i] - '0');
            if (row > MaxRow) return false;
            i++;
        }
        return i == text.Length && row > 0 && column > 0;
    }
}
