using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Posters;
using HalenBrengen.Layout.Style;
using HalenBrengen.Pptx;

namespace HalenBrengen.App;

/// <summary>What an output is: the session deck for the room, the facilitator's briefing, or a poster.</summary>
public enum GeneratedKind { Deck, Briefing, Map, PartnerPoster, WorkSheet }

/// <summary>An output: its file name, what it is, and how to render it (in memory, when asked).</summary>
public sealed record GeneratedFile(string Name, GeneratedKind Kind, Func<byte[]> Content);

/// <param name="Previous">The earlier round's workbooks and folders, to compare with (none: no comparison).</param>
/// <param name="Pdf">When set, the posters and the session deck are also written as PDF, through LibreOffice.</param>
public sealed record GenerateRequest(IReadOnlyList<string> Paths, string OutputFolder, Language Language = Language.Nl, bool Strict = false,
    IReadOnlyList<string>? Previous = null, PdfOptions? Pdf = null)
{
    /// <summary>A template (.potx or .pptx) whose colours, fonts, logo and background every file takes; null for the generator's own look.</summary>
    public string? HouseStyle { get; init; }

    /// <summary>Font files (.ttf, .otf) of the house style's fonts, so text in them can be measured.</summary>
    public IReadOnlyList<string> Fonts { get; init; } = [];
}

/// <summary>A file the run wrote, or could not write, with a Dutch reason.</summary>
public sealed record OutputFile(string Path, string? Problem = null);

/// <summary>
/// What a run did: the check, and when nothing blocked, every output with its problem if any. When the
/// output folder itself cannot be written into, <see cref="FolderProblem"/> says why once and nothing is tried.
/// <see cref="Pdf"/> (when asked for) is an extra beside the .pptx files: a PDF not made never makes a run fail.
/// </summary>
/// <param name="PreviousInput">The earlier round as read, when one was given; it blocks like this round does.</param>
public sealed record GenerateReport(InputReport Input, IReadOnlyList<OutputFile> Outputs, bool Generated, string? FolderProblem = null,
    InputReport? PreviousInput = null, PdfReport? Pdf = null)
{
    /// <summary>Why the house style asked for cannot be used; then nothing is made.</summary>
    public string? StyleProblem { get; init; }

    /// <summary>One line per change the house style needed (a colour for contrast, a font replaced).</summary>
    public IReadOnlyList<string> StyleNotes { get; init; } = [];

    public bool Succeeded => Generated && FolderProblem is null && StyleProblem is null && Outputs.All(o => o.Problem is null);
}

/// <summary>Reads the workbooks like <c>check</c>, and when nothing blocks, writes the deck.</summary>
public static class Generator
{
    public static GenerateReport Run(GenerateRequest request)
    {
        var input = WorkbookReader.Read(request.Paths);
        var previous = request.Previous is { Count: > 0 } earlier ? WorkbookReader.Read(earlier) : null;
        if (!input.CanGenerate(request.Strict) || previous?.CanGenerate(request.Strict) == false)
            return new GenerateReport(input, [], false, PreviousInput: previous);
        // In Dutch, like everything else the command line reports.
        var style = request.HouseStyle is { } template ? HouseStyles.Load(template, request.Fonts, Language.Nl) : null;
        if (style?.Problem is { } styleProblem)
            return new GenerateReport(input, [], false, PreviousInput: previous) { StyleProblem = styleProblem };
        if (OutputWriter.PrepareFolder(request.OutputFolder) is { } problem)
            return new GenerateReport(input, [], true, problem, previous) { StyleNotes = style?.Notes ?? [] };
        var inputs = InputFiles([.. request.Paths, .. request.Previous ?? [], .. request.HouseStyle is null ? [] : new[] { request.HouseStyle }, .. request.Fonts],
            [.. input.FilesRead, .. previous?.FilesRead ?? []]);
        var files = Render(input.Coalition, request.Language, previous?.Coalition, style?.Look);
        var outputs = files.AsParallel().AsOrdered()
            .Select(f => OutputWriter.Write(request.OutputFolder, f.Name, f.Content(), inputs)).ToList();
        var pdf = request.Pdf is { } options
            ? PdfWriter.Write(request.OutputFolder, files.Zip(outputs).Where(p => PdfWriter.Printed(p.First.Kind) && p.Second.Problem is null)
                .Select(p => p.Second.Path).ToList(), options, inputs)
            : null;
        return new GenerateReport(input, outputs, true, PreviousInput: previous, Pdf: pdf) { StyleNotes = style?.Notes ?? [] };
    }

    /// <summary>
    /// Every output of a coalition, named and rendered on demand, in memory: the session deck, the
    /// facilitator's briefing, the combined map, a poster per partner and the work sheet. The CLI writes
    /// them to disk; the web app streams them. Everything is made in <paramref name="look"/>: a house
    /// style's, or (null) the generator's own.
    /// </summary>
    /// <param name="previous">The earlier round: the briefing says what changed, the deck marks what is new.</param>
    public static IReadOnlyList<GeneratedFile> Render(Coalition coalition, Language language, Coalition? previous = null, Look? look = null)
    {
        look ??= Look.House;
        var analysis = CoalitionAnalysis.Of(coalition);
        var changes = previous is null ? null : RoundComparison.Compare(previous, coalition);
        var stem = FileNames.Safe(coalition.Naam, "samenwerking");
        var english = language == Language.En;
        var names = new FileNames.Unique(stem);
        var files = new List<GeneratedFile>
        {
            new(names.Next(english ? "session" : "sessie"), GeneratedKind.Deck,
                () => PptxWriter.Write(DeckPlanner.Plan(coalition, analysis, PlanContext.Session(look, language), changes))),
            new(names.Next(english ? "facilitator briefing" : "voorbereiding begeleider"), GeneratedKind.Briefing,
                () => PptxWriter.Write(BriefingPlanner.Plan(coalition, analysis, PlanContext.Briefing(look, language), changes))),
        };
        foreach (var poster in PosterPlanner.Plan(coalition, PlanContext.Poster(look, language)))
        {
            var (label, kind) = poster.Kind switch
            {
                PosterKind.Partner => ("poster " + FileNames.Safe(poster.Partner!.Naam, "partij"), GeneratedKind.PartnerPoster),
                PosterKind.WorkSheet => (english ? "work sheet" : "werkvel", GeneratedKind.WorkSheet),
                _ => (english ? "poster combined map" : "poster gezamenlijke kaart", GeneratedKind.Map),
            };
            files.Add(new GeneratedFile(names.Next(label), kind, () => PptxWriter.Write(poster.Sheets)));
        }
        return files;
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
