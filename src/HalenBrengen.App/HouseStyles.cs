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
/// Calibri) worded here for every host, in the words of <see cref="HouseStyleTexts"/>.
/// </summary>
public static class HouseStyles
{
    /// <param name="commandLine">Word the notes for the command line: where a font file is asked for, name its option (--lettertype).</param>
    public static HouseStyleLoad Load(HouseStyleFiles files, Language language, bool commandLine = false)
    {
        var reading = HouseStyleReader.Read(files.Template.Content, files.Template.Name);
        if (reading.Style is not { } style)
            return new HouseStyleLoad(null, [], Problem(files.Template.Name, reading.Problem!.Value, Words.For(language).HouseStyle));
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
        return new HouseStyleLoad(look, [.. notes.Concat(look.Notes).Select(n => Line(n, language, commandLine))], null);
    }

    /// <summary>Reads the template and font files from disk (the command line's way); a file that cannot be read is the problem.</summary>
    public static HouseStyleLoad Load(string template, IReadOnlyList<string> fonts, Language language)
    {
        var files = new List<FileContent>();
        var t = Words.For(language).HouseStyle;
        foreach (var path in fonts.Prepend(template))
        {
            var (content, problem) = ReadBounded(path, HouseStyleReader.MaxFileBytes, t);
            if (problem is not null)
                return new HouseStyleLoad(null, [], $"{path}: {problem}");
            files.Add(new FileContent(Path.GetFileName(path), content!));
        }
        // A template protected with a password is an OLE compound file, not a zip: said as such, not as "no template".
        if (files[0].Content.AsSpan().StartsWith(CompoundFile))
            return new HouseStyleLoad(null, [], $"{template}: {t.Encrypted}");
        return Load(new HouseStyleFiles(files[0], files.Skip(1).ToList()), language, commandLine: true);
    }

    /// <summary>The first bytes of an OLE compound file (MS-CFB 2.2), the container Office encrypts a document in.</summary>
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// A file of at most <paramref name="most"/> bytes, or why not, decided before a byte is read: a link to nothing, a
    /// folder, a pipe or a device (whose length reads 0, and which would be waited on for ever), or a file too large is
    /// said as such; the file is then read in one bounded pass, so memory never exceeds the limit whatever it claims.
    /// </summary>
    internal static (byte[]? Content, string? Problem) ReadBounded(string path, long most, HouseStyleTexts t)
    {
        try
        {
            var info = new FileInfo(path);
            // A link is judged by what it finally points to (a link to nothing still "exists" as a link).
            if (info.LinkTarget is not null)
            {
                if (info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true } target)
                    return (null, Directory.Exists(path) ? t.NotAFile : t.LinkDangling);
                info = new FileInfo(target.FullName);
            }
            if (!info.Exists)
                return (null, Directory.Exists(path) ? t.NotAFile : t.FileMissing);
            if (info.Length == 0)
                return (null, t.NotAFile);
            if (info.Length > most)
                return (null, t.TooLarge.Fill(most / 1024 / 1024));
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[info.Length];
            // A file that grew while read is read to its size then; one that shrank, to its end.
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return (read == buffer.Length ? buffer : buffer[..read], null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e is FileNotFoundException or DirectoryNotFoundException ? t.FileMissing : t.FileUnreadable);
        }
    }

    private static string Problem(string name, TemplateProblem problem, HouseStyleTexts t) => name + ": " + problem switch
    {
        TemplateProblem.NotAPackage => t.NotAPackage,
        TemplateProblem.NotAPresentation => t.NotAPresentation,
        TemplateProblem.NoMaster => t.NoMaster,
        TemplateProblem.TooLarge => t.TooLarge.Fill(HouseStyleReader.MaxFileBytes / 1024 / 1024),
        TemplateProblem.PartTooLarge => t.PartTooLarge.Fill(HouseStyleReader.MaxPartBytes / 1024 / 1024),
        _ => t.Damaged,
    };

    /// <summary>One line for one note, in the run's language.</summary>
    public static string Line(StyleNote note, Language language, bool commandLine = false)
    {
        var t = Words.For(language).HouseStyle;
        return note is OnPosters posters ? t.PostersNote.Fill(Said(posters.Note, t, language, commandLine)) : t.Note.Fill(Said(note, t, language, commandLine));
    }

    /// <summary>What a note says, after "huisstijl: ".</summary>
    private static string Said(StyleNote note, HouseStyleTexts t, Language language, bool commandLine) => note switch
    {
        ColourAdjusted c => t.ColourAdjusted.Fill(Role(c.Role, t), c.From, Ratio(c.Before, language), c.Surface, Darker(c) ? t.Darker : t.Lighter, c.To, Ratio(c.After, language)),
        ColourReplaced c => t.ColourReplaced.Fill(Role(c.Role, t), c.From, c.To),
        FontReplaced f => t.FontReplaced.Fill(f.Font, f.Replacement, commandLine ? t.FontFileOption : t.FontFileAlong),
        FontMeasured f => t.FontMeasured.Fill(f.Font, f.File) + (f.BoldEstimated ? t.BoldEstimated.Fill(Percent()) : ""),
        FontFileUnused f => t.FontFileUnused.Fill(f.File, f.Family),
        FontFileUnreadable f => t.FontFileUnreadable.Fill(f.File, f.Problem),
        LogoSkipped { Problem: LogoProblem.TooLarge } l => t.LogoTooLarge.Fill(l.Detail),
        LogoSkipped l => t.LogoFormat.Fill(l.Detail.ToUpperInvariant()),
        PrintedLight p => t.PrintedLight.Fill(p.Background),
        OnPosters p => Said(p.Note, t, language, commandLine),
        BackgroundPictureSkipped b => t.BackgroundPictureSkipped.Fill(b.ColourUsed),
        _ => note.ToString(),
    };

    private static bool Darker(ColourAdjusted c) => Contrast.Luminance(c.To) < Contrast.Luminance(c.From);

    /// <summary>A contrast ratio to one decimal, with the decimal comma in Dutch.</summary>
    private static string Ratio(double ratio, Language language) =>
        (Math.Floor(ratio * 10) / 10).ToString("0.0", language == Language.En ? CultureInfo.InvariantCulture : Locales.Dutch);

    private static string Percent() => ((Typeface.MadeUpBold - 1) * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Role(ColourRole role, HouseStyleTexts t) => role switch
    {
        ColourRole.Text => t.TextColour,
        ColourRole.MutedText => t.MutedTextColour,
        ColourRole.Accent => t.AccentColour,
        ColourRole.Halen => t.HalenColour,
        ColourRole.Brengen => t.BrengenColour,
        ColourRole.Eis => t.EisColour,
        ColourRole.Warning => t.WarningColour,
        _ => t.RuleColour,
    };
}
