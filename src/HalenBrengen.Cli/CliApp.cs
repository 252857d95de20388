using System.CommandLine;

namespace HalenBrengen.Cli;

/// <summary>The command line: <c>templates</c>, <c>voorbeeld</c> and <c>check</c>.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Blocked = 1;
    public const int InternalError = 3;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "HalenBrengen: van ingevulde belangenkaarten en krachtenveld naar de presentatie en posters voor het halen-en-brengen gesprek.")
        {
            TemplatesCommand.Create(output),
            ExampleCommand.Create(output),
            CheckCommand.Create(output),
            GenerateCommand.Create(output),
            ServeCommand.Create(output),
        };
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Our own handler below: a facilitator never sees a stack trace or an exception type.
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return root.Parse(args).Invoke(configuration);
        }
        catch (Exception e)
        {
            error.WriteLine("Er ging iets mis in HalenBrengen zelf; dit ligt niet aan uw bestanden, en die zijn niet veranderd.");
            error.WriteLine("Meld het aan wie HalenBrengen voor u beheert, met de opdracht die u gaf.");
            if (Environment.GetEnvironmentVariable("HALENBRENGEN_DEBUG") == "1")
                error.WriteLine(e.ToString());
            else
                error.WriteLine("(Zet HALENBRENGEN_DEBUG=1 voor technische details.)");
            return InternalError;
        }
    }
}
