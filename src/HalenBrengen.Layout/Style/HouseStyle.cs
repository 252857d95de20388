namespace HalenBrengen.Layout.Style;

/// <summary>
/// A facilitator's house style as a template holds it, in plain values: what the template reader found
/// in the theme and the first slide master, before anything is decided about how the files use it.
/// </summary>
/// <param name="Name">The template's file name, to name it in what the run reports.</param>
/// <param name="Colours">The theme's colour scheme (ECMA-376 Part 1, 20.1.6.2 clrScheme).</param>
/// <param name="Map">Which scheme colours the master uses as background and text (19.3.1.6 clrMap).</param>
/// <param name="Background">The master's solid background (19.3.1.1 bg), or null when it has none.</param>
/// <param name="BackgroundPicture">The master's picture background, or null.</param>
/// <param name="HeadingFont">The titles' Latin font: the master's own title font, else the theme's major font.</param>
/// <param name="BodyFont">The body's Latin font: the master's own body font, else the theme's minor font.</param>
/// <param name="Logo">A picture on the master, where it sits on the template's slide.</param>
/// <param name="Skipped">What the template has that the reader could not take over, and why.</param>
public sealed record HouseStyle(
    string Name,
    ThemeColours Colours,
    ColourMap Map,
    string? Background,
    Picture? BackgroundPicture,
    string? HeadingFont,
    string? BodyFont,
    TemplateLogo? Logo,
    IReadOnlyList<StyleNote> Skipped)
{
    /// <summary>The colour PowerPoint calls Background 1, after the master's colour map.</summary>
    public string Background1 => Colours.Of(Map.Background1);
    public string Text1 => Colours.Of(Map.Text1);
    public string Background2 => Colours.Of(Map.Background2);
    public string Text2 => Colours.Of(Map.Text2);
}

/// <summary>The twelve colours of a theme, as six upper-case hex digits each.</summary>
public sealed record ThemeColours(
    string Dark1, string Light1, string Dark2, string Light2,
    string Accent1, string Accent2, string Accent3, string Accent4, string Accent5, string Accent6,
    string Hyperlink, string FollowedHyperlink)
{
    public IReadOnlyList<string> Accents => [Accent1, Accent2, Accent3, Accent4, Accent5, Accent6];

    public string Of(SchemeColour colour) => colour switch
    {
        SchemeColour.Dark1 => Dark1,
        SchemeColour.Light1 => Light1,
        SchemeColour.Dark2 => Dark2,
        _ => Light2,
    };
}

public enum SchemeColour { Dark1, Light1, Dark2, Light2 }

/// <summary>The master's colour map for backgrounds and text; most templates map bg1 to lt1 and tx1 to dk1, dark ones the other way.</summary>
public sealed record ColourMap(SchemeColour Background1, SchemeColour Text1, SchemeColour Background2, SchemeColour Text2)
{
    public static readonly ColourMap Standard = new(SchemeColour.Light1, SchemeColour.Dark1, SchemeColour.Light2, SchemeColour.Dark2);
}

/// <summary>An image as stored in a package: its bytes and content type (image/png, image/jpeg, image/gif).</summary>
public sealed record Picture(byte[] Content, string ContentType)
{
    public string Extension => ContentType switch
    {
        "image/jpeg" => "jpeg",
        "image/gif" => "gif",
        _ => "png",
    };
}

/// <summary>
/// A logo on the template's master: the image and its box as shares (0–1) of the template's slide width
/// and height, so it can be placed alike on a slide and on an A0 poster.
/// </summary>
public sealed record TemplateLogo(Picture Image, double X, double Y, double Width, double Height, double Aspect);

/// <summary>Something about the house style the run reports in one line: data here, worded by the host.</summary>
public abstract record StyleNote;

/// <summary>A colour of the template changed so text keeps 4.5:1 (lines 3:1) on what it is drawn on.</summary>
public sealed record ColourAdjusted(ColourRole Role, string From, string To, string Surface, double Before, double After) : StyleNote;

/// <summary>What a colour is for: text, muted text, titles and headers (accent 1), halen, brengen, a demand, the briefing's warning, lines.</summary>
public enum ColourRole { Text, MutedText, Accent, Halen, Brengen, Eis, Warning, Rule }

/// <summary>A template colour that no change could make readable; the house colour is used instead.</summary>
public sealed record ColourReplaced(ColourRole Role, string From, string To) : StyleNote;

/// <summary>A font whose widths are unknown: the text is set and measured in <paramref name="Replacement"/> instead.</summary>
public sealed record FontReplaced(string Font, string Replacement) : StyleNote;

/// <summary>A font measured from a file the facilitator gave; without its bold face, bold is measured a little wider.</summary>
public sealed record FontMeasured(string Font, string File, bool BoldEstimated) : StyleNote;

/// <summary>A font file given that the house style does not name.</summary>
public sealed record FontFileUnused(string File, string Family) : StyleNote;

/// <summary>A font file that is not a font the reader can measure.</summary>
public sealed record FontFileUnreadable(string File, string Problem) : StyleNote;

/// <summary>A picture on the master not taken over as the logo, and why.</summary>
public sealed record LogoSkipped(LogoProblem Problem, string Detail) : StyleNote;

public enum LogoProblem
{
    /// <summary>An image format the files do not carry (EMF, WMF, SVG without a PNG fallback, TIFF); the detail is its content type.</summary>
    Format,
    /// <summary>The picture covers too much of the slide to be a logo; the detail is its share of the slide, in percent.</summary>
    TooLarge,
}

/// <summary>The house style's page is dark: the posters are printed on its light colour instead.</summary>
public sealed record PrintedLight(string Background) : StyleNote;

/// <summary>A note about the posters' (light) colours only.</summary>
public sealed record OnPosters(StyleNote Note) : StyleNote;

/// <summary>A picture background not taken over: text cannot be checked for contrast on a picture.</summary>
public sealed record BackgroundPictureSkipped(string ColourUsed) : StyleNote;
