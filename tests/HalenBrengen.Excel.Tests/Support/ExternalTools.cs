using System.Diagnostics;

namespace HalenBrengen.Excel.Tests.Support;

/// <summary>
/// Real other writers of workbooks (openpyxl, LibreOffice). On a developer machine without them the
/// test says so plainly and is skipped; under CI (CI=true) a missing tool fails the test instead,
/// because .ci/run installs them.
/// </summary>
internal static class ExternalTools
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string RequirePythonWithOpenpyxl()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            if (Run(candidate, ["-c", "import openpyxl"], TimeSpan.FromSeconds(30)).ExitCode == 0)
                return candidate;
        }
        return Missing("python3 met openpyxl (Debian-pakket python3-openpyxl)");
    }

    /// <summary>Python 3 itself (its http.server is the plain static file server of the site tests).</summary>
    public const string Python = "/usr/bin/python3";
    public const string PythonPackage = "python3 (Debian-pakket python3)";

    public static string RequirePython() => File.Exists(Python) ? Python : Missing(PythonPackage);

    public static string RequireSoffice()
    {
        foreach (var candidate in new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" })
        {
            if (File.Exists(candidate))
                return candidate;
        }
        return Missing("LibreOffice (Debian-pakket libreoffice-calc)");
    }

    /// <summary>A poppler tool (pdfinfo, pdffonts, pdftoppm): a reader of PDFs that is not LibreOffice, which wrote them.</summary>
    public static string RequirePoppler(string tool) =>
        File.Exists("/usr/bin/" + tool) ? "/usr/bin/" + tool : Missing($"{tool} (Debian-pakket poppler-utils)");

    /// <summary>Skips the test, saying that <paramref name="what"/> is not installed; under CI fails it instead.</summary>
    public static string Missing(string what)
    {
        var message = $"{what} is not installed on this machine; .ci/run installs it.";
        if (InCi)
            Assert.Fail(message + " Under CI this test may not be skipped.");
        Assert.Skip(message);
        return string.Empty;
    }

    public static (int ExitCode, string Output) Run(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "timed out");
            }
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
