using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// The krachtenveld at a glance: every partner in a grid of influence by 4D level, in the order where
/// attention pays off first. Each partner's whole row (what it is
/// needed for, its drivers, its preconditions) and every intervention brainstormed for it, chosen or not, stand in its
/// crib, once; an intervention for a party that is not at the table has no crib, and is listed here.
/// </summary>
internal static class ForceFieldSlides
{
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
    /// "Wie vooraf aandacht?" as a picture: a grid of the relation's 4D level (a row each) by influence (groot, middel,
    /// klein: three wide columns, so a name keeps to one line), each partner's name in its cell in the order where
    /// attention pays off first, the cells shaded by that order (darkest where influence is large and the relation
    /// at level 1 or 2). A row or column for "unknown" only
    /// when a partner has no value there. The interventions, chosen or not, stand in the cribs only: each thing once.
    /// </summary>
    private static IEnumerable<SlidePlan> Start(PlanContext c, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var influences = Enum.GetValues<Invloed>().Select(i => (Invloed?)i).ToList();
        var levels = Enum.GetValues<Houding4D>().Select(h => (Houding4D?)h).ToList();
        if (analysis.Priorities.Any(p => p.Invloed is null)) influences.Add(null);
        if (analysis.Priorities.Any(p => p.Houding is null)) levels.Add(null);
        var header = new List<string> { t.StartCorner };
        header.AddRange(influences.Select(i => i is { } influence ? labels.Of(influence) : t.Unknown));
        // Every partner numbered in the order attention pays off, (1) first, each name its own number: the shading alone fades in a
        // grey print (two readers), a number a cell read as the first name's alone, and a partner without one as forgotten (readers).
        string Cell(Invloed? i, Houding4D? h, string separator) =>
            string.Join(separator, analysis.Priorities.Where(p => p.Invloed == i && p.Houding == h)
                .Select(p => $"({p.Rank.ToString(CultureInfo.InvariantCulture)})\u00A0{KeepNumber(p.Partner.Naam)}"));
        IReadOnlyList<IReadOnlyList<string>> Rows(string separator) => levels.Select(h => (IReadOnlyList<string>)[h is { } level ? labels.Of(level) : t.Unknown,
            .. influences.Select(i => Cell(i, h, separator))]).ToList();
        var frame = Slides.Frame(c, t.StartTitle);
        // The key says the one order, the shading's (six readers: partners flagged ahead of the grid's order read as against the grid
        // and the method; the flags stand on the summary and in the cribs). Its lines kept for it; the grid takes the rest.
        var keyHeight = Slides.Height(c, [new TextParagraph([new TextRun(t.StartKey)], SpaceBeforeEm: 0)], frame.Body.Width, c.Scale.Caption);
        var body = frame.Body with { Height = frame.Body.Height - keyHeight - Emu.FromMm(2) };
        TextElement Key(Emu y) => Slides.Line(c, new Rect(frame.Body.X, y, frame.Body.Width, keyHeight), [new TextRun(t.StartKey)],
            c.Scale.Caption, c.Scale.Caption, c.Colours.Muted, c.Words.Shapes.Explanation);
        // The levels' column no wider than its longest name needs on two lines: the partners' names take the width.
        var shares = new List<double> { 1.1 };
        shares.AddRange(influences.Select(_ => 2.0));
        // A name a line, the grid on one page: the chosen interventions stand in the cribs, so the grid has the body to itself.
        // Only where even the smallest size does not hold it so do the names run on in their cell.
        // Where not even that holds it on one page, the names go as small as a crib's before the picture is cut in two (a
        // reader found 24 partners' grid over two half-empty pages).
        IReadOnlyList<TableElement> Grid(string separator, double least) =>
            Tables.Plan(c, body, shares, header, Rows(separator), c.Scale.TableMax, least, c.Words.Shapes.Priorities);
        // A name a line before names run on: a name broken after its " ·" left a stray dot at every line's end (a reader, 24 partners).
        var grid = new[] { ("\n", c.Scale.TableMin), ("\n", TypeScale.CribMin), (" · ", c.Scale.TableMin), (" · ", TypeScale.CribMin) }
            .Select(x => Grid(x.Item1, x.Item2)).FirstOrDefault(pages => pages.Count == 1) ?? Grid(" · ", c.Scale.TableMin);
        var slides = grid.Select((table, k) => new SlidePlan(SlideLayoutKind.Inhoud, k == 0 ? frame.Title : Slides.Frame(c, Slides.Continued(t.StartTitle, k, t.Continued)).Title,
            [Shade(c, table, influences, levels), Key(table.Box.Bottom + Emu.FromMm(2))], t.StartNotes)).ToList();
        return slides;
    }

    /// <summary>How soon attention to a cell pays off: its influence's weight times its relation's need; 0 where either is unknown.</summary>
    private static int Score(Invloed? influence, Houding4D? level) =>
        influence is { } i && level is { } h ? Priorities.InfluenceWeight(i) * Priorities.NeedWeight(h) : 0;

    /// <summary>A name's short last word (its number, "06") bound to the word before it: names running on in a cell break between names, never before a number.</summary>
    private static string KeepNumber(string name) =>
        name.LastIndexOf(' ') is var at and > 0 && name.Length - at - 1 <= 3 ? name[..at] + "\u00A0" + name[(at + 1)..] : name;

    /// <summary>
    /// The least contrast of the names on the darkest cell: well above the 4.5:1 every text keeps (7:1, WCAG's
    /// enhanced level), as names in a small table type on a tinted cell at the bare minimum read hard in a print.
    /// </summary>
    internal const double ShadeContrast = 7.0;

    /// <summary>
    /// Each cell shaded by the weight of its influence and level (<see cref="Priorities"/>): deeper where attention pays off first, in
    /// steps a print keeps apart (four readers: the tints barely differed). The partners' cell where it pays off most on the accent
    /// itself, its names in the colour text has on a fill, where that keeps 7:1; the next on the deepest tint the ink keeps 7:1 on; the
    /// rest lighter, by their weight.
    /// </summary>
    private static TableElement Shade(PlanContext c, TableElement table, IReadOnlyList<Invloed?> influences, IReadOnlyList<Houding4D?> levels)
    {
        var (surface, ink) = (table.Style.BodyFill, table.Style.BodyText);
        var deepest = 0.0;
        while (deepest < 0.8 && Style.Contrast.Ratio(ink, Style.Contrast.Mix(surface, c.Colours.Accent, deepest + 0.05)) >= ShadeContrast)
            deepest += 0.05;
        bool Held(int r, int k) => r < table.Rows.Count && table.Rows[r][k + 1].Length > 0;
        var held = levels.SelectMany((h, r) => influences.Select((i, k) => (Score: Score(i, h), Held: Held(r, k)))).Where(x => x.Held && x.Score > 0)
            .Select(x => x.Score).Distinct().OrderDescending().ToList();
        var (top, next) = (held.FirstOrDefault(), held.Skip(1).FirstOrDefault(held.FirstOrDefault()));
        var onAccent = Style.Contrast.Ratio(c.Colours.OnFill, c.Colours.Accent) >= ShadeContrast;
        var (fills, texts) = (new Dictionary<(int Row, int Column), string>(), new Dictionary<(int Row, int Column), string>());
        for (var r = 0; r < levels.Count; r++)
            for (var k = 0; k < influences.Count; k++)
            {
                if (Score(influences[k], levels[r]) is not (> 0 and var score))
                    continue;
                if (onAccent && score == top && Held(r, k))
                    (fills[(r + 1, k + 1)], texts[(r + 1, k + 1)]) = (c.Colours.Accent, c.Colours.OnFill);
                else
                    fills[(r + 1, k + 1)] = Style.Contrast.Mix(surface, c.Colours.Accent, score >= next ? deepest : deepest * 0.6 * score / next);
            }
        return table with { CellFills = fills, CellTexts = texts };
    }
}
