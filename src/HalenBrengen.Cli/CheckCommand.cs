using System.CommandLine;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;

namespace HalenBrengen.Cli;

/// <summary><c>halenbrengen check PATH... [--strict]</c>: what was found, and everything to fix, per file and cell.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output)
    {
        var paths = CommandParts.Paths();
        var strict = CommandParts.Strict();
        var command = new Command("check", "Controleert de ingevulde werkmappen en zegt per bestand en cel wat er aan de hand is.")
        {
            paths, strict,
        };
        command.SetAction(parse =>
        {
            var report = WorkbookReader.Read(parse.GetValue(paths)!);
            var isStrict = parse.GetValue(strict);
            ReportPrinter.Print(report, output);
            ReportPrinter.PrintVerdict(report, isStrict, output);
            return report.CanGenerate(isStrict) ? CliApp.Ok : CliApp.Blocked;
        });
        return command;
    }
}
