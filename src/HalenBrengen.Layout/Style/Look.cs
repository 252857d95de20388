using HalenBrengen.Layout.Fonts;

namespace HalenBrengen.Layout.Style;

/// <summary>
/// Everything a file looks like, decided once per run (CONVENTIONS rule 4): the palette, the theme colours
/// written into the theme part, the heading and body fonts with the widths they are measured with, the
/// logo, and the notes on what a house style could not keep as it was. <see cref="House"/> is the look
/// without a house style; <see cref="Of"/> makes one from a template. A planner is handed its look in its
/// <see cref="PlanContext"/>; every plan carries the look it was made in, and writers use that.
/// A class, not a record: one look is one run's decision, compared by reference (the writers cache the
/// parts made from it), and its measuring faces are worked out once from its fonts.
/// </summary>
public sealed class Look(
    Palette palette,
    ThemeColours theme,
    Typeface heading,
    Typeface body,
    PlacedLogo? logo,
    IReadOnlyList<StyleNote> notes)
{
    public Palette Palette { get; } = palette;

    /// <summary>The colours written into the theme part: the house style's own, so a facilitator editing the deck picks from them.</summary>
    public ThemeColours Theme { get; } = theme;

    /// <summary>The titles' font.</summary>
    public Typeface Heading { get; } = heading;

    /// <summary>Every other text's font.</summary>
    public Typeface Body { get; } = body;

    public PlacedLogo? Logo { get; } = logo;

    /// <summary>What the house style could not keep as it was, in the order it was found.</summary>
    public IReadOnlyList<StyleNote> Notes { get; private set; } = notes;

    /// <summary>
    /// The look of what is printed (the A0 posters): this look, unless its page is dark. A dark page on A0
    /// costs a lot of ink and cannot be written on with a marker (the work sheet is), so posters then take
    /// the house style's light colours: its colour map the standard way round, no master background.
    /// </summary>
    public Look Print => _print ?? this;

    private Look? _print;

    /// <summary>The look without a house style: the generator's own colours, Calibri, no logo.</summary>
    public static Look House { get; } = new(Palette.House,
        new ThemeColours("000000", "FFFFFF", Palette.House.Ink, Palette.House.Light, Palette.House.Accent, Palette.House.Halen,
            Palette.House.Brengen, Palette.House.Eis, Palette.House.Muted, "7A5C00", Palette.House.Accent, "5B3A82"),
        Typeface.Calibri, Typeface.Calibri, null, []);

    /// <summary>Text is measured with, per character, the wider of the heading and body fonts, so it fits in either.</summary>
    public TextLayout Text { get; } = new(FontMetrics.Widest(heading.Regular, body.Regular), FontMetrics.Widest(heading.Bold, body.Bold));

    /// <summary>
    /// The look of a house style: its palette (adjusted for contrast), its theme colours as they are, its
    /// fonts when they can be measured (<see cref="Typeface.For"/>), its logo. Every change is a note.
    /// </summary>
    public static Look Of(HouseStyle style, IReadOnlyList<FontFile> fonts)
    {
        var notes = new List<StyleNote>(style.Skipped);
        var (palette, colourNotes) = Palette.Of(style);
        notes.AddRange(colourNotes);
        var (heading, headingNote) = Typeface.For(style.HeadingFont, fonts);
        var (body, bodyNote) = Typeface.For(style.BodyFont, fonts);
        if (headingNote is not null) notes.Add(headingNote);
        if (bodyNote is not null && bodyNote != headingNote) notes.Add(bodyNote);
        var named = new[] { style.HeadingFont, style.BodyFont };
        foreach (var file in fonts.Where(f => !named.Any(n => f.Font.Family.Equals(n, StringComparison.OrdinalIgnoreCase))))
            notes.Add(new FontFileUnused(file.Name, file.Font.Family));
        if (style.BackgroundPicture is not null)
            notes.Add(new BackgroundPictureSkipped(palette.Background));
        var logo = style.Logo is { } l ? new PlacedLogo(l.Image, Corner(l), l.Width, l.Aspect) : null;
        var look = new Look(palette, style.Colours, heading, body, logo, notes);
        if (!Contrast.IsLight(palette.Background))
        {
            var light = style with { Map = ColourMap.Standard, Background = null, BackgroundPicture = null, Skipped = [] };
            var (printPalette, printNotes) = Palette.Of(light);
            look._print = new Look(printPalette, style.Colours, heading, body, logo, []);
            look.Notes = [.. notes, new PrintedLight(printPalette.Background), .. printNotes.Select(n => new OnPosters(n))];
        }
        return look;
    }

    private static Corner Corner(TemplateLogo logo) =>
        (logo.Y + logo.Height / 2 < 0.5, logo.X + logo.Width / 2 < 0.5) switch
        {
            (true, true) => Style.Corner.TopLeft,
            (true, false) => Style.Corner.TopRight,
            (false, true) => Style.Corner.BottomLeft,
            _ => Style.Corner.BottomRight,
        };

    /// <summary>
    /// Where the logo goes on a page of this size: in its corner, <paramref name="insetX"/> and
    /// <paramref name="insetY"/> from the edges, as wide (as a share of the page) as on the template but no
    /// larger than <see cref="PlacedLogo.MaxWidthShare"/> of the width and <see cref="PlacedLogo.MaxHeightShare"/>
    /// of a slide's width in height, its own aspect kept. Null without a logo.
    /// </summary>
    public Rect? LogoBox(Emu pageWidth, Emu pageHeight, Emu insetX, Emu insetY)
    {
        if (Logo is not { } logo)
            return null;
        var width = pageWidth * Math.Min(logo.WidthShare, PlacedLogo.MaxWidthShare);
        var height = width / logo.Aspect;
        var maxHeight = pageWidth * PlacedLogo.MaxHeightShare;
        if (height > maxHeight)
        {
            height = maxHeight;
            width = height * logo.Aspect;
        }
        var x = logo.Corner is Style.Corner.TopLeft or Style.Corner.BottomLeft ? insetX : pageWidth - insetX - width;
        var y = logo.Corner is Style.Corner.TopLeft or Style.Corner.TopRight ? insetY : pageHeight - insetY - height;
        return new Rect(x, y, width, height);
    }
}

public enum Corner { TopLeft, TopRight, BottomLeft, BottomRight }

/// <summary>The logo as the files place it: its image, its corner, its width as a share of the page's, its aspect (width / height).</summary>
public sealed record PlacedLogo(Picture Image, Corner Corner, double WidthShare, double Aspect)
{
    /// <summary>At most this share of the page's width wide (45 mm on a slide) …</summary>
    public const double MaxWidthShare = 0.133;

    /// <summary>… and this share of the page's width high (15 mm on a slide): a logo marks the page, it does not take it.</summary>
    public const double MaxHeightShare = 0.0443;
}
