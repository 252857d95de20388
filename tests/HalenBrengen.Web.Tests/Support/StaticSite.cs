using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HalenBrengen.Excel.Tests.Support;

namespace HalenBrengen.Web.Tests.Support;

/// <summary>
/// The site as 'halenbrengen site' writes it, in a folder, served by a plain static file server (Python's
/// http.server) on 127.0.0.1 under a sub-path, as a static host would: nothing of ours runs on the server.
/// </summary>
public sealed class StaticSite : IAsyncLifetime
{
    private const string SubPath = "halenbrengen/";
    private readonly TempFolder _folder = new();
    private Process? _server;
    private Uri _address = new("http://127.0.0.1/");
    private string? _missing;

    /// <summary>The site's address; skips the test (fails it under CI) when a program the site needs is missing.</summary>
    public Uri Address
    {
        get
        {
            if (_missing is { } what)
                ExternalTools.Missing(what);
            return _address;
        }
    }

    public string Folder => Path.Combine(_folder.Path, SubPath);

    /// <summary>Every request the server logged, as "GET /path".</summary>
    public List<string> Requests { get; } = [];

    public async ValueTask InitializeAsync()
    {
        // A program missing is each test's skip (or failure under CI), raised when it asks for the address:
        // xUnit fails every test of a class whose fixture throws, a skip included. Nothing is published for
        // tests that cannot run.
        _missing = !File.Exists(ExternalTools.Python) ? ExternalTools.PythonPackage
            : !File.Exists(HalenBrengen.Tests.Shared.Browser.Chromium) ? HalenBrengen.Tests.Shared.Browser.ChromiumPackages
            : null;
        if (_missing is not null)
            return;
        var python = ExternalTools.RequirePython();
        var port = FreePort();
        _address = new Uri($"http://127.0.0.1:{port}/{SubPath}");
        var written = SiteBundle.WithPublished(() => Site.Write(Folder, _address));
        Assert.True(written.Succeeded, written.FolderProblem ?? string.Join("\n", written.Files.Where(f => f.Problem is not null).Select(f => $"{f.Path}: {f.Problem}")));
        var start = new ProcessStartInfo(python) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-m", "http.server", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--directory", _folder.Path })
            start.ArgumentList.Add(argument);
        _server = Process.Start(start)!;
        _server.ErrorDataReceived += (_, e) =>
        {
            // http.server logs each request on standard error: '127.0.0.1 - - [date] "GET /path HTTP/1.1" 200 -'.
            if (e.Data is { } line && line.IndexOf('"') is var open and >= 0 && line.IndexOf(" HTTP/", open, StringComparison.Ordinal) is var end and > 0)
                lock (Requests) Requests.Add(line[(open + 1)..end]);
        };
        _server.BeginErrorReadLine();
        using var client = new HttpClient();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(_address);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException) when (attempt < 100)
            {
            }
            await Task.Delay(100);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
            _server.Kill(entireProcessTree: true);
        _server?.Dispose();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
