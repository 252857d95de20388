using System.Globalization;
using System.Text;
using HalenBrengen.Core.Tests.Support;

namespace HalenBrengen.Core.Tests;

/// <summary>
/// The managed <see cref="TextKey.Fold"/> against the ICU-based Fold it replaced
/// (<see cref="IcuReferenceFold"/>): the same key for every code point and for real text, so no
/// workbook matches differently than before, and no call into the platform's normalization.
/// </summary>
public sealed class TextKeyFoldTests
{
    /// <summary>
    /// Code points where the managed fold and this machine's ICU fold legitimately differ, each with its
    /// reason. The data itself never differs: the table comes from UnicodeData.txt 15.0.0 and Debian 12's
    /// ICU 72 is Unicode 15.0. (Python 3.11's unicodedata, Unicode 14.0, would have missed the Cyrillic
    /// modifier letters U+1E030–U+1E06D that 15.0 added with &lt;super&gt;/&lt;sub&gt; decompositions;
    /// that is why the script reads UnicodeData.txt.)
    /// </summary>
    private static readonly Dictionary<int, string> KnownDifferences = new()
    {
        [0xFFFE] = "the ICU fold threw ArgumentException ('String contains invalid Unicode code points') for any "
            + "text holding the noncharacter U+FFFE, a quirk of .NET's ICU normalization (U+FFFF and the other "
            + "noncharacters pass); the managed fold keeps it like every other noncharacter instead of failing",
    };

    [Fact]
    public void Fold_gives_what_the_icu_fold_gave_for_every_unicode_scalar_value_alone_and_between_hangul_jamo()
    {
        var differences = new List<string>();
        for (var code = 0; code <= 0x10FFFF; code++)
        {
            if (code is >= 0xD800 and <= 0xDFFF || KnownDifferences.ContainsKey(code))
                continue;
            var character = char.ConvertFromUtf32(code);
            // Alone; after an LV syllable and before a trailing consonant; between a leading consonant and
            // a vowel: the two Hangul compositions the old FormC made are exercised around every code point.
            foreach (var text in (string[])[character, "\uAC00" + character + "\u11A8", "\u1100" + character + "\u1161A"])
            {
                if (Difference(text) is { } difference)
                    differences.Add(difference);
            }
        }
        Assert.True(differences.Count == 0,
            $"{differences.Count} differences, the first ones:\n" + string.Join('\n', differences.Take(30)));
    }

    [Fact]
    public void The_known_differences_are_still_differences()
    {
        // An entry that no longer differs (a newer table, another ICU) should leave the list.
        foreach (var code in KnownDifferences.Keys)
            Assert.NotNull(Difference(char.ConvertFromUtf32(code)));
    }

    public static readonly TheoryData<string, string> RealisticTexts = new()
    {
        { "Dutch with accents", "Coöperatie Één Loket: café, crème brûlée, reünie, geïnteresseerd, ideeën, naïef" },
        { "Dutch capitals", "GEMEENTE DOMMELSTEDE – Woningcorporatie ‘Thuis’ & Zorg B.V." },
        { "ligatures", "Ĳsselzorg, ĳs, ﬁnanciën, ﬂexibel, ﬀ ﬃ ﬄ ﬅ ﬆ, Œuvre, Æsop, Straße, Øresund, Łódź, Đakovo" },
        { "full-width and compatibility forms", "ＧＥＭＥＥＮＴＥ ｇｅｍｅｅｎｔｅ １２３ ㈱ ㍿ ½ ² ℡ ™ Ⅻ ⅻ ① ⒜ ｶﾞ ﾊﾟ" },
        { "math letters", "𝐆𝐞𝐦𝐞𝐞𝐧𝐭𝐞 𝔇𝔬𝔪𝔪𝔢𝔩 𝕊𝕥𝕖𝕕𝕖 𝒜𝒷𝒸" },
        { "Hangul syllables", "한국어 협력 파트너 각 갂 힣" },
        { "Hangul jamo", "\u1100\u1161\u11A8 \u1112\u1175 \u3131\u314F \uFFA1\uFFC2 \u1100\u200D\u1161 ㈀ ㈎ ㉠ ㉮ ㈜" },
        { "Hangul fillers", "\u3164\u1100\uFFA0\u1161\u115F\u1160\u11A8 가\u3164\u11A8" },
        { "decomposed input", "Co\u006F\u0308peratie E\u0301e\u0301n Loket cafe\u0301 re\u0308unie A\u030A o\u0338 i\u0307" },
        { "marks in odd order", "a\u0323\u0302 a\u0302\u0323 \u1E69 s\u0307\u0323 q\u0307\u0323 \u0344\u0F73\u0F75\u0F81" },
        { "emoji with ZWJ", "👩\u200D👩\u200D👧 🏳️\u200D🌈 👍🏽 1️⃣ ❤\uFE0F Team 👩🏾\u200D💻" },
        { "lone surrogates", "half \uD800 a\uDC00b \uDBFF\uD83D\uDE00 end\uD83D" },
        { "invisible characters", "\uFEFFStich\u00ADting\u200B Wel\u2060zijn\u202B\u202C\U000E0041" },
        { "Turkish and Greek", "İstanbul Işık ΣΊΣΥΦΟΣ ὈΔΥΣΣΕΎΣ ﬓ Å Ω K" },
        { "other scripts", "Ελλάδα Москва́ ё й עִבְרִית العَرَبِيَّة ﷺ ﷽ हिन्दी ক্ষ ஔ ཱི ᬆ 𑂚 𑄮 ゔ ガ ㌀ 漢字 丽 丽" },
        { "controls and spaces", "tab\there\u00A0nbsp\u2003em\u3000ideographic\u202Fnarrow\r\n" },
    };

    [Theory]
    [MemberData(nameof(RealisticTexts))]
    public void Fold_gives_what_the_icu_fold_gave_for_realistic_text(string kind, string text) =>
        Assert.True(Difference(text) is null, kind + ": " + Difference(text));

    [Fact]
    public void Fold_gives_what_the_icu_fold_gave_for_every_pair_of_hangul_jamo_and_syllables()
    {
        // All conjoining jamo, compatibility and half-width jamo, the extended jamo blocks, every LV
        // syllable, and a few neighbours: a joiner, an accent, a parenthesized syllable.
        var pieces = Enumerable.Range(0x1100, 0x100).Concat(Enumerable.Range(0x3130, 0x60))
            .Concat(Enumerable.Range(0xA960, 0x20)).Concat(Enumerable.Range(0xD7B0, 0x50))
            .Concat(Enumerable.Range(0xFFA0, 0x40)).Concat(Enumerable.Range(0, 19 * 21).Select(lv => 0xAC00 + lv * 28))
            .Concat([0xAC01, 0xD7A3, 0x200D, 0x0301, 0x320E])
            .Select(char.ConvertFromUtf32).ToArray();
        var differences = (from first in pieces
                           from second in pieces
                           let difference = Difference(first + second)
                           where difference is not null
                           select difference).ToList();
        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(30)));
    }

    [Fact]
    public void Fold_gives_what_the_icu_fold_gave_for_random_mixtures_of_letters_marks_jamo_and_compatibility_characters()
    {
        // Ranges where the table, the mark filter and the Hangul composition meet; a fixed seed, so every run is the same.
        (int From, int To)[] ranges =
        [
            (0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF), (0x0900, 0x0DFF),
            (0x0F00, 0x0FFF), (0x1100, 0x11FF), (0x1E00, 0x1FFF), (0x2000, 0x24FF), (0x3000, 0x33FF),
            (0xAC00, 0xAC60), (0xFB00, 0xFDFF), (0xFE00, 0xFFEF), (0x1D400, 0x1D7FF), (0x1F000, 0x1F9FF),
            (0xE0000, 0xE007F), (0xD800, 0xDFFF),
        ];
        var random = new Random(20260101);
        var differences = new List<string>();
        for (var n = 0; n < 50_000; n++)
        {
            var builder = new StringBuilder();
            for (var length = random.Next(1, 9); length > 0; length--)
            {
                var (from, to) = ranges[random.Next(ranges.Length)];
                var code = random.Next(from, to + 1);
                builder.Append(code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code));
            }
            if (Difference(builder.ToString()) is { } difference)
                differences.Add(difference);
        }
        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(30)));
    }

    [Fact]
    public void An_ascii_key_without_capitals_is_returned_as_it_is() =>
        Assert.Equal("gemeente dommelstede 't hoekje", TextKey.Fold("gemeente dommelstede 't hoekje"));

    [Fact]
    public void Folding_a_word_allocates_only_the_key()
    {
        for (var i = 0; i < 100; i++)
            TextKey.Fold("Coöperatie");
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
            TextKey.Fold("Coöperatie");
        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0;
        // "cooperatie" as a string object is 42 bytes, 48 with alignment; the old Fold made four strings.
        Assert.InRange(perCall, 0, 48);
    }

    [Fact]
    public void Long_text_folds_whole()
    {
        var text = string.Concat(Enumerable.Repeat("Ĳsselzorg Ｃafé ﷺ 한국 ", 400));
        Assert.Equal(IcuReferenceFold.Fold(text), TextKey.Fold(text));
    }

    [Fact]
    public void TextKey_does_not_call_the_platforms_normalization()
    {
        // In the browser FormKD throws, and elsewhere it follows whatever ICU the machine has.
        var sources = Directory.GetFiles(Repository.PathOf("src", "HalenBrengen.Core"), "TextKey*.cs");
        Assert.Contains(sources, path => Path.GetFileName(path) == "TextKey.cs");
        foreach (var path in sources)
        {
            var source = File.ReadAllText(path);
            Assert.DoesNotContain(".Normalize(", source, StringComparison.Ordinal);
            Assert.DoesNotContain("IsNormalized(", source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_noncharacter_folds_to_itself_where_the_icu_fold_threw() =>
        Assert.Equal("a\uFFFEb\uFFFF", TextKey.Fold("A\uFFFEB\uFFFF"));

    private static string? Difference(string text)
    {
        string expected;
        try
        {
            expected = IcuReferenceFold.Fold(text);
        }
        catch (ArgumentException exception)
        {
            return $"{Codes(text)}: ICU fold threw '{exception.Message}'";
        }
        var actual = TextKey.Fold(text);
        return expected == actual ? null : $"{Codes(text)}: ICU fold {Codes(expected)}, managed fold {Codes(actual)}";
    }

    private static string Codes(string text) =>
        "[" + string.Join(' ', text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + "]";
}
