using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Layout.Deck;

/// <summary>The force-field table, where to start, and the interventions per partner.</summary>
internal static class ForceFieldSlides
{
    public static IEnumerable<SlidePlan> Plan(Coalition coalition, CoalitionAnalysis analysis, DeckTexts t)
    {
        var rows = coalition.Partners.Where(p => p.Krachtenveld is not null).Select(p => p.Krachtenveld!).Select(r => (IReadOnlyList<string>)
        [
            r.Partij.Value, r.NodigVoor?.Value ?? "", Choice(r.Invloed, v => ValueLists.Label(v), t), r.BelangenEnDrijfveren?.Value ?? "",
            Choice(r.Houding, v => ValueLists.Label(v), t), r.Randvoorwaarden?.Value ?? "",
        ]).ToList();
        if (rows.Count == 0)
            yield break;
        var table = TablePlanner.Plan(DeckTheme.BodyBox, [2, 2, 1, 2.3, 1.5, 2.3], t.ForceHeaders, rows, name: "Krachtenveld");
        foreach (var slide in SlideKit.Tables(t.ForceTitle, table, t.ForceNotes, t)) yield return slide;

        var start = analysis.Priorities.Select(p => (IReadOnlyList<string>)
        [
            p.Rank.ToString(CultureInfo.InvariantCulture), p.Partner.Naam,
            p.Invloed is { } i ? ValueLists.Label(i) : t.Unknown, p.Houding is { } h ? ValueLists.Label(h) : t.Unknown,
            p.Randvoorwaarden?.Value ?? "",
            (p.Chosen?.Text.Value ?? "") + (p.FewInterventions ? $"{(p.Chosen is null ? "" : "\n")}({t.FewInterventions}: {p.Interventies.Count})" : ""),
        ]).ToList();
        var startTable = TablePlanner.Plan(DeckTheme.BodyBox, [0.4, 1.8, 0.9, 1.5, 2.6, 2.6], t.StartHeaders, start, name: "Prioriteiten");
        foreach (var slide in SlideKit.Tables(t.StartTitle, startTable, t.StartNotes, t)) yield return slide;

        if (coalition.Interventies.Count == 0)
            yield break;
        var interventions = coalition.Interventies.Select(i => (IReadOnlyList<string>)
            [i.Partij?.Value ?? "", i.Text.Value, i.SluitAanBij?.Value ?? "", i.IsGekozen ? "✓ " + t.Chosen : i.Gekozen?.Raw ?? ""]).ToList();
        var interventionTable = TablePlanner.Plan(DeckTheme.BodyBox, [1.6, 3.4, 2.2, 1], t.InterventionHeaders, interventions, name: "Interventies");
        foreach (var slide in SlideKit.Tables(t.InterventionsTitle, interventionTable, t.InterventionsNotes, t)) yield return slide;
    }

    /// <summary>The list label when known; what was typed when it was not on the list (never dropped).</summary>
    private static string Choice<T>(Choice<T>? choice, Func<T, string> label, DeckTexts t) where T : struct =>
        choice is null ? "" : choice.Value is { } v ? label(v) : $"{choice.Raw} ({t.Unknown})";
}

/// <summary>Everyone's ambition and headline, the shared ambition, who does what, and the close.</summary>
internal static class ClosingSlides
{
    public static IEnumerable<SlidePlan> Plan(Coalition coalition, CoalitionAnalysis analysis, DeckTexts t)
    {
        var material = analysis.Ambition;
        if (material.Partners.Count > 0)
        {
            var rows = material.Partners.Select(p => (IReadOnlyList<string>)[p.Partner.Naam, p.Ambitie?.Value ?? "", p.Krantenkop?.Value ?? ""]).ToList();
            var pages = TablePlanner.Plan(DeckTheme.BodyBox, [1.4, 3, 2.4], t.AmbitionHeaders, rows, name: "Ambities");
            foreach (var slide in SlideKit.Tables(t.AmbitionTitle, pages, t.AmbitionNotes, t)) yield return slide;
        }
        var shared = new List<TextParagraph>
        {
            new([new TextRun(t.SharedAmbitionLabel, true, DeckTheme.Accent)], SpaceBeforeEm: 0),
            new([new TextRun(material.GedeeldeAmbitie?.Value ?? t.StillToChoose, false, material.GedeeldeAmbitie is null ? DeckTheme.Muted : DeckTheme.Ink)], SpaceBeforeEm: 0.2),
            new([new TextRun(t.HeadlineLabel, true, DeckTheme.Accent)], SpaceBeforeEm: 1),
            new([new TextRun(material.Krantenkop?.Value ?? t.StillToChoose, true, material.Krantenkop is null ? DeckTheme.Muted : DeckTheme.Ink)], SpaceBeforeEm: 0.2),
        };
        foreach (var slide in SlideKit.List(t.SharedAmbitionTitle, DeckTheme.BodyBox, shared, t.SharedAmbitionNotes, t, 32)) yield return slide;

        if (coalition.Activiteiten.Count > 0)
        {
            var rows = coalition.Activiteiten.Select(a => (IReadOnlyList<string>)[a.Partij?.Value ?? t.Together, a.Text.Value, a.Wanneer?.Value ?? ""]).ToList();
            var pages = TablePlanner.Plan(DeckTheme.BodyBox, [1.6, 4, 1.6], t.ActivityHeaders, rows, name: "Activiteiten");
            foreach (var slide in SlideKit.Tables(t.ActivitiesTitle, pages, t.ActivitiesNotes, t)) yield return slide;
        }

        var detailed = coalition.Partners.Count <= MapSlides.MaxAroundCentre;
        var closing = coalition.Partners.Where(p => p.Brengen.Count > 0).Select(p => new TextParagraph(
            [new TextRun(p.Naam + ": ", true, DeckTheme.Brengen), new TextRun(detailed ? string.Join("; ", p.Brengen.Select(i => i.Text.Value)) : SlideKit.BySoort(p.Brengen, t))],
            Bullet: true, SpaceBeforeEm: 0.35)).ToList();
        closing.AddRange(t.NextSteps.Select((s, i) => new TextParagraph([new TextRun(s, false, DeckTheme.Muted)], SpaceBeforeEm: i == 0 ? 1 : 0.3)));
        foreach (var slide in SlideKit.List(t.ClosingTitle, DeckTheme.BodyBox, closing, t.ClosingNotes, t, 20)) yield return slide;
    }
}

/// <summary>The session deck: every slide kind in the order the session runs.</summary>
public static class DeckPlanner
{
    public static DeckPlan Plan(Coalition coalition, CoalitionAnalysis analysis, Language language)
    {
        var t = DeckTexts.For(language);
        var agenda = Agenda.Of(coalition);
        var slides = SessionSlides.Plan(coalition, agenda, t)
            .Concat(PartnerSlides.Plan(coalition, agenda, t))
            .Concat(MapSlides.Plan(coalition, t))
            .Concat(AnalysisSlides.Plan(coalition, analysis, t))
            .Concat(ForceFieldSlides.Plan(coalition, analysis, t))
            .Concat(ClosingSlides.Plan(coalition, analysis, t))
            .ToList();
        return new DeckPlan(coalition.Krantenkop ?? coalition.Naam ?? t.NoHeadline, "HalenBrengen.Office", slides);
    }
}
