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

    public static InputReport Read(IEnumerable<string> paths)
    {
        var diagnostics = new List<Diagnostic>();
        var files = ExpandPaths(paths, diagnostics);
        return Combine(files.Select(f => (f.Display, (Func<XlsxPackage>)(() => XlsxPackage.Open(f.Path)))).ToList(), diagnostics, string.Join(", ", paths));
    }

    /// <summary>Reads workbooks held in memory (uploads), named as the user named them; never touches the disk.</summary>
    public static InputReport Read(IReadOnlyList<(string Name, byte[] Content)> workbooks)
    {
        var diagnostics = new List<Diagnostic>();
        var files = workbooks.Where(w => !IsIgnored(w.Name))
            .Select(w => (w.Name, (Func<XlsxPackage>)(() => XlsxPackage.Open(w.Content)))).ToList();
        return Combine(files, diagnostics, "upload");
    }

    private static InputReport Combine(IReadOnlyList<(string Display, Func<XlsxPackage> Open)> files, List<Diagnostic> diagnostics, string what)
    {
        // Files are independent: read them in parallel, then combine in the given order, so the
        // result is the same whatever order the threads finish in.
        var results = new FileResult[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = ReadFile(files[i].Open, files[i].Display));

        var kaarten = new List<Belangenkaart>();
        var krachtenvelden = new List<KrachtenveldKaart>();
        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
            if (result.Kaart is not null) kaarten.Add(result.Kaart);
            if (result.Krachtenveld is not null) krachtenvelden.Add(result.Krachtenveld);
        }

        var workbooks = results.Where(r => r.IsWorkbook).Select(r => r.Display).ToList();
        if (kaarten.Count == 0 && krachtenvelden.Count == 0 && !diagnostics.Any(d => d.Severity == Severity.Fout))
        {
            diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.GeenWerkmappen,
                new SourceRef(what),
                "hier staan geen belangenkaarten of krachtenveld. Geef de Excel-werkmappen (.xlsx) of de map waarin ze staan."));
        }
        var coalition = CoalitionAssembly.Combine(kaarten, krachtenvelden, diagnostics);
        return new InputReport(coalition, diagnostics, workbooks);
    }

    private sealed record FileResult(string Display, bool IsWorkbook, List<Diagnostic> Diagnostics,
        Belangenkaart? Kaart = null, KrachtenveldKaart? Krachtenveld = null);

    private static FileResult ReadFile(Func<XlsxPackage> open, string display)
    {
        var diagnostics = new List<Diagnostic>();
        var file = new SourceRef(display);
        try
        {
            using var package = open();
            var isKaart = package.HasSheet(C.Belangenkaart.Sheet);
            var isKrachtenveld = package.HasSheet(C.Krachtenveld.Sheet);
            if (!isKaart && !isKrachtenveld)
            {
                diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.OnbekendeWerkmap, file,
                    $"deze werkmap heeft geen blad '{C.Belangenkaart.Sheet}' en geen blad '{C.Krachtenveld.Sheet}', " +
                    $"dus het is geen belangenkaart en geen krachtenveld. Gevonden bladen: " +
                    $"{string.Join(", ", package.SheetNames.Select(n => $"'{n}'"))}. Gebruik de formulieren uit 'halenbrengen templates'."));
                return new FileResult(display, true, diagnostics);
            }
            var values = new CellValues(diagnostics);
            var kaart = isKaart ? BelangenkaartReader.Read(package, file, values) : null;
            var krachtenveld = isKrachtenveld ? KrachtenveldReader.Read(package, file, values) : null;
            // A value merged over several rows is read once per row; a message about it is said once.
            return new FileResult(display, true, diagnostics.Distinct().ToList(), kaart, krachtenveld);
        }
        catch (XlsxException e)
        {
            diagnostics.Add(new Diagnostic(Severity.Fout, e.Code, file, e.Message));
            return new FileResult(display, false, diagnostics);
        }
    }

    private static List<(string Path, string Display)> ExpandPaths(IEnumerable<string> paths, List<Diagnostic> diagnostics)
    {
        var result = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var entries = Directory.EnumerateFiles(path).Order(StringComparer.Ordinal);
                foreach (var entry in entries)
                {
                    var name = Path.GetFileName(entry);
                    var display = Path.Combine(path, name);
                    if (IsIgnored(name))
                        continue;
                    if (!WorkbookExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
                    {
                        diagnostics.Add(new Diagnostic(Severity.Opmerking, DiagnosticCode.BestandOvergeslagen, new SourceRef(display),
                            "geen Excel-werkmap (.xlsx); overgeslagen."));
                        continue;
                    }
                    if (seen.Add(Path.GetFullPath(entry)))
                        result.Add((entry, display));
                }
            }
            else if (File.Exists(path))
            {
                if (!IsIgnored(Path.GetFileName(path)) && seen.Add(Path.GetFullPath(path)))
                    result.Add((path, path));
            }
            else
            {
                diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.PadNietGevonden, new SourceRef(path),
                    "dit bestand of deze map bestaat niet. Controleer de naam en de map."));
            }
        }
        return result;
    }

    /// <summary>Excel's lock files (~$name.xlsx) and hidden system files (.DS_Store) are skipped without a word.</summary>
    private static bool IsIgnored(string name) => name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith('.');
}
