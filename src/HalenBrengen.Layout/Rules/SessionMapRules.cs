using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;
using static HalenBrengen.Layout.Rules.DesignRules;

namespace HalenBrengen.Layout.Rules;

/// <summary>
/// The pictures of the session deck and the briefing (issue 19, items 5 and 6): a connections diagram (the
/// briefing's; the session deck has none, the group finds its overlaps itself) of more than eight partners draws
/// at most twelve lines, no line runs through a name and no name over another, its legend is one line; and
/// every tile of the session deck's combined map carries the partner's own words at the body size, never only
/// a pointer to another slide.
/// </summary>
internal static class SessionMapRules
{
    /// <summary>Partners a connections diagram may draw every pair for; above it, <see cref="MostLines"/>.</summary>
    public const int AllLinesUpTo = 8;

    public const int MostLines = 12;

    public static IEnumerable<Violation> FewLines(PresentationPlan plan)
    {
        foreach (var (slide, n, nodes) in Diagrams(plan))
        {
            var lines = slide.Elements.OfType<LineElement>().Count();
            if (nodes.Count > AllLinesUpTo && lines > MostLines)
                yield return new(Rule.FewLines, n, $"{lines} connections drawn between {nodes.Count} partners, at most {MostLines}");
        }
    }

    public static IEnumerable<Violation> LabelsClear(PresentationPlan plan)
    {
        foreach (var (slide, n, nodes) in Diagrams(plan))
        {
            var labels = slide.Elements.OfType<TextElement>().Where(t => !nodes.Contains(t) && t.Paragraphs.Count > 0).ToList();
            foreach (var (a, i) in labels.Select((a, i) => (a, i)))
                foreach (var b in labels.Skip(i + 1).Where(b => a.Box.Overlaps(b.Box)))
                    yield return new(Rule.LabelsClear, n, $"{Name(a)} over {Name(b)}");
            foreach (var line in slide.Elements.OfType<LineElement>())
                foreach (var label in labels.Where(l => Crosses(line.From, line.To, l.Box)))
                    yield return new(Rule.LabelsClear, n, $"{Name(line)} runs through {Name(label)}");
            // Nodes are round: two are too close when their centres are nearer than their radii and a visible gap together.
            foreach (var (a, i) in nodes.Select((a, i) => (a, i)))
                foreach (var b in nodes.Skip(i + 1).Where(b => Distance(a.Box.Centre, b.Box.Centre) < (a.Box.Width.Value + b.Box.Width.Value) / 2.0 + ConnectionDiagram.NodeGap.Value))
                    yield return new(Rule.LabelsClear, n, $"{Name(a)} touches {Name(b)} or keeps less than {ConnectionDiagram.NodeGap.Mm} mm from it");
        }
    }

    /// <summary>
    /// The line under the diagram that says how to read it is one line (a second line of it leaves orphans), and
    /// every partner with a node is named on the slide, beside it or in the numbered list: a list cut short to fit loses partners.
    /// </summary>
    public static IEnumerable<Violation> LegendOneLine(PresentationPlan plan)
    {
        var shapes = plan.Context.Words.Shapes;
        var node = shapes.Node.Fill("");
        foreach (var (slide, n, nodes) in Diagrams(plan))
        {
            var texts = slide.Elements.OfType<TextElement>().Where(t => !nodes.Contains(t)).ToList();
            foreach (var legend in texts.Where(t => t.Name == shapes.Explanation))
            {
                var width = TextLayout.Inner(legend.Box.Width, legend.InsetX);
                if (legend.Paragraphs.Count > 1 || legend.Paragraphs.Any(p => plan.Context.Text.LineCount(p, width, legend.FontSizePt) > 1))
                    yield return new(Rule.LegendOneLine, n, $"{Name(legend)} wraps at {legend.FontSizePt} pt");
            }
            foreach (var name in nodes.Select(t => t.Name![node.Length..]))
                if (!texts.Any(t => t.Name == name || t.Paragraphs.Any(p => p.Text.Replace('\n', ' ').EndsWith(name, StringComparison.Ordinal) || p.Runs.Any(r => r.Text == name))))
                    yield return new(Rule.LegendOneLine, n, $"{name} has a node but no name on the slide");
        }
    }

    /// <summary>
    /// On every map slide of the session deck, each partner's tile holds a field to write in (the empty copy) or
    /// its own words at the body size at least: a run that is the start of one of its items. And every partner gets
    /// the same space: a tile shows at most one halen and one brengen (the first), so no tile shows more items than another.
    /// </summary>
    public static IEnumerable<Violation> MapContent(PresentationPlan plan, Coalition coalition)
    {
        if (plan.Context.Kind != PlanKind.Session)
            yield break;
        var shapes = plan.Context.Words.Shapes;
        foreach (var (slide, n) in Numbered(plan))
        {
            var texts = slide.Elements.OfType<TextElement>().ToList();
            var partners = coalition.Partners.Where(p => texts.Any(t => t.Name == p.Naam)).ToList();
            if (partners.Count < 2 || !texts.Any(t => t.Name == shapes.Ambition) || texts.Any(t => t.Name == shapes.Node.Fill(partners[0].Naam)))
                continue;
            foreach (var partner in partners)
            {
                var content = texts.FirstOrDefault(t => t.Name == shapes.TileContent.Fill(partner.Naam));
                var field = texts.Any(t => t.Name == shapes.TileHalen.Fill(partner.Naam) || t.Name == shapes.TileBoth.Fill(partner.Naam));
                if (content is null && !field)
                    yield return new(Rule.MapContent, n, $"the tile of {partner.Naam} shows its name only");
                else if (content is not null && content.FontSizePt < plan.Context.Scale.BodyMin)
                    yield return new(Rule.MapContent, n, $"the words of {partner.Naam} at {content.FontSizePt} pt, at least {plan.Context.Scale.BodyMin}");
                else if (content is not null && partner.Halen.Count + partner.Brengen.Count > 0 && !OwnWords(content, partner))
                    yield return new(Rule.MapContent, n, $"the tile of {partner.Naam} shows none of its words: '{Short(string.Join(" ", content.Paragraphs.Select(p => p.Text)))}'");
                else if (content is not null && Cut(content, partner) is { } cut)
                    yield return new(Rule.MapContent, n, $"the tile of {partner.Naam} shortens its first item '{Short(cut)}' ({cut.Length} characters, whole up to {WholeUpTo})");
                if (content is not null && Count(content, partner) is var count && count > Math.Min(partner.Halen.Count, 1) + Math.Min(partner.Brengen.Count, 1))
                    yield return new(Rule.MapContent, n, $"the tile of {partner.Naam} shows {count} items, more than one a side: more room than another partner's tile");
            }
        }
    }

    /// <summary>
    /// The parts of a map (its filled slides, and its empty ones) read as one picture: every part has the krantenkop, the
    /// ambition, the tiles and their name bars at the sizes of the first; and every map slide has a title where every slide has
    /// it, naming what its tiles show (a selection: the first halen and brengen), so the room does not take it for all a partner wrote.
    /// </summary>
    public static IEnumerable<Violation> PartsAlike(PresentationPlan plan, Coalition coalition)
    {
        if (plan.Context.Kind != PlanKind.Session)
            yield break;
        var shapes = plan.Context.Words.Shapes;
        var first = new Dictionary<bool, string>();
        foreach (var (slide, n) in Numbered(plan))
        {
            var texts = slide.Elements.OfType<TextElement>().ToList();
            var names = texts.Where(t => coalition.Partners.Any(p => p.Naam == t.Name)).ToList();
            if (names.Count < 2 || texts.FirstOrDefault(t => t.Name == shapes.Ambition) is not { } ambition || texts.Any(t => t.Name == shapes.Node.Fill(names[0].Name!)))
                continue;
            if (slide.Title is not { Paragraphs.Count: > 0 } title || !AtTitlePlace(title.Box, plan.Context.Page.TitleBox))
                yield return new(Rule.MapPartsAlike, n, "a map slide without a title at the place of every slide's title");
            var empty = !texts.Any(t => t.Name == shapes.TileContent.Fill(names[0].Name!));
            var tiles = texts.Where(t => t.Name is { } name && names.Any(x => name == shapes.TileContent.Fill(x.Name!) || name == shapes.TileHalen.Fill(x.Name!)
                || name == shapes.TileBoth.Fill(x.Name!))).ToList();
            var sizes = string.Join(" / ", new[] { $"title {slide.Title?.FontSizePt} pt", $"krantenkop {texts.FirstOrDefault(t => t.Name == shapes.Headline)?.FontSizePt} pt", $"ambition {ambition.FontSizePt} pt",
                $"names {string.Join(",", names.Select(x => $"{x.FontSizePt} pt {Mm(x.Box.Width)}×{Mm(x.Box.Height)}").Distinct())}",
                $"tiles {string.Join(",", tiles.Select(x => $"{x.FontSizePt} pt").Distinct())}" });
            if (!first.TryGetValue(empty, out var expected))
                first[empty] = sizes;
            else if (expected != sizes)
                yield return new(Rule.MapPartsAlike, n, $"a part of the map at {sizes}, the first at {expected}");
        }
    }

    /// <summary>Whether a title box stands where every slide's title does: from the band's top, or one line centred in the band.</summary>
    private static bool AtTitlePlace(Rect box, Rect band) =>
        box.X == band.X && box.Width == band.Width && (box.Y == band.Y || Math.Abs(box.Centre.Y.Value - band.Centre.Y.Value) <= Emu.FromMm(0.1).Value);

    private static string Mm(Emu e) => (e.Value / 36000.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A first halen or brengen of at most this many characters is shown whole on its tile. The finest cut of the map
    /// (eight parts of three tiles at 24 partners) gives a tile about 105 × 80 mm: under a name bar of two lines, at
    /// 20 pt, some six lines of 30 characters, room for both first items of 80 characters with their labels.
    /// </summary>
    public const int WholeUpTo = 80;

    /// <summary>The partner's first halen (demands first, as the tile orders them) or first brengen when it is at most <see cref="WholeUpTo"/> characters and the tile does not show it whole.</summary>
    private static string? Cut(TextElement content, Partner partner)
    {
        var shown = Items.OneLine(string.Join(" ", content.Paragraphs.Select(p => p.Text)));
        return new[] { Items.DemandsFirst(partner.Halen).FirstOrDefault(), partner.Brengen.FirstOrDefault() }
            .Select(i => i is null ? null : Items.OneLine(i.Text.Value)).FirstOrDefault(i => i is not null && i.Length <= WholeUpTo && !shown.Contains(i, StringComparison.Ordinal));
    }

    /// <summary>
    /// How many of the partner's items are on the tile: its plain runs (labels are bold) that are an item or its
    /// start shortened with "…". Both sides counted together: a shortened item may also start an item of the other side.
    /// </summary>
    private static int Count(TextElement content, Partner partner)
    {
        var texts = partner.Halen.Concat(partner.Brengen).Select(i => Items.OneLine(i.Text.Value)).ToList();
        return content.Paragraphs.SelectMany(p => p.Runs).Where(r => !r.Bold).Select(r => r.Text.TrimEnd('…')).Where(r => r.Length >= 3)
            .Count(r => texts.Any(i => i.StartsWith(r, StringComparison.Ordinal)));
    }

    /// <summary>Whether a run of the tile is an item of the partner, or its start shortened with "…".</summary>
    private static bool OwnWords(TextElement content, Partner partner)
    {
        var items = partner.Halen.Concat(partner.Brengen).Select(i => Items.OneLine(i.Text.Value)).ToList();
        return content.Paragraphs.SelectMany(p => p.Runs).Select(r => r.Text.TrimEnd('…')).Where(r => r.Length >= 3)
            .Any(r => items.Any(i => i.StartsWith(r, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The room sees no connections diagram: a picture of who fits whom, projected, finds the overlaps the
    /// group is to find itself (METHOD.md). It is the facilitator's, in the briefing.
    /// </summary>
    public static IEnumerable<Violation> NoConnectionsInSession(PresentationPlan plan)
    {
        if (plan.Context.Kind != PlanKind.Session)
            yield break;
        foreach (var (slide, n, nodes) in Diagrams(plan))
            yield return new(Rule.NoConnectionsInSession, n, $"a connections diagram of {nodes.Count} partners on a slide the room sees");
    }

    /// <summary>The connections diagrams of any plan (the briefing's): slides with nodes ("Knoop {partner}"), with their nodes.</summary>
    private static IEnumerable<(SlidePlan Slide, int Number, IReadOnlyList<TextElement> Nodes)> Diagrams(PresentationPlan plan)
    {
        var node = plan.Context.Words.Shapes.Node.Fill("");
        foreach (var (slide, n) in Numbered(plan))
        {
            var nodes = slide.Elements.OfType<TextElement>().Where(t => t.Name?.StartsWith(node, StringComparison.Ordinal) == true).ToList();
            if (nodes.Count > 0)
                yield return (slide, n, nodes);
        }
    }

    private static double Distance(Point a, Point b) => Math.Sqrt(Math.Pow(a.X.Value - b.X.Value, 2) + Math.Pow(a.Y.Value - b.Y.Value, 2));

    /// <summary>Whether the segment from <paramref name="from"/> to <paramref name="to"/> passes through the box (Liang–Barsky clipping), touching its edge not counted.</summary>
    internal static bool Crosses(Point from, Point to, Rect box)
    {
        double x = from.X.Value, y = from.Y.Value, dx = to.X.Value - x, dy = to.Y.Value - y;
        double enter = 0, leave = 1;
        foreach (var (p, q) in new[] { (-dx, x - box.X.Value), (dx, box.Right.Value - x), (-dy, y - box.Y.Value), (dy, box.Bottom.Value - y) })
        {
            if (p == 0)
            {
                if (q <= 0)
                    return false;
                continue;
            }
            var t = q / p;
            if (p < 0) enter = Math.Max(enter, t);
            else leave = Math.Min(leave, t);
            if (enter >= leave)
                return false;
        }
        return leave - enter > 1e-6;
    }
}
