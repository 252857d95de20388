using System.CommandLine;
using HalenBrengen.App;
using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Cli;

/// <summary><c>halenbrengen generate PATH... [--out DIR] [--lang nl|en] [--strict]</c>: the session deck, the briefing and the posters.</summary>
internal static class GenerateCommand
{
    public static Command Create(TextWriter output)
    {
        var paths = CommandParts.Paths();
        var outOption = new Option<string>("--out") { Description = "De map voor de presentatie en de posters (standaard: uitvoer).", DefaultValueFactory = _ => "uitvoer" };
        var language = new Option<string>("--lang") { Description = "Taal van de vaste teksten: nl of en.", DefaultValueFactory = _ => "nl" };
        language.AcceptOnlyFromAmong("nl", "en");
        var strict = CommandParts.Strict();
        var command = new Command("generate", "Maakt de sessiepresentatie voor de zaal, de voorbereiding voor de begeleider en de A0-posters.") { paths, outOption, language, strict };
        command.SetAction(parse =>
        {
            var report = Generator.Run(new GenerateRequest(parse.GetValue(paths)!, parse.GetValue(outOption)!,
                parse.GetValue(language) == "en" ? Language.En : Language.Nl, parse.GetValue(strict)));
            if (!report.Generated)
            {
                ReportPrinter.Print(report.Input, output);
                ReportPrinter.PrintVerdict(report.Input, parse.GetValue(strict), output);
                return CliApp.Blocked;
            }
            foreach (var file in report.Outputs)
                output.WriteLine(file.Problem is null ? $"geschreven: {file.Path}" : $"NIET geschreven: {file.Path}: {file.Problem}");
            var warnings = report.Input.Count(Severity.Waarschuwing);
            if (warnings > 0)
            {
                output.WriteLine($"{warnings} waarschuwing(en); zie 'halenbrengen check' voor de details:");
                foreach (var d in report.Input.Diagnostics.Where(d => d.Severity == Severity.Waarschuwing))
                    output.WriteLine($"  {d.Where}: {d.Message}");
            }
            return report.Succeeded ? CliApp.Ok : CliApp.Blocked;
        });
        return command;
    }
}
