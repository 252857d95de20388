using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Posters;
using static HalenBrengen.Layout.Rules.DesignRules;

namespace HalenBrengen.Layout.Rules;

internal static partial class PosterRules
{
    /// <summary>
    /// On every poster the text in a filled box (a name bar, a field, a tile's column or band, the centre card)
    /// keeps at least <see cref="PosterSheet.InsetOverSize"/> of its type size, or <see cref="PosterSheet.InsetEnough"/>,
    /// from the box's edges on every side: a slide's few points leave names and labels touching their bars on A0.
    /// Not the combined map's headline and kicker: centred lines in the card's middle, the card's width around them.
    /// </summary>
    public static IEnumerable<Violation> Inset(PresentationPlan plan, Coalition coalition, PosterKind? poster)
    {
        if (poster is null)
            yield break;
        var shapes = plan.Context.Words.Shapes;
        // The map's headline stands centred in the card, far from its sides, a slide's insets above and below.
        var centred = new[] { shapes.Headline };
        foreach (var (slide, n) in Numbered(plan))
            foreach (var box in slide.Elements.OfType<TextElement>().Where(t => t.Fill is not null && !t.Tight && t.Paragraphs.Count > 0
                && !(poster == PosterKind.CombinedMap && centred.Contains(t.Name))))
            {
                var least = PosterSheet.InsetLeast(box.FontSizePt);
                var inset = box.InsetX < box.InsetY ? box.InsetX : box.InsetY;
                if (inset < least)
                    yield return new(Rule.PosterInset, n, $"'{box.Name}' at {box.FontSizePt} pt keeps {inset.Mm:0.#} mm from its box's edge, at least {least.Mm:0.#}");
            }
    }
}
