using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace HalenBrengen.Cli;

/// <summary>
/// The help of a command in the facilitator's language: what it does, how it is used, its arguments,
/// options and subcommands. Replaces System.CommandLine's own help, whose titles ("Usage:") and default
/// labels ("[default: uitvoer]") are English only; a default is part of each description instead.
/// </summary>
internal sealed class HelpPage(CliTexts texts) : SynchronousCommandLineAction
{
    public const string Program = "halenbrengen";
    private const int Width = 100;

    /// <summary>Like the library's own help: <c>check --help</c> shows the help, not a missing path.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return CliApp.Ok;
    }

    /// <summary>How this command is typed: <c>halenbrengen check</c>.</summary>
    public static string CommandLine(Command command) => command is RootCommand ? Program : $"{Program} {command.Name}";

    public void Write(Command command, TextWriter output)
    {
        foreach (var line in Wrap(command.Description ?? string.Empty, Width))
            output.WriteLine(line);
        output.WriteLine();

        output.WriteLine(texts.UsageTitle);
        var usage = new List<string> { CommandLine(command) };
        if (command.Subcommands.Count > 0)
            usage.Add(texts.CommandPlaceholder);
        usage.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.Name}>" + (a.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty)));
        usage.Add(texts.OptionsPlaceholder);
        output.WriteLine("  " + string.Join(' ', usage));

        Section(output, texts.ArgumentsTitle, command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.Name}>", a.Description)));
        Section(output, texts.CommandsTitle, command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description)));
        Section(output, texts.OptionsTitle, command.Options.Where(o => !o.Hidden && o is not HelpOption and not VersionOption)
            .Select(o => (OptionLabel(o), o.Description))
            .Append(("-h, --help", texts.Help))
            .Concat(command is RootCommand ? [("--version", texts.Version)] : []));

        if (command.Subcommands.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(texts.MoreHelp);
        }
    }

    private static string OptionLabel(Option option)
    {
        var names = option.Aliases.Append(option.Name).Distinct().OrderBy(n => n.Length);
        var takesValue = option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;
        return string.Join(", ", names) + (takesValue ? $" <{option.HelpName ?? option.Name.TrimStart('-')}>" : string.Empty);
    }

    private static void Section(TextWriter output, string title, IEnumerable<(string Label, string? Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
            return;
        output.WriteLine();
        output.WriteLine(title);
        var column = list.Max(r => r.Label.Length) + 4;
        foreach (var (label, description) in list)
        {
            var lines = Wrap(description ?? string.Empty, Width - column);
            output.WriteLine(("  " + label).PadRight(column) + lines[0]);
            foreach (var line in lines.Skip(1))
                output.WriteLine(new string(' ', column) + line);
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string> { string.Empty };
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > width)
                lines.Add(string.Empty);
            lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }
        return lines;
    }
}
