using System.CommandLine;
using HalenBrengen.Core.Model;
using HalenBrengen.App;

namespace HalenBrengen.Cli;

/// <summary><c>halenbrengen check PATH... [--strict]</c>: what was found, and everything to fix, per file and cell.</summary>
internal static class CheckCommand
{
    public static Command Create(CliTexts texts, TextWriter output)
    {
        var paths = CommandParts.Paths(texts);
        var strict = CommandParts.Strict(texts);
        var command = new Command("check", texts.Check) { paths, strict };
        command.SetAction(parse =>
        {
            var report = UseCases.Check(parse.GetValue(paths)!);
            var isStrict = parse.GetValue(strict);
            ReportPrinter.Print(report, output);
            ReportPrinter.PrintVerdict(report, isStrict, output);
            return report.CanGenerate(isStrict) ? CliApp.Ok : CliApp.Blocked;
        });
        return command;
    }
}
