using HalenBrengen.Core.Model;

namespace HalenBrengen.Web;

public sealed record DiagnosticJson(string Severity, string Code, string File, string? Sheet, string? Cell, string Where, string Message);

public sealed record PartnerJson(string Naam, int Halen, int Eisen, int Brengen, bool Belangenkaart, bool Krachtenveld);

public sealed record CheckJson(bool CanGenerate, string? Samenwerking, string? Krantenkop, IReadOnlyList<PartnerJson> Partners,
    IReadOnlyList<DiagnosticJson> Diagnostics, int Fouten, int Waarschuwingen);

public sealed record FileJson(string Name, string Kind, long Size, string Base64);

public sealed record GenerateJson(IReadOnlyList<FileJson> Files, CheckJson Check);

public sealed record MessageJson(string Message);

public static class ApiModels
{
    public static CheckJson Check(InputReport report, bool strict) => new(
        report.CanGenerate(strict),
        report.Coalition.Naam,
        report.Coalition.Krantenkop,
        report.Coalition.Partners.Select(p => new PartnerJson(p.Naam, p.Halen.Count, p.Halen.Count(i => i.IsEis), p.Brengen.Count, p.Kaart is not null, p.Krachtenveld is not null)).ToList(),
        report.Diagnostics.OrderByDescending(d => d.Severity).Select(d => new DiagnosticJson(
            d.Severity switch { Severity.Fout => "fout", Severity.Waarschuwing => "waarschuwing", _ => "opmerking" },
            d.Code.ToString(), d.Where.File, d.Where.Sheet, d.Where.Cell, d.Where.ToString(), d.Message)).ToList(),
        report.Count(Severity.Fout),
        report.Count(Severity.Waarschuwing));
}
