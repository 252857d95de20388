using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Cli.Tests.CommandRun;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// The command line used wrongly, or asked for help, answers in Dutch (English on request), and each
/// command that writes says what it wrote and what comes next.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void AssertDutch(string output)
    {
        foreach (var english in EnglishNoise)
            Assert.DoesNotContain(english, output, StringComparison.Ordinal);
    }

    public static TheoryData<string[], string> WrongUses => new()
    {
        { [], "Geef een opdracht: templates, voorbeeld, check, generate, serve of site." },
        { ["check"], "Geef na 'halenbrengen check' de werkmappen (.xlsx) of de map waarin ze staan" },
        { ["generate", "--out", "x"], "Geef na 'halenbrengen generate' de werkmappen" },
        { ["chek", "formulieren"], "'chek' is geen opdracht van halenbrengen. Bedoelde u 'check'?" },
        { ["genereer", "formulieren"], "'genereer' is geen opdracht van halenbrengen. Bedoelde u 'generate'?" },
        { ["check", "formulieren", "--stirct"], "'--stirct' hoort niet bij 'halenbrengen check'. Bedoelde u '--strict'?" },
        { ["generate", "formulieren", "--lang", "fr"], "'fr' kan niet bij --lang: kies nl of en." },
        { ["generate", "formulieren", "--out"], "Na --out hoort een waarde" },
        { ["serve", "--port", "abc"], "'abc' kan niet bij --port" },
        { ["templates", "extra"], "'extra' hoort niet bij 'halenbrengen templates'." },
    };

    [Theory]
    [MemberData(nameof(WrongUses))]
    public void Wrong_use_is_answered_in_Dutch_with_what_to_do(string[] args, string expected)
    {
        var (exit, output) = Run(args);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        AssertDutch(output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("templates", "--help")]
    [InlineData("voorbeeld", "--help")]
    [InlineData("check", "--help")]
    [InlineData("generate", "-h")]
    [InlineData("serve", "--help")]
    public void Help_is_in_Dutch(params string[] args)
    {
        var (exit, output) = Run(args);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("Gebruik:", output, StringComparison.Ordinal);
        Assert.Contains("Toont deze hulp.", output, StringComparison.Ordinal);
        AssertDutch(output);
    }

    [Fact]
    public void The_help_of_generate_names_the_deck_the_briefing_and_the_posters_and_its_defaults_in_Dutch()
    {
        var (_, output) = Run("generate", "--help");

        Assert.Contains("sessiepresentatie voor de zaal", output, StringComparison.Ordinal);
        Assert.Contains("voorbereiding voor de begeleider", output, StringComparison.Ordinal);
        Assert.Contains("A0-posters", output, StringComparison.Ordinal);
        Assert.Contains("halenbrengen generate <paden>... [opties]", output, StringComparison.Ordinal);
        Assert.Contains("--out <map>", output, StringComparison.Ordinal);
        Assert.Contains("(standaard: uitvoer)", output, StringComparison.Ordinal);
        Assert.Contains("--lang <nl|en>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void English_with_lang_en_or_the_environment_variable()
    {
        var (_, help) = Run("generate", "--lang", "EN", "--help");
        var (exit, error) = RunWith(name => name == "HALENBRENGEN_LANG" ? "en" : null);
        var (_, missing) = Run("check", "--lang=en");

        Assert.Contains("Usage:", help, StringComparison.Ordinal);
        Assert.Contains("the facilitator's briefing", help, StringComparison.Ordinal);
        Assert.Contains("(default: nl)", help, StringComparison.Ordinal);
        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("Give a command: templates, voorbeeld, check, generate, serve or site.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Geef", error, StringComparison.Ordinal);
        Assert.Contains("'--lang=en' does not belong with 'halenbrengen check'", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void Lang_is_read_in_any_case_and_the_environment_sets_its_default()
    {
        var example = Repository.PathOf("templates", "voorbeeld");
        var before = Damage.Fingerprint(example);
        var upper = _folder.File("EN");
        var fromEnvironment = _folder.File("env");

        var (exit, output) = Run("generate", example, "--lang", "EN", "--out", upper);
        var (environmentExit, _) = RunWith(name => name == "HALENBRENGEN_LANG" ? "en-GB" : null, "generate", example, "--out", fromEnvironment);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal(CliApp.Ok, environmentExit);
        AssertDutch(output);
        Assert.True(File.Exists(Path.Combine(upper, "Wijkalliantie De Hoge Akkers - session.pptx")));
        Assert.True(File.Exists(Path.Combine(fromEnvironment, "Wijkalliantie De Hoge Akkers - session.pptx")));
        Assert.Equal(before, Damage.Fingerprint(example));
    }

    [Fact]
    public void Templates_and_voorbeeld_say_what_to_do_next()
    {
        var forms = Path.Combine(_folder.Path, "formulieren");
        var example = Path.Combine(_folder.Path, "mijn voorbeeld");

        var (_, templates) = Run("templates", "--out", forms);
        var (_, voorbeeld) = Run("voorbeeld", "--out", example);

        Assert.Contains("Volgende stap:", templates, StringComparison.Ordinal);
        Assert.Contains("krachtenveld.xlsx", templates.Split("Volgende stap:")[1], StringComparison.Ordinal);
        Assert.Contains("halenbrengen check", templates.Split("Volgende stap:")[1], StringComparison.Ordinal);
        Assert.Contains($"halenbrengen check \"{example}\"", voorbeeld, StringComparison.Ordinal);
        Assert.Contains($"halenbrengen generate \"{example}\"", voorbeeld, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ends_with_the_number_of_files_and_the_folder()
    {
        var example = Repository.PathOf("templates", "voorbeeld");
        var before = Damage.Fingerprint(example);
        var target = _folder.File("uit");

        var (exit, output) = Run("generate", example, "--out", target);

        Assert.Equal(CliApp.Ok, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal($"Klaar: 12 bestanden geschreven in {target}", lines[^1]);
        Assert.Equal(12, lines.Count(l => l.StartsWith("geschreven: ", StringComparison.Ordinal)));
        Assert.Equal(before, Damage.Fingerprint(example));
    }
}
