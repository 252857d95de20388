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
}

/// <summary>A halen item no other partner's brengen answers yet.</summary>
public sealed record OpenNeed(Partner Wanter, Item Want);

/// <summary>How many of one partner's wants another partner could answer: [wanter, bringer], in partner order.</summary>
public sealed record MatchMatrix(IReadOnlyList<Partner> Partners, int[,] Counts)
{
    public int this[int wanter, int bringer] => Counts[wanter, bringer];
}

/// <summary>
/// The matches a coalition keeps, grouped by want in partner and item order, within a want the best
/// first (ties in partner and item order). Per want only the strongest <see cref="Matching.KeptPerWant"/>
/// and the strongest of each other partner are kept: the deck and the briefing never show more, and
/// keeping every possible match grows with the square of the items (40 partners of 250 items each, all
/// one Soort, once needed gigabytes). The matrix and the open needs count every match, kept or not.
/// A <see cref="Match"/> is made only when it is read.
/// </summary>
public sealed class MatchSet : IReadOnlyList<Match>
{
    private readonly IReadOnlyList<Partner> _partners;
    private readonly Matching.Want[] _wants;
    private readonly Matching.Offer[] _offers;
    private readonly Matching.Found[] _found;
    private readonly int[] _firstOfWant; // index into _found of each want's first match; one extra at the end
    private readonly Dictionary<Item, int> _wantIndex;

    internal MatchSet(IReadOnlyList<Partner> partners, Matching.Want[] wants, Matching.Offer[] offers, Matching.Found[] found, int[,] counts, long possible)
    {
        _partners = partners;
        _wants = wants;
        _offers = offers;
        _found = found;
        Possible = possible;
        _firstOfWant = new int[wants.Length + 1];
        foreach (var f in found)
            _firstOfWant[f.Want + 1]++;
        for (var w = 0; w < wants.Length; w++)
            _firstOfWant[w + 1] += _firstOfWant[w];
        Matrix = new MatchMatrix(partners, counts);
        _wantIndex = new Dictionary<Item, int>(wants.Length, ReferenceEqualityComparer.Instance);
        for (var w = 0; w < wants.Length; w++)
            _wantIndex[wants[w].Item] = w;
        var open = Enumerable.Range(0, wants.Length).Where(w => _firstOfWant[w + 1] == _firstOfWant[w])
            .Select(w => new OpenNeed(partners[wants[w].Partner], wants[w].Item)).ToList();
        OpenNeeds = open.Where(n => n.Want.IsEis).Concat(open.Where(n => !n.Want.IsEis)).ToList();
    }

    /// <summary>The matches kept.</summary>
    public int Count => _found.Length;

    /// <summary>Every match there is, kept or not: each (want, offer of another partner) that shares a Soort or a word.</summary>
    public long Possible { get; }

    public Match this[int index] => Make(_found[index]);

    /// <summary>For every pair of partners, how many of the one's wants the other could answer.</summary>
    public MatchMatrix Matrix { get; }

    /// <summary>Halen items without any match: demands (eisen) first, then in partner and item order.</summary>
    public IReadOnlyList<OpenNeed> OpenNeeds { get; }

    /// <summary>The matches of one want, best first; empty for an item that is not a want of this coalition.</summary>
    public IReadOnlyList<Match> For(Item want, int most = int.MaxValue)
    {
        if (!_wantIndex.TryGetValue(want, out var w))
            return [];
        var count = Math.Min(most, _firstOfWant[w + 1] - _firstOfWant[w]);
        return Enumerable.Range(_firstOfWant[w], count).Select(i => Make(_found[i])).ToList();
    }

    public IEnumerator<Match> GetEnumerator()
    {
        foreach (var f in _found)
            yield return Make(f);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private Match Make(Matching.Found f)
    {
        var want = _wants[f.Want];
        var offer = _offers[f.Offer];
        return new Match(_partners[want.Partner], want.Item, _partners[offer.Partner], offer.Item, f.SameSoort,
            f.SharedCount == 0 ? [] : Matching.SharedWords(want, offer));
    }
}

/// <summary>Finds, for every halen item, the brengen items of other partners that could answer it.</summary>
public static class Matching
{
    /// <summary>An offer (brengen item) with its partner, its sorted word ids and its Soort (null: none, or Overig).</summary>
    internal readonly record struct Offer(int Partner, Item Item, int[] SortedWords, Soort? Soort);

    /// <summary>A want (halen item) with its partner, its word ids in text order and each word as written.</summary>
    internal readonly record struct Want(int Partner, Item Item, int[] Words, string[] Written, Soort? Soort);

    /// <summary>One match, compact: indexes into the wants and offers.</summary>
    internal readonly record struct Found(int Want, int Offer, int Score, bool SameSoort, int SharedCount);

    /// <summary>
    /// Every match: an offer matches a want of another partner when it has the same Soort (Overig and a
    /// missing Soort are no reason) or shares meaningful words. Built on an inverted index over the
    /// offers' words and Soorten, with partners spread over the cores and their results joined in
    /// partner order, so the result never depends on thread timing.
    /// </summary>
    public static MatchSet Find(IReadOnlyList<Partner> partners)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var byWord = new List<List<int>>();
        var bySoort = Enum.GetValues<Soort>().Select(_ => new List<int>()).ToArray();
        var offers = new List<Offer>();
        for (var p = 0; p < partners.Count; p++)
        {
            foreach (var item in partners[p].Brengen)
            {
                var (ids, _) = WordIds(item, vocabulary, byWord);
                var offer = new Offer(p, item, ids.Order().ToArray(), Relevant(item));
                foreach (var word in ids)
                    byWord[word].Add(offers.Count);
                if (offer.Soort is { } soort)
                    bySoort[(int)soort].Add(offers.Count);
                offers.Add(offer);
            }
        }
        var wants = new List<Want>();
        var firstWantOf = new int[partners.Count + 1];
        for (var p = 0; p < partners.Count; p++)
        {
            foreach (var item in partners[p].Halen)
            {
                var (ids, written) = WordIds(item, vocabulary, byWord);
                wants.Add(new Want(p, item, ids, written, Relevant(item)));
            }
            firstWantOf[p + 1] = wants.Count;
        }

        var perPartner = new List<Found>[partners.Count];
        var counts = new int[partners.Count, partners.Count];
        var firstOffer = new int[partners.Count + 1];
        foreach (var offer in offers)
            firstOffer[offer.Partner + 1]++;
        for (var p = 0; p < partners.Count; p++)
            firstOffer[p + 1] += firstOffer[p];
        var index = new Index(offers.Select(o => o.Partner).ToArray(), offers.Select(o => o.Soort is { } s ? (int)s : -1).ToArray(), firstOffer);
        var possible = new long[partners.Count];
        // Each wanter's row of the matrix is written by the one thread that handles that partner.
        Parallel.For(0, partners.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new Scratch(offers.Count, partners.Count),
            (p, _, scratch) =>
            {
                var found = new List<Found>();
                for (var w = firstWantOf[p]; w < firstWantOf[p + 1]; w++)
                    possible[p] += MatchesOf(w, wants[w], index, byWord, bySoort, scratch, found, counts, p);
                perPartner[p] = found;
                return scratch;
            },
            _ => { });
        var all = new Found[perPartner.Sum(l => l.Count)];
        var at = 0;
        foreach (var list in perPartner)
        {
            list.CopyTo(all, at);
            at += list.Count;
        }
        return new MatchSet(partners, wants.ToArray(), offers.ToArray(), all, counts, possible.Sum());
    }

    /// <summary>The strongest matches kept per want, besides the strongest of each other partner.</summary>
    public const int KeptPerWant = 5;

    /// <summary>
    /// Per-thread buffers: shared-word counts per offer and the best offer per partner, stamped per want
    /// so they never need clearing; the strongest few of the want so far.
    /// </summary>
    private sealed class Scratch(int offers, int partners)
    {
        public readonly int[] Count = new int[offers];
        public readonly int[] Stamp = new int[offers];
        public readonly List<int> Touched = [];
        public readonly Found[] Best = new Found[partners];
        public readonly int[] BestStamp = new int[partners];
        public readonly List<int> Bringers = [];
        public readonly Found[] Top = new Found[KeptPerWant];
        public int CurrentStamp;
        /// <summary>How many of <see cref="Top"/> are filled for the current want.</summary>
        public int TopCount;
        /// <summary>How many matches the current want has, kept or not.</summary>
        public int Total;
        private int _want;

        /// <summary>Starts a want: a new stamp makes every count and best of the previous want stale.</summary>
        public void Begin(int want)
        {
            CurrentStamp++;
            Touched.Clear();
            Bringers.Clear();
            (_want, TopCount, Total) = (want, 0, 0);
        }

        /// <summary>
        /// One match of the current want: counted, counted in the matrix once per bringer, kept as the
        /// bringer's best when it is, and among the strongest few when it is.
        /// </summary>
        public void Consider(int o, int bringer, int score, bool same, int shared, int[,] counts, int wanter)
        {
            Total++;
            if (BestStamp[bringer] != CurrentStamp)
            {
                BestStamp[bringer] = CurrentStamp;
                Best[bringer] = new Found(_want, o, score, same, shared);
                Bringers.Add(bringer);
                counts[wanter, bringer]++;
            }
            else if (Better(score, o, Best[bringer]))
                Best[bringer] = new Found(_want, o, score, same, shared);
            if (TopCount == KeptPerWant && !Better(score, o, Top[TopCount - 1]))
                return;
            // The strongest few, kept in order by insertion.
            var i = Math.Min(TopCount, KeptPerWant - 1);
            while (i > 0 && Better(score, o, Top[i - 1]))
            {
                Top[i] = Top[i - 1];
                i--;
            }
            Top[i] = new Found(_want, o, score, same, shared);
            TopCount = Math.Min(TopCount + 1, KeptPerWant);
        }

        /// <summary>The strongest few and the best of every other bringer, best first.</summary>
        public List<Found> Kept()
        {
            var kept = new List<Found>(TopCount + Bringers.Count);
            for (var i = 0; i < TopCount; i++)
                kept.Add(Top[i]);
            foreach (var bringer in Bringers)
            {
                if (!kept.Any(f => f.Offer == Best[bringer].Offer))
                    kept.Add(Best[bringer]);
            }
            kept.Sort(FoundOrder.Instance);
            return kept;
        }

        // Better: a higher score, or the same score and an earlier offer (partner order, then item order).
        private static bool Better(int score, int offer, in Found than) => score > than.Score || (score == than.Score && offer < than.Offer);
    }

    /// <summary>
    /// The matches of one want: every offer of another partner with the same Soort or a shared word is
    /// counted (and counts in the matrix once per bringer), the strongest few and the strongest of each
    /// bringer are kept. Returns how many matches there were. This runs once per (want, offer) pair
    /// that matches, tens of millions of times in a large coalition: it works on plain arrays.
    /// </summary>
    private static int MatchesOf(int w, Want want, Index index, List<List<int>> byWord, List<int>[] bySoort,
        Scratch scratch, List<Found> result, int[,] counts, int wanter)
    {
        scratch.Begin(w);
        // Offers are numbered partner by partner, so a partner's own offers are one run in every posting
        // list: it is stepped over in one jump, not offer by offer (one partner with 45,000 items once spent
        // billions of steps here).
        var own = (First: index.FirstOffer[want.Partner], End: index.FirstOffer[want.Partner + 1]);
        foreach (var word in want.Words)
            CountWord(byWord[word], own, scratch);
        var soort = want.Soort is { } s ? (int)s : -1;
        foreach (var o in scratch.Touched)
        {
            var same = soort >= 0 && index.Soort[o] == soort;
            scratch.Consider(o, index.Partner[o], (same ? 1 : 0) + 2 * scratch.Count[o], same, scratch.Count[o], counts, wanter);
        }
        if (soort >= 0)
            ConsiderSameSoort(bySoort[soort], own, index, scratch, counts, wanter);
        result.AddRange(scratch.Kept());
        return scratch.Total;
    }

    /// <summary>Counts one word of the want for every offer of another partner that has it.</summary>
    private static void CountWord(List<int> postings, (int First, int End) own, Scratch scratch)
    {
        for (var at = OtherFrom(postings, 0, own); at < postings.Count; at = OtherFrom(postings, at + 1, own))
        {
            var o = postings[at];
            if (scratch.Stamp[o] != scratch.CurrentStamp)
            {
                scratch.Stamp[o] = scratch.CurrentStamp;
                scratch.Count[o] = 0;
                scratch.Touched.Add(o);
            }
            scratch.Count[o]++;
        }
    }

    /// <summary>The offers of another partner with the want's Soort that share no word: a match of one point each.</summary>
    private static void ConsiderSameSoort(List<int> sameKind, (int First, int End) own, Index index, Scratch scratch, int[,] counts, int wanter)
    {
        for (var at = OtherFrom(sameKind, 0, own); at < sameKind.Count; at = OtherFrom(sameKind, at + 1, own))
        {
            var o = sameKind[at];
            if (scratch.Stamp[o] != scratch.CurrentStamp)
                scratch.Consider(o, index.Partner[o], 1, true, 0, counts, wanter);
        }
    }

    /// <summary>
    /// The first place from <paramref name="at"/> in an ascending list of offers that is not the wanter's
    /// own: its own offers are one run, stepped over in one jump.
    /// </summary>
    private static int OtherFrom(List<int> offers, int at, (int First, int End) own) =>
        at < offers.Count && offers[at] >= own.First && offers[at] < own.End ? SkipTo(offers, own.End) : at;

    /// <summary>The first place in an ascending list holding a value of at least <paramref name="value"/>.</summary>
    private static int SkipTo(List<int> ascending, int value)
    {
        var at = ascending.BinarySearch(value);
        return at >= 0 ? at : ~at;
    }

    /// <summary>
    /// Per offer, its partner and its Soort (-1 for none), as plain arrays for the matching loop; and
    /// where each partner's offers begin (one extra at the end).
    /// </summary>
    private sealed record Index(int[] Partner, int[] Soort, int[] FirstOffer);

    /// <summary>The want's words that the offer shares, in the want's order, as the want writes them.</summary>
    internal static string[] SharedWords(Want want, Offer offer)
    {
        var shared = new List<string>(2);
        for (var i = 0; i < want.Words.Length; i++)
        {
            if (Array.BinarySearch(offer.SortedWords, want.Words[i]) >= 0)
                shared.Add(want.Written[i]);
        }
        return shared.ToArray();
    }

    /// <summary>Best score first; ties by offer index, which is partner order, then item order.</summary>
    private sealed class FoundOrder : IComparer<Found>
    {
        public static readonly FoundOrder Instance = new();

        public int Compare(Found x, Found y) =>
            x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Offer.CompareTo(y.Offer);
    }

    private static Soort? Relevant(Item item) => item.Soort?.Value is { } s && s != Soort.Overig ? s : null;

    /// <summary>The item's word ids in text order, growing the vocabulary (and its postings) as needed, and each word as written.</summary>
    private static (int[] Ids, string[] Written) WordIds(Item item, Dictionary<string, int> vocabulary, List<List<int>> postings)
    {
        var words = DutchWords.Of(item.Text.Value);
        var ids = new int[words.Count];
        var written = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (!vocabulary.TryGetValue(words[i].Stem, out var id))
            {
                id = vocabulary.Count;
                vocabulary.Add(words[i].Stem, id);
                postings.Add([]);
            }
            ids[i] = id;
            written[i] = words[i].Word.ToLowerInvariant();
        }
        return (ids, written);
    }
}
