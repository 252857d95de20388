using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;

namespace HalenBrengen.Layout.Texts;

/// <summary>
/// The words for comparing two rounds: the briefing's "what changed" part (names partners: for the
/// facilitator only) and the session deck's marks and questions (names nobody).
/// </summary>
public sealed class ChangeTexts
{
    public required Language Language { get; init; }

    // Briefing
    public required string Title { get; init; }
    public required string CoalitionTitle { get; init; }
    public required string PartnersTitle { get; init; }
    public required IReadOnlyList<string> Headers { get; init; }
    public required string NoChanges { get; init; }
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
    public required string Was { get; init; }
    public required string Now { get; init; }
    public required string Empty { get; init; }
    public required string Halen { get; init; }
    public required string Brengen { get; init; }
    public required string Added { get; init; }
    public required string Dropped { get; init; }
    public required string Relation { get; init; }
    public required string Influence { get; init; }
    public required string Balance { get; init; }
    public required string Balanced { get; init; }
    public required string Earlier { get; init; }
    public required string Current { get; init; }

    // Session deck
    public required string NewTag { get; init; }
    public required string QuestionsTitle { get; init; }
    public required IReadOnlyList<string> Questions { get; init; }
    public required string QuestionsNotes { get; init; }

    public static ChangeTexts For(Language language) => language == Language.En ? English : Dutch;

    /// <summary>What changed about an item still there: "andere woorden", "wens werd eis", …</summary>
    public string Aspect(ItemAspect aspect, ItemChange change) => (aspect, Language) switch
    {
        (ItemAspect.Text, Language.Nl) => "andere woorden",
        (ItemAspect.WensOfEis, Language.Nl) => change.After!.IsEis ? "wens werd eis" : "eis werd wens",
        (ItemAspect.Soort, Language.Nl) => "andere soort",
        (ItemAspect.Omvang, Language.Nl) => "andere omvang",
        (ItemAspect.Toelichting, Language.Nl) => "andere toelichting",
        (ItemAspect.Text, _) => "reworded",
        (ItemAspect.WensOfEis, _) => change.After!.IsEis ? "wish became demand" : "demand became wish",
        (ItemAspect.Soort, _) => "other kind",
        (ItemAspect.Omvang, _) => "other size",
        _ => "other explanation",
    };

    /// <summary>A balance reading in a few words, for the table.</summary>
    public string Reading(BalanceReading reading) => (reading, Language) switch
    {
        (BalanceReading.NoBelangenkaart, Language.Nl) => "geen belangenkaart",
        (BalanceReading.NothingToGet, Language.Nl) => "haalt niets",
        (BalanceReading.BringsNothing, Language.Nl) => "brengt niets",
        (BalanceReading.GetsMuchMore, Language.Nl) => "haalt veel meer dan het brengt",
        (BalanceReading.BringsMuchMore, Language.Nl) => "brengt veel meer dan het haalt",
        (BalanceReading.NoBelangenkaart, _) => "no interest card",
        (BalanceReading.NothingToGet, _) => "gets nothing",
        (BalanceReading.BringsNothing, _) => "brings nothing",
        (BalanceReading.GetsMuchMore, _) => "gets much more than it brings",
        _ => "brings much more than it gets",
    };

    public static readonly ChangeTexts Dutch = new()
    {
        Language = Language.Nl,
        Title = "Wat is er veranderd sinds de vorige ronde?",
        CoalitionTitle = "Veranderd in de samenwerking",
        PartnersTitle = "Veranderd per partij",
        Headers = ["Partij", "Wat", "Eerder", "Nu"],
        NoChanges = "Geen veranderingen: dezelfde partijen, dezelfde woorden op de belangenkaarten en hetzelfde krachtenveld als in de vorige ronde.",
        Notes = "Vergelijk met de vorige ronde en vraag door: wat is er gebeurd? Een nieuw belang zegt iets over wat er buiten de samenwerking verandert. Waar elke verandering staat:",
        Joined = "nieuw aan tafel",
        Left = "niet meer aan tafel",
        CardAdded = "belangenkaart nu ingevuld",
        CardMissing = "belangenkaart ontbreekt nu",
        Counts = "{0} halen, {1} brengen",
        JoinedList = "Nieuw aan tafel: ",
        LeftList = "Niet meer aan tafel: ",
        Ambition = "Gedeelde ambitie",
        Headline = "Krantenkop",
        Was = "was",
        Now = "nu",
        Empty = "(leeg)",
        Halen = "halen",
        Brengen = "brengen",
        Added = "nieuw",
        Dropped = "vervallen",
        Relation = "relatie (4D)",
        Influence = "invloed",
        Balance = "balans",
        Balanced = "in evenwicht",
        Earlier = "eerder",
        Current = "nu",
        NewTag = "NIEUW",
        QuestionsTitle = "Sinds de vorige keer",
        Questions =
        [
            "Wat is er nieuw op de kaarten? Wat is er gebeurd dat het nu belangrijk maakt?",
            "Wat staat er niet meer op? Is het gelukt, of niet meer nodig?",
            "Wat betekent dat voor wat we samen willen bereiken?",
        ],
        QuestionsNotes = "Nieuwe punten staan op de dia's van de partijen gemarkeerd met NIEUW. Laat de groep zelf vertellen wat er veranderde; wie wat toevoegde of schrapte, staat alleen in je voorbereiding.",
    };

    public static readonly ChangeTexts English = new()
    {
        Language = Language.En,
        Title = "What changed since the previous round?",
        CoalitionTitle = "Changed in the collaboration",
        PartnersTitle = "Changed per party",
        Headers = ["Party", "What", "Before", "Now"],
        NoChanges = "No changes: the same parties, the same words on the interest cards and the same force field as in the previous round.",
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
        Was = "was",
        Now = "now",
        Empty = "(empty)",
        Halen = "get",
        Brengen = "bring",
        Added = "new",
        Dropped = "dropped",
        Relation = "relation (4D)",
        Influence = "influence",
        Balance = "balance",
        Balanced = "in balance",
        Earlier = "before",
        Current = "now",
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
