using System.IO.Compression;
using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Templates;

namespace HalenBrengen.App;

/// <summary>A file held in memory: a workbook handed in, or an output made.</summary>
public sealed record FileContent(string Name, byte[] Content);

/// <summary>An output made in memory: its file name, what it is, and its bytes.</summary>
public sealed record MadeFile(string Name, GeneratedKind Kind, byte[] Content);

/// <summary>What generating in memory gave: the check, and when nothing blocked, every output.</summary>
public sealed record MadeFiles(InputReport Check, IReadOnlyList<MadeFile> Files, InputReport? PreviousCheck = null)
{
    public bool Generated => Files.Count > 0;

    /// <summary>Why the house style handed in cannot be used; then nothing is made.</summary>
    public string? StyleProblem { get; init; }

    /// <summary>One line per change the house style needed.</summary>
    public IReadOnlyList<string> StyleNotes { get; init; } = [];
}

/// <summary>
/// The one door to HalenBrengen: every use case a host offers (check, generate, the blank forms, the
/// example), from files on disk or held in memory. The command line, the local server and the browser
/// call nothing else, so each does exactly the same.
/// </summary>
public static class UseCases
{
    /// <summary>Reads workbooks and folders from disk: what was found, and everything to fix.</summary>
    public static InputReport Check(IEnumerable<string> paths) => WorkbookReader.Read(paths);

    /// <summary>Reads workbooks held in memory (uploads); nothing touches the disk.</summary>
    public static InputReport Check(IReadOnlyList<FileContent> workbooks) =>
        WorkbookReader.Read(workbooks.Select(w => (w.Name, w.Content)).ToList());

    /// <summary>Reads from disk and, when nothing blocks, writes every output into the request's folder.</summary>
    public static GenerateReport Generate(GenerateRequest request) => Generator.Run(request);

    /// <summary>
    /// Reads workbooks held in memory and, when nothing blocks, makes every output in memory, in the
    /// house style handed in if any.
    /// </summary>
    /// <param name="previous">The earlier round's workbooks, to compare with; when they cannot be read, nothing is made and <see cref="MadeFiles.PreviousCheck"/> says why.</param>
    public static MadeFiles Generate(IReadOnlyList<FileContent> workbooks, Language language, bool strict = false, IReadOnlyList<FileContent>? previous = null,
        HouseStyleFiles? style = null)
    {
        var check = Check(workbooks);
        var earlier = previous is { Count: > 0 } ? Check(previous) : null;
        if (!check.CanGenerate(strict) || earlier?.CanGenerate(strict) == false)
            return new MadeFiles(check, [], earlier);
        var loaded = style is null ? null : HouseStyles.Load(style, language);
        if (loaded?.Problem is { } problem)
            return new MadeFiles(check, [], earlier) { StyleProblem = problem };
        var files = Generator.Render(check.Coalition, language, earlier?.Coalition, loaded?.Look).AsParallel().AsOrdered()
            .Select(f => new MadeFile(f.Name, f.Kind, f.Content())).ToList();
        return new MadeFiles(check, files, earlier) { StyleNotes = loaded?.Notes ?? [] };
    }

    /// <summary>The blank forms, belangenkaart.xlsx and krachtenveld.xlsx.</summary>
    public static IReadOnlyList<FileContent> Templates() => TemplateWriter.Templates().Select(f => new FileContent(f.Name, f.Content)).ToList();

    /// <summary>The example coalition's filled-in workbooks.</summary>
    public static IReadOnlyList<FileContent> Example() => TemplateWriter.Example().Select(f => new FileContent(f.Name, f.Content)).ToList();

    /// <summary>Writes the blank forms into a folder; returns the paths written.</summary>
    public static IReadOnlyList<string> WriteTemplates(string folder) => TemplateWriter.WriteTemplates(folder);

    /// <summary>Writes the example coalition's workbooks into a folder; returns the paths written.</summary>
    public static IReadOnlyList<string> WriteExample(string folder) => TemplateWriter.WriteExample(folder);

    /// <summary>Files as one zip, in the given order, for "download everything".</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
