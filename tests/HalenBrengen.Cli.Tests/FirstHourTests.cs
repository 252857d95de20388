using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Cli.Tests.CommandRun;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// A facilitator's first hour (issue 21): every line the program prints is true, every exit code the README's,
/// and no command prints a .NET trace: a busy port, a path or option value that cannot be, a generate that is blocked.
/// </summary>
public sealed class FirstHourTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void AssertNoTrace(string output)
    {
        foreach (var english in EnglishNoise.Append("System.").Append("Microsoft."))
            Assert.DoesNotContain(english, output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The README's main command builds the project on its first run, quietly ('dotnet run' shows no build messages):
    /// the project says so itself, in one Dutch line on the terminal, and only when the program is not built yet.
    /// Its target run alone on a terminal (util-linux's script gives one), with the program missing and present.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_first_build_says_so_in_one_dutch_line_on_the_terminal_and_a_later_one_says_nothing(bool built)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/usr/bin/script"), "needs Linux and util-linux's script for a terminal");
        var program = _folder.File("halenbrengen.dll");
        if (built)
            File.WriteAllText(program, "");
        var project = Repository.PathOf("src", "HalenBrengen.Cli", "HalenBrengen.Cli.csproj");
        var start = new ProcessStartInfo("/usr/bin/script") { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-qfec", $"dotnet msbuild '{project}' -t:AnnounceFirstBuild '-p:TargetPath={program}' -v:q -nologo", "/dev/null" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        // What the terminal shows, without script's own control sequences.
        var lines = System.Text.RegularExpressions.Regex.Replace(output, @"\x1b\[[0-9;?]*[a-zA-Z]|\x1b[=>]", "").Split('\n')
            .Select(l => l.Trim('\r', ' ')).Where(l => l.Length > 0).ToList();

        Assert.Equal(0, process.ExitCode);
        if (built)
            Assert.Empty(lines);
        else
            Assert.Equal(["HalenBrengen wordt voor het eerst gebouwd; dat duurt ongeveer een minuut, daarna start het binnen enkele seconden."], lines);
    }

    public static TheoryData<string[], string> Impossible => new()
    {
        { ["check", "nietbestaand"], "'nietbestaand' bestaat niet: geef een werkmap (.xlsx) of een map die er wel is." },
        { ["generate", "nietbestaand"], "'nietbestaand' bestaat niet" },
        { ["generate", "templates/voorbeeld", "--vorige", "weg"], "'weg' bestaat niet" },
        { ["generate", "templates/voorbeeld", "--out", ""], "'' kan niet bij --out: kies een map, zoals uitvoer." },
        { ["generate", "templates/voorbeeld", "--out", "  "], "kan niet bij --out" },
        { ["serve", "--port", "70000"], "'70000' kan niet bij --port: kies een getal van 1 tot en met 65535" },
        { ["serve", "--port", "-1"], "kan niet bij --port" },
        { ["serve", "--port", "0"], "'0' kan niet bij --port" },
    };

    [Theory]
    [MemberData(nameof(Impossible))]
    public void A_path_or_value_that_cannot_be_is_a_usage_error_with_one_dutch_line_and_no_summary(string[] args, string expected)
    {
        var (exit, output) = Run([.. args.Select(a => a == "templates/voorbeeld" ? Repository.PathOf("templates", "voorbeeld") : a)]);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Partners (", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Krachtenveld:", output, StringComparison.Ordinal);
        AssertNoTrace(output);
    }

    [Fact]
    public void A_blocked_generate_says_that_nothing_was_written()
    {
        var empty = Directory.CreateDirectory(_folder.File("leeg")).FullName;
        var target = _folder.File("uit");

        var (exit, output) = Run("generate", empty, "--out", target);

        Assert.Equal(CliApp.Blocked, exit);
        Assert.EndsWith(Words.Nl.Reports.NothingWritten, output.TrimEnd(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any());
        AssertNoTrace(output);
    }

    /// <summary>
    /// <c>serve</c> and <c>serve --port N</c> while another program holds the port: one Dutch line naming the port and
    /// what to do, exit 1, and nothing that claims to run. The real program, with a stand-in generator bundle.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_busy_port_is_one_dutch_line_and_exit_1(bool named)
    {
        using var holder = Hold(named ? 0 : 5170, out var port);
        var bundle = Directory.CreateDirectory(_folder.File("bundle")).FullName;
        File.WriteAllText(Path.Combine(bundle, "worker.js"), "// stand-in");
        string[] args = named ? ["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)] : ["serve"];
        var (exit, all) = await RunProgram(args, environment =>
        {
            environment["HALENBRENGEN_BUNDLE"] = bundle;
            environment.Remove("HALENBRENGEN_DEBUG");
        }, TimeSpan.FromMinutes(1));

        Assert.True(exit == CliApp.Blocked, all);
        Assert.Equal(Words.Nl.Reports.PortBusy.Fill(port, port + 1), all.Trim());
        Assert.DoesNotContain("draait op", all, StringComparison.Ordinal);
        AssertNoTrace(all);
    }

    /// <summary>
    /// A house style that is not a file to read: each is said by its true cause before a byte is read, exit 1,
    /// nothing written, no hang (a pipe would be waited on for ever) and no trace.
    /// </summary>
    [Theory]
    [InlineData("groot", "groter dan 50 MB")]
    [InlineData("pijp", "is geen gewoon bestand")]
    [InlineData("koppeling", "is een snelkoppeling naar iets dat er niet (meer) is")]
    [InlineData("wachtwoord", "is met een wachtwoord beveiligd")]
    [InlineData("map", "is geen gewoon bestand")]
    public async Task A_house_style_that_cannot_be_read_is_said_by_its_cause_in_bounded_memory_and_time(string kind, string expected)
    {
        var style = _folder.File("huisstijl.potx");
        switch (kind)
        {
            case "groot":
                // A gigabyte that takes no room on disk: the check must come before the reading.
                using (var file = File.Create(style))
                    file.SetLength(1L << 30);
                break;
            case "pijp":
                using (var mkfifo = Process.Start("mkfifo", [style]))
                    mkfifo.WaitForExit();
                break;
            case "koppeling":
                File.CreateSymbolicLink(style, _folder.File("weg.potx"));
                break;
            case "wachtwoord":
                File.WriteAllBytes(style, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);
                break;
            case "map":
                Directory.CreateDirectory(style);
                break;
        }
        var target = _folder.File("uit");
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var run = Task.Run(() => Run("generate", Repository.PathOf("templates", "voorbeeld"), "--out", target, "--huisstijl", style), TestContext.Current.CancellationToken);

        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)) == run, $"{kind}: still waiting after 30 s");
        var (exit, output) = await run;
        Assert.Equal(CliApp.Blocked, exit);
        Assert.Contains($"huisstijl.potx: {expected}", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any());
        // Measured in this process: the run allocates far less than the file claims to hold.
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - allocated < 200L * 1024 * 1024, $"{kind}: allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024 / 1024} MB");
        AssertNoTrace(output);
    }

    /// <summary>
    /// A partner's name and three of its wants of 32,767 characters (Excel's most in a cell): generate stays quick and
    /// its decks short; each text is shown shortened and gets a waarschuwing naming its cell; the workbook keeps it whole.
    /// </summary>
    [Fact]
    public void Texts_of_excels_most_characters_are_shortened_with_a_warning_per_cell_and_stay_quick()
    {
        var inputs = Directory.CreateDirectory(_folder.File("lang")).FullName;
        foreach (var file in Directory.GetFiles(Repository.PathOf("templates", "voorbeeld"), "*.xlsx"))
            File.Copy(file, Path.Combine(inputs, Path.GetFileName(file)));
        var card = Directory.GetFiles(inputs, "01-*.xlsx").Single();
        static string Long(string words) => string.Concat(Enumerable.Repeat(words + " ", 32_767 / (words.Length + 1) + 1))[..32_767];
        using (var workbook = new ClosedXML.Excel.XLWorkbook(card))
        {
            workbook.Worksheet("Belangenkaart").Cell("B4").Value = Long("Gemeente Dommelstede met een heel lange naam");
            for (var row = 4; row <= 6; row++)
                workbook.Worksheet("Halen").Cell(row, 1).Value = Long($"Een heel lang punt {row} met veel woorden.");
            workbook.Save();
        }
        var before = File.ReadAllBytes(card);
        var clock = Stopwatch.StartNew();

        var (exit, output) = Run("generate", inputs, "--out", _folder.File("uit"));

        clock.Stop();
        Assert.True(exit == CliApp.Ok, output);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed.TotalSeconds:0.0} s");
        foreach (var cell in new[] { "Belangenkaart › B4", "Halen › A4", "Halen › A5", "Halen › A6" })
            Assert.Contains($"{Path.GetFileName(card)} › {cell}: deze tekst is 32.767 tekens lang", output, StringComparison.Ordinal);
        // No line of the run repeats a text whole.
        Assert.All(output.Split('\n'), line => Assert.True(line.Length < 1_000, $"a line of {line.Length} characters"));
        Assert.Equal(before, File.ReadAllBytes(card));
        var deck = Directory.GetFiles(_folder.File("uit"), "* - sessie.pptx").Single();
        using var package = System.IO.Compression.ZipFile.OpenRead(deck);
        Assert.InRange(package.Entries.Count(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)), 10, 80);
    }

    [Fact]
    public void An_out_folder_that_is_a_link_to_nothing_is_said_as_such()
    {
        var link = _folder.File("uit");
        File.CreateSymbolicLink(link, _folder.File("weg/daar"));

        var (exit, output) = Run("generate", Repository.PathOf("templates", "voorbeeld"), "--out", link);

        Assert.Equal(CliApp.Blocked, exit);
        Assert.Contains($"'{link}' is een snelkoppeling naar '{_folder.File("weg/daar")}', en dat is er niet (meer).", output, StringComparison.Ordinal);
        Assert.DoesNotContain("is een bestand", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_names_a_partner_s_relation_by_its_4d_level_not_a_bare_number()
    {
        var (_, output) = Run("check", Repository.PathOf("templates", "voorbeeld"));

        Assert.Contains("krachtenveld: invloed Groot, relatie (4D) 2 Eigenbelang", output, StringComparison.Ordinal);
        Assert.DoesNotContain("houding", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_earlier_round_of_another_coalition_gets_a_warning_naming_the_partners_that_differ()
    {
        var now = HalenBrengen.Excel.Reading.WorkbookReader.Read([Repository.PathOf("templates", "voorbeeld")]).Coalition;
        var renamed = now with { Samenwerking = now.Samenwerking with { Naam = new Core.Model.Sourced<string>("Buurtnetwerk Oost", now.Samenwerking.Naam!.Source) } };
        var fewer = now with { Partners = [.. now.Partners.Take(2), new Core.Model.Partner("Sportclub Oost", null, null)] };

        Assert.Null(App.PreviousRound.OtherCoalition(now, now));
        // A round in which a partner left and one came is a normal next round: nothing to say.
        Assert.Null(App.PreviousRound.OtherCoalition(now with { Partners = [.. now.Partners.Skip(1), new Core.Model.Partner("Bibliotheek", null, null)] }, now));
        Assert.Equal("Let op: de vorige ronde lijkt van een andere samenwerking (toen 'Buurtnetwerk Oost', nu 'Wijkalliantie De Hoge Akkers'). "
            + "Alleen toen: —. Alleen nu: —. Klopt de map bij --vorige?", App.PreviousRound.OtherCoalition(renamed, now));
        var warning = App.PreviousRound.OtherCoalition(fewer, renamed);
        Assert.Contains("toen 'Wijkalliantie De Hoge Akkers', nu 'Buurtnetwerk Oost'", warning, StringComparison.Ordinal);
        Assert.Contains("Alleen toen: Sportclub Oost.", warning, StringComparison.Ordinal);
        Assert.Contains($"Alleen nu: {now.Partners[2].Naam}, {now.Partners[3].Naam}", warning, StringComparison.Ordinal);
        // The same name, but fewer than half of the partners of then at the table now.
        var others = now with { Partners = [now.Partners[0], new Core.Model.Partner("Sportclub Oost", null, null), new Core.Model.Partner("Kerk", null, null)] };
        Assert.Contains("(maar 1 van de 3 partijen van toen zitten nu aan tafel). Alleen toen: Sportclub Oost, Kerk.", App.PreviousRound.OtherCoalition(others, now) ?? "", StringComparison.Ordinal);
    }

    /// <summary>A listener on the loopback address, holding <paramref name="wanted"/> (0: any free port), or nothing when another program holds it already.</summary>
    private static TcpListener? Hold(int wanted, out int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, wanted);
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
            return listener;
        }
        catch (SocketException) when (wanted != 0)
        {
            // Held by another program already: busy all the same.
            port = wanted;
            return null;
        }
    }
}
