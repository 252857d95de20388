using System.Buffers;
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
    /// Latin form too. Non-breaking spaces count as spaces. Gives exactly what
    /// <c>Normalize(FormKD)</c>, that filter and <c>Normalize(FormC)</c> gave with ICU 72 (Unicode 15.0).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Managed on purpose, with no <c>string.Normalize</c>: a key must be the same in every host (CLI,
    /// server, the browser), and the platform's normalization is not: on Linux it is the system's ICU,
    /// whose Unicode version moves with the distribution, and in the browser .NET's ICU data has no
    /// compatibility decompositions at all, so FormKD throws. A library was weighed and left: the only
    /// one served, ICU4N 60.1, is an alpha with ICU 60's Unicode 10 data and megabytes of it for a
    /// WebAssembly bundle; System.Globalization.Extensions is the platform's normalization again.
    /// </para>
    /// <para>
    /// What Fold needs of NFKD is little, because it drops every mark afterwards: per code point, its
    /// full compatibility decomposition without the marks. <c>scripts/make-fold-table.py</c> wrote that
    /// once from UnicodeData.txt 15.0 (the version of ICU 72, which the tests compare against) into
    /// <c>Decompositions.txt</c>, embedded: 5,857 code points, read once into two arrays and a string
    /// (<see cref="DecompositionTable"/>), so folding a word allocates nothing but the key. Canonical reordering only moves marks
    /// (no character with a non-zero combining class is anything but a mark), so per code point is enough.
    /// </para>
    /// <para>
    /// The old final FormC had one effect left once the marks are gone: every canonical composition
    /// pairs a starter with a mark, except the Hangul ones, which are algorithmic. So Hangul syllables are
    /// not decomposed at all, and a leading consonant followed by a vowel jamo, or an LV syllable followed
    /// by a trailing consonant, is composed where it is written, as FormC would (Unicode §3.12); a lone
    /// compatibility jamo such as 'ㄱ' stays the conjoining jamo its decomposition gives, as before.
    /// One deliberate difference: a text holding the noncharacter U+FFFE made the old Fold throw (.NET's
    /// ICU normalization rejects it); now it is kept, like U+FFFF.
    /// </para>
    /// </remarks>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        if (IsAsciiWithoutCapitals(text))
            return text;
        using var folded = new FoldedText(stackalloc char[256]);
        for (var i = 0; i < text.Length; i++)
        {
            int code = text[i];
            if (char.IsSurrogate(text[i]))
            {
                // A half character (a lone surrogate) carries no meaning for a key.
                if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                    continue;
                code = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            if (code < 0x80)
            {
                folded.Append(char.ToLowerInvariant((char)code));
                continue;
            }
            if (!DecompositionTable.Instance.TryGet(code, out var decomposition))
            {
                folded.AppendFolded(new Rune(code));
                continue;
            }
            foreach (var rune in decomposition.EnumerateRunes())
                folded.AppendFolded(rune);
        }
        return folded.ToString();
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

    private static bool IsAsciiWithoutCapitals(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 || c is >= 'A' and <= 'Z')
                return false;
        }
        return true;
    }

    /// <summary>
    /// A key being built: on the stack while short, from the shared pool when long, so folding a
    /// word allocates only the key itself.
    /// </summary>
    private ref struct FoldedText(Span<char> initial)
    {
        private const int HangulSyllables = 0xAC00, LeadingCount = 19, VowelCount = 21, TrailingCount = 28;
        private const char FirstLeading = '\u1100', FirstVowel = '\u1161', TrailingBeforeFirst = '\u11A7';

        private Span<char> _chars = initial;
        private char[]? _rented;
        private int _length;

        /// <summary>One code point of a decomposition: marks and invisible characters left out, the rest lower-cased.</summary>
        public void AppendFolded(Rune rune)
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark || IsDefaultIgnorable(rune))
                return;
            if (!rune.IsBmp)
            {
                Span<char> pair = stackalloc char[2];
                var written = Rune.ToLowerInvariant(rune).EncodeToUtf16(pair);
                Append(pair[0]);
                if (written == 2)
                    Append(pair[1]);
                return;
            }
            switch (char.ToLowerInvariant((char)rune.Value))
            {
                // Letters whose mark has no Unicode decomposition, so the table leaves them alone.
                case 'ı': Append('i'); break;
                case 'ø': Append('o'); break;
                case 'ł': Append('l'); break;
                case 'đ': Append('d'); break;
                case 'ß': Append('s'); Append('s'); break;
                case 'æ': Append('a'); Append('e'); break;
                case 'œ': Append('o'); Append('e'); break;
                case var c: AppendComposingHangul(c); break;
            }
        }

        public void Append(char c)
        {
            if (_length == _chars.Length)
                Grow();
            _chars[_length++] = c;
        }

        /// <summary>The Hangul compositions of FormC (Unicode §3.12): L + V makes an LV syllable, LV + T an LVT syllable.</summary>
        private void AppendComposingHangul(char c)
        {
            if (_length > 0)
            {
                var previous = _chars[_length - 1];
                int leading = previous - FirstLeading, vowel = c - FirstVowel, trailing = c - TrailingBeforeFirst;
                if ((uint)leading < LeadingCount && (uint)vowel < VowelCount)
                {
                    _chars[_length - 1] = (char)(HangulSyllables + ((leading * VowelCount) + vowel) * TrailingCount);
                    return;
                }
                var syllable = previous - HangulSyllables;
                if ((uint)syllable < LeadingCount * VowelCount * TrailingCount && syllable % TrailingCount == 0
                    && trailing is > 0 and < TrailingCount)
                {
                    _chars[_length - 1] = (char)(previous + trailing);
                    return;
                }
            }
            Append(c);
        }

        private void Grow()
        {
            var larger = ArrayPool<char>.Shared.Rent(_chars.Length * 2);
            _chars.CopyTo(larger);
            if (_rented is not null)
                ArrayPool<char>.Shared.Return(_rented);
            _chars = _rented = larger;
        }

        public override readonly string ToString() => new(_chars[.._length]);

        public readonly void Dispose()
        {
            if (_rented is not null)
                ArrayPool<char>.Shared.Return(_rented);
        }
    }
}
