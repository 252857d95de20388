using System.Globalization;
using HalenBrengen.Core;
using HalenBrengen.Layout.Fonts;
using HalenBrengen.Layout.Style;
using HalenBrengen.Pptx;

namespace HalenBrengen.App;

/// <summary>A house style handed in: the template (.potx or .pptx) and, optionally, the files of its fonts.</summary>
public sealed record HouseStyleFiles(FileContent Template, IReadOnlyList<FileContent> Fonts);

/// <summary>What loading a house style gave: the look to make the files in and what to say about it, or why it cannot be used.</summary>
public sealed record HouseStyleLoad(Look? Look, IReadOnlyList<string> Notes, string? Problem);

/// <summary>
/// The house style use case: a template and font files in, the look every file is made in out, with one
/// line per thing the facilitator should know (a colour made darker for contrast, a font replaced by
/// Calibri) worded here for every host.
/// </summary>
public static class HouseStyles
{
    /// <param name="commandLine">Word the notes for the command line: where a font file is asked for, name its option (--lettertype).</param>
    public static HouseStyleLoad Load(HouseStyleFiles files, Language language, bool commandLine = false)
    {
        var english = language == Language.En;
        var reading = HouseStyleReader.Read(files.Template.Content, files.Template.Name);
        if (reading.Style is not { } style)
            return new HouseStyleLoad(null, [], Problem(files.Template.Name, reading.Problem!.Value, english));
        var fonts = new List<FontFile>();
        var notes = new List<StyleNote>();
        foreach (var file in files.Fonts)
        {
            var (font, problem) = TrueTypeFont.Read(file.Content);
            if (font is null)
                notes.Add(new FontFileUnreadable(file.Name, problem!));
            else
                fonts.Add(new FontFile(file.Name, font));
        }
        var look = Look.Of(style, fonts);
        return new HouseStyleLoad(look, [.. notes.Concat(look.Notes).Select(n => Line(n, english, commandLine))], null);
    }

    /// <summary>Reads the template and font files from disk (the command line's way); a file that cannot be read is the problem.</summary>
    public static HouseStyleLoad Load(string template, IReadOnlyList<string> fonts, Language language)
    {
        var english = language == Language.En;
        var files = new List<FileContent>();
        foreach (var path in fonts.Prepend(template))
        {
            try
            {
                files.Add(new FileContent(Path.GetFileName(path), File.ReadAllBytes(path)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var what = e is FileNotFoundException or DirectoryNotFoundException
                    ? english ? "does not exist" : "bestaat niet"
                    : english ? "cannot be read" : "kan niet gelezen worden";
                return new HouseStyleLoad(null, [], $"{path}: {what}");
            }
        }
        return Load(new HouseStyleFiles(files[0], files.Skip(1).ToList()), language, commandLine: true);
    }

    private static string Problem(string name, TemplateProblem problem, bool english) => name + ": " + (problem, english) switch
    {
        (TemplateProblem.NotAPackage, false) => "geen PowerPoint-sjabloon (.potx) of presentatie (.pptx)",
        (TemplateProblem.NotAPackage, true) => "not a PowerPoint template (.potx) or presentation (.pptx)",
        (TemplateProblem.NotAPresentation, false) => "geen presentatie; geef een PowerPoint-sjabloon (.potx) of presentatie (.pptx)",
        (TemplateProblem.NotAPresentation, true) => "not a presentation; give a PowerPoint template (.potx) or presentation (.pptx)",
        (TemplateProblem.NoMaster, false) => "heeft geen diamodel met thema",
        (TemplateProblem.NoMaster, true) => "has no slide master with a theme",
        (TemplateProblem.TooLarge, false) => $"groter dan {HouseStyleReader.MaxFileBytes / 1024 / 1024} MB of met een te groot onderdeel",
        (TemplateProblem.TooLarge, true) => $"larger than {HouseStyleReader.MaxFileBytes / 1024 / 1024} MB, or with a part too large",
        (_, false) => "beschadigd: een onderdeel is geen geldige XML",
        (_, true) => "damaged: a part is not valid XML",
    };

    /// <summary>One line for one note, in the run's language.</summary>
    public static string Line(StyleNote note, bool english, bool commandLine = false) => note switch
    {
        ColourAdjusted c => english
            ? $"house style: {Role(c.Role, true)} #{c.From} has {Ratio(c.Before, true)}:1 on #{c.Surface}; made {(Darker(c) ? "darker" : "lighter")}: #{c.To} ({Ratio(c.After, true)}:1)"
            : $"huisstijl: {Role(c.Role, false)} #{c.From} heeft {Ratio(c.Before, false)}:1 op #{c.Surface}; {(Darker(c) ? "donkerder" : "lichter")} gemaakt: #{c.To} ({Ratio(c.After, false)}:1)",
        ColourReplaced c => english
            ? $"house style: {Role(c.Role, true)} #{c.From} cannot be made readable; the generator's #{c.To} is used"
            : $"huisstijl: {Role(c.Role, false)} #{c.From} is niet leesbaar te maken; #{c.To} van de generator gebruikt",
        FontReplaced f => english
            ? $"house style: font {f.Font} cannot be measured, so {f.Replacement} is used; give its .ttf file {(commandLine ? "with --lettertype" : "too")} to use it"
            : $"huisstijl: lettertype {f.Font} is niet te meten, dus {f.Replacement} gebruikt; geef het .ttf-bestand {(commandLine ? "met --lettertype" : "erbij")} om het te gebruiken",
        FontMeasured f => english
            ? $"house style: font {f.Font} measured from {f.File}" + (f.BoldEstimated ? $"; without its bold file bold is measured {Percent()} wider" : "")
            : $"huisstijl: lettertype {f.Font} gemeten uit {f.File}" + (f.BoldEstimated ? $"; zonder het vette bestand is vet {Percent()} breder gerekend" : ""),
        FontFileUnused f => english
            ? $"house style: {f.File} ({f.Family}) not used: the template does not name that font"
            : $"huisstijl: {f.File} ({f.Family}) niet gebruikt: het sjabloon noemt dat lettertype niet",
        FontFileUnreadable f => english
            ? $"house style: {f.File} is not a font that can be measured ({f.Problem})"
            : $"huisstijl: {f.File} is geen lettertype dat te meten is ({f.Problem})",
        LogoSkipped { Problem: LogoProblem.TooLarge } l => english
            ? $"house style: a picture on the slide master covers {l.Detail}% of the slide; not taken as the logo"
            : $"huisstijl: een afbeelding op het diamodel beslaat {l.Detail}% van de dia; niet als logo overgenomen",
        LogoSkipped l => english
            ? $"house style: the logo is a {l.Detail.ToUpperInvariant()} picture; only PNG, JPEG and GIF are taken over"
            : $"huisstijl: het logo is een {l.Detail.ToUpperInvariant()}-afbeelding; alleen PNG, JPEG en GIF worden overgenomen",
        PrintedLight p => english
            ? $"house style: the page is dark; the A0 posters are printed on #{p.Background}, to save ink and to be written on"
            : $"huisstijl: de pagina is donker; de A0-posters komen op #{p.Background}, om inkt te sparen en om op te schrijven",
        OnPosters p => Line(p.Note, english, commandLine).Replace(english ? "house style:" : "huisstijl:", english ? "house style (posters):" : "huisstijl (posters):", StringComparison.Ordinal),
        BackgroundPictureSkipped b => english
            ? $"house style: the background picture is not used (text on a picture cannot be checked for contrast); background #{b.ColourUsed}"
            : $"huisstijl: de achtergrondafbeelding is niet gebruikt (op een afbeelding is het contrast van tekst niet te controleren); achtergrond #{b.ColourUsed}",
        _ => note.ToString(),
    };

    private static bool Darker(ColourAdjusted c) => Contrast.Luminance(c.To) < Contrast.Luminance(c.From);

    /// <summary>A contrast ratio to one decimal, with the decimal comma in Dutch.</summary>
    private static string Ratio(double ratio, bool english) =>
        (Math.Floor(ratio * 10) / 10).ToString("0.0", english ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("nl-NL"));

    private static string Percent() => ((Typeface.MadeUpBold - 1) * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Role(ColourRole role, bool english) => (role, english) switch
    {
        (ColourRole.Text, false) => "tekstkleur",
        (ColourRole.Text, true) => "text colour",
        (ColourRole.MutedText, false) => "gedempte tekstkleur",
        (ColourRole.MutedText, true) => "muted text colour",
        (ColourRole.Accent, false) => "accentkleur 1 (titels)",
        (ColourRole.Accent, true) => "accent colour 1 (titles)",
        (ColourRole.Halen, false) => "halen-kleur",
        (ColourRole.Halen, true) => "halen (get) colour",
        (ColourRole.Brengen, false) => "brengen-kleur",
        (ColourRole.Brengen, true) => "brengen (bring) colour",
        (ColourRole.Eis, false) => "eis-kleur",
        (ColourRole.Eis, true) => "demand colour",
        (ColourRole.Warning, false) => "waarschuwingskleur",
        (ColourRole.Warning, true) => "warning colour",
        (ColourRole.Rule, false) => "lijnkleur",
        _ => "line colour",
    };
}
