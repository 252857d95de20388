using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Agreements;

/// <summary>
/// The session's report, made from a filled-in afsprakenlijst: a cover, who brings what to whom as a picture
/// (arrows from bringer to receiver), what is still open, and per partner a page to take home: what it gets and
/// from whom, what it brings and to whom, and by when. Every agreement stands on the pages of both partners it
/// joins, in the group's own words; one the group put off says so.
/// </summary>
public static class AgreementsPlanner
{
    /// <param name="c">The report's context: <see cref="PlanContext.Report"/>.</param>
    public static PresentationPlan Plan(Coalition coalition, PlanContext c)
    {
        var t = c.Words.Agreements;
        var slides = new List<SlidePlan> { Cover(c, coalition, t), Diagram(c, coalition, t) };
        slides.AddRange(StillOpen(c, coalition, t));
        foreach (var partner in coalition.Partners)
            slides.AddRange(TakeHome(c, coalition, partner, t));
        return c.Presentation(t.ReportTitle + " · " + (coalition.Naam ?? ""), slides);
    }

    private static SlidePlan Cover(PlanContext c, Coalition coalition, AgreementTexts t)
    {
        var margin = c.Page.Margin;
        var width = c.Page.Width - margin - margin;
        var title = Slides.Element(c, c.Page.BesideLogo(new Rect(margin, Emu.FromMm(40), width, Emu.FromMm(40))), Slides.Title(c, t.ReportTitle), c.Scale.TitleMax, anchor: Anchor.Bottom);
        var box = c.Page.BesideLogo(new Rect(margin, Emu.FromMm(86), width, Emu.FromMm(30)));
        var detail = Slides.CoalitionLine(c, coalition);
        return new SlidePlan(SlideLayoutKind.Titel, title,
            [new TextElement(box, detail, c.Text.LargestFit(detail, box, 28, c.Scale.BodyMin) ?? c.Scale.BodyMin, c.Colours.Ink, Name: c.Words.Shapes.Coalition)],
            t.ReportNotes);
    }

    /// <summary>Who brings what to whom: an arrow from the bringer to the receiver per pair, as thick as their agreements.</summary>
    private static SlidePlan Diagram(PlanContext c, Coalition coalition, AgreementTexts t)
    {
        var frame = Slides.Frame(c, t.DiagramTitle);
        var names = coalition.Partners.Select(p => p.Naam).ToList();
        var arrows = new Dictionary<(int From, int To), int>();
        foreach (var agreement in coalition.Agreements.Where(a => a.Agreed.Value == Afgesproken.Ja))
        {
            if (Index(coalition, agreement.Bringer) is { } from && Index(coalition, agreement.Wanter) is { } to && from != to)
                arrows[(from, to)] = arrows.GetValueOrDefault((from, to)) + 1;
        }
        var key = Slides.Line(c, frame.Body with { Y = frame.Body.Bottom - Slides.Lines(c, 1, c.Scale.Caption), Height = Slides.Lines(c, 1, c.Scale.Caption) },
            [new TextRun(t.DiagramKey)], c.Scale.Caption, c.Scale.Caption, c.Colours.Muted, c.Words.Shapes.Legend);
        var area = frame.Body with { Height = key.Box.Y - frame.Body.Y - Emu.FromMm(3) };
        var diagram = ConnectionDiagram.Plan(c, area, names, ConnectionDiagram.Undirected(arrows), c.Scale.BodyMax, c.Scale.BodyMin, arrows: arrows);
        return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title, [.. diagram, key], t.DiagramNotes);
    }

    private static int? Index(Coalition coalition, Sourced<string>? name) => name is null ? null : coalition.IndexOf(name.Value);

    /// <summary>The wants no agreement (agreed or put off) answers yet, in partner and item order.</summary>
    private static IEnumerable<SlidePlan> StillOpen(PlanContext c, Coalition coalition, AgreementTexts t)
    {
        var answered = coalition.Agreements.Where(a => a.Want is not null && a.Wanter is not null)
            .Select(a => (TextKey.Name(a.Wanter!.Value), TextKey.Label(a.Want!.Value))).ToHashSet();
        var open = coalition.Partners.SelectMany(p => p.Halen.Where(w => !answered.Contains((p.Key, TextKey.Label(w.Text.Value)))).Select(w => (p, w))).ToList();
        IReadOnlyList<TextParagraph> paragraphs = open.Count == 0 ? [new TextParagraph(t.StillOpenNone)]
            : open.Select(x => new TextParagraph([new TextRun(x.p.Naam + ": ", true), new TextRun(x.w.Text.Value)], Bullet: true)).ToList();
        // In two columns, the first half left: a list of short lines reads down a column, and one page holds it.
        var half = (paragraphs.Count + 1) / 2;
        IReadOnlyList<IReadOnlyList<TextParagraph>>[] halves =
            [paragraphs.Take(half).Select(p => (IReadOnlyList<TextParagraph>)[p]).ToList(), paragraphs.Skip(half).Select(p => (IReadOnlyList<TextParagraph>)[p]).ToList()];
        return TwoColumns(c, t.StillOpenTitle, halves, t.StillOpenNotes, c.Words.Shapes.Open);
    }

    /// <summary>A partner's page to take home: what it gets (from whom) beside what it brings (to whom), each with when.</summary>
    private static IEnumerable<SlidePlan> TakeHome(PlanContext c, Coalition coalition, Partner partner, AgreementTexts t)
    {
        bool Is(Sourced<string>? name) => name is not null && TextKey.Name(name.Value) == partner.Key;
        IReadOnlyList<IReadOnlyList<TextParagraph>> Side(string heading, Func<Agreement, bool> mine, Func<Agreement, Sourced<string>?> item,
            Func<Agreement, Sourced<string>?> other, string who, string nothing)
        {
            var head = new TextParagraph([new TextRun(heading.Fill(partner.Naam), true, c.Colours.Accent)], SpaceBeforeEm: 0);
            var items = coalition.Agreements.Where(mine).Select(a => (IReadOnlyList<TextParagraph>)[Agreement(c, a, item(a), other(a), who, t)]).ToList();
            return items.Count == 0 ? [[head, new TextParagraph(nothing)]] : [[head, .. items[0]], .. items.Skip(1)];
        }
        var sides = new[]
        {
            Side(t.PartnerGets, a => Is(a.Wanter), a => a.Want, a => a.Bringer, t.From, t.NothingGets),
            Side(t.PartnerBrings, a => Is(a.Bringer), a => a.Offer, a => a.Wanter, t.To, t.NothingBrings),
        };
        return TwoColumns(c, partner.Naam, sides, t.PartnerNotes, c.Words.Shapes.Crib);
    }

    /// <summary>
    /// Two columns of items side by side at one size, each item whole on a page; what does not fit goes on on pages
    /// titled as continued.
    /// </summary>
    private static IEnumerable<SlidePlan> TwoColumns(PlanContext c, string title, IReadOnlyList<IReadOnlyList<IReadOnlyList<TextParagraph>>> columns,
        string notes, string name)
    {
        var frame = Slides.Frame(c, title);
        var boxes = new[] { Columns.Of(frame.Body, 0, 2, Emu.FromMm(8)), Columns.Of(frame.Body, 1, 2, Emu.FromMm(8)) };
        var size = Columns.SharedSize(c, columns.Select((items, k) => ((IReadOnlyList<TextParagraph>)items.SelectMany(p => p).ToList(), boxes[k])),
            c.Scale.BodyMax, c.Scale.BodyMin) ?? c.Scale.BodyMin;
        var pages = Columns.PagedItems(c, columns.Select((items, k) => (items, boxes[k])).ToList(), size);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = p == 0 ? frame : Slides.Frame(c, Slides.Continued(title, p, c.Words.Briefing.Continued));
            yield return new SlidePlan(SlideLayoutKind.Inhoud, page.Title,
                pages[p].Select((column, k) => (SlideElement)new TextElement(boxes[k], column, size, c.Colours.Ink, Name: name)).ToList(), notes);
        }
    }

    /// <summary>One agreement as a partner takes it home: the item, from or to whom, what exactly and when; "later" where put off.</summary>
    private static TextParagraph Agreement(PlanContext c, Agreement a, Sourced<string>? item, Sourced<string>? other, string who, AgreementTexts t)
    {
        var runs = new List<TextRun> { new(item?.Value ?? a.What?.Value ?? "", true) };
        var details = new List<string>();
        if (other is not null) details.Add(who.Fill(other.Value));
        if (a.What is { } what && what.Value != item?.Value) details.Add(what.Value);
        if (a.When is { } when) details.Add(t.By.Fill(when.Value));
        if (a.Agreed.Value == Afgesproken.Later) details.Add(t.PutOff);
        if (details.Count > 0)
            runs.Add(new TextRun("\n" + string.Join(" · ", details), false, c.Colours.Muted));
        return new TextParagraph(runs, Bullet: true);
    }
}
