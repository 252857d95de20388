namespace HalenBrengen;

public sealed partial class AgreementTexts
{
    internal static readonly AgreementTexts En = new()
    {
        SuggestionsSheet = "Suggestions",
        OpenSheet = "Open needs",
        SuggestionHeaders = ["Wants", "Wanted by", "Wish or demand", "Can bring", "Brought by", "Why", "Strength", "Agreed", "Agreement", "When"],
        OpenHeaders = ["Wants", "Wanted by", "Wish or demand", "Perhaps"],
        AgreedValues = ["Yes", "No", "Later"],
        AgreedHint = "Yes, No or Later: did the group agree on this?",
        FreeRowHint = "A connection nobody suggested: fill in what one party gets and the other brings.",
        Wish = "wish",
        Demand = "demand",
        NoOpenNeeds = "Every want has a strong suggestion at the table.",
        ReportTitle = "What we agreed",
        ReportNotes = "From the filled-in agreements list: what the group agreed (Yes) and what comes later (Later).",
        DiagramTitle = "Who brings what to whom",
        DiagramKey = "An arrow runs from who brings to who gets; the thicker, the more agreements.",
        DiagramNotes = "Each arrow is one or more agreements from the list. A party without arrows gets and brings nothing yet: ask what is needed.",
        StillOpenTitle = "What is still open",
        StillOpenNone = "For every want something was agreed.",
        StillOpenNotes = "The wants nothing has been agreed for yet. At the next round: is someone needed who is not at the table now?",
        PartnerGets = "What {0} gets",
        PartnerBrings = "What {0} brings",
        NothingGets = "Nothing agreed yet.",
        NothingBrings = "Nothing agreed yet.",
        From = "from {0}",
        To = "to {0}",
        By = "when: {0}",
        PutOff = "later",
        PartnerNotes = "To take home: what this party gets and from whom, what it brings and to whom, and when.",
    };
}
