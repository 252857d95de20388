using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// The session deck: only what the whole room may see, in the order the session runs. Opening and
/// ground rules, agenda, one part per partner, the combined map built together, open questions that
/// name no one, the front page with the ambition and headline, who does
/// what, and the close. The facilitator's view of the partners is in the briefing, never here.
/// </summary>
public static class DeckPlanner
{
    /// <param name="c">The session's context: <see cref="PlanContext.Session"/>.</param>
    /// <param name="changes">Set when an earlier round is given: new items are marked, and the group is asked what changed.</param>
    public static PresentationPlan Plan(Coalition coalition, CoalitionAnalysis analysis, PlanContext c, RoundChanges? changes = null)
    {
        var t = c.Words.Session;
        var agenda = Agenda.Of(coalition);
        var slides = new List<SlidePlan>();
        slides.AddRange(OpeningSlides.Plan(c, coalition, t));
        slides.AddRange(AgendaSlides.Plan(c, coalition, agenda, t));
        var partners = PartnerSlides.Plan(c, coalition, agenda, t, firstNumber: slides.Count + 1,
            changes?.NewItems ?? new HashSet<Item>(), c.Words.Changes.NewTag);
        slides.AddRange(partners.Slides);
        slides.AddRange(MapSlides.Plan(c, coalition, t));
        slides.AddRange(QuestionSlides.Plan(c, analysis, t, c.Words.Values, changes));
        slides.AddRange(FrontPageSlides.Plan(c, coalition, t));
        slides.AddRange(ClosingSlides.Plan(c, coalition, t));
        return c.Presentation(coalition.Krantenkop ?? coalition.Naam ?? t.NoHeadline, slides);
    }
}
