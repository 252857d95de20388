using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

/// <summary>
/// Finds, for every halen item, the brengen items of other partners that could answer it. Every item is
/// read whole (<see cref="ItemTerms"/>: Wat, Toelichting, Omvang, concepts and compound parts); a term
/// weighs by how rare it is among the offers and by how few partners use it at all, so a word every
/// partner writes ("wijk", "bewoners") weighs almost nothing. A want to receive something never matches
/// an offer that also asks to receive it. Scores are sums of term weights: <see cref="Strong"/> and more
/// is a strong suggestion, <see cref="Possible"/> and more a possible one.
/// </summary>
public static class Matching
{
    /// <summary>The score of a strong suggestion: about one rare concept or word in both Wats.</summary>
    public const double Strong = .9;

    /// <summary>The score of a strong suggestion that shares no means (geld, ruimte, menskracht): several rare words.</summary>
    public const double StrongOnWords = 1.5;

    /// <summary>The least score of a suggestion at all.</summary>
    public const double Possible = .3;

    /// <summary>The strongest matches kept per want, besides the strongest of each other partner.</summary>
    public const int KeptPerWant = 5;

    /// <summary>What the same Soort adds to a match that has other evidence: enough to break a tie, never to make one.</summary>
    private const float SoortTie = .02f;

    /// <summary>What the same Soort adds to a shared means when judging strength: with the means, it is more that agrees.</summary>
    private const float SoortAgrees = .2f;

    /// <summary>What the words and subjects besides the means must add up to for a means match to be strong.</summary>
    private const float SamePurpose = .25f;

    /// <summary>What it adds when both Wats are first of all about the same means.</summary>
    private const float HeadsAgree = .3f;

    private static bool Intersect(int[] a, int[] b)
    {
        foreach (var x in a)
        {
            if (Array.IndexOf(b, x) >= 0)
                return true;
        }
        return false;
    }

    /// <summary>What is left of a score when want and offer point the same way (both receive, or both give).</summary>
    private const float SameDirection = .4f;

    /// <summary>A term weighing less than this is not worth reading the offers for.</summary>
    private const float Negligible = .02f;

    internal readonly record struct Want(int Partner, Item Item, ItemTerms Terms, Soort? Soort);

    internal readonly record struct Offer(int Partner, Item Item, ItemTerms Terms, Soort? Soort);

    /// <summary>One match, compact: indexes into the wants and offers.</summary>
    internal readonly record struct Found(int Want, int Offer, float Score, bool SameSoort, bool Strong);

    /// <summary>An offer in a term's posting list, with the term's weight in it.</summary>
    private readonly record struct Posting(int Offer, float Weight);

    public static MatchSet Find(IReadOnlyList<Partner> partners) => Find(partners, ConceptList.Instance);

    /// <summary>
    /// Every match: each offer of another partner whose score for the want reaches <see cref="Possible"/>.
    /// Built on an inverted index over the offers' terms, partners spread over the cores and their
    /// results joined in partner order, so the result never depends on thread timing.
    /// </summary>
    public static MatchSet Find(IReadOnlyList<Partner> partners, ConceptList concepts)
    {
        var builder = new TermBuilder(concepts);
        foreach (var item in partners.SelectMany(p => p.Halen.Concat(p.Brengen)))
            builder.Learn(item);
        var offers = new List<Offer>();
        var wants = new List<Want>();
        var firstWantOf = new int[partners.Count + 1];
        var firstOffer = new int[partners.Count + 1];
        for (var p = 0; p < partners.Count; p++)
        {
            offers.AddRange(partners[p].Brengen.Select(item => new Offer(p, item, builder.Terms(item), Relevant(item))));
            wants.AddRange(partners[p].Halen.Select(item => new Want(p, item, builder.Terms(item), Relevant(item))));
            firstWantOf[p + 1] = wants.Count;
            firstOffer[p + 1] = offers.Count;
        }
        var weights = Weights(builder.Count, Originals(partners), wants, offers, builder.ConceptOf, concepts);
        var coreOf = new int[builder.Count];
        for (var t = 0; t < builder.Count; t++)
            coreOf[t] = builder.IsRelated(t, out var core) ? core : -1;
        var means = Enumerable.Range(0, builder.Count).Select(t => coreOf[t] < 0 && builder.IsMeans(t)).ToArray();
        var postings = Enumerable.Range(0, builder.Count).Select(_ => new List<Posting>()).ToArray();
        for (var o = 0; o < offers.Count; o++)
        {
            var terms = offers[o].Terms;
            for (var i = 0; i < terms.Ids.Length; i++)
            {
                if (weights[terms.Ids[i]] >= Negligible)
                    postings[terms.Ids[i]].Add(new Posting(o, terms.Weights[i]));
            }
        }

        var perPartner = new List<Found>[partners.Count];
        var counts = new int[partners.Count, partners.Count];
        var possible = new long[partners.Count];
        // What a partner brings itself, in its own words: another partner's same offer does not answer what it wants (a reader found a
        // partner's want 'surely' answered by its copy's offer, word for word one of its own).
        // Each offer's words keyed once, not for every want it meets.
        var offerKeys = offers.Select(o => Plain(o.Item.Text.Value)).ToArray();
        var brings = Enumerable.Range(0, partners.Count).Select(p => offerKeys[firstOffer[p]..firstOffer[p + 1]].ToHashSet(StringComparer.Ordinal)).ToArray();
        var context = new Context(wants, offers, postings, weights, means, coreOf, firstOffer, brings, offerKeys);
        // Each wanter's row of the matrix is written by the one thread that handles that partner.
        Parallel.For(0, partners.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new Scratch(offers.Count, partners.Count),
            (p, _, scratch) =>
            {
                var found = new List<Found>();
                for (var w = firstWantOf[p]; w < firstWantOf[p + 1]; w++)
                    possible[p] += MatchesOf(w, context, scratch, found, counts);
                perPartner[p] = found;
                return scratch;
            },
            _ => { });
        var all = perPartner.SelectMany(l => l).ToArray();
        return new MatchSet(partners, wants.ToArray(), offers.ToArray(), all, counts, possible.Sum(), weights, builder.ConceptOf, coreOf, concepts.Names);
    }

    /// <summary>
    /// Which partners count in the words' weights: each but a copy of an earlier one (every want and offer the same, in the same
    /// order), which would make the words it repeats weigh less than they do among the others (readers found the example's sure
    /// suggestion a guess in a coalition holding its municipality three times over).
    /// </summary>
    private static bool[] Originals(IReadOnlyList<Partner> partners)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        static string Key(Item item) => $"{item.Kind} {Plain(item.Text.Value)} | {item.Toelichting?.Value} | {item.Omvang?.Value} | {item.Soort?.Raw} | {item.WensOfEis?.Raw}";
        return partners.Select(p => seen.Add(string.Join("\n", p.Halen.Concat(p.Brengen).Select(Key)))).ToArray();
    }

    /// <summary>
    /// Each term's weight: how rare it is among the offers (1 for a term only one offer has), times how
    /// few of the partners use it anywhere (0 when every partner does). A concept keeps at least half its
    /// weight while some partner does not use it: the list names what partners exchange, not filler.
    /// A copy of an earlier partner (<paramref name="counted"/> false) counts neither its offers nor itself.
    /// </summary>
    private static float[] Weights(int terms, bool[] counted, List<Want> wants, List<Offer> offers, IReadOnlyList<int?> conceptOf, ConceptList concepts)
    {
        var partnerCount = counted.Count(c => c);
        offers = offers.Where(o => counted[o.Partner]).ToList();
        wants = wants.Where(w => counted[w.Partner]).ToList();
        var inOffers = new int[terms];
        var partnersOf = new int[terms];
        var lastPartner = Enumerable.Repeat(-1, terms).ToArray();
        foreach (var offer in offers)
        {
            foreach (var id in offer.Terms.Ids)
                inOffers[id]++;
        }
        foreach (var (partner, ids) in offers.Select(o => (o.Partner, o.Terms.Ids)).Concat(wants.Select(w => (w.Partner, w.Terms.Ids))).OrderBy(x => x.Partner))
        {
            foreach (var id in ids)
            {
                if (lastPartner[id] == partner)
                    continue;
                lastPartner[id] = partner;
                partnersOf[id]++;
            }
        }
        var weights = new float[terms];
        var n = Math.Max(1, offers.Count);
        // Rarity is a share of the offers: a word in 3 of 90 offers is as rare as one in 1 of 30. Scaled so that a word only one
        // offer has weighs 1 up to RarityScale offers, and at most 1 beyond: a larger coalition does not make its words weigh less
        // (readers found the example's sure suggestions only possible once its partners were 16 or 24).
        var scale = Math.Log(1 + Math.Min(n, RarityScale));
        for (var t = 0; t < terms; t++)
        {
            var rare = inOffers[t] == 0 ? 0 : Math.Min(1, Math.Log(1 + (double)n / inOffers[t]) / scale);
            var spread = partnerCount <= 2 ? 1 : 1 - Math.Pow((partnersOf[t] - 1.0) / (partnerCount - 1), 2);
            weights[t] = (float)(conceptOf[t] is not { } c ? rare * Math.Max(0, spread)
                : concepts.IsSubject(c) ? SubjectWeight * rare
                : inOffers[t] == 0 ? 0 : Math.Max(MeansLeast, rare));
        }
        return weights;
    }

    /// <summary>The offers of a coalition of about eight partners: beyond this many, a word's weight depends on its share of the offers only.</summary>
    private const int RarityScale = 40;

    /// <summary>A shared subject (jeugd, wonen) weighs this much of a rare word: it says what about, not what.</summary>
    private const double SubjectWeight = .45;

    /// <summary>A shared means (geld, ruimte) weighs at least this, however many offer it: it is what is exchanged.</summary>
    private const double MeansLeast = .7;

    private sealed record Context(List<Want> Wants, List<Offer> Offers, List<Posting>[] Postings, float[] Weights, bool[] Means, int[] CoreOf, int[] FirstOffer,
        HashSet<string>[] Brings, string[] OfferKeys);

    /// <summary>A text as it reads, for comparing two partners' words: case, accents, spaces and a final full stop aside.</summary>
    private static string Plain(string text) => TextKey.Label(text).TrimEnd('.');

    /// <summary>
    /// Per-thread buffers: scores per offer and the best offer per partner, stamped per want so they
    /// never need clearing; the strongest few of the want so far.
    /// </summary>
    private sealed class Scratch(int offers, int partners)
    {
        public readonly float[] Score = new float[offers];
        public readonly bool[] Means = new bool[offers];
        public readonly float[] Other = new float[offers];
        public readonly float[] Related = new float[offers];
        public readonly int[] Stamp = new int[offers];
        public readonly List<int> Touched = [];
        public readonly Found[] Best = new Found[partners];
        public readonly int[] BestStamp = new int[partners];
        public readonly List<int> Bringers = [];
        public readonly List<Found> Top = new(KeptPerWant + 1);
        public int CurrentStamp;

        public void Begin()
        {
            CurrentStamp++;
            Touched.Clear();
            Bringers.Clear();
            Top.Clear();
        }

        /// <summary>One match of the current want: the bringer's best when it is, among the strongest few when it is.</summary>
        public void Consider(Found found, int bringer)
        {
            if (BestStamp[bringer] != CurrentStamp)
            {
                BestStamp[bringer] = CurrentStamp;
                Best[bringer] = found;
                Bringers.Add(bringer);
            }
            else if (FoundOrder.Instance.Compare(found, Best[bringer]) < 0)
                Best[bringer] = found;
            if (Top.Count == KeptPerWant && FoundOrder.Instance.Compare(found, Top[^1]) >= 0)
                return;
            var at = Top.FindIndex(t => FoundOrder.Instance.Compare(found, t) < 0);
            Top.Insert(at < 0 ? Top.Count : at, found);
            if (Top.Count > KeptPerWant)
                Top.RemoveAt(KeptPerWant);
        }

        /// <summary>The strongest few and the best of every other bringer, best first.</summary>
        public List<Found> Kept()
        {
            var kept = new List<Found>(Top);
            foreach (var bringer in Bringers)
            {
                if (!kept.Any(f => f.Offer == Best[bringer].Offer))
                    kept.Add(Best[bringer]);
            }
            kept.Sort(FoundOrder.Instance);
            return kept;
        }
    }

    /// <summary>
    /// The matches of one want: every offer of another partner that shares a weighing term is scored,
    /// those reaching <see cref="Possible"/> count, the strongest few and the strongest of each bringer are
    /// kept, and a bringer with a strong one counts in the matrix. Returns how many matches there were.
    /// </summary>
    private static int MatchesOf(int w, Context context, Scratch scratch, List<Found> result, int[,] counts)
    {
        scratch.Begin();
        var want = context.Wants[w];
        Score(want, context, scratch);
        var total = 0;
        foreach (var o in scratch.Touched)
        {
            var offer = context.Offers[o];
            if (context.Brings[want.Partner].Contains(context.OfferKeys[o]))
                continue;
            // Both Wats first of all about the same means ("Vergoeding voor …" and "Een bijdrage aan …"): what is asked is what is offered.
            var heads = Intersect(want.Terms.Heads, offer.Terms.Heads);
            // Both Wats first of all about a means, but different ones ("Eén telefoonnummer voor signalen" asks a place to
            // send them, "Signalen van huurachterstand" offers more): what is asked is not what is offered, so never strong.
            // (Weighing such a match down as well was measured: it lost right suggestions on the held-out set.)
            var asked = want.Terms.Heads.Length == 0 || offer.Terms.Heads.Length == 0 || heads;
            var pointing = SamePointing(want.Terms, offer.Terms) ? SameDirection : 1f;
            var score = (scratch.Score[o] + (heads ? HeadsAgree : 0f)) * pointing;
            // What related words add ranks the match and may make it possible, never sure.
            var own = scratch.Score[o] - scratch.Related[o];
            var sure = (own + (heads ? HeadsAgree : 0f)) * pointing;
            var same = want.Soort is { } s && offer.Soort == s;
            if (score < Possible)
                continue;
            total++;
            // Strong: a shared means (geld, ruimte) and more that agrees (a subject, a word, the same Soort), or several rare words.
            // A shared means is strong only for the same purpose: when both say what it is for they share some of it, and an offer
            // only for something ("alleen voor leden") names what the want is about. Several rare words count without the heads.
            var purpose = ((want.Terms.Bare && offer.Terms.Bare) || scratch.Other[o] >= SamePurpose) && (offer.Terms.Limits.Length == 0 || Intersect(want.Terms.Ids, offer.Terms.Limits));
            var strong = ((scratch.Means[o] || heads || same) && purpose && asked && sure + (same ? SoortAgrees : 0f) >= Strong)
                || own * pointing >= StrongOnWords;
            scratch.Consider(new Found(w, o, score + (same ? SoortTie : 0f), same, strong), offer.Partner);
        }
        var kept = scratch.Kept();
        // The matrix counts a want for the bringer of its first suggestion when strong, and for each partner offering the very same as
        // strongly (score, words): those its crib names together, every number an arrow (two readers: one of four alike bringers had seven).
        foreach (var bringer in kept.Where(k => kept[0].Strong && k.Strong && k.Score == kept[0].Score && context.Offers[k.Offer].Item.Text.Value == context.Offers[kept[0].Offer].Item.Text.Value)
            .Select(k => context.Offers[k.Offer].Partner).Distinct())
            counts[want.Partner, bringer]++;
        result.AddRange(kept);
        return total;
    }

    /// <summary>
    /// Adds every weighing term the want shares with an offer of another partner to that offer's score: a means to what
    /// it shares, anything else to what says its purpose, a concept reached through related words only to its rank.
    /// </summary>
    private static void Score(Want want, Context context, Scratch scratch)
    {
        var own = (First: context.FirstOffer[want.Partner], End: context.FirstOffer[want.Partner + 1]);
        var terms = want.Terms;
        for (var i = 0; i < terms.Ids.Length; i++)
        {
            var weight = context.Weights[terms.Ids[i]];
            if (weight < Negligible)
                continue;
            var list = context.Postings[terms.Ids[i]];
            // A concept both reach through its own words is counted once, as that; through related words it only ranks.
            var core = context.CoreOf[terms.Ids[i]];
            var wantHasCore = core >= 0 && Array.BinarySearch(terms.Ids, core) >= 0;
            // Offers are numbered partner by partner: the wanter's own are one run, stepped over in one jump.
            for (var at = OtherFrom(list, 0, own); at < list.Count; at = OtherFrom(list, at + 1, own))
            {
                var posting = list[at];
                if (scratch.Stamp[posting.Offer] != scratch.CurrentStamp)
                {
                    scratch.Stamp[posting.Offer] = scratch.CurrentStamp;
                    scratch.Score[posting.Offer] = 0;
                    scratch.Means[posting.Offer] = false;
                    scratch.Other[posting.Offer] = 0;
                    scratch.Related[posting.Offer] = 0;
                    scratch.Touched.Add(posting.Offer);
                }
                var part = Math.Min(terms.Weights[i], posting.Weight) * weight;
                if (core >= 0)
                {
                    if (!wantHasCore || Array.BinarySearch(context.Offers[posting.Offer].Terms.Ids, core) < 0)
                    {
                        scratch.Score[posting.Offer] += part;
                        scratch.Related[posting.Offer] += part;
                    }
                    continue;
                }
                scratch.Score[posting.Offer] += part;
                if (context.Means[terms.Ids[i]])
                    scratch.Means[posting.Offer] = true;
                else
                    scratch.Other[posting.Offer] += part;
            }
        }
    }

    /// <summary>
    /// Whether want and offer point the same way, each as it says: the want asks to receive (as every want
    /// does unless it says it gives) and the offer says it receives, or the want says it gives or passes
    /// something on and the offer says it gives too.
    /// </summary>
    private static bool SamePointing(ItemTerms want, ItemTerms offer)
    {
        var wantGives = want.Gives && !want.Receives;
        var offerReceives = offer.Receives && !offer.Gives;
        return wantGives ? offer.Gives && !offer.Receives : offerReceives;
    }

    /// <summary>The first place from <paramref name="at"/> in a posting list that is not one of the wanter's own offers.</summary>
    private static int OtherFrom(List<Posting> list, int at, (int First, int End) own)
    {
        if (at >= list.Count || list[at].Offer < own.First || list[at].Offer >= own.End)
            return at;
        int low = at, high = list.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (list[mid].Offer < own.End)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }

    /// <summary>Best score first; ties by offer index, which is partner order, then item order.</summary>
    internal sealed class FoundOrder : IComparer<Found>
    {
        public static readonly FoundOrder Instance = new();

        public int Compare(Found x, Found y) =>
            x.Strong != y.Strong ? y.Strong.CompareTo(x.Strong) : x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Offer.CompareTo(y.Offer);
    }

    private static Soort? Relevant(Item item) => item.Soort?.Value is { } s && s != Soort.Overig ? s : null;
}
