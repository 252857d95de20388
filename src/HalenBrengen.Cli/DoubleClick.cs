using System.Diagnostics;
using HalenBrengen.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace HalenBrengen.Cli;

/// <summary>
/// The release started without arguments, as a double-click starts it: the page on this computer, opened
/// in the browser, until the window is closed. Everyone else who gives no arguments gets the usual answer
/// ("Geef een opdracht: …", exit 2), so a script, a test or CI never waits on a server.
/// </summary>
public static class DoubleClick
{
    /// <summary>
    /// Only with no arguments, with both input and output on a terminal (a console window on Windows,
    /// Terminal on macOS: what a double-click gives), and not under CI (CI set, as every CI service does).
    /// A pipe, a file, /dev/null or a test's redirected streams on either side mean a program is asking.
    /// </summary>
    public static bool Applies(IReadOnlyList<string> args, bool inputIsTerminal, bool outputIsTerminal, Func<string, string?> environment) =>
        args.Count == 0 && inputIsTerminal && outputIsTerminal && string.IsNullOrEmpty(environment("CI"));

    /// <summary>Serves the page (port 5170, or a free one when that is taken), opens the browser, waits until stopped.</summary>
    public static int Run(TextWriter output, TextReader input)
    {
        output.WriteLine("HalenBrengen start de pagina op deze computer.");
        if (BrowserBundle.Problem is { } problem)
            return Fail(output, input, $"Niet gestart: {problem}");
        WebApplication app;
        try
        {
            app = Started(new WebOptions());
        }
        catch (IOException)
        {
            // Port 5170 is taken, most often by HalenBrengen started earlier: then on any free port.
            try
            {
                app = Started(new WebOptions(Port: 0));
            }
            catch (IOException e)
            {
                return Fail(output, input, $"Niet gestart: {e.Message}");
            }
        }
        using (app)
        {
            var url = app.Urls.First().TrimEnd('/') + "/";
            output.WriteLine($"Open in de browser: {url}");
            output.WriteLine(OpenBrowser(url)
                ? "De browser gaat nu open. Gebeurt dat niet, open dan zelf het adres hierboven."
                : "Open zelf het adres hierboven in de browser.");
            output.WriteLine("Uw werkmappen blijven op deze computer: de pagina stuurt ze nergens heen.");
            output.WriteLine("Stoppen: sluit dit venster, of druk op Ctrl+C.");
            output.WriteLine("(De opdrachten voor de opdrachtregel: halenbrengen --help)");
            app.WaitForShutdown();
        }
        return CliApp.Ok;
    }

    private static WebApplication Started(WebOptions options)
    {
        var app = WebApp.Build(options);
        try
        {
            app.Start();
            return app;
        }
        catch
        {
            ((IDisposable)app).Dispose();
            throw;
        }
    }

    /// <summary>The system's way to open an address: start (Windows), open (macOS), xdg-open (Linux and others).</summary>
    private static bool OpenBrowser(string url)
    {
        var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url) { UseShellExecute = true }
            : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", [url])
            : new ProcessStartInfo("xdg-open", [url]);
        try
        {
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A double-clicked window closes when the program ends: keep it open until the message is read.</summary>
    private static int Fail(TextWriter output, TextReader input, string message)
    {
        output.WriteLine(message);
        output.WriteLine("Druk op Enter om dit venster te sluiten.");
        input.ReadLine();
        return CliApp.Blocked;
    }
}
