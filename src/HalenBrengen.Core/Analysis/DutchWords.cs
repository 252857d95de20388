using System.Globalization;
using System.Text;

namespace HalenBrengen.Core.Analysis;

/// <summary>
/// The meaningful words of a Dutch text, each reduced to a simple stem so that singular and plural,
/// and a diminutive and its word, meet: "vrijwilligers" and "vrijwilliger", "cijfers" and "cijfer",
/// "signalen" and "signaal", "huizen" and "huis". Case, accents and punctuation are ignored, and
/// common Dutch function words are left out. Deliberately light: it explains matches a person can
/// check, it is not a linguistic stemmer.
/// </summary>
public static class DutchWords
{
    /// <summary>Function words and fillers that say nothing about what a partner gets or brings.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "aan", "al", "alle", "alles", "als", "ander", "andere", "bij", "dan", "dat", "de", "deze", "die", "dit", "doen",
        "door", "een", "eigen", "elk", "elke", "en", "er", "geen", "goed", "goede", "graag", "had", "heb", "hebben",
        "heeft", "het", "hier", "hoe", "hun", "ieder", "iedere", "iets", "in", "is", "je", "jij", "jouw", "kan", "komen",
        "kunnen", "maar", "meer", "met", "mogelijk", "na", "naar", "niet", "nog", "nu", "of", "om", "onder", "ons",
        "onze", "ook", "op", "over", "per", "samen", "te", "tegen", "ten", "ter", "tot", "tussen", "u", "uit", "uw",
        "van", "veel", "voor", "waar", "wat", "we", "weer", "wel", "welke", "wie", "wij", "willen", "wil", "word",
        "worden", "wordt", "zich", "zij", "zijn", "ze", "zo", "zoals", "zodat", "zonder", "zou", "zullen",
        // common verbs and fillers that carry no subject
        "altijd", "blijven", "daar", "dus", "echt", "erg", "even", "gaan", "gaat", "heel", "hoeven", "kunt", "laten",
        "maken", "moet", "moeten", "mag", "mogen", "nooit", "omdat", "staan", "staat", "steeds", "toch", "vaak",
        "want", "waarom", "weten", "zelf", "zelfs", "zien", "ziet", "zitten",
        // words every interest uses, which would otherwise come back as a 'shared theme' in every coalition
        "elkaar", "hoeft", "houden", "kent", "krijgen", "mensen", "minder", "vaste",
    };

    private const string Vowels = "aeiouy";

    /// <summary>Whether a folded word says nothing about what a partner gets or brings.</summary>
    internal static bool IsStopWord(string folded) => StopWords.Contains(folded);

    /// <summary>
    /// The stems of the meaningful words, in order of first appearance, each with the word as written
    /// where it first appeared (for explanations).
    /// </summary>
    public static IReadOnlyList<(string Stem, string Word)> Of(string? text)
    {
        var result = new List<(string, string)>();
        if (string.IsNullOrEmpty(text))
            return result;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (folded, original) in Words(text))
        {
            if (folded.Length < 3 || StopWords.Contains(folded) || folded.All(char.IsAsciiDigit))
                continue;
            var stem = Stem(folded);
            if (stem.Length >= 3 && seen.Add(stem))
                result.Add((stem, original));
        }
        return result;
    }

    /// <summary>
    /// Splits on anything that is not a letter or digit; returns each word folded and as written. An
    /// accent typed decomposed (NFD: 'o' + U+0308) and a character that renders as nothing (a zero-width
    /// joiner, a soft hyphen) belong to the word they are in.
    /// </summary>
    internal static IEnumerable<(string Folded, string Original)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i])
                || (start >= 0 && text[i] == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                || (start >= 0 && (IsMark(text[i]) || IsIgnorableAt(text, i))));
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                var original = text[start..i];
                yield return (TextKey.Fold(original).Replace("'", string.Empty, StringComparison.Ordinal), original);
                start = -1;
            }
        }
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsIgnorableAt(string text, int i)
    {
        if (char.IsLowSurrogate(text[i]) && i > 0)
            i--;
        return Rune.TryGetRuneAt(text, i, out var rune) && TextKey.IsDefaultIgnorable(rune);
    }

    /// <summary>
    /// Diminutive and plural endings off, then the Dutch spelling rules that change a stem when an
    /// ending is added undone: a doubled consonant ("bedden"), an open syllable's single vowel
    /// ("signalen" → "signaal"), and v/z for f/s ("huizen" → "huis").
    /// </summary>
    public static string Stem(string word)
    {
        var w = word;
        foreach (var ending in new[] { "etjes", "etje", "tjes", "pjes", "jes", "tje", "pje", "je" })
        {
            if (w.Length - ending.Length < 3 || !w.EndsWith(ending, StringComparison.Ordinal))
                continue;
            var rest = w[..^ending.Length];
            // maatje is maat + je, not maa + tje: after a long (double) vowel the t is the word's own.
            if (ending[0] == 't' && rest.Length >= 2 && IsVowel(rest[^1]) && rest[^1] == rest[^2])
                rest += "t";
            w = rest;
            break;
        }
        if (w.Length > 5 && w.EndsWith("eren", StringComparison.Ordinal))
            return w[..^4]; // kinderen → kind, eieren → ei-ish: only the plural -eren, long words
        if (w.Length > 4 && w.EndsWith("en", StringComparison.Ordinal) && !w.EndsWith("een", StringComparison.Ordinal))
            return Respell(w[..^2]);
        if (w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("os", StringComparison.Ordinal))
            return w[..^1].TrimEnd('\'');
        return w;
    }

    private static string Respell(string stem)
    {
        if (stem.Length < 3)
            return stem;
        var builder = new StringBuilder(stem);
        var last = builder[^1];
        // bedden → bedd → bed
        if (!IsVowel(last) && builder[^2] == last)
            return builder.ToString(0, builder.Length - 1);
        // huizen → huiz → huis, dieven → diev → dief
        if (last == 'z') builder[^1] = 's';
        else if (last == 'v') builder[^1] = 'f';
        // signalen → signal → signaal: a single vowel between consonants was long in the open syllable
        var n = builder.Length;
        if (n >= 3 && !IsVowel(builder[n - 1]) && IsVowel(builder[n - 2]) && !IsVowel(builder[n - 3]) && builder[n - 2] != 'e' && builder[n - 2] != 'i')
            builder.Insert(n - 2, builder[n - 2]);
        return builder.ToString();
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);
}
