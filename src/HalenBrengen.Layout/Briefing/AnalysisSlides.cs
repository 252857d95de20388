using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// What the analysis found, with names and reasons, each a slide: balance (a native chart, two beyond
/// fifteen partners, its questions beside it), the pairs (a labelled diagram up to eight partners, the matrix up to twelve, the strongest arrows beyond), what nobody brings yet
/// (when more than the summary page lists) and the shared themes. Each is an overview: a list longer than its slide shows what comes
/// first and counts the rest, which stands in the partners' cribs.
/// </summary>
internal static class AnalysisSlides
{
    /// <summary>Partners per chart: beyond this the bars and their names get too thin to read.</summary>
    public const int PartnersPerChart = 15;
    /// <summary>Items in the tables are cut to this; the crib per partner has every word.</summary>
    public const int ShortText = 110;
    /// <summary>Partners in the matrix and the connections diagram at most: beyond, their cells and lines get too small to read.</summary>
    public const int MatrixMaxPartners = 12;
    /// <summary>
    /// The rows an overview table is planned from at most, before it is cut to its slide: far more than a
    /// slide holds, so the cut is the slide's, and a coalition of thousands of items costs no more.
    /// </summary>
    internal const int RowsConsidered = 100;

    /// <param name="openShown">The open wants the summary lists: the table of them follows only for more.</param>
    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels, int openShown) =>
        Balance(c, analysis, t)
            // One overview of the pairs: the matrix where it is readable, the diagram of the strongest lines above its size.
            .Concat(Diagrammed(analysis) ? ConnectionSlide.Plan(c, analysis, t) : Matrix(c, analysis, t))
            .Concat(Open(c, analysis, t, openShown))
            .Concat(Themes(c, analysis, t, labels));

    /// <summary>
    /// The pairs as a picture where one reads better than a table: up to <see cref="ConnectionDiagram.MostLabelled"/> partners
    /// every name stands at its node and every pair is an arrow, a 7 × 7 grid of numbers is looked up cell by cell;
    /// above <see cref="MatrixMaxPartners"/> a grid's cells get too small and the strongest flows are listed by name instead.
    /// </summary>
    internal static bool Diagrammed(CoalitionAnalysis analysis) =>
        analysis.Matrix.Partners.Count is <= ConnectionDiagram.MostLabelled or > MatrixMaxPartners;

    /// <summary>The chart's share of the balance slide's width; its questions stand beside it.</summary>
    private const double ChartShare = 0.6;

    /// <summary>
    /// The balance as a native chart (charts of even size: 16 partners make two of 8, not one of 15 and one of
    /// 1), the questions they raise on a panel beside the first; only when some partner is out of balance.
    /// </summary>
    private static IEnumerable<SlidePlan> Balance(PlanContext c, CoalitionAnalysis analysis, BriefingTexts t)
    {
        // Every partner in balance: the summary says so in one line, and a chart would repeat it.
        if (!analysis.Balances.Any(b => b.Readings.Count > 0))
            yield break;
        var charts = Math.Max(1, (analysis.Balances.Count + PartnersPerChart - 1) / PartnersPerChart);
        var chunks = analysis.Balances.Chunk(Math.Max(1, (analysis.Balances.Count + charts - 1) / charts)).ToList();
        if (chunks.Count == 0)
            chunks.Add([]);
        for (var k = 0; k < chunks.Count; k++)
        {
            var frame = Slides.Frame(c, Slides.Continued(t.BalanceTitle, k, t.Continued));
            var body = frame.Body;
            var chartBox = body with { Width = new Emu((long)(body.Width.Value * ChartShare)) };
            var panelBox = c.Page.BesideLogo(body with { X = chartBox.Right + c.Page.Gap, Width = body.Right - chartBox.Right - c.Page.Gap });
            var chart = new ChartElement(chartBox, t.BalanceTitle, chunks[k].Select(b => b.Partner.Naam).ToList(),
            [
                new ChartSeries(t.Gets, c.Colours.Halen, chunks[k].Select(b => (double)b.Halen).ToList()),
                new ChartSeries(t.Brings, c.Colours.Brengen, chunks[k].Select(b => (double)b.Brengen).ToList()),
            ], c.Scale.BodyMin, c.Colours.Ink, c.Words.Shapes.Balance);
            // The questions once, beside the first chart, for every partner: a second chart continues the picture, not the questions.
            yield return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title, k == 0 ? [chart, Questions(c, analysis.Balances, t, panelBox)] : [chart], t.BalanceNotes);
        }
    }

    /// <summary>The questions a chart's partners raise, under a heading on a light panel: as many as fit, the rest counted (each stands in its crib).</summary>
    private static TextElement Questions(PlanContext c, IReadOnlyList<PartnerBalance> balances, BriefingTexts t, Rect box)
    {
        var heading = new TextParagraph([new TextRun(t.BalanceQuestionsTitle, true, c.Colours.Accent)], SpaceBeforeEm: 0);
        var questions = balances.SelectMany(b => b.Readings.Select(r =>
            new TextParagraph([new TextRun(t.Question(r, b.Partner.Naam))], Bullet: true, SpaceBeforeEm: 0.4))).ToList();
        if (questions.Count == 0)
            questions.Add(new TextParagraph([new TextRun(t.BalanceNoQuestions)], SpaceBeforeEm: 0.4));
        IReadOnlyList<TextParagraph> Listed(int count) => count == questions.Count ? [heading, .. questions]
            : [heading, .. questions.Take(count), More(c, t.BalanceQuestionsMore, questions.Count - count)];
        var listed = Listed(BriefingPlanner.Most(questions.Count, count => c.Text.Fits(Listed(count), box, c.Scale.BodyMin)));
        var size = c.Text.LargestFit(listed, box, c.Scale.BodyMax, c.Scale.BodyMin) ?? c.Scale.BodyMin;
        var height = Slides.Height(c, listed, box.Width, size);
        return new TextElement(height < box.Height ? box with { Height = height } : box, listed, size, c.Colours.Ink, c.Colours.Light, Name: c.Words.Shapes.Questions);
    }

    private static IEnumerable<SlidePlan> Matrix(PlanContext c, CoalitionAnalysis analysis, BriefingTexts t)
    {
        if (analysis.Matrix.Partners.Count < 2 || analysis.Matrix.Partners.Count > MatrixMaxPartners)
            return [];
        // Rows in the order attention pays off, numbered as 'Wie vooraf aandacht?' numbers them: one numbering in the briefing.
        var order = ConnectionSlide.ByAttention(analysis);
        var partners = order.Select(i => analysis.Matrix.Partners[i]).ToList();
        // Columns are numbered, rows carry number and name: long names never squeeze into narrow headers.
        var header = new List<string> { t.MatrixCorner };
        header.AddRange(partners.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture)));
        var rows = partners.Select((p, r) => (IReadOnlyList<string>)[$"{r + 1}. {p.Naam}", .. partners.Select((_, c) =>
            // A pair with nothing to flow stays empty: a grid of zeros hides the few numbers that count.
            r == c ? "–" : analysis.Connections[order[r], order[c]] is > 0 and var n ? n.ToString(CultureInfo.InvariantCulture) : "")]).ToList();
        var most = Math.Max(1, rows.SelectMany(r => r.Skip(1)).Select(Number).Max());
        // A line under the grid says what a number counts: a heat map without it is read as a score.
        return BriefingPlanner.KeyedTableSlides(c, t.MatrixTitle, [4.5, .. partners.Select(_ => 1.0)], header, rows, t.MatrixNotes, c.Words.Shapes.Matrix,
            analysis.ConnectionsAgreed ? t.MatrixKeyAgreed : t.MatrixKey, table => Heat(c, table, most));
    }

    /// <summary>
    /// The matrix as a heat map: each count's cell shaded by its strength, deeper as more can flow, the number
    /// still in it; the deepest shade is the deepest on which the table's text keeps its contrast.
    /// </summary>
    private static TableElement Heat(PlanContext c, TableElement table, int most)
    {
        var (surface, ink) = (table.Style.BodyFill, table.Style.BodyText);
        var deepest = 0.0;
        while (deepest < 0.8 && Style.Contrast.Ratio(ink, Style.Contrast.Mix(surface, c.Colours.Accent, deepest + 0.05)) >= Rules.PageRules.TextContrast)
            deepest += 0.05;
        var fills = new Dictionary<(int Row, int Column), string>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var k = 1; k < table.Rows[r].Count; k++)
            {
                if (Number(table.Rows[r][k]) is > 0 and var value)
                    fills[(r + 1, k)] = Style.Contrast.Mix(surface, c.Colours.Accent, deepest * value / most);
            }
        }
        return table with { CellFills = fills };
    }

    private static int Number(string cell) => int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static IEnumerable<SlidePlan> Open(PlanContext c, CoalitionAnalysis analysis, BriefingTexts t, int openShown)
    {
        // The summary page lists the open wants its block holds; the table follows only for more, and names their kind,
        // their whole words and what might still answer them ("misschien": a possible offer, to check in the session).
        if (analysis.OpenNeeds.Count <= openShown)
            return [];
        // Demands first; within each kind the wants nothing answers, not even a 'misschien', before those something might: the
        // method's question, is someone missing at the table, stands at the top (a reader found them mixed in with the rest), and
        // says so where the 'misschien' would stand (a reader read the empty cells at the top as a gap in the table).
        var open = analysis.OpenNeeds.OrderBy(o => !o.Want.IsEis).ThenBy(o => o.Maybe.Count > 0 || analysis.Proposed.ContainsKey(o.Want)).ToList();
        string Answer(OpenNeed o) => analysis.Proposed.TryGetValue(o.Want, out var activity) ? $"{t.Proposed}: {activity.Partij!.Value}: {Items.Shorten(activity.Text.Value, ShortText)}"
            : analysis.Matches.Suggested(o.Want) is not [var first, ..] suggested ? t.OpenNoOffer
            : $"{CribBlocks.Bringers(suggested, t)}: {Items.Shorten(first.Offer.Text.Value, ShortText)}";
        // Partners that want the very same, of one kind and with one answer, on one row, named together (a reader found one partner's
        // wish in the table and two others' very same wish in the lines after it).
        var grouped = open.GroupBy(o => (Eis: o.Want.IsEis, Want: o.Want.Text.Value, Answer: Answer(o))).ToList();
        var rows = grouped.Take(RowsConsidered).Select(g => (IReadOnlyList<string>)
            [g.Key.Eis ? t.Demand : t.Wish, t.Listed(g.Select(o => o.Wanter.Naam).Distinct().ToList()), g.Key.Want, g.Key.Answer]).ToList();
        IReadOnlyList<SlidePlan> Pages(IReadOnlyList<IReadOnlyList<string>> listed) =>
            BriefingPlanner.TableSlides(c, t.OpenTitle, Shares, t.OpenHeaders, listed, t.OpenNotes, t.Continued, c.Words.Shapes.Open).ToList();
        // Every open demand (they come first) in the table, over the pages they need, one at least: a demand decides whether a
        // partner can take part. The open wishes fill those pages; the wishes left stand after them, a line per partner (two fresh
        // readers found eight pages of open wants at 24 partners repeating the cribs; two later ones a page cut at seven rows and
        // "… en nog 9": the overview is one of the briefing's jobs).
        var all = Pages(rows);
        var demands = rows.Count(r => r[0] == t.Demand);
        var pages = 1 + Enumerable.Range(0, all.Count).LastOrDefault(p => all.Take(p).Sum(Rows) < demands);
        // Where the whole table takes at most a page more than its demands, it stands whole: one table, each open want with what
        // might answer it (two readers found the table and the lines after it near-duplicates, the lines without 'misschien').
        if (grouped.Count <= RowsConsidered && all.Count <= pages + 1)
            return all;
        // The demands' pages filled with as many wishes as they hold: the whole table's pages are balanced, so its first pages alone
        // would leave them half empty.
        var held = BriefingPlanner.Most(rows.Count, n => n <= demands || Pages(rows.Take(n).ToList()).Count <= pages);
        var table = Pages(rows.Take(held).ToList());
        // A line a partner, in the round's order as the cribs are (a reader found them in neither the round's order nor the numbers').
        var round = analysis.Matrix.Partners.ToList();
        // Partners whose lines would say the very same on one line, named together, as the table's rows.
        var wishes = grouped.Skip(table.Sum(Rows)).SelectMany(g => g).GroupBy(o => o.Wanter).OrderBy(g => round.IndexOf(g.Key))
            .Select(g => (Partner: g.Key.Naam, Wishes: string.Join(" · ", g.Select(o => o.Want.Text.Value.Replace('\n', ' ')))))
            .GroupBy(x => x.Wishes, StringComparer.Ordinal).Select(g => new TextParagraph(
        [
            new TextRun(t.Listed(g.Select(x => x.Partner).ToList()) + ": ", true),
            new TextRun(g.Key, false, c.Colours.Ink),
        ], SpaceBeforeEm: 0.35)).ToList();
        return [.. table, .. Slides.List(c, t.OpenWishesTitle, wishes, t.OpenWishesNotes, t.Continued, c.Words.Shapes.OpenWishes)];
        static int Rows(SlidePlan page) => page.Elements.OfType<TableElement>().Sum(e => e.Rows.Count);
    }

    /// <summary>The open wants' columns: kind, partner, the want, what might answer it; the partners' as wide as the words' (partners that want
    /// the very same share a row: a reader found three names wrapped to seven lines beside room to spare), 'Eis' and 'Wens' narrow.</summary>
    private static readonly double[] Shares = [0.8, 3, 3.6, 3.6];

    /// <summary>The shared themes listed at most, the most shared first: the rest is counted under them.</summary>
    public const int MostThemes = 8;

    /// <summary>The partners named on a theme's line at most; more are counted ("en 7 andere"): 24 partners' lines were walls of names (a reader).</summary>
    public const int MostThemeNames = 5;

    /// <summary>
    /// The shared themes, the most shared first, each a line: the theme as the session deck writes it, then every partner
    /// it comes back with, by name (fresh readers: numbered columns with a key at the foot made them look each one up).
    /// What does not fit the page, or more than eight, is counted under them.
    /// </summary>
    private static IEnumerable<SlidePlan> Themes(PlanContext c, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        // The same themes as the session deck's: a word inside a Soort shown is not a theme of its own.
        // Written as the session deck writes them, a capital first: the facilitator recognises the room's words.
        var themes = ThemeWords.Shown(analysis, labels).Select(x => (x.Theme, Label: Capitalised(x.Label))).ToList();
        var order = analysis.Matrix.Partners;
        var paragraphs = themes.Take(MostThemes).Select(theme => new TextParagraph(
        [
            new TextRun(theme.Label + ": ", true),
            new TextRun(Named(order.Where(theme.Theme.Partners.Contains).Select(p => p.Naam.Replace(' ', '\u00A0')).ToList(), t), false, c.Colours.Muted),
        ], Bullet: true, SpaceBeforeEm: 0.4)).ToList();
        if (paragraphs.Count == 0)
            paragraphs.Add(new TextParagraph(t.NoThemes));
        yield return BriefingPlanner.ListSlide(c, t.ThemesTitle, paragraphs, t.ThemesNotes, c.Words.Shapes.Themes, rest => Rest(c, t, themes.Skip(themes.Count - rest).Select(x => x.Label).ToList()),
            beyond: Math.Max(0, themes.Count - MostThemes));
    }

    /// <summary>The themes past those listed with their partners, named on one line (readers: "… en nog 22 onderwerpen" led nowhere).</summary>
    private static TextParagraph Rest(PlanContext c, BriefingTexts t, IReadOnlyList<string> labels) =>
        new([new TextRun(t.ThemesMore.Fill(Count(labels.Count)), true, c.Colours.Muted), new TextRun(string.Join(" · ", labels.Select(Capitalised)), false, c.Colours.Muted)],
            SpaceBeforeEm: 0.4);

    /// <summary>A theme's partners by name, the first <see cref="MostThemeNames"/> where there are more, and how many others.</summary>
    private static string Named(IReadOnlyList<string> names, BriefingTexts t) => names.Count <= MostThemeNames + 1
        ? string.Join(", ", names)
        : string.Join(", ", names.Take(MostThemeNames)) + " " + t.ThemesOthers.Fill(Count(names.Count - MostThemeNames));

    /// <summary>The last line of an overview cut to its slide: how many more, and where they stand.</summary>
    private static TextParagraph More(PlanContext c, string format, int rest) =>
        new([new TextRun(format.Fill(Count(rest)), false, c.Colours.Muted)], SpaceBeforeEm: 0.4);

    private static string Capitalised(string word) =>
        word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
