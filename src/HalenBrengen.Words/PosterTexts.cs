namespace HalenBrengen;

/// <summary>Every fixed text of the A0 posters. Values: Nl/Posters.cs, En/Posters.cs.</summary>
public sealed partial class PosterTexts
{
    public required string NoHeadline { get; init; }
    /// <summary>In the head of the combined map and the work sheet instead of the date, when the session has two meetings: they are used at the second.</summary>
    public required string SecondMeeting { get; init; }
    /// <summary>A partner poster's place in the round, in its head ("beurt {0} van {1}"): the posters hang in the round's order.</summary>
    public required string TurnOf { get; init; }
    /// <summary>Over the combined map's white field where the group writes the headline it chooses.</summary>
    public required string HeadlineToWrite { get; init; }
    /// <summary>In the headline's field on the combined map, small at its foot: what goes there, in marker.</summary>
    public required string HeadlineFieldHint { get; init; }
    /// <summary>Where the headline's field is on a combined map's other sheets, under its label ("Onze krantenkop: die schrijven we op vel 2"; "{0}": the sheet): it is written once, on the middle one.</summary>
    public required string HeadlineFieldHintLater { get; init; }
    /// <summary>The combined map's header names the sheet, as the work sheet's does.</summary>
    public required string CombinedMap { get; init; }
    public required string HeadlineLabel { get; init; }
    public required string AmbitionLabel { get; init; }
    /// <summary>Over the combined map's ambition from the workbooks: a working version, which the group sharpens in the session.</summary>
    public required string AmbitionWorkingLabel { get; init; }
    /// <summary>Under the working version on the combined map: where the sharpened one goes, on the poster that stays.</summary>
    public required string AmbitionSharpenedHint { get; init; }
    public required string Interest { get; init; }
    public required string SharedInterest { get; init; }
    public required string Ambition { get; init; }
    public required string Gets { get; init; }
    public required string Brings { get; init; }
    public required string Demand { get; init; }
    public required string DemandMeaning { get; init; }
    public required string NothingYet { get; init; }
    public required string NoCard { get; init; }
    public required string WorkSheet { get; init; }
    /// <summary>The field at a partner's poster's foot where the room sticks its questions to that partner.</summary>
    public required string Questions { get; init; }
    /// <summary>Under <see cref="Questions"/>: how.</summary>
    public required string QuestionsHint { get; init; }
    /// <summary>A partner's own poster goes on over a next sheet.</summary>
    public required string NextSheet { get; init; }
    /// <summary>The combined map or the work sheet: the next sheet holds the next group of partners.</summary>
    public required string MorePartners { get; init; }
    public required string OwnPoster { get; init; }
    /// <summary>The centre's two sheets, where each hangs: the left of the two in the middle, then the right.</summary>
    public required IReadOnlyList<string> CentreSheets { get; init; }
    /// <summary>The centre's three sheets of a larger coalition, where each hangs: left, middle, right.</summary>
    public required IReadOnlyList<string> CentreSheetsThree { get; init; }
    /// <summary>A work sheet of partners' fields, in its header: what the group puts there.</summary>
    public required string PartnerSheet { get; init; }
    /// <summary>Under a work sheet field's label: what goes on it, said plainly (fresh readers did not know what to stick there).</summary>
    public required string FieldGetsHint { get; init; }
    public required string FieldBringsHint { get; init; }
    /// <summary>The question under the work sheet's headline label: what the group writes there.</summary>
    public required string HeadlinePrompt { get; init; }
    /// <summary>The question under the work sheet's ambition label.</summary>
    public required string AmbitionPrompt { get; init; }
    /// <summary>The label of the work sheet's field for what the group agrees.</summary>
    public required string AgreementsLabel { get; init; }
    /// <summary>The question under the work sheet's agreements label.</summary>
    public required string AgreementsPrompt { get; init; }
    /// <summary>The label of the work sheet's field for who brings what for whom, the session's fourth step.</summary>
    public required string TogetherLabel { get; init; }
    /// <summary>The question under it: one note a link, and whether every party gets enough.</summary>
    public required string TogetherPrompt { get; init; }
    /// <summary>The label of the work sheet's field for the wants nobody brings yet.</summary>
    public required string UnansweredLabel { get; init; }
    /// <summary>The work sheet's fields for the two balance questions' unnamed notes, each its own: "Genoeg?", "Gelijkwaardig?".</summary>
    public required string EnoughLabel { get; init; }
    public required string EnoughPrompt { get; init; }
    public required string EqualLabel { get; init; }
    public required string EqualPrompt { get; init; }
    /// <summary>The question under it: which want nobody brings, who is missing at the table.</summary>
    public required string UnansweredPrompt { get; init; }
}
