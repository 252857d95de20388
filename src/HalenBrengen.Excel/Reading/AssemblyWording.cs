using System.Diagnostics;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Excel.Reading;

/// <summary>Words what putting the coalition together found (<see cref="CoalitionAssembly"/>) as diagnostics.</summary>
internal static class AssemblyWording
{
    public static Diagnostic Word(AssemblyFinding finding, ProblemTexts say) =>
        new(finding.Severity, finding.Code, finding.Where, Message(finding, say));

    private static string Message(AssemblyFinding finding, ProblemTexts say) => finding switch
    {
        PartnerWithoutBelangenkaart f => say.NoBelangenkaart.Fill(f.Partij.Value),
        PartnerNotInKrachtenveld f => say.NotInKrachtenveld.Fill(f.Partij.Value, f.Krachtenveld.File),
        ManyPartners f => say.ManyPartners.Fill(f.Count, f.MapPartners),
        BelangenkaartTwice f => say.TwoBelangenkaarten.Fill(f.Partij.Value, f.EarlierFile, f.File),
        UnusualSessionLength f => say.UnusualSessionLength.Fill(f.Minutes.Value,
            f.UsedMinutes == f.Minutes.Value ? say.SessionLengthKept : say.SessionLengthUsed.Fill(f.UsedMinutes)),
        SecondMeetingDateUnused f => say.SecondDateUnused.Fill(f.Date.Text),
        SecondMeetingDateNotLater f => say.SecondDateNotLater.Fill(f.Date.Text, f.First.Text),
        KrachtenveldTwice f => say.TwoKrachtenvelden.Fill(f.First.File, f.Extra.File),
        RowTwice f => say.RowTwice.Fill(f.Partij.Value, f.EarlierCell),
        UnknownPartner f => say.UnknownPartner.Fill(f.Name.Value),
        _ => throw new UnreachableException($"No wording for {finding.GetType().Name}."),
    };
}
