using System.Text.RegularExpressions;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

/// <summary>
/// The evidence of one item, as weighted terms: each meaningful word's stem, each concept of
/// <see cref="ConceptList"/> its words belong to, and the known parts of its compounds. The Wat weighs
/// most; the Toelichting and the Omvang, where partners often say what they mean, count half. Ids are
/// sorted; each term keeps the word as the partner wrote it, so a reason can quote it.
/// </summary>
/// <see cref="Heads"/>: the means its Wat is first of all about, the concepts of the head of its first noun
/// phrase ("Budget voor de wijkaanpak": geld; "Kennis van schulden en budgetteren": kennis).
/// <see cref="Bare"/>: its Wat names only a means, nothing it is for ("Nieuwe vrijwilligers", "Een bijdrage aan het buurtbudget").
internal sealed record ItemTerms(int[] Ids, float[] Weights, string[] Written, bool Gives, bool Receives, int[] Heads, bool Bare, int[] Limits)
{
    public const float Wat = 1f, Besides = .5f, CompoundPart = .7f, WordInConcept = .3f, Name = .3f;
}

/// <summary>
/// Builds the terms of every item of a coalition on one vocabulary: word terms ("w:" + stem) and concept
/// terms ("c:" + index). A compound is split where its end is a word someone in the coalition wrote on its
/// own (avondsurveillance → surveillance, and avond when that is a word too), so the parts meet.
/// </summary>
internal sealed partial class TermBuilder
{
    /// <summary>An exclusion, to the end of its sentence: "niet voor horeca", "niet bedoeld voor salarissen".</summary>
    [GeneratedRegex(@"\bniet\s+(?:bedoeld\s+)?(?:voor|naar)\b[^.;\n]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Excluded();

    /// <summary>
    /// A Wat that asks for people by what they do ("Mensen die een middag willen meehelpen", "iemand die de sleutel beheert"):
    /// it asks for menskracht, though the word for the people is one everybody writes.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:een|nieuwe|meer|extra|enkele|wat|paar|actieve)\s+)*(iemand|mensen|personen|bewoners|buurtbewoners|inwoners|mannen|vrouwen)\b[^.;]*\bdie\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex People();

    private readonly ConceptList _concepts;
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<int>> _conceptCache = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<Item, List<Token>[]> _tokens = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string[]> _partsCache = new(StringComparer.Ordinal);

    public TermBuilder(ConceptList concepts) => _concepts = concepts;

    /// <summary>How many terms the vocabulary has.</summary>
    public int Count => _vocabulary.Count;

    /// <summary>The concept a term id stands for, or null for a word term.</summary>
    public IReadOnlyList<int?> ConceptOf => _conceptOf;

    private readonly List<int?> _conceptOf = [];
    private readonly HashSet<int> _meansWords = [];

    /// <summary>Whether a term is a means: a means concept, or a word that belongs to one ("budget" as a word).</summary>
    public bool IsMeans(int id) => _conceptOf[id] is { } c ? !_concepts.IsSubject(c) : _meansWords.Contains(id);

    /// <summary>
    /// Words that qualify what is asked or offered without saying what it is (beter, kleine, snel, extra):
    /// a match on them alone is a coincidence of style.
    /// </summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "beter", "betere", "klein", "kleine", "groot", "grote", "nieuw", "nieuwe", "extra", "alleen", "rond", "ding", "dingen", "stuk", "manier", "keer", "jaar", "jaarlijks", "week", "wekelijks",
        "maand", "dag", "dagen", "vast", "vaste", "lang", "lange", "kort", "korte", "hele", "heel", "echte", "samen", "gezamenlijk",
        "gezamenlijke", "eerste", "tweede", "volgend", "volgende", "laatste", "genoeg", "voldoende", "graag", "zelf", "zeker",
        "belangrijk", "belangrijke", "duidelijk", "duidelijke", "concreet", "concrete", "actief", "actieve", "directe", "direct",
        "gratis", "iedereen", "niemand", "plan", "project", "projecten", "aanpak", "inzet", "rol", "vorm", "deel", "wijk", "buurt",
        "bewoner", "bewoners", "inwoner", "inwoners", "organisatie", "organisaties", "partner", "partners", "samenwerking",
    };

    private readonly record struct Token(string Folded, string Stem, string Written, bool Named);

    /// <summary>The meaningful words of a text: folded, stemmed, as written.</summary>
    private static List<Token> Tokens(string? text)
    {
        var result = new List<Token>();
        if (string.IsNullOrEmpty(text))
            return result;
        // What an item says it is not for ("niet voor evenementen") is no evidence that it is.
        text = Excluded().Replace(text, " ");
        var first = true;
        foreach (var (folded, original) in DutchWords.Words(text))
        {
            // A capital inside the text is a name (Merelplein, Tiel-Oost): where it is, not what is exchanged.
            var named = !first && char.IsUpper(original[0]);
            first = false;
            if (folded.Length < 3 || DutchWords.IsStopWord(folded) || Qualifiers.Contains(folded) || !DutchWordClasses.IsContent(folded))
                continue;
            result.Add(new Token(folded, DutchWords.Stem(folded), original, named));
        }
        return result;
    }

    /// <summary>An item's fields, weighed: the Wat most, the Toelichting and the Omvang half.</summary>
    private static (string? Text, float Weight)[] Fields(Item item) =>
        [(item.Text.Value, ItemTerms.Wat), (item.Toelichting?.Value, ItemTerms.Besides), (item.Omvang?.Value, ItemTerms.Besides)];

    /// <summary>
    /// First pass: every stem written on its own is a known word a compound may end in. The item's words are kept for
    /// the second pass, so no text is read twice.
    /// </summary>
    public void Learn(Item item)
    {
        var tokens = Fields(item).Select(f => Tokens(f.Text)).ToArray();
        foreach (var token in tokens.SelectMany(t => t))
        {
            if (token.Stem.Length >= 4)
                _known.Add(token.Stem);
        }
        _tokens[item] = tokens;
    }

    /// <summary>Second pass: the item's terms, each at the highest weight it has in any field.</summary>
    public ItemTerms Terms(Item item)
    {
        var terms = new Dictionary<int, (float Weight, string Written)>();
        bool gives = false, receives = false, bare = true;
        var fields = Fields(item);
        var learnt = _tokens.Remove(item, out var kept) ? kept : fields.Select(f => Tokens(f.Text)).ToArray();
        for (var f = 0; f < fields.Length; f++)
        {
            var (text, weight) = fields[f];
            foreach (var token in learnt[f])
            {
                // A word of giving or receiving tells the direction, not what is exchanged.
                if (_concepts.Gives(token.Stem) || _concepts.Receives(token.Stem))
                {
                    gives |= weight == ItemTerms.Wat && _concepts.Gives(token.Stem);
                    receives |= weight == ItemTerms.Wat && _concepts.Receives(token.Stem);
                    continue;
                }
                var concepts = ConceptsOf(token);
                // A word of the Wat that is no means and no name says what the item is for.
                if (weight == ItemTerms.Wat && !token.Named && !concepts.Any(c => !_concepts.IsSubject(c)))
                    bare = false;
                foreach (var concept in concepts)
                {
                    Add(terms, Id("c:" + concept, concept), weight, token.Written);
                    Add(terms, RelatedId(concept), weight, token.Written);
                }
                foreach (var concept in RelatedOf(token))
                    Add(terms, RelatedId(concept), weight, token.Written);
                var own = token.Named ? weight * ItemTerms.Name : weight;
                var word = Id("w:" + token.Stem, null);
                if (concepts.Any(c => !_concepts.IsSubject(c)))
                    _meansWords.Add(word);
                Add(terms, word, concepts.Count > 0 ? own * ItemTerms.WordInConcept : own, token.Written);
                foreach (var part in PartsOf(token))
                    Add(terms, Id("w:" + part, null), own * ItemTerms.CompoundPart, token.Written);
            }
            if (_concepts.Money is { } money && text is not null && Amount(text) is { } amount)
                Add(terms, Id("c:" + money, money), weight, amount);
            if (weight == ItemTerms.Wat && _concepts.People is { } people && text is not null && People().Match(text) is { Success: true } who)
                Add(terms, Id("c:" + people, people), weight, who.Groups[1].Value);
        }
        var ids = terms.Keys.Order().ToArray();
        return new ItemTerms(ids, ids.Select(i => terms[i].Weight).ToArray(), ids.Select(i => terms[i].Written).ToArray(), gives, receives, Heads(item), bare, Limits(item));
    }

    /// <summary>
    /// What an item says it is only for ("alleen voor sportverenigingen", "alleen in de kern"): the terms of those words, the
    /// words and their concepts, that a want must share to be answered by it for sure. Empty: no such limit.
    /// </summary>
    private int[] Limits(Item item)
    {
        var limits = new List<int>();
        foreach (var (text, _) in Fields(item))
        {
            if (text is null)
                continue;
            foreach (var only in Only().Matches(text).Select(m => m.Groups[1].Value))
            {
                foreach (var token in Tokens(only))
                {
                    limits.Add(Id("w:" + token.Stem, null));
                    limits.AddRange(ConceptsOf(token).Select(c => Id("c:" + c, c)));
                }
            }
        }
        return [.. limits.Distinct().Order()];
    }

    /// <summary>A limit, to the end of its sentence: "alleen voor …", "uitsluitend bij …".</summary>
    [GeneratedRegex(@"\b(?:alleen|uitsluitend|enkel)\s+(?:voor|bij|in|op|aan|met)\b([^.;\n]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Only();

    /// <summary>The means (not subjects) of the Wat's first noun phrase whose head says something ("een stuk", "de wijk" do not).</summary>
    private int[] Heads(Item item)
    {
        foreach (var phrase in NounPhrases.Of(item.Text.Value))
        {
            var folded = TextKey.Fold(phrase.Head);
            if (DutchWordClasses.Generic.Contains(folded) || Qualifiers.Contains(folded) || DutchWords.IsStopWord(folded))
                continue;
            return ConceptsOf(new Token(folded, DutchWords.Stem(folded), phrase.Head, false))
                .Where(c => !_concepts.IsSubject(c)).Select(c => Id("c:" + c, c)).Order().ToArray();
        }
        return [];
    }

    private static void Add(Dictionary<int, (float Weight, string Written)> terms, int id, float weight, string written)
    {
        if (!terms.TryGetValue(id, out var had) || had.Weight < weight)
            terms[id] = (weight, had.Written ?? written);
    }

    private int Id(string key, int? concept)
    {
        if (!_vocabulary.TryGetValue(key, out var id))
        {
            id = _vocabulary.Count;
            _vocabulary.Add(key, id);
            _conceptOf.Add(concept);
        }
        return id;
    }

    /// <summary>
    /// The term of a concept reached through its words or its related words ("r:" + index): it meets the other side's
    /// either way, ranks a possible suggestion and never makes a sure one (<see cref="IsRelated"/>).
    /// </summary>
    private int RelatedId(int concept)
    {
        var id = Id("r:" + concept, concept);
        while (_coreOf.Count <= id)
            _coreOf.Add(-1);
        _coreOf[id] = Id("c:" + concept, concept);
        return id;
    }

    private readonly List<int> _coreOf = [];

    /// <summary>Whether a term is a concept reached through related words too; <paramref name="core"/>: the concept's own term.</summary>
    public bool IsRelated(int id, out int core)
    {
        core = id < _coreOf.Count ? _coreOf[id] : -1;
        return core >= 0;
    }

    private readonly Dictionary<string, IReadOnlyList<int>> _relatedCache = new(StringComparer.Ordinal);

    private IReadOnlyList<int> RelatedOf(Token token)
    {
        if (!_relatedCache.TryGetValue(token.Folded, out var concepts))
            _relatedCache[token.Folded] = concepts = _concepts.RelatedOf(token.Folded, token.Stem);
        return concepts;
    }

    private IReadOnlyList<int> ConceptsOf(Token token)
    {
        if (!_conceptCache.TryGetValue(token.Folded, out var concepts))
            _conceptCache[token.Folded] = concepts = _concepts.Of(token.Folded, token.Stem);
        return concepts;
    }

    /// <summary>A word's compound parts, worked out once per word of the coalition (every suffix is stemmed to find them).</summary>
    private string[] PartsOf(Token token)
    {
        if (!_partsCache.TryGetValue(token.Folded, out var parts))
            _partsCache[token.Folded] = parts = Parts(token.Folded, token.Stem).ToArray();
        return parts;
    }

    /// <summary>
    /// The known words a compound is made of: the longest known end of at least four letters, and its
    /// beginning when that is known too (with or without the linking s or e); where no end is known, the
    /// longest known beginning ("avond|surveillance").
    /// </summary>
    private IEnumerable<string> Parts(string folded, string stem)
    {
        if (folded.Length < 8)
            yield break;
        for (var start = 3; start <= folded.Length - 4; start++)
        {
            var end = DutchWords.Stem(folded[start..]);
            if (end == stem || !_known.Contains(end))
                continue;
            yield return end;
            if (Beginning(folded[..start]) is { } begin)
                yield return begin;
            yield break;
        }
        for (var end = folded.Length - 4; end >= 4; end--)
        {
            if (Beginning(folded[..end]) is { } begin && begin != stem)
            {
                yield return begin;
                // A compound of three (schuld|hulp|verlening): what follows the known beginning is split the same way.
                var rest = folded[end..];
                if (rest.Length >= 4)
                {
                    for (var next = rest.Length - 1; next >= 4; next--)
                    {
                        if (Beginning(rest[..next]) is { } second && second != begin)
                        {
                            yield return second;
                            break;
                        }
                    }
                }
                yield break;
            }
        }
    }

    /// <summary>
    /// The shortest beginning a compound is split on: four letters (hulp|verlening, avond|surveillance). Five was
    /// measured, to keep 'werk' in werkdruk and werkdagen apart: it lost more right suggestions than wrong ones.
    /// </summary>
    private const int BeginningLeast = 4;

    /// <summary>A compound's beginning as a known word, with or without its linking s or e; null when it is none.</summary>
    private string? Beginning(string head)
    {
        foreach (var candidate in new[] { head, head.TrimEnd('s'), head.TrimEnd('e') })
        {
            if (candidate.Length >= BeginningLeast && _known.Contains(DutchWords.Stem(candidate)))
                return DutchWords.Stem(candidate);
        }
        return null;
    }

    /// <summary>An amount of money in a text, as written ("€ 25.000 per jaar"), or null.</summary>
    private static string? Amount(string text)
    {
        var at = text.IndexOf('€', StringComparison.Ordinal);
        if (at < 0)
        {
            at = text.IndexOf("euro", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
                return null;
            // "25.000 euro": the number before it belongs to the amount.
            var from = at;
            while (from > 0 && (char.IsAsciiDigit(text[from - 1]) || text[from - 1] is '.' or ',' or ' '))
                from--;
            at = from;
        }
        var stop = text.IndexOfAny([',', ';', '(', '\n'], at + 1);
        var amount = (stop < 0 ? text[at..] : text[at..stop]).Trim();
        return amount.Length <= 28 ? amount : amount[..28].TrimEnd() + "…";
    }
}
