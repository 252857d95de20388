using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Layout.Rules;
using HalenBrengen.Layout.Style;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Layout.Tests;

/// <summary>
/// The rules of the session deck's connections diagram and map (issue 19, items 5 and 6) catch what they are
/// for: a small hand-made slide breaks one on purpose and the rule names it; the same slide made well breaks none.
/// </summary>
public sealed class SessionMapRuleTests
{
    private static readonly Coalition Two = Generated.Coalition(2, 1);
    private static readonly PlanContext Session = Contexts.Session;
    private static readonly Palette Colours = Look.House.Palette;
    private static ShapeNames Shapes => Session.Words.Shapes;

    private static TextElement Text(string text, Rect box, string name, double size = 24) =>
        new(box, [new TextParagraph(text)], size, Colours.Ink, Name: name);

    private static TextElement Node(string name, double xMm, double yMm) => new(Rect.Mm(xMm - 4, yMm - 4, 8, 8), [], 20, Colours.OnFill, Colours.Accent,
        Name: Shapes.Node.Fill(name), Geometry: Geometry.Ellipse, Tight: true);

    private static PresentationPlan Deck(params SlideElement[] elements) => Session.Presentation("Proef",
        [new SlidePlan(SlideLayoutKind.Inhoud, Text("Waar liggen verbindingen?", Session.Page.TitleBox, "Titel", 40) with { Heading = true }, elements, "")]);

    private static IReadOnlyList<Rule> Broken(PresentationPlan plan, Rule rule, Coalition? coalition = null) =>
        DesignRules.Check(plan, coalition ?? Two, [rule]).Select(v => v.Rule).Distinct().ToList();

    /// <summary>Nine nodes on a row, with a line from the first to each of the first <paramref name="lines"/> others, and from the second on.</summary>
    private static SlideElement[] Diagram(int lines)
    {
        var nodes = Enumerable.Range(0, 9).Select(i => Node("P" + i, 40 + i * 30, 120)).ToList();
        var pairs = Enumerable.Range(0, 9).SelectMany(a => Enumerable.Range(a + 1, 8 - a).Select(b => (a, b))).Take(lines);
        return [.. pairs.Select(p => new LineElement(nodes[p.a].Box.Centre, nodes[p.b].Box.Centre, Emu.FromPt(2), Colours.Rule, $"P{p.a} – P{p.b}")), .. nodes];
    }

    [Fact]
    public void More_than_twelve_lines_between_more_than_eight_partners_are_too_many()
    {
        Assert.Empty(Broken(Deck(Diagram(12)), Rule.FewLines));
        Assert.Equal([Rule.FewLines], Broken(Deck(Diagram(13)), Rule.FewLines));
    }

    [Fact]
    public void The_briefings_diagram_keeps_the_same_three_rules()
    {
        var briefing = Contexts.Briefing.Presentation("Proef", Deck(Diagram(13)).Slides);
        Assert.Equal([Rule.FewLines], Broken(briefing, Rule.FewLines));
        Assert.Empty(Broken(Contexts.Briefing.Presentation("Proef", Deck(Diagram(12)).Slides), Rule.FewLines));
    }

    [Fact]
    public void A_connections_diagram_in_the_session_deck_shows_the_room_what_it_is_to_find()
    {
        Assert.Equal([Rule.NoConnectionsInSession], Broken(Deck(Diagram(3)), Rule.NoConnectionsInSession));
        // The same slide in the briefing is the facilitator's, and fine.
        Assert.Empty(Broken(Contexts.Briefing.Presentation("Proef", Deck(Diagram(3)).Slides), Rule.NoConnectionsInSession));
        var planned = Coalitions.Of("16");
        Assert.Empty(DesignRules.Check(planned.Session, planned.Coalition, [Rule.NoConnectionsInSession]));
        // The briefing draws its diagram up to eight partners (above twelve it is a table of names).
        Assert.Single(Coalitions.Of("voorbeeld").Briefing.Slides, s => s.Elements.Any(e => e is TextElement t && t.Name?.StartsWith(Shapes.Node.Fill(""), StringComparison.Ordinal) == true));
    }

    [Fact]
    public void A_line_through_a_name_or_two_names_on_one_spot_are_not_clear()
    {
        SlideElement[] Pair(Rect label) => [new LineElement(new Point(Emu.FromMm(40), Emu.FromMm(100)), new Point(Emu.FromMm(200), Emu.FromMm(100)), Emu.FromPt(2), Colours.Rule, "A – B"),
            Node("A", 40, 100), Node("B", 200, 100), Text("A", label, "A")];
        Assert.Empty(Broken(Deck(Pair(Rect.Mm(30, 106, 30, 12))), Rule.LabelsClear));
        Assert.Equal([Rule.LabelsClear], Broken(Deck(Pair(Rect.Mm(100, 94, 30, 12))), Rule.LabelsClear));
        Assert.Equal([Rule.LabelsClear], Broken(Deck([.. Pair(Rect.Mm(30, 106, 30, 12)), Text("B", Rect.Mm(50, 110, 30, 12), "B")]), Rule.LabelsClear));
    }

    [Fact]
    public void Two_nodes_closer_than_a_visible_gap_are_not_clear()
    {
        // 8 mm nodes: 12 mm between centres leaves a 4 mm gap, 10 mm only 2 mm (they read as one blob in print).
        Assert.Empty(Broken(Deck(Node("A", 40, 100), Node("B", 52, 100)), Rule.LabelsClear));
        Assert.Equal([Rule.LabelsClear], Broken(Deck(Node("A", 40, 100), Node("B", 50, 100)), Rule.LabelsClear));
    }

    [Fact]
    public void A_legend_that_wraps_is_not_one_line()
    {
        const string legend = "Een lijn: de een brengt wat de ander wil halen. Hoe dikker, hoe meer.";
        Assert.Empty(Broken(Deck(Node("A", 40, 100), Text("1  A", Rect.Mm(200, 40, 60, 30), Shapes.LegendPart.Fill(1)), Text(legend, Rect.Mm(20, 170, 300, 12), Shapes.Explanation)), Rule.LegendOneLine));
        Assert.Equal([Rule.LegendOneLine], Broken(Deck(Node("A", 40, 100), Text("1  A", Rect.Mm(200, 40, 60, 30), Shapes.LegendPart.Fill(1)), Text(legend, Rect.Mm(20, 150, 120, 30), Shapes.Explanation)), Rule.LegendOneLine));
        // A numbered list cut short: B has a node and no name.
        Assert.Equal([Rule.LegendOneLine], Broken(Deck(Node("A", 40, 100), Node("B", 80, 100), Text("1  A", Rect.Mm(200, 40, 60, 30), Shapes.LegendPart.Fill(1)),
            Text(legend, Rect.Mm(20, 170, 300, 12), Shapes.Explanation)), Rule.LegendOneLine));
    }

    [Fact]
    public void A_map_tile_with_only_a_pointer_or_small_words_carries_no_content()
    {
        var (a, b) = (Two.Partners[0], Two.Partners[1]);
        PresentationPlan Map(string words, double size = 20, params string[] more) => Deck(Text("Ambitie", Rect.Mm(139.3, 80, 60, 40), Shapes.Ambition),
            Text(a.Naam, Rect.Mm(59.3, 60, 60, 12), a.Naam),
            new TextElement(Rect.Mm(59.3, 72, 60, 40), [new TextParagraph([new TextRun(words), .. more.Select(m => new TextRun(m))])], size, Colours.Ink, Name: Shapes.TileContent.Fill(a.Naam)),
            Text(b.Naam, Rect.Mm(219.3, 60, 60, 12), b.Naam), Text("Halen", Rect.Mm(219.3, 72, 60, 40), Shapes.TileHalen.Fill(b.Naam), size));
        var first = Kit.Items.DemandsFirst(a.Halen).First().Text.Value;
        var brengen = a.Brengen[0].Text.Value;
        Assert.Empty(Broken(Map(first, 20, brengen), Rule.MapContent));
        // The first halen shortened though it is short enough to stand whole on a tile (the example's first such
        // partner): a fragment, not content. Generated items of 400 characters may be shortened.
        var example = WorkbookReader.Read([Repository.PathOf("templates", "voorbeeld")]).Coalition;
        var zorg = example.Partners.First(p => Kit.Items.DemandsFirst(p.Halen).First().Text.Value.Length <= Rules.SessionMapRules.WholeUpTo);
        (a, b) = (zorg, example.Partners.First(p => p != zorg));
        var whole = Kit.Items.DemandsFirst(a.Halen).First().Text.Value;
        Assert.Empty(Broken(Map(whole, 20, a.Brengen[0].Text.Value), Rule.MapContent, example));
        Assert.Equal([Rule.MapContent], Broken(Map(whole[..whole.LastIndexOf(' ')] + "…", 20, a.Brengen[0].Text.Value), Rule.MapContent, example));
        (a, b) = (Two.Partners[0], Two.Partners[1]);
        Assert.Equal([Rule.MapContent], Broken(Map("→ dia 7"), Rule.MapContent));
        Assert.Equal([Rule.MapContent], Broken(Map(first, 18, brengen), Rule.MapContent));
        Assert.Equal([Rule.MapContent], Broken(Deck(Text("Ambitie", Rect.Mm(139.3, 80, 60, 40), Shapes.Ambition),
            Text(a.Naam, Rect.Mm(59.3, 60, 60, 12), a.Naam), Text(b.Naam, Rect.Mm(219.3, 60, 60, 12), b.Naam)), Rule.MapContent));
    }

    [Fact]
    public void Above_eight_partners_each_partners_own_strongest_line_comes_before_a_second_line_for_another()
    {
        // Six partners match each other strongly (15 pairs of 9), every other pair weakly: the twelve strongest
        // alone would all lie between those six and leave eighteen partners without a line. Pairs of two partners
        // without a line come first: three strong pairs, then nine weak ones, one line for each of the 24.
        var pairs = new Dictionary<(int A, int B), int>();
        for (var a = 0; a < 24; a++)
            for (var b = a + 1; b < 24; b++)
                pairs[(a, b)] = a < 6 && b < 6 ? 9 : 1;
        var shown = Layout.Briefing.ConnectionSlide.Strongest(pairs, 24);
        Assert.Equal(Layout.Briefing.ConnectionSlide.MostLines, shown.Count);
        Assert.Equal(24, shown.Keys.SelectMany(k => new[] { k.A, k.B }).Distinct().Count());
    }

    [Fact]
    public void At_sixteen_partners_every_partner_with_a_connection_has_a_line()
    {
        var coalition = Coalitions.Of("16").Coalition;
        var matrix = CoalitionAnalysis.Of(coalition).Matrix;
        var pairs = Layout.Kit.ConnectionDiagram.Pairs(coalition.Partners.Count, (a, b) => matrix[a, b]);
        var shown = Layout.Briefing.ConnectionSlide.Strongest(pairs, coalition.Partners.Count);
        Assert.Equal(Layout.Briefing.ConnectionSlide.MostLines, shown.Count);
        var connected = pairs.Keys.SelectMany(k => new[] { k.A, k.B }).Distinct().Order();
        Assert.Equal(connected, shown.Keys.SelectMany(k => new[] { k.A, k.B }).Distinct().Order());
    }

    [Fact]
    public void A_map_tile_with_a_second_item_a_side_takes_more_room_than_another()
    {
        var example = WorkbookReader.Read([Repository.PathOf("templates", "voorbeeld")]).Coalition;
        var a = example.Partners.First(p => p.Halen.Count > 1 && p.Brengen.Count > 1);
        var b = example.Partners.First(p => p != a);
        var halen = Kit.Items.DemandsFirst(a.Halen).Select(i => i.Text.Value).ToList();
        PresentationPlan Map(params string[] runs) => Deck(Text("Ambitie", Rect.Mm(139.3, 80, 60, 40), Shapes.Ambition),
            Text(a.Naam, Rect.Mm(59.3, 60, 60, 12), a.Naam),
            new TextElement(Rect.Mm(59.3, 72, 60, 40), [new TextParagraph([.. runs.Select(m => new TextRun(m))])], 20, Colours.Ink, Name: Shapes.TileContent.Fill(a.Naam)),
            Text(b.Naam, Rect.Mm(219.3, 60, 60, 12), b.Naam), Text("Halen", Rect.Mm(219.3, 72, 60, 40), Shapes.TileHalen.Fill(b.Naam)));
        Assert.Empty(Broken(Map(halen[0], a.Brengen[0].Text.Value), Rule.MapContent, example));
        Assert.Equal([Rule.MapContent], Broken(Map(halen[0], halen[1], a.Brengen[0].Text.Value), Rule.MapContent, example));
        Assert.Equal([Rule.MapContent], Broken(Map(halen[0], a.Brengen[0].Text.Value, a.Brengen[1].Text.Value), Rule.MapContent, example));
    }

    [Fact]
    public void The_parts_of_a_map_share_their_sizes_and_each_has_a_title_where_every_slide_has_it()
    {
        var (a, b) = (Two.Partners[0], Two.Partners[1]);
        SlidePlan Part(double ambition, bool title) => new(SlideLayoutKind.Inhoud,
            Text("De kaart · deel 1 van 2", title ? Session.Page.TitleBox : Rect.Mm(20, 180, 300, 10), Shapes.Title, 36) with { Heading = true },
            [Text("Kop", Rect.Mm(139.3, 40, 60, 40), Shapes.Headline, 32) with { Heading = true }, Text("Ambitie", Rect.Mm(139.3, 80, 60, 40), Shapes.Ambition, ambition),
             Text(a.Naam, Rect.Mm(59.3, 60, 60, 12), a.Naam, 20), Text(a.Halen[0].Text.Value, Rect.Mm(59.3, 72, 60, 40), Shapes.TileContent.Fill(a.Naam), 20),
             Text(b.Naam, Rect.Mm(219.3, 60, 60, 12), b.Naam, 20), Text(b.Halen[0].Text.Value, Rect.Mm(219.3, 72, 60, 40), Shapes.TileContent.Fill(b.Naam), 20)], "");
        Assert.Empty(Broken(Session.Presentation("Proef", [Part(24, true), Part(24, true)]), Rule.MapPartsAlike));
        // The second part's ambition smaller than the first's (round 4: 28 pt, then 20 pt), or its title not where titles are: broken.
        Assert.Equal([Rule.MapPartsAlike], Broken(Session.Presentation("Proef", [Part(24, true), Part(20, true)]), Rule.MapPartsAlike));
        Assert.Equal([Rule.MapPartsAlike], Broken(Session.Presentation("Proef", [Part(24, true), Part(24, false)]), Rule.MapPartsAlike));
    }

    /// <summary>A tile's words keep clear of its edges: at a slide's insets they touched the tile's foot once drawn (a fresh reader).</summary>
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    public void A_map_tiles_words_keep_three_millimetres_from_its_edges(string which)
    {
        var planned = Tests.Coalitions.Of(which);
        var c = planned.Session.Context;
        var names = planned.Coalition.Partners.Select(p => c.Words.Shapes.TileContent.Fill(p.Naam)).ToHashSet();
        var tiles = planned.Session.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name is { } n && names.Contains(n) && e.Paragraphs.Count > 0).ToList();
        Assert.NotEmpty(tiles);
        var clear = Emu.FromMm(3);
        Assert.All(tiles, e =>
        {
            Assert.True(e.InsetX >= clear && e.InsetY >= clear, $"{e.Name}: insets {e.InsetX.Value / 36000.0} × {e.InsetY.Value / 36000.0} mm");
            Assert.True(c.Text.Fits(e), $"{e.Name}: its words do not fit inside its padding");
        });
    }
}
