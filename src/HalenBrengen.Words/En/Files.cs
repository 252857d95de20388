namespace HalenBrengen;

public sealed partial class FileTexts
{
    /// <summary>
    /// The file names in English. The two fallbacks stay Dutch, as the English files have always been named:
    /// an English word there would rename the outputs of a run that facilitators (and their scripts) already know.
    /// </summary>
    internal static readonly FileTexts En = new()
    {
        Deck = "session",
        DeckOfMeeting = "session {0}",
        Briefing = "facilitator briefing",
        CombinedMap = "poster combined map",
        PartnerPoster = "poster {0}",
        Agreements = "agreements",
        WorkSheet = "work sheet",
        NoCoalitionName = "samenwerking",
        NoPartnerName = "partij",
    };
}
