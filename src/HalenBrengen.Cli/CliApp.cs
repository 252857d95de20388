using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace HalenBrengen.Cli;

/// <summary>The command line: <c>templates</c>, <c>voorbeeld</c>, <c>check</c>, <c>generate</c>, <c>serve</c> and <c>site</c>.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Blocked = 1;
    /// <summary>The command line itself could not be followed (an unknown command, a missing path).</summary>
    public const int Usage = 2;
    public const int InternalError = 3;

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, Environment.GetEnvironmentVariable);

    /// <param name="environment">Reads an environment variable (tests pass their own).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var texts = Words.For(CliLanguage.Choose(args, environment)).Cli;
        var help = new HelpPage(texts);
        var root = new RootCommand(texts.Root)
        {
            TemplatesCommand.Create(texts, output),
            ExampleCommand.Create(texts, output),
            CheckCommand.Create(texts, output),
            GenerateCommand.Create(texts, CliLanguage.Default(environment), environment, output),
            ServeCommand.Create(texts, output),
            SiteCommand.Create(texts, output),
        };
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Description = texts.Help;
            option.Action = help;
        }
        foreach (var option in root.Options.OfType<VersionOption>())
            option.Description = texts.Version;
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Our own handler below: a facilitator never sees a stack trace or an exception type.
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            var parse = root.Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                UsageErrors.Print(parse, texts, help, output, error);
                return Usage;
            }
            return parse.Invoke(configuration);
        }
        catch (Exception e)
        {
            var said = Words.Nl.Reports;
            foreach (var line in said.InternalError)
                error.WriteLine(line);
            if (environment("HALENBRENGEN_DEBUG") == "1")
                error.WriteLine(e.ToString());
            else
                error.WriteLine(said.DebugHint);
            return InternalError;
        }
    }
}
