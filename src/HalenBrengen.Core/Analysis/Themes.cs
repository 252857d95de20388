using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

public enum ThemeKind { Soort, Word }

/// <summary>
/// A word or a Soort that recurs in the interests of two or more partners, with every place it was
/// found; a Soort theme also names its Soort, so every view can word it in its own language. Offered
/// to the group as a question: a facilitator who announces an overlap early can make a partner feel
/// left out (METHOD.md).
/// </summary>
public sealed record Theme(ThemeKind Kind, string Label, Soort? Soort, IReadOnlyList<Partner> Partners, IReadOnlyList<SourceRef> Sources);

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
        var themes = soorten.Select(s => new Theme(ThemeKind.Soort, ValueLists.Label(s.Key), s.Key, s.Value.Partners, s.Value.Sources))
            .Concat(words.Values.Select(w => new Theme(ThemeKind.Word, w.Label, null, w.Partners, w.Sources)))
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
