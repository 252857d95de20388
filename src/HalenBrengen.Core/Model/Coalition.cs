namespace HalenBrengen.Core.Model;

/// <summary>
/// One partner at the table: its own belangenkaart, its row in the facilitator's krachtenveld, or both.
/// A partner with only one of the two still takes part (the reader warns about the missing half).
/// </summary>
public sealed record Partner(string Naam, Belangenkaart? Kaart, KrachtenveldRij? Krachtenveld)
{
    private static readonly IReadOnlyList<Item> None = [];

    /// <summary>The comparison key: case, diacritics and spacing ignored.</summary>
    public string Key => TextKey.Name(Naam);
    public IReadOnlyList<Item> Halen => Kaart?.Halen ?? None;
    public IReadOnlyList<Item> Brengen => Kaart?.Brengen ?? None;
}

/// <summary>The whole coalition: what the deck and the posters are made from.</summary>
public sealed record Coalition(
    Samenwerking Samenwerking,
    IReadOnlyList<Partner> Partners,
    IReadOnlyList<Interventie> Interventies,
    IReadOnlyList<Activiteit> Activiteiten)
{
    /// <summary>
    /// The most partners the combined A0 map is made for: beyond it the map becomes too dense to read from
    /// two metres, and the partners' own posters serve better.
    /// </summary>
    public const int MapPartners = 24;

    /// <summary>
    /// The party the krachtenveld puts first when it has much influence and another of little influence opens the round
    /// instead (<see cref="CoalitionAssembly.Combine"/>); null when the round keeps the krachtenveld's order.
    /// </summary>
    public Partner? OpensInsteadOf { get; init; }

    /// <summary>What a filled-in afsprakenlijst among the inputs says the group agreed on (Ja) or put off (Later).</summary>
    public IReadOnlyList<Agreement> Agreements { get; init; } = [];

    public string? Naam => Samenwerking.Naam?.Value;
    public string? Krantenkop => Samenwerking.Krantenkop?.Value;

    public Partner? FindPartner(string name) => IndexOf(name) is { } i ? Partners[i] : null;

    /// <summary>Where a partner stands in <see cref="Partners"/>, found by name as <see cref="Partner.Key"/> compares; null when it is not at the table.</summary>
    public int? IndexOf(string name)
    {
        var key = TextKey.Name(name);
        for (var i = 0; i < Partners.Count; i++)
        {
            if (Partners[i].Key == key)
                return i;
        }
        return null;
    }
}
