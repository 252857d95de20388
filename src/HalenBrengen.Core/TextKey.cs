using System.Globalization;
using System.Text;

namespace HalenBrengen.Core;

/// <summary>
/// Keys for comparing what people type: labels, headers, partner names. Culture-independent on
/// purpose: a Turkish or Dutch machine must match "Partij" and "PARTIJ" the same way (the dotless i
/// breaks culture-sensitive lower-casing), so only invariant operations are used.
/// </summary>
public static class TextKey
{
    /// <summary>
    /// For labels, headers and sheet names: case, diacritics, surrounding spaces, a trailing colon and
    /// invisible characters (<see cref="IsDefaultIgnorable"/>) ignored; runs of white space count as one space.
    /// </summary>
    public static string Label(string? text)
    {
        var folded = Fold(WithoutIgnorable(text));
        var trimmed = folded.Trim().TrimEnd(':').Trim();
        return CollapseSpaces(trimmed);
    }

    /// <summary>For partner names: case, diacritics and all spacing ignored.</summary>
    public static string Name(string? text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Compatibility decomposition (so the ligature 'ĳ' becomes "ij" and 'é' becomes 'e' + accent),
    /// accents dropped, then invariant lower case; the dotless 'ı' and a few letters like 'ø' and 'ß'
    /// fold to their plain Latin form too. Non-breaking spaces count as spaces.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        // Normalize throws on a lone surrogate; such a half character carries no meaning for a key.
        if (text.Any(char.IsSurrogate))
            text = new string(text.Where((c, i) => !char.IsSurrogate(c)
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))).ToArray());
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark)
                continue;
            var lower = char.ToLowerInvariant(c);
            builder.Append(lower switch
            {
                // Letters whose mark has no Unicode decomposition, so FormKD leaves them alone.
                'ı' => "i",
                'ø' => "o",
                'ł' => "l",
                'đ' => "d",
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                _ => lower.ToString(),
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (isSpace && lastWasSpace)
                continue;
            builder.Append(isSpace ? ' ' : c);
            lastWasSpace = isSpace;
        }
        return builder.ToString();
    }

    /// <summary>
    /// Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): zero-width space and joiners,
    /// the byte-order mark, the soft hyphen, direction marks, variation selectors, tags. They show
    /// nothing, so a header typed or pasted with one is still the header a person sees.
    /// </summary>
    public static bool IsDefaultIgnorable(Rune rune) => rune.Value is 0x00AD or 0x034F or 0x061C
        or (>= 0x115F and <= 0x1160) or (>= 0x17B4 and <= 0x17B5) or (>= 0x180B and <= 0x180F)
        or (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x206F)
        or 0x3164 or (>= 0xFE00 and <= 0xFE0F) or 0xFEFF or 0xFFA0 or (>= 0xFFF0 and <= 0xFFF8)
        or (>= 0x1BCA0 and <= 0x1BCA3) or (>= 0x1D173 and <= 0x1D17A) or (>= 0xE0000 and <= 0xE0FFF);

    private static string? WithoutIgnorable(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            // A lone surrogate is no rune; it is kept here and Fold drops it.
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done)
            {
                builder.Append(text[i]);
                i++;
                continue;
            }
            if (!IsDefaultIgnorable(rune))
                builder.Append(text, i, length);
            i += length;
        }
        return builder.ToString();
    }
}
