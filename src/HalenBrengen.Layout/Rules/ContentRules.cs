using System.Text.RegularExpressions;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Posters;
using static HalenBrengen.Layout.Rules.DesignRules;

namespace HalenBrengen.Layout.Rules;

/// <summary>
/// Nothing the partners wrote is lost, and an item is read whole. Which words a file must hold depends on
/// what it is for: the session deck everything the room may see (an item's explanation and size may stand
/// in the speaker notes instead, when the slide could only show them smaller than the room reads), the
/// briefing every partner's wants and offers and the krachtenveld, a partner's poster everything on its
/// card, a map every partner's name.
/// </summary>
internal static partial class ContentRules
{
    public static IEnumerable<Violation> NothingLost(PresentationPlan plan, Coalition coalition, Partner? partner, PosterKind? poster)
    {
        var words = Words(string.Join(" ", plan.Slides.SelectMany(Texts)));
        // What drives a partner may stand in the notes of the session deck (every partner's ambition, unnamed, in the ambition slide's);
        // the krachtenveld's proposed activities in the briefing's, where the cribs need every page.
        var about = (plan.Context.Kind switch
        {
            PlanKind.Session => coalition.Partners.Select(p => p.Kaart).OfType<Belangenkaart>().SelectMany(k => new[] { k.EigenBelang, k.GezamenlijkBelang, k.Ambitie, k.Krantenkop }),
            PlanKind.Briefing => coalition.Activiteiten.SelectMany(a => new[] { a.Text, a.Wanneer }),
            _ => [],
        }).OfType<Sourced<string>>().Select(x => x.Value).ToHashSet();
        var withNotes = about.Count == 0 ? words : Words(string.Join(" ", plan.Slides.SelectMany(Texts).Concat(plan.Slides.Select(s => s.Notes))));
        foreach (var text in Expected(plan.Context.Kind, coalition, partner, poster))
        {
            if (!IsSubsequence(Words(text), about.Contains(text) ? withNotes : words))
                yield return new(Rule.NothingLost, 0, $"'{Short(text)}' is not in the file");
        }
        if (plan.Context.Kind != PlanKind.Session)
            yield break;
        var notes = Words(string.Join(" ", plan.Slides.SelectMany(Texts).Concat(plan.Slides.Select(s => s.Notes))));
        foreach (var detail in coalition.Partners.SelectMany(p => p.Halen.Concat(p.Brengen)).SelectMany(i => new[] { i.Toelichting, i.Omvang }).OfType<Sourced<string>>())
        {
            if (!IsSubsequence(Words(detail.Value), notes))
                yield return new(Rule.NothingLost, 0, $"'{Short(detail.Value)}' is neither on a slide nor in the notes");
        }
    }

    /// <summary>
    /// Every item stands whole in one paragraph; an item taller than a whole page may instead stand in pieces
    /// in order, each after the first starting with the continued mark ("(vervolg)"). An item cut though it
    /// would have stood whole in the box of its first piece, at its size, is not read whole: the page should
    /// have been emptier instead.
    /// </summary>
    public static IEnumerable<Violation> ItemWhole(PresentationPlan plan, Coalition coalition, Partner? partner, PosterKind? poster)
    {
        // The report shows the items the group agreed on, not every item: what it shows is held by NothingLost.
        if (plan.Context.Kind is PlanKind.Briefing or PlanKind.Report || poster is PosterKind.CombinedMap or PosterKind.WorkSheet)
            yield break;
        var mark = plan.Context.Words.Session.ContinuedItem;
        var paragraphs = plan.Slides.SelectMany(s => s.Drawn.OfType<TextElement>())
            .SelectMany(t => t.Paragraphs.Select(p => (Text: Flat(p.Text), Paragraph: p, Element: t))).ToList();
        var texts = paragraphs.Select(p => p.Text).ToList();
        foreach (var item in (partner is null ? coalition.Partners : [partner]).SelectMany(p => p.Halen.Concat(p.Brengen)))
        {
            var text = Flat(item.Text.Value);
            if (texts.Any(p => p.Contains(text, StringComparison.Ordinal)))
                continue;
            if (InPieces(texts, text, mark) is not { } first)
                yield return new(Rule.ItemWhole, 0, $"'{Short(text)}' is not whole in any paragraph");
            else if (plan.Context.Text.Fits(paragraphs[first].Element with
                     { Paragraphs = [paragraphs[first].Paragraph with { Runs = [new TextRun(item.Text.Value)] }] }))
                yield return new(Rule.ItemWhole, 0, $"'{Short(text)}' is cut though it fits one page whole");
        }
    }

    /// <summary>
    /// Where a text starts that stands in marked pieces, or null: a paragraph ends with its start, and the
    /// paragraphs after it that start with the mark carry the rest in order (other paragraphs, such as the
    /// other column's, may come between).
    /// </summary>
    private static int? InPieces(IReadOnlyList<string> paragraphs, string text, string mark)
    {
        var head = text[..Math.Min(text.Length, 24)];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var at = paragraphs[i].IndexOf(head, StringComparison.Ordinal);
            if (at < 0 || !text.StartsWith(paragraphs[i][at..], StringComparison.Ordinal))
                continue;
            var rest = text[(paragraphs[i].Length - at)..].TrimStart();
            for (var j = i + 1; j < paragraphs.Count && rest.Length > 0; j++)
            {
                if (!paragraphs[j].StartsWith(mark + " ", StringComparison.Ordinal))
                    continue;
                var piece = paragraphs[j][(mark.Length + 1)..];
                if (rest.StartsWith(piece, StringComparison.Ordinal))
                    rest = rest[piece.Length..].TrimStart();
                else if (piece.StartsWith(rest, StringComparison.Ordinal))
                    rest = "";
            }
            if (rest.Length == 0)
                return i;
        }
        return null;
    }

    /// <summary>The words a file is for.</summary>
    private static IEnumerable<string> Expected(PlanKind kind, Coalition coalition, Partner? partner, PosterKind? poster) => kind switch
    {
        PlanKind.Session => RoomTexts(coalition),
        PlanKind.Briefing => BriefingTexts(coalition),
        // The report: every partner, and every agreement in the group's words.
        PlanKind.Report => coalition.Partners.Select(p => p.Naam).Concat(coalition.Agreements
            .SelectMany(a => new[] { a.Want, a.Offer, a.What, a.When }).OfType<Sourced<string>>().Select(s => s.Value)),
        // Its proposed headline is the deck's to show, unnamed among the others.
        _ when poster == PosterKind.Partner && partner is not null => CardTexts(partner, details: true).Where(text => text != partner.Kaart?.Krantenkop?.Value),
        _ when poster == PosterKind.CombinedMap => MapTexts(coalition),
        _ => coalition.Partners.Select(p => p.Naam),
    };

    /// <summary>What the partners wrote on their belangenkaarten, and the coalition's own words: everything the room may see.</summary>
    private static IEnumerable<string> RoomTexts(Coalition c)
    {
        var s = c.Samenwerking;
        IEnumerable<Sourced<string>?> all = [s.Naam, s.Opgave, s.GedeeldeAmbitie, s.Krantenkop, s.Begeleider];
        return all.OfType<Sourced<string>>().Select(v => v.Value).Concat(c.Partners.SelectMany(p => CardTexts(p, details: false)));
    }

    /// <summary>
    /// The combined map: every name and the shared ambition (or, while there is none, every partner's proposed
    /// headline); the workbooks' headline is the group's to choose, not the wall's. Items on its tiles may be
    /// shortened: they stand whole on the partners' own posters.
    /// </summary>
    private static IEnumerable<string> MapTexts(Coalition c)
    {
        var s = c.Samenwerking;
        IEnumerable<Sourced<string>?> centre = s.GedeeldeAmbitie is not null ? [s.GedeeldeAmbitie] : [.. c.Partners.Select(p => p.Kaart?.Krantenkop)];
        return c.Partners.Select(p => p.Naam).Concat(centre.OfType<Sourced<string>>().Select(v => v.Value));
    }

    /// <summary>A partner's name and everything on its belangenkaart (with or without its items' explanations and sizes).</summary>
    private static IEnumerable<string> CardTexts(Partner p, bool details)
    {
        IEnumerable<Sourced<string>?> all = [p.Kaart?.EigenBelang, p.Kaart?.GezamenlijkBelang, p.Kaart?.Ambitie, p.Kaart?.Krantenkop,
            .. p.Halen.Concat(p.Brengen).SelectMany(i => details ? new[] { i.Text, i.Toelichting, i.Omvang } : [i.Text])];
        return all.OfType<Sourced<string>>().Select(v => v.Value).Prepend(p.Naam);
    }

    /// <summary>Every want and offer (as far as a crib lists them), the krachtenveld and the interventions.</summary>
    private static IEnumerable<string> BriefingTexts(Coalition c)
    {
        IEnumerable<Sourced<string>?> all =
        [
            .. c.Partners.SelectMany(p => p.Halen.Take(CribBlocks.ItemsListed).Concat(p.Brengen.Take(CribBlocks.ItemsListed)).Select(i => i.Text)),
            .. c.Partners.Select(p => p.Krachtenveld).OfType<KrachtenveldRij>().SelectMany(r => new[] { r.NodigVoor, r.BelangenEnDrijfveren, r.Randvoorwaarden }),
            .. c.Interventies.Select(i => i.Text),
            .. c.Activiteiten.SelectMany(a => new[] { a.Text, a.Wanneer }),
        ];
        return all.OfType<Sourced<string>>().Select(v => v.Value).Concat(c.Partners.Select(p => p.Naam));
    }

    private static IEnumerable<string> Texts(SlidePlan slide) => slide.Drawn.SelectMany(e => e switch
    {
        TextElement t => t.Paragraphs.Select(p => p.Text),
        TableElement t => t.Header.Concat(t.Rows.SelectMany(r => r)),
        ChartElement ch => ch.Categories,
        _ => [],
    });

    private static string Flat(string text) => Space().Replace(text, " ").Trim();

    private static List<string> Words(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    /// <summary>Whether the words of a text stand in the file in their order (other words may come between, as a line break or a continuation does).</summary>
    private static bool IsSubsequence(List<string> needle, List<string> haystack)
    {
        var at = 0;
        foreach (var word in needle)
        {
            while (at < haystack.Count && haystack[at] != word)
                at++;
            if (at == haystack.Count)
                return false;
            at++;
        }
        return true;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
