using System.Globalization;
using System.Reflection;

namespace HalenBrengen.Layout.Fonts;

/// <summary>
/// Advance widths of one face of Carlito, which has the same metrics as Calibri, the font the deck
/// names: text measured here takes the same room in PowerPoint on Windows and macOS (Calibri) as in
/// LibreOffice on Linux (Carlito). Never GDI+: the widths are read from a table generated from
/// the font file by tools/HalenBrengen.FontMetrics.
/// </summary>
public sealed class FontMetrics
{
    public const string FontName = "Calibri";

    /// <summary>
    /// Characters the font does not have (emoji, most non-Latin scripts) are drawn by a fallback font
    /// whose widths are unknown here; counting them as a full em is on the safe side.
    /// </summary>
    private const double UnknownWidthEm = 1.0;

    private readonly ushort[] _widths = new ushort[0x10000];
    private readonly bool[] _known = new bool[0x10000];

    public static FontMetrics Regular { get; } = Load("carlito-regular");
    public static FontMetrics Bold { get; } = Load("carlito-bold");

    public static FontMetrics For(bool bold) => bold ? Bold : Regular;

    private FontMetrics(int unitsPerEm, int ascent, int descent)
    {
        UnitsPerEm = unitsPerEm;
        LineHeightEm = (ascent + descent) / (double)unitsPerEm;
    }

    public int UnitsPerEm { get; }

    /// <summary>The distance between baselines at single spacing, in ems (winAscent + winDescent).</summary>
    public double LineHeightEm { get; }

    /// <summary>The advance width of a text at a font size, in points.</summary>
    public double Width(ReadOnlySpan<char> text, double sizePt)
    {
        double units = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                units += UnknownWidthEm * UnitsPerEm;
                i++;
                continue;
            }
            if (_known[c])
                units += _widths[c];
            else if (!IsZeroWidth(c))
                units += UnknownWidthEm * UnitsPerEm;
        }
        return units * sizePt / UnitsPerEm;
    }

    public double LineHeight(double sizePt) => LineHeightEm * sizePt;

    private static bool IsZeroWidth(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\uFE0F' or '\uFE0E' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format;

    private static FontMetrics Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"HalenBrengen.Layout.Fonts.{name}.widths")
            ?? throw new InvalidOperationException($"Font metrics '{name}' are not embedded.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()!.Split(' ');
        var metrics = new FontMetrics(Parse(header[0]), Parse(header[1]), Parse(header[2]));
        while (reader.ReadLine() is { } line)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var codepoint = int.Parse(line.AsSpan(0, space), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            metrics._widths[codepoint] = (ushort)Parse(line[(space + 1)..]);
            metrics._known[codepoint] = true;
        }
        return metrics;
    }

    private static int Parse(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
