using HalenBrengen.Core.Model;
using static HalenBrengen.Layout.Rules.DesignRules;

namespace HalenBrengen.Layout.Rules;

/// <summary>
/// The session deck's front page reads as a newspaper, its title slide is clean, and its themes are
/// subjects the partners wrote (issue 19, items 4 and 7). A front page is a slide with the masthead on it.
/// </summary>
internal static class FrontPageRules
{
    /// <summary>
    /// The deck has a front page; every front page has its masthead, the edition line with the date between a
    /// heavy rule and a hairline; the krantenkop on it is the largest text of the deck (larger than every text on
    /// any other slide and than the masthead); the title slide has no empty filled shape (a band or bar).
    /// </summary>
    public static IEnumerable<Violation> FrontPage(PresentationPlan plan)
    {
        if (plan.Context.Kind != PlanKind.Session)
            yield break;
        var shapes = plan.Context.Words.Shapes;
        bool IsFront(SlidePlan s) => s.Elements.Any(e => e is TextElement t && t.Name == shapes.FrontPage);
        var fronts = Numbered(plan).Where(x => IsFront(x.Slide)).ToList();
        if (fronts.Count == 0)
            yield return new(Rule.FrontPage, 0, "the deck has no front page (no masthead)");
        var edition = plan.Context.Words.Session.Edition;
        foreach (var (slide, n) in fronts)
        {
            if (!slide.Elements.Any(e => e is TextElement t && t.Name == shapes.Date && Text(t).Contains(edition, StringComparison.Ordinal)))
                yield return new(Rule.FrontPage, n, $"no edition line ('{edition}') under the masthead");
            foreach (var rule in new[] { shapes.RuleAbove, shapes.RuleBelow }.Where(r => !slide.Elements.Any(e => e is LineElement l && l.Name == r)))
                yield return new(Rule.FrontPage, n, $"no line '{rule}' around the edition line");
        }
        var headlines = fronts.SelectMany(x => x.Slide.Drawn.OfType<TextElement>().Where(t => t.Heading && t.Paragraphs.Count > 0).Select(t => (t, x.Number))).ToList();
        if (headlines.Count == 0)
            yield break;
        var headline = headlines.MinBy(h => h.t.FontSizePt);
        foreach (var (slide, n) in Numbered(plan))
            foreach (var text in slide.Drawn.OfType<TextElement>().Where(t => t.Paragraphs.Count > 0 && !(IsFront(slide) && t.Heading)))
                if (text.FontSizePt >= headline.t.FontSizePt)
                    yield return new(Rule.FrontPage, n, $"{Name(text)} at {text.FontSizePt} pt, as large as the headline at {headline.t.FontSizePt} pt on slide {headline.Number}");
        if (plan.Slides.FirstOrDefault() is { } title)
            foreach (var bar in title.Elements.OfType<TextElement>().Where(t => t.Paragraphs.Count == 0 && t.Fill is not null))
                yield return new(Rule.FrontPage, 1, $"{Name(bar)}: an empty filled shape on the title slide");
    }

    /// <summary>
    /// The "what keeps coming up" slide offers at least three subjects, each a phrase a partner wrote or a Soort
    /// from the list, and never a single word from a list of fillers; with fewer it asks an open question, with
    /// no words offered and no partner named. It stands right after the overlap question (the group has had its own
    /// go at finding what it shares) and before the balance question.
    /// </summary>
    public static IEnumerable<Violation> Themes(PresentationPlan plan, Coalition coalition)
    {
        if (plan.Context.Kind != PlanKind.Session)
            yield break;
        var words = plan.Context.Words;
        var prefix = words.Shapes.Theme.Fill("");
        var written = coalition.Partners.SelectMany(Written).Select(Fold).ToList();
        var kinds = words.Values.Soorten.Values.Select(Fold).ToHashSet();
        foreach (var (slide, n) in Numbered(plan).Where(x => x.Slide.TitleText == words.Session.ThemesTitle || x.Slide.TitleText == words.Session.ThemesOpenTitle))
        {
            // The overlap's part: its label over a question ("Waar belangen elkaar raken · 3/3"), or its title over a list.
            var label = words.Session.QuestionsKicker[..words.Session.QuestionsKicker.IndexOf("{0}", StringComparison.Ordinal)];
            if (n < 2 || PartOf(plan.Slides[n - 2], words.Shapes) is var part && !part.StartsWith(words.Session.QuestionsTitle, StringComparison.Ordinal)
                && !part.StartsWith(label, StringComparison.Ordinal))
                yield return new(Rule.Themes, n, $"the themes stand after '{(n < 2 ? "" : PartOf(plan.Slides[n - 2], words.Shapes))}', not right after '{words.Session.QuestionsTitle}'");
            var chips = slide.Elements.OfType<TextElement>().Where(t => t.Name?.StartsWith(prefix, StringComparison.Ordinal) == true).ToList();
            if (chips.Count is > 0 and < MinimumThemes)
                yield return new(Rule.Themes, n, $"{chips.Count} themes offered, at least {MinimumThemes} or an open question");
            foreach (var chip in chips.Select(c => Fold(Text(c))).Where(c => !kinds.Contains(c) && !written.Any(w => w.Contains(c, StringComparison.Ordinal))))
                yield return new(Rule.Themes, n, $"the theme '{chip}' is not a phrase any partner wrote");
            var subjects = chips.Select(Text).Select(chip => (Chip: chip, Subject: Core.Analysis.Themes.Subject(chip))).ToList();
            foreach (var (chip, _) in subjects.Where(s => s.Subject.Length == 0 && !kinds.Contains(Fold(s.Chip))))
                yield return new(Rule.Themes, n, $"the theme '{chip}' names no subject of the concept list");
            foreach (var same in subjects.Where(s => s.Subject.Length > 0).GroupBy(s => s.Subject, StringComparer.Ordinal).Where(g => g.Count() > 1))
                yield return new(Rule.Themes, n, $"one subject offered as {same.Count()} themes: {string.Join(", ", same.Select(s => $"'{s.Chip}'"))}");
            if (chips.Count == 0 && !slide.Elements.Any(e => e is TextElement t && t.Name == words.Shapes.Question))
                yield return new(Rule.Themes, n, "no themes and no open question");
            var all = Fold(string.Join(" ", slide.Drawn.OfType<TextElement>().Select(Text)));
            foreach (var partner in coalition.Partners.Where(p => chips.Count == 0 && all.Contains(Fold(p.Naam), StringComparison.Ordinal)))
                yield return new(Rule.Themes, n, $"the open question names {partner.Naam}");
        }
    }

    /// <summary>Fewer shared subjects than this and the slide asks instead (QuestionSlides holds the same number).</summary>
    private const int MinimumThemes = Deck.QuestionSlides.MinimumThemes;

    private static IEnumerable<string> Written(Partner p)
    {
        IEnumerable<Sourced<string>?> all = [p.Kaart?.EigenBelang, p.Kaart?.GezamenlijkBelang, p.Kaart?.Ambitie, p.Kaart?.Krantenkop,
            .. p.Halen.Concat(p.Brengen).SelectMany(i => new[] { i.Text, i.Toelichting })];
        return all.OfType<Sourced<string>>().Select(v => v.Value);
    }

    /// <summary>The part a slide belongs to: the name above a question that is its title, else the title.</summary>
    public static string PartOf(SlidePlan slide, ShapeNames shapes) =>
        slide.Elements.OfType<TextElement>().FirstOrDefault(e => e.Name == shapes.Kicker) is { } kicker ? Text(kicker) : slide.TitleText ?? "";

    private static string Text(TextElement t) => string.Join(" ", t.Paragraphs.Select(p => p.Text));

    private static string Fold(string text) => string.Join(" ", text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
