namespace HalenBrengen;

public sealed partial class AgreementTexts
{
    internal static readonly AgreementTexts En = new()
    {
        SuggestionsSheet = "Suggestions",
        OpenSheet = "Open needs",
        SuggestionHeaders = ["Wants", "Wanted by", "Can bring", "Brought by", "Why", "Strength", "Agreed", "Agreement", "When"],
        OpenHeaders = ["Wants", "Wanted by", "Wish or demand", "Perhaps"],
        AgreedValues = ["Yes", "No", "Later"],
        AgreedHint = "Yes, No or Later: did the group agree on this?",
        FreeRowHint = "A connection nobody suggested: fill in what one party gets and the other brings.",
        Wish = "wish",
        Demand = "demand",
        NoOpenNeeds = "Every want has a strong suggestion at the table.",
    };
}
