using HalenBrengen.Core.Model;
using static HalenBrengen.Layout.Rules.DesignRules;

namespace HalenBrengen.Layout.Rules;

/// <summary>
/// A map (the session deck's combined map and its empty copy, the combined map and work sheet on A0) gives
/// every partner the same room: equal tiles, equally far from the centre, mirrored left and right of it.
/// </summary>
internal static class MapRules
{
    /// <summary>Tiles may differ this much in area (rounding of a ring's cells).</summary>
    private const double AreaTolerance = 1.05;

    private static readonly Emu DistanceTolerance = Emu.FromMm(0.2), MirrorTolerance = Emu.FromMm(1);

    public static IEnumerable<Violation> EqualTiles(PresentationPlan plan, Coalition coalition)
    {
        foreach (var (map, n) in Maps(plan, coalition))
        {
            var areas = map.Tiles.Select(t => (double)t.Box.Width.Value * t.Box.Height.Value).ToList();
            if (areas.Max() > areas.Min() * AreaTolerance)
                yield return new(Rule.EqualTiles, n, $"tiles from {areas.Min() / Emu.PerMm / Emu.PerMm / 100:F0} to {areas.Max() / Emu.PerMm / Emu.PerMm / 100:F0} cm²");
            if (map.Centre is not { } centre)
                continue;
            var distances = map.Tiles.Select(t => t.Box.GutterTo(centre)).ToList();
            if (distances.Max() - distances.Min() > DistanceTolerance.Value)
                yield return new(Rule.EqualTiles, n, $"tiles {distances.Min() / Emu.PerMm:F1} to {distances.Max() / Emu.PerMm:F1} mm from the centre");
        }
    }

    public static IEnumerable<Violation> Symmetry(PresentationPlan plan, Coalition coalition)
    {
        foreach (var (map, n) in Maps(plan, coalition))
        {
            var axis = (map.Centre ?? new Rect(new Emu(0), new Emu(0), plan.Width, plan.Height)).Centre.X.Value;
            var offsets = map.Tiles.Select(t => t.Box.Centre.X.Value - axis).ToList();
            var left = offsets.Where(d => d < -MirrorTolerance.Value).Select(d => -d).Order().ToList();
            var right = offsets.Where(d => d > MirrorTolerance.Value).Order().ToList();
            if (left.Count != right.Count || left.Zip(right).Any(p => Math.Abs(p.First - p.Second) > MirrorTolerance.Value))
                yield return new(Rule.Symmetry, n, $"{left.Count} tiles left of the centre, {right.Count} right of it" +
                    (left.Count == right.Count ? ", not mirrored" : ""));
        }
    }

    private sealed record Tile(Partner Partner, Rect Box);

    private sealed record Map(IReadOnlyList<Tile> Tiles, Rect? Centre);

    /// <summary>
    /// The pages that are maps: every partner has a name bar on it (an element named as the partner), or on a
    /// poster a group of them around a headline, or, for a session map cut in parts, at least two partners and
    /// the ambition do; and it is no connections diagram. A tile is the partner's elements together; the centre
    /// is the headline (the krantenkop), the line over it that calls it a working title, and the ambition, on a poster
    /// with its title (a session map's title names the slide, above the map).
    /// </summary>
    private static IEnumerable<(Map Map, int Number)> Maps(PresentationPlan plan, Coalition coalition)
    {
        var partners = coalition.Partners;
        if (partners.Count == 0)
            yield break;
        var shapes = plan.Context.Words.Shapes;
        // A connections diagram's circles are named "Knoop {partner}": what comes before the partner marks one.
        var node = shapes.Node.Fill("");
        foreach (var (slide, n) in Numbered(plan))
        {
            var texts = slide.Elements.OfType<TextElement>().ToList();
            // A poster map may hold a group of the partners on each of its sheets, around the same centre; a
            // session map cut in parts a group of them around the ambition.
            var shown = partners.Where(p => texts.Any(t => t.Name == p.Naam)).ToList();
            // A later work sheet has no centre: its tiles mirror each other about the middle of the sheet.
            var group = plan.Context.Kind == PlanKind.Poster ? shown.Count > 0 && texts.Any(t => t.Name == shapes.Headline) || shown.Count >= 2
                : shown.Count >= 2 && texts.Any(t => t.Name == shapes.Ambition);
            if (texts.Any(t => t.Name?.StartsWith(node, StringComparison.Ordinal) == true) || (shown.Count < partners.Count && !group))
                continue;
            var tiles = shown.Select(p => new Tile(p, Union(texts.Where(t => t.Name is { } name && (name == p.Naam || name.StartsWith(p.Naam + " ", StringComparison.Ordinal))).Select(t => t.Box))!.Value)).ToList();
            // A session map's title names the slide, above the map: its centre is the krantenkop and the ambition.
            var title = plan.Context.Kind != PlanKind.Session && slide.Title is { } t ? [t.Box] : Array.Empty<Rect>();
            var centre = Union(texts.Where(t => t.Name == shapes.Headline || t.Name == shapes.Ambition).Select(t => t.Box).Concat(title));
            yield return (new Map(tiles, centre), n);
        }
    }

    private static Rect? Union(IEnumerable<Rect> boxes) => boxes.Aggregate((Rect?)null, (all, b) => all is not { } a ? b
        : Rect.Spanning(new Point(Emu.Min(a.X, b.X), Emu.Min(a.Y, b.Y)), new Point(Emu.Max(a.Right, b.Right), Emu.Max(a.Bottom, b.Bottom))));

}
