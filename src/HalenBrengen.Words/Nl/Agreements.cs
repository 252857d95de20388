namespace HalenBrengen;

public sealed partial class AgreementTexts
{
    internal static readonly AgreementTexts Nl = new()
    {
        SuggestionsSheet = "Suggesties",
        OpenSheet = "Open behoeften",
        SuggestionHeaders = ["Wil halen", "Van", "Wens of eis", "Kan brengen", "Door", "Waarom", "Sterkte", "Afgesproken", "Afspraak", "Wanneer"],
        OpenHeaders = ["Wil halen", "Van", "Wens of eis", "Misschien"],
        AgreedValues = ["Ja", "Nee", "Later"],
        AgreedHint = "Ja, Nee of Later: heeft de groep dit afgesproken?",
        FreeRowHint = "Een verbinding die niemand voorstelde: vul in wat de ene partij haalt en de andere brengt.",
        Wish = "wens",
        Demand = "eis",
        NoOpenNeeds = "Elke wens heeft een sterke suggestie aan tafel.",
        ReportTitle = "Wat we afspraken",
        ReportNotes = "Uit de ingevulde afsprakenlijst: wat de groep heeft afgesproken (Ja) en wat later komt (Later).",
        DiagramTitle = "Wie brengt wat aan wie",
        DiagramKey = "Een pijl loopt van wie brengt naar wie krijgt; hoe dikker, hoe meer afspraken.",
        DiagramNotes = "Elke pijl is een of meer afspraken uit de afsprakenlijst. Een partij zonder pijlen haalt en brengt nog niets: vraag wat er nodig is.",
        StillOpenTitle = "Wat nog open staat",
        StillOpenNone = "Voor elke wens is iets afgesproken.",
        StillOpenNotes = "De wensen waarvoor nog niets is afgesproken. Bij de volgende ronde: is er iemand nodig die nu niet aan tafel zit?",
        PartnerGets = "Wat {0} krijgt",
        PartnerBrings = "Wat {0} brengt",
        NothingGets = "Nog niets afgesproken.",
        NothingBrings = "Nog niets afgesproken.",
        From = "van {0}",
        To = "aan {0}",
        By = "wanneer: {0}",
        PutOff = "later",
        PartnerNotes = "Om mee naar huis te nemen: wat deze partij krijgt en van wie, wat zij brengt en aan wie, en wanneer.",
    };
}
