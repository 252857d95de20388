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
}
