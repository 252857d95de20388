using HalenBrengen.Excel.Templates;
using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Cli.Tests.CommandRun;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// <c>check</c> on a folder that holds more than good workbooks: it never says "Klaar" while a partner's
/// file was not read, never crashes or waits, and changes nothing.
/// </summary>
public sealed class FileSystemCheckTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public FileSystemCheckTests() =>
        BelangenkaartTemplate.Build(new BelangenkaartInvulling("Gemeente Dommelstede", Halen: [new HalenRegel("Signalen uit de wijk")]))
            .SaveAs(_folder.File("gemeente.xlsx"));

    public void Dispose() => _folder.Dispose();

    private (int Exit, string Output) Check(params string[] paths)
    {
        var before = Damage.Fingerprint(_folder.Path);
        var result = Run(["check", .. paths]);
        Assert.Equal(before, Damage.Fingerprint(_folder.Path));
        Assert.DoesNotContain("Exception", result.Output, StringComparison.Ordinal);
        Assert.Contains("Gemeente Dommelstede", result.Output, StringComparison.Ordinal); // the rest is read
        return result;
    }

    [Theory]
    [InlineData("school.ods")]
    [InlineData("school.xls")]
    [InlineData("school.csv")]
    public void A_form_in_another_spreadsheet_format_blocks_check(string name)
    {
        File.WriteAllBytes(_folder.File(name), name.EndsWith(".ods", StringComparison.Ordinal) ? OtherFormats.OpenDocument()
            : name.EndsWith(".xls", StringComparison.Ordinal) ? Damage.OldXls() : OtherFormats.Csv());

        var (exit, output) = Check(_folder.Path);

        Assert.Equal(CliApp.Blocked, exit);
        Assert.Contains($"FOUT         {_folder.File(name)}: dit is ", output, StringComparison.Ordinal);
        Assert.Contains("(*.xlsx)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Klaar", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".school.xlsx")]
    [InlineData("school.xlsx.bak")]
    public void A_partners_form_under_a_name_that_is_not_read_blocks_check(string name)
    {
        var form = Path.Combine(Path.GetTempPath(), $"hb-{Guid.NewGuid():N}.xlsx");
        BelangenkaartTemplate.Build(new BelangenkaartInvulling("Basisschool De Klimop", Halen: [new HalenRegel("Ouders die meedoen")])).SaveAs(form);
        File.Move(form, _folder.File(name));

        var (exit, output) = Check(_folder.Path);

        Assert.Equal(CliApp.Blocked, exit);
        Assert.Contains($"FOUT         {_folder.File(name)}: dit is een belangenkaart", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Klaar", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_nothing_is_an_error_for_that_file_not_a_crash()
    {
        var link = _folder.File("school.xlsx");
        File.CreateSymbolicLink(link, _folder.File("verhuisd.xlsx"));

        foreach (var (exit, output) in new[] { Check(_folder.Path), Check(link, _folder.File("gemeente.xlsx")) })
        {
            Assert.Equal(CliApp.Blocked, exit);
            Assert.Contains($"FOUT         {link}: dit is een koppeling", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_named_pipe_does_not_make_check_wait()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows has no named pipes in its file system.");
        var pipe = _folder.File("kaart.xlsx");
        OtherFormats.NamedPipe(pipe);

        var cancel = TestContext.Current.CancellationToken;
        var checking = Task.Run(() => Check(_folder.Path), cancel);
        if (await Task.WhenAny(checking, Task.Delay(TimeSpan.FromSeconds(30), cancel)) != checking)
        {
            OtherFormats.ReleasePipe(pipe);
            Assert.Fail("check waited on the named pipe");
        }
        var (exit, output) = await checking;

        Assert.Equal(CliApp.Blocked, exit);
        Assert.Contains($"FOUT         {pipe}: dit is geen gewoon bestand", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subfolder_with_workbooks_is_named()
    {
        var received = Directory.CreateDirectory(_folder.File("ontvangen")).FullName;
        BelangenkaartTemplate.Build(new BelangenkaartInvulling("Kindcentrum De Boomgaard")).SaveAs(Path.Combine(received, "school.xlsx"));

        var (exit, output) = Check(_folder.Path);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains($"opmerking    {received}: de submap 'ontvangen' is niet gelezen, terwijl er een werkmap in staat", output, StringComparison.Ordinal);
    }
}
