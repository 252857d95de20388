using System.Diagnostics;

namespace HalenBrengen.App;

/// <summary>
/// Where LibreOffice is (null when it was not found, with <see cref="Missing"/> saying what to install),
/// and how long it may take for all PDFs of a run together.
/// </summary>
public sealed record PdfOptions(string? Soffice, string? Missing, TimeSpan Timeout)
{
    /// <summary>A path to soffice (or soffice.exe) to use instead of the one found on PATH: a portable LibreOffice, say.</summary>
    public const string SofficeVariable = "HALENBRENGEN_SOFFICE";

    /// <summary>
    /// Generous: on two cores the example's ten PDFs take about 3 s, a 24-partner coalition's 27 about 9 s;
    /// only a LibreOffice that hangs (waiting on something no one will ever answer) comes near it.
    /// </summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// LibreOffice as <see cref="SofficeVariable"/> names it, else soffice on PATH, else where its installer
    /// puts it on Windows and macOS (neither adds it to PATH).
    /// </summary>
    public static PdfOptions Find(Func<string, string?> environment, TimeSpan? timeout = null)
    {
        var wait = timeout ?? DefaultTimeout;
        if (environment(SofficeVariable) is { Length: > 0 } chosen)
            return File.Exists(chosen)
                ? new PdfOptions(chosen, null, wait)
                : new PdfOptions(null, Reports.SofficeMissing.Fill(SofficeVariable, chosen) + " " + Reports.InstallLibreOffice, wait);
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe" } : ["soffice", "libreoffice"];
        var folders = (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(InstallFolders(environment));
        var found = folders.SelectMany(f => names.Select(n => Path.Combine(f, n))).FirstOrDefault(File.Exists);
        return new PdfOptions(found, found is null ? Reports.LibreOfficeNotFound + " " + Reports.InstallLibreOffice : null, wait);
    }

    /// <summary>What is said about LibreOffice: Dutch, like everything the command line reports (<see cref="ReportTexts"/>).</summary>
    private static ReportTexts Reports => Words.Nl.Reports;

    private static IEnumerable<string> InstallFolders(Func<string, string?> environment)
    {
        if (OperatingSystem.IsWindows())
            return new[] { "ProgramFiles", "ProgramFiles(x86)" }.Select(environment).OfType<string>()
                .Select(p => Path.Combine(p, "LibreOffice", "program"));
        return OperatingSystem.IsMacOS() ? ["/Applications/LibreOffice.app/Contents/MacOS"] : [];
    }
}

/// <summary>The PDFs of a run, each written or with its reason; or, once, why none was tried (LibreOffice missing).</summary>
public sealed record PdfReport(IReadOnlyList<OutputFile> Files, string? Problem = null);

/// <summary>
/// The print shop's copies: each poster and the session deck as PDF, made by LibreOffice from the .pptx
/// files just written (the afsprakenlijst is a workbook, not a print). The briefing gets none: it is the facilitator's private working copy, and a PDF of
/// it in the folder that goes to the print shop would be one file too easily sent along.
/// </summary>
public static class PdfWriter
{
    private static ReportTexts Reports => Words.Nl.Reports;

    public static bool Printed(GeneratedKind kind) => kind is not (GeneratedKind.Briefing or GeneratedKind.Agreements);

    /// <summary>
    /// Converts the written .pptx files in one LibreOffice run (one start, ~1 s, instead of one per file) and
    /// writes each PDF beside its .pptx with <see cref="OutputWriter"/>, so atomically like every output. A
    /// PDF LibreOffice did not finish (it failed, or the run timed out) is reported and never written.
    /// </summary>
    public static PdfReport Write(string folder, IReadOnlyList<string> pptx, PdfOptions options, IReadOnlySet<string> inputs)
    {
        if (options.Soffice is not { } soffice)
            return new PdfReport([], options.Missing);
        if (pptx.Count == 0)
            return new PdfReport([]);
        DirectoryInfo? work = null;
        try
        {
            work = Directory.CreateTempSubdirectory("halenbrengen-pdf-");
            // Copies under plain names: a name LibreOffice would misread (one starting with '-') cannot occur.
            var sources = pptx.Select((p, i) => Path.Combine(work.FullName, $"{i + 1:D2}.pptx")).ToList();
            for (var i = 0; i < pptx.Count; i++)
                File.Copy(pptx[i], sources[i]);
            var outDir = Directory.CreateDirectory(Path.Combine(work.FullName, "pdf")).FullName;
            var run = Convert(soffice, Path.Combine(work.FullName, "profiel"), outDir, sources, options.Timeout);
            if (run.StartFailure is { } failure)
                return new PdfReport([], Reports.LibreOfficeNotStarted.Fill(soffice, failure));
            var files = pptx.Select((p, i) =>
            {
                var name = Path.ChangeExtension(Path.GetFileName(p), ".pdf");
                var made = Path.Combine(outDir, Path.ChangeExtension(Path.GetFileName(sources[i]), ".pdf"));
                return Complete(made)
                    ? OutputWriter.Write(folder, name, File.ReadAllBytes(made), inputs)
                    : new OutputFile(Path.GetFullPath(Path.Combine(folder, name)), run.TimedOut ? Reports.PdfTimedOut.Fill(Duration(options.Timeout)) : Reports.PdfFailed);
            }).ToList();
            return new PdfReport(files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PdfReport([], Reports.PdfFolderFailed.Fill(e.Message));
        }
        finally
        {
            TryDelete(work);
        }
    }

    private sealed record Run(bool TimedOut, string? StartFailure);

    /// <summary>
    /// One headless LibreOffice with a profile of its own (-env:UserInstallation): with the user's profile, a
    /// LibreOffice that is already open would take the job over and this one would exit at once, converting
    /// nothing. Its exit code says nothing (it is 0 when a file fails to load), so the PDFs themselves are checked.
    /// </summary>
    private static Run Convert(string soffice, string profile, string outDir, IEnumerable<string> sources, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore",
                     "--convert-to", "pdf:impress_pdf_Export", "--outdir", outDir }.Concat(sources))
            start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            // Read both streams to the end, so a chatty LibreOffice never blocks on a full pipe.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (process.WaitForExit(timeout))
                return new Run(false, null);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Run(true, null);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new Run(false, e.Message);
        }
    }

    /// <summary>
    /// A finished PDF: it starts with its header and ends with the end-of-file marker, which ISO 32000-1 §7.5.5
    /// puts on the last line, after everything else, so a file cut off by a kill or a crash lacks it.
    /// </summary>
    private static bool Complete(string path)
    {
        if (!File.Exists(path))
            return false;
        using var file = File.OpenRead(path);
        if (file.Length < 16)
            return false;
        var head = new byte[5];
        file.ReadExactly(head);
        var tail = new byte[(int)Math.Min(1024, file.Length)];
        file.Seek(-tail.Length, SeekOrigin.End);
        file.ReadExactly(tail);
        return head.AsSpan().SequenceEqual("%PDF-"u8) && tail.AsSpan().IndexOf("%%EOF"u8) >= 0;
    }

    private static string Duration(TimeSpan timeout) => timeout.TotalSeconds < 120
        ? Reports.Seconds.Fill((int)timeout.TotalSeconds)
        : Reports.MinutesLong.Fill((int)timeout.TotalMinutes);

    private static void TryDelete(DirectoryInfo? work)
    {
        try
        {
            work?.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left in the system's temporary folder, which the system clears; the PDFs were handled.
        }
    }
}
