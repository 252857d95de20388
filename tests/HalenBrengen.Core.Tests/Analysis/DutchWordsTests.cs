using HalenBrengen.Core.Analysis;

namespace HalenBrengen.Core.Tests.Analysis;

public sealed class DutchWordsTests
{
    [Theory]
    [InlineData("vrijwilligers", "vrijwilliger")]
    [InlineData("cijfers", "cijfer")]
    [InlineData("signalen", "signaal")]
    [InlineData("huizen", "huis")]
    [InlineData("scholen", "school")]
    [InlineData("gezinnen", "gezin")]
    [InlineData("budgetten", "budget")]
    [InlineData("maatjes", "maatje")]
    [InlineData("maatje", "maat")]
    [InlineData("huisjes", "huis")]
    [InlineData("kinderen", "kind")]
    [InlineData("activiteiten", "activiteit")]
    [InlineData("Organisaties", "organisatie")]
    public void Plural_and_diminutive_meet_their_word(string a, string b) =>
        Assert.Equal(DutchWords.Stem(Fold(b)), DutchWords.Stem(Fold(a)));

    [Theory]
    [InlineData("kennis")]
    [InlineData("bus")]
    [InlineData("budget")]
    public void Words_that_only_look_plural_keep_their_ending(string word) => Assert.Equal(word, DutchWords.Stem(word));

    [Fact]
    public void Case_accents_punctuation_and_stop_words_are_ignored()
    {
        Assert.Equal(["cooperatie", "schuldhulpverlening"], DutchWords.Of("Eén coöperatie: vóór de SCHULDHULPVERLENING!").Select(w => w.Stem));
        Assert.Equal(["ijsselzorg"], DutchWords.Of("De Ĳsselzorg").Select(w => w.Stem));
        Assert.Empty(DutchWords.Of("en van de het een voor 2027"));
    }

    [Fact]
    public void A_soft_hyphen_or_zero_width_character_inside_a_word_does_not_split_it()
    {
        Assert.Equal(["vrijwilliger", "schuldhulp"], DutchWords.Of("vrij\u00ADwilligers voor schuld\u200Bhulp\u200D").Select(w => w.Stem));
        Assert.Equal(DutchWords.Of("Coo\u0308peratie").Select(w => w.Stem), DutchWords.Of("Co\u00F6peratie").Select(w => w.Stem));
    }

    [Fact]
    public void Each_stem_comes_once_with_the_word_as_first_written()
    {
        var words = DutchWords.Of("Vrijwilligers zoeken vrijwilliger");
        Assert.Equal([("vrijwilliger", "Vrijwilligers"), ("zoek", "zoeken")], words);
    }

    private static string Fold(string word) => TextKey.Fold(word);
}
