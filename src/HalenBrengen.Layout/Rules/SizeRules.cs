using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Posters;
using static HalenBrengen.Layout.Rules.DesignRules;

namespace HalenBrengen.Layout.Rules;

/// <summary>
/// Type large enough for where the file is read, and titles larger than what is under them, every paragraph
/// at its own size. The floors are the plan's own type scale: the session deck 32 pt titles and 20 pt for
/// every other text, tables and captions included (a footer or page number 14 pt), the front page's headline
/// and lead larger; the briefing 32 and 14 pt (a partner's crib, read from close by, down to 12 pt where 14 does not hold it on its pages); a poster's headline 72 pt, partners' names 36 pt, items on the
/// combined map 24 pt up to 12 partners (20 pt beyond) and on a partner's own poster 24 pt, everything else 16 pt.
/// </summary>
internal static class SizeRules
{
    public static IEnumerable<Violation> Sizes(PresentationPlan plan, Coalition coalition, PosterKind? poster)
    {
        var scale = plan.Context.Scale;
        var shapes = plan.Context.Words.Shapes;
        foreach (var (slide, n) in Numbered(plan))
        {
            var frontPage = slide.Elements.Any(e => e is TextElement t && t.Name == shapes.FrontPage);
            if (slide.Title is { } title && Smallest(title) < (frontPage ? TypeScale.HeadlineMin : scale.TitleMin))
                yield return new(Rule.Sizes, n, $"the title at {Smallest(title)} pt");
            foreach (var element in slide.Elements)
            {
                var (size, least) = element switch
                {
                    // The briefing's attention grid is a picture read at a glance, as a crib is: as small as a crib before it takes two pages;
                    // so is the round turn by turn, laid beside the clock (24 turns on three pages at 12 pt).
                    TableElement t => (t.FontSizePt, plan.Context.Kind == PlanKind.Briefing && (t.Name == shapes.Priorities || t.Name == shapes.RoundSheet)
                        ? TypeScale.CribMin : scale.TableMin),
                    ChartElement ch => (ch.FontSizePt, scale.BodyMin),
                    TextElement { Paragraphs.Count: > 0 } t => (Smallest(t), Least(plan.Context.Kind, t, coalition, frontPage, poster, shapes)),
                    _ => (double.MaxValue, 0),
                };
                if (size < least)
                    yield return new(Rule.Sizes, n, $"{Name(element)} at {size} pt, at least {least} pt here");
            }
        }
    }

    private static double Least(PlanKind kind, TextElement text, Coalition coalition, bool frontPage, PosterKind? poster, ShapeNames shapes)
    {
        var partners = coalition.Partners;
        bool IsTile(string? name) => name is not null && partners.Any(p => name == p.Naam || name.StartsWith(p.Naam + " ", StringComparison.Ordinal));
        return kind switch
        {
            // The map's krantenkop stands under the slide's title: at least the largest body size.
            PlanKind.Session when text.Heading && text.Name == shapes.Headline => TypeScale.Session.BodyMax,
            PlanKind.Session when text.Heading => frontPage ? TypeScale.HeadlineMin : TypeScale.Session.TitleMin,
            PlanKind.Session when frontPage && text.Name == shapes.Ambition => TypeScale.LeadMin,
            PlanKind.Session when text.Name == shapes.Footer => FooterMin,
            PlanKind.Session => TypeScale.Session.BodyMin,
            PlanKind.Briefing when !text.Heading && (BriefingCribRules.IsCrib(shapes, text.Name) || text.Name == shapes.CribProbe) => TypeScale.CribMin,
            PlanKind.Briefing or PlanKind.Report => text.Heading ? TypeScale.Briefing.TitleMin : TypeScale.Briefing.BodyMin,
            // The work sheet's headline is a field to write on: its question the smallest text in it (WorkSheetCentre checks the label).
            _ when text.Name == shapes.Headline => poster == PosterKind.WorkSheet ? PosterSheet.PromptMin : PosterSheet.HeadlineMin,
            _ when partners.Any(p => p.Naam == text.Name) => PosterSheet.NameMin,
            _ when poster == PosterKind.CombinedMap && IsTile(text.Name) => PosterSheet.ItemMinFor(partners.Count),
            _ when poster == PosterKind.Partner && IsTile(text.Name) => PosterSheet.PartnerItemMin,
            _ => PosterSheet.ItemMin,
        };
    }

    /// <summary>A footer or a page number on a projected slide: read, if at all, from nearby.</summary>
    public const double FooterMin = 14;

    /// <summary>The smallest and largest size an element's paragraphs are set at.</summary>
    private static double Smallest(TextElement text) => text.Paragraphs.Min(p => p.SizeIn(text.FontSizePt));

    private static double Largest(TextElement text) => text.Paragraphs.Max(p => p.SizeIn(text.FontSizePt));

    public static IEnumerable<Violation> TitleLargest(PresentationPlan plan, Coalition coalition, PosterKind? poster = null)
    {
        var shapes = plan.Context.Words.Shapes;
        foreach (var (slide, n) in Numbered(plan))
        {
            var sizes = slide.Elements.Select(e => (Element: e, Size: e switch
            {
                TextElement { Paragraphs.Count: > 0 } t => Largest(t),
                TableElement t => t.FontSizePt,
                ChartElement c => c.FontSizePt,
                _ => 0,
            })).Where(x => x.Size > 0).ToList();
            if (slide.Title is { } title)
            {
                foreach (var (element, size) in sizes.Where(x => x.Size >= title.FontSizePt))
                    yield return new(Rule.TitleLargest, n, $"{Name(element)} at {size} pt beside the title at {title.FontSizePt} pt");
                continue;
            }
            // A poster: its headline is its largest text, a partner's name at least as large as its words.
            // (The work sheet's headline is not written yet: its field carries only a label.)
            if (poster != PosterKind.WorkSheet && sizes.FirstOrDefault(x => x.Element is TextElement t && t.Name == shapes.Headline) is { Element: not null } headline)
                foreach (var (element, size) in sizes.Where(x => x.Size > headline.Size))
                    yield return new(Rule.TitleLargest, n, $"{Name(element)} at {size} pt over the headline at {headline.Size} pt");
            foreach (var partner in coalition.Partners)
            {
                if (sizes.FirstOrDefault(x => x.Element is TextElement t && t.Name == partner.Naam) is not { Element: not null } name)
                    continue;
                foreach (var (element, size) in sizes.Where(x => x.Element is TextElement t && t.Name == shapes.TileContent.Fill(partner.Naam) && x.Size > name.Size))
                    yield return new(Rule.TitleLargest, n, $"{Name(element)} at {size} pt under its name at {name.Size} pt");
            }
        }
    }
}
