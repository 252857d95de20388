using System.Diagnostics;
using System.Net;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// The linux-x64 release (Native AOT, scripts/publish.sh) on a computer without .NET: it writes exactly the
/// files the JIT build writes, answers a script with the usage, and serves the page with the generator
/// inside it, from the one file. One class, so its tests share one published binary and run one at a time.
/// </summary>
[Slow(Needs.NativeAot)]
public sealed class ReleaseTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Without_dotnet_the_release_writes_the_same_deck_briefing_and_posters_as_the_JIT_build(string language) =>
        AssertWritesWhatTheJitBuildWrites(Whole, "generate", Repository.PathOf("templates", "voorbeeld"), "--lang", language);

    // The forms are re-packed to the same bytes on every run (App's ReproducibleWorkbook), so whole files are compared.
    [Fact]
    public void Without_dotnet_the_release_writes_the_same_blank_forms_as_the_JIT_build() =>
        AssertWritesWhatTheJitBuildWrites(Whole, "templates");

    /// <summary>
    /// The program hands out the committed forms and never calls ClosedXML, so neither it nor the Open XML SDK is
    /// compiled into the release (with them in, the file was 54 MB and started in 25 ms, against 7.5 ms now). Their
    /// code would leave its symbols in the release's symbol file.
    /// </summary>
    [Fact]
    public void The_release_leaves_out_ClosedXML_and_the_Open_XML_SDK_which_it_never_calls()
    {
        ReleaseBinary.Require();
        Assert.True(File.Exists(ReleaseBinary.Symbols), $"{ReleaseBinary.Symbols} is missing: scripts/publish.sh keeps it");
        var symbols = File.ReadAllBytes(ReleaseBinary.Symbols);
        foreach (var library in new[] { "ClosedXML", "DocumentFormat" })
            Assert.True(symbols.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(library)) < 0, $"the release carries {library}'s code");
    }

    /// <summary>
    /// Linked at a fixed address (an ELF executable, type 2, not a position-independent one, type 3): the loader then
    /// writes no pointers into the program's type data at every start, which was most of its start-up (docs/performance.md).
    /// </summary>
    [Fact]
    public void The_release_is_linked_at_a_fixed_address_so_it_starts_without_writing_its_pointers()
    {
        var binary = ReleaseBinary.Require();
        using var file = File.OpenRead(binary);
        var header = new byte[18];
        file.ReadExactly(header);
        Assert.Equal("\u007fELF", System.Text.Encoding.ASCII.GetString(header, 0, 4));
        Assert.Equal(2, BitConverter.ToUInt16(header, 16));
    }

    [Fact]
    public void Without_arguments_and_with_its_input_redirected_the_release_prints_the_usage_and_starts_no_server()
    {
        var binary = ReleaseBinary.Require();

        // script(1) puts the output on a terminal, as in a console window; only the input is a file.
        var (exit, output) = ReleaseBinary.Run(
            ReleaseBinary.WithoutDotnet(_folder.Path, "/usr/bin/script", "-qefc", $"'{binary}' < /dev/null", "/dev/null"), TimeSpan.FromSeconds(30));

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("Geef een opdracht:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Open in de browser", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Double_clicked_the_release_serves_the_page_with_the_generator_inside()
    {
        var binary = ReleaseBinary.Require();

        // script(1) gives input and output a terminal, as a double-click does. With no browser on the empty
        // PATH, the program says to open the address by hand.
        var start = ReleaseBinary.WithoutDotnet(_folder.Path, "/usr/bin/script", "-qefc", $"'{binary}'", "/dev/null");
        await AssertServesTheSite(start, "Open in de browser: ");
    }

    [Fact]
    public async Task Serve_from_the_release_serves_the_page_with_the_generator_inside()
    {
        var binary = ReleaseBinary.Require();
        var port = FreePort();

        var start = ReleaseBinary.WithoutDotnet(_folder.Path, binary, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await AssertServesTheSite(start, "HalenBrengen draait op ");
    }

    [Fact]
    public void Site_from_the_release_writes_the_page_and_the_generator_it_carries()
    {
        var binary = ReleaseBinary.Require();
        var site = _folder.File("site");

        var (exit, output) = ReleaseBinary.Run(
            ReleaseBinary.WithoutDotnet(_folder.Path, binary, "site", "--out", site, "--url", "https://example.org/halenbrengen/"), Patience);

        Assert.True(exit == CliApp.Ok, output);
        Assert.True(File.Exists(Path.Combine(site, "index.html")), output);
        Assert.Contains("https://example.org/halenbrengen/taskpane.html", File.ReadAllText(Path.Combine(site, "manifest.xml")), StringComparison.Ordinal);
        foreach (var file in BundleFiles())
            Assert.Equal(File.ReadAllBytes(Path.Combine(ReleaseBinary.Bundle, file)), File.ReadAllBytes(Path.Combine(site, file)));
    }

    /// <summary>Runs <paramref name="command"/> with the release and in this process (JIT) and compares what each wrote.</summary>
    private void AssertWritesWhatTheJitBuildWrites(Func<string, SortedDictionary<string, byte[]>> parts, params string[] command)
    {
        var binary = ReleaseBinary.Require();
        var released = ReleaseBinary.WithoutDotnet(_folder.Path, binary, [.. command, "--out", _folder.File("aot")]);

        var (exit, output) = ReleaseBinary.Run(released, Patience);
        var (jitExit, jitOutput) = CommandRun.Run([.. command, "--out", _folder.File("jit")]);

        TestContext.Current.TestOutputHelper?.WriteLine(ReleaseBinary.Hidden.Value
            ? $"Ran with {ReleaseBinary.DotnetRoot} hidden (mount namespace), no dotnet on PATH, no DOTNET_ROOT."
            : $"Ran with no dotnet on PATH and no DOTNET_ROOT; {ReleaseBinary.DotnetRoot} could not be hidden here (no mount namespace).");
        Assert.True(exit == CliApp.Ok, output);
        Assert.True(jitExit == CliApp.Ok, jitOutput);
        AssertSameFiles(_folder.File("jit"), _folder.File("aot"), parts);
    }

    /// <summary>Starts the program, reads the address it prints after <paramref name="announcement"/>, and fetches the page and the bundle from it.</summary>
    private static async Task AssertServesTheSite(ProcessStartInfo start, string announcement)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var process = Process.Start(start)!;
        var printed = new List<string>();
        try
        {
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            waiting.CancelAfter(TimeSpan.FromSeconds(30));
            string? address = null;
            while (address is null && await process.StandardOutput.ReadLineAsync(waiting.Token) is { } line)
            {
                printed.Add(line);
                var at = line.IndexOf(announcement, StringComparison.Ordinal);
                if (at >= 0)
                    address = line[(at + announcement.Length)..].Split(' ')[0].Trim();
            }
            Assert.True(address is not null, "no address printed:\n" + string.Join('\n', printed));

            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
            using var page = await FirstAnswer(client, cancel);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
            foreach (var file in BundleFiles())
                Assert.Equal(File.ReadAllBytes(Path.Combine(ReleaseBinary.Bundle, file)), await client.GetByteArrayAsync(file, cancel));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(cancel);
        }
    }

    /// <summary>'serve' prints its address just before it starts listening: ask until it answers (30 s at most).</summary>
    private static async Task<HttpResponseMessage> FirstAnswer(HttpClient client, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await client.GetAsync("", cancel);
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100, cancel);
            }
        }
    }

    /// <summary>The runtime's WebAssembly: what proves the bundle is inside the binary (the worker is served under its content-hashed name).</summary>
    private static IEnumerable<string> BundleFiles()
    {
        var framework = Path.Combine(ReleaseBinary.Bundle, "_framework");
        var wasm = Directory.EnumerateFiles(framework, "dotnet.native*.wasm").Single();
        yield return "_framework/" + Path.GetFileName(wasm);
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The same file names in both folders, and each file made of the same <paramref name="parts"/>.</summary>
    private static void AssertSameFiles(string expectedFolder, string actualFolder, Func<string, SortedDictionary<string, byte[]>> parts)
    {
        string[] Names(string folder) => Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        var names = Names(expectedFolder);
        Assert.NotEmpty(names);
        Assert.Equal(names, Names(actualFolder));
        foreach (var name in names)
        {
            var expected = parts(Path.Combine(expectedFolder, name));
            var actual = parts(Path.Combine(actualFolder, name));
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var (part, bytes) in expected)
                Assert.True(bytes.AsSpan().SequenceEqual(actual[part]), $"{name}{(part.Length > 0 ? $" ({part})" : "")}: the release wrote other bytes than the JIT build");
        }
    }

    /// <summary>The whole file as one part.</summary>
    private static SortedDictionary<string, byte[]> Whole(string path) => new(StringComparer.Ordinal) { [""] = File.ReadAllBytes(path) };
}
