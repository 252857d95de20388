namespace HalenBrengen.Excel.Templates;

// What a filled-in form holds, as plain text the way a person types it into the template. Used to write
// the example coalition (from templates/voorbeeld/voorbeeld.json) and by tests to write realistic
// workbooks; the reader never sees these types.

public sealed record HalenRegel(string Wat, string? Soort = null, string? WensOfEis = null, string? Toelichting = null);

public sealed record BrengenRegel(string Wat, string? Soort = null, string? Omvang = null, string? Toelichting = null);

public sealed record BelangenkaartInvulling(
    string Partij,
    string? Contactpersoon = null,
    string? EigenBelang = null,
    string? GezamenlijkBelang = null,
    string? Ambitie = null,
    string? Krantenkop = null,
    IReadOnlyList<HalenRegel>? Halen = null,
    IReadOnlyList<BrengenRegel>? Brengen = null);

public sealed record KrachtenveldRegel(string Partij, string? NodigVoor = null, string? Invloed = null,
    string? BelangenEnDrijfveren = null, string? Houding = null, string? Randvoorwaarden = null);

public sealed record InterventieRegel(string Partij, string Interventie, string? SluitAanBij = null, string? Gekozen = null);

public sealed record ActiviteitRegel(string? Partij, string Activiteit, string? Wanneer = null);

/// <summary>The krachtenveld form's content; <see cref="StarttijdSessie"/> is written with <see cref="DatumSessie"/> into one cell.</summary>
public sealed record KrachtenveldInvulling(
    string? NaamSamenwerking = null,
    string? Opgave = null,
    string? GedeeldeAmbitie = null,
    string? Krantenkop = null,
    DateOnly? DatumSessie = null,
    TimeOnly? StarttijdSessie = null,
    string? Begeleider = null,
    int? SessieduurMinuten = null,
    IReadOnlyList<KrachtenveldRegel>? Krachtenveld = null,
    IReadOnlyList<InterventieRegel>? Interventies = null,
    IReadOnlyList<ActiviteitRegel>? Activiteiten = null,
    DateOnly? DatumTweede = null);
