using System.IO.Compression;
using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel;
using HalenBrengen.Pptx;

namespace HalenBrengen.App;

/// <summary>A file held in memory: a workbook handed in, or a file to write or to send.</summary>
public sealed record FileContent(string Name, byte[] Content);

/// <summary>
/// The one door to HalenBrengen: every use case a host offers (check, generate, the blank forms, the
/// example, writing files into a folder), from files on disk or held in memory. The command line, the
/// local server and the browser call nothing else, so each does exactly the same. Generate has one
/// pipeline behind both of its doors (<see cref="Generator"/>); the folder door only writes its result.
/// </summary>
public static class UseCases
{
    /// <summary>No file is an input of the forms, the example or the site: nothing is protected from being replaced.</summary>
    private static readonly IReadOnlySet<string> NoInputs = new HashSet<string>();

    /// <summary>Reads workbooks and folders from disk: what was found, and everything to fix.</summary>
    public static InputReport Check(IEnumerable<string> paths) => WorkbookReader.Read(paths);

    /// <summary>Reads workbooks held in memory (uploads); nothing touches the disk.</summary>
    public static InputReport Check(IReadOnlyList<FileContent> workbooks) =>
        WorkbookReader.Read(workbooks.Select(w => (w.Name, w.Content)).ToList());

    /// <summary>
    /// Reads workbooks held in memory and, when nothing blocks, makes every output in memory, in the
    /// house style handed in if any. The page's generate: the house style's notes are in <paramref name="language"/>.
    /// </summary>
    /// <param name="previous">The earlier round's workbooks, to compare with; when they cannot be read, nothing is made and <see cref="Generation.PreviousCheck"/> says why.</param>
    public static Generation Generate(IReadOnlyList<FileContent> workbooks, Language language, bool strict = false, IReadOnlyList<FileContent>? previous = null,
        HouseStyleFiles? style = null) =>
        Generator.Run(new GenerateInput(new Workbooks(null, workbooks), new Workbooks(null, previous ?? []), language, strict, CommandLine: false, Style: style));

    /// <summary>
    /// The command line's generate: the workbooks, the earlier round and the house style read from disk, the
    /// same pipeline as in memory, then every output written atomically into the request's folder (and, when
    /// asked, a PDF of each poster and of the session deck).
    /// </summary>
    public static GenerateReport Generate(GenerateRequest request)
    {
        var style = request.HouseStyle is { } template ? (template, request.Fonts) : ((string, IReadOnlyList<string>)?)null;
        var made = Generator.Run(new GenerateInput(new Workbooks(request.Paths, null), new Workbooks(request.Previous ?? [], null),
            request.Language, request.Strict, CommandLine: true, StyleOnDisk: style));
        if (!made.Generated)
            return new GenerateReport(made.Check, [], false, PreviousInput: made.PreviousCheck) { StyleProblem = made.StyleProblem };
        if (OutputWriter.PrepareFolder(request.OutputFolder) is { } problem)
            return new GenerateReport(made.Check, [], true, problem, made.PreviousCheck) { StyleNotes = made.StyleNotes };
        var inputs = InputFiles([.. request.Paths, .. request.Previous ?? [], .. request.HouseStyle is null ? [] : new[] { request.HouseStyle }, .. request.Fonts],
            [.. made.Check.FilesRead, .. made.PreviousCheck?.FilesRead ?? []]);
        var outputs = made.Files.AsParallel().AsOrdered()
            .Select(f => f.Kind == GeneratedKind.Agreements ? OutputWriter.WriteUnlessChanged(request.OutputFolder, f.Name, f.Content, inputs)
                : OutputWriter.Write(request.OutputFolder, f.Name, f.Content, inputs)).ToList();
        var pdf = request.Pdf is { } options
            ? PdfWriter.Write(request.OutputFolder, made.Files.Zip(outputs).Where(p => PdfWriter.Printed(p.First.Kind) && p.Second.Problem is null)
                .Select(p => p.Second.Path).ToList(), options, inputs)
            : null;
        return new GenerateReport(made.Check, outputs, true, PreviousInput: made.PreviousCheck, Pdf: pdf) { StyleNotes = made.StyleNotes };
    }

    /// <summary>The blank forms, belangenkaart.xlsx and krachtenveld.xlsx: the same bytes on every run.</summary>
    public static IReadOnlyList<FileContent> Templates() => Reproducible(FormFiles.Blank());

    /// <summary>The example coalition's filled-in workbooks: the same bytes on every run.</summary>
    public static IReadOnlyList<FileContent> Example() => Reproducible(FormFiles.Example());

    /// <summary>Writes the blank forms into a folder.</summary>
    public static WriteReport WriteTemplates(string folder) => Write(folder, Templates());

    /// <summary>Writes the example coalition's workbooks into a folder.</summary>
    public static WriteReport WriteExample(string folder) => Write(folder, Example());

    /// <summary>
    /// Writes files into a folder (made when missing), each atomically, through the one <see cref="OutputWriter"/>;
    /// a name may hold folders ("_framework/dotnet.js"), separated by '/'.
    /// </summary>
    public static WriteReport Write(string folder, IReadOnlyList<FileContent> files)
    {
        if (OutputWriter.PrepareFolder(folder) is { } problem)
            return new WriteReport([], problem);
        return new WriteReport(files.Select(f => OutputWriter.Write(folder, f.Name.Replace('/', Path.DirectorySeparatorChar), f.Content, NoInputs)).ToList());
    }

    /// <summary>Files as one zip, in the given order, for "download everything": the same files give the same bytes.</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> files) => ZipWriter.Of(files, CompressionLevel.Fastest);

    /// <summary>ClosedXML's workbooks, re-packed so that each gives the same bytes on every run (see <see cref="ReproducibleWorkbook"/>).</summary>
    private static List<FileContent> Reproducible(IReadOnlyList<(string Name, byte[] Content)> workbooks) =>
        workbooks.Select(w => new FileContent(w.Name, ReproducibleWorkbook.Repack(w.Content))).ToList();

    /// <summary>The workbooks read and every file named on the command line: none of them is ever written.</summary>
    private static HashSet<string> InputFiles(IEnumerable<string> paths, IEnumerable<string> read)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths.Where(File.Exists).Concat(read))
            files.Add(Path.GetFullPath(path));
        return files;
    }
}
