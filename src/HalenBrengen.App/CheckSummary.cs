using System.Text.Json;
using System.Text.Json.Serialization;
using HalenBrengen.Core.Model;

namespace HalenBrengen.App;

/// <summary>One diagnostic as a page shows it; <c>where</c> is the <c>file › sheet › cell</c> line.</summary>
public sealed record DiagnosticJson(string Severity, string Code, string File, string? Sheet, string? Cell, string Where, string Message);

/// <summary>One partner as a page lists it: its counts, and which of its two forms were found.</summary>
public sealed record PartnerJson(string Naam, int Halen, int Eisen, int Brengen, bool Belangenkaart, bool Krachtenveld);

/// <summary>What a check found, in the shape every page reads, whether the server or the browser made it.</summary>
public sealed record CheckJson(bool CanGenerate, string? Samenwerking, string? Krantenkop, IReadOnlyList<PartnerJson> Partners,
    IReadOnlyList<DiagnosticJson> Diagnostics, int Fouten, int Waarschuwingen);

/// <summary>
/// A check as JSON for a page: one definition for the local server's API and the WebAssembly host, so
/// both send the same fields under the same names. Most severe diagnostics first.
/// </summary>
public static class CheckSummary
{
    public static CheckJson Of(InputReport report, bool strict) => new(
        report.CanGenerate(strict),
        report.Coalition.Naam,
        report.Coalition.Krantenkop,
        report.Coalition.Partners.Select(p => new PartnerJson(p.Naam, p.Halen.Count, p.Halen.Count(i => i.IsEis), p.Brengen.Count,
            p.Kaart is not null, p.Krachtenveld is not null)).ToList(),
        report.Diagnostics.OrderByDescending(d => d.Severity).Select(d => new DiagnosticJson(
            d.Severity switch { Severity.Fout => "fout", Severity.Waarschuwing => "waarschuwing", _ => "opmerking" },
            d.Code.ToString(), d.Where.File, d.Where.Sheet, d.Where.Cell, d.Where.ToString(), d.Message)).ToList(),
        report.Count(Severity.Fout),
        report.Count(Severity.Waarschuwing));

    /// <summary>
    /// The JSON text, written without reflection (a trimmed WebAssembly build keeps no metadata for it),
    /// with the options ASP.NET gives <c>Results.Json</c>: web defaults, so camelCase names and nulls kept.
    /// </summary>
    public static string ToJson(CheckJson check) => JsonSerializer.Serialize(check, CheckJsonContext.Default.CheckJson);
}

/// <summary>Source-generated serialisation of <see cref="CheckJson"/> with ASP.NET's web defaults.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckJson))]
public sealed partial class CheckJsonContext : JsonSerializerContext;
