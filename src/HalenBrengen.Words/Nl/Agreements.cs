namespace HalenBrengen;

public sealed partial class AgreementTexts
{
    internal static readonly AgreementTexts Nl = new()
    {
        SuggestionsSheet = "Suggesties",
        OpenSheet = "Open behoeften",
        SuggestionHeaders = ["Wil halen", "Van", "Kan brengen", "Door", "Waarom", "Sterkte", "Afgesproken", "Afspraak", "Wanneer"],
        OpenHeaders = ["Wil halen", "Van", "Wens of eis", "Misschien"],
        AgreedValues = ["Ja", "Nee", "Later"],
        AgreedHint = "Ja, Nee of Later: heeft de groep dit afgesproken?",
        FreeRowHint = "Een verbinding die niemand voorstelde: vul in wat de ene partij haalt en de andere brengt.",
        Wish = "wens",
        Demand = "eis",
        NoOpenNeeds = "Elke wens heeft een sterke suggestie aan tafel.",
    };
}
