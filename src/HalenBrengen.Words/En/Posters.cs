namespace HalenBrengen;

public sealed partial class PosterTexts
{
    /// <summary>The posters in English.</summary>
    internal static readonly PosterTexts En = new()
    {
        NoHeadline = "Our headline: still to choose",
        SecondMeeting = "second meeting",
        TurnOf = "turn {0} of {1}",
        HeadlineToWrite = "Our headline:",
        HeadlineFieldHint = "write the headline we choose together here",
        HeadlineFieldHintLater = "we write it on sheet 1",
        CombinedMap = "combined map",
        HeadlineLabel = "Headlines we propose",
        AmbitionLabel = "Our ambition",
        AmbitionWorkingLabel = "Our ambition — working version",
        Interest = "Own interest",
        SharedInterest = "Shared interest",
        Ambition = "Ambition in its own words",
        Gets = "Wants to get",
        Brings = "Can bring",
        Demand = "DEMAND",
        DemandMeaning = "a condition for taking part",
        NothingYet = "(nothing filled in yet)",
        NoCard = "No interest card has been filled in for this party yet.",
        WorkSheet = "work sheet",
        Questions = "Questions for us",
        QuestionsHint = "one question a sticky note",
        NextSheet = "continued on the next sheet",
        MorePartners = "more partners on the next sheet",
        OwnPoster = "everything on its own poster",
        CentreSheets = ["middle of the wall, left: links and balance", "middle of the wall, right: ambition, headline and agreements"],
        CentreSheetsThree = ["middle of the wall, left: the links", "middle of the wall, centre: no offer yet and balance", "middle of the wall, right: ambition, headline and agreements"],
        PartnerSheet = "per party, what the session adds to its map",
        FieldGetsHint = "one note per want",
        FieldBringsHint = "one note per offer",
        HeadlinePrompt = "What headline do we want to read a year from now? One note per headline; the one chosen goes on the combined map.",
        AmbitionPrompt = "What do we want to achieve together?",
        AgreementsLabel = "Our agreements",
        AgreementsPrompt = "What does each take on, with whom, and by when?",
        TogetherLabel = "Who brings what for whom?",
        TogetherPrompt = "One note per link: who brings what, for whom. Does every party get enough?",
        UnansweredLabel = "No offer yet",
        BalanceLabel = "In balance?",
        BalancePrompt = "One sticky note an answer, unnamed. Left: enough, too little or in doubt? Right: equal, yes, no or somewhat?",
        UnansweredPrompt = "Which want does nobody bring yet? Who is missing at the table?",
    };
}
