using HalenBrengen.Layout.Style;

namespace HalenBrengen.Layout;

/// <summary>
/// A page and its grid: its size, the margin content keeps from the edges, the gap between blocks, the box
/// the look's logo takes (null without a logo), and the bands of a title and a body: every box a planner
/// places is measured from these, so a plan made on a page says where everything is on it. The A0 posters
/// divide their body themselves (<see cref="Posters.PosterSheet.Frame"/>); their title band is where the
/// master puts the title of a sheet a facilitator adds in PowerPoint.
/// </summary>
/// <param name="Title">The title band's top and height: room for two lines at the smallest title size.</param>
/// <param name="TitleSlide">The title slide's title: lower and taller than a content slide's, over the details.</param>
/// <param name="Body">The body band's top and height, below the title.</param>
public sealed record Page(Emu Width, Emu Height, Emu Margin, Emu Gap, Rect? Logo, Band Title, Band TitleSlide, Band Body)
{
    /// <summary>16:9 at PowerPoint's default widescreen size, 13.333 × 7.5 in.</summary>
    public static readonly Emu SlideWidth = new(12_192_000);
    public static readonly Emu SlideHeight = new(6_858_000);

    /// <summary>
    /// A slide in a look: margins of 12 mm, gaps of 6 mm; the logo in its corner, the margin from the side
    /// and 7 mm from the top or bottom.
    /// </summary>
    public static Page Slide(Look look) =>
        new(SlideWidth, SlideHeight, Emu.FromMm(12), Emu.FromMm(6), look.LogoBox(SlideWidth, SlideHeight, Emu.FromMm(12), Emu.FromMm(7)),
            Title: Band.Mm(7, 30), TitleSlide: Band.Mm(30, 72), Body: Band.Mm(40, 140));

    /// <summary>
    /// An A4 landscape page (ISO 216) in a look, for what is printed and read up close rather than projected (the
    /// facilitator's briefing): printed on A4 at its own size, where a 16:9 slide shrinks to 88 % and 12 pt becomes 10.5.
    /// The slide's margins, gaps and title band; the body runs to 15 mm above the foot, the footer's line under it.
    /// </summary>
    public static Page A4(Look look)
    {
        var (width, height) = (Emu.FromMm(297), Emu.FromMm(210));
        return new(width, height, Emu.FromMm(12), Emu.FromMm(6), look.LogoBox(width, height, Emu.FromMm(12), Emu.FromMm(7)),
            Title: Band.Mm(7, 30), TitleSlide: Band.Mm(30, 72), Body: Band.Mm(40, 155));
    }

    /// <summary>
    /// An A0 portrait sheet (ISO 216) in a look: content keeps 25 mm free on every side (many A0 plotters print no
    /// closer to the edge; a reader found 15 mm tight); gaps of 8 mm; the logo in its corner, the margin from the edges.
    /// A title there is the posters' headline size (two lines of 72 pt take 62 mm with the insets).
    /// </summary>
    public static Page A0(Look look)
    {
        var (width, height, margin) = (Emu.FromMm(841), Emu.FromMm(1189), Emu.FromMm(25));
        return new(width, height, margin, Emu.FromMm(8), look.LogoBox(width, height, margin, margin),
            Title: Band.Mm(25, 62), TitleSlide: Band.Mm(300, 160), Body: Band.Mm(95, 1069));
    }

    /// <summary>The whole page.</summary>
    public Rect Bounds => new(new Emu(0), new Emu(0), Width, Height);

    /// <summary>The page within its margins.</summary>
    public Rect Content => new(Margin, Margin, Width - Margin - Margin, Height - Margin - Margin);

    /// <summary>A box made to keep clear of the logo: what is left beside, above or below it (<see cref="Rect.Beside"/>).</summary>
    public Rect BesideLogo(Rect box) => Logo is { } logo ? box.Beside(logo, Gap) : box;

    /// <summary>
    /// A box kept clear of the logo as <see cref="BesideLogo"/> does, but when it has to get narrower, by the
    /// same on both sides: for centred text (a front page's masthead) and the rules across a page.
    /// </summary>
    public Rect BesideLogoCentred(Rect box)
    {
        var beside = BesideLogo(box);
        if (beside == box || beside.Height != box.Height)
            return beside;
        var cut = box.Width - beside.Width;
        return new Rect(box.X + cut, box.Y, box.Width - cut - cut, box.Height);
    }

    /// <summary>Where a content slide's title goes: room for two lines at the smallest title size, beside the logo.</summary>
    public Rect TitleBox => BesideLogo(new Rect(Margin, Title.Top, Width - Margin - Margin, Title.Height));

    /// <summary>Below the title: the slide's body. Its bottom keeps 10 mm free, for projectors that crop; it keeps clear of the logo.</summary>
    public Rect BodyBox => BesideLogo(new Rect(Margin, Body.Top, Width - Margin - Margin, Body.Height));

    /// <summary>A title slide's title: lower and taller than a content slide's, over the details.</summary>
    public Rect TitleSlideTitleBox => new(Margin, TitleSlide.Top, TitleBox.Width, TitleSlide.Height);
}

/// <summary>A horizontal band of a page: where it starts from the top, and how high it is.</summary>
public readonly record struct Band(Emu Top, Emu Height)
{
    public static Band Mm(double top, double height) => new(Emu.FromMm(top), Emu.FromMm(height));
}
