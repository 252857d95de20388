using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Layout.Deck;

/// <summary>Balance (native chart and questions), matches and the matrix, open needs, shared themes.</summary>
internal static class AnalysisSlides
{
    /// <summary>Partners per chart slide: beyond this the bars and their names get too thin to read.</summary>
    public const int PartnersPerChart = 15;
    public const int MatchesPerWant = 1;
    /// <summary>The strongest connections shown; a session cannot discuss hundreds.</summary>
    public const int MatchRows = 24;
    public const int PairRows = 20;
    public const int ShortText = 110;
    public const int MatrixMaxPartners = 10;
    public const int ThemesShown = 8;

    public static IEnumerable<SlidePlan> Plan(Coalition coalition, CoalitionAnalysis analysis, DeckTexts t) =>
        Balance(analysis, t).Concat(Matches(coalition, analysis, t)).Concat(Matrix(analysis, t)).Concat(Open(analysis, t)).Concat(Themes(analysis, t));

    private static IEnumerable<SlidePlan> Balance(CoalitionAnalysis analysis, DeckTexts t)
    {
        var body = DeckTheme.BodyBox;
        var chunks = analysis.Balances.Chunk(PartnersPerChart).ToList();
        for (var c = 0; c < chunks.Count; c++)
        {
            var chart = new ChartElement(body, t.BalanceTitle, chunks[c].Select(b => b.Partner.Naam).ToList(),
            [
                new ChartSeries(t.Gets, DeckTheme.Halen, chunks[c].Select(b => (double)b.Halen).ToList()),
                new ChartSeries(t.Brings, DeckTheme.Brengen, chunks[c].Select(b => (double)b.Brengen).ToList()),
            ], "Balans");
            yield return new SlidePlan(SlideLayoutKind.Inhoud, SlideKit.PageTitle(t.BalanceTitle, c, chunks.Count, t), [chart], t.BalanceNotes);
        }
        var questions = analysis.Balances.SelectMany(b => b.Readings.Select(r =>
            new TextParagraph([new TextRun(Core.Analysis.Balance.Question(r, b.Partner.Naam, t.Language))], Bullet: true, SpaceBeforeEm: 0.4))).ToList();
        if (questions.Count == 0)
            questions.Add(new TextParagraph(t.BalanceNoQuestions));
        foreach (var slide in SlideKit.List(t.BalanceQuestionsTitle, body, questions, t.BalanceNotes, t)) yield return slide;
    }

    private static IEnumerable<SlidePlan> Matches(Coalition coalition, CoalitionAnalysis analysis, DeckTexts t)
    {
        var best = coalition.Partners
            .SelectMany((partner, p) => partner.Halen.Select((want, w) => (Order: (p, w), Match: analysis.Matches.For(want, MatchesPerWant).FirstOrDefault())))
            .Where(x => x.Match is not null)
            .ToList();
        if (best.Count == 0)
            return SlideKit.List(t.MatchesTitle, DeckTheme.BodyBox, [new TextParagraph(t.NoMatches)], t.MatchesNotes, t);
        var shown = best.OrderByDescending(x => x.Match!.Score).ThenBy(x => x.Order).Take(MatchRows).OrderBy(x => x.Order).Select(x => x.Match!).ToList();
        var rows = shown.Select(m => (IReadOnlyList<string>)
        [
            (m.Want.IsEis ? t.Demand + " " : "") + SlideKit.Shorten(m.Want.Text.Value, ShortText), m.Wanter.Naam,
            SlideKit.Shorten(m.Offer.Text.Value, ShortText), m.Bringer.Naam, m.Why(t.Language),
        ]).ToList();
        var note = new TextParagraph([new TextRun(string.Format(CultureInfo.InvariantCulture, t.MatchesMore, shown.Count, analysis.Matches.Count), false, DeckTheme.Muted)], SpaceBeforeEm: 0);
        var body = DeckTheme.BodyBox with { Height = DeckTheme.BodyBox.Height - Emu.FromMm(12) };
        var noteBox = new Rect(body.X, body.Bottom + Emu.FromMm(2), body.Width, Emu.FromMm(10));
        var pages = TablePlanner.Plan(body, [2.6, 2.1, 2.6, 2.1, 2.2], [t.WantHeader, t.FromHeader, t.OfferHeader, t.FromHeader, t.WhyHeader], rows, name: "Aansluitingen");
        var noteElement = new TextElement(noteBox, [note], TextLayout.LargestFit([note], noteBox, 14, DeckTheme.BodyMin) ?? DeckTheme.BodyMin, DeckTheme.Muted, Name: "Toelichting");
        return SlideKit.Tables(t.MatchesTitle, pages, t.MatchesNotes, t, noteElement);
    }

    private static IEnumerable<SlidePlan> Matrix(CoalitionAnalysis analysis, DeckTexts t)
    {
        var partners = analysis.Matrix.Partners;
        if (partners.Count < 2)
            return [];
        if (partners.Count <= MatrixMaxPartners)
        {
            // Columns are numbered, rows carry number and name: long names never squeeze into narrow headers.
            var header = new List<string> { "" };
            header.AddRange(partners.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture)));
            var rows = partners.Select((p, r) => (IReadOnlyList<string>)[$"{r + 1}. {p.Naam}", .. partners.Select((_, c) =>
                r == c ? "–" : analysis.Matrix[r, c].ToString(CultureInfo.InvariantCulture))]).ToList();
            var pages = TablePlanner.Plan(DeckTheme.BodyBox, [4.5, .. partners.Select(_ => 1.0)], header, rows, maxPt: 16, name: "Matrix");
            return SlideKit.Tables(t.MatrixTitle, pages, t.MatrixNotes, t);
        }
        var pairs = new List<(string Wanter, string Bringer, int Count)>();
        for (var r = 0; r < partners.Count; r++)
            for (var c = 0; c < partners.Count; c++)
                if (analysis.Matrix[r, c] > 0) pairs.Add((partners[r].Naam, partners[c].Naam, analysis.Matrix[r, c]));
        var ordered = pairs.OrderByDescending(p => p.Count).Take(PairRows).Select(p => (IReadOnlyList<string>)[p.Wanter, p.Bringer, p.Count.ToString(CultureInfo.InvariantCulture)]).ToList();
        var tables = TablePlanner.Plan(DeckTheme.BodyBox, [3, 3, 1], [t.WantHeader, t.OfferHeader, t.CountHeader], ordered, name: "Paren");
        return SlideKit.Tables(t.PairsTitle, tables, t.MatrixNotes, t);
    }

    private static IEnumerable<SlidePlan> Open(CoalitionAnalysis analysis, DeckTexts t)
    {
        if (analysis.OpenNeeds.Count == 0)
            return SlideKit.List(t.OpenTitle, DeckTheme.BodyBox, [new TextParagraph(t.NoOpen)], t.OpenNotes, t);
        var rows = analysis.OpenNeeds.Select(o => (IReadOnlyList<string>)[o.Want.IsEis ? t.Demand : t.Wish, o.Wanter.Naam, o.Want.Text.Value]).ToList();
        var pages = TablePlanner.Plan(DeckTheme.BodyBox, [1, 2, 5], [t.KindHeader, t.FromHeader, t.WhatHeader], rows, name: "Open");
        return SlideKit.Tables(t.OpenTitle, pages, t.OpenNotes, t);
    }

    private static IEnumerable<SlidePlan> Themes(CoalitionAnalysis analysis, DeckTexts t)
    {
        if (analysis.Themes.Count == 0)
            return [];
        var paragraphs = analysis.Themes.Take(ThemesShown)
            .Select(theme => new TextParagraph([new TextRun(theme.Question(t.Language))], Bullet: true, SpaceBeforeEm: 0.5)).ToList();
        return SlideKit.List(t.ThemesTitle, DeckTheme.BodyBox, paragraphs, t.ThemesNotes, t, 20);
    }
}
