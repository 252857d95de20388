using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Layout.Tests;

/// <summary>What the briefing's plan keeps of what a partner typed.</summary>
public sealed class BriefingPlanTests
{
    [Fact]
    public void A_line_break_a_partner_typed_in_a_cell_stays_a_line_break_in_its_crib()
    {
        const string Typed = "Eerste regel van de wens\nTweede regel van de wens";
        var coalition = Generated.Coalition(2, 2);
        var partner = coalition.Partners[0];
        var kaart = partner.Kaart! with
        {
            Halen = [partner.Halen[0] with { Text = partner.Halen[0].Text with { Value = Typed } }, .. partner.Halen.Skip(1)],
            Brengen = [partner.Brengen[0] with { Text = partner.Brengen[0].Text with { Value = Typed.Replace("wens", "aanbod", StringComparison.Ordinal) } }, .. partner.Brengen.Skip(1)],
        };
        coalition = coalition with { Partners = [partner with { Kaart = kaart }, .. coalition.Partners.Skip(1)] };

        var plan = BriefingPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), Contexts.Briefing);

        var paragraphs = plan.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).SelectMany(e => e.Paragraphs).Select(p => p.Text).ToList();
        Assert.Contains(paragraphs, p => p.Contains(Typed, StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains(Typed.Replace("wens", "aanbod", StringComparison.Ordinal), StringComparison.Ordinal));
    }
}
