using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Layout.Briefing;

/// <summary>Where to start, the krachtenveld, and the interventions per partner.</summary>
internal static class ForceFieldSlides
{
    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var rows = coalition.Partners.Where(p => p.Krachtenveld is not null).Select(p => p.Krachtenveld!).Select(r => (IReadOnlyList<string>)
        [
            r.Partij.Value, r.NodigVoor?.Value ?? "", labels.Of(r.Invloed, v => labels.Of(v), t.Unknown), r.BelangenEnDrijfveren?.Value ?? "",
            labels.Of(r.Houding, v => labels.Of(v), t.Unknown), r.Randvoorwaarden?.Value ?? "",
        ]).ToList();
        if (rows.Count == 0)
            return [];

        var start = analysis.Priorities.Select(p => (IReadOnlyList<string>)
        [
            p.Rank.ToString(CultureInfo.InvariantCulture), p.Partner.Naam,
            p.Invloed is { } i ? labels.Of(i) : t.Unknown, p.Houding is { } h ? labels.Of(h) : t.Unknown,
            p.Randvoorwaarden?.Value ?? "",
            (p.Chosen?.Text.Value ?? "") + (p.FewInterventions
                ? (p.Chosen is null ? "" : "\n") + "(" + (p.Interventies.Count == 0 ? t.NoInterventions : string.Format(CultureInfo.InvariantCulture, t.FewInterventions, p.Interventies.Count)) + ")"
                : ""),
        ]).ToList();
        var slides = BriefingPlanner.TableSlides(c, t.StartTitle, [0.4, 1.8, 0.9, 1.5, 2.6, 2.6], t.StartHeaders, start, t.StartNotes, t.Continued, c.Words.Shapes.Priorities)
            .Concat(BriefingPlanner.TableSlides(c, t.ForceTitle, [2, 2, 1, 2.3, 1.5, 2.3], t.ForceHeaders, rows, t.ForceNotes, t.Continued, c.Words.Shapes.ForceField));
        if (coalition.Interventies.Count == 0)
            return slides;
        var interventions = coalition.Interventies.Select(i => (IReadOnlyList<string>)
            [i.Partij?.Value ?? "", i.Text.Value, i.SluitAanBij?.Value ?? "", i.IsGekozen ? "✓ " + t.Chosen : i.Gekozen is { IsKnown: false } ? labels.Of(i.Gekozen, v => labels.Of(v), t.Unknown) : ""]).ToList();
        return slides.Concat(BriefingPlanner.TableSlides(c, t.InterventionsTitle, [1.6, 3.4, 2.2, 1], t.InterventionHeaders, interventions, t.InterventionsNotes,
            t.Continued, c.Words.Shapes.Interventions));
    }
}
