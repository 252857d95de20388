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
            if (BrowserBundle.Problem is { } problem)
            {
                output.WriteLine($"Niet gestart: {problem}");
                return CliApp.Blocked;
            }
            using var app = WebApp.Build(options);
            var url = $"{(options.Https ? "https" : "http")}://localhost:{options.Port}/";
            output.WriteLine($"HalenBrengen draait op {url}  (stoppen met Ctrl+C)");
            output.WriteLine($"Office-invoegtoepassing: manifest op {url}manifest.xml");
            app.Run();
            return CliApp.Ok;
        });
        return command;
    }
}
