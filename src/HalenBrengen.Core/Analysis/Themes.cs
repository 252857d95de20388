using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

public enum ThemeKind { Soort, Word }

/// <summary>
/// A word or a Soort that recurs in the interests of two or more partners, with every place it was
/// found. Offered to the group as a question: a facilitator who announces an overlap early can make a
/// partner feel left out (METHOD.md).
/// </summary>
public sealed record Theme(ThemeKind Kind, string Label, IReadOnlyList<Partner> Partners, IReadOnlyList<SourceRef> Sources)
{
    public string Question(Language language)
    {
        var names = string.Join(", ", Partners.Select(p => p.Naam));
        return (Kind, language) switch
        {
            (ThemeKind.Soort, Language.Nl) => $"Meerdere partijen willen iets halen op het gebied van '{Label}' ({names}). Herkennen jullie dat, en bedoelen jullie hetzelfde?",
            (ThemeKind.Word, Language.Nl) => $"Het woord '{Label}' komt terug bij {names}. Wat betekent het voor ieder van jullie?",
            (ThemeKind.Soort, _) => $"Several partners want to get something in '{Label}' ({names}). Do you recognise that, and do you mean the same thing?",
            _ => $"The word '{Label}' comes back with {names}. What does it mean to each of you?",
        };
    }
}

public static class Themes
{
    /// <summary>
    /// Interests are a partner's own and shared interest and what it wants to get (its halen). Themes
    /// come most-shared first; then Soorten before words; then alphabetically.
    /// </summary>
    public static IReadOnlyList<Theme> Find(IReadOnlyList<Partner> partners)
    {
        var words = new Dictionary<string, (string Label, List<Partner> Partners, List<SourceRef> Sources)>(StringComparer.Ordinal);
        var soorten = new Dictionary<Soort, (List<Partner> Partners, List<SourceRef> Sources)>();
        foreach (var partner in partners)
        {
            foreach (var text in InterestTexts(partner))
            {
                foreach (var (stem, word) in DutchWords.Of(text.Value))
                {
                    if (!words.TryGetValue(stem, out var entry))
                        words[stem] = entry = (word.ToLowerInvariant(), [], []);
                    AddOnce(entry.Partners, partner);
                    entry.Sources.Add(text.Source);
                }
            }
            foreach (var item in partner.Halen)
            {
                if (item.Soort?.Value is not { } soort || soort == Soort.Overig) continue;
                if (!soorten.TryGetValue(soort, out var entry))
                    soorten[soort] = entry = ([], []);
                AddOnce(entry.Partners, partner);
                entry.Sources.Add(item.Soort.Source);
            }
        }
        var themes = soorten.Select(s => new Theme(ThemeKind.Soort, ValueLists.Label(s.Key), s.Value.Partners, s.Value.Sources))
            .Concat(words.Values.Select(w => new Theme(ThemeKind.Word, w.Label, w.Partners, w.Sources)))
            .Where(t => t.Partners.Count >= 2);
        return themes
            .OrderByDescending(t => t.Partners.Count)
            .ThenBy(t => t.Kind)
            .ThenBy(t => t.Label, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<Sourced<string>> InterestTexts(Partner partner)
    {
        if (partner.Kaart?.EigenBelang is { } eigen) yield return eigen;
        if (partner.Kaart?.GezamenlijkBelang is { } gezamenlijk) yield return gezamenlijk;
        foreach (var item in partner.Halen)
            yield return item.Text;
    }

    private static void AddOnce(List<Partner> list, Partner partner)
    {
        if (!list.Any(p => ReferenceEquals(p, partner)))
            list.Add(partner);
    }
}
