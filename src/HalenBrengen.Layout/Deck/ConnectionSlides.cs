using HalenBrengen.Core.Analysis;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// At most one slide of connections: partners on a circle, a line per pair that could mean something
/// to each other, heavier for more. No reasons and no numbers; the notes mark it as optional, for after
/// the group's own round.
/// </summary>
internal static class ConnectionSlides
{

    public static IEnumerable<SlidePlan> Plan(PlanContext c, CoalitionAnalysis analysis, SessionTexts t)
    {
        var partners = analysis.Matrix.Partners;
        if (ConnectionDiagram.Slide(c, t.ConnectionsTitle, partners.Select(p => p.Naam).ToList(), (a, b) => analysis.Matrix[a, b],
                t.ConnectionsLegend, t.ConnectionsNotes, c.Scale.BodyMin + 4) is { } slide)
            yield return slide;
    }
}
