using HalenBrengen.Layout.Style;

namespace HalenBrengen.Layout;

/// <summary>
/// The look of every file, in one place (CONVENTIONS rule 4): slide size, grid, colours, fonts and the
/// type scales. Every planner asks this. Colours and fonts come from the current <see cref="Look"/>: the
/// house look, or a facilitator's house style for the plans made inside <see cref="Use"/>. The look is
/// ambient, as <see cref="System.Globalization.CultureInfo.CurrentCulture"/> is for formatting, so the
/// dozens of planners and kit functions need no look parameter; every <see cref="DeckPlan"/> records the
/// look it was made in, and the writers use only that. Each text colour has at least 4.5:1 contrast on
/// the fill it is used on (the deck tests measure it on every run, with and without a house style).
/// </summary>
public static class DeckTheme
{
    private static readonly AsyncLocal<Look?> Ambient = new();

    /// <summary>The look plans are made in now: the house look unless a house style is in use.</summary>
    public static Look Current => Ambient.Value ?? Look.House;

    /// <summary>Makes plans in <paramref name="look"/> until the result is disposed, on this flow of execution only.</summary>
    public static IDisposable Use(Look look)
    {
        var previous = Ambient.Value;
        Ambient.Value = look;
        return new Restore(previous);
    }

    private sealed class Restore(Look? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }

    /// <summary>The body font's name, written into every run but a title's.</summary>
    public static string Font => Current.Body.Name;

    /// <summary>The titles' font.</summary>
    public static string HeadingFont => Current.Heading.Name;

    // 16:9 at PowerPoint's default widescreen size, 13.333 × 7.5 in.
    public static readonly Emu SlideWidth = new(12_192_000);
    public static readonly Emu SlideHeight = new(6_858_000);
    public static readonly Rect Slide = new(new Emu(0), new Emu(0), SlideWidth, SlideHeight);

    public static readonly Emu Margin = Emu.FromMm(12);
    public static readonly Emu Gap = Emu.FromMm(6);

    /// <summary>The logo's box on a slide: in its corner, the margin from the side and 7 mm from the top or bottom; null without a logo.</summary>
    public static Rect? Logo => Current.LogoBox(SlideWidth, SlideHeight, Margin, Emu.FromMm(7));

    /// <summary>Every slide with the logo drawn on it last, in its box, when the look has one.</summary>
    public static IReadOnlyList<SlidePlan> WithLogo(IReadOnlyList<SlidePlan> slides, Rect? box) =>
        Current.Logo is { } logo && box is { } at
            ? slides.Select(s => s with { Elements = [.. s.Elements, new PictureElement(at, logo.Image, "Logo")] }).ToList()
            : slides;

    /// <summary>A box of a slide made to keep clear of the logo: what is left beside, above or below it (<see cref="Rect.Beside"/>).</summary>
    public static Rect BesideLogo(Rect box) => Logo is { } logo ? box.Beside(logo, Gap) : box;

    /// <summary>
    /// A box kept clear of the logo as <see cref="BesideLogo"/> does, but when it has to get narrower, by the
    /// same on both sides: for centred text (a front page's masthead) and the rules across a page.
    /// </summary>
    public static Rect BesideLogoCentred(Rect box)
    {
        var beside = BesideLogo(box);
        if (beside == box || beside.Height != box.Height)
            return beside;
        var cut = box.Width - beside.Width;
        return new Rect(box.X + cut, box.Y, box.Width - cut - cut, box.Height);
    }

    /// <summary>Where a content slide's title goes: room for two lines at the smallest title size, beside the logo.</summary>
    public static Rect TitleBox => BesideLogo(new Rect(Margin, Emu.FromMm(7), SlideWidth - Margin - Margin, Emu.FromMm(30)));

    /// <summary>Below the title: the slide's body. Its bottom keeps 10 mm free, for projectors that crop; it keeps clear of the logo.</summary>
    public static Rect BodyBox => BesideLogo(new Rect(Margin, Emu.FromMm(40), SlideWidth - Margin - Margin, Emu.FromMm(140)));

    /// <summary>The page's colour.</summary>
    public static string Background => Current.Palette.Background;

    /// <summary>Text on a strong fill (accent, halen, brengen, warning): white in the house look.</summary>
    public static string White => Current.Palette.OnFill;

    public static string Ink => Current.Palette.Ink;
    public static string Muted => Current.Palette.Muted;

    /// <summary>Titles, headers, the centre.</summary>
    public static string Accent => Current.Palette.Accent;

    /// <summary>What a partner wants.</summary>
    public static string Halen => Current.Palette.Halen;

    /// <summary>What a partner brings.</summary>
    public static string Brengen => Current.Palette.Brengen;

    /// <summary>A demand.</summary>
    public static string Eis => Current.Palette.Eis;

    /// <summary>Panels.</summary>
    public static string Light => Current.Palette.Light;
    public static string HalenLight => Current.Palette.HalenLight;
    public static string BrengenLight => Current.Palette.BrengenLight;

    /// <summary>Paper to write on with a marker: the work sheet's centre and fields.</summary>
    public static string Paper => Current.Palette.Paper;

    /// <summary>Lines that carry meaning (connections, rules): 3:1 or more on the background, as graphics need.</summary>
    public static string Rule => Current.Palette.Rule;
    public static string Border => Current.Palette.Border;

    /// <summary>The briefing's warning band and footer.</summary>
    public static string Warning => Current.Palette.Warning;

    /// <summary>Table colours: on-fill text on the accent header, ink on the background and light bands.</summary>
    public static TableStyle Table => new(Accent, White, Background, Light, Ink, Border);
}

/// <summary>
/// The sizes of one kind of file, in points: titles, body text, tables and captions, each between its
/// largest and smallest. Titles are always larger than anything else on their slide.
/// </summary>
public sealed record TypeScale(double TitleMax, double TitleMin, double BodyMax, double BodyMin, double TableMax, double TableMin, double Caption)
{
    /// <summary>
    /// The deck projected in the room: a body a room can read from the back (20 pt and up; tables 18 pt),
    /// titles from 32 pt. The front page's headline is the largest text of the deck.
    /// </summary>
    public static readonly TypeScale Session = new(TitleMax: 40, TitleMin: 32, BodyMax: 28, BodyMin: 20, TableMax: 24, TableMin: 18, Caption: 20);

    /// <summary>The facilitator's briefing is read at arm's length, on a laptop or on paper.</summary>
    public static readonly TypeScale Briefing = new(TitleMax: 36, TitleMin: 32, BodyMax: 20, BodyMin: 14, TableMax: 16, TableMin: 14, Caption: 14);

    /// <summary>The front page of the session deck: the headline is the largest text in the deck, the lead next.</summary>
    public const double HeadlineMax = 66, HeadlineMin = 44, LeadMax = 36, LeadMin = 28, MastheadMax = 32;
}
