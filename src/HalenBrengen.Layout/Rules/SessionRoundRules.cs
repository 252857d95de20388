using HalenBrengen.Core.Model;
using static HalenBrengen.Layout.Rules.DesignRules;

namespace HalenBrengen.Layout.Rules;

/// <summary>
/// A large coalition's session stays one a room can follow (issue 19, round 3): the round comes in blocks of at
/// most eight partners, a divider before each block after the first, so no long run of partners' slides goes by
/// without a breath; and the map is filled in live only where it takes one or two slides: a map in more parts
/// has no empty copies (the A0 work sheet is where the group writes).
/// </summary>
internal static class SessionRoundRules
{
    /// <summary>The most partners a block of the round holds: a room keeps some eight turns in mind, not twenty-four.</summary>
    public const int MostPartnersInBlock = 8;

    /// <summary>The most slides a map may take and still be filled in live, on empty copies of its slides.</summary>
    public const int MostLiveParts = 2;

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

    /// <summary>Empty copies of the map only when the map with words takes at most <see cref="MostLiveParts"/> slides.</summary>
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
        var worded = maps.Count(x => Has(x.Slide, content));
        var empty = maps.Where(x => !Has(x.Slide, content) && fields.Any(f => Has(x.Slide, f))).ToList();
        if (worded > MostLiveParts && empty.Count > 0)
            yield return new(Rule.LiveMap, empty[0].Number, $"{empty.Count} empty copies of a map in {worded} parts, filled in live only up to {MostLiveParts}");
    }
}
