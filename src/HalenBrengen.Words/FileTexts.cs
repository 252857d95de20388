namespace HalenBrengen;

/// <summary>
/// The words in the names of the files a run makes: "{coalition} - {label}.pptx". Values: Nl/Files.cs, En/Files.cs.
/// </summary>
public sealed partial class FileTexts
{
    public required string Deck { get; init; }
    /// <summary>The session deck of one meeting, when the session is held as two: "{0}": 1 or 2.</summary>
    public required string DeckOfMeeting { get; init; }
    public required string Briefing { get; init; }
    public required string CombinedMap { get; init; }
    /// <summary>A partner's own poster: "{0}": the partner's name, made safe for a file name.</summary>
    public required string PartnerPoster { get; init; }
    public required string WorkSheet { get; init; }
    /// <summary>The afsprakenlijst (.xlsx).</summary>
    public required string Agreements { get; init; }
    /// <summary>The name's first part when the collaboration has no name (or none a file system allows).</summary>
    public required string NoCoalitionName { get; init; }
    /// <summary>A partner poster's name when the partner has no name a file system allows.</summary>
    public required string NoPartnerName { get; init; }
}
