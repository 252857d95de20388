using System.CommandLine;
using HalenBrengen.Excel.Templates;

namespace HalenBrengen.Cli;

/// <summary><c>halenbrengen templates --out DIR</c>: the blank forms a facilitator hands out.</summary>
internal static class TemplatesCommand
{
    public static Command Create(TextWriter output)
    {
        var outOption = new Option<DirectoryInfo>("--out")
        {
            Description = "De map waarin de lege formulieren komen (standaard: de huidige map).",
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        var command = new Command("templates", "Schrijft de lege formulieren belangenkaart.xlsx en krachtenveld.xlsx.") { outOption };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(outOption)!.FullName;
            foreach (var path in TemplateWriter.WriteTemplates(folder))
                output.WriteLine($"geschreven: {path}");
            return CliApp.Ok;
        });
        return command;
    }
}

/// <summary><c>halenbrengen voorbeeld --out DIR</c>: the filled-in example coalition, to try the tool on.</summary>
internal static class ExampleCommand
{
    public static Command Create(TextWriter output)
    {
        var outOption = new Option<DirectoryInfo>("--out")
        {
            Description = "De map waarin de voorbeeldwerkmappen komen.",
            DefaultValueFactory = _ => new DirectoryInfo("voorbeeld"),
        };
        var command = new Command("voorbeeld",
            "Schrijft een ingevulde voorbeeldsamenwerking (zeven belangenkaarten en een krachtenveld) om mee te oefenen.") { outOption };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(outOption)!.FullName;
            foreach (var path in TemplateWriter.WriteExample(folder))
                output.WriteLine($"geschreven: {path}");
            return CliApp.Ok;
        });
        return command;
    }
}
