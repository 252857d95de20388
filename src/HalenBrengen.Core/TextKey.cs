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
    /// For labels and headers: case, diacritics, surrounding spaces and a trailing colon ignored;
    /// runs of white space count as one space.
    /// </summary>
    public static string Label(string? text)
    {
        var folded = Fold(text);
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
}
