using System.CommandLine;
using HalenBrengen.App;

namespace HalenBrengen.Cli;

/// <summary><c>halenbrengen templates --out DIR</c>: the blank forms a facilitator hands out.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliTexts texts, TextWriter output) => CommandParts.WriteFiles("templates", texts.Templates,
        CommandParts.Out(texts.TemplatesOut, ".", texts), UseCases.WriteTemplates,
        folder => "Volgende stap: geef elke partner een belangenkaart.xlsx om in te vullen en vul zelf krachtenveld.xlsx in. " +
                  "Zet de ingevulde werkmappen samen in één map en controleer ze met: halenbrengen check <map>",
        output);
}

/// <summary><c>halenbrengen voorbeeld --out DIR</c>: the filled-in example coalition, to try the tool on.</summary>
internal static class ExampleCommand
{
    public static Command Create(CliTexts texts, TextWriter output) => CommandParts.WriteFiles("voorbeeld", texts.Example,
        CommandParts.Out(texts.ExampleOut, "voorbeeld", texts), UseCases.WriteExample,
        folder => $"Probeer het nu: halenbrengen check {folder}" + Environment.NewLine +
                  $"en maak daarna de presentaties en posters met: halenbrengen generate {folder}",
        output);
}
