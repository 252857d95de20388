using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;
using C = HalenBrengen.Excel.Contract;

namespace HalenBrengen.Excel.Reading;

/// <summary>
/// Reads files and folders of belangenkaart and krachtenveld workbooks into one coalition plus
/// diagnostics. Never throws for bad input; never writes, locks or changes an input file.
/// </summary>
public static class WorkbookReader
{
    private static readonly string[] WorkbookExtensions = [".xlsx", ".xlsm"];

    /// <summary>
    /// What a folder holds that may be a partner's form: workbooks, and files that look like a spreadsheet in
    /// another format (.xls, .ods, .csv, …). Those are read too, by content, so that a form saved in the wrong
    /// format blocks with its own message instead of its partner silently dropping out.
    /// </summary>
    private static readonly HashSet<string> SpreadsheetExtensions = new(
        [.. WorkbookExtensions, ".xls", ".xlt", ".xlw", ".xltx", ".xltm", .. FileSignature.OtherSpreadsheetExtensions],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>How deep a skipped subfolder is searched for workbooks, only to say that it holds some.</summary>
    private const int SubfolderSearchDepth = 3;

    /// <summary>The reader speaks Dutch, like the forms it reads.</summary>
    private static readonly ProblemTexts Say = Words.Nl.Problems;

    public static InputReport Read(IEnumerable<string> paths)
    {
        var diagnostics = new List<Diagnostic>();
        var files = ExpandPaths(paths, diagnostics);
        return Combine(files.Select(f => (f.Display, (Func<XlsxPackage>)(() => XlsxPackage.Open(f.Path)), f.InFolder)).ToList(),
            diagnostics, string.Join(", ", paths));
    }

    /// <summary>Reads workbooks held in memory (uploads), named as the user named them; never touches the disk.</summary>
    public static InputReport Read(IReadOnlyList<(string Name, byte[] Content)> workbooks)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var (name, content) in workbooks.Where(w => IsIgnored(w.Name)))
        {
            if (FormIn(() => XlsxPackage.Open(content, name)) is { } form)
                diagnostics.Add(Hidden(name, form));
        }
        var files = workbooks.Where(w => !IsIgnored(w.Name))
            .Select(w => (w.Name, (Func<XlsxPackage>)(() => XlsxPackage.Open(w.Content, w.Name)), false)).ToList();
        return Combine(files, diagnostics, "upload");
    }

    private static InputReport Combine(IReadOnlyList<(string Display, Func<XlsxPackage> Open, bool InFolder)> files, List<Diagnostic> diagnostics, string what)
    {
        // Files are independent: read them in parallel, then combine in the given order, so the
        // result is the same whatever order the threads finish in.
        var results = new FileResult[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = ReadFile(files[i].Open, files[i].Display, files[i].InFolder));

        var kaarten = new List<Belangenkaart>();
        var krachtenvelden = new List<KrachtenveldKaart>();
        var agreements = new List<Agreement>();
        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
            if (result.Kaart is not null) kaarten.Add(result.Kaart);
            if (result.Krachtenveld is not null) krachtenvelden.Add(result.Krachtenveld);
            agreements.AddRange(result.Agreements ?? []);
        }

        var workbooks = results.Where(r => r.IsWorkbook).Select(r => r.Display).ToList();
        if (kaarten.Count == 0 && krachtenvelden.Count == 0 && !diagnostics.Any(d => d.Severity == Severity.Fout))
        {
            diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.GeenWerkmappen,
                new SourceRef(what), Say.NoWorkbooks));
        }
        var findings = new List<AssemblyFinding>();
        var coalition = CoalitionAssembly.Combine(kaarten, krachtenvelden, findings) with { Agreements = agreements };
        diagnostics.AddRange(findings.Select(f => AssemblyWording.Word(f, Say)));
        diagnostics.AddRange(AgreementsReader.Check(coalition));
        return new InputReport(coalition, diagnostics, workbooks);
    }

    private sealed record FileResult(string Display, bool IsWorkbook, List<Diagnostic> Diagnostics,
        Belangenkaart? Kaart = null, KrachtenveldKaart? Krachtenveld = null, IReadOnlyList<Agreement>? Agreements = null);

    private static FileResult ReadFile(Func<XlsxPackage> open, string display, bool inFolder)
    {
        var diagnostics = new List<Diagnostic>();
        var file = new SourceRef(display);
        try
        {
            using var package = open();
            var isKaart = package.HasSheet(C.Belangenkaart.Sheet);
            var isKrachtenveld = package.HasSheet(C.Krachtenveld.Sheet);
            if (!isKaart && !isKrachtenveld && C.Afsprakenlijst.Any(package.HasSheet))
            {
                var agreements = AgreementsReader.Read(package, file, new CellValues(diagnostics));
                return new FileResult(display, true, diagnostics.Distinct().ToList(), Agreements: agreements);
            }
            if (!isKaart && !isKrachtenveld)
            {
                diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.OnbekendeWerkmap, file,
                    Say.UnknownWorkbook.Fill(C.Belangenkaart.Sheet, C.Krachtenveld.Sheet, Quoted.List(package.SheetNames))));
                return new FileResult(display, true, diagnostics);
            }
            var values = new CellValues(diagnostics);
            var kaart = isKaart ? BelangenkaartReader.Read(package, file, values) : null;
            var krachtenveld = isKrachtenveld ? KrachtenveldReader.Read(package, file, values) : null;
            UnreadSheets.Report(package, isKaart, isKrachtenveld, file, diagnostics);
            // A value merged over several rows is read once per row; a message about it is said once.
            return new FileResult(display, true, diagnostics.Distinct().ToList(), kaart, krachtenveld);
        }
        catch (XlsxException e)
        {
            // A file found in a folder may not belong to the session at all (a list of addresses as .csv).
            var unrelated = inFolder && !WorkbookExtensions.Contains(Path.GetExtension(display), StringComparer.OrdinalIgnoreCase)
                ? Say.NotForThisSession
                : string.Empty;
            diagnostics.Add(new Diagnostic(Severity.Fout, e.Code, file, e.Message + unrelated));
            return new FileResult(display, false, diagnostics);
        }
    }

    private static List<(string Path, string Display, bool InFolder)> ExpandPaths(IEnumerable<string> paths, List<Diagnostic> diagnostics)
    {
        var result = new List<(string, string, bool)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                if (ListFolder(path, diagnostics) is not { } entries)
                    continue;
                foreach (var entry in entries)
                {
                    var name = Path.GetFileName(entry);
                    var display = Path.Combine(path, name);
                    if (IsIgnored(name) || !SpreadsheetExtensions.Contains(Path.GetExtension(name)))
                    {
                        var form = InputFile.StartsAsZip(entry) ? FormIn(() => XlsxPackage.Open(entry)) : null;
                        if (form is not null)
                            diagnostics.Add(IsIgnored(name) ? Hidden(display, form) : Renamed(display, form));
                        if (IsIgnored(name) || form is not null)
                            continue;
                        diagnostics.Add(new Diagnostic(Severity.Opmerking, DiagnosticCode.BestandOvergeslagen, new SourceRef(display),
                            Say.SkippedFile));
                        continue;
                    }
                    if (seen.Add(Path.GetFullPath(entry)))
                        result.Add((entry, display, true));
                }
                NoteSubfolders(path, diagnostics);
            }
            else if (File.Exists(path))
            {
                if (!IsIgnored(Path.GetFileName(path)) && seen.Add(Path.GetFullPath(path)))
                    result.Add((path, path, false));
            }
            else
            {
                diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.PadNietGevonden, new SourceRef(path), Say.PathNotFound));
            }
        }
        return result;
    }

    private static List<string>? ListFolder(string folder, List<Diagnostic> diagnostics)
    {
        try
        {
            return Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.PadNietGevonden, new SourceRef(folder), Say.FolderUnreadable));
            return null;
        }
    }

    /// <summary>
    /// A folder is read one level deep. A subfolder that holds workbooks is named, so a partner filed away
    /// in it (an 'ontvangen' folder, a zip unpacked into its own folder) does not drop out without a word.
    /// </summary>
    private static void NoteSubfolders(string folder, List<Diagnostic> diagnostics)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true, MaxRecursionDepth = SubfolderSearchDepth, IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        List<string> subfolders;
        try
        {
            subfolders = Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var subfolder in subfolders)
        {
            var name = Path.GetFileName(subfolder);
            if (IsIgnored(name))
                continue;
            if (SpreadsheetExtensions.Contains(Path.GetExtension(name)))
            {
                // Numbers can save a document as a folder (a package) that macOS shows as one file.
                var error = Path.GetExtension(name).Equals(".numbers", StringComparison.OrdinalIgnoreCase)
                    ? FileSignature.OtherSpreadsheet(".numbers")
                    : new XlsxException(DiagnosticCode.GeenGewoonBestand, Say.FolderNamedAsWorkbook);
                diagnostics.Add(new Diagnostic(Severity.Fout, error.Code, new SourceRef(Path.Combine(folder, name)), error.Message));
                continue;
            }
            int count;
            try
            {
                count = Directory.EnumerateFiles(subfolder, "*", options)
                    .Count(f => !IsIgnored(Path.GetFileName(f)) && SpreadsheetExtensions.Contains(Path.GetExtension(f)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                count = -1; // cannot be looked into: say it was skipped all the same
            }
            if (count == 0)
                continue;
            var message = count switch { -1 => Say.SubfolderMaybe, 1 => Say.SubfolderOne, _ => Say.SubfolderMany };
            diagnostics.Add(new Diagnostic(Severity.Opmerking, DiagnosticCode.SubmapOvergeslagen, new SourceRef(Path.Combine(folder, name)),
                message.Fill(name, count)));
        }
    }

    /// <summary>"de belangenkaart" or "het krachtenveld" when the package is one of the forms; null for anything else.</summary>
    private static string? FormIn(Func<XlsxPackage> open)
    {
        try
        {
            using var package = open();
            return package.HasSheet(C.Belangenkaart.Sheet) ? Say.ABelangenkaart
                : package.HasSheet(C.Krachtenveld.Sheet) ? Say.AKrachtenveld
                : null;
        }
        catch (XlsxException)
        {
            return null;
        }
    }

    /// <summary>A form whose name starts with a dot (or "~$"): hidden, so skipped, but then a partner drops out. It blocks.</summary>
    private static Diagnostic Hidden(string display, string form) => new(Severity.Fout, DiagnosticCode.FormulierOnderAndereNaam, new SourceRef(display),
        Say.HiddenForm.Fill(form, Path.GetFileName(display).StartsWith('.') ? "." : "~$"));

    /// <summary>A form under another extension (a backup "kaart.xlsx.bak", a download "kaart.xlsx.zip"): not read, so it blocks.</summary>
    private static Diagnostic Renamed(string display, string form) => new(Severity.Fout, DiagnosticCode.FormulierOnderAndereNaam, new SourceRef(display),
        Say.RenamedForm.Fill(form));

    /// <summary>Excel's lock files (~$name.xlsx) and hidden files (.DS_Store, ._name.xlsx) are skipped, and named only when they hold a form.</summary>
    private static bool IsIgnored(string name) => name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith('.');
}
