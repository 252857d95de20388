using System.Diagnostics;
using System.Text;
using HalenBrengen.App;
using HalenBrengen.Excel.Templates;
using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Cli.Tests.CommandRun;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// When generate cannot write, it names the real cause (not always PowerPoint), and the names it writes
/// fit every file system: at most 255 bytes, the temporary name included, and each one different.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _example = Repository.PathOf("templates", "voorbeeld");

    public void Dispose() => _folder.Dispose();

    /// <summary>Generates the example into <paramref name="target"/>: the exit code and what it printed; the example is unchanged.</summary>
    private (int Exit, string Output) Generate(string target)
    {
        var before = Damage.Fingerprint(_example);
        var result = Run("generate", _example, "--out", target);
        Assert.Equal(before, Damage.Fingerprint(_example));
        Assert.DoesNotContain("Exception", result.Output, StringComparison.Ordinal);
        return result;
    }

    [Fact]
    public void An_out_that_is_a_file_is_named_as_a_file_and_left_alone()
    {
        var file = _folder.File("uitvoer");
        File.WriteAllText(file, "aantekeningen");
        var before = Damage.Fingerprint(_folder.Path);

        var (exit, output) = Generate(file);

        Assert.Equal(CliApp.Blocked, exit);
        Assert.Contains($"NIET geschreven: '{file}' is een bestand, geen map.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PowerPoint", output, StringComparison.Ordinal);
        Assert.Equal(before, Damage.Fingerprint(_folder.Path));
    }

    /// <summary>The blank forms and the example are written by the same writer as generate's files, with its reasons.</summary>
    [Theory]
    [InlineData("templates")]
    [InlineData("voorbeeld")]
    public void Templates_and_voorbeeld_name_an_out_that_is_a_file_and_a_folder_where_a_workbook_goes(string command)
    {
        var file = _folder.File("uitvoer-" + command);
        File.WriteAllText(file, "aantekeningen");
        var folder = _folder.File("map-" + command);
        var blocked = Path.Combine(folder, "krachtenveld.xlsx");
        Directory.CreateDirectory(blocked);

        var (exit, output) = Run(command, "--out", file);
        var (partly, partlyOutput) = Run(command, "--out", folder);

        Assert.Equal(CliApp.Blocked, exit);
        Assert.Contains($"NIET geschreven: '{file}' is een bestand, geen map.", output, StringComparison.Ordinal);
        Assert.Equal("aantekeningen", File.ReadAllText(file));
        Assert.Equal(CliApp.Blocked, partly);
        Assert.Contains($"NIET geschreven: {blocked}: kon niet worden geschreven: op die plaats staat een map met dezelfde naam", partlyOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Volgende stap", partlyOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Probeer het nu", partlyOutput, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, ".*"));
    }

    [Fact]
    public void An_out_under_a_file_names_that_file()
    {
        var file = _folder.File("notities.txt");
        File.WriteAllText(file, "aantekeningen");
        var before = Damage.Fingerprint(_folder.Path);

        var (exit, output) = Generate(Path.Combine(file, "decks"));

        Assert.Equal(CliApp.Blocked, exit);
        Assert.Contains($"want '{file}' is een bestand en geen map", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PowerPoint", output, StringComparison.Ordinal);
        Assert.Equal(before, Damage.Fingerprint(_folder.Path));
    }

    [Fact]
    public void An_out_that_may_not_be_written_says_so()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Folder permissions are POSIX modes here.");
        var locked = Directory.CreateDirectory(_folder.File("alleen-lezen")).FullName;
        var target = Path.Combine(locked, "decks");
        string output;
        if (Environment.UserName == "root")
        {
            // Root may write anywhere: run the program as 'nobody', for whom this root-owned folder is read-only.
            Mode(_folder.Path, 0b111_101_101);
            var before = Damage.Fingerprint(_example);
            output = RunAsNobody("generate", _example, "--out", target);
            Assert.Equal(before, Damage.Fingerprint(_example));
        }
        else
        {
            Mode(locked, 0b101_101_101);
            output = Generate(target).Output;
            Mode(locked, 0b111_101_101);
        }

        Assert.Contains($"u mag niet schrijven in de map '{locked}'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PowerPoint", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(locked));
    }

    [Fact]
    public void A_folder_too_deep_for_the_file_system_says_the_name_is_too_long()
    {
        // Linux allows 4,096 bytes a path: twenty folders of 240 characters are more.
        var deep = Path.Combine([_folder.Path, .. Enumerable.Repeat(new string('m', 240), 20)]);

        var (exit, output) = Generate(deep);

        Assert.Equal(CliApp.Blocked, exit);
        Assert.Contains("te lang", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PowerPoint", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_coalition_name_of_80_euro_signs_gives_every_file_a_name_within_255_bytes_each_one_different()
    {
        var input = Directory.CreateDirectory(_folder.File("in")).FullName;
        var euros = new string('€', 80);
        var partners = new[] { new string('€', 78) + " A", new string('€', 78) + " B", string.Concat(Enumerable.Repeat("👩‍👩‍👧", 40)) };
        KrachtenveldTemplate.Build(new KrachtenveldInvulling(NaamSamenwerking: euros,
            Krachtenveld: partners.Select(p => new KrachtenveldRegel(p, Invloed: "Groot")).ToList())).SaveAs(Path.Combine(input, "krachtenveld.xlsx"));
        for (var i = 0; i < partners.Length; i++)
        {
            BelangenkaartTemplate.Build(new BelangenkaartInvulling(partners[i], Halen: [new HalenRegel("Kennis over schulden")],
                Brengen: [new BrengenRegel("Een vergaderruimte")])).SaveAs(Path.Combine(input, $"kaart{i}.xlsx"));
        }
        var before = Damage.Fingerprint(input);
        var target = _folder.File("uit");

        var report = UseCases.Generate(new GenerateRequest([input], target));

        Assert.Equal(before, Damage.Fingerprint(input));
        Assert.True(report.Succeeded, string.Join("\n", report.Outputs.Select(o => $"{o.Path}: {o.Problem}")));
        Assert.Equal(8, report.Outputs.Count); // deck, briefing, map, three partner posters, work sheet, afsprakenlijst
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach (var output in report.Outputs)
        {
            var name = Path.GetFileName(output.Path);
            Assert.True(strict.GetByteCount(name) <= 255, $"{strict.GetByteCount(name)} bytes: {name}"); // and no half emoji
            Assert.StartsWith(new string('€', 30), name, StringComparison.Ordinal);
            Assert.True(File.Exists(output.Path));
        }
        Assert.Equal(report.Outputs.Count, report.Outputs.Select(o => o.Path).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(report.Outputs.Count, Directory.GetFiles(target).Length); // no temporary file left behind
    }

    [Fact]
    public void Names_are_shortened_between_characters_and_made_unique()
    {
        var names = new FileNames.Unique(new string('€', 80));
        var first = names.Next("poster " + new string('é', 120) + " A");
        var second = names.Next("poster " + new string('é', 120) + " B");
        var emoji = names.Next("poster " + string.Concat(Enumerable.Repeat("👩‍👩‍👧", 40)));

        foreach (var name in new[] { first, second, emoji })
            Assert.InRange(FileNames.Bytes(name), 1, FileNames.MaxNameBytes);
        Assert.NotEqual(first, second);
        Assert.EndsWith(" (2).pptx", second, StringComparison.Ordinal);
        Assert.DoesNotContain("\u200D", emoji.Replace("👩‍👩‍👧", string.Empty), StringComparison.Ordinal); // whole families only
        Assert.Equal("Kort - sessie.pptx", new FileNames.Unique("Kort").Next("sessie"));
    }

    private static void Mode(string path, int mode)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, (UnixFileMode)mode);
    }

    private static string RunAsNobody(params string[] args)
    {
        var start = new ProcessStartInfo("setpriv") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Path.Combine(AppContext.BaseDirectory, "halenbrengen.dll") }.Concat(args))
            start.ArgumentList.Add(argument);
        start.Environment["HOME"] = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(CliApp.Blocked, process.ExitCode);
        return output;
    }
}
