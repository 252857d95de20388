using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Posters;
using HalenBrengen.Pptx;

namespace HalenBrengen.App;

/// <summary>What an output is: the session deck for the room, the facilitator's briefing, or a poster.</summary>
public enum GeneratedKind { Deck, Briefing, Map, PartnerPoster, WorkSheet }

/// <summary>An output: its file name, what it is, and how to render it (in memory, when asked).</summary>
public sealed record GeneratedFile(string Name, GeneratedKind Kind, Func<byte[]> Content);

public sealed record GenerateRequest(IReadOnlyList<string> Paths, string OutputFolder, Language Language = Language.Nl, bool Strict = false);

/// <summary>A file the run wrote, or could not write, with a Dutch reason.</summary>
public sealed record OutputFile(string Path, string? Problem = null);

public sealed record GenerateReport(InputReport Input, IReadOnlyList<OutputFile> Outputs, bool Generated)
{
    public bool Succeeded => Generated && Outputs.All(o => o.Problem is null);
}

/// <summary>Reads the workbooks like <c>check</c>, and when nothing blocks, writes the deck.</summary>
public static class Generator
{
    public static GenerateReport Run(GenerateRequest request)
    {
        var input = WorkbookReader.Read(request.Paths);
        if (!input.CanGenerate(request.Strict))
            return new GenerateReport(input, [], false);
        var inputs = InputFiles(request.Paths, input.FilesRead);
        var outputs = Render(input.Coalition, request.Language).AsParallel().AsOrdered()
            .Select(f => OutputWriter.Write(request.OutputFolder, f.Name, f.Content(), inputs)).ToList();
        return new GenerateReport(input, outputs, true);
    }

    /// <summary>
    /// Every output of a coalition, named and rendered on demand, in memory: the session deck, the
    /// facilitator's briefing, the combined map, a poster per partner and the work sheet. The CLI writes
    /// them to disk; the web app streams them.
    /// </summary>
    public static IReadOnlyList<GeneratedFile> Render(Coalition coalition, Language language)
    {
        var analysis = CoalitionAnalysis.Of(coalition);
        var stem = FileNames.Safe(coalition.Naam, "samenwerking");
        var english = language == Language.En;
        var files = new List<GeneratedFile>
        {
            new(stem + (english ? " - session.pptx" : " - sessie.pptx"), GeneratedKind.Deck,
                () => PptxWriter.Write(DeckPlanner.Plan(coalition, analysis, language))),
            new(stem + (english ? " - facilitator briefing.pptx" : " - voorbereiding begeleider.pptx"), GeneratedKind.Briefing,
                () => PptxWriter.Write(BriefingPlanner.Plan(coalition, analysis, language))),
        };
        var used = new HashSet<string>(files.Select(f => f.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var poster in PosterPlanner.Plan(coalition, language))
        {
            var (label, kind) = poster.Kind switch
            {
                PosterKind.Partner => ("poster " + FileNames.Safe(poster.Partner!.Naam, "partij"), GeneratedKind.PartnerPoster),
                PosterKind.WorkSheet => (english ? "work sheet" : "werkvel", GeneratedKind.WorkSheet),
                _ => (english ? "poster combined map" : "poster gezamenlijke kaart", GeneratedKind.Map),
            };
            files.Add(new GeneratedFile(Unique($"{stem} - {label}", used), kind, () => PptxWriter.Write(poster.Sheets)));
        }
        return files;
    }

    /// <summary>A file name not used yet in this run: partners whose names sanitise alike get a number.</summary>
    private static string Unique(string stem, HashSet<string> used)
    {
        var name = stem + ".pptx";
        for (var n = 2; !used.Add(name); n++)
            name = $"{stem} ({n}).pptx";
        return name;
    }

    /// <summary>The workbooks read and every file named on the command line: none of them is ever written.</summary>
    private static HashSet<string> InputFiles(IEnumerable<string> paths, IEnumerable<string> read)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths.Where(File.Exists).Concat(read))
            files.Add(Path.GetFullPath(path));
        return files;
    }
}

/// <summary>File names a facilitator recognises, safe on Windows, macOS and Linux.</summary>
public static class FileNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    { "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3" };

    public static string Safe(string? name, string fallback)
    {
        var cleaned = new string((name ?? "").Select(c => char.IsControl(c) || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal) ? ' ' : c).ToArray());
        cleaned = string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (cleaned.Length > 80)
            cleaned = cleaned[..80].TrimEnd('.', ' ');
        return cleaned.Length == 0 || Reserved.Contains(cleaned) ? fallback : cleaned;
    }
}

/// <summary>
/// Writes an output atomically: a temporary file in the same folder, then a rename, so an interrupted
/// run never leaves a half-written deck; an output that cannot be replaced gets a clear message.
/// </summary>
public static class OutputWriter
{
    public static OutputFile Write(string folder, string name, byte[] content, IReadOnlySet<string> inputs)
    {
        var path = Path.GetFullPath(Path.Combine(folder, name));
        if (inputs.Contains(path))
            return new OutputFile(path, "dit is een van de invoerbestanden; dat wordt nooit overschreven. Kies een andere uitvoermap.");
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, path, overwrite: true);
            return new OutputFile(path);
        }
        catch (UnauthorizedAccessException)
        {
            return new OutputFile(path, "kon niet worden geschreven: geen toegang tot de map of het bestand is alleen-lezen.");
        }
        catch (IOException)
        {
            return new OutputFile(path, "kon niet worden vervangen. Is het nog geopend in PowerPoint? Sluit het en probeer het opnieuw.");
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
