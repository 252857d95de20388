using System.Text;

namespace HalenBrengen.Core.Analysis;

/// <summary>
/// The curated concepts of Concepts.txt: what partners mean when they use different words for one thing
/// (geld, budget, subsidie, "€ 25.000"). A word belongs to a concept when its stem is one of the concept's
/// words, or when it begins (five letters or more) or ends (four or more) with one: Dutch writes compounds
/// as one word, so 'subsidieaanvraag' and 'huiswerkbegeleiding' meet 'subsidie' and 'begeleiding'.
/// Concepts after the line "[onderwerpen]" are subjects, the ones before it means (<see cref="IsSubject"/>).
/// Two lines name the words of giving (@geven) and of receiving (@ontvangen), which tell the direction of
/// an item. After the line "[verwant]", lines name related words of a concept (<see cref="RelatedOf"/>): they
/// rank a possible suggestion, never make a sure one. Read once from the assembly; the file is data a
/// facilitator can read and extend.
/// </summary>
public sealed class ConceptList
{
    private const string ResourceName = "HalenBrengen.Core.Concepts.txt";

    /// <summary>The shortest concept word found at the start of a longer word; at the end, one shorter.</summary>
    private const int PrefixLeast = 5, SuffixLeast = 4;

    private readonly Dictionary<string, int[]> _byStem, _relatedByStem;
    private readonly HashSet<string> _give, _receive;
    private readonly int _longest, _relatedLongest;

    private readonly IReadOnlyList<bool> _subjects;

    /// <summary>
    /// Whether a concept is a subject (what an item is about: jeugd, wonen, sport) rather than a means (what is
    /// exchanged: geld, ruimte, menskracht). A shared subject makes a match possible; a shared means makes it strong.
    /// </summary>
    public bool IsSubject(int concept) => _subjects[concept];

    /// <summary>The names of the concepts, as a facilitator reads them ("geld", "ruimte").</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The concept every amount of money belongs to (a '€' or an amount in euro), if the list has one.</summary>
    public int? Money { get; }

    /// <summary>The concept of people and their time, which a Wat asking for people by what they do ("mensen die …") is about, if the list has one.</summary>
    public int? People { get; }

    private ConceptList(IReadOnlyList<string> names, IReadOnlyList<bool> subjects, Dictionary<string, int[]> byStem,
        Dictionary<string, int[]> relatedByStem, HashSet<string> give, HashSet<string> receive)
    {
        Names = names;
        _subjects = subjects;
        _byStem = byStem;
        _relatedByStem = relatedByStem;
        _give = give;
        _receive = receive;
        _longest = byStem.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        _relatedLongest = relatedByStem.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        Money = _byStem.TryGetValue(DutchWords.Stem("geld"), out var money) ? money[0] : null;
        People = _byStem.TryGetValue(DutchWords.Stem("menskracht"), out var people) ? people[0] : null;
    }

    /// <summary>The list of this assembly, read on first use.</summary>
    public static ConceptList Instance { get; } = Load();

    /// <summary>The concepts a folded word (and its stem) belongs to: whole, or as the start or end of a compound.</summary>
    public IReadOnlyList<int> Of(string folded, string stem) => Lookup(_byStem, _longest, folded, stem, wholeOnly: false);

    /// <summary>
    /// The concepts a folded word is related to and does not belong to (<see cref="Of"/>): 'centen' to geld. A word
    /// the list has whole is not split for them, as it is not for <see cref="Of"/>.
    /// </summary>
    public IReadOnlyList<int> RelatedOf(string folded, string stem)
    {
        var core = Of(folded, stem);
        var whole = core.Count > 0 && (_byStem.ContainsKey(stem) || _byStem.ContainsKey(folded));
        var related = Lookup(_relatedByStem, _relatedLongest, folded, stem, whole);
        return related.Count == 0 || core.Count == 0 ? related : related.Where(c => !core.Contains(c)).ToArray();
    }

    private static IReadOnlyList<int> Lookup(Dictionary<string, int[]> byStem, int longest, string folded, string stem, bool wholeOnly)
    {
        if (byStem.TryGetValue(stem, out var whole) || byStem.TryGetValue(folded, out whole))
            return whole;
        if (wholeOnly)
            return [];
        List<int>? found = null;
        // A compound's head is its end ('huiswerk|begeleiding'), its first part says of what.
        for (var end = Math.Min(folded.Length - 3, longest); end >= PrefixLeast; end--)
            Add(byStem, ref found, folded[..end]);
        for (var start = Math.Max(3, folded.Length - longest - 2); start <= folded.Length - SuffixLeast; start++)
        {
            Add(byStem, ref found, folded[start..]);
            Add(byStem, ref found, DutchWords.Stem(folded[start..]));
        }
        return found is null ? [] : found;
    }

    private static void Add(Dictionary<string, int[]> byStem, ref List<int>? found, string part)
    {
        if (!byStem.TryGetValue(part, out var concepts))
            return;
        found ??= [];
        foreach (var c in concepts)
        {
            if (!found.Contains(c))
                found.Add(c);
        }
    }

    /// <summary>Whether a stem is a word of giving or passing on (delen, leveren, melden).</summary>
    public bool Gives(string stem) => _give.Contains(stem);

    /// <summary>Whether a stem is a word of receiving (ontvangen, krijgen, opvangen).</summary>
    public bool Receives(string stem) => _receive.Contains(stem);

    /// <summary>Reads a list in the format of Concepts.txt: "naam: woord, woord", '#' for comments.</summary>
    public static ConceptList Parse(TextReader reader)
    {
        var names = new List<string>();
        var subjects = new List<bool>();
        var subject = false;
        var byStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var relatedByStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var related = false;
        var give = new HashSet<string>(StringComparer.Ordinal);
        var receive = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() == "[onderwerpen]")
                subject = true;
            if (line.Trim() == "[verwant]")
                related = true;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.TrimStart().StartsWith('#') || colon < 0)
                continue;
            var name = line[..colon].Trim();
            var words = line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (name.StartsWith('@'))
            {
                var set = name == "@geven" ? give : name == "@ontvangen" ? receive : null;
                foreach (var word in words.Where(w => !w.Contains(' ', StringComparison.Ordinal)))
                    set?.Add(DutchWords.Stem(TextKey.Fold(word)));
                continue;
            }
            var index = related ? names.IndexOf(name) : names.Count;
            if (index < 0)
                throw new FormatException($"The related words of '{name}' name no concept of the list above them.");
            if (!related)
            {
                names.Add(name);
                subjects.Add(subject);
            }
            // A phrase of several words is found by its longest word, which says the most.
            var target = related ? relatedByStem : byStem;
            foreach (var word in words.Select(w => w.Split(' ').MaxBy(p => p.Length)!).Concat(related ? [] : [name.Split(' ').MaxBy(p => p.Length)!]))
            {
                var folded = TextKey.Fold(word);
                foreach (var key in new[] { DutchWords.Stem(folded), folded }.Distinct())
                {
                    if (key.Length < 3)
                        continue;
                    if (!target.TryGetValue(key, out var list))
                        target[key] = list = [];
                    if (!list.Contains(index))
                        list.Add(index);
                }
            }
        }
        return new ConceptList(names, subjects, byStem.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            relatedByStem.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), give, receive);
    }

    private static ConceptList Load()
    {
        using var stream = typeof(ConceptList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The concept list '{ResourceName}' is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }
}
