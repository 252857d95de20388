using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

/// <summary>
/// The matches a coalition keeps, grouped by want in partner and item order, within a want the strongest
/// first (ties in partner and item order). Per want only the strongest <see cref="Matching.KeptPerWant"/>
/// and the strongest of each other partner are kept: the deck and the briefing never show more, and
/// keeping every possible match grows with the square of the items. The matrix counts strong matches; a
/// want without one is an open need. A <see cref="Match"/> and its reasons are made only when read.
/// </summary>
public sealed class MatchSet : IReadOnlyList<Match>
{
    /// <summary>The reasons a match names at most: the strongest evidence.</summary>
    public const int ReasonsShown = 3;

    /// <summary>The possible offers an open need names at most (its <see cref="Guesses"/>).</summary>
    public const int MaybeShown = 3;

    private readonly IReadOnlyList<Partner> _partners;
    private readonly Matching.Want[] _wants;
    private readonly Matching.Offer[] _offers;
    private readonly Matching.Found[] _found;
    private readonly int[] _firstOfWant; // index into _found of each want's first match; one extra at the end
    private readonly Dictionary<Item, int> _wantIndex;
    private readonly float[] _weights;
    private readonly IReadOnlyList<int?> _conceptOf;
    private readonly IReadOnlyList<string> _conceptNames;
    private readonly int[] _coreOf; // per term: the concept's own term when it is one reached through related words too, else -1

    internal MatchSet(IReadOnlyList<Partner> partners, Matching.Want[] wants, Matching.Offer[] offers, Matching.Found[] found, int[,] counts,
        long possible, float[] weights, IReadOnlyList<int?> conceptOf, int[] coreOf, IReadOnlyList<string> conceptNames)
    {
        _coreOf = coreOf;
        _partners = partners;
        _wants = wants;
        _offers = offers;
        _found = found;
        _weights = weights;
        _conceptOf = conceptOf;
        _conceptNames = conceptNames;
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
        var open = Enumerable.Range(0, wants.Length).Where(w => !HasStrong(w))
            .Select(w => new OpenNeed(partners[wants[w].Partner], wants[w].Item, Guesses(w).Take(MaybeShown).ToList())).ToList();
        OpenNeeds = open.Where(n => n.Want.IsEis).Concat(open.Where(n => !n.Want.IsEis)).ToList();
    }

    /// <summary>The matches kept.</summary>
    public int Count => _found.Length;

    /// <summary>Every match there is, kept or not: each (want, offer of another partner) that reaches <see cref="Matching.Possible"/>.</summary>
    public long Possible { get; }

    public Match this[int index] => Make(_found[index]);

    /// <summary>For every pair of partners, how many of the one's wants have the other as their first, strong suggestion, or as one offering the very same as strongly.</summary>
    public MatchMatrix Matrix { get; }

    /// <summary>Halen items without a strong match: demands (eisen) first, then in partner and item order.</summary>
    public IReadOnlyList<OpenNeed> OpenNeeds { get; }

    /// <summary>The matches of one want, strongest first; empty for an item that is not a want of this coalition.</summary>
    public IReadOnlyList<Match> For(Item want, int most = int.MaxValue) =>
        _wantIndex.TryGetValue(want, out var w) ? Of(w, most) : [];

    /// <summary>
    /// The suggestions a list puts to the group for a want: its strong matches; a want without one, its best
    /// possible match alone (<see cref="SuggestedOpen"/>) with the offers alike to it, so the group can still agree on it. Every other guess stands
    /// with the open needs: rows of guesses under a sure suggestion would only be read past.
    /// </summary>
    public IReadOnlyList<Match> Suggested(Item want)
    {
        if (!_wantIndex.TryGetValue(want, out var w))
            return [];
        // One strong suggestion a bringer: a second offer of the same partner for the same want is the same conversation.
        if (HasStrong(w))
            return Of(w, int.MaxValue).TakeWhile(m => m.IsStrong).DistinctBy(m => m.Bringer.Naam).ToList();
        // The best guess, and every other partner's offer in the very same words that scores as well: no partner goes unnamed for being
        // later in the list (a reader found four partners alike and every guess naming the first).
        var guesses = Guesses(w).ToList();
        return guesses.Count == 0 ? [] : guesses.Take(SuggestedOpen).Concat(guesses.Skip(SuggestedOpen).Where(guesses[0].OffersAlike).DistinctBy(m => m.Bringer.Naam)).ToList();
    }

    /// <summary>
    /// The guesses worth a facilitator's question for a want: possible matches whose items share a subject or a means
    /// of the concept list, strongest first. A word the two happen to share, or a part of a compound ('werk' in
    /// werkdruk and werkdagen), is kept for the ranking but never named as a guess: on the judged set such guesses
    /// were right 1 time in 9.
    /// </summary>
    private IEnumerable<Match> Guesses(int w) =>
        Enumerable.Range(_firstOfWant[w], _firstOfWant[w + 1] - _firstOfWant[w]).Select(i => Make(_found[i]))
            .Where(m => !m.IsStrong && m.Reasons.Any(r => r.Concept is not null));

    /// <summary>How many suggestions a want without a strong one shows: its best guess.</summary>
    public const int SuggestedOpen = 1;

    private IReadOnlyList<Match> Of(int w, int most) =>
        Enumerable.Range(_firstOfWant[w], Math.Min(most, _firstOfWant[w + 1] - _firstOfWant[w])).Select(i => Make(_found[i])).ToList();

    private bool HasStrong(int w) => _firstOfWant[w + 1] > _firstOfWant[w] && _found[_firstOfWant[w]].Strong;

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
        return new Match(_partners[want.Partner], want.Item, _partners[offer.Partner], offer.Item, f.Score,
            f.Strong ? MatchStrength.Sterk : MatchStrength.Mogelijk, f.SameSoort, Reasons(want.Terms, offer.Terms));
    }

    /// <summary>
    /// The shared terms that weigh most, as reasons: a concept with the words each item wrote for it, or a
    /// word both wrote. A word already quoted under a concept is not named again.
    /// </summary>
    private List<MatchReason> Reasons(ItemTerms want, ItemTerms offer)
    {
        var shared = new List<(float Weight, MatchReason Reason)>();
        for (var i = 0; i < want.Ids.Length; i++)
        {
            var id = want.Ids[i];
            var at = Array.BinarySearch(offer.Ids, id);
            if (at < 0 || _weights[id] <= 0)
                continue;
            // A concept both reach through its own words is named once, as that.
            if (_coreOf[id] is var core and >= 0 && Array.BinarySearch(want.Ids, core) >= 0 && Array.BinarySearch(offer.Ids, core) >= 0)
                continue;
            var concept = _conceptOf[id] is { } c ? _conceptNames[c] : null;
            shared.Add((Math.Min(want.Weights[i], offer.Weights[at]) * _weights[id], new MatchReason(concept, want.Written[i], offer.Written[at])));
        }
        var reasons = new List<MatchReason>();
        foreach (var (_, reason) in shared.OrderByDescending(s => s.Weight).ThenBy(s => s.Reason.Concept is null ? 1 : 0))
        {
            if (reasons.Count == ReasonsShown)
                break;
            if (reason.Concept is null && reasons.Any(r => SameWord(r.WantWord, reason.WantWord) || SameWord(r.OfferWord, reason.OfferWord)))
                continue;
            reasons.Add(reason);
        }
        return reasons;
    }

    private static bool SameWord(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
