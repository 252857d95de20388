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
    /// A crib is one grid learnt once: read in plain order (page after page, each column top to bottom, left
    /// first), every section's "(continued)" heading comes after its start; and "Wil halen" opens the crib's first
    /// page at one place on every crib, beside the top of the profile.
    /// </summary>
    public static IEnumerable<Violation> Order(PresentationPlan plan)
    {
        if (plan.Context.Kind != PlanKind.Briefing)
            yield break;
        var (shapes, t) = (plan.Context.Words.Shapes, plan.Context.Words.Briefing);
        string[] headings = [t.CribAssessment, t.CribOwnWords, t.CribWants, t.CribBrings];
        bool Profile(TextElement e) => e.Name == shapes.CribOwnWords || e.Name == shapes.ForceField;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Emu? halen = null;
        foreach (var (slide, number) in DesignRules.Numbered(plan))
        {
            var boxes = slide.Elements.OfType<TextElement>().Where(e => e.Name == shapes.Crib || Profile(e)).OrderBy(e => e.Box.X.Value).ThenBy(e => e.Box.Y.Value).ToList();
            if (!boxes.Any(e => e.Name == shapes.Crib || e.Name == shapes.CribOwnWords))
                continue;
            var first = slide.Title?.Paragraphs is not [var title, ..] || !title.Text.EndsWith("(" + t.Continued + ")", StringComparison.Ordinal);
            if (first)
                seen.Clear();
            foreach (var text in boxes.SelectMany(e => e.Paragraphs).Select(p => p.Text))
            {
                foreach (var heading in headings)
                {
                    if (text.StartsWith(Slides.Continued(heading, 1, t.Continued), StringComparison.Ordinal) && !seen.Contains(heading))
                        yield return new(Rule.BriefingCribOrder, number, $"'{heading}' continued before it starts");
                    else if (text.StartsWith(heading, StringComparison.Ordinal))
                        seen.Add(heading);
                }
            }
            if (!first || boxes.FirstOrDefault(e => e.Name == shapes.Crib && e.Paragraphs.Count > 0) is not { } items || boxes.FirstOrDefault(Profile) is not { } profile)
                continue;
            if (!items.Paragraphs[0].Text.StartsWith(t.CribWants, StringComparison.Ordinal) || items.Box.Y != profile.Box.Y || items.Box.X <= profile.Box.X)
                yield return new(Rule.BriefingCribOrder, number, $"'{t.CribWants}' does not open the column beside the profile");
            else if ((halen ??= items.Box.X) != items.Box.X)
                yield return new(Rule.BriefingCribOrder, number, $"'{t.CribWants}' stands elsewhere than on the crib before");
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
            .Any(e => e.Paragraphs.Any(p => p.Text == t.SummaryBalanced || p.Text == t.SummaryCountedOnly));
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
