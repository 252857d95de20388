namespace HalenBrengen.Layout;

/// <summary>
/// The look of the deck, defined once (CONVENTIONS rule 4): slide size, grid, colours, fonts and sizes.
/// Every planner and writer asks this; a facilitator's own branding later means changing this one place.
/// Colours are hex RGB; each text colour has at least 4.5:1 contrast on the background it is used on.
/// </summary>
public static class DeckTheme
{
    public const string Font = Fonts.FontMetrics.FontName;

    // 16:9 at PowerPoint's default widescreen size, 13.333 × 7.5 in.
    public static readonly Emu SlideWidth = new(12_192_000);
    public static readonly Emu SlideHeight = new(6_858_000);

    public static readonly Emu Margin = Emu.FromMm(12);
    public static readonly Rect TitleBox = new(Margin, Emu.FromMm(8), SlideWidth - Margin - Margin, Emu.FromMm(22));
    public static readonly Rect BodyBox = new(Margin, Emu.FromMm(34), SlideWidth - Margin - Margin, Emu.FromMm(142));
    public static readonly Rect FooterBox = new(Margin, SlideHeight - Emu.FromMm(11), SlideWidth - Margin - Margin, Emu.FromMm(8));

    public const double TitleSize = 30;
    public const double TitleMinSize = 20;
    public const double BodyMax = 22;
    /// <summary>Body text never goes below this on a 16:9 slide; below it, a list continues on a next slide.</summary>
    public const double BodyMin = 12;
    public const double FooterSize = 10;

    // Palette (contrast on white in brackets): ink #1F2937 (14.7:1), muted #4B5563 (7.6:1).
    public const string Background = "FFFFFF";
    public const string Ink = "1F2937";
    public const string Muted = "4B5563";
    public const string Accent = "1F4E79";      // titles, headers (9.4:1 on white; white on it 9.4:1)
    public const string Halen = "1D5C8C";       // what a partner wants (white text 7.0:1)
    public const string Brengen = "2E6B30";     // what a partner brings (white text 6.6:1)
    public const string Eis = "9A3412";         // a demand (white text 7.2:1)
    public const string Light = "EEF2F7";       // panels (ink on it 13.4:1)
    public const string HalenLight = "E3EEF7";
    public const string BrengenLight = "E5F2E6";
}
