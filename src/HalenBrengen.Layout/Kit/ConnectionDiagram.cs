namespace HalenBrengen.Layout.Kit;

/// <summary>
/// Partners on a circle, one line for each pair that could mean something to each other, the line's
/// weight by how many of their wants the other could answer: the connections as a picture, drawn with
/// native shapes (ellipses and connector lines) that PowerPoint can move and restyle.
/// </summary>
public static class ConnectionDiagram
{
    /// <summary>Lines run from this weight (one match) to <see cref="HeaviestPt"/> (the most of any pair).</summary>
    public const double LightestPt = 1.5, HeaviestPt = 9;
    /// <summary>Beyond this many partners the names go into a numbered legend beside the circle.</summary>
    public const int MostLabelled = 8;

    /// <param name="pairs">For every pair (a, b), a &lt; b, how many matches run between them either way.</param>
    /// <param name="indexTop">Where a flowing index of names may start when no list fits beside the circle: the briefing's slide lets it rise beside the title.</param>
    /// <param name="arrows">Directed instead: for every (from, to), how many run from the one to the other; drawn as arrows
    /// from who brings to who gets, a pair that runs both ways as one line with a head at each end.</param>
    public static IReadOnlyList<SlideElement> Plan(PlanContext c, Rect area, IReadOnlyList<string> names, IReadOnlyDictionary<(int A, int B), int> pairs,
        double sizePt, double minPt, Emu? indexTop = null, IReadOnlyDictionary<(int From, int To), int>? arrows = null)
    {
        var elements = names.Count <= MostLabelled && Labelled(c, area, names, pairs, sizePt, minPt) is { } labelled ? labelled
            : WithLegend(c, area, names, pairs, sizePt, minPt, indexTop ?? area.Y);
        return arrows is null ? elements : Directed(c, elements, names, arrows);
    }

    /// <summary>The pairs of directed counts, both directions together: where the nodes go and what may not cross a name.</summary>
    public static IReadOnlyDictionary<(int A, int B), int> Undirected(IReadOnlyDictionary<(int From, int To), int> arrows) =>
        arrows.GroupBy(a => (Math.Min(a.Key.From, a.Key.To), Math.Max(a.Key.From, a.Key.To))).ToDictionary(g => g.Key, g => g.Sum(a => a.Value));

    /// <summary>
    /// The diagram's lines replaced by arrows from node edge to node edge (an arrowhead under a node would be hidden),
    /// weighed like the lines; where both ways run, one line with a head at each end, weighed by both together: a
    /// pair is one line, however its wants run.
    /// </summary>
    private static IReadOnlyList<SlideElement> Directed(PlanContext c, IReadOnlyList<SlideElement> elements, IReadOnlyList<string> names,
        IReadOnlyDictionary<(int From, int To), int> arrows)
    {
        var nodes = names.Select(n => elements.OfType<TextElement>().First(e => e.Name == c.Words.Shapes.Node.Fill(n))).ToList();
        // A pair whose wants run both ways is one line from the earlier partner, its count both together.
        var drawn = arrows.Select(a => (a.Key.From, a.Key.To, a.Value, Back: arrows.GetValueOrDefault((a.Key.To, a.Key.From))))
            .Where(a => a.Back == 0 || a.From < a.To).Select(a => (a.From, a.To, Count: a.Value + a.Back, Both: a.Back > 0)).ToList();
        var most = drawn.Select(d => d.Count).DefaultIfEmpty(1).Max();
        var lines = new List<SlideElement>();
        foreach (var (from, to, count, both) in drawn.OrderBy(a => a.Count).ThenBy(a => a.From).ThenBy(a => a.To))
        {
            var (a, b) = (nodes[from].Box, nodes[to].Box);
            var (ax, ay, bx, by) = (a.Centre.X.Value, a.Centre.Y.Value, b.Centre.X.Value, b.Centre.Y.Value);
            var length = Math.Sqrt(Math.Pow(bx - ax, 2) + Math.Pow(by - ay, 2));
            if (length < 1)
                continue;
            var (ux, uy) = ((bx - ax) / length, (by - ay) / length);
            var gap = a.Width.Value / 2.0 + Emu.FromMm(both ? 1.5 : 1).Value;
            var end = b.Width.Value / 2.0 + Emu.FromMm(1.5).Value;
            var weight = most == 1 ? (LightestPt + HeaviestPt) / 4 : LightestPt + (HeaviestPt / 2 - LightestPt) * (count - 1) / (most - 1);
            lines.Add(new LineElement(new Point(new Emu((long)(ax + ux * gap)), new Emu((long)(ay + uy * gap))),
                new Point(new Emu((long)(bx - ux * end)), new Emu((long)(by - uy * end))),
                Emu.FromPt(Math.Round(weight * 4) / 4), c.Colours.Accent, c.Words.Shapes.Connection.Fill(names[from], names[to]), Arrow: true, BothWays: both));
        }
        return [.. lines, .. elements.Where(e => e is not LineElement)];
    }

    /// <summary>The pairs of a partner × partner matrix of counts (wanter, bringer), both directions together.</summary>
    public static IReadOnlyDictionary<(int A, int B), int> Pairs(int count, Func<int, int, int> matrix)
    {
        var pairs = new Dictionary<(int, int), int>();
        for (var a = 0; a < count; a++)
            for (var b = a + 1; b < count; b++)
                if (matrix(a, b) + matrix(b, a) is var n and > 0)
                    pairs[(a, b)] = n;
        return pairs;
    }

    /// <summary>
    /// Names beside their nodes, outward from the circle: as large a circle as the area allows with every
    /// name inside it, no two labels touching. Null when the names cannot be placed so.
    /// </summary>
    private static IReadOnlyList<SlideElement>? Labelled(PlanContext c, Rect area, IReadOnlyList<string> names, IReadOnlyDictionary<(int, int), int> pairs,
        double sizePt, double minPt)
    {
        var node = Emu.FromMm(7);
        var pad = Emu.FromMm(2);
        for (var size = sizePt; size >= minPt; size -= 2)
        {
            var maxWidth = area.Width * 0.3;
            var labels = names.Select(n =>
            {
                var paragraph = Bold(n);
                var width = Emu.FromPt(c.Text.Bold.Width(n, size) / 0.96 + 2) + TextLayout.InsetX * 2;
                if (width > maxWidth) width = maxWidth;
                var lines = c.Text.LineCount(paragraph, TextLayout.Inner(width, TextLayout.InsetX), size);
                return (Width: width, Height: Slides.Lines(c, lines, size));
            }).ToList();
            for (var radius = Math.Min(area.Width.Value, area.Height.Value) / 2.0; radius >= Emu.FromMm(20).Value; radius -= Emu.FromMm(2).Value)
            {
                var centres = Circle(area.Centre, radius, names.Count);
                var placed = new List<TextElement>();
                for (var i = 0; i < names.Count; i++)
                {
                    var (x, y) = (centres[i].X.Value, centres[i].Y.Value);
                    var angle = 2 * Math.PI * i / names.Count;
                    var (width, height) = (labels[i].Width.Value, labels[i].Height.Value);
                    long left, top;
                    TextAlign align;
                    if (Math.Abs(Math.Sin(angle)) < 0.3)
                    {
                        left = x - width / 2;
                        top = Math.Cos(angle) > 0 ? y - node.Value / 2 - pad.Value - height : y + node.Value / 2 + pad.Value;
                        align = TextAlign.Center;
                    }
                    else
                    {
                        left = Math.Sin(angle) > 0 ? x + node.Value / 2 + pad.Value : x - node.Value / 2 - pad.Value - width;
                        top = y - height / 2;
                        align = Math.Sin(angle) > 0 ? TextAlign.Left : TextAlign.Right;
                    }
                    placed.Add(new TextElement(new Rect(new Emu(left), new Emu(top), new Emu(width), new Emu(height)), [Bold(names[i])], size, c.Colours.Ink,
                        Anchor: Anchor.Middle, Align: align, Name: names[i]));
                }
                var nodes = centres.Select((centre, i) => Node(c, centre, node, null, size, names[i])).ToList();
                var all = placed.Cast<SlideElement>().Concat(nodes).ToList();
                // No line may run through a name: a wrapped name beside its node would be crossed by the lines leaving it.
                if (all.All(e => area.Contains(e.Box)) && placed.All(c.Text.Fits) && !all.Where((a, i) => all.Skip(i + 1).Any(b => a.Box.Overlaps(b.Box))).Any()
                    && !(pairs.Keys.Any(p => placed.Any(l => Rules.SessionMapRules.Crosses(centres[p.Item1], centres[p.Item2], l.Box)))))
                    return [.. Lines(c, centres, pairs, names), .. nodes, .. placed];
            }
        }
        return null;
    }

    private static IReadOnlyList<SlideElement> WithLegend(PlanContext c, Rect area, IReadOnlyList<string> names, IReadOnlyDictionary<(int, int), int> pairs,
        double sizePt, double minPt, Emu indexTop)
    {
        // The circle as tall as the area; smaller when the list of names does not fit beside it (16 long names):
        // a list cut short would leave partners with a number and no name. A clear circle may shrink
        // until its numbered nodes would touch (24 partners).
        for (var share = 1.0; share > 0.3; share -= 0.05)
        {
            if (WithLegendAt(c, area, names, pairs, sizePt, minPt, area.Height * share) is { } whole)
                return whole;
        }
        for (var share = 1.0; share > 0.3; share -= 0.05)
        {
            if (WithLegendAt(c, area, names, pairs, sizePt, minPt, area.Height * share, flowing: true, indexTop: indexTop) is { } whole)
                return whole;
        }
        return WithLegendAt(c, area, names, pairs, sizePt, minPt, area.Height, cutShort: true)!;
    }

    private static IReadOnlyList<SlideElement>? WithLegendAt(PlanContext c, Rect area, IReadOnlyList<string> names, IReadOnlyDictionary<(int, int), int> pairs,
        double sizePt, double minPt, Emu side, bool cutShort = false, bool flowing = false, Emu? indexTop = null)
    {
        var circleArea = new Rect(area.X, area.Y + (area.Height - side) / 2, side, side);
        // Numbered nodes as large as the circle allows: neighbours' boxes must not touch, even diagonally.
        Emu NodeSize(double size) => Emu.FromPt(Math.Max(c.Text.Bold.Width(names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), size),
            c.Text.LineHeight(size)) + 2);
        // A clear diagram's nodes measured where they stand: each node's box clear of its neighbour's by a gap, across or down,
        // and the round nodes themselves a visible gap apart wherever they stand on the circle.
        bool Apart(Emu node) => Circle(circleArea.Centre, (side / 2 - node / 2 - Emu.FromMm(2)).Value, names.Count) is var at
            && at.Select((p, i) => (p, q: at[(i + 1) % at.Count])).All(n => Math.Max(Math.Abs((n.p.X - n.q.X).Value), Math.Abs((n.p.Y - n.q.Y).Value)) >= (node + Emu.FromMm(1.5)).Value
                && Math.Sqrt(Math.Pow((n.p.X - n.q.X).Value, 2) + Math.Pow((n.p.Y - n.q.Y).Value, 2)) >= (node + NodeGap).Value);
        var numberSize = sizePt;
        while (numberSize > minPt && !Apart(NodeSize(numberSize)))
            numberSize -= 1;
        var node = NodeSize(numberSize);
        // A smaller circle only while its numbered nodes stay apart.
        if (!Apart(node) && !cutShort)
            return null;
        var radius = (side / 2 - node / 2 - Emu.FromMm(2)).Value;
        var centres = Circle(circleArea.Centre, radius, names.Count);
        var legendArea = new Rect(circleArea.Right + Emu.FromMm(8), area.Y, area.Right - circleArea.Right - Emu.FromMm(8), area.Height);
        var entries = names.Select((n, i) => new TextParagraph(
            [new TextRun((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "  ", true, c.Colours.Accent), new TextRun(n)], SpaceBeforeEm: i == 0 ? 0 : 0.15)).ToList();
        var legend = flowing ? NumberedLegend.Flowing(c, c.Page.BesideLogo(legendArea with { Y = indexTop ?? area.Y, Height = area.Bottom - (indexTop ?? area.Y) }), names, sizePt, minPt) : NumberedLegend.Plan(c, legendArea, names, sizePt, minPt);
        if ((legend ?? (cutShort ? CutShort(c, legendArea, entries, minPt) : null)) is not { } placed)
            return null;
        return [.. Lines(c, centres, pairs, names), .. centres.Select((centre, i) => Node(c, centre, node, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Math.Min(numberSize, placed.Size), names[i])), .. placed.Elements];
    }

    /// <summary>The least room between the edges of two numbered nodes on a clear diagram's circle, so they read as separate even in print.</summary>
    public static readonly Emu NodeGap = Emu.FromMm(4);

    private static (IReadOnlyList<SlideElement> Elements, double Size) CutShort(PlanContext c, Rect area, IReadOnlyList<TextParagraph> entries, double minPt)
    {
        var pages = Pages.Balanced(c, entries, area, minPt);
        return ([new TextElement(area, pages[0], minPt, c.Colours.Ink, Name: c.Words.Shapes.Legend)], minPt);
    }

    private static IEnumerable<SlideElement> Lines(PlanContext c, IReadOnlyList<Point> centres, IReadOnlyDictionary<(int A, int B), int> pairs, IReadOnlyList<string> names)
    {
        if (pairs.Count == 0)
            yield break;
        var most = pairs.Values.Max();
        // Lightest first, so the strongest connections are drawn on top.
        foreach (var ((a, b), count) in pairs.OrderBy(p => p.Value).ThenBy(p => p.Key.A).ThenBy(p => p.Key.B))
        {
            var weight = most == 1 ? (LightestPt + HeaviestPt) / 2 : LightestPt + (HeaviestPt - LightestPt) * (count - 1) / (most - 1);
            yield return new LineElement(centres[a], centres[b], Emu.FromPt(Math.Round(weight * 4) / 4), c.Colours.Rule, c.Words.Shapes.Connection.Fill(names[a], names[b]));
        }
    }

    private static TextElement Node(PlanContext c, Point centre, Emu diameter, string? number, double sizePt, string name) =>
        new(new Rect(centre.X - diameter / 2, centre.Y - diameter / 2, diameter, diameter),
            number is null ? [] : [new TextParagraph([new TextRun(number, true)], SpaceBeforeEm: 0)], sizePt, c.Colours.OnFill, c.Colours.Accent,
            Anchor.Middle, TextAlign.Center, c.Words.Shapes.Node.Fill(name), Geometry.Ellipse, Tight: true);

    /// <summary>Points equally spaced on a circle, the first at the top, clockwise.</summary>
    public static IReadOnlyList<Point> Circle(Point centre, double radius, int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var angle = 2 * Math.PI * i / count;
            return new Point(centre.X + new Emu((long)Math.Round(radius * Math.Sin(angle))), centre.Y - new Emu((long)Math.Round(radius * Math.Cos(angle))));
        }).ToList();

    private static TextParagraph Bold(string text) => new([new TextRun(text, true)], SpaceBeforeEm: 0);
}
