using HalenBrengen.Core.Analysis;

namespace HalenBrengen.Layout.Kit;

/// <summary>
/// The shared themes as the session deck and the briefing both show them, so the two lists agree: a Soort as
/// the list names it, a phrase as the partners wrote it; a phrase whose every word is inside a Soort shown
/// ("geld" beside "Geld en budget", "bereik" in "Bereik van de doelgroep") is left out, a label twice once, and a
/// subject once: 'schulden' and 'betalingsachterstanden' after 'geldzorgen', 'vrijwilligers' after 'Capaciteit en
/// menskracht' (the same concepts of the list, <see cref="Themes.Subject"/>) would offer one subject as several; and a
/// phrase whose words belong to no concept of the list ('bewoners', 'hulp') is no subject at all.
/// </summary>
public static class ThemeWords
{
    /// <summary>The themes shown with their labels, the most shared first (the analysis's order).</summary>
    public static IReadOnlyList<(Theme Theme, string Label)> Shown(CoalitionAnalysis analysis, ValueLabels labels)
    {
        var kinds = analysis.Themes.Where(t => t.Soort is not null).Select(t => labels.Of(t.Soort!.Value)).ToList();
        var inKinds = kinds.SelectMany(k => k.Split(' ')).Select(w => w.ToLowerInvariant()).ToHashSet();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        return analysis.Themes.Select(theme => (Theme: theme, Label: theme.Soort is { } soort ? labels.Of(soort) : theme.Label, Subject: Themes.Subject(theme.Label)))
            .Where(t => kinds.Contains(t.Label) || !t.Label.Split(' ').All(part => inKinds.Contains(part.ToLowerInvariant())))
            // A phrase the concept list knows no subject of ('bewoners', 'hulp', 'mensen') says nothing of what the partners
            // share: on a slide it reads as the tool's word, not theirs.
            .Where(t => t.Theme.Soort is not null || t.Subject.Length > 0)
            .Where(t => seen.Add(t.Label))
            .Where(t => t.Subject.Length == 0 || subjects.Add(t.Subject))
            .Select(t => (t.Theme, t.Label))
            .ToList();
    }
}
