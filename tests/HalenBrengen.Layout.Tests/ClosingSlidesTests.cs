using System.Globalization;
using HalenBrengen.Core.Analysis;

namespace HalenBrengen.Layout.Tests;

/// <summary>
/// 'Wie doet wat?' is one question to the room, as the map's are: its part above it ('Onze afspraken', the work sheet's field
/// where the agreements go), how the group works on it under it, on one slide whatever the number of partners; no table to type
/// into live, and none of the krachtenveld's proposals (they are the facilitator's, in the briefing).
/// </summary>
public sealed class ClosingSlidesTests
{
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("2")]
    [InlineData("9 lang")]
    [InlineData("16")]
    [InlineData("24")]
    public void Who_does_what_is_one_question_that_sends_the_agreements_to_the_work_sheet(string which)
    {
        var planned = Coalitions.Of(which);
        var words = planned.Session.Context.Words;
        var asked = planned.Session.Slides.Where(s => s.TitleText?.StartsWith(words.Session.ActivitiesTitle, StringComparison.Ordinal) == true).ToList();
        // One slide at 16 and 24 partners as at 2 (readers: a table of 25 rows over three slides, to be typed into in front of the room).
        var slide = Assert.Single(asked);
        Assert.Empty(slide.Elements.OfType<TableElement>());
        Assert.Equal(words.Session.ActivitiesTitle, slide.TitleText);
        Assert.Equal(words.Session.ActivitiesKicker, slide.Elements.OfType<TextElement>().Single(e => e.Name == words.Shapes.Kicker).Paragraphs.Single().Text);
        // With the whole minutes each party has in turn, from the agenda's part (a reader: equal time was never shown at this step).
        var agenda = HalenBrengen.Core.Analysis.Agenda.Of(planned.Coalition);
        var part = agenda.Items.Single(i => i.Part == HalenBrengen.Core.Analysis.AgendaPart.Afspraken);
        // And what is left for what the parties do together, ten minutes at least where the part has them, five in a short one (a
        // reader: seven times two of fifteen minutes left one).
        var n = planned.Coalition.Partners.Count;
        var together = part.Minutes - n >= 10 ? 10 : 5;
        var each = (part.Minutes - together) / n;
        Assert.True(each >= 1, $"{which}: {part.Minutes} minutes for {n} parties");
        string Minutes(int m) => m == 1 ? words.Session.EachMinute : words.Session.EachMinutes.Fill(m);
        Assert.True(part.Minutes - each * n >= together);
        Assert.Equal(words.Session.ActivitiesWorkTimed.Fill(Minutes(each), Minutes(part.Minutes - each * n)),
            slide.Elements.OfType<TextElement>().Single(e => e.Name == words.Shapes.WorkingLine).Paragraphs.Single().Text);
        // The field it names is the work sheet's, word for word, and the work sheet has it.
        Assert.Equal(words.Posters.AgreementsLabel, words.Session.ActivitiesKicker);
        Assert.Contains("‘" + words.Posters.AgreementsLabel + "’", words.Session.ActivitiesWorkTimed, StringComparison.Ordinal);
        Assert.Contains(planned.Posters.SelectMany(p => p.Sheets.Slides).SelectMany(s => s.Elements.OfType<TextElement>()), e => e.Name == words.Shapes.Agreements);
        // The question as large as the map's, the largest text on its slide.
        Assert.True(slide.Title!.FontSizePt >= planned.Session.Context.Scale.TitleMin);
        Assert.All(slide.Elements.OfType<TextElement>(), e => Assert.True(e.FontSizePt < slide.Title.FontSizePt, $"{e.Name} at {e.FontSizePt} pt"));
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
            var line = $"{a.Partij?.Value ?? words.Session.Together}: {a.Text.Value}" + (a.Wanneer?.Value is { } when ? $" ({when})" : "");
            Assert.True(proposed.Any(r => r[0] == (a.Partij?.Value ?? words.Session.Together) && r[1] == a.Text.Value && r[2] == (a.Wanneer?.Value ?? ""))
                || planned.Briefing.Slides.Any(s => s.Notes.Contains(line, StringComparison.Ordinal)), $"{which}: the briefing has no '{line}'");
        }
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
                // The turn's later slides say it goes on, without minutes: the same words on both read as twice the time, and 'Zelfde 6 minuten'
                // or 'Vervolg · 6 minuten' as awkward or as a second turn (readers).
                var first = planned.Session.Slides.First(s => s.TitleText == partner.Naam);
                var words = slide == first ? planned.Session.Context.Words.Session.SpeakingTime : planned.Session.Context.Words.Session.SpeakingTimeGoesOn;
                Assert.Equal(string.Format(CultureInfo.InvariantCulture, words, agenda.TellingMinutes), times[0].Paragraphs[0].Text);
                Assert.Equal(slide == first, times[0].Paragraphs[0].Text.Any(char.IsDigit));
                // In the shortest turns no minute is left for questions: they go on sticky notes by the partner's map (a reader).
                // Said once, on the turn's first slide; the next says what to ask (a reader found the same notes on both).
                var said = agenda.SpeakingMinutes <= Agenda.ShortestTurn ? planned.Session.Context.Words.Session.PartnerNotesShort : planned.Session.Context.Words.Session.PartnerNotes;
                Assert.Equal(slide == first, slide.Notes.Contains(string.Format(CultureInfo.InvariantCulture, said, partner.Naam, agenda.TellingMinutes), StringComparison.Ordinal));
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
