namespace HalenBrengen.Layout.Tests;

/// <summary>
/// 'Wie doet wat?' is a worksheet the room fills in: a row per partner in the order of the round (the activity the
/// krachtenveld proposes written in), then 'Samen', then parties outside the round; every activity and time cell a
/// light field to write in, every row as tall.
/// </summary>
public sealed class ClosingSlidesTests
{
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("2")]
    [InlineData("9 lang")]
    [InlineData("16")]
    [InlineData("24")]
    public void Who_does_what_has_a_row_per_partner_in_the_order_of_the_round_then_together(string which)
    {
        var planned = Coalitions.Of(which);
        var words = planned.Session.Context.Words.Session;
        var tables = planned.Session.Slides.Where(s => s.TitleText?.StartsWith(words.ActivitiesTitle, StringComparison.Ordinal) == true)
            .SelectMany(s => s.Elements.OfType<TableElement>()).ToList();
        var rows = tables.SelectMany(t => t.Rows).ToList();
        var order = planned.Coalition.Partners.Select(p => p.Naam).ToList();

        // The partners first, in the order of the round, each at least once; then 'Samen'; then no partner again.
        var partnerRows = rows.TakeWhile(r => order.Contains(r[0])).Select(r => r[0]).Distinct().ToList();
        Assert.Equal(order, partnerRows);
        var rest = rows.SkipWhile(r => order.Contains(r[0])).ToList();
        Assert.Equal(words.Together, rest[0][0]);
        Assert.All(rest, r => Assert.DoesNotContain(r[0], order));
        // A proposed activity stands in its partner's row.
        foreach (var a in planned.Coalition.Activiteiten.Where(a => a.Partij is not null && order.Contains(a.Partij.Value)))
            Assert.Contains(rows, r => r[0] == a.Partij!.Value && r[1] == a.Text.Value);
        // Every activity and time cell is the same light field, filled or not, the table has no banding.
        foreach (var table in tables)
        {
            var fields = table.Rows.SelectMany((r, i) => Enumerable.Range(1, 2).Select(k => (i + 1, k))).ToHashSet();
            Assert.Equal(fields, table.CellFills.Keys.ToHashSet());
            Assert.Single(table.CellFills.Values.Distinct());
            Assert.Equal(table.Style.BodyFill, table.Style.BandFill);
        }
        // No continuation page of a single row.
        if (tables.Count > 1)
            Assert.All(tables, t => Assert.True(t.Rows.Count > 1, $"a page of {t.Rows.Count} row"));
    }
}
