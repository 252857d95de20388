using System.CommandLine;
using HalenBrengen.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace HalenBrengen.Cli;

/// <summary><c>halenbrengen serve [--port N] [--https]</c>: the page and the Office task pane on this computer.</summary>
internal static class ServeCommand
{
    public static Command Create(CliTexts texts, TextWriter output)
    {
        var port = new Option<int>("--port") { Description = texts.Port, HelpName = texts.PortName, DefaultValueFactory = _ => 5170 };
        port.Validators.Add(result =>
        {
            // A word that is no number is System.CommandLine's own error; a number outside the ports is ours.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, out var value) && value is < 1 or > 65535)
                result.AddError("port out of range");
        });
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
            // Said only once it runs: a port another program holds is one line, and nothing claims to run.
            try
            {
                app.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException
                or System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse })
            {
                output.WriteLine(said.PortBusy.Fill(options.Port, options.Port == 65535 ? options.Port - 1 : options.Port + 1));
                return CliApp.Blocked;
            }
            var url = $"{(options.Https ? "https" : "http")}://localhost:{options.Port}/";
            output.WriteLine(said.Serving.Fill(url));
            output.WriteLine(said.ServingAddin.Fill(url));
            app.WaitForShutdown();
            return CliApp.Ok;
        });
        return command;
    }
}
