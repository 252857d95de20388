using System.Diagnostics;
using System.Text;
using HalenBrengen.Excel.Tests.Support;

namespace HalenBrengen.Cli.Tests;

/// <summary>The commands as a facilitator runs them: output in Dutch, exit codes, no stack traces.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString() + error);
    }

    private static void AssertNoTechnicalNoise(string output)
    {
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_on_the_example_prints_the_coalition_and_every_partner_and_exits_0()
    {
        var (exit, output) = Run("check", Repository.PathOf("templates", "voorbeeld"));

        Assert.Equal(0, exit);
        Assert.Contains("Samenwerking: Wijkalliantie De Hoge Akkers", output);
        foreach (var partner in new[] { "Gemeente Dommelstede", "Woonstichting Dommelthuis", "Kindcentrum De Boomgaard",
                     "Zorggroep Dommelvallei", "Bewonersvereniging Hoge Akkers", "Stichting Welzijn Dommelstede", "Schuldhulpmaatje Dommelstede" })
            Assert.Contains(partner, output);
        Assert.Contains("Partners (7)", output);
        Assert.Contains("Krachtenveld: 7 rijen, 10 interventies, 5 activiteiten.", output);
        Assert.Contains("Klaar", output);
        AssertNoTechnicalNoise(output);
    }

    [Theory]
    [InlineData("kapot.xlsx", "beschadigd")]
    [InlineData("tekst.xlsx", "CSV")]
    [InlineData("leeg.xlsx", "leeg")]
    public void Check_on_a_bad_file_names_it_and_exits_1(string name, string expected)
    {
        var path = _folder.File(name);
        File.WriteAllBytes(path, name switch
        {
            "kapot.xlsx" => "PK\u0003\u0004garbage that is no zip"u8.ToArray(),
            "tekst.xlsx" => Encoding.UTF8.GetBytes("Partij;Wat\nGemeente;Geld\n"),
            _ => [],
        });

        var (exit, output) = Run("check", path);

        Assert.Equal(1, exit);
        Assert.Contains($"FOUT         {path}: ", output);
        Assert.Contains(expected, output);
        Assert.Contains("Nog niet klaar", output);
        AssertNoTechnicalNoise(output);
    }

    [Fact]
    public void A_warning_lets_check_pass_unless_strict()
    {
        // Two belangenkaarten and the krachtenveld: five partners in the krachtenveld have no card yet.
        foreach (var file in Directory.GetFiles(Repository.PathOf("templates", "voorbeeld"), "0*.xlsx").Order(StringComparer.Ordinal).Take(2)
                     .Append(Repository.PathOf("templates", "voorbeeld", "krachtenveld.xlsx")))
            File.Copy(file, _folder.File(Path.GetFileName(file)));

        var (exit, output) = Run("check", _folder.Path);
        var (strictExit, strictOutput) = Run("check", _folder.Path, "--strict");

        Assert.Equal(0, exit);
        Assert.Contains("Klaar", output);
        Assert.Contains("5 waarschuwingen", output);
        Assert.Equal(1, strictExit);
        Assert.Contains("--strict", strictOutput);
    }

    [Fact]
    public void Check_on_a_missing_path_says_it_does_not_exist()
    {
        var (exit, output) = Run("check", _folder.File("nergens"));

        // A usage error (README: exit 2), said before anything is read: no empty summary.
        Assert.Equal(2, exit);
        Assert.Contains("bestaat niet", output);
        Assert.DoesNotContain("Partners (", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_writes_both_forms_into_the_given_folder()
    {
        var target = Path.Combine(_folder.Path, "formulieren");

        var (exit, output) = Run("templates", "--out", target);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(target, "belangenkaart.xlsx")));
        Assert.True(File.Exists(Path.Combine(target, "krachtenveld.xlsx")));
        Assert.Equal(2, output.Split('\n').Count(l => l.StartsWith("geschreven: ", StringComparison.Ordinal)));
        Assert.Empty(Directory.GetFiles(target, "*.tmp"));
    }

    [Fact]
    public void Voorbeeld_writes_a_coalition_that_check_accepts()
    {
        var target = Path.Combine(_folder.Path, "voorbeeld");

        Assert.Equal(0, Run("voorbeeld", "--out", target).Exit);

        Assert.Equal(8, Directory.GetFiles(target, "*.xlsx").Length);
        Assert.Equal(0, Run("check", target, "--strict").Exit);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_not_a_crash()
    {
        var (exit, output) = Run("maak-alles");

        Assert.NotEqual(0, exit);
        AssertNoTechnicalNoise(output);
    }

    [Fact]
    public void The_real_program_exits_with_the_same_codes_and_prints_utf8()
    {
        var program = Path.Combine(AppContext.BaseDirectory, "halenbrengen.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in new[] { program, "check", Repository.PathOf("templates", "voorbeeld") })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("één stap", output);
    }
}
