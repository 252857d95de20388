namespace HalenBrengen;

public sealed partial class PosterTexts
{
    /// <summary>The posters in Dutch.</summary>
    internal static readonly PosterTexts Nl = new()
    {
        NoHeadline = "Onze krantenkop: nog te kiezen",
        SecondMeeting = "tweede bijeenkomst",
        TurnOf = "beurt {0} van {1}",
        HeadlineToWrite = "Onze krantenkop:",
        HeadlineFieldHint = "schrijf hier de kop die we samen kiezen",
        HeadlineFieldHintLater = "die schrijven we op vel 1",
        CombinedMap = "gezamenlijke kaart",
        HeadlineLabel = "Koppen die we voorstellen",
        AmbitionLabel = "Onze ambitie",
        AmbitionWorkingLabel = "Onze ambitie — werkversie",
        Interest = "Eigen belang",
        SharedInterest = "Gezamenlijk belang",
        Ambition = "Ambitie in eigen woorden",
        Gets = "Wil halen",
        Brings = "Kan brengen",
        Demand = "EIS",
        DemandMeaning = "voorwaarde om mee te doen",
        NothingYet = "(nog niets ingevuld)",
        NoCard = "Voor deze partij is nog geen belangenkaart ingevuld.",
        WorkSheet = "werkvel",
        Questions = "Vragen aan ons",
        QuestionsHint = "een vraag per post-it",
        NextSheet = "vervolg op het volgende vel",
        MorePartners = "meer partners op het volgende vel",
        OwnPoster = "alles op de eigen poster",
        CentreSheets = ["midden van de wand, links: verbindingen en balans", "midden van de wand, rechts: ambitie, kop en afspraken"],
        CentreSheetsThree = ["midden van de wand, links: de verbindingen", "midden van de wand, in het midden: nog zonder aanbod en balans", "midden van de wand, rechts: ambitie, kop en afspraken"],
        PartnerSheet = "per partij wat er in de sessie bij haar kaart komt",
        FieldGetsHint = "één post-it per wens",
        FieldBringsHint = "één post-it per aanbod",
        HeadlinePrompt = "Welke kop willen we over een jaar in de krant lezen? Eén post-it per kop; de gekozen kop komt op de gezamenlijke kaart.",
        AmbitionPrompt = "Wat willen we samen bereiken?",
        AgreementsLabel = "Onze afspraken",
        AgreementsPrompt = "Wat neemt ieder op zich, met wie, en wanneer?",
        TogetherLabel = "Wie brengt wat voor wie?",
        TogetherPrompt = "Eén post-it per verbinding: wie brengt wat, voor wie. Krijgt iedere partij genoeg?",
        UnansweredLabel = "Nog zonder aanbod",
        BalanceLabel = "In balans?",
        BalancePrompt = "Eén post-it per antwoord, zonder naam. Links: genoeg, te weinig of twijfel? Rechts: gelijkwaardig, ja, nee of een beetje?",
        UnansweredPrompt = "Welke wens brengt nog niemand? Wie ontbreekt er aan tafel?",
    };
}
