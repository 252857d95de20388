using HalenBrengen.Core.Model;
using static HalenBrengen.Layout.Rules.DesignRules;

namespace HalenBrengen.Layout.Rules;

/// <summary>
/// A large coalition's session stays one a room can follow (issue 19, round 3): the round comes in blocks of at
/// most eight partners, a divider before each block (the first too), so no long run of partners' slides goes by
/// without a breath; and the map has no empty copies to fill in live (the A0 werkvel on the wall is where the group writes).
/// </summary>
internal static class SessionRoundRules
{
    /// <summary>The most partners a block of the round holds: a room keeps some eight turns in mind, not twenty-four.</summary>
    public const int MostPartnersInBlock = 8;

    /// <summary>No run of more than <see cref="MostPartnersInBlock"/> partners' parts without a divider between them.</summary>
    public static IEnumerable<Violation> RoundBlocks(PresentationPlan plan, Coalition coalition)
    {
        if (plan.Context.Kind != PlanKind.Session)
            yield break;
        var names = coalition.Partners.Select(p => p.Naam).ToHashSet(StringComparer.Ordinal);
        var divider = plan.Context.Words.Shapes.BlockNames;
        var run = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (slide, n) in Numbered(plan))
        {
            if (slide.Elements.Any(e => e is TextElement t && t.Name == divider))
                run.Clear();
            else if (names.Contains(slide.TitleText) && run.Add(slide.TitleText) && run.Count == MostPartnersInBlock + 1)
                yield return new(Rule.RoundBlocks, n, $"{run.Count} partners' parts in a row without a divider, at most {MostPartnersInBlock}");
        }
    }

    /// <summary>
    /// No empty copies of the map: a map slide whose tiles hold fields to write in instead of the partners' words. The
    /// group records its work on the A0 werkvel on the wall, one place, not on slides that a laptop keeps.
    /// </summary>
    public static IEnumerable<Violation> LiveMap(PresentationPlan plan)
    {
        if (plan.Context.Kind != PlanKind.Session)
            yield break;
        var shapes = plan.Context.Words.Shapes;
        var content = shapes.TileContent.Fill("");
        var fields = new[] { shapes.TileHalen.Fill(""), shapes.TileBoth.Fill("") };
        // A tile's shapes are named "{partner} inhoud", "{partner} halen": found by what their names end in.
        bool Has(SlidePlan slide, string suffix) => slide.Elements.Any(e => e is TextElement t && t.Name?.EndsWith(suffix, StringComparison.Ordinal) == true);
        var maps = Numbered(plan).Where(x => x.Slide.Elements.Any(e => e is TextElement t && t.Name == shapes.Ambition)).ToList();
        var empty = maps.Where(x => !Has(x.Slide, content) && fields.Any(f => Has(x.Slide, f))).ToList();
        if (empty.Count > 0)
            yield return new(Rule.LiveMap, empty[0].Number, $"{empty.Count} empty copies of the map: the group writes on the A0 werkvel");
    }
}
