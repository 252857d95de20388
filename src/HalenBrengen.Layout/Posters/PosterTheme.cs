namespace HalenBrengen.Layout.Posters;

/// <summary>The A0 posters' page and sizes, in one place; colours and font come from <see cref="DeckTheme"/>.</summary>
public static class PosterTheme
{
    /// <summary>A0 portrait, exactly (ISO 216).</summary>
    public static readonly Emu Width = Emu.FromMm(841);
    public static readonly Emu Height = Emu.FromMm(1189);

    /// <summary>The printer needs 10 mm free of content on every side; content keeps 15 mm.</summary>
    public static readonly Emu PrinterMargin = Emu.FromMm(10);
    public static readonly Emu Margin = Emu.FromMm(15);

    public static readonly Rect Content = new(Margin, Margin, Width - Margin - Margin, Height - Margin - Margin);

    /// <summary>Readable from two metres.</summary>
    public const double HeadlineMin = 72;
    public const double HeadlineMax = 110;
    public const double NameMin = 36;
    public const double NameMax = 48;
    /// <summary>Items aim for at least this; they may be larger when every segment has the room.</summary>
    public const double ItemMax = 24;
    public const double ItemLargest = 36;
    public const double PartnerItemLargest = 80;
    /// <summary>Items shrink evenly across all segments down to this; below it a second sheet follows.</summary>
    public const double ItemMin = 16;
    public const double SmallText = 20;

    public static readonly Emu Gap = Emu.FromMm(8);
}
