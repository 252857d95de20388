namespace HalenBrengen.Layout.Posters;

/// <summary>How an A0 sheet is divided, and the sizes only posters have; the page itself is <see cref="Page.A0"/>.</summary>
public static class PosterSheet
{
    /// <summary>Free of content on every side of every poster: many A0 plotters print no closer to the edge (the page's margin keeps it).</summary>
    public static readonly Emu PrinterMargin = Emu.FromMm(25);

    /// <summary>
    /// A poster's three bands: the header line at the top, the legend at the bottom, the map between. A
    /// logo sits in the header's corner (or the legend's, at the bottom): that band gets narrower beside it
    /// and as high as the logo, so the map keeps the page's full width.
    /// </summary>
    public static PosterFrame Frame(Page page)
    {
        var content = page.Content;
        var header = content with { Height = Emu.FromMm(28) };
        // High enough for a 44 pt line: the legend is read from across the room like the rest.
        var legend = new Rect(content.X, content.Bottom - Emu.FromMm(22), content.Width, Emu.FromMm(22));
        if (page.Logo is { } logo)
        {
            if (logo.Y < content.Y + content.Height / 2)
            {
                header = header.Beside(logo, page.Gap);
                header = header with { Height = Max(header.Height, logo.Bottom - header.Y) };
            }
            else
            {
                legend = legend.Beside(logo, page.Gap);
                var top = logo.Y < legend.Y ? logo.Y : legend.Y;
                legend = legend with { Y = top, Height = content.Bottom - top };
            }
        }
        var area = new Rect(content.X, header.Bottom + page.Gap, content.Width, legend.Y - header.Bottom - page.Gap - page.Gap);
        return new PosterFrame(header, area, legend);
    }

    private static Emu Max(Emu a, Emu b) => a > b ? a : b;

    /// <summary>
    /// Text in a filled box on a poster keeps at least this share of its type size from the box's edges (never
    /// need more than <see cref="InsetEnough"/>): a slide's few points look cramped on A0 read at two metres.
    /// </summary>
    public const double InsetOverSize = 0.5;

    public static readonly Emu InsetEnough = Emu.FromMm(8);

    /// <summary>The least inset a filled box's text of this size may have on a poster (rule <c>PosterInset</c>).</summary>
    public static Emu InsetLeast(double sizePt) => Min(Emu.FromPt(sizePt * InsetOverSize), InsetEnough);

    /// <summary>The inset the posters give a filled box's text of this size: a little over the least, 10 mm at most.</summary>
    public static Emu Inset(double sizePt) => Max(Min(Emu.FromPt(sizePt * 0.6), Emu.FromMm(10)), TextLayout.InsetX);

    /// <summary>
    /// A box less the difference between <paramref name="inset"/> and a slide's insets: measured with a slide's
    /// insets (as <see cref="TextLayout"/> does), it holds what the box holds with its own.
    /// </summary>
    public static Rect Measured(Rect box, Emu inset)
    {
        var (x, y) = (inset - TextLayout.InsetX, inset - TextLayout.InsetY);
        return new Rect(box.X + x, box.Y + y, box.Width - x - x, box.Height - y - y);
    }

    /// <summary>A measured box (<see cref="Measured"/>) back at its full size.</summary>
    public static Rect Grown(Rect measured, Emu inset)
    {
        var (x, y) = (inset - TextLayout.InsetX, inset - TextLayout.InsetY);
        return new Rect(measured.X - x, measured.Y - y, measured.Width + x + x, measured.Height + y + y);
    }

    private static Emu Min(Emu a, Emu b) => a < b ? a : b;

    /// <summary>Readable from two metres.</summary>
    public const double HeadlineMin = 72;
    public const double HeadlineMax = 110;
    public const double NameMin = 36;
    public const double NameMax = 48;
    /// <summary>A partner's name is at least this many times the size of the words under it: it reads first.</summary>
    public const double NameOverBody = 1.5;

    /// <summary>
    /// On a partner's own poster the name is up to this many times its words: the poster's title, a clear step above the body;
    /// down to <see cref="NameOverBody"/> where that keeps every partner's name on one line.
    /// </summary>
    public const double PartnerNameOverBody = 1.8;

    /// <summary>On a partner's own poster the column headings (halen, brengen) are this many times its words: found before the items.</summary>
    public const double PartnerHeadingOverBody = 1.15;

    /// <summary>On a partner's own poster a section's small label (eigen belang, ambition…) is at least this many times its words: a step down, not tiny.</summary>
    public const double PartnerLabelOverBody = 0.8;

    /// <summary>The smallest name over words of this size: <see cref="NameOverBody"/> times it, in whole points.</summary>
    public static double NameFor(double wordsPt) => Math.Ceiling(wordsPt * NameOverBody);
    /// <summary>
    /// Items as large as every tile allows, from this down to the minimum for the coalition's size: a map of few
    /// partners on large tiles fills them rather than leaving half of each empty (the names 1.5 times this stay
    /// under the headline's 72 pt).
    /// </summary>
    public const double ItemLargest = 44;
    public const double PartnerItemLargest = 80;
    /// <summary>A partner's own poster never sets its words smaller: read from two metres, it takes a second sheet instead.</summary>
    public const double PartnerItemMin = 24;
    /// <summary>Up to <see cref="LargeItemPartners"/> partners, items never go below this on the combined map; more sheets follow instead.</summary>
    public const double ItemMinFew = 24;
    public const int LargeItemPartners = 12;
    /// <summary>With more partners the tiles are smaller: items on the combined map may go down to this.</summary>
    public const double ItemMinMany = 20;
    /// <summary>The smallest text on any poster (the ambition in a full centre).</summary>
    public const double ItemMin = 16;
    public const double SmallText = 20;
    /// <summary>The labels of the work sheet's empty fields (headline, ambition, halen, brengen): read from the back of the group.</summary>
    public const double FieldLabel = 48;

    /// <summary>The question under a label of the work sheet's centre, in the muted colour: read across the room, quieter than its label (two readers found 32 pt readable only from close by).</summary>
    public const double PromptMin = 40;

    /// <summary>The work sheet's headline field: a 76 mm sticky note or a written line of 72 pt fits under its label.</summary>
    public static readonly Emu HeadlineFieldMin = Emu.FromMm(110);

    /// <summary>
    /// A combined map's sheet holds at most this many partners: a ring of more has tiles too small to read from
    /// two metres, even where the sizes the issue allows would still fit (24 partners: three sheets at 31 pt, not
    /// two at 25).
    /// </summary>
    public const int MapMost = 9;

    /// <summary>The centre (headline and ambition) takes at most this share of a sheet: the sheet is for the partners.</summary>
    public const double MaxCentreShare = 0.20;

    /// <summary>A work sheet's field is wide enough for two sticky notes of 76 mm side by side, with room around them.</summary>
    public static readonly Emu FieldMin = Emu.FromMm(160);

    /// <summary>
    /// A work sheet's halen and brengen fields stand this far apart: a note stuck on the line between two touching fields
    /// belongs to neither (a fresh reader).
    /// </summary>
    public static readonly Emu FieldGutter = Emu.FromMm(10);

    /// <summary>A work sheet's field is tall enough for three rows of 76 mm notes under its label.</summary>
    public static readonly Emu FieldTall = Emu.FromMm(240);

    /// <summary>
    /// The tiles around the centre on a combined map or work sheet: A0 portrait, so tiles may be taller than
    /// wide; mirrored left and right of the centre, which takes at most <see cref="MaxCentreShare"/> of the sheet.
    /// A work sheet's tiles may be taller (two fields over each other under the name). A combined map's centre is at least
    /// 200 mm high: under its label, a field to write the chosen headline on in marker (82 mm was too low, two fresh readers).
    /// </summary>
    public static Kit.Ring.Options Ring(Page page, Rect area, bool workSheet) => new(
        Gap: Emu.FromMm(8), MinTileWidth: Emu.FromMm(150), MinTileHeight: Emu.FromMm(150),
        MinCentreWidth: Emu.FromMm(300), MinCentreHeight: Emu.FromMm(workSheet ? 150 : 200), Aspect: workSheet ? 0.55 : 1.0, MinAspect: 0.4, MaxAspect: 2.5,
        Mirrored: true, MaxCentreShare: MaxCentreShare * page.Width.Value * page.Height.Value / ((double)area.Width.Value * area.Height.Value));

    /// <summary>Two name bars whose tops differ less than this are on one row of a map (corner tiles sit a few mm lower).</summary>
    public static readonly Emu RowTolerance = Emu.FromMm(20);

    /// <summary>Tiles in reading order: row after row from the top, each row left to right.</summary>
    public static IReadOnlyList<Rect> ReadingOrder(IReadOnlyList<Rect> tiles)
    {
        var rows = new List<List<Rect>>();
        foreach (var tile in tiles.OrderBy(t => t.Y.Value))
        {
            if (rows.Count > 0 && tile.Y.Value - rows[^1][0].Y.Value < RowTolerance.Value)
                rows[^1].Add(tile);
            else
                rows.Add([tile]);
        }
        return rows.SelectMany(r => r.OrderBy(t => t.X.Value)).ToList();
    }

    public static double ItemMinFor(int partners) => partners <= LargeItemPartners ? ItemMinFew : ItemMinMany;
}

/// <summary>A poster's header line, the map's area and the legend line.</summary>
public sealed record PosterFrame(Rect Header, Rect Area, Rect Legend);
