using System.Globalization;
using System.Text;

namespace HalenBrengen.Web.Tests;

/// <summary>What becomes of an uploaded file name: only ever a name to show, never a path.</summary>
public sealed class UploadsTests
{
    [Theory]
    [InlineData("../../x.xlsx", "x.xlsx")]
    [InlineData("..\\..\\x.xlsx", "x.xlsx")]
    [InlineData("C:\\Users\\fac\\kaart.xlsx", "kaart.xlsx")]
    [InlineData("kaart\u0007\r\n.xlsx", "kaart.xlsx")]
    [InlineData("..", "werkmap.xlsx")]
    [InlineData("", "werkmap.xlsx")]
    [InlineData(null, "werkmap.xlsx")]
    [InlineData("._kaart.xlsx", "._kaart.xlsx")] // kept, so the reader skips it as the command line does
    [InlineData("~$kaart.xlsx", "~$kaart.xlsx")]
    public void A_name_is_its_last_segment_without_control_characters(string? uploaded, string shown) =>
        Assert.Equal(shown, Uploads.DisplayName(uploaded));

    [Fact]
    public void A_long_name_is_cut_between_characters_and_keeps_its_extension()
    {
        var uploaded = new string('a', Uploads.MaxNameLength - 10) + string.Concat(Enumerable.Repeat("😀", 10)) + ".xlsx";

        var shown = Uploads.DisplayName(uploaded);

        Assert.EndsWith(".xlsx", shown, StringComparison.Ordinal);
        Assert.Equal(Uploads.MaxNameLength, new StringInfo(shown).LengthInTextElements);
        Assert.EndsWith("😀.xlsx", shown, StringComparison.Ordinal); // the emoji whole, not half of it
        Assert.True(shown.EnumerateRunes().All(r => r != Rune.ReplacementChar));
    }
}
