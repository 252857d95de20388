using HalenBrengen.Core;

namespace HalenBrengen.Core.Tests;

/// <summary>The one rule for what text may stand in a part: XML 1.0's characters.</summary>
public sealed class XmlCharactersTests
{
    [Theory]
    [InlineData("gewoon", "gewoon")]
    [InlineData("tab\tregel\neinde\r", "tab\tregel\neinde\r")]
    [InlineData("bel\u0007 en nul\0", "bel en nul")]
    [InlineData("\uFFFE\uFFFFrest", "rest")]
    [InlineData("emoji 💪 blijft", "emoji 💪 blijft")]
    [InlineData("C1 \u0085 mag in XML", "C1 \u0085 mag in XML")]
    public void Only_what_xml_can_carry_is_kept(string text, string kept) => Assert.Equal(kept, XmlCharacters.Clean(text));

    [Fact]
    public void A_lone_half_of_a_surrogate_pair_is_dropped_a_whole_pair_kept()
    {
        // Built in code: a test's inline data would carry a lone surrogate as U+FFFD.
        var text = "halve " + '\uD83D' + " tekst " + '\uDCAA' + " heel \uD83D\uDCAA";
        Assert.Equal("halve  tekst  heel 💪", XmlCharacters.Clean(text));
    }

    [Fact]
    public void A_text_that_needs_no_cleaning_is_returned_as_it_is()
    {
        var text = "Eén partij, één stem";
        Assert.Same(text, XmlCharacters.Clean(text));
    }
}
