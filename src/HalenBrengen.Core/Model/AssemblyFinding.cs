namespace HalenBrengen.Core.Model;

/// <summary>
/// What putting the coalition together found that the facilitator should hear about, as data: which
/// kind, where, and the values involved. The reader words each into a <see cref="Diagnostic"/> from the
/// words of its language (Core returns data, not sentences).
/// </summary>
public abstract record AssemblyFinding(Severity Severity, DiagnosticCode Code, SourceRef Where);

/// <summary>A partner in the krachtenveld without a belangenkaart: it takes part, without halen and brengen.</summary>
public sealed record PartnerWithoutBelangenkaart(Sourced<string> Partij)
    : AssemblyFinding(Severity.Waarschuwing, DiagnosticCode.PartijZonderBelangenkaart, Partij.Source);

/// <summary>A partner with a belangenkaart that the krachtenveld (<paramref name="Krachtenveld"/>) does not list.</summary>
public sealed record PartnerNotInKrachtenveld(Sourced<string> Partij, SourceRef Krachtenveld)
    : AssemblyFinding(Severity.Waarschuwing, DiagnosticCode.PartijZonderKrachtenveld, Partij.Source);

/// <summary>More partners than the combined map is made for (<paramref name="MapPartners"/>).</summary>
public sealed record ManyPartners(int Count, int MapPartners, SourceRef Where)
    : AssemblyFinding(Severity.Opmerking, DiagnosticCode.VeelPartijen, Where);

/// <summary>A second belangenkaart of a partner; <paramref name="EarlierFile"/> holds the one that is read.</summary>
public sealed record BelangenkaartTwice(Sourced<string> Partij, string EarlierFile, string File)
    : AssemblyFinding(Severity.Fout, DiagnosticCode.DubbelePartij, Partij.Source);

/// <summary>A session length outside 15 minutes to 8 hours; <paramref name="UsedMinutes"/> is what the agenda uses.</summary>
public sealed record UnusualSessionLength(Sourced<int> Minutes, int UsedMinutes)
    : AssemblyFinding(Severity.Waarschuwing, DiagnosticCode.OngebruikelijkeSessieduur, Minutes.Source);

/// <summary>A second meeting's date where the session is one meeting: it is used nowhere.</summary>
public sealed record SecondMeetingDateUnused(SessieDatum Date)
    : AssemblyFinding(Severity.Waarschuwing, DiagnosticCode.DatumTweedeBijeenkomst, Date.Source);

/// <summary>A second meeting's date on or before the first's (<paramref name="First"/>).</summary>
public sealed record SecondMeetingDateNotLater(SessieDatum Date, SessieDatum First)
    : AssemblyFinding(Severity.Waarschuwing, DiagnosticCode.DatumTweedeBijeenkomst, Date.Source);

/// <summary>A second krachtenveld workbook; only the first is read.</summary>
public sealed record KrachtenveldTwice(SourceRef First, SourceRef Extra)
    : AssemblyFinding(Severity.Fout, DiagnosticCode.MeerdereKrachtenvelden, Extra);

/// <summary>A partner's second row in the krachtenveld; <paramref name="EarlierCell"/> is its first.</summary>
public sealed record RowTwice(Sourced<string> Partij, string? EarlierCell)
    : AssemblyFinding(Severity.Fout, DiagnosticCode.DubbelePartij, Partij.Source);

/// <summary>An intervention or activity for a partner that is not in the coalition; it is kept.</summary>
public sealed record UnknownPartner(Sourced<string> Name)
    : AssemblyFinding(Severity.Waarschuwing, DiagnosticCode.OnbekendePartij, Name.Source);
