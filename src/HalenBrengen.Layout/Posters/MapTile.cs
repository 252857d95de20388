using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Posters;

/// <summary>
/// One partner's tile on the combined map, built as its own poster is, so the wall reads as one family: the name
/// bar across the top, under it what it wants to get (left, in the halen tint) beside what it brings (right, in the
/// brengen tint), each item in its own words without its details, and at the foot a band only for a partner without a card. Every tile of a sheet is divided alike: the same bar,
/// the same band, the same two columns. Where a sheet's tiles are too narrow for two columns (a long word such
/// as "betalingsachterstanden" would not fit half a tile at the minimum size), every tile of that sheet stacks
/// halen over brengen instead: the same tints, headings, bar and band, one form for the whole sheet.
/// </summary>
internal static class MapTile
{
    /// <summary>Between the two columns and above the band: the tile reads as one, its parts apart.</summary>
    private static readonly Emu Gap = Emu.FromMm(4);

    /// <summary>The share of a column's line a single word may take: what TextLayout leaves the renderer.</summary>
    public const double WordRoom = 0.96;

    /// <summary>
    /// A partner's words on the map: the halen column, the brengen column (each under its heading) and the band;
    /// <paramref name="WidestEm"/>: the widest word of the columns in ems, with a bullet's indent before it.
    /// </summary>
    public sealed record Words(IReadOnlyList<TextParagraph> Halen, IReadOnlyList<TextParagraph> Brengen, IReadOnlyList<TextParagraph> Interest, double WidestEm)
    {
        public Words Select(PlanContext c, Func<TextParagraph, TextParagraph> item)
        {
            var (halen, brengen) = (Halen.Select(item).ToList(), Brengen.Select(item).ToList());
            return this with { Halen = halen, Brengen = brengen, WidestEm = Widest(c, halen.Concat(brengen)) };
        }
    }

    /// <summary>Where a tile's parts go: its two columns and its band (no height when no partner of the sheet has one).</summary>
    public sealed record Parts(Rect Halen, Rect Brengen, Rect Band);

    public static Words Of(PlanContext c, Partner partner, PosterTexts t)
    {
        // The combined map is the halen-and-brengen map: what each partner wants and brings, large enough to read from the back
        // of the group (four fresh readers found 28 pt with the offers' details and the interests too small; without them the
        // example's map is set at 38 pt). A partner's interest and the size and conditions of its offers stand on its own
        // poster, which hangs beside the map while it speaks. The band says only that a partner has no card yet.
        var interest = new List<TextParagraph>();
        if (partner.Kaart is null)
            interest.Add(new TextParagraph([new TextRun(t.NoCard, false, c.Colours.Muted)], SpaceBeforeEm: 0));
        List<TextParagraph> Column(string heading, string colour, IEnumerable<TextParagraph> items)
        {
            var column = new List<TextParagraph> { new([new TextRun(heading, true, colour)], SpaceBeforeEm: 0) };
            column.AddRange(items);
            if (column.Count == 1)
                column.Add(new TextParagraph([new TextRun(t.NothingYet, false, c.Colours.Muted)], SpaceBeforeEm: 0.2));
            return column;
        }
        var halen = Column(t.Gets, c.Colours.Halen, Items.DemandsFirst(partner.Halen).Select(item => PosterTile.Amounts(Items.Bullet(c, item, item.IsEis ? t.Demand : null, null, inline: true, 0.25))));
        var brengen = Column(t.Brings, c.Colours.Brengen, partner.Brengen.Select(item => PosterTile.Amounts(Items.Bullet(c, item, null, null, inline: true, 0.25))));
        return new Words(halen, brengen, interest, Widest(c, halen.Concat(brengen)));
    }

    /// <summary>
    /// The widest word of the paragraphs, in ems: a column narrower than it would break the word by characters
    /// ("betalingsachterst-anden"), which no reader forgives on a wall.
    /// </summary>
    public static double Widest(PlanContext c, IEnumerable<TextParagraph> paragraphs) =>
        paragraphs.SelectMany(p => p.Runs.SelectMany(r => r.Text.Split(' ', '\n').Select(word => c.Text.For(r.Bold).Width(word, 1) + (p.Hangs ? TextLayout.BulletIndentEm : 0))))
            .DefaultIfEmpty(0).Max();

    /// <summary>The band every tile of a sheet shares at this size: as high as the longest interest needs; none when no partner has one.</summary>
    public static Emu Band(PlanContext c, IEnumerable<Words> sheet, Emu width, double size)
    {
        var inset = PosterSheet.Inset(size);
        var inner = TextLayout.Inner(width, inset);
        var tallest = sheet.Select(w => w.Interest.Count == 0 ? 0 : c.Text.Height(w.Interest, inner, size)).DefaultIfEmpty(0).Max();
        return tallest == 0 ? new Emu(0) : Emu.FromPt(tallest) + inset + inset + Emu.FromPt(2);
    }

    /// <summary>
    /// The tile under its name bar: two equal columns side by side, the band under them; or, given
    /// <paramref name="stacked"/> (the halen part's height), halen over brengen across the tile's width.
    /// </summary>
    public static Parts Split(Rect cell, Emu bar, Emu band, Emu? stacked = null)
    {
        var below = PosterTile.Below(cell, bar);
        var columns = band.Value == 0 ? below : below with { Height = below.Height - band - Gap };
        var foot = new Rect(below.X, below.Bottom - band, below.Width, band);
        if (stacked is not { } top)
            return new Parts(Columns.Of(columns, 0, 2, Gap), Columns.Of(columns, 1, 2, Gap), foot);
        var halen = columns with { Height = top };
        return new Parts(halen, columns with { Y = halen.Bottom + Gap, Height = columns.Height - top - Gap }, foot);
    }

    /// <summary>
    /// The halen part every stacked tile of a sheet shares at this size: as high as the longest halen column
    /// needs across the tile, so the brengen parts of the sheet all begin at one height.
    /// </summary>
    public static Emu Stack(PlanContext c, IEnumerable<Words> sheet, Emu width, double size)
    {
        var inset = PosterSheet.Inset(size);
        var inner = TextLayout.Inner(width, inset);
        var tallest = sheet.Select(w => c.Text.Height(w.Halen, inner, size)).DefaultIfEmpty(0).Max();
        return Emu.FromPt(tallest) + inset + inset + Emu.FromPt(2);
    }

    /// <summary>The two columns laid in their boxes at this size (each in columns of its own where it is wide); null when one does not fit.</summary>
    public static IReadOnlyList<(Rect Box, IReadOnlyList<TextParagraph> Paragraphs)>? Lay(PlanContext c, Words words, Parts parts, double size)
    {
        if (parts.Halen.Height.Value <= 0 || parts.Brengen.Height.Value <= 0 || Part(c, words.Halen, parts.Halen, size) is not { } halen
            || Part(c, words.Brengen, parts.Brengen, size) is not { } brengen)
            return null;
        // The renderer keeps a few percent of a line free (as TextLayout measures): the widest word must fit what is left.
        var narrowest = halen.Concat(brengen).Min(l => TextLayout.Inner(l.Box.Width, PosterSheet.Inset(size)));
        return words.WidestEm * size <= narrowest * WordRoom ? [.. halen, .. brengen] : null;
    }

    /// <summary>
    /// One part's words in its columns with a poster's inset; the columns' boxes abut, one field of one tint with
    /// twice the inset between its columns of text. Null when they do not fit.
    /// </summary>
    private static IReadOnlyList<(Rect Box, IReadOnlyList<TextParagraph> Paragraphs)>? Part(PlanContext c, IReadOnlyList<TextParagraph> column, Rect part, double size)
    {
        var inset = PosterSheet.Inset(size);
        var laid = TileColumns.Lay(c, column, PosterSheet.Measured(part, inset), size, (inset - TextLayout.InsetX) * 2);
        return laid?.Select(l => (PosterSheet.Grown(l.Box, inset), l.Paragraphs)).ToList();
    }

    public static IEnumerable<SlideElement> Elements(PlanContext c, string name, Rect cell, Words words, double size, (Emu Height, double Size) bar, Emu band, Emu? stacked)
    {
        yield return PosterTile.NameBarElement(c, name, cell, bar);
        var parts = Split(cell, bar.Height, band, stacked);
        var content = c.Words.Shapes.TileContent.Fill(name);
        foreach (var (box, fill, column) in new[] { (parts.Halen, c.Colours.HalenLight, words.Halen), (parts.Brengen, c.Colours.BrengenLight, words.Brengen) })
            foreach (var (laid, paragraphs) in Part(c, column, box, size) ?? [(box, column)])
                yield return new TextElement(laid, paragraphs, size, c.Colours.Ink, fill, Name: content, Margin: PosterSheet.Inset(size));
        if (band.Value > 0)
            yield return new TextElement(parts.Band, words.Interest, size, c.Colours.Ink, c.Colours.Light, Name: content, Margin: PosterSheet.Inset(size));
    }
}
