using System.CommandLine;
using HalenBrengen.App;

namespace HalenBrengen.Cli;

/// <summary>Arguments and options that several commands share, defined once.</summary>
internal static class CommandParts
{
    public static Argument<string[]> Paths(CliTexts texts)
    {
        var paths = new Argument<string[]>(texts.PathsName) { Description = texts.Paths, Arity = ArgumentArity.OneOrMore };
        // A path that is not there is a usage error, said before anything is read (UsageErrors words it); one that
        // starts with a dash is an option typed wrong (--stirct).
        paths.Validators.Add(MustExist);
        return paths;
    }

    /// <summary>Every path given is there; else a usage error, worded by <see cref="UsageErrors"/> per path.</summary>
    private static void MustExist(System.CommandLine.Parsing.SymbolResult result)
    {
        if (result.Tokens.Any(t => !Exists(t.Value)))
            result.AddError("path not found");
    }

    /// <summary>A file or folder that is there (a link to nothing is not).</summary>
    public static bool Exists(string path) => path.Length > 0 && (File.Exists(path) || Directory.Exists(path));

    /// <summary>Earlier rounds' workbooks or folders: like the paths, each must be there.</summary>
    public static Option<string[]> Previous(CliTexts texts)
    {
        var previous = new Option<string[]>("--vorige")
        {
            Description = texts.Previous,
            HelpName = texts.PathsName,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        previous.Validators.Add(MustExist);
        return previous;
    }

    public static Option<bool> Strict(CliTexts texts) => new("--strict") { Description = texts.Strict };

    public static Option<string> Out(string description, string defaultFolder, CliTexts texts)
    {
        var option = new Option<string>("--out")
        {
            Description = description,
            HelpName = texts.FolderName,
            DefaultValueFactory = _ => defaultFolder,
        };
        // An empty folder name ("--out ''", a variable that was never set) would write into the current folder.
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && string.IsNullOrWhiteSpace(result.Tokens[0].Value))
                result.AddError("empty folder");
        });
        return option;
    }

    /// <summary>
    /// A command that writes files into <c>--out</c>, names each one it wrote (or why not), and then, when all
    /// were written, says what to do next with them (<paramref name="next"/> gets the folder as the facilitator would type it).
    /// </summary>
    public static Command WriteFiles(string name, string description, Option<string> outOption,
        Func<string, WriteReport> write, Func<string, string> next, TextWriter output)
    {
        var command = new Command(name, description) { outOption };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(outOption)!;
            var report = write(Path.GetFullPath(folder));
            PrintWritten(report, output, quiet: false);
            if (!report.Succeeded)
                return CliApp.Blocked;
            output.WriteLine();
            output.WriteLine(next(Quoted(folder)));
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>Each file written ("geschreven: …", unless <paramref name="quiet"/>) or not, with its reason; or, once, why the folder cannot be written into.</summary>
    public static void PrintWritten(WriteReport report, TextWriter output, bool quiet)
    {
        var said = Words.Nl.Reports;
        if (report.FolderProblem is { } problem)
            output.WriteLine(said.NotWritten.Fill(problem));
        foreach (var file in report.Files.Where(f => f.Problem is not null || !quiet))
            output.WriteLine(file.Kept ? said.KeptFilledIn.Fill(file.Path)
                : file.Problem is null ? said.Written.Fill(file.Path) : said.FileNotWritten.Fill(file.Path, file.Problem));
    }

    /// <summary>A folder as it can be typed on a command line: in quotes when it holds a space.</summary>
    public static string Quoted(string folder) => folder.Contains(' ', StringComparison.Ordinal) ? $"\"{folder}\"" : folder;
}
