namespace HalenBrengen.Layout.Tests;

/// <summary>'Wie doet wat?' is a table the room fills in: a row per partner in the order of the round, then what they do together.</summary>
public sealed class ClosingSlidesTests
{
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("9 lang")]
    public void Who_does_what_has_a_row_per_partner_in_the_order_of_the_round_then_together(string which)
    {
        var planned = Coalitions.Of(which);
        var words = planned.Session.Context.Words.Session;
        var rows = planned.Session.Slides.Where(s => s.TitleText?.StartsWith(words.ActivitiesTitle, StringComparison.Ordinal) == true)
            .SelectMany(s => s.Elements.OfType<TableElement>()).SelectMany(t => t.Rows).Select(r => r[0]).ToList();
        var partners = rows.Where(party => party != words.Together).Distinct().ToList();
        Assert.Equal(planned.Coalition.Partners.Select(p => p.Naam), partners);
        Assert.All(rows.SkipWhile(party => party != words.Together), party => Assert.Equal(words.Together, party));
    }
}
