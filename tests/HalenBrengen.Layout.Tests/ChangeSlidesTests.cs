using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Briefing;

namespace HalenBrengen.Layout.Tests;

/// <summary>The briefing's "what changed" words a changed ambition from the table's sentence patterns, in each language.</summary>
public sealed class ChangeSlidesTests
{
    private static readonly RoundChanges AmbitionChanged = new([],
        new Sourced<string>("Samen sterk", new SourceRef("ronde1.xlsx", "Samenwerking", "B4")),
        new Sourced<string>("Samen sterker", new SourceRef("ronde2.xlsx", "Samenwerking", "B4")), true, null, null, false);

    [Theory]
    [InlineData(Core.Language.Nl, "Gedeelde ambitie: was “Samen sterk”, nu “Samen sterker”",
        "• Gedeelde ambitie: eerder ronde1.xlsx › Samenwerking › B4; nu ronde2.xlsx › Samenwerking › B4")]
    [InlineData(Core.Language.En, "Shared ambition: was “Samen sterk”, now “Samen sterker”",
        "• Shared ambition: before ronde1.xlsx › Samenwerking › B4; now ronde2.xlsx › Samenwerking › B4")]
    public void A_changed_ambition_reads_was_and_now_and_says_where_both_stand(Core.Language language, string line, string source)
    {
        var c = PlanContext.Briefing(Style.Look.House, language);

        var slide = Assert.Single(ChangeSlides.Plan(c, AmbitionChanged, c.Words.Briefing, c.Words.Values));

        Assert.Equal(c.Words.Changes.CoalitionTitle, slide.TitleText);
        var body = Assert.Single(slide.Elements.OfType<TextElement>(), e => e.Name == "Samenwerking");
        Assert.Equal(line, Assert.Single(body.Paragraphs).Text);
        Assert.EndsWith("\n" + source, slide.Notes, StringComparison.Ordinal);
    }
}
