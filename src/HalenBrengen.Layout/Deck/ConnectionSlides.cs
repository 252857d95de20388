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
        var pairs = ConnectionDiagram.Pairs(partners.Count, (a, b) => analysis.Matrix[a, b]);
        if (partners.Count < 2 || pairs.Count == 0)
            yield break;
        var frame = Grammar.Frame(t.ConnectionsTitle, Scale);
        var legendHeight = Emu.FromPt(2 * Fonts.FontMetrics.Regular.LineHeight(Scale.Caption) + 2) + TextLayout.InsetY * 2;
        var area = frame.Body with { Height = frame.Body.Height - legendHeight };
        var legend = new Rect(frame.Body.X, area.Bottom, frame.Body.Width, legendHeight);
        var diagram = ConnectionDiagram.Plan(area, partners.Select(p => p.Naam).ToList(), pairs, Scale.BodyMin + 4, Scale.BodyMin);
        yield return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title,
            [.. diagram, Grammar.Line(legend, [new TextRun(t.ConnectionsLegend)], Scale.Caption, Scale.Caption, DeckTheme.Muted, "Uitleg", anchor: Anchor.Bottom)],
            t.ConnectionsNotes);
    }
}
