using System.Diagnostics;
using HalenBrengen.Excel.Tests.Support;

namespace HalenBrengen.Tests.Shared;

/// <summary>
/// Publishes src/HalenBrengen.Browser (Release, fully trimmed, as shipped, without the precompressed
/// .br/.gz copies a plain static server does not use) into a folder of the caller's own. Test projects run
/// in parallel and a publish shares the project's obj folder, so publishes take turns through a lock file;
/// MSBuild's incremental build makes the second one quick.
/// </summary>
internal static class BundlePublisher
{
    /// <summary>Publishes into <paramref name="output"/> (emptied first: fingerprinted names change) and returns how long it took.</summary>
    public static TimeSpan Publish(string output)
    {
        using var turn = Turn();
        if (Directory.Exists(output))
            Directory.Delete(output, recursive: true);
        var project = Repository.PathOf("src", "HalenBrengen.Browser", "HalenBrengen.Browser.csproj");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-p:CompressionEnabled=false", "-o", output, "-nologo", "-v:q" })
            start.ArgumentList.Add(argument);
        // A test host started by 'dotnet test' inherits MSBuild's variables; the child build must not.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var printed = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet publish of HalenBrengen.Browser took more than 10 minutes.");
        }
        if (process.ExitCode != 0 || !File.Exists(Path.Combine(output, "wwwroot", "worker.js")))
            throw new InvalidOperationException($"dotnet publish of HalenBrengen.Browser failed ({process.ExitCode}):\n{printed.Result}{errors.Result}");
        return clock.Elapsed;
    }

    /// <summary>Holds the lock file exclusively until disposed; waits up to 15 minutes for another test run's publish.</summary>
    private static FileStream Turn()
    {
        var path = Repository.PathOf("src", "HalenBrengen.Browser", "obj", ".publish.lock");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < TimeSpan.FromMinutes(15))
            {
                Thread.Sleep(500);
            }
        }
    }
}
