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

    /// <summary>The logo's box on a poster: in its corner, the margin from the edges; null without a logo.</summary>
    public static Rect? Logo => DeckTheme.Current.LogoBox(Width, Height, Margin, Margin);

    /// <summary>Where everything but the logo goes: the page within the margins, beside (mostly: below or above) the logo.</summary>
    public static Rect Content
    {
        get
        {
            var content = new Rect(Margin, Margin, Width - Margin - Margin, Height - Margin - Margin);
            return Logo is { } logo ? content.Beside(logo, Gap) : content;
        }
    }

    /// <summary>Readable from two metres.</summary>
    public const double HeadlineMin = 72;
    public const double HeadlineMax = 110;
    public const double NameMin = 36;
    public const double NameMax = 48;
    /// <summary>Items as large as every tile allows, from this down to the minimum for the coalition's size.</summary>
    public const double ItemLargest = 36;
    public const double PartnerItemLargest = 80;
    /// <summary>Up to <see cref="LargeItemPartners"/> partners, items never go below this on the combined map; a next sheet follows instead.</summary>
    public const double ItemMinFew = 24;
    public const int LargeItemPartners = 12;
    /// <summary>With more partners the tiles are smaller: items may go down to this.</summary>
    public const double ItemMin = 16;
    public const double SmallText = 20;
    /// <summary>The labels of the work sheet's empty fields.</summary>
    public const double FieldLabel = 24;

    public static readonly Emu Gap = Emu.FromMm(8);

    /// <summary>The combined map's tiles around the centre: A0 portrait, so tiles may be taller than wide.</summary>
    public static readonly Kit.Ring.Options Ring = new(
        Gap: Emu.FromMm(8), MinTileWidth: Emu.FromMm(150), MinTileHeight: Emu.FromMm(150),
        MinCentreWidth: Emu.FromMm(300), MinCentreHeight: Emu.FromMm(200), Aspect: 1.0, MinAspect: 0.5, MaxAspect: 2.5);

    public static double ItemMinFor(int partners) => partners <= LargeItemPartners ? ItemMinFew : ItemMin;
}
