using HalenBrengen.Layout.Fonts;
using static HalenBrengen.Layout.Rules.DesignRules;

namespace HalenBrengen.Layout.Rules;

/// <summary>What a font cannot draw, drawn by one that can: an emoji or a symbol the look's fonts lack is never left to show as a box.</summary>
internal static class GlyphRules
{
    public static IEnumerable<Violation> FallbackFont(PresentationPlan plan)
    {
        var text = plan.Context.Text;
        foreach (var (slide, n) in Numbered(plan))
        {
            foreach (var element in slide.Drawn)
            {
                var lacking = element switch
                {
                    TextElement t => t.Paragraphs.SelectMany(p => p.Runs).Where(r => r.Font is null && Fallback.Needs(r.Text, text.For(r.Bold))).Select(r => r.Text),
                    TableElement t => t.Header.Concat(t.Rows.SelectMany(r => r)).Where(cell => Fallback.Needs(cell, text.Regular) && !t.Fallbacks.ContainsKey(cell)),
                    _ => [],
                };
                foreach (var run in lacking)
                    yield return new(Rule.FallbackFont, n, $"{Name(element)}: '{Short(run)}' holds a character its font lacks, in no fallback font");
            }
        }
    }
}
