using HalenBrengen.Core.Analysis;

namespace HalenBrengen;

public sealed partial class ChangeTexts
{
    /// <summary>The comparison of two rounds in Dutch.</summary>
    internal static readonly ChangeTexts Nl = new()
    {
        Title = "Wat is er veranderd sinds de vorige ronde?",
        CoalitionTitle = "Veranderd in de samenwerking",
        PartnersTitle = "Veranderd per partij",
        Headers = ["Partij", "Wat", "Eerder", "Nu"],
        NoChanges = "Geen veranderingen: dezelfde partijen, dezelfde woorden op de belangenkaarten en hetzelfde krachtenveld als in de vorige ronde.",
        AgreementsTitle = "De afspraken van de vorige ronde",
        AgreementsHeaders = ["Wie aan wie", "Wat", "Wanneer", "Staat het nog?"],
        AgreementPair = "{0} → {1}",
        AgreementsNotes = "Uit de afsprakenlijst van de vorige ronde. Staat een wens of aanbod er niet meer, dan is er iets gebeurd: vraag wat, voordat je iets nieuws afspreekt.",
        HoldKept = "ja: wens en aanbod staan er nog",
        HoldWantChanged = "de wens staat niet meer op de kaart van {0}: wat is er gebeurd?",
        HoldOfferChanged = "het aanbod staat niet meer op de kaart van {0}: wat is er gebeurd?",
        HoldBothChanged = "wens en aanbod staan er niet meer: wat is er gebeurd?",
        HoldPartnerLeft = "een van beide partijen zit niet meer aan tafel",
        AgreementLater = "(later)",
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
        WasNow = "{0}: was “{1}”, nu “{2}”",
        Empty = "(leeg)",
        Halen = "halen",
        Brengen = "brengen",
        Added = "nieuw",
        Dropped = "vervallen",
        Relation = "relatie (4D)",
        Influence = "invloed",
        Balance = "balans",
        Balanced = "in evenwicht",
        Earlier = "eerder {0}",
        Current = "nu {0}",
        Reworded = "andere woorden",
        WishBecameDemand = "wens werd eis",
        DemandBecameWish = "eis werd wens",
        OtherKind = "andere soort",
        OtherSize = "andere omvang",
        OtherExplanation = "andere toelichting",
        Readings = new Dictionary<BalanceReading, string>
        {
            [BalanceReading.NoBelangenkaart] = "geen belangenkaart",
            [BalanceReading.NothingToGet] = "haalt niets",
            [BalanceReading.BringsNothing] = "brengt niets",
            [BalanceReading.GetsMuchMore] = "haalt veel meer dan het brengt",
            [BalanceReading.BringsMuchMore] = "brengt veel meer dan het haalt",
        },
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
}
