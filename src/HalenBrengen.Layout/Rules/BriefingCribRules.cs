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
            var boxes = slide.Elements.OfType<TextElement>().Where(e => IsCrib(shapes, e.Name)).ToList();
            if (boxes.Count == 0 || slide.Title?.Paragraphs is not [var title, ..] || !title.Text.EndsWith(mark, StringComparison.Ordinal))
                continue;
            var lines = boxes.Sum(e => e.Paragraphs.Sum(p => c.Text.LineCount(p, TextLayout.Inner(e.Box.Width, e.InsetX), e.FontSizePt)));
            if (lines < ContinuedLines)
                yield return new(Rule.BriefingCribContinued, number, $"the crib's continued page holds {lines} lines of text, fewer than {ContinuedLines}");
        }
    }

    /// <summary>The boxes of a crib's text: its items, the partner's own words, the facilitator's judgement and the interventions.</summary>
    public static bool IsCrib(ShapeNames shapes, string? name) =>
        name == shapes.Crib || name == shapes.CribOwnWords || name == shapes.ForceField || name == shapes.CribInterventions;

    /// <summary>
    /// A crib is one grid learnt once: read in plain order (page after page, each column top to bottom, left first), every
    /// section's "(continued)" heading comes after its start. Its page before the session has the judgement left and the
    /// partner's own words right, side by side; its turn page "Wil halen" left and "Kan brengen" right, side by side, "Wil halen"
    /// at one place on every crib.
    /// </summary>
    public static IEnumerable<Violation> Order(PresentationPlan plan)
    {
        if (plan.Context.Kind != PlanKind.Briefing)
            yield break;
        var (shapes, t) = (plan.Context.Words.Shapes, plan.Context.Words.Briefing);
        string[] headings = [t.CribAssessment, t.CribInterventions, t.CribOwnWords, t.CribWants, t.CribBrings];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Emu? halen = null;
        foreach (var (slide, number) in DesignRules.Numbered(plan))
        {
            var boxes = slide.Elements.OfType<TextElement>().Where(e => IsCrib(shapes, e.Name)).OrderBy(e => e.Box.X.Value).ThenBy(e => e.Box.Y.Value).ToList();
            if (boxes.Count == 0)
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
            if (first && Misplaced(boxes, shapes, t, ref halen) is { } wrong)
                yield return new(Rule.BriefingCribOrder, number, wrong);
        }
    }

    /// <summary>What stands out of the grid on a crib's first page of either kind, or null; a page read in plain order (both kinds on it) is off it.</summary>
    private static string? Misplaced(List<TextElement> boxes, ShapeNames shapes, BriefingTexts t, ref Emu? halen)
    {
        var items = boxes.Where(e => e.Name == shapes.Crib && e.Paragraphs.Count > 0).ToList();
        var judgement = boxes.FirstOrDefault(e => e.Name == shapes.ForceField);
        var own = boxes.FirstOrDefault(e => e.Name == shapes.CribOwnWords);
        if (items.Count == 0 && judgement is not null && own is not null)
            return own.Box.Y == judgement.Box.Y && own.Box.X > judgement.Box.X ? null : $"'{t.CribOwnWords}' does not stand beside '{t.CribAssessment}'";
        if (items.Count > 0 && (judgement is not null || own is not null))
            return "the crib is read in plain order, off its grid";
        if (items.Count == 0 || items[0].Paragraphs[0].Text == t.NoCard)
            return null;
        if (!items[0].Paragraphs[0].Text.StartsWith(t.CribWants, StringComparison.Ordinal))
            return $"'{t.CribWants}' does not open the crib's left column";
        if (items.FirstOrDefault(e => e.Paragraphs[0].Text.StartsWith(t.CribBrings, StringComparison.Ordinal)) is { } brings && (brings.Box.Y != items[0].Box.Y || brings.Box.X <= items[0].Box.X))
            return $"'{t.CribBrings}' does not stand beside '{t.CribWants}'";
        return (halen ??= items[0].Box.X) != items[0].Box.X ? $"'{t.CribWants}' stands elsewhere than on the crib before" : null;
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
