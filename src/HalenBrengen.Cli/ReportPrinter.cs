using System.Globalization;
using HalenBrengen.App;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Cli;

/// <summary>Prints what the reader found, in Dutch, for a facilitator.</summary>
internal static class ReportPrinter
{
    public static void Print(InputReport report, TextWriter output)
    {
        var coalition = report.Coalition;
        var s = coalition.Samenwerking;
        output.WriteLine($"Gelezen: {Count(report.FilesRead.Count, "werkmap", "werkmappen")}.");
        output.WriteLine();
        output.WriteLine($"Samenwerking: {s.Naam?.Value ?? "(geen naam ingevuld)"}");
        WriteIf(output, "  Opgave", s.Opgave?.Value);
        WriteIf(output, "  Gedeelde ambitie", s.GedeeldeAmbitie?.Value);
        WriteIf(output, "  Krantenkop", s.Krantenkop?.Value);
        // The session exactly as the deck will show it: its date, clock, length and speaking time.
        var summary = SessionSummary.Of(coalition);
        var session = new List<string>();
        if (summary.Date is not null) session.Add(summary.Date);
        if (summary.Start is not null) session.Add($"{summary.Start}–{summary.End}");
        session.Add(summary.MinutesGiven ? $"{summary.Minutes} minuten" : $"{summary.Minutes} minuten (geen bruikbare duur ingevuld; de agenda gaat hiervan uit)");
        if (coalition.Partners.Count > 0) session.Add($"{summary.SpeakingMinutes} minuten spreektijd per partij");
        if (s.Begeleider is not null) session.Add($"begeleider {s.Begeleider.Value}");
        WriteIf(output, "  Sessie", string.Join(", ", session));
        if (summary.Overrun > 0)
            output.WriteLine($"  Let op: met {coalition.Partners.Count} partijen loopt de agenda {summary.Overrun} minuten uit.");
        output.WriteLine();

        output.WriteLine($"Partners ({coalition.Partners.Count}):");
        for (var i = 0; i < coalition.Partners.Count; i++)
            output.WriteLine($"  {i + 1,2}. {PartnerLine(coalition.Partners[i])}");
        output.WriteLine();
        output.WriteLine($"Krachtenveld: {Count(coalition.Partners.Count(p => p.Krachtenveld is not null), "rij", "rijen")}, " +
                         $"{Count(coalition.Interventies.Count, "interventie", "interventies")}, " +
                         $"{Count(coalition.Activiteiten.Count, "activiteit", "activiteiten")}.");

        if (report.Diagnostics.Count == 0)
            return;
        output.WriteLine();
        output.WriteLine($"Meldingen ({Count(report.Count(Severity.Fout), "fout", "fouten")}, " +
                         $"{Count(report.Count(Severity.Waarschuwing), "waarschuwing", "waarschuwingen")}, " +
                         $"{Count(report.Count(Severity.Opmerking), "opmerking", "opmerkingen")}):");
        foreach (var diagnostic in report.Diagnostics.OrderByDescending(d => d.Severity))
            output.WriteLine($"  {SeverityWord(diagnostic.Severity),-13}{diagnostic.Where}: {diagnostic.Message}");
    }

    public static void PrintVerdict(InputReport report, bool strict, TextWriter output)
    {
        output.WriteLine();
        if (report.CanGenerate(strict))
        {
            var warnings = report.Count(Severity.Waarschuwing);
            output.WriteLine(warnings == 0
                ? "Klaar: de presentatie en posters kunnen gemaakt worden."
                : $"Klaar: de presentatie en posters kunnen gemaakt worden. Kijk wel even naar {Count(warnings, "waarschuwing", "waarschuwingen")}.");
            return;
        }
        var errors = report.Count(Severity.Fout);
        if (errors > 0)
            output.WriteLine($"Nog niet klaar: los eerst {Count(errors, "fout", "fouten")} hierboven op.");
        else if (report.Coalition.Partners.Count == 0)
            output.WriteLine("Nog niet klaar: er is geen enkele partij gevonden.");
        else
            output.WriteLine($"Nog niet klaar: met --strict houden ook de {Count(report.Count(Severity.Waarschuwing), "waarschuwing", "waarschuwingen")} het tegen.");
    }

    private static string PartnerLine(Partner partner)
    {
        var parts = new List<string>();
        if (partner.Kaart is null)
            parts.Add("geen belangenkaart");
        else
        {
            var eisen = partner.Halen.Count(i => i.IsEis);
            parts.Add($"halen {partner.Halen.Count}" + (eisen > 0 ? $" ({Count(eisen, "eis", "eisen")})" : string.Empty));
            parts.Add($"brengen {partner.Brengen.Count}");
        }
        if (partner.Krachtenveld is { } row)
        {
            var invloed = row.Invloed?.Value is { } i ? ValueLists.Label(i) : "?";
            var houding = row.Houding?.Value is { } h ? ((int)h).ToString(CultureInfo.InvariantCulture) : "?";
            parts.Add($"krachtenveld: invloed {invloed}, houding {houding}");
        }
        else
            parts.Add("niet in het krachtenveld");
        var source = partner.Kaart is not null ? $"  [{partner.Kaart.File}]" : string.Empty;
        return $"{partner.Naam} — {string.Join(" · ", parts)}{source}";
    }

    private static void WriteIf(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            output.WriteLine($"{label}: {value.Replace("\n", " / ", StringComparison.Ordinal)}");
    }

    private static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Fout => "FOUT",
        Severity.Waarschuwing => "waarschuwing",
        _ => "opmerking",
    };

    private static string Count(int n, string one, string many) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";
}
