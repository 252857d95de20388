using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using HalenBrengen.Excel.Tests.Support;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// The linux-x64 release, artifacts/linux-x64/halenbrengen, as scripts/publish.sh makes it. Under CI
/// (which starts from a clean clone) it is published once per test run; elsewhere a binary newer than
/// every source is used, and without one the tests say how to make it and are skipped.
/// </summary>
internal static class ReleaseBinary
{
    public static string Path { get; } = Repository.PathOf("artifacts", "linux-x64", "halenbrengen");

    /// <summary>The binary's symbols, which scripts/publish.sh keeps beside the build for reading a crash report.</summary>
    public static string Symbols { get; } = Repository.PathOf("artifacts", "build", "publish", "linux-x64", "halenbrengen.dbg");

    /// <summary>The WebAssembly bundle the binary embeds (scripts/publish.sh leaves it there).</summary>
    public static string Bundle { get; } = Repository.PathOf("artifacts", "build", "bundle", "wwwroot");

    private static readonly Lazy<string?> Problem = new(Prepare);

    /// <summary>The binary's path; skips the test (fails it under CI) when there is no current binary.</summary>
    public static string Require()
    {
        if (Problem.Value is { } problem)
        {
            if (ExternalTools.InCi)
                Assert.Fail(problem);
            Assert.Skip(problem + " Under CI this test publishes the release itself.");
        }
        return Path;
    }

    private static string? Prepare()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
            return "The Native AOT release is built and tested on linux-x64 only.";
        if (Current())
            return null;
        if (!ExternalTools.InCi)
        {
            return File.Exists(Path)
                ? $"{Path} is older than the sources; make it again with scripts/publish.sh linux-x64."
                : $"{Path} is not there; make it with scripts/publish.sh linux-x64 (about 5 minutes).";
        }
        var (exit, output) = Publish();
        return exit == 0 && File.Exists(Path) ? null : $"scripts/publish.sh linux-x64 failed ({exit}):\n{output}";
    }

    /// <summary>The binary exists and is newer than everything it is built from.</summary>
    private static bool Current()
    {
        if (!File.Exists(Path))
            return false;
        var built = File.GetLastWriteTimeUtc(Path);
        var sources = Directory.EnumerateFiles(Repository.PathOf("src"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Split(System.IO.Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Concat(new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "scripts/publish.sh" }.Select(f => Repository.PathOf(f)))
            // The committed forms and example are compiled in (Excel's FormFiles).
            .Concat(Directory.EnumerateFiles(Repository.PathOf("templates"), "*.xlsx", SearchOption.AllDirectories));
        return sources.All(f => File.GetLastWriteTimeUtc(f) < built);
    }

    private static (int Exit, string Output) Publish()
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Repository.Root };
        start.ArgumentList.Add(Repository.PathOf("scripts", "publish.sh"));
        start.ArgumentList.Add("linux-x64");
        // A test host started by 'dotnet test' inherits MSBuild's variables; the publish must not.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(20)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after 20 minutes");
        }
        return (process.ExitCode, output.Result + errors.Result);
    }

    /// <summary>
    /// The start of a run on a computer without .NET: no variable of this process (so no DOTNET_ROOT), a PATH
    /// of one empty folder (so no dotnet), HOME a folder of the test's own. As root, where mount namespaces
    /// may be made, the .NET installation this test runs on is also hidden under an empty folder
    /// (<c>unshare -m</c> + tmpfs) for that run alone; <see cref="Hidden"/> says whether it was.
    /// </summary>
    public static ProcessStartInfo WithoutDotnet(string home, string file, params string[] arguments)
    {
        var path = System.IO.Path.Combine(home, "empty-path");
        Directory.CreateDirectory(path);
        ProcessStartInfo start;
        if (Hidden.Value)
        {
            start = new ProcessStartInfo("/usr/bin/unshare");
            foreach (var argument in new[] { "-m", "/bin/sh", "-c", """/bin/mount -t tmpfs none "$1" && shift && exec "$@" """, "sh", DotnetRoot, file })
                start.ArgumentList.Add(argument);
        }
        else
        {
            start = new ProcessStartInfo(file);
        }
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment.Clear();
        start.Environment["PATH"] = path;
        start.Environment["HOME"] = home;
        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding = Encoding.UTF8;
        return start;
    }

    /// <summary>Where the runtime this test runs on is installed: shared/Microsoft.NETCore.App/VERSION, three up.</summary>
    public static string DotnetRoot { get; } =
        System.IO.Path.GetFullPath(System.IO.Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    /// <summary>Whether a run can hide the .NET installation: tried once, with the same mount a run makes.</summary>
    public static Lazy<bool> Hidden { get; } = new(() =>
        File.Exists("/usr/bin/unshare")
        && ExternalTools.Run("/usr/bin/unshare", ["-m", "/bin/sh", "-c", """/bin/mount -t tmpfs none "$1" && test ! -e "$1/dotnet" """, "sh", DotnetRoot],
            TimeSpan.FromSeconds(30)).ExitCode == 0);

    /// <summary>Runs to the end (within <paramref name="timeout"/>, else kills it and fails) and returns the exit code and all it printed.</summary>
    public static (int Exit, string Output) Run(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not end within {timeout}.");
        }
        return (process.ExitCode, output.Result + errors.Result);
    }
}
