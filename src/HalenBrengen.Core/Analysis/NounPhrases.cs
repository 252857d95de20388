namespace HalenBrengen.Core.Analysis;

/// <summary>
/// A noun phrase found in a Dutch text: the stem of its head noun (where two partners' phrases meet),
/// the head as written, and the phrase as written: the adjectives before the head, and the head.
/// </summary>
public readonly record struct NounPhrase(string Key, string Head, string Phrase);

/// <summary>
/// The noun phrases of a Dutch text, found by the simple patterns of the language rather than by a
/// dictionary: a noun phrase starts where a text or sentence starts, after an article, a possessive, a
/// number or a quantity ("de", "onze", "twee", "minder"), after a preposition ("van", "voor", "over"),
/// after a conjunction that opens a clause ("als", "waar", "zodat"), after "en", "of" or a comma that
/// continues a list of nouns, and at an attributive adjective ("sociaal werk"). From there its words run
/// to the next function word or punctuation; adjectives come first and the first word that is not one is
/// the head. A word before "is", "wordt" or another verb that closes a clause is its predicate, not its
/// head ("als de schulden onoplosbaar zijn"). So a verb, an adverb or a filler in a sentence is never
/// taken for a subject, which a word count did ("toegelicht", "uitgebreid", "iedereen"). Deliberately
/// light, like <see cref="DutchWords"/>: a facilitator can check what it finds against the texts.
/// </summary>
public static class NounPhrases
{
    private enum Boundary { None, Sentence, List }

    private readonly record struct Token(string Folded, string Original, Boundary Before);

    /// <summary>Characters that end a sentence or a clause; a comma (and a list's semicolon) continues a list.</summary>
    private const string SentenceEnds = ".!?:;•·()[]\n\r\u2013\u2014";

    public static IReadOnlyList<NounPhrase> Of(string? text)
    {
        var found = new List<NounPhrase>();
        if (string.IsNullOrWhiteSpace(text))
            return found;
        var tokens = Tokens(text);
        var cue = false;
        var afterHead = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Before == Boundary.Sentence)
                (cue, afterHead) = (true, false);
            else if (token.Before == Boundary.List)
                (cue, afterHead) = (afterHead, false);
            var word = token.Folded;
            if (DutchWordClasses.StartsPhrase(word))
            {
                (cue, afterHead) = (true, false);
                continue;
            }
            if (DutchWordClasses.Coordinators.Contains(word))
            {
                (cue, afterHead) = (afterHead, false);
                continue;
            }
            if (!DutchWordClasses.IsContent(word) || !(cue || StartsWithAdjective(tokens, i)))
            {
                (cue, afterHead) = (false, false);
                continue;
            }
            var end = RunEnd(tokens, i);
            var (phrase, last) = Phrase(tokens, i, end);
            if (phrase is { } p)
                found.Add(p);
            (cue, afterHead) = (false, last);
            i = end - 1;
        }
        return found;
    }

    /// <summary>The words of a phrase: content words with no punctuation between them, starting at <paramref name="start"/>.</summary>
    private static int RunEnd(IReadOnlyList<Token> tokens, int start)
    {
        var end = start + 1;
        while (end < tokens.Count && tokens[end].Before == Boundary.None && DutchWordClasses.IsContent(tokens[end].Folded))
            end++;
        return end;
    }

    /// <summary>
    /// An adjective before a word of its phrase starts one where nothing else does ("wat sociaal werk
    /// oplevert"), unless it is uninflected before a word in -en: a plural noun would have made it
    /// "sociale", so that word is a verb and the adjective an adverb ("preventief werken").
    /// </summary>
    private static bool StartsWithAdjective(IReadOnlyList<Token> tokens, int i) =>
        DutchWordClasses.IsAdjective(tokens[i].Folded, shapeOnly: true) && IsContentAt(tokens, i + 1)
        && (tokens[i].Folded.EndsWith('e') || !tokens[i + 1].Folded.EndsWith("en", StringComparison.Ordinal));

    private static bool IsContentAt(IReadOnlyList<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].Before == Boundary.None && DutchWordClasses.IsContent(tokens[i].Folded);

    /// <summary>
    /// The phrase in tokens [start, end): adjectives, then the head; a quantity ("een stapel ongeopende post")
    /// hands the head on to what follows it. Also says whether the head was the run's last word, so that an
    /// "en" after it continues the list.
    /// </summary>
    private static (NounPhrase? Phrase, bool HeadLast) Phrase(IReadOnlyList<Token> tokens, int start, int end)
    {
        // A clause that ends in a verb ("dat een wijkaanpak werkt", "als de schulden hoog zijn"): the run's last word is its predicate.
        if (end - start >= 2 && end < tokens.Count && tokens[end].Before == Boundary.None && DutchWordClasses.ClosingVerbs.Contains(tokens[end].Folded))
            end--;
        var first = start;
        for (var k = start; k < end; k++)
        {
            var word = tokens[k].Folded;
            var hasNext = k + 1 < end;
            if (hasNext && DutchWordClasses.Quantities.Contains(word))
            {
                first = k + 1;
                continue;
            }
            if (hasNext && DutchWordClasses.IsAdjective(word))
                continue;
            if (!IsHead(tokens[k]))
                return (null, false);
            var phrase = string.Join(' ', Enumerable.Range(first, k - first + 1).Select(j => tokens[j].Original.ToLowerInvariant()));
            return (new NounPhrase(DutchWords.Stem(word), tokens[k].Original.ToLowerInvariant(), phrase), k == end - 1);
        }
        return (null, false);
    }

    /// <summary>
    /// A head names a subject: not a name (a capital inside a sentence, or all capitals), not a number,
    /// not a word that could stand for anything ("mensen", "manier") or for the place everyone works in ("wijk").
    /// </summary>
    private static bool IsHead(Token token)
    {
        var word = token.Folded;
        if (word.Length < 3 || word.Any(char.IsAsciiDigit) || DutchWordClasses.Generic.Contains(word))
            return false;
        var original = token.Original;
        var letters = original.Where(char.IsLetter).ToList();
        if (letters.Count >= 2 && letters.All(char.IsUpper))
            return false;
        return token.Before == Boundary.Sentence || !char.IsUpper(original[0]);
    }

    /// <summary>The words of the text, each marked with what came before it: a sentence's end, a comma, or nothing.</summary>
    private static IReadOnlyList<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        var before = Boundary.Sentence;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length;
            var c = end ? '.' : text[i];
            var isSentenceEnd = SentenceEnds.Contains(c, StringComparison.Ordinal);
            if (!end && !isSentenceEnd && c != ',')
                continue;
            // A full stop or comma inside a number ("1,5 fte", "15.00 uur") is no boundary.
            if (!end && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
                continue;
            foreach (var (folded, original) in DutchWords.Words(text[start..i]))
            {
                tokens.Add(new Token(folded, original, before));
                before = Boundary.None;
            }
            // Two boundaries in a row (", en" or ". ,") count as the stronger one.
            before = isSentenceEnd || before == Boundary.Sentence ? Boundary.Sentence : Boundary.List;
            start = i + 1;
        }
        return tokens;
    }
}
