namespace HalenBrengen.Layout.Tests;

/// <summary>The opening's few lines: why we are here and the ground rules, read by the whole room as the session starts.</summary>
public sealed class OpeningSlidesTests
{
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("24")]
    public void Why_we_are_here_and_the_ground_rules_stand_larger_than_the_body_in_the_ink_under_a_larger_title(string which)
    {
        // Two readers: at the body's largest these slides left their lower half empty; one found the grey second paragraph too pale for a projector.
        var planned = Coalitions.Of(which);
        var c = planned.Session.Context;
        var (t, shapes) = (c.Words.Session, c.Words.Shapes);
        var opening = planned.Session.Slides.Where(s => s.TitleText == t.PurposeTitle || s.TitleText == t.RulesTitle).ToList();
        Assert.NotEmpty(opening);
        foreach (var slide in opening)
        {
            var body = slide.Elements.OfType<TextElement>().Single(e => e.Name == shapes.Task || e.Name == shapes.GroundRules);
            Assert.InRange(body.FontSizePt, c.Scale.BodyMax + 1, 32);
            Assert.True(slide.Title!.FontSizePt > body.FontSizePt, $"{slide.TitleText}: title {slide.Title.FontSizePt} pt, body {body.FontSizePt} pt");
            Assert.True(c.Text.Fits(body.Paragraphs, body.Box, body.FontSizePt));
            Assert.All(body.Paragraphs.SelectMany(p => p.Runs), r => Assert.True(r.Color is null || r.Color == c.Colours.Ink, r.Text));
        }
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("16")]
    [InlineData("24")]
    public void A_pause_s_line_stands_centred_under_its_title_as_large_as_a_question_s_working_line(string which)
    {
        // Two readers: the 24 pt line under a pause's title on the accent was the weakest text of the deck.
        var planned = Coalitions.Of(which);
        var c = planned.Session.Context;
        var lines = planned.Session.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == c.Words.Shapes.Pause).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, e => Assert.Equal((Deck.QuestionSlides.WorkingPt, TextAlign.Center), (e.FontSizePt, e.Align)));
        Assert.All(lines, e => Assert.True(c.Text.Fits(e.Paragraphs, e.Box, e.FontSizePt)));
    }
}
