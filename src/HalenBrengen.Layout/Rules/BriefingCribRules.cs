using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Rules;

/// <summary>
/// A crib is read in a hurry just before a partner's turn: whatever column its wants or offers stand in, the
/// reader sees at once which side they are.
/// </summary>
internal static class BriefingCribRules
{
    /// <summary>Every column of a crib's items opens with its side's heading ("Wil halen", "Kan brengen", or either continued).</summary>
    public static IEnumerable<Violation> Headed(PresentationPlan plan)
    {
        if (plan.Context.Kind != PlanKind.Briefing)
            yield break;
        var t = plan.Context.Words.Briefing;
        foreach (var (slide, number) in DesignRules.Numbered(plan))
        {
            foreach (var crib in slide.Elements.OfType<TextElement>().Where(e => e.Name == plan.Context.Words.Shapes.Crib && e.Paragraphs.Count > 0))
            {
                var first = crib.Paragraphs[0].Text;
                if (!first.StartsWith(t.CribWants, StringComparison.Ordinal) && !first.StartsWith(t.CribBrings, StringComparison.Ordinal) && first != t.NoCard)
                    yield return new(Rule.BriefingCribHeaded, number, $"a column of items opens with '{DesignRules.Short(first)}', not its side's heading");
            }
        }
    }

    /// <summary>The fewest lines of text a crib's continued page holds: fewer, and it is a page turned to for one item or a profile's tail.</summary>
    public const int ContinuedLines = 8;

    /// <summary>
    /// A crib that needs a second page gives it a fair share: its text boxes (the profile's and the items') on a
    /// continued page hold at least <see cref="ContinuedLines"/> lines, counted at their width and size.
    /// </summary>
    public static IEnumerable<Violation> Continued(PresentationPlan plan)
    {
        if (plan.Context.Kind != PlanKind.Briefing)
            yield break;
        var c = plan.Context;
        var (shapes, mark) = (c.Words.Shapes, "(" + c.Words.Briefing.Continued + ")");
        foreach (var (slide, number) in DesignRules.Numbered(plan))
        {
            var boxes = slide.Elements.OfType<TextElement>().Where(e => e.Name == shapes.Crib || e.Name == shapes.CribOwnWords || e.Name == shapes.ForceField).ToList();
            if (boxes.Count == 0 || slide.Title?.Paragraphs is not [var title, ..] || !title.Text.EndsWith(mark, StringComparison.Ordinal))
                continue;
            var lines = boxes.Sum(e => e.Paragraphs.Sum(p => c.Text.LineCount(p, TextLayout.Inner(e.Box.Width, e.InsetX), e.FontSizePt)));
            if (lines < ContinuedLines)
                yield return new(Rule.BriefingCribContinued, number, $"the crib's continued page holds {lines} lines of text, fewer than {ContinuedLines}");
        }
    }

    /// <summary>
    /// Each thing once: the questions on the balance stand in one box, the balance chart only when the summary
    /// names a partner out of balance, and the overview lists no interventions (they stand in the cribs).
    /// </summary>
    public static IEnumerable<Violation> Once(PresentationPlan plan)
    {
        if (plan.Context.Kind != PlanKind.Briefing)
            yield break;
        var (shapes, t) = (plan.Context.Words.Shapes, plan.Context.Words.Briefing);
        var numbered = DesignRules.Numbered(plan).ToList();
        var questions = numbered.Where(s => s.Slide.Elements.Any(e => e is TextElement x && x.Name == shapes.Questions)).ToList();
        if (questions.Count > 1)
            yield return new(Rule.BriefingOnce, questions[1].Number, "the questions on the balance stand on more than one slide");
        var balanced = numbered.SelectMany(s => s.Slide.Elements.OfType<TextElement>()).Where(e => e.Name == shapes.Summary)
            .Any(e => e.Paragraphs.Any(p => p.Text == t.SummaryBalanced));
        if (balanced && numbered.FirstOrDefault(s => s.Slide.Elements.Any(e => e is ChartElement x && x.Name == shapes.Balance)) is { Slide: not null } chart)
            yield return new(Rule.BriefingOnce, chart.Number, "a balance chart while the summary says every partner is in balance");
        foreach (var (slide, number) in numbered.Where(s => s.Slide.Elements.Any(e => e is TextElement x && x.Name == shapes.Priorities
            && x.Paragraphs.Any(p => p.Text == t.StartChosen))))
            yield return new(Rule.BriefingOnce, number, "the chosen interventions listed on the overview as well as in the cribs");
    }

    /// <summary>The summary's demands are read whole: no demand is cut with "…" (the rest are counted).</summary>
    public static IEnumerable<Violation> DemandsWhole(PresentationPlan plan)
    {
        if (plan.Context.Kind != PlanKind.Briefing)
            yield break;
        var (shapes, t) = (plan.Context.Words.Shapes, plan.Context.Words.Briefing);
        foreach (var (slide, number) in DesignRules.Numbered(plan))
        {
            foreach (var block in slide.Elements.OfType<TextElement>().Where(e => e.Name == shapes.Summary && e.Paragraphs.Count > 0 && e.Paragraphs[0].Text == t.SummaryDemands))
            {
                foreach (var cut in block.Paragraphs.Where(p => p.Bullet && p.Text.EndsWith('…')))
                    yield return new(Rule.BriefingDemandsWhole, number, $"the demand '{DesignRules.Short(cut.Text)}' is cut on the summary");
            }
        }
    }
}
