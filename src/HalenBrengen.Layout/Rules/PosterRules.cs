using System.Text.RegularExpressions;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Posters;
using static HalenBrengen.Layout.Rules.DesignRules;

namespace HalenBrengen.Layout.Rules;

/// <summary>
/// What a designer checks on the A0 posters (issue 19): the combined map's centre small beside the partners'
/// tiles; one type size for the tiles of a sheet; every partner of the combined map whole on one sheet,
/// no tile empty; the work sheet's fields large enough for three rows of two sticky notes and all equal, across its sheets; a partner's name
/// half as large again as the words under it.
/// </summary>
internal static partial class PosterRules
{
    /// <summary>The poster rules with their checks, registered with <see cref="DesignRules"/> in one line.</summary>
    public static readonly IReadOnlyList<(Rule Rule, Func<PresentationPlan, Coalition, PosterKind?, IEnumerable<Violation>> Check)> All =
    [
        (Rule.SmallCentre, SmallCentre),
        (Rule.OneSize, OneSize),
        (Rule.PartnerWhole, PartnerWhole),
        (Rule.Fields, Fields),
        (Rule.NameLarger, NameLarger),
        (Rule.WorkSheetCentre, WorkSheetCentre),
        (Rule.ReadingOrder, ReadingOrder),
        (Rule.PartnerColumns, PartnerColumns),
        (Rule.NameLines, NameLines),
        (Rule.PosterInset, Inset),
    ];

    /// <summary>A partner poster's header line: read from two metres like its words.</summary>
    public const double PartnerHeaderMin = 48;

    /// <summary>Fields of one sheet may differ this much (rounding of a ring's cells).</summary>
    private static readonly Emu FieldTolerance = Emu.FromMm(1);

    private static bool IsMap(PosterKind? poster) => poster is PosterKind.CombinedMap or PosterKind.WorkSheet;

    /// <summary>
    /// The centre of the combined map (headline and ambition) takes at most a fifth of its sheet; the work
    /// sheet's centre is a sheet of its own (<see cref="WorkSheetCentre"/>).
    /// </summary>
    public static IEnumerable<Violation> SmallCentre(PresentationPlan plan, Coalition coalition, PosterKind? poster)
    {
        if (poster != PosterKind.CombinedMap)
            yield break;
        var shapes = plan.Context.Words.Shapes;
        var sheet = (double)plan.Width.Value * plan.Height.Value;
        foreach (var (slide, n) in Numbered(plan))
        {
            var centre = slide.Elements.OfType<TextElement>().Where(t => t.Name == shapes.Headline || t.Name == shapes.Ambition).Select(t => t.Box).ToList();
            if (centre.Count == 0)
                continue;
            var (left, top) = (centre.Min(b => b.X.Value), centre.Min(b => b.Y.Value));
            var area = (double)(centre.Max(b => b.Right.Value) - left) * (centre.Max(b => b.Bottom.Value) - top);
            if (area > PosterSheet.MaxCentreShare * sheet)
                yield return new(Rule.SmallCentre, n, $"the centre takes {area / sheet:P0} of the sheet, at most {PosterSheet.MaxCentreShare:P0}");
        }
    }

    /// <summary>
    /// On a map's sheet every tile's words share one size, and every name another: every paragraph of them, so an
    /// item's size in brackets or a marker set apart smaller is caught as well as a tile set smaller.
    /// </summary>
    public static IEnumerable<Violation> OneSize(PresentationPlan plan, Coalition coalition, PosterKind? poster)
    {
        if (!IsMap(poster))
            yield break;
        var shapes = plan.Context.Words.Shapes;
        foreach (var (slide, n) in Numbered(plan))
        {
            var texts = slide.Elements.OfType<TextElement>().ToList();
            var names = texts.Where(t => coalition.Partners.Any(p => p.Naam == t.Name)).SelectMany(Sizes).Distinct().ToList();
            var words = texts.Where(t => coalition.Partners.Any(p => t.Name == shapes.TileContent.Fill(p.Naam))).SelectMany(Sizes).Distinct().ToList();
            if (names.Count > 1)
                yield return new(Rule.OneSize, n, $"names at {string.Join(", ", names.Order())} pt");
            if (words.Count > 1)
                yield return new(Rule.OneSize, n, $"tiles' words at {string.Join(", ", words.Order())} pt");
        }
    }

    /// <summary>The sizes a text's paragraphs are set at.</summary>
    private static IEnumerable<double> Sizes(TextElement text) => text.Paragraphs.Count == 0 ? [text.FontSizePt] : text.Paragraphs.Select(p => p.SizeIn(text.FontSizePt));

    /// <summary>
    /// Every partner of the combined map has its tile on exactly one sheet, never empty, and every item of
    /// it stands whole in one paragraph there, or begun and marked as standing whole on its own poster.
    /// </summary>
    public static IEnumerable<Violation> PartnerWhole(PresentationPlan plan, Coalition coalition, PosterKind? poster)
    {
        if (poster != PosterKind.CombinedMap)
            yield break;
        var words = plan.Context.Words;
        var marker = "(" + words.Posters.OwnPoster + ")";
        foreach (var partner in coalition.Partners)
        {
            var sheets = Numbered(plan).Where(x => x.Slide.Elements.Any(e => e is TextElement t && t.Name == partner.Naam)).ToList();
            if (sheets.Count != 1)
            {
                yield return new(Rule.PartnerWhole, sheets.Count == 0 ? 0 : sheets[1].Number, $"'{partner.Naam}' is on {sheets.Count} sheets");
                continue;
            }
            var (slide, n) = sheets[0];
            var paragraphs = slide.Elements.OfType<TextElement>().Where(t => t.Name == words.Shapes.TileContent.Fill(partner.Naam))
                .SelectMany(t => t.Paragraphs).Select(p => Flat(p.Text)).ToList();
            if (paragraphs.Count == 0)
                yield return new(Rule.PartnerWhole, n, $"the tile of '{partner.Naam}' is empty");
            foreach (var item in partner.Halen.Concat(partner.Brengen).Select(i => Flat(i.Text.Value)))
            {
                if (!paragraphs.Any(p => p.Contains(item, StringComparison.Ordinal) || IsBegun(p, item, marker, words.Posters.Demand)))
                    yield return new(Rule.PartnerWhole, n, $"'{Short(item)}' of '{partner.Naam}' is not whole on its tile");
            }
        }
    }

    /// <summary>A paragraph that begins the item (after its demand tag) and ends with the marker that it stands whole elsewhere.</summary>
    private static bool IsBegun(string paragraph, string item, string marker, string demand)
    {
        if (!paragraph.EndsWith(marker, StringComparison.Ordinal))
            return false;
        var begun = paragraph[..^marker.Length].TrimEnd().TrimEnd('…').TrimEnd();
        if (begun.StartsWith(demand + " ", StringComparison.Ordinal))
            begun = begun[(demand.Length + 1)..];
        return begun.Length > 0 && item.StartsWith(begun, StringComparison.Ordinal);
    }

    /// <summary>
    /// A work sheet's halen and brengen fields: each at least 160 mm wide and 240 mm high (two 76 mm notes side
    /// by side, three rows of them under the label), all the same size on every sheet of the work sheet (equal
    /// space: a partner on a later sheet gets no more room than one on the first); every text 25 mm from the edge.
    /// </summary>
    public static IEnumerable<Violation> Fields(PresentationPlan plan, Coalition coalition, PosterKind? poster)
    {
        if (poster != PosterKind.WorkSheet)
            yield break;
        var shapes = plan.Context.Words.Shapes;
        var all = new List<TextElement>();
        foreach (var (slide, n) in Numbered(plan))
        {
            var fields = slide.Elements.OfType<TextElement>()
                .Where(t => coalition.Partners.Any(p => t.Name == shapes.TileHalen.Fill(p.Naam) || t.Name == shapes.TileBrengen.Fill(p.Naam))).ToList();
            foreach (var field in fields.Where(f => f.Box.Width < PosterSheet.FieldMin || f.Box.Height < PosterSheet.FieldTall))
                yield return new(Rule.Fields, n, $"{Name(field)} is {field.Box.Width.Mm:F0} × {field.Box.Height.Mm:F0} mm, at least {PosterSheet.FieldMin.Mm:F0} wide and {PosterSheet.FieldTall.Mm:F0} high");
            if (fields.Count > 0 && Unequal(fields))
                yield return new(Rule.Fields, n, "fields of different sizes");
            else if (all.Count > 0 && fields.Count > 0 && Unequal([all[0], fields[0]]))
                yield return new(Rule.Fields, n, $"fields {fields[0].Box.Width.Mm:F0} × {fields[0].Box.Height.Mm:F0} mm, on the first sheet {all[0].Box.Width.Mm:F0} × {all[0].Box.Height.Mm:F0}: every partner the same room");
            all.AddRange(fields);
            var inner = new Rect(PosterSheet.PrinterMargin, PosterSheet.PrinterMargin, plan.Width - PosterSheet.PrinterMargin - PosterSheet.PrinterMargin,
                plan.Height - PosterSheet.PrinterMargin - PosterSheet.PrinterMargin);
            foreach (var text in slide.Elements.OfType<TextElement>().Where(t => !inner.Contains(t.Box)))
                yield return new(Rule.Fields, n, $"{Name(text)} within {PosterSheet.PrinterMargin.Mm:F0} mm of the sheet's edge, where many plotters cannot print");
        }
    }

    private static bool Unequal(IReadOnlyList<TextElement> fields) =>
        Spread(fields.Select(f => f.Box.Width)) > FieldTolerance || Spread(fields.Select(f => f.Box.Height)) > FieldTolerance;

    private static Emu Spread(IEnumerable<Emu> lengths) => new(lengths.Max(l => l.Value) - lengths.Min(l => l.Value));

    /// <summary>
    /// On every poster a partner's name is at least 1.5 times the size of the words on its tile (on the work sheet
    /// of its fields' labels), on its own poster 1.8 times its words: there the name is the title.
    /// </summary>
    public static IEnumerable<Violation> NameLarger(PresentationPlan plan, Coalition coalition, PosterKind? poster)
    {
        if (poster is null)
            yield break;
        var shapes = plan.Context.Words.Shapes;
        foreach (var (slide, n) in Numbered(plan))
        {
            var texts = slide.Elements.OfType<TextElement>().ToList();
            foreach (var partner in coalition.Partners)
            {
                if (texts.FirstOrDefault(t => t.Name == partner.Naam) is not { } name)
                    continue;
                var under = texts.Where(t => t.Name == shapes.TileContent.Fill(partner.Naam) || t.Name == shapes.TileHalen.Fill(partner.Naam) || t.Name == shapes.TileBrengen.Fill(partner.Naam));
                // On its own poster the name is measured against the body (the items), not the column headings a step above it.
                const double factor = PosterSheet.NameOverBody;
                double Body(TextElement t) => poster == PosterKind.Partner ? t.FontSizePt : Sizes(t).Max();
                foreach (var words in under.Where(t => name.FontSizePt < factor * Body(t) - 1e-9))
                    yield return new(Rule.NameLarger, n, $"'{partner.Naam}' at {name.FontSizePt} pt over {Name(words)} at {Body(words)} pt");
            }
        }
    }

    /// <summary>
    /// The work sheet's centre is paper to write on, a sheet of its own in the middle of the wall (no partner on
    /// it, so none sits nearer the result than another), two or three side by side (<see cref="Posters.WorkSheet.CentreSheets"/>):
    /// a headline field at least 110 mm high; a field for who brings what for whom, one for what nobody brings yet and
    /// one for each balance question's unnamed notes (the session's fourth step, each question its own field), an ambition
    /// field and a field for the group's agreements (who does what), each at least 160 mm wide and 240 mm high (three rows
    /// of two notes), each of the seven once; every field's label (those seven, halen, brengen) at least 60 pt, read from the back of the
    /// group, and under the centre's labels the question they ask, at least 40 pt.
    /// </summary>
    public static IEnumerable<Violation> WorkSheetCentre(PresentationPlan plan, Coalition coalition, PosterKind? poster)
    {
        if (poster != PosterKind.WorkSheet)
            yield break;
        var shapes = plan.Context.Words.Shapes;
        var fields = new[] { (shapes.Together, "together"), (shapes.Unanswered, "unanswered"), (shapes.EnoughField, "enough"), (shapes.EqualField, "equal"), (shapes.Ambition, "ambition"), (shapes.Agreements, "agreements"), (shapes.Headline, "headline") };
        var centres = new List<int>();
        var found = fields.ToDictionary(f => f.Item1, _ => 0);
        foreach (var (slide, n) in Numbered(plan))
        {
            var texts = slide.Elements.OfType<TextElement>().ToList();
            var here = texts.Where(t => found.ContainsKey(t.Name ?? "")).ToList();
            var partners = coalition.Partners.Count(p => texts.Any(t => t.Name == p.Naam));
            if (here.Count > 0)
            {
                centres.Add(n);
                if (partners > 0)
                    yield return new(Rule.WorkSheetCentre, n, $"{Name(here[0])} beside {partners} partner(s): the centre is a sheet of its own");
                foreach (var field in here)
                {
                    found[field.Name!]++;
                    if (field.Name == shapes.Headline && field.Box.Height < PosterSheet.HeadlineFieldMin)
                        yield return new(Rule.WorkSheetCentre, n, $"the headline field is {field.Box.Height.Mm:F0} mm high, at least {PosterSheet.HeadlineFieldMin.Mm:F0}");
                    else if (field.Name != shapes.Headline && (field.Box.Width < PosterSheet.FieldMin || field.Box.Height < PosterSheet.FieldTall))
                        yield return new(Rule.WorkSheetCentre, n, $"the {fields.First(f => f.Item1 == field.Name).Item2} field is {field.Box.Width.Mm:F0} × {field.Box.Height.Mm:F0} mm, at least {PosterSheet.FieldMin.Mm:F0} × {PosterSheet.FieldTall.Mm:F0}");
                }
            }
            var labels = texts.Where(t => here.Contains(t)
                || coalition.Partners.Any(p => t.Name == shapes.TileHalen.Fill(p.Naam) || t.Name == shapes.TileBrengen.Fill(p.Naam)));
            foreach (var label in labels.Where(l => l.Paragraphs.Count == 0 || l.Paragraphs[0].SizeIn(l.FontSizePt) < PosterSheet.FieldLabel))
                yield return new(Rule.WorkSheetCentre, n, $"{Name(label)}'s label under {PosterSheet.FieldLabel} pt");
            foreach (var field in here.Where(f => f.Paragraphs.Count < 2 || f.Paragraphs.Skip(1).Any(p => p.SizeIn(f.FontSizePt) < PosterSheet.PromptMin)))
                yield return new(Rule.WorkSheetCentre, n, $"{Name(field)} has no question under its label at {PosterSheet.PromptMin} pt or more");
        }
        foreach (var (name, what) in fields.Where(f => found[f.Item1] != 1))
            yield return new(Rule.WorkSheetCentre, 0, $"the {what} field is on the centre {found[name]} times, once");
        var expected = Posters.WorkSheet.CentreSheets(coalition.Partners.Count);
        if (centres.Count != expected || centres.Zip(centres.Skip(1)).Any(x => x.Second != x.First + 1))
            yield return new(Rule.WorkSheetCentre, 0, $"the centre on {centres.Count} sheet(s) ({string.Join(", ", centres)}), on {expected} side by side");
    }

    /// <summary>
    /// On the combined map and the work sheet the partners stand in the coalition's order, sheet after sheet,
    /// each sheet read row by row from the top, each row left to right: the two hang side by side, and a
    /// partner is found in the same order on both (the work sheet may take more sheets: its fields need room).
    /// </summary>
    public static IEnumerable<Violation> ReadingOrder(PresentationPlan plan, Coalition coalition, PosterKind? poster)
    {
        if (!IsMap(poster))
            yield break;
        var read = new List<(string Name, int Sheet)>();
        foreach (var (slide, n) in Numbered(plan))
        {
            var bars = slide.Elements.OfType<TextElement>().Where(t => coalition.Partners.Any(p => p.Naam == t.Name)).ToList();
            read.AddRange(PosterSheet.ReadingOrder([.. bars.Select(b => b.Box)]).Select(box => (bars.First(b => b.Box == box).Name!, n)));
        }
        var order = coalition.Partners.Select(p => p.Naam).ToList();
        for (var i = 0; i < Math.Min(read.Count, order.Count); i++)
            if (read[i].Name != order[i])
            {
                yield return new(Rule.ReadingOrder, read[i].Sheet, $"'{read[i].Name}' read where '{order[i]}' comes in the coalition's order");
                yield break;
            }
    }

    /// <summary>
    /// A partner's own poster reads in two columns: every wish left of every offer (halen left, brengen right),
    /// its header line at least 48 pt, the column headings bold and as large as the items, the small labels not tiny.
    /// </summary>
    public static IEnumerable<Violation> PartnerColumns(PresentationPlan plan, Coalition coalition, PosterKind? poster)
    {
        if (poster != PosterKind.Partner)
            yield break;
        var shapes = plan.Context.Words.Shapes;
        var partners = coalition.Partners.Where(p => plan.Slides.Any(s => s.Elements.Any(e => e is TextElement t && t.Name == p.Naam))).ToList();
        foreach (var (slide, n) in Numbered(plan))
        {
            var texts = slide.Elements.OfType<TextElement>().ToList();
            foreach (var header in texts.Where(t => t.Name == shapes.Header && t.FontSizePt < PartnerHeaderMin))
                yield return new(Rule.PartnerColumns, n, $"the header at {header.FontSizePt} pt, at least {PartnerHeaderMin}");
            foreach (var problem in Headings(plan.Context.Words.Posters, texts))
                yield return new(Rule.PartnerColumns, n, problem);
            foreach (var partner in partners)
            {
                var (wishes, offers) = (partner.Halen.Select(i => Flat(i.Text.Value)).ToHashSet(), partner.Brengen.Select(i => Flat(i.Text.Value)).ToHashSet());
                // An item's own paragraph: a bullet that begins with it (after a demand's tag), not a mention in another text.
                var demand = plan.Context.Words.Posters.Demand + " ";
                bool Begins(TextParagraph p, string item) => p.Bullet && (Flat(p.Text).StartsWith(item, StringComparison.Ordinal) || Flat(p.Text).StartsWith(demand + item, StringComparison.Ordinal));
                IEnumerable<Rect> Holding(IEnumerable<string> items) => texts.Where(t => t.Paragraphs.Any(p => items.Any(i => Begins(p, i)))).Select(t => t.Box);
                var (left, right) = (Holding(wishes.Except(offers)).ToList(), Holding(offers.Except(wishes)).ToList());
                if (left.Count > 0 && right.Count > 0 && left.Max(b => b.Right.Value) > right.Min(b => b.X.Value))
                    yield return new(Rule.PartnerColumns, n, $"the wishes of '{partner.Naam}' are not in a column left of its offers");
            }
        }
    }

    /// <summary>
    /// A partner poster's column headings (halen, brengen) bold and at least as large as the items under them; its
    /// small labels (eigen belang, ambition, …) at least <see cref="PosterSheet.PartnerLabelOverBody"/> of the items.
    /// </summary>
    private static IEnumerable<string> Headings(PosterTexts t, IReadOnlyList<TextElement> texts)
    {
        foreach (var text in texts)
            foreach (var p in text.Paragraphs)
            {
                var size = p.SizeIn(text.FontSizePt);
                if ((p.Text == t.Gets || p.Text == t.Brings) && (size < text.FontSizePt || !p.Runs.All(r => r.Bold)))
                    yield return $"the heading '{p.Text}' at {size} pt{(p.Runs.All(r => r.Bold) ? "" : ", not bold")}, under its items' {text.FontSizePt}";
                if ((p.Text == t.Interest || p.Text == t.SharedInterest || p.Text == t.Ambition)
                    && size < Math.Min(text.FontSizePt, Math.Round(text.FontSizePt * PosterSheet.PartnerLabelOverBody)))
                    yield return $"the label '{p.Text}' at {size} pt, under {PosterSheet.PartnerLabelOverBody:P0} of its items' {text.FontSizePt}";
            }
    }

    /// <summary>
    /// A partner's name that wraps in its bar leaves no line that is only a number ("02") or shorter than
    /// <see cref="PosterTile.ShortWord"/> characters ("De"): as measured, and on the full line a renderer may use.
    /// </summary>
    public static IEnumerable<Violation> NameLines(PresentationPlan plan, Coalition coalition, PosterKind? poster)
    {
        if (poster is null)
            yield break;
        var text = plan.Context.Text;
        foreach (var (slide, n) in Numbered(plan))
            foreach (var bar in slide.Elements.OfType<TextElement>().Where(t => t.Paragraphs.Count > 0 && coalition.Partners.Any(p => p.Naam == t.Name)))
            {
                var width = TextLayout.Inner(bar.Box.Width, bar.InsetX);
                var lone = new[] { width, width / 0.96 }.SelectMany(w => text.Wrap(bar.Paragraphs[0], w, bar.FontSizePt) is { Count: > 1 } lines ? lines : [])
                    .Select(l => l.Trim()).FirstOrDefault(l => l.Length < PosterTile.ShortWord || l.All(ch => char.IsDigit(ch) || char.IsWhiteSpace(ch)));
                if (lone is not null)
                    yield return new(Rule.NameLines, n, $"'{bar.Name}' leaves '{lone}' alone on a line of its name bar");
            }
    }

    private static string Flat(string text) => Space().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
