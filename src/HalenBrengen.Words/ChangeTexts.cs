using HalenBrengen.Core.Analysis;

namespace HalenBrengen;

/// <summary>
/// The words for comparing two rounds: the briefing's "what changed" part (names partners: for the
/// facilitator only) and the session deck's marks and questions (names nobody). Values: Nl/Changes.cs,
/// En/Changes.cs.
/// </summary>
public sealed partial class ChangeTexts
{
    // Briefing
    public required string Title { get; init; }
    public required string CoalitionTitle { get; init; }
    public required string PartnersTitle { get; init; }
    public required IReadOnlyList<string> Headers { get; init; }
    public required string NoChanges { get; init; }
    /// <summary>The earlier round's agreements and whether this round still holds them.</summary>
    public required string AgreementsTitle { get; init; }
    /// <summary>Wie aan wie, Wat, Wanneer, Staat het nog?</summary>
    public required IReadOnlyList<string> AgreementsHeaders { get; init; }
    /// <summary>"{0}": who brings, "{1}": who gets.</summary>
    public required string AgreementPair { get; init; }
    public required string AgreementsNotes { get; init; }
    public required string HoldKept { get; init; }
    /// <summary>"{0}": the partner whose want is gone.</summary>
    public required string HoldWantChanged { get; init; }
    /// <summary>"{0}": the partner whose offer is gone.</summary>
    public required string HoldOfferChanged { get; init; }
    public required string HoldBothChanged { get; init; }
    public required string HoldPartnerLeft { get; init; }
    public required string AgreementLater { get; init; }
    public required string Notes { get; init; }
    public required string Joined { get; init; }
    public required string Left { get; init; }
    public required string CardAdded { get; init; }
    public required string CardMissing { get; init; }
    /// <summary>"{0} halen, {1} brengen".</summary>
    public required string Counts { get; init; }
    public required string JoinedList { get; init; }
    public required string LeftList { get; init; }
    public required string Ambition { get; init; }
    public required string Headline { get; init; }
    /// <summary>A value of the collaboration that changed: "{0}": what, "{1}": the earlier wording, "{2}": the current one.</summary>
    public required string WasNow { get; init; }
    public required string Empty { get; init; }
    public required string Halen { get; init; }
    public required string Brengen { get; init; }
    public required string Added { get; init; }
    public required string Dropped { get; init; }
    public required string Relation { get; init; }
    public required string Influence { get; init; }
    public required string Balance { get; init; }
    public required string Balanced { get; init; }
    /// <summary>Where a change stands in the earlier round's workbooks; "{0}": file › sheet › cell.</summary>
    public required string Earlier { get; init; }
    /// <summary>Where a change stands in the current round's workbooks; "{0}": file › sheet › cell.</summary>
    public required string Current { get; init; }

    // What changed about an item still there (see Aspect).
    public required string Reworded { get; init; }
    public required string WishBecameDemand { get; init; }
    public required string DemandBecameWish { get; init; }
    public required string OtherKind { get; init; }
    public required string OtherSize { get; init; }
    public required string OtherExplanation { get; init; }

    /// <summary>A balance reading in a few words, for the table.</summary>
    public required IReadOnlyDictionary<BalanceReading, string> Readings { get; init; }

    // Session deck
    public required string NewTag { get; init; }
    public required string QuestionsTitle { get; init; }
    public required IReadOnlyList<string> Questions { get; init; }
    public required string QuestionsNotes { get; init; }

    /// <summary>What changed about an item still there: "andere woorden", "wens werd eis", …</summary>
    public string Aspect(ItemAspect aspect, ItemChange change) => aspect switch
    {
        ItemAspect.Text => Reworded,
        ItemAspect.WensOfEis => change.After!.IsEis ? WishBecameDemand : DemandBecameWish,
        ItemAspect.Soort => OtherKind,
        ItemAspect.Omvang => OtherSize,
        _ => OtherExplanation,
    };

    /// <summary>A balance reading in a few words, for the table.</summary>
    public string Reading(BalanceReading reading) => Readings[reading];
}
