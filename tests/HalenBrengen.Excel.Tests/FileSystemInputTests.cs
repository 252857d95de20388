using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;
using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Excel.Tests.Support.Kaarten;

namespace HalenBrengen.Excel.Tests;

/// <summary>
/// What a folder or a name can hold besides a good workbook: a form saved in another format, a link to
/// nothing, a named pipe, a subfolder. Each is said, per file, and the rest is read; no input changes.
/// </summary>
public sealed class FileSystemInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Reads, and checks that no file in the folder changed.</summary>
    private InputReport ReadUnchanged(params string[] paths)
    {
        var before = Damage.Fingerprint(_folder.Path);
        var report = Read(paths);
        Assert.Equal(before, Damage.Fingerprint(_folder.Path));
        return report;
    }

    private void AGoodKaart() => Belangenkaart("Gemeente Dommelstede", "Signalen uit de wijk").SaveTo(_folder.File("gemeente.xlsx"));

    public static TheoryData<string, DiagnosticCode> OtherFormatFiles => new()
    {
        { "school.xls", DiagnosticCode.OudXlsFormaat },
        { "school.xlsb", DiagnosticCode.AnderRekenbladFormaat },
        { "school.ods", DiagnosticCode.AnderRekenbladFormaat },
        { "school.fods", DiagnosticCode.AnderRekenbladFormaat },
        { "school.numbers", DiagnosticCode.AnderRekenbladFormaat },
        { "school.csv", DiagnosticCode.AnderRekenbladFormaat },
    };

    private static byte[] Content(string name) => Path.GetExtension(name) switch
    {
        ".xls" => Damage.OldXls(),
        ".xlsb" => OtherFormats.BinaryWorkbook(),
        ".ods" => OtherFormats.OpenDocument(),
        ".fods" => OtherFormats.FlatOpenDocument(),
        ".numbers" => OtherFormats.Numbers(),
        _ => OtherFormats.Csv(),
    };

    [Theory]
    [MemberData(nameof(OtherFormatFiles))]
    public void A_form_saved_in_another_spreadsheet_format_in_a_folder_blocks_and_says_how_to_save_it_as_xlsx(string name, DiagnosticCode code)
    {
        AGoodKaart();
        File.WriteAllBytes(_folder.File(name), Content(name));

        var report = ReadUnchanged(_folder.Path);

        var error = Single(report, code);
        Assert.Equal(Severity.Fout, error.Severity);
        Assert.Equal(_folder.File(name), error.Where.File);
        Assert.Contains(".xlsx", error.Message, StringComparison.Ordinal);
        Assert.Contains("uit de map", error.Message, StringComparison.Ordinal); // it may not belong to the session
        Assert.DoesNotContain("geen Excel-werkmap", error.Message, StringComparison.Ordinal);
        Assert.False(report.CanGenerate(strict: false));
        Assert.Equal("Gemeente Dommelstede", Assert.Single(report.Coalition.Partners).Naam); // the rest is read

        // The same file given by name gets the same reason.
        Assert.Equal(Severity.Fout, Single(ReadUnchanged(_folder.File(name)), code).Severity);
    }

    [Fact]
    public void A_real_workbook_with_an_old_extension_in_a_folder_is_read_by_its_content()
    {
        AGoodKaart();
        Belangenkaart("Kindcentrum De Boomgaard", "Ouders die meedoen").SaveTo(_folder.File("school.xls"));

        var report = ReadUnchanged(_folder.Path);

        Assert.Empty(report.Diagnostics);
        Assert.Equal(["Gemeente Dommelstede", "Kindcentrum De Boomgaard"], report.Coalition.Partners.Select(p => p.Naam));
    }

    [Fact]
    public void A_skipped_file_is_not_called_a_non_workbook_but_told_what_is_read()
    {
        AGoodKaart();
        File.WriteAllText(_folder.File("notities.txt"), "bellen");

        var note = Single(ReadUnchanged(_folder.Path), DiagnosticCode.BestandOvergeslagen);

        Assert.Equal(Severity.Opmerking, note.Severity);
        Assert.DoesNotContain("geen Excel-werkmap", note.Message, StringComparison.Ordinal);
        Assert.Contains(".xlsx", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_nothing_in_a_folder_or_by_name_is_an_error_for_that_file_and_the_rest_is_read()
    {
        AGoodKaart();
        var link = _folder.File("school.xlsx");
        var target = _folder.File("verhuisd/school.xlsx");
        File.CreateSymbolicLink(link, target);

        foreach (var report in new[] { ReadUnchanged(_folder.Path), ReadUnchanged(link, _folder.File("gemeente.xlsx")) })
        {
            var error = Single(report, DiagnosticCode.PadNietGevonden);
            Assert.Equal(Severity.Fout, error.Severity);
            Assert.Equal(link, error.Where.File);
            Assert.Contains(target, error.Message, StringComparison.Ordinal);
            Assert.Equal("Gemeente Dommelstede", Assert.Single(report.Coalition.Partners).Naam);
        }
        Assert.Equal(DiagnosticCode.PadNietGevonden, Assert.Single(ReadUnchanged(link).Diagnostics).Code);
    }

    [Fact]
    public void A_file_removed_after_the_folder_was_listed_is_a_reason_not_a_crash()
    {
        // What the reader does with every listed file, for one that is gone by the time it is opened.
        var gone = _folder.File("weg.xlsx");

        var error = Assert.Throws<XlsxException>(() => XlsxPackage.Open(gone).Dispose());

        Assert.Equal(DiagnosticCode.PadNietGevonden, error.Code);
        Assert.Contains("verdween", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_pipe_called_like_a_workbook_is_not_waited_on_but_named()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows has no named pipes in its file system.");
        AGoodKaart();
        var pipe = _folder.File("kaart.xlsx");
        OtherFormats.NamedPipe(pipe);

        foreach (var paths in new[] { new[] { _folder.Path }, [pipe, _folder.File("gemeente.xlsx")] })
        {
            var cancel = TestContext.Current.CancellationToken;
            var reading = Task.Run(() => ReadUnchanged(paths), cancel);
            if (await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(30), cancel)) != reading)
            {
                OtherFormats.ReleasePipe(pipe);
                Assert.Fail("reading waited on the named pipe");
            }
            var report = await reading;
            var error = Single(report, DiagnosticCode.GeenGewoonBestand);
            Assert.Equal(Severity.Fout, error.Severity);
            Assert.Equal(pipe, error.Where.File);
            Assert.Contains("gewone bestanden", error.Message, StringComparison.Ordinal);
            Assert.Equal("Gemeente Dommelstede", Assert.Single(report.Coalition.Partners).Naam);
        }
    }

    [Fact]
    public void Workbooks_in_a_subfolder_are_named_in_a_note()
    {
        AGoodKaart();
        var received = Directory.CreateDirectory(_folder.File("ontvangen")).FullName;
        Belangenkaart("Kindcentrum De Boomgaard", "Ouders die meedoen").SaveTo(Path.Combine(received, "school.xlsx"));
        Belangenkaart("Zorggroep Dommelvallei", "Vrijwilligers").SaveTo(Path.Combine(received, "zorg.xlsx"));
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(_folder.File("uitvoer")).FullName, "deck.pptx"), "x");
        var receivedBefore = Damage.Fingerprint(received);

        var report = ReadUnchanged(_folder.Path);

        var note = Single(report, DiagnosticCode.SubmapOvergeslagen);
        Assert.Equal(Severity.Opmerking, note.Severity);
        Assert.Equal(received, note.Where.File);
        Assert.Contains("'ontvangen'", note.Message, StringComparison.Ordinal);
        Assert.Contains("2 werkmappen", note.Message, StringComparison.Ordinal);
        Assert.Equal("Gemeente Dommelstede", Assert.Single(report.Coalition.Partners).Naam);
        Assert.Equal(receivedBefore, Damage.Fingerprint(received));
    }
    [Theory]
    [InlineData(".gemeente.xlsx")]
    [InlineData("gemeente.xlsx.bak")]
    [InlineData("gemeente")]
    [InlineData("~$gemeente.xlsx")]
    public void A_form_in_a_folder_under_a_name_that_is_not_read_blocks_and_says_how_to_name_it(string name)
    {
        AGoodKaart();
        Belangenkaart("Woningcorporatie Thuis", "Een ruimte").SaveTo(_folder.File(name));

        var report = ReadUnchanged(_folder.Path);

        var error = Single(report, DiagnosticCode.FormulierOnderAndereNaam);
        Assert.Equal(Severity.Fout, error.Severity);
        Assert.Equal(_folder.File(name), error.Where.File);
        Assert.Contains("belangenkaart", error.Message, StringComparison.Ordinal);
        Assert.False(report.CanGenerate(strict: false));
        Assert.Equal(["Gemeente Dommelstede"], report.Coalition.Partners.Select(p => p.Naam));
    }

    [Fact]
    public void Uploads_under_a_hidden_name_that_are_forms_block_too()
    {
        var kaart = File.ReadAllBytes(Belangenkaart("Woningcorporatie Thuis", "Een ruimte").SaveTo(_folder.File("k.xlsx")));

        var report = HalenBrengen.Excel.Reading.WorkbookReader.Read([("._k.xlsx", OtherFormats.Csv()), (".k.xlsx", kaart)]);

        Assert.Equal(".k.xlsx", Single(report, DiagnosticCode.FormulierOnderAndereNaam).Where.File);
    }

    [Fact]
    public void Hidden_files_and_other_files_that_are_no_forms_stay_quiet_or_get_a_note()
    {
        AGoodKaart();
        File.WriteAllBytes(_folder.File("._gemeente.xlsx"), [0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0]);
        File.WriteAllBytes(_folder.File("~$gemeente.xlsx"), [0x0B, 0x45, 0x6C, 0x73]);
        File.WriteAllText(_folder.File(".DS_Store"), "Bud1");
        File.WriteAllBytes(_folder.File("verslag.docx"), OtherFormats.OpenDocument());
        Belangenkaart("Woningcorporatie Thuis").SaveTo(_folder.File("bijlage.zip"));
        File.WriteAllBytes(_folder.File("adressen.zip"), new RawWorkbook().TextSheet("Adressen", ["Straat"]).ToBytes());

        var report = ReadUnchanged(_folder.Path);

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCode.FormulierOnderAndereNaam && d.Where.File != _folder.File("bijlage.zip"));
        Assert.Equal(_folder.File("bijlage.zip"), Single(report, DiagnosticCode.FormulierOnderAndereNaam).Where.File);
        Assert.Equal(2, report.Diagnostics.Count(d => d.Code == DiagnosticCode.BestandOvergeslagen));
    }
}
