namespace HalenBrengen.Excel.Agreements;

/// <summary>
/// Where each column of the sheet Suggesties stands, 0-based, in the order of <see cref="AgreementTexts.SuggestionHeaders"/>:
/// the list is written in this order and read back by these headers, wherever a person has moved them.
/// </summary>
internal static class SuggestionColumn
{
    public const int Want = 0, Wanter = 1, Demand = 2, Offer = 3, Bringer = 4, Why = 5, Strength = 6;

    /// <summary>The columns the group fills in: Afgesproken, Afspraak, Wanneer.</summary>
    public const int Agreed = 7, What = 8, When = 9;
}
