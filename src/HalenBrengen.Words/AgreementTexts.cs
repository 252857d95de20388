namespace HalenBrengen;

/// <summary>
/// The afsprakenlijst (agreements workbook): where the group writes down what it agreed, starting from the
/// suggestions. Its sheet and column names are part of what a facilitator (and a script) reads it by.
/// </summary>
public sealed partial class AgreementTexts
{
    /// <summary>The first sheet: one row per suggested match.</summary>
    public required string SuggestionsSheet { get; init; }
    /// <summary>The second sheet: the wants nobody at the table answers strongly, with their possible offers.</summary>
    public required string OpenSheet { get; init; }
    /// <summary>Wil halen, Van, Wens of eis, Kan brengen, Door, Waarom, Sterkte, Afgesproken, Afspraak, Wanneer.</summary>
    public required IReadOnlyList<string> SuggestionHeaders { get; init; }
    /// <summary>Wil halen, Van, Wens of eis, Misschien.</summary>
    public required IReadOnlyList<string> OpenHeaders { get; init; }
    /// <summary>The drop-down's values for Afgesproken: Ja, Nee, Later.</summary>
    public required IReadOnlyList<string> AgreedValues { get; init; }
    /// <summary>The input message of the Afgesproken column.</summary>
    public required string AgreedHint { get; init; }
    /// <summary>The input message of the free rows' first cell: for a connection nobody suggested.</summary>
    public required string FreeRowHint { get; init; }
    public required string Wish { get; init; }
    public required string Demand { get; init; }
    /// <summary>The open needs sheet when every want has a strong suggestion.</summary>
    public required string NoOpenNeeds { get; init; }

    // The take-home report made from a filled-in list (afspraken.pptx)
    public required string ReportTitle { get; init; }
    public required string ReportNotes { get; init; }
    /// <summary>The diagram's title; its arrows run from who brings to who gets.</summary>
    public required string DiagramTitle { get; init; }
    public required string DiagramKey { get; init; }
    public required string DiagramNotes { get; init; }
    /// <summary>The wants no agreement answers yet.</summary>
    public required string StillOpenTitle { get; init; }
    public required string StillOpenNone { get; init; }
    public required string StillOpenNotes { get; init; }
    /// <summary>A partner's own page; "{0}": the partner.</summary>
    public required string PartnerGets { get; init; }
    public required string PartnerBrings { get; init; }
    public required string NothingGets { get; init; }
    public required string NothingBrings { get; init; }
    /// <summary>Under an agreement: "{0}": who brings it (on what a partner gets) or gets it (on what it brings).</summary>
    public required string From { get; init; }
    public required string To { get; init; }
    /// <summary>"{0}": when, as the group wrote it.</summary>
    public required string By { get; init; }
    /// <summary>Said of an agreement the group put off.</summary>
    public required string PutOff { get; init; }
    public required string PartnerNotes { get; init; }
}
