using System.Globalization;
using HalenBrengen.Core.Analysis;

namespace HalenBrengen.Layout.Tests;

/// <summary>
/// 'Wie doet wat?' is a worksheet the room fills in: a row per partner in the order of the round, then 'Samen', every
/// row the same: every activity and time cell an empty light field to write in (the krachtenveld's proposals stand in
/// the notes, so the room does not see who did its homework), every row as tall, text in the middle of its cell.
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

        // One row per partner in the order of the round, then 'Samen'; every activity and time cell empty.
        Assert.Equal([.. order, words.Together], rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.True(r[1].Length == 0 && r[2].Length == 0, $"{r[0]}'s row is filled in: '{r[1]}'"));
        Assert.All(tables, t => Assert.True(t.Centred));
        // A proposed activity is the facilitator's: nowhere in the session deck, notes included (its file may go home with the
        // partners), and in the briefing's table of proposals with its party and time.
        var session = string.Join(" ", planned.Session.Slides.SelectMany(s => s.Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs).Select(p => p.Text)
            .Concat(s.Elements.OfType<TableElement>().SelectMany(e => e.Rows.SelectMany(r => r))).Append(s.Notes)));
        var briefing = planned.Briefing.Context.Words.Briefing;
        var proposed = planned.Briefing.Slides.Where(s => s.TitleText?.StartsWith(briefing.ProposalsTitle, StringComparison.Ordinal) == true)
            .SelectMany(s => s.Elements.OfType<TableElement>()).SelectMany(e => e.Rows).ToList();
        if (which == "voorbeeld")
            Assert.NotEmpty(proposed);
        Assert.True(planned.Coalition.Activiteiten.Count > 0 || which.Contains("lang", StringComparison.Ordinal), $"{which} proposes no activities");
        foreach (var a in planned.Coalition.Activiteiten)
        {
            Assert.DoesNotContain(a.Text.Value, session, StringComparison.Ordinal);
            // Where the cribs need every page the briefing may hold, in the notes of its guide.
            var line = $"{a.Partij?.Value ?? words.Together}: {a.Text.Value}" + (a.Wanneer?.Value is { } when ? $" ({when})" : "");
            Assert.True(proposed.Any(r => r[0] == (a.Partij?.Value ?? words.Together) && r[1] == a.Text.Value && r[2] == (a.Wanneer?.Value ?? ""))
                || planned.Briefing.Slides.Any(s => s.Notes.Contains(line, StringComparison.Ordinal)), $"{which}: the briefing has no '{line}'");
        }
        // Eight rows or so fit one slide at 20 pt.
        if (rows.Count <= 9)
            Assert.Single(tables);
        // Every activity and time cell is the same light field, the table has no banding; the activity column the widest and
        // wider than the 3.9 of 8.8 it had (a reader typed an action into its 139 mm and the row ran off the slide), every name on
        // one line.
        var text = planned.Session.Context.Text;
        foreach (var table in tables)
        {
            Assert.Equal(table.ColumnWidths.Max(), table.ColumnWidths[1]);
            Assert.True(table.ColumnWidths[1].Value * 8.8 >= table.ColumnWidths.Sum(w => w.Value) * 4.0, $"{which}: activity {table.ColumnWidths[1].Mm:F0} mm of {table.Box.Width.Mm:F0}");
            Assert.All(table.Rows, r => Assert.Equal(1, text.LineCount(new TextParagraph([new TextRun(r[0])]), TextLayout.Inner(table.ColumnWidths[0], TextLayout.InsetX), table.FontSizePt)));
            var fields = table.Rows.SelectMany((r, i) => Enumerable.Range(1, 2).Select(k => (i + 1, k))).ToHashSet();
            Assert.Equal(fields, table.CellFills.Keys.ToHashSet());
            Assert.Single(table.CellFills.Values.Distinct());
            Assert.Equal(table.Style.BodyFill, table.Style.BandFill);
        }
        // No continuation page of a single row.
        if (tables.Count > 1)
            Assert.All(tables, t => Assert.True(t.Rows.Count > 1, $"a page of {t.Rows.Count} row"));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    public void Every_slide_of_a_turn_shows_its_speaking_time_beside_the_name(string which)
    {
        var planned = Coalitions.Of(which);
        var shape = planned.Session.Context.Words.Shapes.SpeakingTime;
        foreach (var partner in planned.Coalition.Partners)
        {
            foreach (var slide in planned.Session.Slides.Where(s => s.TitleText == partner.Naam))
            {
                var times = slide.Elements.OfType<TextElement>().Where(e => e.Name == shape).ToList();
                Assert.True(times.Count == 1, $"{partner.Naam}: {times.Count} speaking-time lines on a slide");
                // In the title row, right of the name and not over it.
                var (time, title) = (times[0].Box, slide.Title!.Box);
                Assert.True(time.Y == title.Y && time.X >= title.Right && time.Right <= planned.Session.Context.Page.TitleBox.Right,
                    $"{partner.Naam}: speaking time at {time}, name at {title}");
                // In the accent colour, not grey (two readers: small and grey in a corner), and larger than the smallest body (a reader:
                // a 20 pt corner label for the room's clock), the name still 1.5 times as large.
                Assert.Equal(planned.Session.Context.Colours.Accent, times[0].TextColor);
                Assert.True(times[0].FontSizePt >= 24, $"{partner.Naam}: speaking time at {times[0].FontSizePt} pt");
                Assert.True(slide.Title.FontSizePt >= 1.5 * times[0].FontSizePt, $"{partner.Naam}: name at {slide.Title.FontSizePt} pt");
                // The minutes the party speaks: its turn in the time table without the minute to change to the next (readers: turns
                // back to back left none), in the notes too.
                var agenda = Agenda.Of(planned.Coalition);
                Assert.Equal(agenda.SpeakingMinutes - Agenda.Changeover, agenda.TellingMinutes);
                Assert.Equal(string.Format(CultureInfo.InvariantCulture, planned.Session.Context.Words.Session.SpeakingTime, agenda.TellingMinutes), times[0].Paragraphs[0].Text);
                // In the shortest turns no minute is left for questions: they go on sticky notes by the partner's map (a reader).
                var said = agenda.SpeakingMinutes <= Agenda.ShortestTurn ? planned.Session.Context.Words.Session.PartnerNotesShort : planned.Session.Context.Words.Session.PartnerNotes;
                Assert.Contains(string.Format(CultureInfo.InvariantCulture, said, partner.Naam, agenda.TellingMinutes), slide.Notes);
                Assert.Equal(which == "24", agenda.SpeakingMinutes == Agenda.ShortestTurn);
            }
            Assert.Contains(planned.Session.Slides, s => s.TitleText == partner.Naam && s.Elements.Any(e => e is TextElement t && t.Name == shape));
        }
    }

    /// <summary>
    /// Equal space: in the shortest turn (five minutes, 16 and 24 partners) every partner of these coalitions has its slide about
    /// what drives it and holds its halen and brengen on one slide; a continued slide for one partner only (its items laid out for
    /// a taller body than the slide's) is a partner given more room than the others. (Three readers: with the about slide in the
    /// notes, the room was asked where its interests overlap without ever seeing one.)
    /// </summary>
    [Theory]
    [InlineData("16")]
    [InlineData("24")]
    public void A_short_turn_is_two_slides_for_every_partner_its_interests_and_its_halen_and_brengen(string which)
    {
        var planned = Coalitions.Of(which);
        var shapes = planned.Session.Context.Words.Shapes;
        foreach (var partner in planned.Coalition.Partners)
        {
            var slides = planned.Session.Slides.Where(s => s.TitleText.StartsWith(partner.Naam, StringComparison.Ordinal)).ToList();
            Assert.True(slides.Count == 2, $"{partner.Naam}: {slides.Count} slides");
            Assert.Contains(slides[0].Elements, e => e is TextElement { Name: var n } && n == shapes.Interest);
        }
    }
}
