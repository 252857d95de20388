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
        var said = Words.Nl.Reports;
        output.WriteLine(said.Starting);
        if (BrowserBundle.Problem is { } problem)
            return Fail(output, input, said.NotStarted.Fill(problem));
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
                return Fail(output, input, said.NotStarted.Fill(e.Message));
            }
        }
        using (app)
        {
            var url = app.Urls.First().TrimEnd('/') + "/";
            output.WriteLine(said.OpenAddress.Fill(url));
            output.WriteLine(OpenBrowser(url) ? said.BrowserOpens : said.OpenYourself);
            output.WriteLine(said.StaysHere);
            output.WriteLine(said.HowToStop);
            output.WriteLine(said.CommandsHelp);
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

    /// <summary>
    /// The system's way to open an address: start (Windows), open (macOS), xdg-open (Linux and others). On Linux
    /// and macOS the opener's own output (xdg-open's and the browser's English messages) goes to /dev/null, not
    /// into the facilitator's window; the opener is looked up first, so "de browser gaat open" is only said when
    /// there is one to start.
    /// </summary>
    private static bool OpenBrowser(string url)
    {
        ProcessStartInfo start;
        if (OperatingSystem.IsWindows())
            start = new ProcessStartInfo(url) { UseShellExecute = true };
        else if (Opener(OperatingSystem.IsMacOS() ? "open" : "xdg-open") is { } opener)
            start = new ProcessStartInfo("/bin/sh", ["-c", "exec \"$0\" \"$1\" >/dev/null 2>&1", opener, url]);
        else
            return false;
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

    /// <summary>The opener's full path on PATH, if it is there and can be run.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string? Opener(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(path => File.Exists(path) && (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0);

    /// <summary>A double-clicked window closes when the program ends: keep it open until the message is read.</summary>
    private static int Fail(TextWriter output, TextReader input, string message)
    {
        output.WriteLine(message);
        output.WriteLine(Words.Nl.Reports.PressEnter);
        input.ReadLine();
        return CliApp.Blocked;
    }
}
