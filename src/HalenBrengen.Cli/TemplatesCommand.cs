using System.CommandLine;
using HalenBrengen.App;

namespace HalenBrengen.Cli;

/// <summary><c>halenbrengen templates --out DIR</c>: the blank forms a facilitator hands out.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliTexts texts, TextWriter output) => CommandParts.WriteFiles("templates", texts.Templates,
        CommandParts.Out(texts.TemplatesOut, ".", texts), UseCases.WriteTemplates,
        folder => Words.Nl.Reports.TemplatesNext,
        output);
}

/// <summary><c>halenbrengen voorbeeld --out DIR</c>: the filled-in example coalition, to try the tool on.</summary>
internal static class ExampleCommand
{
    public static Command Create(CliTexts texts, TextWriter output) => CommandParts.WriteFiles("voorbeeld", texts.Example,
        CommandParts.Out(texts.ExampleOut, "voorbeeld", texts), UseCases.WriteExample,
        folder => string.Join(Environment.NewLine, Words.Nl.Reports.ExampleNext.Select(line => line.Fill(folder))),
        output);
}
