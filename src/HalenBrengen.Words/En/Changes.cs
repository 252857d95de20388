using HalenBrengen.Core.Analysis;

namespace HalenBrengen;

public sealed partial class ChangeTexts
{
    /// <summary>The comparison of two rounds in English.</summary>
    internal static readonly ChangeTexts En = new()
    {
        Title = "What changed since the previous round?",
        CoalitionTitle = "Changed in the collaboration",
        PartnersTitle = "Changed per party",
        Headers = ["Party", "What", "Before", "Now"],
        NoChanges = "No changes: the same parties, the same words on the interest cards and the same force field as in the previous round.",
        AgreementsTitle = "The agreements of the previous round",
        AgreementsHeaders = ["Who to whom", "What", "When", "Still standing?"],
        AgreementPair = "{0} → {1}",
        AgreementsNotes = "From the previous round's agreements list. Where a want or an offer is gone, something happened: ask what, before agreeing anything new.",
        HoldKept = "yes: want and offer still stand",
        HoldWantChanged = "the want is no longer on {0}'s card: what happened?",
        HoldOfferChanged = "the offer is no longer on {0}'s card: what happened?",
        HoldBothChanged = "want and offer are both gone: what happened?",
        HoldPartnerLeft = "one of the two parties is no longer at the table",
        AgreementLater = "(later)",
        Notes = "Compare with the previous round and ask further: what happened? A new interest says something about what changes outside the collaboration. Where each change stands:",
        Joined = "new at the table",
        Left = "no longer at the table",
        CardAdded = "interest card now filled in",
        CardMissing = "interest card now missing",
        Counts = "{0} to get, {1} to bring",
        JoinedList = "New at the table: ",
        LeftList = "No longer at the table: ",
        Ambition = "Shared ambition",
        Headline = "Headline",
        WasNow = "{0}: was “{1}”, now “{2}”",
        Empty = "(empty)",
        Halen = "get",
        Brengen = "bring",
        Added = "new",
        Dropped = "dropped",
        Relation = "relation (4D)",
        Influence = "influence",
        Balance = "balance",
        Balanced = "in balance",
        Earlier = "before {0}",
        Current = "now {0}",
        Reworded = "reworded",
        WishBecameDemand = "wish became demand",
        DemandBecameWish = "demand became wish",
        OtherKind = "other kind",
        OtherSize = "other size",
        OtherExplanation = "other explanation",
        Readings = new Dictionary<BalanceReading, string>
        {
            [BalanceReading.NoBelangenkaart] = "no interest card",
            [BalanceReading.NothingToGet] = "gets nothing",
            [BalanceReading.BringsNothing] = "brings nothing",
            [BalanceReading.GetsMuchMore] = "gets much more than it brings",
            [BalanceReading.BringsMuchMore] = "brings much more than it gets",
        },
        NewTag = "NEW",
        QuestionsTitle = "Since last time",
        Questions =
        [
            "What is new on the maps? What happened that makes it matter now?",
            "What is no longer there? Was it done, or is it no longer needed?",
            "What does that mean for what we want to achieve together?",
        ],
        QuestionsNotes = "New items are marked NEW on the parties' slides. Let the group tell what changed; who added or dropped what is only in your briefing.",
    };
}
