using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Texts;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// The session deck: only what the whole room may see, in the order the session runs. Opening and
/// ground rules, agenda, one part per partner, the combined map built together, open questions that
/// name no one, optionally the connections, the front page with the ambition and headline, who does
/// what, and the close. The facilitator's view of the partners is in the briefing, never here.
/// </summary>
public static class DeckPlanner
{
    /// <summary>Beyond this many partners the map's tiles may use the table size (18 pt), so every name still fits its tile.</summary>
    public const int DenseMapPartners = MapSlides.DensePartners;

    /// <param name="changes">Set when an earlier round is given: new items are marked, and the group is asked what changed.</param>
    /// <param name="look">The look to plan in: a house style's, or (null) the current one.</param>
    public static DeckPlan Plan(Coalition coalition, CoalitionAnalysis analysis, Language language, RoundChanges? changes = null, Style.Look? look = null)
    {
        using var scope = DeckTheme.Use(look ?? DeckTheme.Current);
        var t = SessionTexts.For(language);
        var agenda = Agenda.Of(coalition);
        var slides = new List<SlidePlan>();
        slides.AddRange(OpeningSlides.Plan(coalition, t));
        slides.AddRange(AgendaSlides.Plan(coalition, agenda, t));
        var partners = PartnerSlides.Plan(coalition, agenda, t, firstNumber: slides.Count + 1,
            changes?.NewItems ?? new HashSet<Item>(), ChangeTexts.For(language).NewTag);
        slides.AddRange(partners.Slides);
        slides.AddRange(MapSlides.Plan(coalition, t, partners.ItemsSlide));
        slides.AddRange(QuestionSlides.Plan(analysis, t, ValueLabels.For(language), changes));
        slides.AddRange(ConnectionSlides.Plan(analysis, t));
        slides.AddRange(FrontPageSlides.Plan(coalition, t));
        slides.AddRange(ClosingSlides.Plan(coalition, t));
        return new DeckPlan(coalition.Krantenkop ?? coalition.Naam ?? t.NoHeadline, "HalenBrengen.Office", Dates.Tag(language),
            DeckTheme.SlideWidth, DeckTheme.SlideHeight, DeckTheme.WithLogo(slides, DeckTheme.Logo)) { Look = DeckTheme.Current };
    }
}
