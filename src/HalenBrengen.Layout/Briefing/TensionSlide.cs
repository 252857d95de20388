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

    public static IReadOnlyList<SlidePlan> Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t)
    {
        var leaning = coalition.Partners.SelectMany(p => p.Halen).Select(w => analysis.Matches.Suggested(w).FirstOrDefault()).OfType<Match>()
            .GroupBy(m => m.Offer, ReferenceEqualityComparer.Instance).Select(g => g.ToList())
            .Where(g => g.Select(m => m.Wanter.Naam).Distinct(StringComparer.Ordinal).Count() > 1)
            .OrderByDescending(g => g.Count(m => m.Want.IsEis)).ThenByDescending(g => g.Count).Take(MostOffers).ToList();
        if (leaning.Count == 0)
            return [];
        // The question once, over them; then an offer and who asks what of it, one paragraph (a page never parts them), an asker a
        // line with its want in its own words, a demand marked as one, a guess said as one.
        var paragraphs = leaning.Select(asked => new TextParagraph(
        [
            new TextRun(asked[0].Bringer.Naam + ": ", true), new TextRun(asked[0].Offer.Text.Value.Replace('\n', ' '), true, c.Colours.Ink),
            new TextRun("\n" + t.TensionAskedBy, false, c.Colours.Muted),
            .. asked.SelectMany(m => new TextRun[]
            {
                new("\n– " + m.Wanter.Naam + ": " + (m.Want.IsEis ? t.Demand.ToUpperInvariant() + " " : "") + m.Want.Text.Value.Replace('\n', ' '), false, c.Colours.Ink),
                new(m.IsStrong ? "" : $" ({t.CribMaybe})", false, c.Colours.Muted),
            }),
        ], SpaceBeforeEm: 0.8)).Prepend(new TextParagraph([new TextRun(t.TensionQuestion, true, c.Colours.Accent)], SpaceBeforeEm: 0)).ToList();
        return Slides.List(c, t.TensionTitle, paragraphs, t.TensionNotes, t.Continued, c.Words.Shapes.Tension).ToList();
    }
}
