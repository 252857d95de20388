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
    /// <summary>Wil halen, Van, Kan brengen, Door, Waarom, Sterkte, Afgesproken, Afspraak, Wanneer.</summary>
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
}
