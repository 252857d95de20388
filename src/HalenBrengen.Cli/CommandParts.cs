using System.CommandLine;

namespace HalenBrengen.Cli;

/// <summary>Arguments and options that several commands share, defined once.</summary>
internal static class CommandParts
{
    public static Argument<string[]> Paths() => new("paden")
    {
        Description = "Werkmappen (.xlsx) of mappen met werkmappen.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<bool> Strict() => new("--strict") { Description = "Ook waarschuwingen houden het genereren tegen." };

    /// <summary>A command that writes files into <c>--out</c> and names each one it wrote.</summary>
    public static Command WriteFiles(string name, string description, string outDescription, string defaultFolder,
        Func<string, IReadOnlyList<string>> write, TextWriter output)
    {
        var outOption = new Option<DirectoryInfo>("--out") { Description = outDescription, DefaultValueFactory = _ => new DirectoryInfo(defaultFolder) };
        var command = new Command(name, description) { outOption };
        command.SetAction(parse =>
        {
            foreach (var path in write(parse.GetValue(outOption)!.FullName))
                output.WriteLine($"geschreven: {path}");
            return CliApp.Ok;
        });
        return command;
    }
}
