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
        var (playwright, browser) = await HalenBrengen.Tests.Shared.Browser.LaunchAsync(locale);
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

    /// <summary>What a worker in this browser takes its language to be.</summary>
    public async Task<JsonElement> LanguageSeenByWorkersAsync() => Parse(await _page.EvaluateAsync<string>("harness.probeLanguage()"));

    /// <summary>Posts a request with these files; the answer and how long it took.</summary>
    public async Task<(JsonElement Answer, double Milliseconds)> SendAsync(string op, IEnumerable<FileContent> files, string? lang = null, bool strict = false,
        HouseStyleFiles? style = null)
    {
        var request = new Dictionary<string, object?>
        {
            ["op"] = op,
            ["files"] = files.Select(f => new { name = f.Name, bytes = Convert.ToBase64String(f.Content) }).ToList(),
            ["strict"] = strict,
        };
        if (lang is not null)
            request["lang"] = lang;
        if (style is not null)
            request["style"] = new
            {
                template = new { name = style.Template.Name, bytes = Convert.ToBase64String(style.Template.Content) },
                fonts = style.Fonts.Select(f => new { name = f.Name, bytes = Convert.ToBase64String(f.Content) }).ToList(),
            };
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
