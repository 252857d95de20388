using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using HalenBrengen.App;
using HalenBrengen.Browser.Tests.Support;
using HalenBrengen.Core;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Browser.Tests;

/// <summary>
/// worker.js and the published WebAssembly host, driven as the page will drive them: the same files
/// as the generator makes in process, the same check JSON as the server gives, nothing fetched from
/// outside loopback, and Dutch sentences instead of stack traces.
/// </summary>
[Slow(Needs.WebAssembly)]
public sealed class WorkerTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private static IReadOnlyList<FileContent> Example() =>
        Directory.GetFiles(Repository.PathOf("templates", "voorbeeld"), "*.xlsx").Order(StringComparer.Ordinal)
            .Select(path => new FileContent(Path.GetFileName(path), File.ReadAllBytes(path))).ToList();

    /// <summary>How long a facilitator takes to choose the workbooks once the page has loaded, as the measurement assumes.</summary>
    private static readonly TimeSpan ChoosingPause = Seconds("HB_CHOOSING", 3);

    /// <summary>How long a facilitator takes to read a check's answer before asking to generate, as the measurement assumes.</summary>
    private static readonly TimeSpan ReadingPause = Seconds("HB_READING", 2);

    /// <summary>A pause as the measurement assumes it, or as HB_CHOOSING / HB_READING set it (0: asked at once).</summary>
    private static TimeSpan Seconds(string variable, double assumed) => TimeSpan.FromSeconds(
        Environment.GetEnvironmentVariable(variable) is { } set ? double.Parse(set, System.Globalization.CultureInfo.InvariantCulture) : assumed);

    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    public async Task Generating_in_the_worker_makes_the_same_bytes_as_in_process_whatever_the_browsers_language(string locale)
    {
        await using var worker = await WorkerPage.OpenAsync(site, locale);
        Assert.Equal("ready", worker.First.GetProperty("type").GetString());
        // The worker really runs under this language: it is what the runtime's culture and, by
        // default, its choice of ICU data follow.
        var seen = await worker.LanguageSeenByWorkersAsync();
        Assert.Equal(locale, seen.GetProperty("language").GetString());
        Assert.Equal(locale, seen.GetProperty("intl").GetString());

        var workbooks = Example();
        // A subset of the example, never checked: generated as itself, never answered from what the check made ahead.
        var fewer = workbooks.Where(f => !f.Name.Contains("gemeente", StringComparison.Ordinal)).ToList();
        Assert.Equal(workbooks.Count - 1, fewer.Count);
        var times = new List<string>();
        // As a page does: check the workbooks first, then, once the facilitator has read the check, generate. The
        // worker generates the checked workbooks ahead meanwhile; ReadingPause stands for the reading.
        await Task.Delay(ChoosingPause, TestContext.Current.CancellationToken);
        var (checkAnswer, checkMs) = await worker.SendAsync("check", workbooks);
        Assert.True(checkAnswer.GetProperty("ok").GetBoolean(), checkAnswer + "\n" + string.Join("\n", worker.Console));
        times.Add($"check {ChoosingPause.TotalSeconds:F0} s after ready {checkMs:F0} ms");
        await Task.Delay(ReadingPause, TestContext.Current.CancellationToken);
        foreach (var (lang, language, given) in new[] { ("nl", Language.Nl, workbooks), ("en", Language.En, workbooks), ("nl", Language.Nl, fewer), ("nl", Language.Nl, workbooks) })
        {
            var (answer, ms) = await worker.SendAsync("generate", given, lang);
            times.Add($"generate {lang}{(given == fewer ? " (six partners)" : "")}{(times.Count == 1 ? $" {ReadingPause.TotalSeconds:F0} s after the check" : "")} {ms:F0} ms");
            Assert.True(answer.GetProperty("ok").GetBoolean(), answer + "\n" + string.Join("\n", worker.Console));
            var expected = UseCases.Generate(given, language);
            Assert.True(expected.Generated);
            AssertSameCheck(CheckSummary.Of(expected.Check, strict: false), answer.GetProperty("check"));
            var files = answer.GetProperty("files").EnumerateArray().ToList();
            Assert.Equal(expected.Files.Select(f => (f.Name, f.Kind.ToString())), files.Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("kind").GetString()!)));
            foreach (var (made, file) in expected.Files.Zip(files))
            {
                Assert.True(file.GetProperty("isArrayBuffer").GetBoolean(), $"{made.Name} does not arrive as an ArrayBuffer");
                Assert.True(made.Content.AsSpan().SequenceEqual(Convert.FromBase64String(file.GetProperty("bytes").GetString()!)),
                    $"{made.Name} ({lang}, browser {locale}) differs from what UseCases.Generate makes in process");
            }
        }

        Assert.Empty(worker.Outside);
        // The route saw the worker's own requests too (so Outside would have caught any of them) ...
        Assert.Contains(worker.Routed, url => url.Contains("/_framework/dotnet.native.", StringComparison.Ordinal));
        // ... and the runtime's files came from the loopback server, fetched by the worker under the site's sub-path.
        Assert.Contains(site.Served, path => path.StartsWith(PublishedSite.SubPath + "/_framework/dotnet.native.", StringComparison.Ordinal) && path.EndsWith(".wasm", StringComparison.Ordinal));
        // No ICU data is fetched: the generator carries its Dutch and British (Locales), and the browser's language changes nothing.
        Assert.DoesNotContain(site.Served, path => path.Contains("/_framework/icudt", StringComparison.Ordinal));
        Measurements.Write($"browser {locale}: ready after {worker.StartMilliseconds:F0} ms; then {string.Join(", ", times)}");
    }

    [Fact]
    public async Task A_house_style_in_the_worker_gives_the_same_files_and_notes_as_in_process_and_a_bad_one_a_sentence()
    {
        await using var worker = await WorkerPage.OpenAsync(site, "nl-NL");
        Assert.Equal("ready", worker.First.GetProperty("type").GetString());
        var workbooks = Example();
        var style = new HouseStyleFiles(new FileContent("huisstijl.potx", Pptx.Tests.Support.Templates.Write(new Pptx.Tests.Support.TemplateSpec
        {
            Logo = Pptx.Tests.Support.Png.Logo(), MajorFont = "Georgia",
            Colours = ["000000", "FFFFFF", "1B3A4B", "EEF1F4", "0B6E4F", "FFC000", "00798C", "EDAE49", "30638E", "003D5B", "0563C1", "954F72"],
        })), []);

        var (answer, _) = await worker.SendAsync("generate", workbooks, "nl", style: style);

        Assert.True(answer.GetProperty("ok").GetBoolean(), answer + "\n" + string.Join("\n", worker.Console));
        var expected = UseCases.Generate(workbooks, Language.Nl, style: style);
        Assert.NotEmpty(expected.StyleNotes);
        Assert.Equal(expected.StyleNotes, answer.GetProperty("styleNotes").EnumerateArray().Select(n => n.GetString()!));
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("styleProblem").ValueKind);
        var files = answer.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(expected.Files.Count, files.Count);
        foreach (var (made, file) in expected.Files.Zip(files))
            Assert.True(made.Content.AsSpan().SequenceEqual(Convert.FromBase64String(file.GetProperty("bytes").GetString()!)), $"{made.Name} differs in the worker");

        var (bad, _) = await worker.SendAsync("generate", workbooks, "nl", style: new HouseStyleFiles(new FileContent("huisstijl.potx", [1, 2, 3]), []));
        Assert.True(bad.GetProperty("ok").GetBoolean(), bad.ToString());
        Assert.Equal("huisstijl.potx: geen PowerPoint-sjabloon (.potx) of presentatie (.pptx)", bad.GetProperty("styleProblem").GetString());
        Assert.Empty(bad.GetProperty("files").EnumerateArray());
        Assert.Empty(worker.Outside);
    }

    [Fact]
    public async Task Check_in_the_worker_gives_the_json_the_server_gives_and_a_blocked_generate_gives_no_files()
    {
        await using var worker = await WorkerPage.OpenAsync(site, "en-US");
        Assert.Equal("ready", worker.First.GetProperty("type").GetString());
        var example = Example();
        // Without the krachtenveld and with a file that is no workbook: errors that block.
        var broken = example.Where(f => f.Name != "krachtenveld.xlsx").Append(new FileContent("kapot.xlsx", [1, 2, 3, 4])).ToList();
        foreach (var (files, strict) in new[] { (example, false), (example, true), (broken, false) })
        {
            var (answer, _) = await worker.SendAsync("check", files, strict: strict);
            Assert.True(answer.GetProperty("ok").GetBoolean(), answer + "\n" + string.Join("\n", worker.Console));
            AssertSameCheck(CheckSummary.Of(UseCases.Check(files), strict), answer.GetProperty("check"));
        }

        var (blocked, _) = await worker.SendAsync("generate", broken, "nl");
        Assert.True(blocked.GetProperty("ok").GetBoolean(), blocked.ToString());
        Assert.False(blocked.GetProperty("check").GetProperty("canGenerate").GetBoolean());
        Assert.True(blocked.GetProperty("check").GetProperty("fouten").GetInt32() > 0);
        AssertSameCheck(CheckSummary.Of(UseCases.Check(broken), strict: false), blocked.GetProperty("check"));
        Assert.Empty(blocked.GetProperty("files").EnumerateArray());
        Assert.Empty(worker.Outside);
    }

    [Fact]
    public async Task Zip_in_the_worker_holds_the_files_given_in_their_order()
    {
        await using var worker = await WorkerPage.OpenAsync(site, "nl-NL");
        var files = Example().Take(3).Reverse().ToList();
        var (answer, _) = await worker.SendAsync("zip", files);
        Assert.True(answer.GetProperty("ok").GetBoolean(), answer + "\n" + string.Join("\n", worker.Console));
        Assert.True(answer.GetProperty("bytesIsArrayBuffer").GetBoolean());
        using var zip = new ZipArchive(new MemoryStream(Convert.FromBase64String(answer.GetProperty("bytes").GetString()!)));
        Assert.Equal(files.Select(f => f.Name), zip.Entries.Select(e => e.FullName));
        foreach (var (file, entry) in files.Zip(zip.Entries))
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open())
                stream.CopyTo(content);
            Assert.Equal(file.Content, content.ToArray());
        }
    }

    [Fact]
    public async Task A_request_the_worker_cannot_follow_is_answered_with_a_Dutch_sentence_not_a_stack_trace()
    {
        await using var worker = await WorkerPage.OpenAsync(site, "en-US");
        var answers = new[]
        {
            await worker.SendRawAsync(new { op = "verwijder", files = Array.Empty<object>() }),
            await worker.SendRawAsync(new { op = "check", files = "geen lijst" }),
            await worker.SendRawAsync(new { op = "generate", files = new[] { new { name = "a.xlsx", bytes = "geen bytes" } }, lang = "nl" }),
        };
        foreach (var answer in answers)
        {
            Assert.False(answer.GetProperty("ok").GetBoolean());
            var message = answer.GetProperty("message").GetString()!;
            Assert.Contains("HalenBrengen", message, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
        }
        // The worker goes on answering after a bad request.
        var (good, _) = await worker.SendAsync("check", Example());
        Assert.True(good.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public void The_published_folder_is_worker_js_and_the_runtime_and_stays_small()
    {
        var entries = Directory.EnumerateFileSystemEntries(site.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["_framework", "worker.js"], entries);
        var files = Directory.GetFiles(Path.Combine(site.Folder, "_framework"));
        Assert.Contains(files, f => Path.GetFileName(f) == "dotnet.js");
        // No ICU data (the generator runs with invariant globalization and carries its Dutch and British), and no debugging symbols.
        Assert.DoesNotContain(files, f => Path.GetFileName(f).StartsWith("icudt", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.EndsWith(".pdb", StringComparison.Ordinal));
        var bytes = files.Sum(f => new FileInfo(f).Length) + new FileInfo(Path.Combine(site.Folder, "worker.js")).Length;
        Measurements.Write($"published in {site.PublishTime.TotalSeconds:F0} s (incremental when unchanged); {files.Length + 1} files, {bytes / 1e6:F1} MB uncompressed");
        // Fully trimmed it is about 12.7 MB; untrimmed it would be over 30.
        Assert.True(bytes < 15_000_000, $"{bytes} bytes: is trimming still on?");
    }

    private static void AssertSameCheck(CheckJson expected, JsonElement actual)
    {
        var expectedJson = JsonNode.Parse(CheckSummary.ToJson(expected));
        var actualJson = JsonNode.Parse(actual.GetRawText());
        Assert.True(JsonNode.DeepEquals(expectedJson, actualJson), $"expected {expectedJson?.ToJsonString()}\nactual {actualJson?.ToJsonString()}");
    }
}

/// <summary>Timings and sizes, for the report: to the test output and to browser-measurements.txt beside the tests.</summary>
internal static class Measurements
{
    private static readonly Lock Gate = new();

    public static void Write(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        lock (Gate)
            File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "browser-measurements.txt"), $"{DateTime.Now:s} {line}\n");
    }
}
