namespace HalenBrengen.Layout.Tests;

/// <summary>A partner's slide about what drives it, before its halen and brengen: the ambition as a quote over its interests.</summary>
public sealed class PartnerSlidesTests
{
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("5 lang")]
    public void The_about_slide_quotes_the_ambition_across_the_top_over_the_interests_side_by_side(string which)
    {
        // Two readers: the ambition in a small box beside a column of interests left a third of the slide empty.
        var planned = Coalitions.Of(which);
        var shapes = planned.Session.Context.Words.Shapes;
        var abouts = planned.Session.Slides.Where(s => s.Elements.OfType<TextElement>().Any(e => e.Name == shapes.Interest)).ToList();
        Assert.Equal(planned.Coalition.Partners.Count(p => p.Kaart is not null), abouts.Count);
        foreach (var slide in abouts)
        {
            var ambition = Assert.Single(slide.Elements.OfType<TextElement>(), e => e.Name == shapes.Ambition);
            var interests = slide.Elements.OfType<TextElement>().Where(e => e.Name == shapes.Interest).ToList();
            Assert.Equal(2, interests.Count);
            Assert.NotNull(ambition.Fill);
            Assert.All(interests, i => Assert.True(i.Box.Y >= ambition.Box.Bottom, slide.TitleText));
            Assert.Equal(interests[0].Box.Y, interests[1].Box.Y);
            Assert.Equal(ambition.Box.Width, interests[1].Box.Right - interests[0].Box.X);
            Assert.All(interests, i => Assert.Equal(ambition.FontSizePt, i.FontSizePt));
        }
        Assert.Single(abouts.Select(s => s.Elements.OfType<TextElement>().First(e => e.Name == shapes.Interest).FontSizePt).Distinct());
    }
}
