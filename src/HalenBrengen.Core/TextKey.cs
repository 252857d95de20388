using System.Globalization;
using System.Text;

namespace HalenBrengen.Core;

/// <summary>
/// Keys for comparing what people type: labels, headers, partner names. Culture-independent on
/// purpose: a Turkish or Dutch machine must match "Partij" and "PARTIJ" the same way (the dotless i
/// breaks culture-sensitive lower-casing), so only invariant operations are used. A key holds only
/// what a reader can see: characters that render as nothing (a byte-order mark pasted along with a
/// name, a zero-width joiner) are left out, and composed and decomposed accents (NFC, NFD) fold alike.
/// </summary>
public static class TextKey
{
    /// <summary>
    /// For labels, headers and sheet names: case, diacritics, surrounding spaces, a trailing colon and
    /// invisible characters (<see cref="IsDefaultIgnorable"/>) ignored; runs of white space count as one space.
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
    /// Compatibility decomposition (so the ligature 'ĳ' becomes "ij" and 'é' becomes 'e' + accent,
    /// whether it was typed composed or decomposed), accents and default-ignorable code points dropped,
    /// then invariant lower case; the dotless 'ı' and a few letters like 'ø' and 'ß' fold to their plain
    /// Latin form too. Non-breaking spaces count as spaces.
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
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark || IsDefaultIgnorable(rune))
                continue;
            if (!rune.IsBmp)
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
                continue;
            }
            var lower = char.ToLowerInvariant((char)rune.Value);
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

    /// <summary>
    /// Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt, Unicode 15): characters
    /// a renderer shows as nothing when it does not support them: the byte-order mark (U+FEFF), zero-width
    /// space, joiners and direction marks (U+200B–200F), the soft hyphen, variation selectors, tag
    /// characters and a few fillers. They belong in the text shown (a ZWJ holds an emoji sequence
    /// together) but never in a key.
    /// </summary>
    public static bool IsDefaultIgnorable(Rune rune) => rune.Value switch
    {
        0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0x180B and <= 0x180F => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x202A and <= 0x202E => true,
        >= 0x2060 and <= 0x206F => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xFFF0 and <= 0xFFF8 => true,
        >= 0x1BCA0 and <= 0x1BCA3 => true,
        >= 0x1D173 and <= 0x1D17A => true,
        >= 0xE0000 and <= 0xE0FFF => true,
        _ => false,
    };

    /// <summary>Whether a text holds at least one character a reader can see (not white space, not default-ignorable).</summary>
    public static bool HasVisibleCharacter(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && !IsDefaultIgnorable(rune))
                return true;
        }
        return false;
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
