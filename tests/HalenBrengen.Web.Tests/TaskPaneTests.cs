using HalenBrengen.App;
using HalenBrengen.Core;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Tests.Shared;
using HalenBrengen.Web.Tests.Support;
using Microsoft.Playwright;

namespace HalenBrengen.Web.Tests;

/// <summary>
/// The task pane (taskpane.html) as Excel and PowerPoint run it. Office itself cannot run here, so the
/// Office.js address answers with a stand-in that offers the same calls and records them: what the pane
/// asks of Office is checked, and how it behaves where a host lacks an API.
/// </summary>
[Slow(Needs.Chromium)]
public sealed class TaskPaneTests : IClassFixture<StaticSite>
{
    private readonly StaticSite _site;

    public TaskPaneTests(StaticSite site) => _site = site;

    private const string StandIn = """
        window.calls = [];
        window.Office = {
          FileType: { Compressed: "compressed" },
          AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
          context: {
            requirements: { isSetSupported: (set, version) => set === "PowerPointApi" && Number(version) <= window.powerPointApi },
            document: {
              url: "C:\\Sessies\\01-gemeente-dommelstede.xlsx",
              getFileAsync: (type, options, callback) => callback({ status: "succeeded", value: {
                sliceCount: 1,
                getSliceAsync: (i, done) => fetch("voorbeeld/01-gemeente-dommelstede.xlsx").then(r => r.arrayBuffer())
                  .then(b => done({ status: "succeeded", value: { data: Array.from(new Uint8Array(b)) } })),
                closeAsync: () => window.calls.push({ op: "closeAsync" }),
              } }),
            },
          },
          onReady: callback => { setTimeout(() => callback({ host: window.officeHost, platform: "PC" }), 0); },
        };
        window.PowerPoint = {
          run: async work => {
            const context = { presentation: { insertSlidesFromBase64: (data, options) => window.calls.push({ op: "insert", data, options }) }, sync: async () => {} };
            await work(context);
          },
          createPresentation: async data => { window.calls.push({ op: "create", data }); },
        };
        """;

    private async Task<(IPage Page, IBrowser Browser, IPlaywright Playwright)> OpenPane(string host, double powerPointApi)
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        await context.AddInitScriptAsync($"window.officeHost = '{host}'; window.powerPointApi = {powerPointApi.ToString(System.Globalization.CultureInfo.InvariantCulture)};");
        await context.RouteAsync(Site.OfficeJs, route => route.FulfillAsync(new RouteFulfillOptions { Body = StandIn, ContentType = "text/javascript" }));
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_site.Address, "taskpane.html").ToString());
        await Assertions.Expect(page.Locator("#engine")).ToBeHiddenAsync(new() { Timeout = 60_000 });
        return (page, browser, playwright);
    }

    private static async Task MakeTheExample(IPage page)
    {
        await page.Locator("#example").ClickAsync();
        await Assertions.Expect(page.Locator("#generate")).ToBeEnabledAsync(new() { Timeout = 60_000 });
        await page.Locator("#generate").ClickAsync();
        await Assertions.Expect(page.Locator("#downloads li a")).ToHaveCountAsync(12, new() { Timeout = 120_000 });
    }

    private static byte[] Deck() => UseCases.Generate(UseCases.Example(), Language.Nl).Files.Single(f => f.Kind == GeneratedKind.Deck).Content;

    [Fact]
    public async Task In_powerpoint_the_session_deck_is_inserted_with_its_own_formatting_or_opened_as_a_new_presentation()
    {
        var (page, browser, playwright) = await OpenPane("PowerPoint", 1.2);
        using var _ = playwright;
        await using var __ = browser;
        await Assertions.Expect(page.Locator("#office-workbook")).ToBeHiddenAsync();

        await MakeTheExample(page);
        await Assertions.Expect(page.Locator("#office-deck")).ToBeVisibleAsync();
        await page.Locator("#office-insert").ClickAsync();
        await Assertions.Expect(page.Locator("#office-note")).ToHaveTextAsync("De sessiepresentatie is ingevoegd.");
        await page.Locator("#office-open").ClickAsync();
        await Assertions.Expect(page.Locator("#office-note")).ToHaveTextAsync("De sessiepresentatie is als nieuwe presentatie geopend.");

        var insert = await page.EvaluateAsync<string[]>("[calls[0].op, calls[0].options.formatting, calls[0].data]");
        Assert.Equal("insert", insert[0]);
        Assert.Equal("KeepSourceFormatting", insert[1]);
        Assert.Equal(Deck(), Convert.FromBase64String(insert[2]));
        var create = await page.EvaluateAsync<string[]>("[calls[1].op, calls[1].data]");
        Assert.Equal("create", create[0]);
        Assert.Equal(Deck(), Convert.FromBase64String(create[1]));
    }

    [Fact]
    public async Task A_powerpoint_without_the_insert_api_says_so_plainly_and_inserts_nothing()
    {
        var (page, browser, playwright) = await OpenPane("PowerPoint", 1.1);
        using var _ = playwright;
        await using var __ = browser;

        await MakeTheExample(page);
        await page.Locator("#office-insert").ClickAsync();

        await Assertions.Expect(page.Locator("#office-note")).ToContainTextAsync("PowerPointApi 1.2");
        Assert.Equal(0, await page.EvaluateAsync<int>("calls.length"));
    }

    [Fact]
    public async Task In_excel_the_open_workbook_is_read_beside_other_workbooks()
    {
        var (page, browser, playwright) = await OpenPane("Excel", 0);
        using var _ = playwright;
        await using var __ = browser;
        await Assertions.Expect(page.Locator("#office-workbook")).ToBeVisibleAsync();

        await page.Locator("#office-workbook").ClickAsync();
        await Assertions.Expect(page.Locator("#partner-list li")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await page.Locator("#files").SetInputFilesAsync(Repository.PathOf("templates", "voorbeeld", "02-woonstichting-dommelthuis.xlsx"));

        await Assertions.Expect(page.Locator("#partner-list li")).ToHaveCountAsync(2, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#file-list li").First).ToContainTextAsync("01-gemeente-dommelstede.xlsx");
        Assert.Equal("closeAsync", await page.EvaluateAsync<string>("calls[0].op"));
    }
}
