namespace HalenBrengen.Layout.Tests;

/// <summary>
/// 'Wie doet wat?' is a worksheet the room fills in: the proposed activities first (the partners' in the order of
/// the round, then what they do together), then a row for every partner without one, in the order of the round,
/// its activity and time light fields to write in.
/// </summary>
public sealed class ClosingSlidesTests
{
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("2")]
    [InlineData("9 lang")]
    [InlineData("16")]
    [InlineData("24")]
    public void Who_does_what_lists_the_proposed_activities_first_then_a_field_for_every_partner_without_one(string which)
    {
        var planned = Coalitions.Of(which);
        var words = planned.Session.Context.Words.Session;
        var tables = planned.Session.Slides.Where(s => s.TitleText?.StartsWith(words.ActivitiesTitle, StringComparison.Ordinal) == true)
            .SelectMany(s => s.Elements.OfType<TableElement>()).ToList();
        var rows = tables.SelectMany(t => t.Rows).ToList();
        var order = planned.Coalition.Partners.Select(p => p.Naam).ToList();
        var proposed = rows.TakeWhile(r => r[1].Length > 0).ToList();
        var open = rows.Skip(proposed.Count).ToList();

        Assert.All(open, r => Assert.Equal("", r[1]));
        Assert.Equal(order.Where(n => open.Any(r => r[0] == n)), open.Select(r => r[0]));
        Assert.Equal(order, order.Where(n => rows.Any(r => r[0] == n)));
        var partners = proposed.Select(r => r[0]).Where(order.Contains).Distinct().ToList();
        Assert.Equal(order.Where(partners.Contains), partners);
        Assert.All(proposed.SkipWhile(r => r[0] != words.Together), r => Assert.DoesNotContain(r[0], order));
        // Every empty cell to write in is a light field, and only those: the table has no banding.
        foreach (var table in tables)
        {
            var fields = table.Rows.SelectMany((r, i) => Enumerable.Range(1, 2).Where(k => r[k].Length == 0).Select(k => (i + 1, k))).ToHashSet();
            Assert.Equal(fields, table.CellFills.Keys.ToHashSet());
            Assert.Equal(table.Style.BodyFill, table.Style.BandFill);
        }
        // No continuation page of a single row.
        if (tables.Count > 1)
            Assert.All(tables, t => Assert.True(t.Rows.Count > 1, $"a page of {t.Rows.Count} row"));
    }
}
