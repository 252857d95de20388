using HalenBrengen.Core.Analysis;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Texts;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// At most one slide of connections: partners on a circle, a line per pair that could mean something
/// to each other, heavier for more. No reasons and no numbers; the notes mark it as optional, for after
/// the group's own round.
/// </summary>
internal static class ConnectionSlides
{
    private static readonly TypeScale Scale = TypeScale.Session;

    public static IEnumerable<SlidePlan> Plan(CoalitionAnalysis analysis, SessionTexts t)
    {
        var partners = analysis.Matrix.Partners;
        if (ConnectionDiagram.Slide(t.ConnectionsTitle, partners.Select(p => p.Naam).ToList(), (a, b) => analysis.Matrix[a, b],
                t.ConnectionsLegend, t.ConnectionsNotes, Scale, Scale.BodyMin + 4) is { } slide)
            yield return slide;
    }
}
