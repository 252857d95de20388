using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// A crib per partner, to read just before its turn: on the left what it wants (with who could answer
/// each want) and what it brings; on the right its interests, its place in the krachtenveld, the
/// chosen intervention and the balance questions. One page where the words allow, all at one size.
/// </summary>
internal static class CribSlides
{
    private const int OfferChars = 90;

    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var cribs = coalition.Partners.Select(p =>
        {
            var frame = Slides.Frame(c, p.Naam);
            var left = new Rect(frame.Body.X, frame.Body.Y, frame.Body.Width * 0.58, frame.Body.Height);
            var right = new Rect(left.Right + c.Page.Gap, frame.Body.Y, frame.Body.Right - left.Right - c.Page.Gap, frame.Body.Height);
            return (Partner: p, Frame: frame, Columns: (IReadOnlyList<(IReadOnlyList<TextParagraph>, Rect)>)
                [(Wants(c, p, analysis, t), left), (About(c, p, analysis, t, labels), right)]);
        }).ToList();
        var size = Columns.SharedSize(c, cribs.SelectMany(c => c.Columns), c.Scale.BodyMax, c.Scale.BodyMin) ?? c.Scale.BodyMin;
        foreach (var crib in cribs)
        {
            var pages = Columns.Paged(c, crib.Columns, size);
            for (var p = 0; p < pages.Count; p++)
            {
                var frame = p == 0 ? crib.Frame : Slides.Frame(c, Slides.Continued(crib.Partner.Naam, p, t.Continued));
                var elements = new List<SlideElement>();
                if (pages[p][0].Count > 0)
                    elements.Add(new TextElement(crib.Columns[0].Item2, pages[p][0], size, c.Colours.Ink, Name: c.Words.Shapes.Crib));
                if (pages[p][1].Count > 0)
                    elements.Add(new TextElement(crib.Columns[1].Item2, pages[p][1], size, c.Colours.Ink, c.Colours.Light, Name: c.Words.Shapes.ForceField));
                yield return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title, elements, t.CribNotes);
            }
        }
    }

    private static IReadOnlyList<TextParagraph> Wants(PlanContext c, Partner partner, CoalitionAnalysis analysis, BriefingTexts t)
    {
        if (partner.Kaart is null)
            return [new TextParagraph([new TextRun(t.NoCard, false, c.Colours.Muted)], SpaceBeforeEm: 0)];
        var result = new List<TextParagraph> { Label(c, t.CribWants, c.Colours.Halen, first: true) };
        foreach (var want in Items.DemandsFirst(partner.Halen).Take(ItemsListed))
        {
            var best = analysis.Matches.For(want, 1).FirstOrDefault();
            var help = best is null ? "↳ " + t.CribHelp + ": " + t.CribNoHelp : $"↳ {best.Bringer.Naam}: {Items.Shorten(best.Offer.Text.Value, OfferChars)}";
            result.Add(Items.Bullet(c, want, want.IsEis ? t.Demand.ToUpperInvariant() : null, null, inline: false, 0.3));
            if (want.Toelichting is { } toelichting)
                result.Add(new TextParagraph([new TextRun(toelichting.Value, false, c.Colours.Muted)], SpaceBeforeEm: 0.05));
            result.Add(new TextParagraph([new TextRun(help, false, c.Colours.Accent)], SpaceBeforeEm: 0.05));
        }
        if (partner.Halen.Count == 0)
            result.Add(Nothing(c, t));
        if (partner.Halen.Count > ItemsListed)
            result.Add(More(c, t, partner.Halen.Count - ItemsListed));
        result.Add(Label(c, t.CribBrings, c.Colours.Brengen, first: false));
        foreach (var offer in partner.Brengen.Take(ItemsListed))
            result.Add(Items.Bullet(c, offer, null, Items.BringDetail(offer), inline: false, 0.3));
        if (partner.Brengen.Count > ItemsListed)
            result.Add(More(c, t, partner.Brengen.Count - ItemsListed));
        if (partner.Brengen.Count == 0)
            result.Add(Nothing(c, t));
        return result;
    }

    private static IReadOnlyList<TextParagraph> About(PlanContext c, Partner partner, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var result = new List<TextParagraph>();
        void Add(string label, string? text)
        {
            if (string.IsNullOrEmpty(text)) return;
            result.Add(Items.Inline(label, text, c.Colours.Accent, result.Count == 0));
        }
        var k = partner.Kaart;
        var row = partner.Krachtenveld;
        Add(t.CribRelation, row is null ? t.NoRow : labels.Of(row.Houding, v => labels.Of(v), t.Unknown) is { Length: > 0 } h ? h : t.Unknown);
        if (row is not null)
            Add(t.CribInfluence, labels.Of(row.Invloed, v => labels.Of(v), t.Unknown) is { Length: > 0 } i ? i : t.Unknown);
        Add(t.CribNeededFor, row?.NodigVoor?.Value);
        Add(t.CribDrivers, row?.BelangenEnDrijfveren?.Value);
        Add(t.CribPreconditions, row?.Randvoorwaarden?.Value);
        var priority = analysis.Priorities.FirstOrDefault(p => ReferenceEquals(p.Partner, partner));
        Add(t.CribIntervention, priority?.Chosen?.Text.Value);
        var balance = analysis.Balances.FirstOrDefault(b => ReferenceEquals(b.Partner, partner));
        if (balance is not null && balance.Readings.Count > 0)
            Add(t.CribBalance, string.Join(" ", balance.Readings.Select(r => t.Question(r, partner.Naam))));
        Add(t.CribOwnInterest, k?.EigenBelang?.Value);
        Add(t.CribSharedInterest, k?.GezamenlijkBelang?.Value);
        return result;
    }

    /// <summary>
    /// Items listed on a crib at most, per side: a crib is read just before a partner's turn. A partner
    /// that wrote more has every word on its own slides of the session deck and its own poster.
    /// </summary>
    public const int ItemsListed = 60;

    private static TextParagraph More(PlanContext c, BriefingTexts t, int count) =>
        new([new TextRun(string.Format(System.Globalization.CultureInfo.InvariantCulture, t.CribMore, count), false, c.Colours.Muted)], SpaceBeforeEm: 0.3);

    private static TextParagraph Label(PlanContext c, string text, string color, bool first) => new([new TextRun(text, true, color)], SpaceBeforeEm: first ? 0 : 0.8);

    private static TextParagraph Nothing(PlanContext c, BriefingTexts t) => new([new TextRun(t.NothingYet, false, c.Colours.Muted)], SpaceBeforeEm: 0.2);
}
