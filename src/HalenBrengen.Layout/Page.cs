using HalenBrengen.Layout.Style;

namespace HalenBrengen.Layout;

/// <summary>
/// A page and its grid: its size, the margin content keeps from the edges, the gap between blocks, and the
/// box the look's logo takes (null without a logo). Every box a planner places is measured from these, so
/// a plan made on a page says where everything is on it. A slide also has a title and a body box; the A0
/// posters divide their page themselves (<see cref="Posters.PosterSheet.Frame"/>).
/// </summary>
public sealed record Page(Emu Width, Emu Height, Emu Margin, Emu Gap, Rect? Logo)
{
    /// <summary>16:9 at PowerPoint's default widescreen size, 13.333 × 7.5 in.</summary>
    public static readonly Emu SlideWidth = new(12_192_000);
    public static readonly Emu SlideHeight = new(6_858_000);

    /// <summary>
    /// A slide in a look: margins of 12 mm, gaps of 6 mm; the logo in its corner, the margin from the side
    /// and 7 mm from the top or bottom.
    /// </summary>
    public static Page Slide(Look look) =>
        new(SlideWidth, SlideHeight, Emu.FromMm(12), Emu.FromMm(6), look.LogoBox(SlideWidth, SlideHeight, Emu.FromMm(12), Emu.FromMm(7)));

    /// <summary>
    /// An A0 portrait sheet (ISO 216) in a look: the printer needs 10 mm free of content on every side, content
    /// keeps 15 mm; gaps of 8 mm; the logo in its corner, the margin from the edges.
    /// </summary>
    public static Page A0(Look look)
    {
        var (width, height, margin) = (Emu.FromMm(841), Emu.FromMm(1189), Emu.FromMm(15));
        return new(width, height, margin, Emu.FromMm(8), look.LogoBox(width, height, margin, margin));
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
    public Rect TitleBox => BesideLogo(new Rect(Margin, Emu.FromMm(7), Width - Margin - Margin, Emu.FromMm(30)));

    /// <summary>Below the title: the slide's body. Its bottom keeps 10 mm free, for projectors that crop; it keeps clear of the logo.</summary>
    public Rect BodyBox => BesideLogo(new Rect(Margin, Emu.FromMm(40), Width - Margin - Margin, Emu.FromMm(140)));

    /// <summary>A title slide's title: lower and taller than a content slide's, over the details.</summary>
    public Rect TitleSlideTitleBox => new(Margin, Emu.FromMm(30), TitleBox.Width, Emu.FromMm(72));
}
