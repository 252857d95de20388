using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Tests;

public sealed class ValueListTests
{
    [Fact]
    public void Every_soort_label_parses_back_to_its_value_ignoring_case_and_accents()
    {
        foreach (var (value, label) in ValueLists.Soorten)
        {
            Assert.Equal(value, ValueLists.ParseSoort(label));
            Assert.Equal(value, ValueLists.ParseSoort(label.ToUpperInvariant().Replace("Ï", "I", StringComparison.Ordinal)));
        }
        Assert.Equal(11, ValueLists.Soorten.Count);
    }

    [Theory]
    [InlineData("Heel groot")]
    [InlineData("groot!")]
    [InlineData("")]
    public void Values_outside_the_list_are_unknown_not_guessed(string typed) => Assert.Null(ValueLists.ParseInvloed(typed));

    [Theory]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("3 Samenhang")]
    [InlineData("Respect")]
    public void A_4D_text_that_contradicts_itself_or_is_off_the_scale_is_unknown(string typed) => Assert.Null(ValueLists.ParseHouding(typed));

    [Theory]
    [InlineData("Ja", true)]
    [InlineData("x", true)]
    [InlineData("WAAR", true)]
    [InlineData("nee", false)]
    [InlineData("Onwaar", false)]
    public void Gekozen_accepts_what_excel_users_type(string typed, bool expected) => Assert.Equal(expected, ValueLists.ParseJaNee(typed));

    [Fact]
    public void The_allowed_values_text_lists_every_label_quoted() =>
        Assert.Equal("'Groot', 'Middel', 'Klein'", ValueLists.AllowedText(ValueLists.Invloeden));
}
