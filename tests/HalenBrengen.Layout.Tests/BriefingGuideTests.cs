using HalenBrengen.Core.Analysis;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Deck;

namespace HalenBrengen.Layout.Tests;

/// <summary>The briefing's guide after the cover and its shared themes: what the reviewer of issue 19 asked for.</summary>
public sealed class BriefingGuideTests
{
    private static IEnumerable<string> Texts(SlidePlan slide, string name) =>
        slide.Elements.OfType<TextElement>().Where(e => e.Name == name).SelectMany(e => e.Paragraphs).Select(p => p.Text);

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    public void The_page_after_the_cover_gives_every_part_of_the_session_its_time_from_the_session_agenda(string name)
    {
        var planned = Coalitions.Of(name);
        var words = planned.Briefing.Context.Words;
        var agenda = Agenda.Of(planned.Coalition);
        var guide = planned.Briefing.Slides[1];

        var lines = Texts(guide, words.Shapes.Guide).ToList();
        // The times in a column of their own, each level with its part beside it.
        foreach (var item in agenda.Items)
        {
            Assert.Contains(AgendaSlides.Time(agenda, item.StartMinute, item.EndMinute, words.Session), lines);
            Assert.Contains(AgendaSlides.Part(agenda, item, words.Session), lines);
        }
        foreach (var watch in words.Briefing.GuideWatch)
            Assert.Contains(watch, lines);
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("9")]
    [InlineData("16")]
    [InlineData("24")]
    public void Shared_themes_read_as_plain_phrases_at_most_eight_in_the_matrix_and_counted_above_it(string name)
    {
        var planned = Coalitions.Of(name);
        var words = planned.Briefing.Context.Words;
        var themes = CoalitionAnalysis.Of(planned.Coalition).Themes;
        var slide = planned.Briefing.Slides.Single(s => s.Elements.Any(e => e is TextElement { Name: var n } && n == words.Shapes.Themes));
        var table = slide.Elements.OfType<TableElement>().SingleOrDefault();
        var labels = table is null
            ? Texts(slide, words.Shapes.Themes).ToList()
            : table.Rows.Select(r => r[0]).ToList();

        Assert.DoesNotContain(labels, l => l.StartsWith('\''));
        if (table is not null)
        {
            var shown = labels.Count(l => !l.StartsWith('…'));
            Assert.InRange(shown, 1, AnalysisSlides.MostThemes);
            if (themes.Count > shown)
                Assert.StartsWith("…", labels[^1], StringComparison.Ordinal);
        }
        else
        {
            // Above the matrix's size a theme is a line with a count, not a list of names.
            Assert.DoesNotContain(labels, l => planned.Coalition.Partners.Count(p => l.Contains(p.Naam, StringComparison.Ordinal)) > 1);
        }
    }
}
