using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

/// <summary>
/// A brengen item of one partner that could answer a halen item of another, with why: the same Soort,
/// and the meaningful words they share. Both items keep their cells, so a match can be checked at the source.
/// </summary>
public sealed record Match(Partner Wanter, Item Want, Partner Bringer, Item Offer, bool SameSoort, IReadOnlyList<string> SharedWords)
{
    /// <summary>One point for the same Soort, two for every shared meaningful word.</summary>
    public int Score => (SameSoort ? 1 : 0) + 2 * SharedWords.Count;

    public string Why(Language language)
    {
        var parts = new List<string>();
        if (SameSoort && Want.Soort?.Value is { } soort)
            parts.Add(language == Language.Nl ? $"zelfde soort: {ValueLists.Label(soort)}" : $"same kind: {ValueLists.Label(soort)}");
        if (SharedWords.Count > 0)
            parts.Add((language == Language.Nl ? "gedeelde woorden: " : "shared words: ") + string.Join(", ", SharedWords));
        return string.Join("; ", parts);
    }
}

/// <summary>A halen item no other partner's brengen answers yet.</summary>
public sealed record OpenNeed(Partner Wanter, Item Want);

/// <summary>How many of one partner's wants another partner could answer: [wanter, bringer], in partner order.</summary>
public sealed record MatchMatrix(IReadOnlyList<Partner> Partners, int[,] Counts)
{
    public int this[int wanter, int bringer] => Counts[wanter, bringer];
}

/// <summary>Finds, for every halen item, the brengen items of other partners that could answer it.</summary>
public static class Matching
{
    private sealed record Indexed(int Partner, int Position, Item Item, int[] Words, Soort? Soort);

    /// <summary>
    /// Every match, grouped by want in partner and item order; within a want the best first, ties in
    /// partner and item order. An inverted index over the offers' words and Soorten keeps this well
    /// under a second for a hundred partners with twenty items each.
    /// </summary>
    public static IReadOnlyList<Match> Find(IReadOnlyList<Partner> partners)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var offers = new List<Indexed>();
        var byWord = new Dictionary<int, List<int>>();
        var bySoort = new Dictionary<Soort, List<int>>();
        for (var p = 0; p < partners.Count; p++)
        {
            for (var i = 0; i < partners[p].Brengen.Count; i++)
            {
                var item = partners[p].Brengen[i];
                var offer = new Indexed(p, i, item, WordIds(item, vocabulary).Ids, item.Soort?.Value);
                var index = offers.Count;
                offers.Add(offer);
                foreach (var word in offer.Words)
                    Add(byWord, word, index);
                if (offer.Soort is { } soort && soort != Soort.Overig)
                    Add(bySoort, soort, index);
            }
        }

        var matches = new List<Match>();
        var shared = new Dictionary<int, List<int>>();
        for (var p = 0; p < partners.Count; p++)
        {
            foreach (var want in partners[p].Halen)
            {
                shared.Clear();
                var (words, written) = WordIds(want, vocabulary);
                foreach (var word in words)
                {
                    if (!byWord.TryGetValue(word, out var postings)) continue;
                    foreach (var o in postings)
                    {
                        if (offers[o].Partner == p) continue;
                        if (!shared.TryGetValue(o, out var list)) shared[o] = list = [];
                        list.Add(word);
                    }
                }
                var soort = want.Soort?.Value is { } known && known != Soort.Overig ? known : (Soort?)null;
                var candidates = new HashSet<int>(shared.Keys);
                if (soort is { } s && bySoort.TryGetValue(s, out var sameSoort))
                    candidates.UnionWith(sameSoort.Where(o => offers[o].Partner != p));
                var found = candidates
                    .Select(o => (Index: o, Match: new Match(partners[p], want, partners[offers[o].Partner], offers[o].Item,
                        soort is not null && offers[o].Soort == soort,
                        shared.TryGetValue(o, out var ws) ? ws.Select(w => written[w]).ToList() : [])))
                    .OrderByDescending(x => x.Match.Score)
                    .ThenBy(x => x.Index) // offers are indexed in partner and item order
                    .Select(x => x.Match);
                matches.AddRange(found);
            }
        }
        return matches;
    }

    /// <summary>Halen items without any match: demands (eisen) first, then in partner and item order.</summary>
    public static IReadOnlyList<OpenNeed> OpenNeeds(IReadOnlyList<Partner> partners, IReadOnlyList<Match> matches)
    {
        var answered = new HashSet<Item>(matches.Select(m => m.Want), ReferenceEqualityComparer.Instance);
        var open = partners.SelectMany(p => p.Halen.Where(i => !answered.Contains(i)).Select(i => new OpenNeed(p, i))).ToList();
        return open.Where(n => n.Want.IsEis).Concat(open.Where(n => !n.Want.IsEis)).ToList();
    }

    public static MatchMatrix Matrix(IReadOnlyList<Partner> partners, IReadOnlyList<Match> matches)
    {
        // Partners are records: two with equal content are still two partners, so compare by reference.
        var position = new Dictionary<Partner, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < partners.Count; i++)
            position[partners[i]] = i;
        var counts = new int[partners.Count, partners.Count];
        foreach (var match in matches)
            counts[position[match.Wanter], position[match.Bringer]]++;
        return new MatchMatrix(partners, counts);
    }

    /// <summary>The item's word ids, and each id's word as the item writes it (for explanations).</summary>
    private static (int[] Ids, Dictionary<int, string> Written) WordIds(Item item, Dictionary<string, int> vocabulary)
    {
        var words = DutchWords.Of(item.Text.Value);
        var ids = new int[words.Count];
        var written = new Dictionary<int, string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (!vocabulary.TryGetValue(words[i].Stem, out var id))
            {
                id = vocabulary.Count;
                vocabulary.Add(words[i].Stem, id);
            }
            ids[i] = id;
            written[id] = words[i].Word.ToLowerInvariant();
        }
        return (ids, written);
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int value) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }
}
