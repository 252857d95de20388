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

    /// <summary>Words System.CommandLine prints in English, which a Dutch facilitator must never see.</summary>
    public static readonly string[] EnglishNoise =
    [
        "Required", "Did you mean", "Description:", "Usage:", "[default", "Options:", "Commands:", "Arguments:",
        "Unrecognized", "Cannot parse", "was not provided", "Show help", "Show version", "Exception", "   at ",
    ];
}
