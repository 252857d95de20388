using System.Globalization;
using HalenBrengen.Core;

namespace HalenBrengen.Core.Tests;

public sealed class TextKeyTests
{
    [Theory]
    [InlineData("Partij", "partij")]
    [InlineData("  PARTIJ: ", "partij")]
    [InlineData("Eigen\u00A0  belang :", "eigen belang")]
    [InlineData("Continuïteit", "continuiteit")]
    [InlineData("Houding (4D)", "houding (4d)")]
    [InlineData("Sluit aan bij", "sluit aan bij")]
    public void Label_keys_ignore_case_diacritics_surrounding_space_and_a_trailing_colon(string typed, string key) =>
        Assert.Equal(key, TextKey.Label(typed));

    [Theory]
    [InlineData("Gemeente Dommelstede", "gemeente  DOMMELSTEDE")]
    [InlineData("Coöperatie De Eendracht", "Cooperatie de eendracht")]
    [InlineData("Stichting Ĳsselzorg", "Stichting IJsselzorg")]
    [InlineData("Één Loket", "eenloket")]
    [InlineData("Café 't Hoekje", "CAFE 'T HOEKJE")]
    public void Partner_names_match_ignoring_case_accents_ligatures_and_spacing(string a, string b) =>
        Assert.Equal(TextKey.Name(a), TextKey.Name(b));

    [Fact]
    public void Different_names_stay_different()
    {
        Assert.NotEqual(TextKey.Name("Gemeente Dommelstede"), TextKey.Name("Gemeente Dommelstad"));
        Assert.NotEqual(TextKey.Label("Wens of eis"), TextKey.Label("Wens"));
    }

    [Fact]
    public void Keys_do_not_depend_on_the_turkish_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("invloed", TextKey.Label("INVLOED"));
            Assert.Equal("partij", TextKey.Label("PARTIJ"));
            Assert.Equal(TextKey.Name("Işık Instituut"), TextKey.Name("ISIK INSTITUUT"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
