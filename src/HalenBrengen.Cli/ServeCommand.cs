using System.CommandLine;
using HalenBrengen.Web;
using Microsoft.AspNetCore.Builder;

namespace HalenBrengen.Cli;

/// <summary><c>halenbrengen serve [--port N] [--https]</c>: the page and the Office task pane on this computer.</summary>
internal static class ServeCommand
{
    public static Command Create(CliTexts texts, TextWriter output)
    {
        var port = new Option<int>("--port") { Description = texts.Port, HelpName = texts.PortName, DefaultValueFactory = _ => 5170 };
        var https = new Option<bool>("--https") { Description = texts.Https };
        var command = new Command("serve", texts.Serve) { port, https };
        command.SetAction(parse =>
        {
            var options = new WebOptions(parse.GetValue(port), parse.GetValue(https));
            var said = Words.Nl.Reports;
            if (BrowserBundle.Problem is { } problem)
            {
                output.WriteLine(said.NotStarted.Fill(problem));
                return CliApp.Blocked;
            }
            using var app = WebApp.Build(options);
            var url = $"{(options.Https ? "https" : "http")}://localhost:{options.Port}/";
            output.WriteLine(said.Serving.Fill(url));
            output.WriteLine(said.ServingAddin.Fill(url));
            app.Run();
            return CliApp.Ok;
        });
        return command;
    }
}
