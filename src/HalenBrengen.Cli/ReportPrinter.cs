using System.Globalization;
using HalenBrengen.App;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Cli;

/// <summary>Prints what the reader found, for a facilitator, in the words of <see cref="ReportTexts"/> (Dutch, like the diagnostics).</summary>
internal static class ReportPrinter
{
    private static ReportTexts Said => Words.Nl.Reports;

    public static void Print(InputReport report, TextWriter output)
    {
        var t = Said;
        var coalition = report.Coalition;
        var s = coalition.Samenwerking;
        output.WriteLine(t.Read.Fill(Count(report.FilesRead.Count, t.WorkbookOne, t.WorkbookMany)));
        output.WriteLine();
        output.WriteLine(t.Coalition.Fill(s.Naam?.Value ?? t.NoCoalitionName));
        WriteIf(output, t.Task, s.Opgave?.Value);
        WriteIf(output, t.SharedAmbition, s.GedeeldeAmbitie?.Value);
        WriteIf(output, t.Headline, s.Krantenkop?.Value);
        var summary = SessionSummary.Of(coalition);
        WriteIf(output, t.Session, Session(coalition, summary));
        if (summary.TwoMeetings)
        {
            output.WriteLine("  " + t.TwoMeetings.Fill(coalition.Partners.Count, summary.SpeakingMinutes, summary.Minutes));
            WriteIf(output, t.SecondMeeting, s.DatumTweede is { } second ? Dates.Long(second, HalenBrengen.Core.Language.Nl) : null);
        }
        if (summary.Overrun > 0)
            output.WriteLine("  " + t.Overrun.Fill(coalition.Partners.Count, summary.Overrun, summary.SpeakingMinutes, summary.Minutes));
        output.WriteLine();

        output.WriteLine(t.Partners.Fill(coalition.Partners.Count));
        for (var i = 0; i < coalition.Partners.Count; i++)
            output.WriteLine($"  {i + 1,2}. {PartnerLine(coalition.Partners[i])}");
        output.WriteLine();
        output.WriteLine(t.ForceField.Fill(Count(coalition.Partners.Count(p => p.Krachtenveld is not null), t.RowOne, t.RowMany),
            Count(coalition.Interventies.Count, t.InterventionOne, t.InterventionMany), Count(coalition.Activiteiten.Count, t.ActivityOne, t.ActivityMany)));
        if (coalition.Agreements.Count > 0)
        {
            var later = coalition.Agreements.Count(a => a.Agreed.Value == Core.Model.Afgesproken.Later);
            output.WriteLine(t.AgreementsRead.Fill(Count(coalition.Agreements.Count - later, t.AgreementOne, t.AgreementMany), later));
        }

        if (report.Diagnostics.Count == 0)
            return;
        output.WriteLine();
        output.WriteLine(t.Messages.Fill(Count(report.Count(Severity.Fout), t.ErrorOne, t.ErrorMany),
            Count(report.Count(Severity.Waarschuwing), t.WarningOne, t.WarningMany), Count(report.Count(Severity.Opmerking), t.NoteOne, t.NoteMany)));
        foreach (var diagnostic in report.Diagnostics.OrderByDescending(d => d.Severity))
            output.WriteLine($"  {SeverityWord(diagnostic.Severity),-13}{diagnostic.Where}: {diagnostic.Message}");
    }

    /// <summary>The session exactly as the deck will show it: its date, clock, length and speaking time.</summary>
    private static string Session(Coalition coalition, SessionSummary summary)
    {
        var t = Said;
        var session = new List<string>();
        if (summary.Date is not null) session.Add(summary.Date);
        if (summary.Start is not null) session.Add($"{summary.Start}–{summary.End}");
        session.Add((summary.MinutesGiven ? t.Minutes : t.MinutesAssumed).Fill(summary.Minutes));
        if (coalition.Partners.Count > 0) session.Add(t.SpeakingTime.Fill(summary.TellingMinutes));
        if (coalition.Samenwerking.Begeleider is { } begeleider) session.Add(t.Facilitator.Fill(begeleider.Value));
        return string.Join(", ", session);
    }

    public static void PrintVerdict(InputReport report, bool strict, TextWriter output)
    {
        var t = Said;
        output.WriteLine();
        if (report.CanGenerate(strict))
        {
            var warnings = report.Count(Severity.Waarschuwing);
            output.WriteLine(warnings == 0 ? t.Ready : t.ReadyWithWarnings.Fill(Count(warnings, t.WarningOne, t.WarningMany)));
            return;
        }
        var errors = report.Count(Severity.Fout);
        if (errors > 0)
            output.WriteLine(t.FixErrors.Fill(Count(errors, t.ErrorOne, t.ErrorMany)));
        else if (report.Coalition.Partners.Count == 0)
            output.WriteLine(t.NoParty);
        else
            output.WriteLine(t.StrictWarnings.Fill(Count(report.Count(Severity.Waarschuwing), t.WarningOne, t.WarningMany)));
    }

    private static string PartnerLine(Partner partner)
    {
        var t = Said;
        var parts = new List<string>();
        if (partner.Kaart is null)
            parts.Add(t.NoCard);
        else
        {
            var eisen = partner.Halen.Count(i => i.IsEis);
            parts.Add(t.Halen.Fill(partner.Halen.Count) + (eisen > 0 ? t.Demands.Fill(Count(eisen, t.DemandOne, t.DemandMany)) : string.Empty));
            parts.Add(t.Brengen.Fill(partner.Brengen.Count));
        }
        if (partner.Krachtenveld is { } row)
        {
            var invloed = row.Invloed?.Value is { } i ? Words.Nl.Values.Of(i) : "?";
            // The relation's 4D level by its name ("2 Eigenbelang"), as the form's drop-down offers it: a bare number says nothing.
            var houding = row.Houding?.Value is { } h ? Words.Nl.Values.Of(h) : "?";
            parts.Add(t.ForceFieldRow.Fill(invloed, houding));
        }
        else
            parts.Add(t.NotInForceField);
        var source = partner.Kaart is not null ? $"  [{partner.Kaart.File}]" : string.Empty;
        return $"{partner.Naam} — {string.Join(" · ", parts)}{source}";
    }

    /// <summary>An indented line "label: value", the value's line breaks shown as " / "; nothing when there is no value.</summary>
    private static void WriteIf(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            output.WriteLine($"  {label}: {value.Replace("\n", " / ", StringComparison.Ordinal)}");
    }

    private static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Fout => Said.Error,
        Severity.Waarschuwing => Said.Warning,
        _ => Said.Note,
    };

    private static string Count(int n, string one, string many) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";
}
