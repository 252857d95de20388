using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Posters;
using static HalenBrengen.Layout.Rules.DesignRules;

namespace HalenBrengen.Layout.Rules;

/// <summary>
/// The combined map on as few sheets as its words need (issue 19: "every partner whole on one sheet"; only a
/// coalition that does not fit one A0 at the minimum size takes several). Measured apart from the tile's form,
/// so a form that wastes room (halen and brengen side by side in columns too narrow for a long word) cannot
/// split a map that fits.
/// </summary>
internal static class MapSheetRules
{
    /// <summary>
    /// The share of a one-sheet tile that the partner's words may take, set as one flow, for the map to count as
    /// fitting one sheet: the rest is room for the tile's parts (tinted halen and brengen, the interest band).
    /// </summary>
    private const double Room = 0.85;

    /// <summary>
    /// A combined map over several sheets whose partners (at most <see cref="PosterSheet.MapMost"/>) would fit one
    /// sheet: every partner's words from its tiles, at the minimum size for the coalition, as one flow under one
    /// shared name bar, within <see cref="Room"/> of a tile of the one-sheet ring, its widest word within the line.
    /// </summary>
    public static IEnumerable<Violation> FewestSheets(PresentationPlan plan, Coalition coalition, PosterKind? poster)
    {
        var partners = coalition.Partners;
        if (poster != PosterKind.CombinedMap || plan.Slides.Count < 2 || partners.Count is 0 or > PosterSheet.MapMost)
            yield break;
        var c = plan.Context;
        var minimum = PosterSheet.ItemMinFor(partners.Count);
        var (_, area, _) = PosterSheet.Frame(c.Page);
        var cell = Ring.Plan(area, partners.Count, PosterSheet.Ring(c.Page, area, workSheet: false)).Tiles[0];
        var bar = PosterTile.SharedNameBar(c, partners.Select(p => p.Naam), cell.Width, PosterSheet.NameFor(minimum));
        var body = PosterTile.Below(cell, bar.Height);
        var (width, height) = (TextLayout.Inner(body.Width, PosterSheet.Inset(minimum)), TextLayout.Inner(body.Height, PosterSheet.Inset(minimum)));
        var content = plan.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).ToList();
        foreach (var partner in partners)
        {
            var words = content.Where(t => t.Name == c.Words.Shapes.TileContent.Fill(partner.Naam)).SelectMany(t => t.Paragraphs).ToList();
            if (c.Text.Height(words, width, minimum) > Room * height || MapTile.Widest(c, words) * minimum > width * MapTile.WordRoom)
                yield break;
        }
        yield return new(Rule.FewestSheets, plan.Slides.Count, $"the map takes {plan.Slides.Count} sheets, but its {partners.Count} partners fit one at {minimum} pt");
    }
}
