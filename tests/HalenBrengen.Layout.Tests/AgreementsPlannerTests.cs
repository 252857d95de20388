using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Agreements;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Rules;

namespace HalenBrengen.Layout.Tests;

/// <summary>The report of what the session agreed (issue 20, item 5): a picture of who brings what to whom, what is open, a page per partner.</summary>
public sealed class AgreementsPlannerTests
{
    /// <summary>The example, as if the group agreed on every first strong suggestion and put the last of them off.</summary>
    private static Coalition Agreed() => Agreed(Coalitions.Of("voorbeeld").Coalition);

    private static Coalition Agreed(Coalition coalition)
    {
        var analysis = CoalitionAnalysis.Of(coalition);
        var source = new SourceRef("afspraken.xlsx", "Suggesties", "A2");
        Sourced<string> S(string text) => new(text, source);
        var agreements = coalition.Partners.SelectMany(p => p.Halen).Select(w => analysis.Matches.For(w, 1).FirstOrDefault()).OfType<Match>()
            .Where(m => m.IsStrong).Select((m, i) => new Agreement(S(m.Want.Text.Value), S(m.Wanter.Naam), S(m.Offer.Text.Value), S(m.Bringer.Naam),
                new Choice<Afgesproken>(Afgesproken.Ja, "Ja", source), S($"Afspraak {i + 1}"), S("voor de zomer"))).ToList();
        agreements[^1] = agreements[^1] with { Agreed = new Choice<Afgesproken>(Afgesproken.Later, "Later", source) };
        return coalition with { Agreements = agreements };
    }

    [Fact]
    public void Every_agreement_stands_on_the_pages_of_both_its_partners_and_the_plan_keeps_every_design_rule()
    {
        var coalition = Agreed();
        var plan = AgreementsPlanner.Plan(coalition, Contexts.Report);

        Assert.Empty(DesignRules.Check(plan, coalition, DesignRules.Enforced));
        string Page(Partner p) => string.Join("\n", plan.Slides.Where(s => s.TitleText == p.Naam || s.TitleText.StartsWith(p.Naam + " (", StringComparison.Ordinal))
            .SelectMany(s => s.Elements.OfType<TextElement>()).SelectMany(e => e.Paragraphs).Select(p => p.Text));
        foreach (var a in coalition.Agreements)
        {
            var wanter = coalition.FindPartner(a.Wanter!.Value)!;
            var bringer = coalition.FindPartner(a.Bringer!.Value)!;
            Assert.Contains(a.Want!.Value, Page(wanter), StringComparison.Ordinal);
            Assert.Contains(a.Offer!.Value, Page(bringer), StringComparison.Ordinal);
            Assert.Contains(a.What!.Value, Page(wanter), StringComparison.Ordinal);
            Assert.Contains(a.What.Value, Page(bringer), StringComparison.Ordinal);
        }
        Assert.Contains(coalition.Agreements[^1].What!.Value + " · " + "wanneer: voor de zomer · later", Page(coalition.FindPartner(coalition.Agreements[^1].Wanter!.Value)!), StringComparison.Ordinal);
    }

    [Fact]
    public void The_picture_has_an_arrow_from_the_bringer_to_the_receiver_for_every_pair_that_agreed()
    {
        var coalition = Agreed();
        var plan = AgreementsPlanner.Plan(coalition, Contexts.Report);
        var shapes = plan.Context.Words.Shapes;

        var arrows = plan.Slides[1].Elements.OfType<LineElement>().ToList();
        var pairs = coalition.Agreements.Where(a => a.Agreed.Value == Afgesproken.Ja).Select(a => (From: a.Bringer!.Value, To: a.Wanter!.Value)).Distinct().ToList();
        // A line per pair; where both bring to each other, one line with a head at each end.
        Assert.Equal(pairs.Select(p => string.CompareOrdinal(p.From, p.To) < 0 ? (p.From, p.To) : (p.To, p.From)).Distinct().Count(), arrows.Count);
        Assert.All(arrows, l => Assert.True(l.Arrow));
        foreach (var (from, to) in pairs)
        {
            var both = pairs.Contains((to, from));
            var line = Assert.Single(arrows, l => l.Name == shapes.Connection.Fill(from, to) || (both && l.Name == shapes.Connection.Fill(to, from)));
            Assert.Equal(both, line.BothWays);
            // Each head ends at its node's edge, not under it.
            var head = line.Name == shapes.Connection.Fill(from, to) ? line.To : line.From;
            var node = plan.Slides[1].Elements.OfType<TextElement>().Single(e => e.Name == shapes.Node.Fill(to));
            Assert.False(node.Box.Contains(new Rect(head.X, head.Y, new Emu(1), new Emu(1))), line.Name);
        }
        Assert.Contains(arrows, l => l.BothWays); // the example's agreements run both ways for a pair
        Assert.Contains(arrows, l => !l.BothWays);
    }

    [Fact]
    public void What_no_agreement_answers_is_still_open()
    {
        var coalition = Agreed();
        var plan = AgreementsPlanner.Plan(coalition, Contexts.Report);
        var t = plan.Context.Words.Agreements;

        var open = string.Join("\n", plan.Slides.Where(s => s.TitleText.StartsWith(t.StillOpenTitle, StringComparison.Ordinal))
            .SelectMany(s => s.Elements.OfType<TextElement>()).SelectMany(e => e.Paragraphs).Select(p => p.Text));
        var agreed = coalition.Agreements.Select(a => a.Want!.Value).ToHashSet();
        foreach (var want in coalition.Partners.SelectMany(p => p.Halen))
            Assert.Equal(!agreed.Contains(want.Text.Value), open.Contains(want.Text.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void With_agreements_the_briefing_s_matrix_counts_them_and_says_so()
    {
        // Nine partners: the matrix's size (up to eight a diagram stands in its place).
        var coalition = Agreed(Coalitions.Repeated(9));
        var analysis = CoalitionAnalysis.Of(coalition);
        var plan = BriefingPlanner.Plan(coalition, analysis, Contexts.Briefing);
        var t = Contexts.Briefing.Words.Briefing;

        Assert.True(analysis.ConnectionsAgreed);
        var slide = plan.Slides.Single(s => s.TitleText == t.MatrixTitle);
        var table = slide.Elements.OfType<TableElement>().Single();
        // Rows and columns in the order attention pays off, the order 'Wie vooraf aandacht?' numbers the partners in.
        var partners = analysis.Priorities.OrderBy(p => p.Rank).Select(p => p.Partner).ToList();
        for (var r = 0; r < partners.Count; r++)
        {
            for (var k = 0; k < partners.Count; k++)
            {
                if (r == k)
                    continue;
                var agreed = coalition.Agreements.Count(a => a.Agreed.Value == Afgesproken.Ja && a.Wanter!.Value == partners[r].Naam && a.Bringer!.Value == partners[k].Naam);
                // A pair with none stays empty.
                Assert.Equal(agreed == 0 ? "" : agreed.ToString(System.Globalization.CultureInfo.InvariantCulture), table.Rows[r][k + 1]);
            }
        }
        Assert.Contains(slide.Elements.OfType<TextElement>(), e => e.Paragraphs.Any(p => p.Text == t.MatrixKeyAgreed));
        Assert.False(CoalitionAnalysis.Of(coalition with { Agreements = [] }).ConnectionsAgreed);
    }

    [Fact]
    public void With_agreements_and_up_to_eight_partners_the_briefing_draws_an_arrow_for_each_agreed_pair_and_no_other()
    {
        var coalition = Agreed();
        var context = Contexts.Briefing;
        var plan = BriefingPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), context);
        var t = context.Words.Briefing;

        Assert.DoesNotContain(plan.Slides, s => s.TitleText == t.MatrixTitle);
        var slide = plan.Slides.Single(s => s.TitleText == t.ConnectionsTitle);
        var drawn = slide.Elements.OfType<LineElement>().Select(l => l.Name).ToHashSet();
        var agreed = coalition.Agreements.Where(a => a.Agreed.Value == Afgesproken.Ja).Select(a => (a.Bringer!.Value, a.Wanter!.Value)).ToHashSet();
        var order = CoalitionAnalysis.Of(coalition).Priorities.OrderBy(p => p.Rank).Select(p => p.Partner.Naam).ToList();
        // A pair that agreed both ways is one line, named from the partner earlier around the circle (the order attention pays off).
        var expected = agreed.Select(p => agreed.Contains((p.Item2, p.Item1)) && order.IndexOf(p.Item2) < order.IndexOf(p.Item1) ? (p.Item2, p.Item1) : p)
            .Select(p => context.Words.Shapes.Connection.Fill(p.Item1, p.Item2)).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), drawn.Order(StringComparer.Ordinal));
        Assert.Contains(slide.Elements.OfType<TextElement>(), e => e.Paragraphs.Any(p => p.Text == t.ConnectionsLegendAgreed));
    }
}
