using System.IO.Compression;
using HalenBrengen.App;
using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Web.Tests.Support;
using Microsoft.Playwright;

namespace HalenBrengen.Web.Tests;

/// <summary>The real page in headless Chromium, as a facilitator uses it.</summary>
[Collection("server")]
public sealed class PageTests(ServerFixture server) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Upload_see_the_check_generate_and_download_the_deck_and_posters_as_the_generator_makes_them_without_touching_the_internet()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 1400 }, AcceptDownloads = true });
        var external = new List<string>();
        page.Request += (_, request) =>
        {
            var host = new Uri(request.Url).Host;
            if (request.Url.StartsWith("http", StringComparison.Ordinal) && host is not "127.0.0.1" and not "localhost")
                external.Add(request.Url);
        };

        await page.GotoAsync(server.Address.ToString());
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Nog geen werkmappen gekozen.");

        var files = Directory.GetFiles(Repository.PathOf("templates", "voorbeeld"), "*.xlsx").Order(StringComparer.Ordinal).ToArray();
        await page.Locator("#files").SetInputFilesAsync(files);

        await Assertions.Expect(page.Locator("#partner-list li")).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Klaar");
        await Assertions.Expect(page.Locator("#generate")).ToBeEnabledAsync();

        await page.Locator("#generate").ClickAsync();
        await Assertions.Expect(page.Locator("#downloads li a")).ToHaveCountAsync(11, new() { Timeout = 60_000 });
        // The deck for the room and the briefing for the facilitator, each said so beside its link.
        await Assertions.Expect(page.Locator("#downloads li").Nth(1)).ToContainTextAsync("voorbereiding begeleider.pptx");
        await Assertions.Expect(page.Locator("#downloads li").Nth(1)).ToContainTextAsync("niet projecteren");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads li a").First.ClickAsync());
        Assert.EndsWith(" - sessie.pptx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = _folder.File("deck.pptx");
        await download.SaveAsAsync(path);
        PackageChecks.AssertValid(File.ReadAllBytes(path));

        // Everything as one zip: the deck, the briefing, the map, a poster per partner and the work sheet, each a valid
        // package and byte for byte what the generator makes of these workbooks (output is deterministic),
        // so the deck and poster quality tests (Cli.Tests) hold for what the facilitator downloads.
        var zipDownload = await page.RunAndWaitForDownloadAsync(() => page.Locator("#zip").ClickAsync());
        var zipPath = _folder.File("alles.zip");
        await zipDownload.SaveAsAsync(zipPath);
        var expected = Generator.Render(WorkbookReader.Read(files).Coalition, Language.Nl).Select(f => (f.Name, Content: f.Content())).ToList();
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            Assert.Equal(expected.Select(f => f.Name).Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            foreach (var file in expected)
            {
                using var entry = new MemoryStream();
                using (var stream = zip.GetEntry(file.Name)!.Open())
                    await stream.CopyToAsync(entry, TestContext.Current.CancellationToken);
                PackageChecks.AssertValid(entry.ToArray());
                Assert.True(file.Content.AsSpan().SequenceEqual(entry.ToArray()), $"{file.Name} differs from what the generator makes");
            }
        }
        Assert.Equal(File.ReadAllBytes(path), expected[0].Content);

        if (Environment.GetEnvironmentVariable("HB_SCREENSHOT") is { Length: > 0 } screenshot)
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.Empty(external);
    }

    [Fact]
    public async Task A_bad_file_shows_its_message_per_file_and_cell_and_generation_stays_off()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var bad = _folder.File("kapot.xlsx");
        File.WriteAllText(bad, "Partij;Wat\n");
        var good = Repository.PathOf("templates", "voorbeeld", "01-gemeente-dommelstede.xlsx");

        await page.GotoAsync(server.Address.ToString());
        await page.Locator("#files").SetInputFilesAsync([good, bad]);

        await Assertions.Expect(page.Locator("#diagnostics tbody tr.fout")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#diagnostics tbody tr.fout")).ToContainTextAsync("kapot.xlsx");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Nog niet klaar");
        await Assertions.Expect(page.Locator("#generate")).ToBeDisabledAsync();
    }

    [Fact]
    public async Task The_page_switches_to_english()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.Address.ToString());
        await page.Locator("#language").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("No workbooks chosen yet.");
        await Assertions.Expect(page.Locator("#generate")).ToHaveTextAsync("Make the deck and posters");
        Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
    }
}
