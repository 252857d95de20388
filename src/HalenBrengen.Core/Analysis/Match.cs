using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

/// <summary>How sure a suggestion is: strong enough to say as a fact, or a possibility to check.</summary>
public enum MatchStrength { Mogelijk, Sterk }

/// <summary>
/// One reason a brengen item could answer a halen item, in words a person can check: both are about a
/// concept (<paramref name="Concept"/>: "geld", with the words each wrote: 'cofinanciering' ↔ '€ 25.000'),
/// or both use one word (<paramref name="Concept"/> null).
/// </summary>
public sealed record MatchReason(string? Concept, string WantWord, string OfferWord);

/// <summary>
/// A brengen item of one partner that could answer a halen item of another: how strongly, and why. The
/// same Soort never makes a match on its own; it only breaks a tie. Both items keep their cells, so a
/// match can be checked at the source.
/// </summary>
public sealed record Match(Partner Wanter, Item Want, Partner Bringer, Item Offer, double Score, MatchStrength Strength,
    bool SameSoort, IReadOnlyList<MatchReason> Reasons)
{
    public bool IsStrong => Strength == MatchStrength.Sterk;

    /// <summary>Whether another match offers the very same as well as this one: the same score and the offer in the same words.</summary>
    public bool OffersAlike(Match other) => Score == other.Score && string.Equals(Offer.Text.Value, other.Offer.Text.Value, StringComparison.Ordinal);
}

/// <summary>A halen item no other partner's brengen answers strongly; <paramref name="Maybe"/>: the guesses, possible offers that share a subject with it, best first.</summary>
public sealed record OpenNeed(Partner Wanter, Item Want, IReadOnlyList<Match> Maybe);

/// <summary>How many of one partner's wants another partner answers first and strongly, or offering the very same as strongly (as the crib's arrow says): [wanter, bringer], in partner order.</summary>
public sealed record MatchMatrix(IReadOnlyList<Partner> Partners, int[,] Counts)
{
    public int this[int wanter, int bringer] => Counts[wanter, bringer];
}
