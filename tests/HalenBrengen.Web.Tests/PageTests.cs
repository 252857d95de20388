using System.IO.Compression;
using HalenBrengen.App;
using HalenBrengen.Core;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Web.Tests.Support;
using Microsoft.Playwright;

namespace HalenBrengen.Web.Tests;

/// <summary>
/// The real page in headless Chromium, as a facilitator uses it, from the site 'halenbrengen site' writes,
/// served by a plain static file server: everything is checked and made in the browser.
/// </summary>
public sealed class PageTests : IClassFixture<StaticSite>, IDisposable
{
    private readonly StaticSite _site;
    private readonly TempFolder _folder = new();

    public PageTests(StaticSite site) => _site = site;

    public void Dispose() => _folder.Dispose();

    private static string[] ExampleFiles() =>
        Directory.GetFiles(Repository.PathOf("templates", "voorbeeld"), "*.xlsx").Order(StringComparer.Ordinal).ToArray();

    /// <summary>A page in a browser set to this language; every request that leaves 127.0.0.1 is noted.</summary>
    private static async Task<(IPage Page, List<string> External)> Open(IBrowser browser, string locale, Uri address)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale, ViewportSize = new ViewportSize { Width = 1200, Height = 1400 }, AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        var external = new List<string>();
        context.Request += (_, request) =>
        {
            if (request.Url.StartsWith("http", StringComparison.Ordinal) && new Uri(request.Url).Host is not "127.0.0.1")
                external.Add(request.Url);
        };
        await page.GotoAsync(address.ToString());
        await Assertions.Expect(page.Locator("#engine")).ToBeHiddenAsync(new() { Timeout = 60_000 });
        return (page, external);
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-US")]
    public async Task Upload_check_generate_and_download_every_file_byte_for_byte_as_the_command_line_makes_it(string locale)
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var (page, external) = await Open(browser, locale, _site.Address);
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Nog geen werkmappen gekozen.");

        var files = ExampleFiles();
        await page.Locator("#files").SetInputFilesAsync(files);
        await Assertions.Expect(page.Locator("#partner-list li")).ToHaveCountAsync(7, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Klaar");

        var workbooks = files.Select(f => new FileContent(Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        foreach (var language in new[] { Language.Nl, Language.En })
        {
            if (language == Language.En)
                await page.Locator("#language").ClickAsync();
            await Assertions.Expect(page.Locator("#generate")).ToBeEnabledAsync(new() { Timeout = 60_000 });
            await page.Locator("#generate").ClickAsync();
            var expected = UseCases.Generate(workbooks, language).Files;
            await Assertions.Expect(page.Locator("#downloads li a")).ToHaveCountAsync(expected.Count, new() { Timeout = 120_000 });

            // Each file, downloaded one by one: byte for byte what the command line makes of these workbooks.
            for (var i = 0; i < expected.Count; i++)
            {
                var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads li a").Nth(i).ClickAsync());
                var path = _folder.File($"{language}-{i}.pptx");
                await download.SaveAsAsync(path);
                Assert.Equal(expected[i].Name, download.SuggestedFilename);
                Assert.True(expected[i].Content.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{locale} {expected[i].Name} differs from the command line's");
            }
            // And everything as one zip.
            var zipDownload = await page.RunAndWaitForDownloadAsync(() => page.Locator("#zip").ClickAsync());
            var zipPath = _folder.File($"{language}.zip");
            await zipDownload.SaveAsAsync(zipPath);
            using var zip = ZipFile.OpenRead(zipPath);
            Assert.Equal(expected.Select(f => f.Name), zip.Entries.Select(e => e.FullName));
            foreach (var file in expected)
            {
                using var entry = new MemoryStream();
                using (var stream = zip.GetEntry(file.Name)!.Open())
                    await stream.CopyToAsync(entry, TestContext.Current.CancellationToken);
                Assert.True(file.Content.AsSpan().SequenceEqual(entry.ToArray()), $"{locale} zip: {file.Name} differs");
            }
        }
        PackageChecks.AssertValid(File.ReadAllBytes(_folder.File($"{Language.Nl}-0.pptx")));

        if (Environment.GetEnvironmentVariable("HB_SCREENSHOT") is { Length: > 0 } screenshot)
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.Empty(external);
        lock (_site.Requests)
            Assert.DoesNotContain(_site.Requests, r => !r.StartsWith("GET ", StringComparison.Ordinal) || r.Contains("/api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_example_and_the_blank_forms_come_from_the_site_itself()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var (page, external) = await Open(browser, "nl-NL", _site.Address);

        await page.Locator("#example").ClickAsync();
        await Assertions.Expect(page.Locator("#partner-list li")).ToHaveCountAsync(7, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#generate")).ToBeEnabledAsync();

        var form = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href='formulieren/belangenkaart.xlsx']").ClickAsync());
        Assert.Equal("belangenkaart.xlsx", form.SuggestedFilename);
        var path = _folder.File("belangenkaart.xlsx");
        await form.SaveAsAsync(path);
        Assert.Equal(UseCases.Templates()[0].Content, File.ReadAllBytes(path));
        Assert.Empty(external);
    }

    [Fact]
    public async Task A_bad_file_shows_its_message_per_file_and_cell_and_generation_stays_off()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var (page, _) = await Open(browser, "nl-NL", _site.Address);
        var bad = _folder.File("kapot.xlsx");
        File.WriteAllText(bad, "Partij;Wat\n");
        var good = Repository.PathOf("templates", "voorbeeld", "01-gemeente-dommelstede.xlsx");

        await page.Locator("#files").SetInputFilesAsync([good, bad]);

        await Assertions.Expect(page.Locator("#diagnostics tbody tr.fout")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
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
        var (page, _) = await Open(browser, "nl-NL", _site.Address);

        await page.Locator("#language").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("No workbooks chosen yet.");
        await Assertions.Expect(page.Locator("#generate")).ToHaveTextAsync("Make the deck and posters");
        Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
    }
}
