namespace HalenBrengen.Layout;

/// <summary>
/// The look of every file, defined once (CONVENTIONS rule 4): slide size, grid, colours, font and the
/// type scales. Every planner and writer asks this; a facilitator's own branding later means changing
/// this one place. Colours are hex RGB; each text colour has at least 4.5:1 contrast on the fill it is
/// used on (the deck tests measure it on every run).
/// </summary>
public static class DeckTheme
{
    public const string Font = Fonts.FontMetrics.FontName;

    // 16:9 at PowerPoint's default widescreen size, 13.333 × 7.5 in.
    public static readonly Emu SlideWidth = new(12_192_000);
    public static readonly Emu SlideHeight = new(6_858_000);
    public static readonly Rect Slide = new(new Emu(0), new Emu(0), SlideWidth, SlideHeight);

    public static readonly Emu Margin = Emu.FromMm(12);
    /// <summary>Where a content slide's title goes: room for two lines at the smallest title size.</summary>
    public static readonly Rect TitleBox = new(Margin, Emu.FromMm(7), SlideWidth - Margin - Margin, Emu.FromMm(30));
    /// <summary>Below the title: the slide's body. Its bottom keeps 10 mm free, for projectors that crop.</summary>
    public static readonly Rect BodyBox = new(Margin, Emu.FromMm(40), SlideWidth - Margin - Margin, Emu.FromMm(140));
    public static readonly Emu Gap = Emu.FromMm(6);

    // Palette (contrast on white in brackets): ink #1F2937 (14.7:1), muted #4B5563 (7.6:1).
    public const string Background = "FFFFFF";
    public const string White = "FFFFFF";
    public const string Ink = "1F2937";
    public const string Muted = "4B5563";
    public const string Accent = "1F4E79";      // titles, headers, the centre (9.4:1 on white; white on it 9.4:1)
    public const string Halen = "1D5C8C";       // what a partner wants (white text 7.0:1)
    public const string Brengen = "2E6B30";     // what a partner brings (white text 6.6:1)
    public const string Eis = "9A3412";         // a demand (white text 7.2:1)
    public const string Light = "EEF2F7";       // panels (ink on it 13.4:1)
    public const string HalenLight = "E3EEF7";
    public const string BrengenLight = "E5F2E6";
    /// <summary>Paper to write on with a marker: the work sheet's centre and fields.</summary>
    public const string Paper = "F7F9FC";
    /// <summary>Lines that carry meaning (connections, rules): 3:1 or more on white, as graphics need.</summary>
    public const string Rule = "5B7A99";
    public const string Border = "C9D3DF";
    /// <summary>The briefing's warning band: white on it 8.6:1.</summary>
    public const string Warning = "8A1C1C";

    /// <summary>Table colours: white on the accent header, ink on white and light bands.</summary>
    public static readonly TableStyle Table = new(Accent, White, Background, Light, Ink, Border);
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
