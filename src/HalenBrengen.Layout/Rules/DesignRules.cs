using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Posters;

namespace HalenBrengen.Layout.Rules;

/// <summary>What a designer checks by eye, as a rule a plan can be held to.</summary>
public enum Rule
{
    /// <summary>Every text fits its box at its size, measured in the plan's own look; every table row is as tall as its words.</summary>
    Fits,
    /// <summary>Nothing off the page; on a poster, nothing in the 10 mm the printer needs free; on a session slide, nothing in the margins a projector may crop.</summary>
    OnPage,
    /// <summary>No element lies over another (lines excepted: a connection is drawn between its nodes).</summary>
    NoOverlap,
    /// <summary>Every text at least the size its kind of file and its role allow: a room reads from the back, a poster from two metres.</summary>
    Sizes,
    /// <summary>A slide's title is larger than anything else on it; a poster's headline is its largest text and a partner's name at least its words' size.</summary>
    TitleLargest,
    /// <summary>Text has 4.5:1 on what it is written on (WCAG AA), lines 3:1 on the page.</summary>
    Contrast,
    /// <summary>Every partner's tile on a map is as large as every other's, and as far from the centre.</summary>
    EqualTiles,
    /// <summary>Every word the partners wrote that the file is for stands in it.</summary>
    NothingLost,
    /// <summary>Every item is read whole: in one paragraph, on one page.</summary>
    ItemWhole,
    /// <summary>A map's tiles mirror each other left and right of its centre.</summary>
    Symmetry,
    /// <summary>The front page reads as a newspaper (masthead, edition line, rules, the headline the deck's largest text); the title slide has no stray bar.</summary>
    FrontPage,
    /// <summary>The themes slide offers three or more subjects the partners wrote, or asks the group an open question that names no one.</summary>
    Themes,
    /// <summary>A poster map's centre (headline and ambition) takes at most a fifth of the sheet.</summary>
    SmallCentre,
    /// <summary>The tiles of a poster map's sheet share one type size, their names another.</summary>
    OneSize,
    /// <summary>Every partner of the combined map whole on one sheet, its tile never empty, its items whole.</summary>
    PartnerWhole,
    /// <summary>The work sheet's halen and brengen fields hold two by two sticky notes (160 mm each way), all equal.</summary>
    Fields,
    /// <summary>On a poster a partner's name is at least 1.5 times the size of its words (on the work sheet its fields' labels), on its own poster 1.8 times.</summary>
    NameLarger,
    /// <summary>The work sheet's centre is paper on a sheet of its own, the middle of the wall (no partner on it): a headline field 110 mm high or more, an ambition and an agreements field that hold three rows of two sticky notes; every field's label 60 pt or more.</summary>
    WorkSheetCentre,
    /// <summary>A poster's name bar that wraps leaves no line that is only a number or shorter than four characters.</summary>
    NameLines,
    /// <summary>A poster map's partners stand in the coalition's order, sheet after sheet, each sheet read left to right, top to bottom.</summary>
    ReadingOrder,
    /// <summary>A partner's own poster: its wishes in a column left of its offers, its header line 48 pt or more.</summary>
    PartnerColumns,
    /// <summary>The combined map takes several sheets only when its partners' words do not fit one at the minimum size.</summary>
    FewestSheets,
    /// <summary>On a poster the text in a filled box (name bar, field, tile, centre) keeps half its size, or 8 mm, from the box's edges.</summary>
    PosterInset,
    /// <summary>Every partner has its own slides in the session deck, titled with its name, the name at least 1.5 × every other text on them.</summary>
    PartnerTitle,
    /// <summary>Equal time, equal space: every partner's slides in the session deck at the same sizes, part for part.</summary>
    EqualPartners,
    /// <summary>Every character the look's fonts lack (an emoji, a symbol) is written in a fallback font that has it.</summary>
    FallbackFont,
    /// <summary>A briefing is as short as its content: at most three slides a partner and ten, no table row twice.</summary>
    ShortBriefing,
    /// <summary>Every item a partner wrote stands whole in one paragraph of the briefing (its crib).</summary>
    BriefingItemsWhole,
    /// <summary>A briefing cuts an offer under a want or an intervention in the overview with "…" only where two lines do not hold it whole.</summary>
    BriefingWrapsBeforeCut,
    /// <summary>A connections diagram (the briefing's) of more than eight partners draws at most twelve lines.</summary>
    FewLines,
    /// <summary>On a connections diagram no line runs through a name or legend, and no name lies over another.</summary>
    LabelsClear,
    /// <summary>A connections diagram's legend is one line, and every partner on it is named.</summary>
    LegendOneLine,
    /// <summary>Every tile of the session deck's map shows the partner's own words at the body size, or a field to write in.</summary>
    MapContent,
    /// <summary>The session deck has no connections diagram: the group finds its overlaps itself; the diagram is the briefing's.</summary>
    NoConnectionsInSession,
    /// <summary>The briefing's summary is one slide right after the guide, its four blocks at the body size or more, each of a few lines.</summary>
    BriefingSummary,
    /// <summary>Every column of a crib's items opens with its side's heading, continued or not.</summary>
    BriefingCribHeaded,
    /// <summary>A crib's continued page carries a fair share: at least <see cref="BriefingCribRules.ContinuedLines"/> lines, never one lone item or a profile's tail.</summary>
    BriefingCribContinued,
    /// <summary>A crib is one grid: every "(continued)" heading after its section's start, "Wil halen" at one place beside the profile on every crib.</summary>
    BriefingCribOrder,
    /// <summary>Each thing once in a briefing: the balance questions in one box, a balance chart only when a partner is out of balance, interventions only in the cribs.</summary>
    BriefingOnce,
    /// <summary>The briefing's summary shows each demand whole, or counts it with the rest: never cut with "…".</summary>
    BriefingDemandsWhole,
    /// <summary>A session deck's round in blocks: no more than eight partners' parts in a row without a divider.</summary>
    RoundBlocks,
    /// <summary>A session deck's map has no empty copies to fill in live: the group writes on the A0 werkvel.</summary>
    LiveMap,
    /// <summary>Every part of a session deck's map at the same sizes (krantenkop, ambition, tiles, name bars), under a title where every slide has it.</summary>
    MapPartsAlike,
    /// <summary>Every partner's turn has a slide about what drives the partner before its halen and brengen, the shortest turn too.</summary>
    TurnSlides,
}

/// <summary>A rule a plan breaks: which, on which page (1 for the first), and what a person would see.</summary>
public sealed record Violation(Rule Rule, int Page, string What)
{
    public override string ToString() => $"{Rule}, page {Page}: {What}";
}

/// <summary>
/// The design rules as functions over a plan (CONVENTIONS, second round, move 3): whether the text fits,
/// stays on the page and clear of other elements, is large enough for its kind of file and readable on its
/// colour; whether every partner's tile is equal, nothing the partners wrote is lost, and every item is
/// read whole. A plan is checked against the coalition it was made from, in the context it records, so a
/// test of a plan sees what the room will see, in milliseconds, without writing a file.
/// </summary>
public static class DesignRules
{
    /// <summary>
    /// The rules every plan the generator makes holds: all of them, since design round 2 (issue 19) mended the
    /// last pending ones. The tests and the Debug build hold every plan to them.
    /// </summary>
    public static readonly IReadOnlyList<Rule> Enforced = Enum.GetValues<Rule>();

    /// <summary>Every rule of <paramref name="rules"/> (all of them when null) the deck or briefing <paramref name="plan"/> breaks.</summary>
    public static IReadOnlyList<Violation> Check(PresentationPlan plan, Coalition coalition, IEnumerable<Rule>? rules = null) =>
        Check(plan, coalition, partner: null, rules);

    /// <summary>The same for a poster: a partner's own poster is checked against that partner's words.</summary>
    public static IReadOnlyList<Violation> Check(PosterPlan poster, Coalition coalition, IEnumerable<Rule>? rules = null) =>
        Check(poster.Sheets, coalition, poster.Partner, rules, poster.Kind);

    private static IReadOnlyList<Violation> Check(PresentationPlan plan, Coalition coalition, Partner? partner, IEnumerable<Rule>? rules,
        PosterKind? poster = null)
    {
        var wanted = (rules ?? Enum.GetValues<Rule>()).ToHashSet();
        var found = new List<Violation>();
        void Run(Rule rule, Func<IEnumerable<Violation>> check)
        {
            if (wanted.Contains(rule))
                found.AddRange(check());
        }
        Run(Rule.Fits, () => PageRules.Fits(plan));
        Run(Rule.OnPage, () => PageRules.OnPage(plan));
        Run(Rule.NoOverlap, () => PageRules.NoOverlap(plan));
        Run(Rule.Contrast, () => PageRules.Contrast(plan));
        Run(Rule.Sizes, () => SizeRules.Sizes(plan, coalition, poster));
        Run(Rule.TitleLargest, () => SizeRules.TitleLargest(plan, coalition, poster));
        Run(Rule.EqualTiles, () => MapRules.EqualTiles(plan, coalition));
        Run(Rule.Symmetry, () => MapRules.Symmetry(plan, coalition));
        Run(Rule.NothingLost, () => ContentRules.NothingLost(plan, coalition, partner, poster));
        Run(Rule.ItemWhole, () => ContentRules.ItemWhole(plan, coalition, partner, poster));
        Run(Rule.FrontPage, () => FrontPageRules.FrontPage(plan));
        Run(Rule.Themes, () => FrontPageRules.Themes(plan, coalition));
        foreach (var (rule, check) in PosterRules.All) Run(rule, () => check(plan, coalition, poster));
        Run(Rule.FewestSheets, () => MapSheetRules.FewestSheets(plan, coalition, poster));
        Run(Rule.PartnerTitle, () => PartnerRules.PartnerTitle(plan, coalition));
        Run(Rule.EqualPartners, () => PartnerRules.EqualPartners(plan, coalition));
        Run(Rule.FallbackFont, () => GlyphRules.FallbackFont(plan));
        Run(Rule.ShortBriefing, () => BriefingRules.Short(plan, coalition));
        Run(Rule.BriefingItemsWhole, () => BriefingRules.ItemsWhole(plan, coalition));
        Run(Rule.BriefingWrapsBeforeCut, () => BriefingRules.WrapsBeforeCut(plan, coalition));
        Run(Rule.FewLines, () => SessionMapRules.FewLines(plan));
        Run(Rule.LabelsClear, () => SessionMapRules.LabelsClear(plan));
        Run(Rule.LegendOneLine, () => SessionMapRules.LegendOneLine(plan));
        Run(Rule.MapContent, () => SessionMapRules.MapContent(plan, coalition));
        Run(Rule.NoConnectionsInSession, () => SessionMapRules.NoConnectionsInSession(plan));
        Run(Rule.BriefingSummary, () => BriefingRules.Summary(plan));
        Run(Rule.BriefingCribHeaded, () => BriefingCribRules.Headed(plan));
        Run(Rule.BriefingCribContinued, () => BriefingCribRules.Continued(plan));
        Run(Rule.BriefingCribOrder, () => BriefingCribRules.Order(plan));
        Run(Rule.BriefingOnce, () => BriefingCribRules.Once(plan));
        Run(Rule.BriefingDemandsWhole, () => BriefingCribRules.DemandsWhole(plan));
        Run(Rule.RoundBlocks, () => SessionRoundRules.RoundBlocks(plan, coalition));
        Run(Rule.LiveMap, () => SessionRoundRules.LiveMap(plan));
        Run(Rule.TurnSlides, () => PartnerRules.TurnSlides(plan, coalition));
        Run(Rule.MapPartsAlike, () => SessionMapRules.PartsAlike(plan, coalition));
        return found;
    }

    /// <summary>Every slide with its number, from 1.</summary>
    internal static IEnumerable<(SlidePlan Slide, int Number)> Numbered(PresentationPlan plan) => plan.Slides.Select((s, i) => (s, i + 1));

    /// <summary>How a person would name an element.</summary>
    internal static string Name(SlideElement element) => element switch
    {
        TextElement t => $"'{t.Name ?? Short(string.Join(" ", t.Paragraphs.Select(p => p.Text)))}'",
        TableElement t => $"table '{t.Name}'",
        ChartElement c => $"chart '{c.Name}'",
        LineElement l => $"line '{l.Name}'",
        PictureElement p => $"picture '{p.Name}'",
        _ => element.GetType().Name,
    };

    internal static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
