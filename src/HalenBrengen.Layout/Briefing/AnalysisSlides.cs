using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// What the analysis found, with names and reasons: balance (a native chart and its questions), the
/// connections and the strongest match per pair, every want's best offers, the matrix, what nobody
/// brings yet, the shared themes, and every partner's ambition and headline.
/// </summary>
internal static class AnalysisSlides
{
    /// <summary>Partners per chart: beyond this the bars and their names get too thin to read.</summary>
    public const int PartnersPerChart = 15;
    /// <summary>The best offers listed for each want; the analysis keeps more, a facilitator needs these.</summary>
    public const int MatchesPerWant = 3;
    /// <summary>Items in the tables are cut to this; the crib per partner has every word.</summary>
    public const int ShortText = 110;
    public const int MatrixMaxPartners = 12;
    /// <summary>
    /// The rows of the offers-per-want table at most: every want of a coalition of 24 partners with 12 wants
    /// each; beyond, the table stops there and says so, and each partner's crib still names the best offer
    /// for every want. A briefing of thousands of pages helps no one.
    /// </summary>
    public const int MatchRowsListed = 900;

    /// <summary>The wants nobody answers yet, listed at most (demands first); every want stands in its partner's crib.</summary>
    public const int OpenRowsListed = 300;

    /// <summary>The pairs listed with their strongest match, most connected first; the diagram shows them all.</summary>
    public const int PairsListed = 40;

    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels) =>
        Balance(c, analysis, t)
            .Concat(Connections(c, analysis, t, labels))
            .Concat(Matches(c, coalition, analysis, t, labels))
            .Concat(Matrix(c, analysis, t))
            .Concat(Open(c, analysis, t, labels))
            .Concat(Themes(c, analysis, t, labels))
            .Concat(Ambitions(c, analysis, t));

    private static IEnumerable<SlidePlan> Balance(PlanContext c, CoalitionAnalysis analysis, BriefingTexts t)
    {
        // Charts of even size: 16 partners make two charts of 8, not one of 15 and one of 1.
        var charts = Math.Max(1, (analysis.Balances.Count + PartnersPerChart - 1) / PartnersPerChart);
        var chunks = analysis.Balances.Chunk(Math.Max(1, (analysis.Balances.Count + charts - 1) / charts)).ToList();
        for (var k = 0; k < chunks.Count; k++)
        {
            var frame = Slides.Frame(c, Slides.Continued(t.BalanceTitle, k, t.Continued));
            var chart = new ChartElement(frame.Body, t.BalanceTitle, chunks[k].Select(b => b.Partner.Naam).ToList(),
            [
                new ChartSeries(t.Gets, c.Colours.Halen, chunks[k].Select(b => (double)b.Halen).ToList()),
                new ChartSeries(t.Brings, c.Colours.Brengen, chunks[k].Select(b => (double)b.Brengen).ToList()),
            ], c.Scale.BodyMin, c.Colours.Ink, c.Words.Shapes.Balance);
            yield return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title, [chart], t.BalanceNotes);
        }
        var questions = analysis.Balances.SelectMany(b => b.Readings.Select(r =>
            new TextParagraph([new TextRun(t.Question(r, b.Partner.Naam))], Bullet: true, SpaceBeforeEm: 0.4))).ToList();
        if (questions.Count == 0)
            questions.Add(new TextParagraph(t.BalanceNoQuestions));
        foreach (var slide in Slides.List(c, t.BalanceQuestionsTitle, questions, t.BalanceNotes, t.Continued, c.Words.Shapes.Questions))
            yield return slide;
    }

    private static IEnumerable<SlidePlan> Connections(PlanContext c, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var partners = analysis.Matrix.Partners;
        var pairs = ConnectionDiagram.Pairs(partners.Count, (a, b) => analysis.Matrix[a, b]);
        if (partners.Count < 2 || pairs.Count == 0)
            yield break;
        yield return ConnectionDiagram.Slide(c, t.ConnectionsTitle, partners.Select(p => p.Naam).ToList(), (a, b) => analysis.Matrix[a, b],
            t.ConnectionsLegend, t.ConnectionsNotes, c.Scale.BodyMax)!;

        // The strongest match of each pair (in one pass over the matches), strongest pairs first.
        var index = new Dictionary<Partner, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < partners.Count; i++)
            index[partners[i]] = i;
        var best = new Dictionary<(int, int), Match>();
        foreach (var m in analysis.Matches)
        {
            var (a, b) = (index[m.Wanter], index[m.Bringer]);
            var key = (Math.Min(a, b), Math.Max(a, b));
            if (!best.TryGetValue(key, out var known) || m.Score > known.Score)
                best[key] = m;
        }
        var rows = pairs.Select(pair => (Count: pair.Value, Match: best[pair.Key]))
            .OrderByDescending(r => r.Count).Take(PairsListed)
            .Select(r => (IReadOnlyList<string>)[$"{r.Match.Wanter.Naam} ← {r.Match.Bringer.Naam}", Items.Shorten(r.Match.Want.Text.Value, ShortText),
                Items.Shorten(r.Match.Offer.Text.Value, ShortText), t.Why(r.Match, labels)]).ToList();
        foreach (var slide in BriefingPlanner.TableSlides(c, t.PairsTitle, [2.2, 2.6, 2.6, 2], t.PairHeaders,
                     rows, t.ConnectionsNotes, t.Continued, c.Words.Shapes.Pairs))
            yield return slide;
    }

    private static IEnumerable<SlidePlan> Matches(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var rows = new List<IReadOnlyList<string>>();
        int wants = 0, listed = 0;
        foreach (var partner in coalition.Partners)
        {
            foreach (var want in Items.DemandsFirst(partner.Halen))
            {
                wants++;
                if (rows.Count + MatchesPerWant > MatchRowsListed)
                    continue;
                listed++;
                var matches = analysis.Matches.For(want, MatchesPerWant);
                for (var i = 0; i < matches.Count; i++)
                {
                    var m = matches[i];
                    rows.Add(i == 0
                        ? [(want.IsEis ? t.Demand.ToUpperInvariant() + " " : "") + Items.Shorten(want.Text.Value, ShortText), partner.Naam,
                           Items.Shorten(m.Offer.Text.Value, ShortText), m.Bringer.Naam, t.Why(m, labels)]
                        : ["", "", Items.Shorten(m.Offer.Text.Value, ShortText), m.Bringer.Naam, t.Why(m, labels)]);
                }
            }
        }
        if (rows.Count == 0)
            return Slides.List(c, t.MatchesTitle, [new TextParagraph(t.NoMatches)], t.MatchesNotes, t.Continued, c.Words.Shapes.Matches);
        var notes = listed < wants ? t.MatchesNotes + " " + string.Format(CultureInfo.InvariantCulture, t.MatchesCut, listed, wants) : t.MatchesNotes;
        return BriefingPlanner.TableSlides(c, t.MatchesTitle, [2.6, 1.6, 2.6, 1.6, 2.2], t.MatchHeaders, rows, notes, t.Continued, c.Words.Shapes.Matches, carry: 2);
    }

    private static IEnumerable<SlidePlan> Matrix(PlanContext c, CoalitionAnalysis analysis, BriefingTexts t)
    {
        var partners = analysis.Matrix.Partners;
        if (partners.Count < 2 || partners.Count > MatrixMaxPartners)
            return [];
        // Columns are numbered, rows carry number and name: long names never squeeze into narrow headers.
        var header = new List<string> { t.MatrixCorner };
        header.AddRange(partners.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture)));
        var rows = partners.Select((p, r) => (IReadOnlyList<string>)[$"{r + 1}. {p.Naam}", .. partners.Select((_, c) =>
            r == c ? "–" : analysis.Matrix[r, c].ToString(CultureInfo.InvariantCulture))]).ToList();
        return BriefingPlanner.TableSlides(c, t.MatrixTitle, [4.5, .. partners.Select(_ => 1.0)], header, rows, t.MatrixNotes, t.Continued, c.Words.Shapes.Matrix);
    }

    private static IEnumerable<SlidePlan> Open(PlanContext c, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        if (analysis.OpenNeeds.Count == 0)
            return Slides.List(c, t.OpenTitle, [new TextParagraph(t.NoOpen)], t.OpenNotes, t.Continued, c.Words.Shapes.Open);
        var rows = analysis.OpenNeeds.Take(OpenRowsListed).Select(o => (IReadOnlyList<string>)
            [o.Want.IsEis ? t.Demand : t.Wish, o.Wanter.Naam, o.Want.Text.Value]).ToList();
        var notes = rows.Count < analysis.OpenNeeds.Count
            ? t.OpenNotes + " " + string.Format(CultureInfo.InvariantCulture, t.OpenCut, rows.Count, analysis.OpenNeeds.Count)
            : t.OpenNotes;
        return BriefingPlanner.TableSlides(c, t.OpenTitle, [1, 2, 5], t.OpenHeaders, rows, notes, t.Continued, c.Words.Shapes.Open);
    }

    private static IEnumerable<SlidePlan> Themes(PlanContext c, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var paragraphs = analysis.Themes.Select(theme => new TextParagraph([new TextRun(t.Theme(theme, labels))], Bullet: true, SpaceBeforeEm: 0.4)).ToList();
        if (paragraphs.Count == 0)
            paragraphs.Add(new TextParagraph(t.NoThemes));
        return Slides.List(c, t.ThemesTitle, paragraphs, t.ThemesNotes, t.Continued, c.Words.Shapes.Themes);
    }

    private static IEnumerable<SlidePlan> Ambitions(PlanContext c, CoalitionAnalysis analysis, BriefingTexts t)
    {
        var material = analysis.Ambition;
        if (material.Partners.Count == 0)
            return [];
        var rows = material.Partners.Select(p => (IReadOnlyList<string>)[p.Partner.Naam, p.Ambitie?.Value ?? "", p.Krantenkop?.Value ?? ""]).ToList();
        return BriefingPlanner.TableSlides(c, t.AmbitionTitle, [1.4, 3, 2.4], t.AmbitionHeaders, rows, t.AmbitionNotes, t.Continued, c.Words.Shapes.Ambitions);
    }
}
