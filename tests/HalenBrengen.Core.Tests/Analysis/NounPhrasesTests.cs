using HalenBrengen.Core.Analysis;

namespace HalenBrengen.Core.Tests.Analysis;

public sealed class NounPhrasesTests
{
    private static string[] Phrases(string text) => NounPhrases.Of(text).Select(p => p.Phrase).ToArray();

    [Theory]
    [InlineData("Kennis over armoede en schulden voor leerkrachten", new[] { "kennis", "armoede", "schulden", "leerkrachten" })]
    [InlineData("Vroege signalen van betalingsachterstanden bij huur en energie", new[] { "vroege signalen", "betalingsachterstanden", "huur", "energie" })]
    [InlineData("Wijkverpleegkundigen zien de stapel ongeopende post.", new[] { "wijkverpleegkundigen", "ongeopende post" })]
    [InlineData("Een sterk sociaal netwerk in de wijk dat problemen vroeg opvangt.", new[] { "sterk sociaal netwerk" })]
    [InlineData("We willen laten zien wat sociaal werk oplevert.", new[] { "sociaal werk" })]
    [InlineData("Huurders klagen over tocht, vocht en hoge stookkosten.", new[] { "huurders", "tocht", "vocht", "hoge stookkosten" })]
    public void Finds_the_noun_phrases_a_person_would_underline(string text, string[] expected) =>
        Assert.Equal(expected, Phrases(text));

    [Theory]
    [InlineData("Dat er naar bewoners geluisterd wordt.", "bewoners")]
    [InlineData("Minder inwoners die pas in beeld komen als de schulden al hoog zijn.", "schulden")]
    [InlineData("Zodat de recreatieruimte weer open is.", "recreatieruimte")]
    [InlineData("Een signaal dat de huur te laat betaald wordt.", "signaal huur")]
    public void A_verb_at_the_end_of_a_clause_is_never_the_head(string text, string expected) =>
        Assert.Equal(expected.Split(' '), Phrases(text));

    [Theory]
    [InlineData("We willen dat iedereen meedoet en zich gehoord voelt.")]
    [InlineData("Alles wordt uitgebreid toegelicht.")]
    [InlineData("Mensen eerder bereiken, voordat het te laat is.")]
    [InlineData("We willen preventief werken, maar dat wordt niet vergoed.")]
    [InlineData("Op die manier, in de wijk, voor alle huishoudens.")]
    public void Verbs_adverbs_fillers_and_the_place_are_no_phrases(string text) =>
        Assert.Empty(Phrases(text));

    [Fact]
    public void An_adjective_before_its_noun_is_not_the_head() =>
        Assert.Equal(["dubbel werk"], Phrases("Geen dubbel werk meer."));

    [Fact]
    public void Names_inside_a_sentence_and_abbreviations_are_not_subjects() =>
        Assert.Equal(["kinderen", "kansen", "doorverwijzing", "huisartsen"],
            Phrases("Kinderen in De Hoge Akkers krijgen dezelfde kansen. Doorverwijzing van huisartsen en de GGD."));

    [Fact]
    public void Singular_and_plural_heads_meet_on_one_key() =>
        Assert.Equal(NounPhrases.Of("een signaal")[0].Key, NounPhrases.Of("vroege signalen")[0].Key);
}
