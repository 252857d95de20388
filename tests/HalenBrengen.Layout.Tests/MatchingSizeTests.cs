using HalenBrengen.Core.Analysis;

namespace HalenBrengen.Layout.Tests;

/// <summary>A suggestion's strength does not depend on how many partners a coalition has.</summary>
public sealed class MatchingSizeTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(24)]
    public void The_examples_sure_suggestions_stay_sure_when_its_partners_are_repeated(int size)
    {
        // Two readers found the municipality's demand for early signals surely answered by the housing corporation at 7 partners,
        // and only possibly at 16 and 24 (the example's partners repeated): a word's weight fell with the number of offers.
        // (A repeated partner's own offers are new answers there: only what was sure must stay sure.)
        var example = Coalitions.Of("voorbeeld").Coalition;
        var repeated = Coalitions.Repeated(size);
        var (small, large) = (CoalitionAnalysis.Of(example).Matches, CoalitionAnalysis.Of(repeated).Matches);
        var sure = 0;
        for (var p = 0; p < example.Partners.Count; p++)
        {
            for (var w = 0; w < example.Partners[p].Halen.Count; w++)
            {
                var before = small.For(example.Partners[p].Halen[w]).FirstOrDefault();
                if (before is not { IsStrong: true })
                    continue;
                sure++;
                var after = large.For(repeated.Partners[p].Halen[w]).Where(m => m.IsStrong).Select(m => m.Offer.Text.Value).ToList();
                Assert.True(after.Contains(before.Offer.Text.Value), $"'{before.Want.Text.Value}' ← '{before.Offer.Text.Value}' sure at 7 partners ({before.Score:F2}), not at {size}: {string.Join(" / ", large.For(repeated.Partners[p].Halen[w]).Take(3).Select(m => $"{m.Offer.Text.Value} {m.Score:F2} {m.Strength}"))}");
            }
        }
        Assert.True(sure >= 5, $"{sure} sure suggestions in the example");
    }

    [Fact]
    public void A_guess_names_every_partner_that_offers_the_very_same_as_well()
    {
        // A reader at 24 partners (the example's seven repeated): every 'misschien' named the first municipality, though three more
        // offered the very same. A want's guess names each partner whose offer has the same words and scores as well, each once.
        var repeated = Coalitions.Repeated(24);
        var matches = CoalitionAnalysis.Of(repeated).Matches;
        var named = 0;
        foreach (var want in repeated.Partners.SelectMany(p => p.Halen))
        {
            var suggested = matches.Suggested(want);
            if (suggested.Count == 0 || suggested[0].IsStrong)
                continue;
            Assert.All(suggested, m => Assert.True(m.Offer.Text.Value == suggested[0].Offer.Text.Value && m.Score == suggested[0].Score, want.Text.Value));
            Assert.Equal(suggested.Count, suggested.Select(m => m.Bringer.Naam).Distinct().Count());
            // Every partner that wrote the offer's very words is named, unless its own want is the one asked or its score differs.
            var writers = repeated.Partners.Where(p => p.Brengen.Any(o => o.Text.Value == suggested[0].Offer.Text.Value) && !p.Halen.Contains(want)).ToList();
            if (writers.Count > 1)
                named += suggested.Count > 1 ? 1 : 0;
        }
        Assert.True(named > 0, "no guess names more than one partner");
    }
}
