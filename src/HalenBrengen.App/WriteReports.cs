using HalenBrengen.Core;
using HalenBrengen.Core.Model;

namespace HalenBrengen.App;

// What the use cases that write into a folder are asked and report: generate (from the command line) and
// the plain files (the blank forms, the example, the site).

/// <summary>Generate from files on disk into a folder: the command line's request.</summary>
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
/// <param name="Kept">An afsprakenlijst already there with other contents (it may be filled in): left as it is, not overwritten.</param>
public sealed record OutputFile(string Path, string? Problem = null, bool Kept = false);

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


/// <summary>
/// What writing plain files into a folder did: each file written or with its reason, or, once, why the folder
/// itself cannot be written into (then nothing is tried).
/// </summary>
public sealed record WriteReport(IReadOnlyList<OutputFile> Files, string? FolderProblem = null)
{
    public bool Succeeded => FolderProblem is null && Files.All(f => f.Problem is null);
}
