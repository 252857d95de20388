using System.IO.Compression;
using HalenBrengen.App;
using HalenBrengen.Core;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Tests.Shared;
using HalenBrengen.Web.Tests.Support;
using Microsoft.Playwright;

namespace HalenBrengen.Web.Tests;

/// <summary>
/// The real page in headless Chromium, as a facilitator uses it, from the site 'halenbrengen site' writes,
/// served by a plain static file server: everything is checked and made in the browser.
/// </summary>
[Slow(Needs.Chromium)]
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
        // What the page and its worker say goes into the test's output, shown when a test fails.
        page.Console += (_, message) => TestContext.Current.TestOutputHelper?.WriteLine($"console {message.Type}: {message.Text} {message.Location}");
        page.PageError += (_, error) => TestContext.Current.TestOutputHelper?.WriteLine($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                TestContext.Current.TestOutputHelper?.WriteLine($"{response.Status} {response.Url}");
        };
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

    /// <summary>
    /// Chromium starts at most ten downloads from one page without asking "download multiple files?"
    /// (seen here: the eleventh click never becomes a download), so the test downloads in turns of at most
    /// ten, each turn a fresh page that uploads and generates again. A facilitator who wants everything
    /// at once has the zip.
    /// </summary>
    private const int DownloadsPerPage = 10;

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-US")]
    public async Task Upload_check_generate_and_download_every_file_byte_for_byte_as_the_command_line_makes_it(string locale)
    {
        var (playwright, browser) = await Browser.LaunchAsync(locale);
        using var _ = playwright;
        await using var __ = browser;
        var files = ExampleFiles();
        var workbooks = files.Select(f => new FileContent(Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        var externals = new List<List<string>>();

        foreach (var language in new[] { Language.Nl, Language.En })
        {
            var expected = UseCases.Generate(workbooks, language).Files;
            // The zip first, then each file, downloaded one by one from the page's own links.
            var turns = new[] { -1 }.Concat(Enumerable.Range(0, expected.Count)).Chunk(DownloadsPerPage);
            foreach (var turn in turns)
            {
                var page = await UploadAndGenerate(browser, locale, files, language, expected.Count, externals);
                foreach (var i in turn)
                {
                    if (i < 0)
                    {
                        await AssertZip(page, expected, _folder.File($"{language}.zip"), locale);
                        continue;
                    }
                    var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads li a").Nth(i).ClickAsync());
                    var path = _folder.File($"{language}-{i}.pptx");
                    await download.SaveAsAsync(path);
                    Assert.Equal(expected[i].Name, download.SuggestedFilename);
                    Assert.True(expected[i].Content.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{locale} {expected[i].Name} differs from the command line's");
                }
                if (Environment.GetEnvironmentVariable("HB_SCREENSHOT") is { Length: > 0 } screenshot && language == Language.Nl)
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
                await page.Context.CloseAsync();
            }
        }
        PackageChecks.AssertValid(File.ReadAllBytes(_folder.File($"{Language.Nl}-0.pptx")));

        Assert.Empty(externals.SelectMany(e => e));
        lock (_site.Requests)
            Assert.DoesNotContain(_site.Requests, r => !r.StartsWith("GET ", StringComparison.Ordinal) || r.Contains("/api/", StringComparison.Ordinal));
    }

    /// <summary>A fresh page: the workbooks uploaded and checked, the language chosen, the files made.</summary>
    private async Task<IPage> UploadAndGenerate(IBrowser browser, string locale, string[] files, Language language, int count, List<List<string>> externals)
    {
        var (page, seen) = await Open(browser, locale, _site.Address);
        externals.Add(seen);
        // The worker runs in the browser's language, as a facilitator's would.
        Assert.Equal(locale, await page.Workers.Single().EvaluateAsync<string>("() => navigator.language"));
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Nog geen werkmappen gekozen.");

        await page.Locator("#files").SetInputFilesAsync(files);
        await Assertions.Expect(page.Locator("#partner-list li")).ToHaveCountAsync(7, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Klaar");
        // The coalition's name leads the partners found, counted in Dutch plurals (never "partij(en)").
        await Assertions.Expect(page.Locator("#partners p")).ToHaveTextAsync("Wijkalliantie De Hoge Akkers: 7 partijen gevonden:");
        if (language == Language.En)
        {
            await page.Locator("#language").ClickAsync();
            await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Ready");
        }
        await Assertions.Expect(page.Locator("#generate")).ToBeEnabledAsync(new() { Timeout = 60_000 });
        await page.Locator("#generate").ClickAsync();
        await Assertions.Expect(page.Locator("#downloads li a")).ToHaveCountAsync(count, new() { Timeout = 120_000 });
        // What was made is said under step 3, beside the files; step 2 still says what the check found.
        await Assertions.Expect(page.Locator("#made")).ToContainTextAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync(language == Language.En ? "Ready" : "Klaar");
        return page;
    }

    /// <summary>The zip button's download holds every file, in order, byte for byte.</summary>
    private static async Task AssertZip(IPage page, IReadOnlyList<RenderedFile> expected, string path, string locale)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#zip").ClickAsync());
        await download.SaveAsAsync(path);
        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(expected.Select(f => f.Name), zip.Entries.Select(e => e.FullName));
        foreach (var file in expected)
        {
            using var entry = new MemoryStream();
            using (var stream = zip.GetEntry(file.Name)!.Open())
                await stream.CopyToAsync(entry, TestContext.Current.CancellationToken);
            Assert.True(file.Content.AsSpan().SequenceEqual(entry.ToArray()), $"{locale} zip: {file.Name} differs");
        }
    }

    [Fact]
    public async Task A_house_style_chosen_on_the_page_makes_every_file_in_it_and_its_notes_are_shown()
    {
        var (playwright, browser) = await Browser.LaunchAsync("nl-NL");
        using var _ = playwright;
        await using var __ = browser;
        var files = ExampleFiles();
        var template = Templates.Write(new TemplateSpec { Logo = Png.Logo(), MajorFont = "Georgia",
            Colours = ["000000", "FFFFFF", "1B3A4B", "EEF1F4", "0B6E4F", "FFC000", "00798C", "EDAE49", "30638E", "003D5B", "0563C1", "954F72"] });
        var path = _folder.File("huisstijl.potx");
        File.WriteAllBytes(path, template);
        var workbooks = files.Select(f => new FileContent(Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        var expected = UseCases.Generate(workbooks, Language.Nl, style: new HouseStyleFiles(new FileContent("huisstijl.potx", template), []));

        var (page, external) = await Open(browser, "nl-NL", _site.Address);
        await page.Locator("#files").SetInputFilesAsync(files);
        await page.Locator("#style").SetInputFilesAsync(path);
        await Assertions.Expect(page.Locator("#style-list li")).ToHaveTextAsync(["huisstijl: huisstijl.potx verwijder"]);
        await Assertions.Expect(page.Locator("#generate")).ToBeEnabledAsync(new() { Timeout = 60_000 });
        await page.Locator("#generate").ClickAsync();
        await Assertions.Expect(page.Locator("#downloads li a")).ToHaveCountAsync(expected.Files.Count, new() { Timeout = 120_000 });

        await Assertions.Expect(page.Locator("#style-notes li")).ToHaveTextAsync(expected.StyleNotes.ToArray());
        if (Environment.GetEnvironmentVariable("HB_SCREENSHOT") is { Length: > 0 } screenshot)
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.ChangeExtension(screenshot, null) + "-huisstijl.png", FullPage = true });
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads li a").First.ClickAsync());
        var deck = _folder.File("sessie.pptx");
        await download.SaveAsAsync(deck);
        Assert.True(expected.Files[0].Content.AsSpan().SequenceEqual(File.ReadAllBytes(deck)), "the deck differs from the one made in process");
        Assert.Empty(external);
    }

    [Fact]
    public async Task With_a_previous_round_the_decks_compare_with_it_byte_for_byte_as_the_command_line_makes_them()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var (page, external) = await Open(browser, "nl-NL", _site.Address);
        var earlier = ExampleFiles();
        // This round: one partner's belangenkaart did not come back.
        var now = earlier.Where(f => !Path.GetFileName(f).StartsWith("07-", StringComparison.Ordinal)).ToArray();

        await page.Locator("#previous-round summary").ClickAsync();
        await page.Locator("#previous-files").SetInputFilesAsync(earlier);
        await Assertions.Expect(page.Locator("#previous-status")).ToContainTextAsync("Vorige ronde: 8 werkmappen, 7 partijen", new() { Timeout = 60_000 });
        await page.Locator("#files").SetInputFilesAsync(now);
        await Assertions.Expect(page.Locator("#partner-list li")).ToHaveCountAsync(7, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#generate")).ToBeEnabledAsync(new() { Timeout = 60_000 });
        await page.Locator("#generate").ClickAsync();

        var Read = (string[] paths) => paths.Select(f => new FileContent(Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        var expected = UseCases.Generate(Read(now), Language.Nl, previous: Read(earlier)).Files;
        await Assertions.Expect(page.Locator("#downloads li a")).ToHaveCountAsync(expected.Count, new() { Timeout = 120_000 });
        foreach (var kind in new[] { GeneratedKind.Deck, GeneratedKind.Briefing })
        {
            var i = expected.ToList().FindIndex(f => f.Kind == kind);
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads li a").Nth(i).ClickAsync());
            var path = _folder.File($"vergeleken-{i}.pptx");
            await download.SaveAsAsync(path);
            Assert.True(expected[i].Content.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{expected[i].Name} differs from the command line's");
        }
        // And it did compare: without the earlier round the briefing is another file.
        Assert.NotEqual(UseCases.Generate(Read(now), Language.Nl).Files.Single(f => f.Kind == GeneratedKind.Briefing).Content,
            expected.Single(f => f.Kind == GeneratedKind.Briefing).Content);
        Assert.Empty(external);
    }

    [Fact]
    public async Task A_browser_without_WebAssembly_is_told_so_plainly_and_nothing_can_be_made()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        // An old Office webview: no WebAssembly at all.
        await context.AddInitScriptAsync("delete globalThis.WebAssembly;");
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Address.ToString());

        await Assertions.Expect(page.Locator("#engine")).ToContainTextAsync("Deze browser kan HalenBrengen niet draaien");
        await Assertions.Expect(page.Locator("#engine")).ToContainTextAsync("WebAssembly");
        await page.Locator("#files").SetInputFilesAsync(ExampleFiles());
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Er ging iets mis");
        await Assertions.Expect(page.Locator("#generate")).ToBeDisabledAsync();
    }

    [Fact]
    public async Task The_example_and_the_blank_forms_come_from_the_site_itself()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var (page, external) = await Open(browser, "nl-NL", _site.Address);

        // A button in its own line, as large as the page's main button: a first try must not hunt for a small link.
        var example = await page.Locator("#example").BoundingBoxAsync();
        var generate = await page.Locator("#generate").BoundingBoxAsync();
        Assert.True(example!.Height >= generate!.Height - 1, $"the example button is {example.Height} px high, the main one {generate.Height}");
        await Assertions.Expect(page.Locator("#example")).ToHaveTextAsync("Probeer het met het voorbeeld");
        await page.Locator("#example").ClickAsync();
        await Assertions.Expect(page.Locator("#partner-list li")).ToHaveCountAsync(7, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#generate")).ToBeEnabledAsync();

        var form = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href='formulieren/belangenkaart.xlsx']").ClickAsync());
        Assert.Equal("belangenkaart.xlsx", form.SuggestedFilename);
        var path = _folder.File("belangenkaart.xlsx");
        await form.SaveAsAsync(path);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_site.Folder, "formulieren", "belangenkaart.xlsx")), File.ReadAllBytes(path));
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
