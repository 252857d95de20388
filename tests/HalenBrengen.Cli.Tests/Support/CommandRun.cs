namespace HalenBrengen.Cli.Tests;

/// <summary>Runs the command line in this process, as a facilitator would type it, and keeps what it printed.</summary>
internal static class CommandRun
{
    public static (int Exit, string Output) Run(params string[] args) => RunWith(_ => null, args);

    /// <summary>With these environment variables (and no others), so a test never depends on the machine's.</summary>
    public static (int Exit, string Output) RunWith(Func<string, string?> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error, environment);
        return (exit, output.ToString() + error);
    }

    /// <summary>
    /// The real program (halenbrengen.dll beside the tests) as a process, its streams redirected, with
    /// <paramref name="environment"/> changed as the test needs; its exit code and all it printed, or no exit code when it
    /// did not end within <paramref name="patience"/> (then it is stopped).
    /// </summary>
    public static async Task<(int? Exit, string Output)> RunProgram(IEnumerable<string> args, Action<IDictionary<string, string?>> environment, TimeSpan patience)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "halenbrengen.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        environment(start.Environment);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        wait.CancelAfter(patience);
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (null, await output + await errors);
        }
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>Words System.CommandLine prints in English, which a Dutch facilitator must never see.</summary>
    public static readonly string[] EnglishNoise =
    [
        "Required", "Did you mean", "Description:", "Usage:", "[default", "Options:", "Commands:", "Arguments:",
        "Unrecognized", "Cannot parse", "was not provided", "Show help", "Show version", "Exception", "   at ",
    ];
}
