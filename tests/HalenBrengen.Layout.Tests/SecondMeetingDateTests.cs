using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Posters;
using HalenBrengen.Layout.Style;

namespace HalenBrengen.Layout.Tests;

/// <summary>
/// The second meeting's date (the krachtenveld's "Datum tweede bijeenkomst"), where a session is held as two: on the second
/// meeting's title slide, in the first meeting's last line, over the second meeting on the briefing's first page and on the
/// posters used that day. Without it, dots to type over and a line that asks to set it, as before.
/// </summary>
public sealed class SecondMeetingDateTests
{
    [Theory]
    [InlineData(Language.Nl)]
    [InlineData(Language.En)]
    public void The_second_meetings_date_stands_wherever_that_meeting_is_named_and_dots_ask_for_it_where_it_is_not_given(Language language)
    {
        var undated = Coalitions.Of("16").Coalition;
        Assert.True(Agenda.Of(undated).TwoMeetings);
        var dated = undated with { Samenwerking = undated.Samenwerking with { DatumTweede = new SessieDatum(new DateOnly(2027, 3, 25), "25-3-2027", new SourceRef("krachtenveld.xlsx")) } };
        var words = Words.For(language);
        var (t, b) = (words.Session, words.Briefing);
        var date = Dates.Long(dated.Samenwerking.DatumTweede!, language);
        foreach (var (coalition, given) in new[] { (dated, true), (undated, false) })
        {
            var deck = DeckPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), PlanContext.Session(Look.House, language)).Files;
            // The first meeting's last slide: how to answer, then "Volgende keer, op 25 maart 2027, …", or the dots, and the notes asking to
            // type it only then.
            var until = deck[0].Slides[^1];
            var line = string.Join(" ", until.Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs).Select(p => p.Text));
            Assert.Equal(t.UntilNextWrite + " " + (given ? t.UntilNextLine.Fill(date) : t.UntilNextNoDate), line);
            Assert.Equal(!given, until.Notes.Contains(t.UntilNextTypeDate.Trim(), StringComparison.Ordinal));
            // The second meeting's title slide: which meeting, and its date.
            var title = string.Join(" ", deck[1].Slides[0].Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs).Select(p => p.Text));
            Assert.Contains(t.SecondMeetingKind, title, StringComparison.Ordinal);
            Assert.Equal(given, title.Contains(" · " + date, StringComparison.Ordinal));
            // The briefing's first page: the second meeting's heading with its date in the accent colour, or asking for it in red.
            var briefing = BriefingPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), PlanContext.Briefing(Look.House, language));
            var heading = briefing.Slides[0].Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs).Single(p => p.Text.StartsWith(b.GuideSecondMeeting, StringComparison.Ordinal));
            Assert.Equal(b.GuideSecondMeeting + (given ? " · " + date : b.GuideSetDate), heading.Text);
            Assert.Equal(given ? briefing.Context.Colours.Accent : briefing.Context.Colours.Warning, heading.Runs[1].Color);
            // The combined map and the work sheet, used at the second meeting: its date, else which meeting.
            var posters = PosterPlanner.Plan(coalition, PlanContext.Poster(Look.House, language)).Where(p => p.Kind != PosterKind.Partner).ToList();
            Assert.NotEmpty(posters);
            var heads = posters.SelectMany(p => p.Sheets.Slides).Select(s => s.Elements.OfType<TextElement>().Single(e => e.Name == words.Shapes.Header).Paragraphs[0].Text).ToList();
            Assert.All(heads, head => Assert.Contains("  ·  " + (given ? date : words.Posters.SecondMeeting) + "  ·  ", head, StringComparison.Ordinal));
        }
    }
}
