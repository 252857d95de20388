namespace HalenBrengen.Layout.Tests;

/// <summary>A partner's slide about what drives it, before its halen and brengen: the ambition as a quote over its interests.</summary>
public sealed class PartnerSlidesTests
{
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("16")]
    public void The_notes_name_an_item_whole_before_its_explanation(string which)
    {
        // A reader: "Toelichting bij ‘Vroege signalen van betalingsachterstanden bij huur en…’" cut the item the facilitator reads out.
        var planned = Coalitions.Of(which);
        var notes = string.Join("\n", planned.Session.Slides.Select(s => s.Notes));
        var explained = planned.Coalition.Partners.SelectMany(p => p.Halen.Concat(p.Brengen)).Where(i => i.Toelichting is not null).ToList();
        Assert.NotEmpty(explained);
        Assert.All(explained, i => Assert.Contains("‘" + i.Text.Value.Replace('\n', ' ') + "’", notes, StringComparison.Ordinal));
        Assert.DoesNotContain("…’", notes, StringComparison.Ordinal);
    }

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

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("24")]
    public void The_about_slides_labels_are_smaller_than_the_words_they_head(string which)
    {
        // A reader: "Ambitie in eigen woorden" and "Eigen belang" in bold at the 28 pt of the text under them, no hierarchy.
        var planned = Coalitions.Of(which);
        var (shapes, t, scale) = (planned.Session.Context.Words.Shapes, planned.Session.Context.Words.Session, planned.Session.Context.Scale);
        string[] labels = [t.Ambition, t.OwnInterest, t.SharedInterest];
        var boxes = planned.Session.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == shapes.Interest || e.Name == shapes.Ambition).ToList();
        var headed = 0;
        foreach (var box in boxes)
        {
            for (var i = 0; i + 1 < box.Paragraphs.Count; i++)
            {
                if (!labels.Contains(box.Paragraphs[i].Text))
                    continue;
                var (label, text) = (box.Paragraphs[i].SizeIn(box.FontSizePt), box.Paragraphs[i + 1].SizeIn(box.FontSizePt));
                Assert.True(label < text && label >= scale.Caption, $"'{box.Paragraphs[i].Text}' at {label} pt over {text} pt");
                headed++;
            }
        }
        Assert.True(headed >= 3 * planned.Coalition.Partners.Count(p => p.Kaart is not null) - 3, $"{headed} labels");
    }
}
