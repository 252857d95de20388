using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// Where it may chafe: the offers that wants of more than one partner lean on, each with who asks what of it and the question
/// it puts. One budget or one team that three partners count on is where a session runs aground (a reader found the
/// municipality's budget the first suggestion for a demand for multi-year funding, a demand to co-decide on the money and school
/// trips, and nothing in the briefing that said so). Only the first suggestion of a want counts, the one its crib names.
/// </summary>
internal static class TensionSlide
{
    /// <summary>The offers listed at most, those most leaned on first: the page is a warning, not a second list of matches.</summary>
    public const int MostOffers = 3;

    /// <summary>The lines of askers an offer lists at most; the rest are counted.</summary>
    public const int MostAskers = 4;

    public static IReadOnlyList<SlidePlan> Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t)
    {
        var leaning = coalition.Partners.SelectMany(p => p.Halen).Select(w => analysis.Matches.Suggested(w).FirstOrDefault()).OfType<Match>()
            .GroupBy(m => m.Offer, ReferenceEqualityComparer.Instance).Select(g => g.ToList())
            .Where(g => g.Select(m => m.Wanter.Naam).Distinct(StringComparer.Ordinal).Count() > 1)
            .OrderByDescending(g => g.Count(m => m.Want.IsEis)).ThenByDescending(g => g.Count).Take(MostOffers).ToList();
        if (leaning.Count == 0)
            return [];
        // The question once, over them; then an offer and who asks what of it, one paragraph (a page never parts them), an asker a
        // line with its want in its own words, a demand marked as one, a guess said as one; partners that want the very same on one
        // line, and past MostAskers lines the rest counted. As many offers as one page holds: the page is a warning, read at a glance.
        TextParagraph Said(List<Match> asked)
        {
            var lines = asked.GroupBy(m => (m.Want.Text.Value, m.Want.IsEis, m.IsStrong)).Select(g => (Names: t.Listed(g.Select(m => m.Wanter.Naam).Distinct().ToList()), g.First())).ToList();
            return new TextParagraph(
            [
                new TextRun(Bringers(asked) + ": ", true), new TextRun(asked[0].Offer.Text.Value.Replace('\n', ' '), true, c.Colours.Ink),
                new TextRun("\n" + t.TensionAskedBy, false, c.Colours.Muted),
                .. lines.Take(MostAskers).SelectMany(x => new TextRun[]
                {
                    new("\n– " + x.Names + ": " + (x.Item2.Want.IsEis ? t.Demand.ToUpperInvariant() + " " : "") + x.Item2.Want.Text.Value.Replace('\n', ' '), false, c.Colours.Ink),
                    new(x.Item2.IsStrong ? "" : $" ({t.CribMaybe})", false, c.Colours.Muted),
                }),
                .. lines.Count > MostAskers ? [new TextRun("\n– " + t.TensionMore.Fill(lines.Count - MostAskers), false, c.Colours.Muted)] : Array.Empty<TextRun>(),
            ], SpaceBeforeEm: 0.8);
        }
        // The offer's bringer and those that offer the very same, in the partners' order, as the cribs name them.
        string Bringers(List<Match> asked) => asked.SelectMany(m => CribBlocks.Alike(analysis.Matches.Suggested(m.Want))).Select(m => m.Bringer).ToHashSet() is var alike
            ? t.Listed(coalition.Partners.Where(alike.Contains).Select(p => p.Naam).Distinct().ToList()) : "";
        var question = new TextParagraph([new TextRun(t.TensionQuestion, true, c.Colours.Accent)], SpaceBeforeEm: 0);
        for (var shown = leaning.Count; ; shown--)
        {
            var pages = Slides.List(c, t.TensionTitle, leaning.Take(shown).Select(Said).Prepend(question).ToList(), t.TensionNotes, t.Continued, c.Words.Shapes.Tension).ToList();
            if (pages.Count == 1 || shown == 1)
                return pages;
        }
    }
}
