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

    /// <summary>
    /// A double-click on Linux: the real program on a terminal (util-linux's <c>script</c> gives it one), with an
    /// xdg-open that talks English on both streams, as the real one and the browser it starts often do. The window
    /// shows the program's Dutch lines only; the opener did run.
    /// </summary>
    [Fact]
    public async Task A_double_click_shows_the_programs_dutch_lines_not_the_browser_openers_english()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/usr/bin/script"), "needs Linux and util-linux's script for a terminal");
        var folder = Directory.CreateTempSubdirectory("halenbrengen-dubbelklik-");
        try
        {
            var opener = Path.Combine(folder.FullName, "xdg-open");
            File.WriteAllText(opener, "#!/bin/sh\necho 'Opening in existing browser session.'\necho 'Gtk-WARNING **: cannot open display' >&2\ntouch \"$(dirname \"$0\")/opened\"\n");
            if (OperatingSystem.IsLinux())
                File.SetUnixFileMode(opener, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var bundle = Directory.CreateDirectory(Path.Combine(folder.FullName, "bundle")).FullName;
            File.WriteAllText(Path.Combine(bundle, "worker.js"), "// stand-in");
            var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/script")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-qfec", $"dotnet '{Path.Combine(AppContext.BaseDirectory, "halenbrengen.dll")}'", "/dev/null" })
                start.ArgumentList.Add(arg);
            start.Environment.Remove("CI");
            start.Environment["PATH"] = folder.FullName + Path.PathSeparator + start.Environment["PATH"];
            start.Environment["HALENBRENGEN_BUNDLE"] = bundle;
            using var process = System.Diagnostics.Process.Start(start)!;
            var printed = new System.Text.StringBuilder();
            process.OutputDataReceived += (_, e) => { lock (printed) printed.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { lock (printed) printed.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var said = Words.Nl.Reports;
            string Printed() { lock (printed) return printed.ToString(); }
            var opened = Path.Combine(folder.FullName, "opened");
            for (var waited = 0; waited < 600 && !(File.Exists(opened) && Printed().Contains(said.HowToStop, StringComparison.Ordinal)); waited++)
                await Task.Delay(100, TestContext.Current.CancellationToken);
            // The opener runs apart from the program: give its words time to arrive before the window is closed.
            await Task.Delay(500, TestContext.Current.CancellationToken);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            var all = Printed();

            Assert.True(File.Exists(opened), "the browser opener was never started: " + all);
            Assert.Contains(said.BrowserOpens, all, StringComparison.Ordinal);
            Assert.DoesNotContain("Opening in existing", all, StringComparison.Ordinal);
            Assert.DoesNotContain("Gtk-WARNING", all, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
