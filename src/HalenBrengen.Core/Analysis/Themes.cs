using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

public enum ThemeKind { Soort, Phrase }

/// <summary>
/// A subject that recurs in the interests of two or more partners: a noun phrase they wrote, or a Soort
/// they chose, with every place it was found; a Soort theme also names its Soort, so every view can word
/// it in its own language. Offered to the group as a question: a facilitator who announces an overlap
/// early can make a partner feel left out (METHOD.md).
/// </summary>
public sealed record Theme(ThemeKind Kind, string Label, Soort? Soort, IReadOnlyList<Partner> Partners, IReadOnlyList<SourceRef> Sources);

public static class Themes
{
    /// <summary>
    /// Interests are a partner's own and shared interest and what it wants to get (its halen). A phrase
    /// theme is a noun phrase (<see cref="NounPhrases"/>) whose head two or more partners wrote; a noun that
    /// says what kind of organisation a partner is ("school" for "Basisschool De Regenboog") names that
    /// partner and is left out. Themes come most-shared first; then the partners' own words before the
    /// Soorten of the list; then alphabetically.
    /// </summary>
    public static IReadOnlyList<Theme> Find(IReadOnlyList<Partner> partners)
    {
        var kinds = partners.Select(p => OrganisationKind(p.Naam)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var phrases = new Dictionary<string, PhraseTheme>(StringComparer.Ordinal);
        var soorten = new Dictionary<Soort, (List<Partner> Partners, List<SourceRef> Sources)>();
        foreach (var partner in partners)
        {
            foreach (var text in InterestTexts(partner))
            {
                foreach (var phrase in NounPhrases.Of(text.Value))
                {
                    if (kinds.Any(kind => kind == phrase.Key || (phrase.Key.Length >= 4 && kind.EndsWith(phrase.Key, StringComparison.Ordinal))))
                        continue;
                    if (!phrases.TryGetValue(phrase.Key, out var entry))
                        phrases[phrase.Key] = entry = new PhraseTheme();
                    entry.Add(partner, phrase, text.Source);
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
            .Concat(WithCompounds(phrases).Select(p => new Theme(ThemeKind.Phrase, p.Label, null, p.Partners, p.Sources)))
            .Where(t => t.Partners.Count >= 2);
        return themes
            .OrderByDescending(t => t.Partners.Count)
            .ThenByDescending(t => t.Kind)
            .ThenBy(t => t.Label, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The concepts of the list (Concepts.txt) a theme's words belong to, as one key; empty when none of its
    /// words is in the list. Two themes with the same key are about one subject ('geldzorgen', 'schulden').
    /// </summary>
    public static string Subject(string label)
    {
        var list = ConceptList.Instance;
        var concepts = DutchWords.Words(label).SelectMany(w => list.Of(w.Folded, DutchWords.Stem(w.Folded))).Distinct().Order();
        return string.Join(",", concepts);
    }

    /// <summary>
    /// The phrases by head, a head joined to the one compound that ends in it when a partner wrote both:
    /// "zorgen" to "geldzorgen" when a partner wrote "geldzorgen" and "zorgen over geld", "rekening" to
    /// "energierekening"; that partner shows they are one subject, and the compound names it.
    /// </summary>
    private static IEnumerable<(string Label, List<Partner> Partners, List<SourceRef> Sources)> WithCompounds(Dictionary<string, PhraseTheme> phrases)
    {
        var groups = phrases.ToDictionary(p => p.Key, p => (Label: p.Value.Label(), Partners: p.Value.Partners.ToList(), Sources: p.Value.Sources.ToList()),
            StringComparer.Ordinal);
        foreach (var (head, theme) in phrases)
        {
            var compounds = phrases.Where(c => c.Key.Length >= head.Length + 3 && c.Key.EndsWith(head, StringComparison.Ordinal)
                && c.Value.Partners.Any(p => theme.Partners.Contains(p))).Select(c => c.Key).ToList();
            if (compounds.Count != 1)
                continue;
            var compound = groups[compounds[0]];
            foreach (var partner in theme.Partners)
                AddOnce(compound.Partners, partner);
            compound.Sources.AddRange(theme.Sources.Where(s => !compound.Sources.Contains(s)));
            groups.Remove(head);
        }
        return groups.Values.Where(g => g.Partners.Count >= 2);
    }

    /// <summary>
    /// The stem of the noun that says what kind of organisation a partner is: the first word of its name
    /// ("Basisschool", "Woningcorporatie", "Gemeente"), whose last part is the kind ("school", "corporatie").
    /// </summary>
    private static string OrganisationKind(string name)
    {
        var first = DutchWords.Words(name).Select(w => w.Folded).FirstOrDefault();
        return first is null ? "" : DutchWords.Stem(first);
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

    /// <summary>The phrases with one head, gathered over the partners, and the words they were written in.</summary>
    private sealed class PhraseTheme
    {
        public List<Partner> Partners { get; } = [];
        public List<SourceRef> Sources { get; } = [];
        /// <summary>Per phrase and per head as written: the partners who wrote it, in order of first appearance.</summary>
        private readonly Dictionary<string, List<Partner>> _phrases = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Partner>> _heads = new(StringComparer.Ordinal);

        public void Add(Partner partner, NounPhrase phrase, SourceRef source)
        {
            AddOnce(Partners, partner);
            if (Sources.Count == 0 || Sources[^1] != source)
                Sources.Add(source);
            AddOnce(Get(_phrases, phrase.Phrase), partner);
            AddOnce(Get(_heads, phrase.Head), partner);
        }

        /// <summary>
        /// A phrase every partner of the theme wrote ("gezonde voeding"); else the head as most of them wrote
        /// it ("signalen", not "signaal"), the first written on a tie.
        /// </summary>
        public string Label()
        {
            var whole = _phrases.FirstOrDefault(p => p.Key.Contains(' ', StringComparison.Ordinal) && p.Value.Count == Partners.Count);
            if (whole.Key is not null)
                return whole.Key;
            var best = _heads.First();
            foreach (var head in _heads)
                if (head.Value.Count > best.Value.Count)
                    best = head;
            return best.Key;
        }

        private static List<Partner> Get(Dictionary<string, List<Partner>> map, string key)
        {
            if (!map.TryGetValue(key, out var list))
                map[key] = list = [];
            return list;
        }
    }
}
