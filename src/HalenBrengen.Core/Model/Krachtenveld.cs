namespace HalenBrengen.Core.Model;

/// <summary>
/// The session date: a real date when one could be read, always the text to show. <see cref="Time"/> is
/// the start time, to the minute, when the cell gave one (a date-and-time cell, a serial number with a
/// fraction, or text such as "11-3-2027 13:30"); null for a plain date, for midnight exactly, and
/// whenever <see cref="Date"/> is null, so the agenda can show clock times only when it has them.
/// </summary>
public sealed record SessieDatum(DateOnly? Date, string Text, SourceRef Source, TimeOnly? Time = null);

/// <summary>The coalition as the facilitator describes it on the 'Samenwerking' sheet.</summary>
public sealed record Samenwerking(
    Sourced<string>? Naam = null,
    Sourced<string>? Opgave = null,
    Sourced<string>? GedeeldeAmbitie = null,
    Sourced<string>? Krantenkop = null,
    SessieDatum? Datum = null,
    Sourced<string>? Begeleider = null,
    Sourced<int>? SessieduurMinuten = null,
    SessieDatum? DatumTweede = null);

/// <summary>One row of the force-field table: what a partner matters for and how the relation stands.</summary>
public sealed record KrachtenveldRij(
    Sourced<string> Partij,
    Sourced<string>? NodigVoor,
    Choice<Invloed>? Invloed,
    Sourced<string>? BelangenEnDrijfveren,
    Choice<Houding4D>? Houding,
    Sourced<string>? Randvoorwaarden);

/// <summary>A possible action towards one partner; <see cref="Gekozen"/> marks the one chosen.</summary>
public sealed record Interventie(
    Sourced<string>? Partij,
    Sourced<string> Text,
    Sourced<string>? SluitAanBij,
    Choice<bool>? Gekozen)
{
    public bool IsGekozen => Gekozen?.Value == true;
}

/// <summary>Who does what: an activity a partner (or the coalition, when no partner is named) takes on.</summary>
public sealed record Activiteit(Sourced<string>? Partij, Sourced<string> Text, Sourced<string>? Wanneer);

/// <summary>The facilitator's krachtenveld workbook, as read.</summary>
public sealed record KrachtenveldKaart(
    SourceRef File,
    Samenwerking Samenwerking,
    IReadOnlyList<KrachtenveldRij> Rijen,
    IReadOnlyList<Interventie> Interventies,
    IReadOnlyList<Activiteit> Activiteiten);
