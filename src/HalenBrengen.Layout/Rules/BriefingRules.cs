using System.Text.RegularExpressions;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Rules;

/// <summary>
/// The facilitator's briefing is read whole the evening before, so it is as short as its content: each thing
/// once (a partner's crib is where its matches live, no table row stands twice), continuation slides only
/// where a table truly overflows, and every item a partner wrote read whole in one paragraph of its crib.
/// Other plans are not briefings and keep these rules trivially.
/// </summary>
internal static partial class BriefingRules
{
    public static IEnumerable<Violation> Short(PresentationPlan plan, Coalition coalition)
    {
        if (plan.Context.Kind != PlanKind.Briefing)
            yield break;
        var shapes = plan.Context.Words.Shapes;
        // What changed since an earlier round comes on top of the budget: it is as long as the changes are.
        var counted = plan.Slides.Select((s, i) => (Slide: s, Number: i + 1))
            .Where(s => s.Number == 1 || !s.Slide.Elements.Any(e => Named(e) == shapes.Changes || Named(e) == shapes.Coalition)).ToList();
        var most = BriefingPlanner.MostSlides(coalition.Partners.Count);
        if (counted.Count > most)
            yield return new(Rule.ShortBriefing, counted[most].Number,
                $"{counted.Count} slides for {coalition.Partners.Count} partners, at most {most} (three a partner and ten)");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (slide, number) in DesignRules.Numbered(plan))
        {
            foreach (var table in slide.Elements.OfType<TableElement>())
            {
                // A row that leaves its first cell empty goes on with the group named above it (the connections' bringer): the same
                // words under two groups are two rows.
                var group = "";
                foreach (var row in table.Rows.Where(r => r.Any(cell => cell.Length > 0)))
                {
                    group = row[0].Length > 0 ? row[0] : group;
                    if (!seen.Add(string.Join("\u001f", row.Skip(1).Prepend(group))))
                        yield return new(Rule.ShortBriefing, number, $"the row '{DesignRules.Short(string.Join(" | ", row))}' of {DesignRules.Name(table)} stands twice");
                }
            }
        }
    }

    /// <summary>Every want and offer a partner wrote whole in one paragraph of the briefing (at most <see cref="CribBlocks.ItemsListed"/> a side are listed).</summary>
    public static IEnumerable<Violation> ItemsWhole(PresentationPlan plan, Coalition coalition)
    {
        if (plan.Context.Kind != PlanKind.Briefing)
            yield break;
        var paragraphs = plan.Slides.SelectMany(s => s.Drawn.OfType<TextElement>()).SelectMany(t => t.Paragraphs).Select(p => Flat(p.Text)).ToList();
        foreach (var item in coalition.Partners.SelectMany(p => Items.DemandsFirst(p.Halen).Take(CribBlocks.ItemsListed).Concat(p.Brengen.Take(CribBlocks.ItemsListed))))
        {
            var text = Flat(item.Text.Value);
            if (!paragraphs.Any(p => p.Contains(text, StringComparison.Ordinal)))
                yield return new(Rule.BriefingItemsWhole, 0, $"'{DesignRules.Short(text)}' is not whole in any paragraph of the briefing");
        }
    }

    /// <summary>
    /// An offer under a want in a crib ("sterk: partner: offer…", or "misschien: partner: offer…") and a chosen intervention in the overview are cut
    /// only where <see cref="BriefingPlanner.MostLines"/> lines of their box do not hold them whole.
    /// </summary>
    public static IEnumerable<Violation> WrapsBeforeCut(PresentationPlan plan, Coalition coalition)
    {
        if (plan.Context.Kind != PlanKind.Briefing)
            yield break;
        var c = plan.Context;
        bool Fits(string text, Emu width, double size, bool bullet) =>
            c.Text.LineCount(new TextParagraph([new TextRun(text)], Bullet: bullet), TextLayout.Inner(width, TextLayout.InsetX), size) <= BriefingPlanner.MostLines;
        var interventions = coalition.Interventies.Select(i => Joined(i.Text.Value)).ToList();
        // An offer under a want follows "sterk:", or "misschien:" for a guess.
        string[] leads = [c.Words.Briefing.Strong + ": ", c.Words.Briefing.CribMaybe + ": "];
        foreach (var (slide, number) in DesignRules.Numbered(plan))
        {
            foreach (var crib in slide.Elements.OfType<TextElement>().Where(e => e.Name == c.Words.Shapes.Crib))
            {
                foreach (var (line, lead) in crib.Paragraphs.SelectMany(p => p.Text.Split('\n')).Where(l => l.EndsWith('…'))
                    .SelectMany(l => leads.Where(lead => l.StartsWith(lead, StringComparison.Ordinal)).Select(lead => (l, lead))))
                {
                    var by = c.Words.Briefing.CribOfferBy;
                    var whole = coalition.Partners.Where(p => line.StartsWith(lead + p.Naam + by, StringComparison.Ordinal))
                        .SelectMany(p => p.Brengen.Select(o => lead + p.Naam + by + Joined(o.Text.Value)))
                        .FirstOrDefault(w => w.StartsWith(line[..^1], StringComparison.Ordinal));
                    if (whole is not null && Fits(whole, crib.Box.Width, crib.FontSizePt, bullet: true))
                        yield return new(Rule.BriefingWrapsBeforeCut, number, $"'{DesignRules.Short(line)}' is cut where two lines hold it whole");
                }
            }
            foreach (var list in slide.Elements.OfType<TextElement>().Where(e => e.Name == c.Words.Shapes.Priorities))
            {
                foreach (var line in list.Paragraphs.Select(p => p.Text).Where(l => l.EndsWith('…')))
                {
                    var whole = coalition.Partners.Where(p => line.StartsWith(p.Naam + ": ", StringComparison.Ordinal))
                        .SelectMany(p => interventions.Select(i => p.Naam + ": " + i)).FirstOrDefault(w => w.StartsWith(line[..^1], StringComparison.Ordinal));
                    if (whole is not null && Fits(whole, list.Box.Width, list.FontSizePt, bullet: true))
                        yield return new(Rule.BriefingWrapsBeforeCut, number, $"'{DesignRules.Short(line)}' is cut where two lines hold it whole");
                }
            }
            foreach (var table in slide.Elements.OfType<TableElement>().Where(e => e.Name == c.Words.Shapes.Priorities))
            {
                foreach (var (cell, k) in table.Rows.SelectMany(r => r.Select((cell, k) => (cell, k))).Where(x => x.cell.EndsWith('…')))
                {
                    var whole = interventions.FirstOrDefault(w => w.StartsWith(cell[..^1], StringComparison.Ordinal));
                    if (whole is not null && Fits(whole, table.ColumnWidths[k], table.FontSizePt, bullet: false))
                        yield return new(Rule.BriefingWrapsBeforeCut, number, $"'{DesignRules.Short(cell)}' is cut where two lines hold it whole");
                }
            }
        }
    }

    /// <summary>
    /// The analysis on one page: a briefing has exactly one summary slide, right after the guide, of four blocks
    /// (demands, open wants, balance, where to start), all at one size, the body size or more, and each of at most a
    /// heading, <see cref="SummarySlide.MostLines"/> lines, one that counts the rest and one that says where they
    /// come from. A digest longer than that is a second wall of tables; blocks at different sizes read as
    /// different weights.
    /// </summary>
    public static IEnumerable<Violation> Summary(PresentationPlan plan)
    {
        if (plan.Context.Kind != PlanKind.Briefing)
            yield break;
        var shapes = plan.Context.Words.Shapes;
        var slides = DesignRules.Numbered(plan).Where(s => s.Slide.Elements.Any(e => Named(e) == shapes.Summary)).ToList();
        if (slides.Count != 1)
        {
            yield return new(Rule.BriefingSummary, slides.Count == 0 ? 0 : slides[1].Number, $"{slides.Count} summary slides, one wanted");
            yield break;
        }
        var (slide, number) = slides[0];
        var guide = DesignRules.Numbered(plan).FirstOrDefault(s => s.Slide.Elements.Any(e => Named(e) == shapes.Guide)).Number;
        if (number != guide + 1)
            yield return new(Rule.BriefingSummary, number, $"the summary is slide {number}, the guide {guide}: it comes right after the guide");
        var blocks = slide.Elements.OfType<TextElement>().Where(e => e.Name == shapes.Summary).ToList();
        if (blocks.Count != 4)
            yield return new(Rule.BriefingSummary, number, $"{blocks.Count} blocks on the summary, four wanted");
        if (blocks.Select(b => b.FontSizePt).Distinct().Count() > 1)
            yield return new(Rule.BriefingSummary, number, $"the summary's blocks at {string.Join(", ", blocks.Select(b => b.FontSizePt).Distinct())} pt: one size for all four");
        foreach (var block in blocks)
        {
            if (block.FontSizePt < plan.Context.Scale.BodyMin)
                yield return new(Rule.BriefingSummary, number, $"{DesignRules.Name(block)} at {block.FontSizePt} pt, at least {plan.Context.Scale.BodyMin}");
            if (block.Paragraphs.Count > 3 + SummarySlide.MostLines)
                yield return new(Rule.BriefingSummary, number, $"'{DesignRules.Short(block.Paragraphs[0].Text)}' has {block.Paragraphs.Count - 1} lines, at most {SummarySlide.MostLines}, one that counts the rest and one for their source");
        }
    }

    /// <summary>A text as a cut one is made from: its typed line breaks as spaces.</summary>
    private static string Joined(string text) => text.Replace('\n', ' ');

    private static string? Named(SlideElement element) => element switch
    {
        TextElement t => t.Name,
        TableElement t => t.Name,
        _ => null,
    };

    private static string Flat(string text) => Space().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
