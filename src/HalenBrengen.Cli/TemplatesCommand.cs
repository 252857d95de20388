using System.CommandLine;
using HalenBrengen.Excel.Templates;

namespace HalenBrengen.Cli;

/// <summary><c>halenbrengen templates --out DIR</c>: the blank forms a facilitator hands out.</summary>
internal static class TemplatesCommand
{
    public static Command Create(TextWriter output) => CommandParts.WriteFiles("templates",
        "Schrijft de lege formulieren belangenkaart.xlsx en krachtenveld.xlsx.",
        "De map waarin de lege formulieren komen (standaard: de huidige map).", ".", TemplateWriter.WriteTemplates, output);
}

/// <summary><c>halenbrengen voorbeeld --out DIR</c>: the filled-in example coalition, to try the tool on.</summary>
internal static class ExampleCommand
{
    public static Command Create(TextWriter output) => CommandParts.WriteFiles("voorbeeld",
        "Schrijft een ingevulde voorbeeldsamenwerking (zeven belangenkaarten en een krachtenveld) om mee te oefenen.",
        "De map waarin de voorbeeldwerkmappen komen.", "voorbeeld", TemplateWriter.WriteExample, output);
}
