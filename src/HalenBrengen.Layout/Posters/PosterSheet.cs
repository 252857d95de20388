namespace HalenBrengen.Layout.Posters;

/// <summary>How an A0 sheet is divided, and the sizes only posters have; the page itself is <see cref="Page.A0"/>.</summary>
public static class PosterSheet
{
    /// <summary>The printer needs 10 mm free of content on every side (the page's margin keeps 15 mm).</summary>
    public static readonly Emu PrinterMargin = Emu.FromMm(10);

    /// <summary>
    /// A poster's three bands: the header line at the top, the legend at the bottom, the map between. A
    /// logo sits in the header's corner (or the legend's, at the bottom): that band gets narrower beside it
    /// and as high as the logo, so the map keeps the page's full width.
    /// </summary>
    public static PosterFrame Frame(Page page)
    {
        var content = page.Content;
        var header = content with { Height = Emu.FromMm(28) };
        var legend = new Rect(content.X, content.Bottom - Emu.FromMm(14), content.Width, Emu.FromMm(14));
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

    /// <summary>The combined map's tiles around the centre: A0 portrait, so tiles may be taller than wide.</summary>
    public static readonly Kit.Ring.Options Ring = new(
        Gap: Emu.FromMm(8), MinTileWidth: Emu.FromMm(150), MinTileHeight: Emu.FromMm(150),
        MinCentreWidth: Emu.FromMm(300), MinCentreHeight: Emu.FromMm(200), Aspect: 1.0, MinAspect: 0.5, MaxAspect: 2.5);

    public static double ItemMinFor(int partners) => partners <= LargeItemPartners ? ItemMinFew : ItemMin;
}

/// <summary>A poster's header line, the map's area and the legend line.</summary>
public sealed record PosterFrame(Rect Header, Rect Area, Rect Legend);
