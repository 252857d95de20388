using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// The briefing's one slide of connections: partners on a circle, a line per pair that could mean something
/// to each other, heavier for more. It is the facilitator's, never the room's: the group finds its overlaps
/// itself, and a projected diagram of who fits whom would do it for them. Above
/// <see cref="ConnectionDiagram.MostLabelled"/> partners only the strongest <see cref="MostLines"/> pairs are
/// drawn, and the legend under it says so: at 16 partners every pair is a hairball nobody can follow. Above
/// <see cref="AnalysisSlides.MatrixMaxPartners"/> the strongest are a table of names instead of a numbered wheel.
/// </summary>
internal static class ConnectionSlide
{
    /// <summary>The most lines an eye can follow on one circle of more than eight partners.</summary>
    public const int MostLines = 12;

    public static IEnumerable<SlidePlan> Plan(PlanContext c, CoalitionAnalysis analysis, BriefingTexts t)
    {
        // The partners around the circle in the order attention pays off, so a node's number (above eight partners) is the
        // number 'Wie vooraf aandacht?' gives it: one numbering in the briefing (two readers: (1) there and 1 here were two partners).
        var order = ByAttention(analysis);
        var names = order.Select(i => analysis.Connections.Partners[i].Naam).ToList();
        var pairs = ConnectionDiagram.Pairs(names.Count, (a, b) => analysis.Connections[order[a], order[b]]);
        if (names.Count < 2 || pairs.Count == 0)
            yield break;
        var shown = Strongest(pairs, names.Count);
        // Above the matrix's size the strongest pairs as a table of names: a wheel of 24 numbered nodes with its index beside it
        // left the circle small and sent the eye to and fro (two readers of the twelfth session).
        if (names.Count > AnalysisSlides.MatrixMaxPartners)
        {
            foreach (var slide in Listed(c, analysis, order, names, t))
                yield return slide;
            yield break;
        }
        var legend = shown.Count < pairs.Count ? t.ConnectionsStrongest.Fill(shown.Count, pairs.Count)
            : analysis.ConnectionsAgreed ? t.ConnectionsLegendAgreed : t.ConnectionsLegend;
        var frame = Slides.Frame(c, t.ConnectionsTitle);
        // The legend is one line: a second line of it is read as a stray caption, and leaves orphans.
        var legendHeight = Slides.Lines(c, 1, c.Scale.Caption);
        var area = frame.Body with { Height = frame.Body.Height - legendHeight - Emu.FromMm(2) };
        var line = new Rect(frame.Body.X, frame.Body.Bottom - legendHeight, frame.Body.Width, legendHeight);
        // Each shown pair as arrows from who brings to who wants it: a line alone does not say which way it flows.
        var arrows = new Dictionary<(int From, int To), int>();
        foreach (var (a, b) in shown.Keys)
        {
            if (analysis.Connections[order[a], order[b]] is > 0 and var toA)
                arrows[(b, a)] = toA;
            if (analysis.Connections[order[b], order[a]] is > 0 and var toB)
                arrows[(a, b)] = toB;
        }
        var diagram = ConnectionDiagram.Plan(c, area, names, shown, c.Scale.BodyMin + 4, c.Scale.BodyMin, indexTop: c.Page.TitleBox.Y, arrows: arrows);
        yield return new SlidePlan(SlideLayoutKind.Inhoud, Title(c, frame.Title, diagram),
            [.. diagram, Slides.Line(c, line, [new TextRun(legend)], c.Scale.Caption, c.Scale.Caption, c.Colours.Muted, c.Words.Shapes.Explanation, anchor: Anchor.Bottom)],
            t.ConnectionsNotes);
    }

    /// <summary>
    /// The strongest flows as a table on one page: who can bring, to whom, for how many of its wants; chosen as the diagram's lines
    /// are (as many partners as can be, the strongest first), grouped by who brings, the strongest first, then in the order attention
    /// pays off. A line under it says what it shows, and of how many.
    /// </summary>
    private static IEnumerable<SlidePlan> Listed(PlanContext c, CoalitionAnalysis analysis, IReadOnlyList<int> order, IReadOnlyList<string> names, BriefingTexts t)
    {
        // Connections[wanter, bringer]: a flow (from, to) from who brings to who wants it.
        var flows = Enumerable.Range(0, names.Count).SelectMany(from => Enumerable.Range(0, names.Count).Where(to => to != from)
            .Select(to => (Key: (from, to), Wants: analysis.Connections[order[to], order[from]]))).Where(f => f.Wants > 0).ToDictionary(f => f.Key, f => f.Wants);
        // Grouped by who brings (the strongest bringer first), its name on every row (four readers found the blank cells under it a gap).
        var chosen = Strongest(flows, names.Count);
        var rows = chosen.GroupBy(f => f.Key.A).OrderByDescending(g => g.Max(f => f.Value)).ThenBy(g => g.Key)
            .SelectMany(g => g.OrderByDescending(f => f.Value).ThenBy(f => f.Key.B).Select((f, i) =>
                (IReadOnlyList<string>)[names[f.Key.A], names[f.Key.B], f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)])).ToList();
        // Who has no connection at all, named after the key in the partners' order: the table of the strongest alone does not show them (a reader).
        var none = Unconnected(analysis, flows.Keys.Select(f => (order[f.Item1], order[f.Item2])));
        var key = (analysis.ConnectionsAgreed ? t.ConnectionsTableKeyAgreed : t.ConnectionsTableKey).Fill(rows.Count, flows.Count)
            + (none.Count > 0 ? t.ConnectionsNone.Fill(t.Listed(none)) : "");
        return BriefingPlanner.KeyedTableSlides(c, t.ConnectionsTitle, [4, 4, 1.4], t.ConnectionsHeaders, rows, t.ConnectionsNotes, c.Words.Shapes.Connections, key);
    }

    /// <summary>
    /// The partners with no connection at all, by name in the partners' order: connected where a crib names a sure offer for one of its
    /// wants, or names it for another's (partners offering the very same are all named there, where the table counts the first); with
    /// agreements, where a flow of the table (<paramref name="flows"/>, partners' indices) has it.
    /// </summary>
    private static List<string> Unconnected(CoalitionAnalysis analysis, IEnumerable<(int From, int To)> flows)
    {
        var partners = analysis.Connections.Partners;
        var linked = new HashSet<Partner>();
        if (analysis.ConnectionsAgreed)
            linked.UnionWith(flows.SelectMany(f => new[] { partners[f.From], partners[f.To] }));
        else
            foreach (var partner in partners)
                foreach (var want in partner.Halen)
                    if (CribBlocks.Named(analysis.Matches.Suggested(want)).Select(m => m.Bringer).ToList() is { Count: > 0 } bringers)
                        linked.UnionWith(bringers.Append(partner));
        return partners.Where(p => !linked.Contains(p)).Select(p => p.Naam).ToList();
    }

    /// <summary>
    /// The connections' partners (their indices) in the order attention pays off, the order 'Wie vooraf aandacht?' numbers them
    /// in: wherever the briefing numbers partners, a number is the same partner. The round's order where a partner has no place in it.
    /// </summary>
    internal static IReadOnlyList<int> ByAttention(CoalitionAnalysis analysis)
    {
        var partners = analysis.Connections.Partners.ToList();
        var order = analysis.Priorities.OrderBy(p => p.Rank).Select(p => partners.FindIndex(x => ReferenceEquals(x, p.Partner))).ToList();
        return order.Count == partners.Count && !order.Contains(-1) ? order : [.. Enumerable.Range(0, partners.Count)];
    }

    /// <summary>
    /// The title, narrowed to the circle's side when the index of names rises beside it (24 long names take more
    /// lines than the body has): the title then wraps over the circle rather than the list losing partners.
    /// </summary>
    private static TextElement Title(PlanContext c, TextElement title, IReadOnlyList<SlideElement> diagram)
    {
        if (diagram.OfType<TextElement>().FirstOrDefault(e => e.Name == c.Words.Shapes.Legend && e.Box.Y < title.Box.Bottom) is not { } index)
            return title;
        var box = title.Box with { Width = index.Box.X - Emu.FromMm(6) - title.Box.X };
        if (c.Text.LargestFit(title.Paragraphs, box, c.Scale.TitleMax, c.Scale.TitleMin) is { } size)
            return title with { Box = box, FontSizePt = size };
        var needed = Emu.FromPt(c.Text.Height(title.Paragraphs, TextLayout.Inner(box.Width, TextLayout.InsetX), c.Scale.TitleMin)) + TextLayout.InsetY * 2 + Emu.FromPt(2);
        return title with { Box = box with { Height = needed }, FontSizePt = c.Scale.TitleMin };
    }

    /// <summary>
    /// Every pair up to eight partners; beyond, <see cref="MostLines"/> pairs chosen so as many partners as possible
    /// have a line (a node without one is read as a partner that does not connect): first pairs of two
    /// partners without a line yet, then pairs with one such partner, then the rest, each time the strongest first
    /// and on a tie the pair earlier around the circle (the order attention pays off), so the same workbooks always draw the same lines.
    /// </summary>
    internal static IReadOnlyDictionary<(int A, int B), int> Strongest(IReadOnlyDictionary<(int A, int B), int> pairs, int partners)
    {
        if (partners <= ConnectionDiagram.MostLabelled || pairs.Count <= MostLines)
            return pairs;
        var ordered = pairs.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key.A).ThenBy(p => p.Key.B).ToList();
        var shown = new Dictionary<(int A, int B), int>();
        var touched = new HashSet<int>();
        // "most": how many of a pair's two partners may already have a line in this pass.
        foreach (var most in new[] { 0, 1, 2 })
            foreach (var pair in ordered)
            {
                var lined = (touched.Contains(pair.Key.A) ? 1 : 0) + (touched.Contains(pair.Key.B) ? 1 : 0);
                if (shown.Count < MostLines && lined <= most && shown.TryAdd(pair.Key, pair.Value))
                {
                    touched.Add(pair.Key.A);
                    touched.Add(pair.Key.B);
                }
            }
        return shown;
    }
}
