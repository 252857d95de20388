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
}
