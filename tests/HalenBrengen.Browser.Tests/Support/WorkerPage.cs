using System.Collections.Concurrent;
using System.Text.Json;
using HalenBrengen.App;
using HalenBrengen.Excel.Tests.Support;
using Microsoft.Playwright;

namespace HalenBrengen.Browser.Tests.Support;

/// <summary>
/// The harness page in a fresh headless Chromium with the given language, worker.js started in it.
/// Every request passes the context's route and is recorded there; any leaving loopback is refused.
/// </summary>
public sealed class WorkerPage : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;

    private WorkerPage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _page = page;
    }

    /// <summary>Requests for anything but the loopback server (refused).</summary>
    public ConcurrentQueue<string> Outside { get; } = new();

    /// <summary>Every request that passed the route, the page's and its workers' alike.</summary>
    public ConcurrentQueue<string> Routed { get; } = new();

    /// <summary>What the page and its workers wrote to the console: the technical side of a failure.</summary>
    public ConcurrentQueue<string> Console { get; } = new();

    /// <summary>The worker's first message: {type: "ready"} or {type: "failed", message}.</summary>
    public JsonElement First { get; private set; }

    /// <summary>From new Worker(…) to the worker's first message.</summary>
    public double StartMilliseconds { get; private set; }

    public static async Task<WorkerPage> OpenAsync(PublishedSite site, string locale)
    {
        var (playwright, browser) = await LaunchAsync(locale);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
        var page = await context.NewPageAsync();
        var worker = new WorkerPage(playwright, browser, page);
        page.Console += (_, message) => worker.Console.Enqueue($"{message.Type}: {message.Text}");
        await context.RouteAsync("**/*", async route =>
        {
            worker.Routed.Enqueue(route.Request.Url);
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "http" or "https" && url.Host is not "127.0.0.1")
            {
                worker.Outside.Enqueue(route.Request.Url);
                await route.AbortAsync();
                return;
            }
            await route.ContinueAsync();
        });
        await page.GotoAsync(site.Harness.ToString());
        var start = Parse(await page.EvaluateAsync<string>("harness.start()"));
        worker.First = start.GetProperty("first");
        worker.StartMilliseconds = start.GetProperty("ms").GetDouble();
        return worker;
    }

    /// <summary>
    /// Debian's Chromium with the flags of the page tests (Web.Tests' Support/Browser.cs: off the network,
    /// no download) and one more: Playwright's Locale reaches the page but not its workers, which keep
    /// the browser's own language; --accept-lang sets navigator.language and Intl's locale everywhere.
    /// </summary>
    private static async Task<(IPlaywright, IBrowser)> LaunchAsync(string locale)
    {
        if (!File.Exists(Chromium))
        {
            var message = "Chromium is not installed (Debian packages chromium and chromium-driver); .ci/run installs it.";
            if (ExternalTools.InCi) Assert.Fail(message);
            Assert.Skip(message);
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--accept-lang={locale}"],
        });
        return (playwright, browser);
    }

    /// <summary>What a worker in this browser takes its language to be.</summary>
    public async Task<JsonElement> LanguageSeenByWorkersAsync() => Parse(await _page.EvaluateAsync<string>("harness.probeLanguage()"));

    /// <summary>Posts a request with these files; the answer and how long it took.</summary>
    public async Task<(JsonElement Answer, double Milliseconds)> SendAsync(string op, IEnumerable<FileContent> files, string? lang = null, bool strict = false)
    {
        var request = new Dictionary<string, object?>
        {
            ["op"] = op,
            ["files"] = files.Select(f => new { name = f.Name, bytes = Convert.ToBase64String(f.Content) }).ToList(),
            ["strict"] = strict,
        };
        if (lang is not null)
            request["lang"] = lang;
        var result = Parse(await _page.EvaluateAsync<string>("request => harness.send(request)", request));
        return (result.GetProperty("answer"), result.GetProperty("ms").GetDouble());
    }

    /// <summary>Posts a message as given, for requests a page should never send.</summary>
    public async Task<JsonElement> SendRawAsync(object message) =>
        Parse(await _page.EvaluateAsync<string>("message => harness.sendRaw(message)", message)).GetProperty("answer");

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
