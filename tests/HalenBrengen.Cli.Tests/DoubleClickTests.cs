namespace HalenBrengen.Cli.Tests;

/// <summary>
/// Started with no arguments from a double-click (input and output on a terminal), the program serves the
/// page and opens the browser; everyone else who gives no arguments (a script, a pipe, CI, a test) gets the
/// usage and exit code 2 at once, as before, and never waits on a server.
/// </summary>
public sealed class DoubleClickTests
{
    private static Func<string, string?> Variables(params (string Name, string Value)[] variables) =>
        name => variables.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault();

    [Fact]
    public void No_arguments_with_both_streams_on_a_terminal_and_no_CI_is_a_double_click()
    {
        Assert.True(DoubleClick.Applies([], inputIsTerminal: true, outputIsTerminal: true, Variables()));
        Assert.True(DoubleClick.Applies([], inputIsTerminal: true, outputIsTerminal: true, Variables(("CI", ""))));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void A_redirected_stream_is_a_program_asking_not_a_double_click(bool inputIsTerminal, bool outputIsTerminal) =>
        Assert.False(DoubleClick.Applies([], inputIsTerminal, outputIsTerminal, Variables()));

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public void Under_CI_there_is_never_a_double_click(string ci) =>
        Assert.False(DoubleClick.Applies([], inputIsTerminal: true, outputIsTerminal: true, Variables(("CI", ci))));

    [Theory]
    [InlineData("serve")]
    [InlineData("--help")]
    [InlineData("generate", "templates/voorbeeld")]
    public void Any_argument_is_a_command_not_a_double_click(params string[] args) =>
        Assert.False(DoubleClick.Applies(args, inputIsTerminal: true, outputIsTerminal: true, Variables()));

    [Fact]
    public async Task The_real_program_without_arguments_and_with_redirected_streams_prints_the_usage_and_exits_2()
    {
        // Not CI's variable: the streams alone must keep the server from starting.
        var (exit, printed) = await CommandRun.RunProgram([], environment => environment.Remove("CI"), TimeSpan.FromSeconds(60));
        Assert.True(exit is not null, "halenbrengen without arguments did not exit: it started the server instead of printing the usage.");

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("Geef een opdracht:", printed, StringComparison.Ordinal);
        Assert.Contains("halenbrengen <opdracht> [opties]", printed, StringComparison.Ordinal);
    }
}
