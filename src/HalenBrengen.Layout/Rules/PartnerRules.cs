using System.Text.RegularExpressions;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;
using static HalenBrengen.Layout.Rules.DesignRules;

namespace HalenBrengen.Layout.Rules;

/// <summary>
/// A partner's part of the session deck, held to what the method asks of it: every partner speaks under its
/// own name, and every partner gets the same space: the same sizes for the same parts (METHOD.md, "equal
/// time per party").
/// </summary>
internal static partial class PartnerRules
{
    /// <summary>A partner's name is at least this many times any other text on its slides: the name reads first, from the back of the room.</summary>
    public const double NameRatio = 1.5;

    public static IEnumerable<Violation> PartnerTitle(PresentationPlan plan, Coalition coalition)
    {
        if (plan.Context.Kind != PlanKind.Session)
            yield break;
        foreach (var partner in coalition.Partners)
        {
            var slides = SlidesOf(plan, partner).ToList();
            if (slides.Count == 0)
                yield return new(Rule.PartnerTitle, 0, $"'{partner.Naam}' has no slide titled with its name");
            foreach (var (slide, n) in slides)
            {
                var name = slide.Title!.FontSizePt;
                foreach (var element in slide.Elements.OfType<TextElement>().Where(e => e.Paragraphs.Count > 0))
                {
                    var size = element.Paragraphs.Max(p => p.SizeIn(element.FontSizePt));
                    if (name < NameRatio * size)
                        yield return new(Rule.PartnerTitle, n, $"{Name(element)} at {size} pt under the name at {name} pt (at least {NameRatio} × as large)");
                }
            }
        }
    }

    public static IEnumerable<Violation> EqualPartners(PresentationPlan plan, Coalition coalition)
    {
        if (plan.Context.Kind != PlanKind.Session)
            yield break;
        var parts = coalition.Partners.SelectMany(p => SlidesOf(plan, p)).ToList();
        var titles = parts.Select(x => x.Slide.Title!.FontSizePt).Distinct().ToList();
        if (titles.Count > 1)
            yield return new(Rule.EqualPartners, parts.First(x => x.Slide.Title!.FontSizePt != titles[0]).Number, $"partners' names at {string.Join(", ", titles)} pt");
        // Part for part (an element's name without its page number): one size for its text, one for its smaller details.
        var elements = parts.SelectMany(x => x.Slide.Elements.OfType<TextElement>().Where(e => e.Paragraphs.Count > 0).Select(e => (x.Number, Element: e)));
        foreach (var part in elements.GroupBy(x => PageNumber().Replace(x.Element.Name ?? "", "")))
        {
            var sizes = part.Select(x => x.Element.FontSizePt).Distinct().ToList();
            var details = part.SelectMany(x => x.Element.Paragraphs).Select(p => p.SizePt).OfType<double>().Distinct().ToList();
            if (sizes.Count > 1 || details.Count > 1)
                yield return new(Rule.EqualPartners, part.First().Number, $"'{part.Key}' at {string.Join(", ", sizes.Concat(details).Distinct())} pt across the partners");
            // A panel (a filled part) the same size for every partner: boxes that jump from one partner's slide to the next give one less room.
            // (A slide's panels of one name, as a band and the column under it, compared slide for slide.)
            static string Mm(Rect box) => $"{box.Width.Mm:0.#} × {box.Height.Mm:0.#} mm";
            var panels = part.Where(x => x.Element.Fill is not null).GroupBy(x => x.Number)
                .Select(slide => (Number: slide.Key, Sizes: string.Join(" and ", slide.Select(x => Mm(x.Element.Box)).Order(StringComparer.Ordinal)))).ToList();
            if (panels.Select(x => x.Sizes).Distinct().Count() > 1)
                yield return new(Rule.EqualPartners, panels.First(x => x.Sizes != panels[0].Sizes).Number,
                    $"'{part.Key}' panels of {string.Join("; ", panels.Select(x => x.Sizes).Distinct())} across the partners");
        }
    }

    /// <summary>
    /// Every partner with a card has a slide about what drives it before its halen and brengen, the shortest turn (16 and 24
    /// partners) too: three readers found the room asked where its interests overlap without ever having seen one.
    /// </summary>
    public static IEnumerable<Violation> TurnSlides(PresentationPlan plan, Coalition coalition)
    {
        if (plan.Context.Kind != PlanKind.Session)
            yield break;
        var about = plan.Context.Words.Shapes.Interest;
        foreach (var partner in coalition.Partners.Where(p => p.Kaart is not null))
        {
            var slides = SlidesOf(plan, partner).ToList();
            if (slides.Count > 0 && !slides.Any(x => x.Slide.Elements.OfType<TextElement>().Any(e => e.Name == about)))
                yield return new(Rule.TurnSlides, slides[0].Number, $"{partner.Naam} has no slide about what drives it");
        }
    }

    /// <summary>A partner's own slides: those titled with its name, and "… (vervolg)" after it.</summary>
    internal static IEnumerable<(SlidePlan Slide, int Number)> SlidesOf(PresentationPlan plan, Partner partner)
    {
        var continued = Slides.Continued(partner.Naam, 1, plan.Context.Words.Session.Continued);
        return Numbered(plan).Where(x => x.Slide.Title is not null && (x.Slide.TitleText == partner.Naam || x.Slide.TitleText == continued));
    }

    [GeneratedRegex(@" \d+$")]
    private static partial Regex PageNumber();
}
