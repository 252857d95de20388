using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// The krachtenveld at a glance: every partner in the order where attention pays off first, with its
/// influence, its relation and the chosen intervention, a line each. Each partner's whole row (what it is
/// needed for, its drivers, its preconditions) and every intervention brainstormed for it stand in its
/// crib, once; an intervention for a party that is not at the table has no crib, and is listed here.
/// </summary>
internal static class ForceFieldSlides
{
    /// <summary>The partner's column takes at most this share of the table; a longer name wraps.</summary>
    private const double NameShareMost = 0.3;

    public static IEnumerable<SlidePlan> Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        // Without a krachtenveld there is no order to start in: influence and relation are the facilitator's to fill in.
        var slides = coalition.Partners.Any(p => p.Krachtenveld is not null) ? Start(c, analysis, t, labels) : [];
        var partners = analysis.Priorities.SelectMany(p => p.Interventies).ToHashSet(ReferenceEqualityComparer.Instance);
        var elsewhere = coalition.Interventies.Where(i => !partners.Contains(i)).Select(i => (IReadOnlyList<string>)
            [i.Partij?.Value ?? "", i.Text.Value, i.SluitAanBij?.Value ?? "", i.IsGekozen ? "✓ " + t.Chosen : i.Gekozen is { IsKnown: false } ? labels.Of(i.Gekozen, v => labels.Of(v), t.Unknown) : ""]).ToList();
        if (elsewhere.Count == 0)
            return slides;
        return slides.Concat(BriefingPlanner.TableSlides(c, t.InterventionsTitle, [1.6, 3.4, 2.2, 1], t.InterventionHeaders, elsewhere, t.InterventionsNotes,
            t.Continued, c.Words.Shapes.Interventions));
    }

    /// <summary>
    /// "Waar beginnen?": a row a partner, on one line where the names allow. The short columns are as wide as
    /// their longest word, the chosen intervention takes the rest and wraps to two lines, cut only beyond them (it stands whole in the crib).
    /// </summary>
    private static IEnumerable<SlidePlan> Start(PlanContext c, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var rows = analysis.Priorities.Select(p => new[]
        {
            p.Rank.ToString(CultureInfo.InvariantCulture), p.Partner.Naam,
            p.Invloed is { } i ? labels.Of(i) : t.Unknown, p.Houding is { } h ? labels.Of(h) : t.Unknown,
            p.Chosen?.Text.Value ?? (p.FewInterventions
                ? "(" + (p.Interventies.Count == 0 ? t.NoInterventions : string.Format(CultureInfo.InvariantCulture, t.FewInterventions, p.Interventies.Count)) + ")"
                : "–"),
        }).ToList();
        var body = Slides.Frame(c, t.StartTitle).Body.Width;
        var size = c.Scale.TableMax;
        Emu Widest(int k) => Emu.FromPt(rows.Select(r => r[k]).Append(t.StartHeaders[k]).Max(text => c.Text.Bold.Width(text, size)) / 0.95)
            + TextLayout.InsetX + TextLayout.InsetX;
        var widths = new List<Emu> { Widest(0), Min(Widest(1), body * NameShareMost), Widest(2), Widest(3) };
        var rest = body - widths.Aggregate(new Emu(0), (a, b) => a + b);
        widths.Add(rest);
        IEnumerable<SlidePlan> Table(int lines) => BriefingPlanner.TableSlides(c, t.StartTitle, widths.Select(w => (double)w.Value).ToList(), t.StartHeaders,
            rows.Select(r => (IReadOnlyList<string>)[.. r[..4], BriefingPlanner.Lines(c, chars => Items.Shorten(r[4], chars), rest, size, r[4].Length, 20, lines)]).ToList(),
            t.StartNotes, t.Continued, c.Words.Shapes.Priorities);
        // Two lines where they cost no page; a table of many long interventions keeps to one line each.
        var wrapped = Table(BriefingPlanner.MostLines).ToList();
        var tight = Table(1).ToList();
        return wrapped.Count <= tight.Count ? wrapped : tight;
    }

    private static Emu Min(Emu a, Emu b) => a.Value <= b.Value ? a : b;
}
