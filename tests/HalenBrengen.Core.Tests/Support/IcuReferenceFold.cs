using System.Globalization;
using System.Text;

namespace HalenBrengen.Core.Tests.Support;

/// <summary>
/// The reference oracle: <c>TextKey.Fold</c> as it was before it became managed code, kept verbatim
/// (commit 421b2df). It asks the platform's normalization (on Linux the system's ICU; ICU 72, Unicode
/// 15.0 on Debian 12) for FormKD and FormC; the managed Fold must give exactly what this gives.
/// Only for tests: it throws in the browser, which is why Fold no longer works this way.
/// </summary>
internal static class IcuReferenceFold
{
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
                or UnicodeCategory.EnclosingMark || TextKey.IsDefaultIgnorable(rune))
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
}
