using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using static HalenBrengen.Core.Tests.Analysis.Build;

namespace HalenBrengen.Core.Tests.Analysis;

public sealed class BalanceTests
{
    private static Item[] H(int n, int eisen = 0) => Enumerable.Range(0, n).Select(i => Halen($"wens {i}", wens: i < eisen ? WensOfEis.Eis : WensOfEis.Wens)).ToArray();
    private static Item[] B(int n) => Enumerable.Range(0, n).Select(i => Brengen($"aanbod {i}")).ToArray();

    [Theory]
    [InlineData(0, 0, new[] { BalanceReading.NothingToGet, BalanceReading.BringsNothing })]
    [InlineData(0, 3, new[] { BalanceReading.NothingToGet })]
    [InlineData(3, 0, new[] { BalanceReading.BringsNothing })]
    [InlineData(4, 1, new[] { BalanceReading.GetsMuchMore })]
    [InlineData(4, 2, new[] { BalanceReading.GetsMuchMore })]
    [InlineData(2, 1, new BalanceReading[0])]
    [InlineData(3, 2, new BalanceReading[0])]
    [InlineData(1, 3, new[] { BalanceReading.BringsMuchMore })]
    [InlineData(2, 3, new BalanceReading[0])]
    [InlineData(5, 5, new BalanceReading[0])]
    // The edges, as a facilitator counts: one more is no imbalance, two more and twice as many is.
    [InlineData(1, 2, new BalanceReading[0])]
    [InlineData(3, 1, new[] { BalanceReading.GetsMuchMore })]
    [InlineData(2, 4, new[] { BalanceReading.BringsMuchMore })]
    [InlineData(3, 5, new BalanceReading[0])]
    [InlineData(2, 0, new[] { BalanceReading.BringsNothing })]
    [InlineData(0, 2, new[] { BalanceReading.NothingToGet })]
    public void Readings_follow_the_counts(int halen, int brengen, BalanceReading[] expected)
    {
        var balance = Balance.Of(Partner("Alfa", H(halen), B(brengen)));

        Assert.Equal(halen, balance.Halen);
        Assert.Equal(brengen, balance.Brengen);
        Assert.Equal(expected, balance.Readings);
    }

    [Fact]
    public void Demands_are_counted()
    {
        Assert.Equal(2, Balance.Of(Partner("Alfa", H(5, eisen: 2), B(1))).Eisen);
    }

    [Fact]
    public void A_partner_without_belangenkaart_is_a_question_of_its_own()
    {
        var balance = Balance.Of(new Partner("Alfa", null, null));
        Assert.Equal([BalanceReading.NoBelangenkaart], balance.Readings);
    }
}
