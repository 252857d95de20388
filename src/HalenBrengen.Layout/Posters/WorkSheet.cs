using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Posters;

/// <summary>
/// The empty work sheet the facilitator fills in during the session. Every partner sheet has one arrangement:
/// a grid of identical tiles, a name over two fields side by side (halen, brengen), each field at least two
/// sticky notes of 76 mm wide and three high; rows centred, so the sheet is mirrored about its middle. The
/// partners are spread evenly over the fewest sheets, in the coalition's order. The centre (headline and
/// ambition) is paper of its own, a sheet that hangs in the middle of the wall, so every partner's tile hangs as
/// near the day's result as any other: its fields follow the session from the top, who brings what for whom, what nobody
/// brings yet and the balance questions' notes, the ambition, the headline and what the group agrees.
/// </summary>
internal static class WorkSheet
{
    /// <summary>Between two partners' tiles: wider than the gutter between a tile's own two fields, so a tile reads as one partner's.</summary>
    public static readonly Emu Gap = Emu.FromMm(20);

    /// <summary>
    /// The centre's field for the headlines the group proposes: three rows of 76 mm notes under its label, one note a proposal
    /// (170 mm held one row; a reader). The chosen one is written on the combined map.
    /// </summary>
    private static readonly Emu HeadlineStrip = Emu.FromMm(300);

    /// <summary>The grid of a partner sheet: tiles per row, rows, one tile's size and its name bar.</summary>
    private sealed record Grid(int Columns, int Rows, Emu Width, Emu Height, (Emu Height, double Size) Bar)
    {
        public Emu Field => Height - Bar.Height;
    }

    /// <summary>
    /// The centre takes two sheets side by side: step 4's fields on the first (who brings what for whom across the sheet, what
    /// nobody brings yet and the balance under it), the ambition, headline and agreements on the second. On one sheet, three
    /// readers found three rows for seven partners' links and two for their agreements. Above <see cref="CentreGrowsAbove"/>
    /// partners three: who brings what for whom a sheet of its own, what nobody brings yet and the balance the next (readers:
    /// the shared fields as large for 24 partners' notes as for 7).
    /// </summary>
    public static int CentreSheets(int partners) => partners > CentreGrowsAbove ? 3 : 2;

    /// <summary>Up to this many partners the centre takes two sheets; more, three.</summary>
    public const int CentreGrowsAbove = 12;

    public static PosterPlan Plan(PlanContext c, Coalition coalition, PosterTexts t)
    {
        var (header, area) = Frame(c.Page);
        var (groups, grid) = Sheets(c, area, coalition.Partners);
        // The centre in the middle of the sheets as they hang side by side: as many partner sheets left of it as right
        // (one more right only for a single partner, whose one sheet cannot be halved).
        var centreAt = groups.Count / 2;
        var centres = CentreSheets(coalition.Partners.Count);
        var names = centres == 2 ? t.CentreSheets : t.CentreSheetsThree;
        var count = groups.Count + centres;
        var slides = new List<SlidePlan>();
        // The header's right end a picture of the wall: every sheet as it hangs, left to right, this one filled (a reader: the
        // order in words alone, and a work sheet hung in the wrong order does not work).
        var (wallBox, headerBox) = Wall(c, header, count);
        for (var s = 0; s < count; s++)
        {
            var number = $"{s + 1}/{count}";
            var elements = new List<SlideElement>(WallSheets(c, wallBox, count, s, centreAt, centres));
            if (s >= centreAt && s < centreAt + centres)
            {
                elements.Add(PosterPlanner.Header(c, coalition, headerBox, t, number + "  ·  " + names[Math.Min(s - centreAt, names.Count - 1)], t.WorkSheet));
                elements.AddRange(Centre(c, area, t, s - centreAt, centres));
            }
            else
            {
                elements.Add(PosterPlanner.Header(c, coalition, headerBox, t, number + "  ·  " + t.PartnerSheet, t.WorkSheet));
                elements.AddRange(Tiles(c, area, groups[s < centreAt ? s : s - centres], grid, t));
            }
            slides.Add(new SlidePlan(SlideLayoutKind.Inhoud, null, elements, ""));
        }
        return new PosterPlan(PosterKind.WorkSheet, null, c.Presentation(coalition.Naam ?? t.NoHeadline, PosterPlanner.OneHeaderSize(c, slides)));
    }

    /// <summary>Between two sheets in the picture of the wall (each an A0 in miniature, as high as the header allows).</summary>
    private static readonly Emu WallGap = Emu.FromMm(4);

    /// <summary>The picture of the wall at the header's right end, and the header's words left of it.</summary>
    private static (Rect Wall, Rect Header) Wall(PlanContext c, Rect header, int count)
    {
        var height = header.Height - Emu.FromMm(6);
        var width = new Emu((long)(height.Value / Math.Sqrt(2)));
        var wall = (width + WallGap) * count - WallGap;
        var box = new Rect(header.Right - wall, header.Y + (header.Height - height) / 2, wall, height);
        return (box, header with { Width = box.X - c.Page.Gap - header.X });
    }

    /// <summary>Every sheet as it hangs, left to right: this one in the accent colour, the centre's on paper, the partners' in their panels' light colour.</summary>
    private static IEnumerable<SlideElement> WallSheets(PlanContext c, Rect wall, int count, int current, int centreAt, int centres)
    {
        var width = (wall.Width - WallGap * (count - 1)) / count;
        for (var s = 0; s < count; s++)
        {
            var fill = s == current ? c.Colours.Accent : s >= centreAt && s < centreAt + centres ? c.Colours.Paper : c.Colours.Light;
            yield return new TextElement(new Rect(wall.X + (width + WallGap) * s, wall.Y, width, wall.Height), [], PosterSheet.SmallText, c.Colours.Ink, fill,
                Name: c.Words.Shapes.WallSheet.Fill((s + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Outline: new Outline(s == current ? c.Colours.Accent : c.Colours.Rule, Emu.FromPt(1.5)));
        }
    }

    /// <summary>
    /// The header and the area under it down to the sheet's foot: every field is labelled, so the work sheet needs
    /// no legend; a logo at the foot keeps the legend's band free for itself.
    /// </summary>
    private static (Rect Header, Rect Area) Frame(Page page)
    {
        var (header, area, legend) = PosterSheet.Frame(page);
        var logoBelow = page.Logo is { } logo && logo.Y >= page.Content.Y + page.Content.Height / 2;
        return (header, logoBelow ? area : area with { Height = legend.Bottom - area.Y });
    }

    /// <summary>
    /// The fewest sheets whose grid has fields at least <see cref="PosterSheet.FieldMin"/> wide and
    /// <see cref="PosterSheet.FieldTall"/> high, the partners spread evenly over them; one partner a sheet when
    /// even that does not reach it (a page smaller than any work sheet is printed on).
    /// </summary>
    private static (IReadOnlyList<IReadOnlyList<Partner>> Groups, Grid Grid) Sheets(PlanContext c, Rect area, IReadOnlyList<Partner> partners)
    {
        var names = partners.Select(p => p.Naam).ToList();
        var count = Math.Max(1, partners.Count);
        for (var sheets = 1; sheets <= count; sheets++)
        {
            var grid = GridFor(c, area, (count + sheets - 1) / sheets, names);
            if (grid.Field < PosterSheet.FieldTall && sheets < count)
                continue;
            // An even number of partner sheets, so as many hang left of the centre as right (three readers found 6 | centre
            // | 5 | 5 at 16 partners): one sheet more where the partners allow it, with fewer partners, so larger fields.
            if (sheets % 2 == 1 && sheets < count)
                (sheets, grid) = (sheets + 1, GridFor(c, area, (count + sheets) / (sheets + 1), names));
            return (CombinedMap.Groups(partners, sheets), grid);
        }
        throw new InvalidOperationException("unreachable: the last count always returns");
    }

    /// <summary>
    /// As many tiles a row as fields <see cref="PosterSheet.FieldMin"/> wide allow (two fields a tile), at most
    /// <paramref name="most"/>; rows enough for <paramref name="most"/>, filling the area's height; every name at
    /// one size, at least 1.5 times the fields' labels.
    /// </summary>
    private static Grid GridFor(PlanContext c, Rect area, int most, IReadOnlyList<string> names)
    {
        var fit = (int)((area.Width + Gap).Value / (PosterSheet.FieldMin * 2 + PosterSheet.FieldGutter + Gap).Value);
        var columns = Math.Clamp(most, 1, Math.Max(1, fit));
        var rows = (most + columns - 1) / columns;
        var width = (area.Width - Gap * (columns - 1)) / columns;
        var height = (area.Height - Gap * (rows - 1)) / rows;
        var bar = PosterTile.SharedNameBar(c, names, width, PosterSheet.NameFor(PosterSheet.FieldLabel));
        return new Grid(columns, rows, width, height, bar);
    }

    /// <summary>The group's tiles row by row, every row (a short last one too) in the middle of the sheet, the block in the middle of the area.</summary>
    private static IEnumerable<SlideElement> Tiles(PlanContext c, Rect area, IReadOnlyList<Partner> group, Grid grid, PosterTexts t)
    {
        var rows = (group.Count + grid.Columns - 1) / grid.Columns;
        var top = area.Y + (area.Height - (grid.Height * rows + Gap * (rows - 1))) / 2;
        for (var i = 0; i < group.Count; i++)
        {
            var (row, column) = (i / grid.Columns, i % grid.Columns);
            var inRow = Math.Min(grid.Columns, group.Count - row * grid.Columns);
            var left = area.X + (area.Width - (grid.Width * inRow + Gap * (inRow - 1))) / 2;
            var cell = new Rect(left + (grid.Width + Gap) * column, top + (grid.Height + Gap) * row, grid.Width, grid.Height);
            foreach (var element in PosterTile.Fields(c, group[i].Naam, cell, t, grid.Bar))
                yield return element;
        }
    }

    /// <summary>
    /// The centre's labels as large as the partners' names: the day's result is no smaller than a partner's tile (a reader: at the
    /// fields' 48 pt under names of 72, the shared fields read as the sheets' small print).
    /// </summary>
    public static readonly double CentreLabel = PosterSheet.NameFor(PosterSheet.FieldLabel);

    /// <summary>
    /// The centre as paper to write on, in the session's order, over two sheets: on the first, across it, who brings what
    /// for whom (step 4, where most notes land: three fifths of the sheet) and under it, side by side, what nobody brings yet and
    /// a field for each balance question; on the second the ambition, the headlines proposed (300 mm: three rows of notes) and
    /// what the group agrees (who does what). Above <see cref="CentreGrowsAbove"/> partners over three sheets: who brings what for
    /// whom the first, what nobody brings yet over the balance questions' fields the second. Each field has its label in the top
    /// left corner and under it, quieter, the question the group answers there.
    /// </summary>
    /// <param name="parts">The centre's sheets: two, or three for a larger coalition (<see cref="CentreSheets"/>).</param>
    private static IReadOnlyList<SlideElement> Centre(PlanContext c, Rect area, PosterTexts t, int part, int parts)
    {
        var outline = new Outline(c.Colours.Rule, Emu.FromPt(3));
        TextElement Field(Rect box, string label, string prompt, string name) => new(box,
            [new TextParagraph([new TextRun(label, true, c.Colours.Ink)], SpaceBeforeEm: 0),
             new TextParagraph([new TextRun(prompt, false, c.Colours.Muted)], SpaceBeforeEm: 0.2, SizePt: PosterSheet.PromptMin)],
            CentreLabel, c.Colours.Ink, c.Colours.Paper, Anchor.Top, TextAlign.Left, name, Outline: outline, Margin: PosterSheet.Inset(CentreLabel));
        TextElement Together(Rect box) => Field(box, t.TogetherLabel, t.TogetherPrompt, c.Words.Shapes.Together);
        TextElement Unanswered(Rect box) => Field(box, t.UnansweredLabel, t.UnansweredPrompt, c.Words.Shapes.Unanswered);
        // Each balance vote its own field, side by side in the row's last two of its columns (readers: two votes in one field are not
        // counted at a glance).
        IEnumerable<SlideElement> Balance(Rect row, int columns) =>
            [Field(Columns.Of(row, columns - 2, columns, Gap), t.EnoughLabel, t.EnoughPrompt, c.Words.Shapes.EnoughField),
             Field(Columns.Of(row, columns - 1, columns, Gap), t.EqualLabel, t.EqualPrompt, c.Words.Shapes.EqualField)];
        if (parts == 3 && part < 2)
        {
            // A larger coalition's links a sheet of their own; what nobody brings yet over the balance questions' two fields the next.
            if (part == 0)
                return [Together(area)];
            var upper = area with { Height = (area.Height - Gap) / 2 };
            var lower = new Rect(area.X, upper.Bottom + Gap, area.Width, area.Bottom - upper.Bottom - Gap);
            return [Unanswered(upper), .. Balance(lower, 2)];
        }
        if (part == 0)
        {
            // Who brings what for whom across the sheet, most of it; under it side by side what nobody brings yet and the balance
            // questions' unnamed notes (readers: the deck asked for them on sticky notes and the sheet had no place for them).
            var together = area with { Height = (area.Height - Gap) * 0.6 };
            var below = new Rect(area.X, together.Bottom + Gap, area.Width, area.Bottom - together.Bottom - Gap);
            return [Together(together), Unanswered(Columns.Of(below, 0, 3, Gap)), .. Balance(below, 3)];
        }
        // The ambition a field of the least height (a sentence sharpened on a few notes), the agreements the rest: many partners
        // take something on, a row each.
        var ambition = area with { Height = PosterSheet.FieldTall };
        var strip = new Rect(area.X, ambition.Bottom + Gap, area.Width, HeadlineStrip);
        var agreements = new Rect(area.X, strip.Bottom + Gap, area.Width, area.Bottom - strip.Bottom - Gap);
        return [Field(ambition, t.AmbitionLabel, t.AmbitionPrompt, c.Words.Shapes.Ambition), Field(strip, t.HeadlineLabel, t.HeadlinePrompt, c.Words.Shapes.Headline),
            Field(agreements, t.AgreementsLabel, t.AgreementsPrompt, c.Words.Shapes.Agreements)];
    }
}
