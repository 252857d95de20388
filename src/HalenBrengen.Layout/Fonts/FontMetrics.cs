using System.Globalization;
using System.Reflection;

namespace HalenBrengen.Layout.Fonts;

/// <summary>
/// Advance widths of one face of a font, per character, and its line height. Built in: Carlito, which has
/// the same metrics as Calibri, the font the house look names: text measured here takes the same room in
/// PowerPoint on Windows and macOS (Calibri) as in LibreOffice on Linux (Carlito). Never GDI+: the widths
/// are read from a table generated from the font file by tools/HalenBrengen.FontMetrics, or from a font
/// file a facilitator gives (<see cref="TrueTypeFont"/>).
/// </summary>
public sealed class FontMetrics
{
    public const string FontName = "Calibri";

    /// <summary>
    /// Characters the font does not have (symbols, most non-Latin scripts) are drawn by a fallback font
    /// whose widths are unknown here; counting them as a full em is on the safe side. Emoji (and a symbol an
    /// emoji selector follows) count <see cref="Fallback.EmojiWidthEm"/>, their font's own width with room to spare.
    /// </summary>
    private const double UnknownWidthEm = 1.0;

    private readonly ushort[] _widths = new ushort[0x10000];
    private readonly bool[] _known = new bool[0x10000];

    public static FontMetrics CarlitoRegular { get; } = Load("carlito-regular");
    public static FontMetrics CarlitoBold { get; } = Load("carlito-bold");

    /// <summary>
    /// The front page is set in a newspaper's serif: Times New Roman (the masthead and the headline bold, the lead regular), on every
    /// Windows and macOS, measured with Liberation Serif, which has its advance widths (LibreOffice on Linux draws it in that font).
    /// </summary>
    public const string MastheadFont = "Times New Roman";

    public static FontMetrics MastheadBold { get; } = Load("liberation-serif-bold");
    public static FontMetrics MastheadRegular { get; } = Load("liberation-serif-regular");

    private FontMetrics(int unitsPerEm, double lineHeightEm)
    {
        UnitsPerEm = unitsPerEm;
        LineHeightEm = lineHeightEm;
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
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (CharUnicodeInfo.GetUnicodeCategory(codePoint) is not (UnicodeCategory.Format or UnicodeCategory.NonSpacingMark))
                    units += Unknown(codePoint) * UnitsPerEm;
                i++;
                continue;
            }
            if (_known[c])
                units += _widths[c];
            else if (!IsZeroWidth(c))
                units += (i + 1 < text.Length && text[i + 1] == Fallback.EmojiSelector ? Fallback.EmojiWidthEm : UnknownWidthEm) * UnitsPerEm;
        }
        return units * sizePt / UnitsPerEm;
    }

    public double LineHeight(double sizePt) => LineHeightEm * sizePt;

    /// <summary>Whether the face has a glyph for a character (of the basic plane; none beyond it is in the tables).</summary>
    public bool Has(char c) => _known[c];

    private static double Unknown(int codePoint) => Fallback.IsEmoji(codePoint) ? Fallback.EmojiWidthEm : UnknownWidthEm;

    private static bool IsZeroWidth(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\uFE0F' or '\uFE0E' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format;

    /// <summary>
    /// A face measured from its font file. <paramref name="widen"/> above 1 makes every character that much
    /// wider: a bold face PowerPoint makes up from the regular one (its widths are not in any file) is
    /// measured from the regular widths with room to spare.
    /// </summary>
    public static FontMetrics FromTrueType(TrueTypeFont font, double widen = 1.0)
    {
        var metrics = new FontMetrics(font.UnitsPerEm, (font.Ascent + font.Descent) / (double)font.UnitsPerEm);
        foreach (var (codepoint, advance) in font.Advances)
        {
            if (codepoint > 0xFFFF) continue;
            metrics._widths[codepoint] = (ushort)Math.Min(ushort.MaxValue, Math.Ceiling(advance * widen));
            metrics._known[codepoint] = true;
        }
        return metrics;
    }

    /// <summary>
    /// Per character the wider of two faces, and the taller line: text measured with this fits in either.
    /// Titles and body text may be set in different fonts; every box is measured for both.
    /// </summary>
    public static FontMetrics Widest(FontMetrics a, FontMetrics b)
    {
        if (ReferenceEquals(a, b))
            return a;
        var units = Math.Max(a.UnitsPerEm, b.UnitsPerEm);
        var metrics = new FontMetrics(units, Math.Max(a.LineHeightEm, b.LineHeightEm));
        for (var c = 0; c < 0x10000; c++)
        {
            if (!a._known[c] || !b._known[c]) continue;
            var width = Math.Max(a._widths[c] * (double)units / a.UnitsPerEm, b._widths[c] * (double)units / b.UnitsPerEm);
            metrics._widths[c] = (ushort)Math.Min(ushort.MaxValue, Math.Ceiling(width));
            metrics._known[c] = true;
        }
        return metrics;
    }

    private static FontMetrics Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"HalenBrengen.Layout.Fonts.{name}.widths")
            ?? throw new InvalidOperationException($"Font metrics '{name}' are not embedded.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()!.Split(' ');
        var unitsPerEm = Parse(header[0]);
        var metrics = new FontMetrics(unitsPerEm, (Parse(header[1]) + Parse(header[2])) / (double)unitsPerEm);
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
