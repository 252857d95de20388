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

    [Theory]
    [InlineData("\uFEFFGemeente Dommelstede", "Gemeente Dommelstede")]
    [InlineData("Woon\u200Dstichting", "Woonstichting")]
    [InlineData("Buurt\u00ADhuis\u200B", "Buurthuis")]
    [InlineData("Co\u006F\u0308peratie", "Co\u00F6peratie")]
    [InlineData("\u202BStichting\u202C Welzijn\u2060", "Stichting Welzijn")]
    [InlineData("Tag\U000E0041\U000E007F", "Tag")]
    public void Invisible_characters_and_decomposed_accents_leave_a_name_key_unchanged(string typed, string plain) =>
        Assert.Equal(TextKey.Name(plain), TextKey.Name(typed));

    [Fact]
    public void Labels_and_header_keys_ignore_invisible_characters_too()
    {
        Assert.Equal("wat", TextKey.Label("Wat\u200B"));
        Assert.Equal("eigen belang", TextKey.Label("\uFEFFEigen belang:"));
        Assert.Equal(TextKey.Fold("vrijwilligers"), TextKey.Fold("vrij\u00ADwilligers"));
    }

    [Theory]
    [InlineData("\u200B", false)]
    [InlineData("\uFEFF \u200D\uFE0F", false)]
    [InlineData("  ", false)]
    [InlineData("", false)]
    [InlineData("\u200B.", true)]
    [InlineData("👩\u200D👩", true)]
    [InlineData("\u200Fتعاون", true)]
    public void A_text_is_visible_when_it_has_one_character_that_is_not_space_or_default_ignorable(string text, bool visible) =>
        Assert.Equal(visible, TextKey.HasVisibleCharacter(text));
}
