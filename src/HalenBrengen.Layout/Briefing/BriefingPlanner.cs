using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// The facilitator's briefing: everything the analysis knows, for the facilitator's eyes only, and each
/// thing once. A first page that says so and how the session runs, the analysis on one page (demands, open wants, balance,
/// where to start), what to set out before the session (what to print, where it hangs, what to bring), where to start (influence × 4D), the balance, one overview of the pairs (the matrix, or
/// above its size the connections diagram, never in the session deck), what nobody brings yet, the shared themes, the
/// ambition material, the krachtenveld's proposed activities, and a crib per partner: its row of the krachtenveld, its interventions, and every
/// want with its best offer. With an earlier round, what changed since, after the first page. Every slide
/// carries a "do not project" footer.
/// </summary>
public static class BriefingPlanner
{
    /// <summary>
    /// The most slides a briefing may take: three a partner and ten besides (the changes since an earlier
    /// round come on top). A briefing read the evening before is read whole; one of a hundred pages is not.
    /// </summary>
    public static int MostSlides(int partners) => 3 * partners + 10;

    /// <param name="c">The briefing's context: <see cref="PlanContext.Briefing"/>.</param>
    /// <param name="changes">Set when an earlier round is given: what changed comes right after the first page.</param>
    /// <param name="posters">The posters as planned, where known: the page of what to set out counts their sheets.</param>
    public static PresentationPlan Plan(Coalition coalition, CoalitionAnalysis analysis, PlanContext c, RoundChanges? changes = null, IReadOnlyList<Posters.PosterPlan>? posters = null)
    {
        var t = c.Words.Briefing;
        var labels = c.Words.Values;
        var slides = new List<SlidePlan>();
        var (summary, openShown) = SummarySlide.Plan(c, coalition, analysis, t, labels);
        // Every demand on a page of its own right after the summary, where the summary does not show them all; its count then says so.
        var demands = SummarySlide.DemandsApart(c, coalition, analysis, t, labels, summary);
        if (demands.Count > 0)
            (summary, openShown) = SummarySlide.Plan(c, coalition, analysis, t, labels, demandsApart: true);
        List<SlidePlan> Overview() => ForceFieldSlides.Plan(c, coalition, analysis, t, labels).Concat(AnalysisSlides.Plan(c, coalition, analysis, t, labels, openShown))
            .Prepend(summary).ToList();
        var overview = Overview();
        var guide = GuideSlide.Plan(c, coalition, t);
        // The cribs may take what the first page and the overview leave of the most; the changes come on top.
        // The proposals have a page of their own unless the cribs need that page: then they stand in the first page's notes; so does
        // what to set out, after them.
        var room = MostSlides(coalition.Partners.Count) - 1 - overview.Count;
        var cribs = CribSlides.Plan(c, coalition, analysis, t, labels, room).ToList();
        // The demands' page only where the cribs leave it room: they are where the demands are read too.
        if (demands.Count > 0 && cribs.Count + demands.Count > room)
        {
            demands = [];
            (summary, openShown) = SummarySlide.Plan(c, coalition, analysis, t, labels);
            overview = Overview();
        }
        room -= demands.Count;
        var (guided, proposals, preparation, tension, round) = Placed(c, coalition, analysis, changes, posters, guide, room - cribs.Count);
        guide = guided;
        slides.Add(guide);
        // What changed since an earlier round comes right after the first page; the session's sheets and what to set out right after the analysis on one page.
        List<SlidePlan> changesPages = changes is null ? [] : ChangeSlides.Plan(c, changes, t, labels).ToList();
        slides.AddRange(changesPages);
        slides.Add(overview[0]);
        slides.AddRange(demands);
        // The pages held during the session together, right after the summary: the round turn by turn, then the parts after it (two
        // readers: the sheet for the session among the preparation's pages, and the turns only from page 12); then what to set out.
        slides.AddRange(round);
        slides.AddRange(preparation.Skip(1));
        slides.AddRange(preparation.Take(1));
        slides.AddRange(overview.Skip(1));
        slides.AddRange(tension);
        slides.AddRange(proposals);
        slides.AddRange(cribs);
        // Each partner's two pages a spread when printed on both sides: its page before the session on an even page, its turn's facing
        // it (readers asked for both side by side). Where the cribs would start on an odd page, a page for the facilitator's own notes
        // before them, within the briefing's most.
        if (cribs.Count > 0 && slides.IndexOf(cribs[0]) % 2 == 0 && slides.Count < MostSlides(coalition.Partners.Count) + changesPages.Count)
            slides.Insert(slides.IndexOf(cribs[0]), CribSlides.OwnNotes(c, t));
        // The summary again, now that the pages are known: its counted rests say where they stand, where that keeps what it lists.
        var index = slides.IndexOf(overview[0]);
        if (SummarySlide.Plan(c, coalition, analysis, t, labels, Pages(slides, cribs, t), demands.Count > 0) is var (paged, shown) && shown == openShown)
            slides[index] = paged;
        WithTurnPages(c, coalition, analysis, slides, round);
        var (footer, numberBox) = Footer(c, t);
        // Every page its number at the footer's right ('3 / 16'): a printed booklet is leafed through, and its pages point to each other.
        TextElement Number(int page) => Slides.Line(c, numberBox, [new TextRun(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{page} / {slides.Count}"))],
            c.Scale.Caption, c.Scale.Caption, c.Colours.Muted, c.Words.Shapes.PageNumber, TextAlign.Right, anchor: Anchor.Bottom);
        return c.Presentation(t.CoverTitle + " · " + (coalition.Naam ?? ""), slides.Select((s, i) => s with { Elements = [.. s.Elements, footer, Number(i + 1)] }).ToList());
    }

    /// <summary>
    /// The pages after the overview, each where the <paramref name="left"/> pages the cribs leave hold it, else in the first page's
    /// notes (<paramref name="guide"/>): the proposals for 'Wie doet wat?', what to set out and the run sheet after the round, where it
    /// may chafe, and the round turn by turn.
    /// </summary>
    private static (SlidePlan Guide, List<SlidePlan> Proposals, List<SlidePlan> Preparation, List<SlidePlan> Tension, IReadOnlyList<SlidePlan> Round) Placed(PlanContext c, Coalition coalition,
        CoalitionAnalysis analysis, RoundChanges? changes, IReadOnlyList<Posters.PosterPlan>? posters, SlidePlan guide, int left)
    {
        var t = c.Words.Briefing;
        var proposals = Proposals(c, coalition, t).ToList();
        if (proposals.Count > 0 && proposals.Count > left)
        {
            guide = guide with { Notes = guide.Notes + "\n\n" + ProposalLines(c, coalition, t) };
            proposals = [];
        }
        // What to set out, and the run sheet after the round: a page each where the cribs leave one, else in the first page's notes.
        List<SlidePlan> preparation = [PreparationSlide.Plan(c, coalition, t, posters), RunSheetSlide.Plan(c, coalition, analysis, changes, t)];
        var kept = preparation.Count;
        while (kept > 0 && proposals.Count + kept > left)
            kept--;
        foreach (var page in preparation.Skip(kept))
            guide = guide with { Notes = guide.Notes + "\n\n" + AsNotes(page) };
        preparation = preparation.Take(kept).ToList();
        // Where it may chafe, a page of its own where the cribs leave one, else in the first page's notes.
        var tension = TensionSlide.Plan(c, coalition, analysis, t).ToList();
        if (tension.Count > 0 && proposals.Count + preparation.Count + tension.Count > left)
        {
            guide = guide with { Notes = guide.Notes + "\n\n" + string.Join("\n", tension.SelectMany(s => s.Elements.OfType<TextElement>()).SelectMany(e => e.Paragraphs)
                .Select(p => p.Text).Prepend(t.TensionTitle + ". " + t.TensionNotes)) };
            tension = [];
        }
        // The round turn by turn, where the cribs leave it room; else in the first page's notes, a line a turn.
        var round = RoundSheetSlide.Plan(c, coalition, analysis, t, c.Words.Values);
        if (proposals.Count + preparation.Count + tension.Count + round.Count > left)
        {
            guide = guide with { Notes = guide.Notes + "\n\n" + string.Join("\n", round.SelectMany(s => s.Elements.OfType<TableElement>()).SelectMany(e => e.Rows)
                .Select(r => string.Join(" · ", r.Take(4).Where(cell => cell.Length > 0).Select(cell => cell.Replace('\n', ' ')))).Prepend(t.RoundTitle + ". " + t.RoundNotes)) };
            round = [];
        }
        return (guide, proposals, preparation, tension, round);
    }

    /// <summary>The round's page naming each turn's page, now that they are known, where that keeps it on its pages.</summary>
    private static void WithTurnPages(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, List<SlidePlan> slides, IReadOnlyList<SlidePlan> round)
    {
        var t = c.Words.Briefing;
        if (round.Count == 0 || RoundSheetSlide.Plan(c, coalition, analysis, t, c.Words.Values, TurnPages(c, coalition, slides, t)) is not { } paged || paged.Count != round.Count)
            return;
        var at = slides.IndexOf(round[0]);
        slides.RemoveRange(at, round.Count);
        slides.InsertRange(at, paged);
    }

    /// <summary>Each partner's turn page: the first whose turn line says its time.</summary>
    private static IReadOnlyList<string> TurnPages(PlanContext c, Coalition coalition, List<SlidePlan> slides, BriefingTexts t)
    {
        var times = Deck.AgendaSlides.TurnTimes(Agenda.Of(coalition), coalition.Partners.Count, c.Words.Session);
        return coalition.Partners.Select((p, i) => slides.FindIndex(s => s.TitleText.StartsWith(p.Naam, StringComparison.Ordinal) && s.Elements.OfType<TextElement>()
            .Any(e => e.Name == c.Words.Shapes.CribTurn && e.Paragraphs.Count > 0 && e.Paragraphs[0].Text == t.CribTurn.Fill(times[i])))).Select(k => k < 0 ? "" : $"{k + 1}").ToList();
    }

    /// <summary>Where the rests the summary counts stand, by the line that counts them: the cribs, the open wants' table, the balance; and the facilitator's proposals.</summary>
    private static Dictionary<string, string> Pages(List<SlidePlan> slides, List<SlidePlan> cribs, BriefingTexts t)
    {
        static string Range(int first, int last) => first == last ? $"{first + 1}" : $"{first + 1}–{last + 1}";
        var pages = new Dictionary<string, string>();
        if (cribs.Count > 0)
            pages[t.SummaryMore] = Range(slides.IndexOf(cribs[0]), slides.IndexOf(cribs[^1]));
        // The open wants' table and the pages of the wishes it leaves, which go on from it (a reader: "blz. 7–8" and the list on 9–10 too).
        foreach (var (more, titles) in new[] { (t.SummaryMoreOpen, new[] { t.OpenTitle, t.OpenWishesTitle }), (t.SummaryMoreBalance, [t.BalanceTitle]), (t.SummaryMoreStart, [t.StartTitle]),
            (t.SummaryProposed, [t.ProposalsTitle]), (t.SummaryMoreDemands, [t.SummaryDemands]) })
        {
            var found = slides.Select((s, i) => (s, i)).Where(x => titles.Any(title => x.s.TitleText.StartsWith(title, StringComparison.Ordinal))).Select(x => x.i).ToList();
            if (found.Count > 0)
                pages[more] = Range(found[0], found[^1]);
        }
        return pages;
    }

    /// <summary>
    /// The krachtenveld's proposed activities as the facilitator wrote them, to offer when the group fills in "Wie doet
    /// wat?". Here and not in the session deck's notes: that file may go home with the partners, and what the
    /// facilitator plans for a partner is the facilitator's view of it.
    /// </summary>
    private static IEnumerable<SlidePlan> Proposals(PlanContext c, Coalition coalition, BriefingTexts t) =>
        coalition.Activiteiten.Count == 0 ? [] : KeyedTableSlides(c, t.ProposalsTitle, [2.4, 4.6, 1.6], t.ProposalsHeaders,
            ProposalRows(c, coalition).ToList(), t.ProposalsNotes, c.Words.Shapes.Activities, t.ProposalsKey);

    private static IEnumerable<IReadOnlyList<string>> ProposalRows(PlanContext c, Coalition coalition) =>
        coalition.Activiteiten.Select(a => (IReadOnlyList<string>)[a.Partij?.Value is { Length: > 0 } party ? party : c.Words.Session.Together,
            a.Text.Value, a.Wanneer?.Value ?? ""]);

    /// <summary>A page of columns as lines of notes, where the briefing has no page to spare for it: its title, then a line a column ("Printen: …; …").</summary>
    private static string AsNotes(SlidePlan page) => string.Join("\n", page.Elements.OfType<TextElement>()
        .Select(e => e.Paragraphs[0].Text + ": " + string.Join("; ", e.Paragraphs.Skip(1).Select(p => p.Text)))
        .Prepend(page.TitleText + ". " + page.Notes));

    /// <summary>The proposals as notes, where the cribs need their page: the title, then a line each ("Partij: activiteit (wanneer)").</summary>
    private static string ProposalLines(PlanContext c, Coalition coalition, BriefingTexts t) =>
        string.Join("\n", ProposalRows(c, coalition).Select(r => $"{r[0]}: {r[1]}" + (r[2].Length > 0 ? $" ({r[2]})" : "")).Prepend(t.ProposalsTitle + " " + t.ProposalsNotes));

    /// <summary>On every page: for the facilitator only; at its right, the box of the page's number.</summary>
    private static (TextElement Footer, Rect Number) Footer(PlanContext c, BriefingTexts t)
    {
        var line = c.Page.BesideLogo(new Rect(c.Page.Margin, c.Page.Height - Emu.FromMm(10), c.Page.Width - c.Page.Margin - c.Page.Margin, Slides.Lines(c, 1, c.Scale.Caption)));
        var numberWidth = Emu.FromMm(30);
        return (Slides.Line(c, line with { Width = line.Width - numberWidth }, [new TextRun("■ " + t.Footer, true)], c.Scale.Caption, c.Scale.Caption, c.Colours.Warning,
                c.Words.Shapes.Footer, anchor: Anchor.Bottom),
            line with { X = line.Right - numberWidth, Width = numberWidth });
    }

    /// <summary>Tables over slides with a (continued) title each; <paramref name="below"/> kept free under them (for a key).</summary>
    internal static IEnumerable<SlidePlan> TableSlides(PlanContext c, string title, IReadOnlyList<double> shares, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, string notes, string continued, string name, int carry = 0, Emu below = default, double? least = null)
    {
        var frame = Slides.Frame(c, title);
        var pages = Tables.Plan(c, frame.Body with { Height = frame.Body.Height - below }, shares, header, rows, c.Scale.TableMax, least ?? c.Scale.TableMin, name, carry: carry);
        return pages.Select((table, i) => new SlidePlan(SlideLayoutKind.Inhoud,
            i == 0 ? frame.Title : Slides.Frame(c, Slides.Continued(title, i, continued)).Title, [table], notes));
    }

    /// <summary>
    /// Tables over slides, as <see cref="TableSlides"/>, with a muted line under each saying what it shows (a key); each table
    /// first as <paramref name="table"/> makes it (a heat map's shades), when given.
    /// </summary>
    internal static IEnumerable<SlidePlan> KeyedTableSlides(PlanContext c, string title, IReadOnlyList<double> shares, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, string notes, string name, string key, Func<TableElement, TableElement>? table = null, double? least = null)
    {
        var line = new TextParagraph([new TextRun(key, false, c.Colours.Muted)], SpaceBeforeEm: 0);
        var width = Slides.Frame(c, title).Body.Width;
        var height = Slides.Height(c, [line], width, c.Scale.Caption);
        return TableSlides(c, title, shares, header, rows, notes, c.Words.Briefing.Continued, name, below: height + Emu.FromMm(2), least: least)
            .Select(slide => slide with { Elements = slide.Elements.Select(e => e is TableElement t && table is not null ? table(t) : e).ToList() })
            .Select(slide => slide.Elements.OfType<TableElement>().First() is var first
                ? slide with { Elements = [.. slide.Elements, new TextElement(new Rect(first.Box.X, first.Box.Bottom + Emu.FromMm(2), width, height), [line],
                    c.Scale.Caption, c.Colours.Muted, Name: c.Words.Shapes.Explanation)] } : slide);
    }

    /// <summary>
    /// A table on one slide: every row when they fit at the table's smallest size, else the first rows that do
    /// and a last row from <paramref name="more"/> that counts the rest. For an overview whose every row also
    /// stands in a partner's crib: the overview says what comes first, the crib holds it all.
    /// <paramref name="below"/> is kept free under the table (for a key); <paramref name="beyond"/> rows were left out before
    /// (an overview cut to its most), and the last row counts them too.
    /// </summary>
    internal static SlidePlan TableSlide(PlanContext c, string title, IReadOnlyList<double> shares, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, string notes, string name, Func<int, IReadOnlyList<string>> more, Emu below = default, int beyond = 0)
    {
        var frame = Slides.Frame(c, title);
        frame = frame with { Body = frame.Body with { Height = frame.Body.Height - below } };
        IReadOnlyList<TableElement> Plan(IReadOnlyList<IReadOnlyList<string>> listed) =>
            Tables.Plan(c, frame.Body, shares, header, listed, c.Scale.TableMax, c.Scale.TableMin, name);
        IReadOnlyList<IReadOnlyList<string>> Listed(int count) => count == rows.Count && beyond == 0 ? rows : [.. rows.Take(count), more(rows.Count - count + beyond)];
        var fits = Most(rows.Count, count => Plan(Listed(count)).Count == 1);
        return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title, [Plan(Listed(fits))[0]], notes);
    }

    /// <summary>A list on one slide, the same way: every paragraph that fits at the smallest size, the rest counted in a last one.</summary>
    /// <param name="beyond">Lines left out before the list was made (counted in the last line with those that do not fit).</param>
    internal static SlidePlan ListSlide(PlanContext c, string title, IReadOnlyList<TextParagraph> paragraphs, string notes, string name,
        Func<int, TextParagraph> more, int beyond = 0)
    {
        var frame = Slides.Frame(c, title);
        IReadOnlyList<TextParagraph> Listed(int count) => count == paragraphs.Count && beyond == 0 ? paragraphs : [.. paragraphs.Take(count), more(paragraphs.Count - count + beyond)];
        var listed = Listed(Most(paragraphs.Count, count => c.Text.Fits(Listed(count), frame.Body, c.Scale.BodyMin)));
        var size = c.Text.LargestFit(listed, frame.Body, c.Scale.BodyMax, c.Scale.BodyMin) ?? c.Scale.BodyMin;
        return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title, [new TextElement(frame.Body, listed, size, c.Colours.Ink, Name: name)], notes);
    }

    /// <summary>
    /// The most lines a text named to be recognised takes (an offer under a want, an intervention in the
    /// overview): whole when it fits in them, else cut at a word where they end. A wrapped line reads; a
    /// cut one sends the facilitator looking.
    /// </summary>
    public const int MostLines = 2;

    /// <summary>
    /// A text in at most <paramref name="lines"/> lines at this width and size (its bullet indent taken off):
    /// <paramref name="make"/> turns a number of characters into the text, whole at <paramref name="whole"/>,
    /// and is cut to the most characters the lines hold, down to <paramref name="least"/>, below which the
    /// text keeps its words and wraps. For a text that stands whole elsewhere in the briefing.
    /// </summary>
    internal static string Lines(PlanContext c, Func<int, string> make, Emu width, double size, int whole, int least, int lines = MostLines, bool bullet = false)
    {
        var inner = TextLayout.Inner(width, TextLayout.InsetX);
        bool Fits(int chars) => c.Text.LineCount(new TextParagraph([new TextRun(make(chars))], Bullet: bullet), inner, size) <= lines;
        if (whole <= least || Fits(whole))
            return make(whole);
        return make(Math.Max(least, Most(whole - 1, chars => chars <= least || Fits(chars))));
    }

    /// <summary>The largest count from 0 to <paramref name="all"/> for which <paramref name="fits"/> holds (0 when none does): fewer always fit when more do.</summary>
    internal static int Most(int all, Func<int, bool> fits)
    {
        if (fits(all))
            return all;
        int low = 0, high = all;
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (fits(middle)) low = middle; else high = middle;
        }
        return low;
    }
}
