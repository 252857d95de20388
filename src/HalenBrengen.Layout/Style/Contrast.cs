using System.Globalization;

namespace HalenBrengen.Layout.Style;

/// <summary>
/// Contrast of colours as WCAG 2 defines it (relative luminance of sRGB, ratio (L1 + 0.05) / (L2 + 0.05)),
/// and the smallest change that makes a colour readable on given surfaces. Colours are six hex digits.
/// </summary>
public static class Contrast
{
    /// <summary>Text, at any size the files use (WCAG 2, 1.4.3 level AA).</summary>
    public const double Text = 4.5;

    /// <summary>Lines and shapes that carry meaning (WCAG 2, 1.4.11).</summary>
    public const double Graphics = 3.0;

    public static double Luminance(string hex)
    {
        var rgb = Channels(hex);
        static double Linear(int c)
        {
            var s = c / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Linear(rgb.R) + 0.7152 * Linear(rgb.G) + 0.0722 * Linear(rgb.B);
    }

    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>Whether a colour reads as light: black text on it has more contrast than white text.</summary>
    public static bool IsLight(string hex) => Ratio(hex, "000000") >= Ratio(hex, "FFFFFF");

    /// <summary><paramref name="a"/> with <paramref name="share"/> (0–1) of <paramref name="b"/> mixed in, per sRGB channel.</summary>
    public static string Mix(string a, string b, double share)
    {
        var (x, y) = (Channels(a), Channels(b));
        int Channel(int p, int q) => (int)Math.Round(p + (q - p) * share);
        return Hex(Channel(x.R, y.R), Channel(x.G, y.G), Channel(x.B, y.B));
    }

    /// <summary>
    /// The colour itself when it has <paramref name="least"/> contrast on every surface; else the colour
    /// mixed with black (on light surfaces) or white (on dark ones) in steps of 1 %, the first that has;
    /// null when not even black or white has (surfaces both light and dark).
    /// </summary>
    public static string? Readable(string colour, IReadOnlyList<string> surfaces, double least)
    {
        if (Least(colour, surfaces) >= least)
            return colour;
        var target = Least("000000", surfaces) >= Least("FFFFFF", surfaces) ? "000000" : "FFFFFF";
        for (var step = 1; step <= 100; step++)
        {
            var candidate = Mix(colour, target, step / 100.0);
            if (Least(candidate, surfaces) >= least)
                return candidate;
        }
        return null;
    }

    /// <summary>The lowest contrast of a colour on any of the surfaces.</summary>
    public static double Least(string colour, IReadOnlyList<string> surfaces) => surfaces.Min(s => Ratio(colour, s));

    /// <summary>Six upper-case hex digits, or null when the text is not an RGB colour.</summary>
    public static string? Normalised(string? hex) =>
        hex is { Length: 6 } && hex.All(char.IsAsciiHexDigit) ? hex.ToUpperInvariant() : null;

    private static (int R, int G, int B) Channels(string hex) => (
        int.Parse(hex.AsSpan(0, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(4, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static string Hex(int r, int g, int b) => string.Create(CultureInfo.InvariantCulture, $"{r:X2}{g:X2}{b:X2}");
}
