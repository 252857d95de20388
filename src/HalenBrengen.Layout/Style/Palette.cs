namespace HalenBrengen.Layout.Style;

/// <summary>
/// The colours of every file by what they are for. Strong colours (ink, muted, accent, halen, brengen,
/// eis, warning) are used as text on every surface (background, the light panels, paper) and as fills
/// under <see cref="OnFill"/> text; each pair has at least 4.5:1, and <see cref="Rule"/> lines 3:1.
/// </summary>
/// <param name="OnFill">Text on a strong fill: white in the house look, a house style's page colour when that is light.</param>
public sealed record Palette(
    string Background, string OnFill, string Ink, string Muted, string Accent, string Halen, string Brengen, string Eis, string Warning,
    string Light, string HalenLight, string BrengenLight, string Paper, string Rule, string Border)
{
    /// <summary>
    /// The house look (contrast on white in brackets): ink #1F2937 (14.7:1), muted #4B5563 (7.6:1), accent
    /// #1F4E79 (9.4:1) for titles, headers and the centre; halen (7.0:1), brengen (6.6:1), eis (7.2:1),
    /// the briefing's warning (8.6:1); panels on which ink has 13.4:1; lines (rule) 3:1 or more.
    /// </summary>
    public static readonly Palette House = new(
        Background: "FFFFFF", OnFill: "FFFFFF", Ink: "1F2937", Muted: "4B5563", Accent: "1F4E79", Halen: "1D5C8C", Brengen: "2E6B30",
        Eis: "9A3412", Warning: "8A1C1C", Light: "EEF2F7", HalenLight: "E3EEF7", BrengenLight: "E5F2E6", Paper: "F7F9FC", Rule: "5B7A99", Border: "C9D3DF");

    /// <summary>What the strong colours are drawn on: as text on these, or as fills under <see cref="OnFill"/> text.</summary>
    public IReadOnlyList<string> Surfaces => [Background, Light, HalenLight, BrengenLight, Paper, OnFill];

    /// <summary>
    /// The palette of a house style. Background: the master's, else Background 1. Text: Text 1. Titles,
    /// headers and the centre: accent 1. Halen and brengen: the first two of accents 2–6 that have colour
    /// (not grey) and differ from accent 1 and from each other, else accents 2 and 3. Eis and the briefing's
    /// warning stay the house reds. Panels: Background 2 when it is a light tint of the background, else the
    /// background with a little accent 1; halen and brengen panels, paper (nearly white), lines and borders are mixed from
    /// these. Then every strong colour that has less than 4.5:1 on a surface is darkened (on a light
    /// background) or lightened (on a dark one) until it has; each change is a note.
    /// </summary>
    public static (Palette Palette, IReadOnlyList<StyleNote> Notes) Of(HouseStyle style)
    {
        var background = style.Background ?? style.Background1;
        var onFill = Contrast.IsLight(style.Background1) == Contrast.IsLight(background) ? style.Background1 : background;
        var ink = style.Text1;
        var accent = style.Colours.Accent1;
        var (halen, brengen) = HalenBrengen(style.Colours);
        var light = Contrast.IsLight(style.Background2) == Contrast.IsLight(background) && Contrast.Ratio(style.Background2, background) <= 1.35
            && style.Background2 != background
            ? style.Background2
            : Contrast.Mix(background, accent, 0.07);
        var raw = new Palette(background, onFill, ink, Contrast.Mix(ink, background, 0.3), accent, halen, brengen, House.Eis, House.Warning,
            light, Contrast.Mix(background, halen, 0.12), Contrast.Mix(background, brengen, 0.12), PaperOn(background, light),
            Contrast.Mix(accent, background, 0.25), Contrast.Mix(background, ink, 0.2));

        var notes = new List<StyleNote>();
        var surfaces = raw.Surfaces;
        string Fix(ColourRole role, string colour, string fallback, IReadOnlyList<string> on, double least)
        {
            var readable = Contrast.Readable(colour, on, least);
            if (readable == colour)
                return colour;
            if (readable is null)
            {
                notes.Add(new ColourReplaced(role, colour, fallback));
                return fallback;
            }
            var worst = on.MinBy(s => Contrast.Ratio(colour, s))!;
            notes.Add(new ColourAdjusted(role, colour, readable, worst, Contrast.Ratio(colour, worst), Contrast.Least(readable, on)));
            return readable;
        }
        var palette = raw with
        {
            Ink = Fix(ColourRole.Text, raw.Ink, House.Ink, surfaces, Contrast.Text),
            Muted = Fix(ColourRole.MutedText, raw.Muted, House.Muted, surfaces, Contrast.Text),
            Accent = Fix(ColourRole.Accent, raw.Accent, House.Accent, surfaces, Contrast.Text),
            Halen = Fix(ColourRole.Halen, raw.Halen, House.Halen, surfaces, Contrast.Text),
            Brengen = Fix(ColourRole.Brengen, raw.Brengen, House.Brengen, surfaces, Contrast.Text),
            Eis = Fix(ColourRole.Eis, raw.Eis, House.Eis, surfaces, Contrast.Text),
            Warning = Fix(ColourRole.Warning, raw.Warning, House.Warning, surfaces, Contrast.Text),
            Rule = Fix(ColourRole.Rule, raw.Rule, House.Rule, [raw.Background, raw.Light, raw.Paper], Contrast.Graphics),
        };
        return (palette, notes);
    }

    /// <summary>Paper to write on with a marker (the work sheet's centre): nearly white on a light page, a panel's colour on a dark one.</summary>
    private static string PaperOn(string background, string light) =>
        Contrast.IsLight(background) ? Contrast.Mix(background, "FFFFFF", 0.7) : Contrast.Mix(background, light, 0.5);

    /// <summary>Accents 2–6 with colour, different enough from accent 1 and from each other to tell halen from brengen.</summary>
    private static (string Halen, string Brengen) HalenBrengen(ThemeColours colours)
    {
        var candidates = colours.Accents.Skip(1).Where(c => Chroma(c) >= 0.15 && Distance(c, colours.Accent1) >= 0.2).ToList();
        var halen = candidates.FirstOrDefault() ?? colours.Accent2;
        var brengen = candidates.Skip(1).FirstOrDefault(c => Distance(c, halen) >= 0.2) ?? (halen == colours.Accent3 ? colours.Accent2 : colours.Accent3);
        return (halen, brengen);
    }

    /// <summary>How far a colour is from grey: the spread of its channels, 0–1.</summary>
    private static double Chroma(string hex)
    {
        var channels = new[] { Channel(hex, 0), Channel(hex, 2), Channel(hex, 4) };
        return channels.Max() - channels.Min();
    }

    /// <summary>Distance of two colours in sRGB, 0–1 per channel, as the largest channel difference.</summary>
    private static double Distance(string a, string b) =>
        new[] { 0, 2, 4 }.Max(i => Math.Abs(Channel(a, i) - Channel(b, i)));

    private static double Channel(string hex, int at) => Convert.ToInt32(hex.Substring(at, 2), 16) / 255.0;
}
