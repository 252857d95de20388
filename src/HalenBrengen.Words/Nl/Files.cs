namespace HalenBrengen;

public sealed partial class FileTexts
{
    /// <summary>The file names in Dutch.</summary>
    internal static readonly FileTexts Nl = new()
    {
        Deck = "sessie",
        DeckOfMeeting = "sessie {0}",
        Briefing = "voorbereiding begeleider",
        CombinedMap = "poster gezamenlijke kaart",
        PartnerPoster = "poster {0}",
        Agreements = "afspraken",
        WorkSheet = "werkvel",
        NoCoalitionName = "samenwerking",
        NoPartnerName = "partij",
    };
}
