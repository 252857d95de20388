using System.IO.Compression;
using System.Text;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;
using HalenBrengen.Excel.Templates;
using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Excel.Tests.Support.Kaarten;

namespace HalenBrengen.Excel.Tests;

/// <summary>
/// Bad input gets a clear Dutch message naming the file (and sheet and cell where there is one), never
/// a crash, and never a changed input file.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Template(string name, string partij = "Woonstichting Dommelthuis")
    {
        var path = _folder.File(name);
        using var workbook = BelangenkaartTemplate.Build(new BelangenkaartInvulling(partij,
            Halen: [new HalenRegel("Snelle hulp bij huurachterstand", "Kennis en expertise", "Eis")],
            Brengen: [new BrengenRegel("Een ontmoetingsruimte", "Faciliteiten en locatie", "3 dagdelen")]));
        workbook.SaveAs(path);
        return path;
    }

    /// <summary>Reads the folder, checks no file changed, and returns the one diagnostic of this kind.</summary>
    private Diagnostic ReadExpecting(DiagnosticCode code, string fileName, Severity severity = Severity.Fout)
    {
        var before = Damage.Fingerprint(_folder.Path);
        var report = Read(_folder.Path);
        Assert.Equal(before, Damage.Fingerprint(_folder.Path));

        var diagnostic = Single(report, code);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.EndsWith(fileName, diagnostic.Where.File, StringComparison.Ordinal);
        Assert.Contains(fileName, diagnostic.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", diagnostic.Message, StringComparison.Ordinal);
        if (severity == Severity.Fout)
            Assert.False(report.CanGenerate(strict: false));
        return diagnostic;
    }

    [Fact]
    public void A_renamed_csv_is_named_as_text_not_a_workbook()
    {
        File.WriteAllText(_folder.File("kaart.xlsx"), "Partij;Wat\nGemeente;Signalen\n", Encoding.UTF8);
        Assert.Contains("CSV", ReadExpecting(DiagnosticCode.GeenWerkmap, "kaart.xlsx").Message);
    }

    [Fact]
    public void An_old_binary_xls_asks_to_save_as_xlsx()
    {
        File.WriteAllBytes(_folder.File("oud.xls.xlsx"), Damage.OldXls());
        Assert.Contains(".xlsx", ReadExpecting(DiagnosticCode.OudXlsFormaat, "oud.xls.xlsx").Message);
    }

    [Fact]
    public void An_old_xls_given_by_name_is_read_and_explained_too()
    {
        var path = _folder.File("oud.xls");
        File.WriteAllBytes(path, Damage.OldXls());
        var report = Read(path);
        Assert.Equal(path, Single(report, DiagnosticCode.OudXlsFormaat).Where.File);
    }

    [Fact]
    public void A_password_protected_workbook_says_how_to_remove_the_password()
    {
        File.WriteAllBytes(_folder.File("geheim.xlsx"), Damage.Encrypted());
        Assert.Contains("wachtwoord", ReadExpecting(DiagnosticCode.Versleuteld, "geheim.xlsx").Message);
    }

    [Fact]
    public void An_empty_file_is_named_empty()
    {
        File.WriteAllBytes(_folder.File("leeg.xlsx"), []);
        Assert.Contains("leeg", ReadExpecting(DiagnosticCode.LeegBestand, "leeg.xlsx").Message);
    }

    [Fact]
    public void A_truncated_workbook_is_named_damaged()
    {
        var path = Template("heel.xlsx");
        File.WriteAllBytes(_folder.File("half.xlsx"), Damage.Truncated(File.ReadAllBytes(path)));
        File.Delete(path);
        Assert.Contains("beschadigd", ReadExpecting(DiagnosticCode.Beschadigd, "half.xlsx").Message);
    }

    [Fact]
    public void A_zip_that_is_a_word_document_is_named_as_such()
    {
        var path = _folder.File("brief.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var stream = zip.CreateEntry("word/document.xml").Open();
            stream.Write("<w:document/>"u8);
        }
        Assert.Contains("Word", ReadExpecting(DiagnosticCode.GeenWerkmap, "brief.xlsx").Message);
    }

    [Fact]
    public void A_workbook_with_neither_sheet_lists_the_sheets_it_has()
    {
        new RawWorkbook().TextSheet("Blad1", ["Partij", "Gemeente"]).TextSheet("Notities", ["x"]).SaveTo(_folder.File("ander.xlsx"));
        var message = ReadExpecting(DiagnosticCode.OnbekendeWerkmap, "ander.xlsx").Message;
        Assert.Contains("'Blad1', 'Notities'", message);
        Assert.Contains("'Belangenkaart'", message);
    }

    [Fact]
    public void A_missing_partij_label_is_an_error_on_the_sheet()
    {
        new RawWorkbook().TextSheet("Belangenkaart", ["Naam", "Gemeente"]).TextSheet("Halen", ["Wat"]).SaveTo(_folder.File("zonder.xlsx"));
        var error = ReadExpecting(DiagnosticCode.VerplichtVeldLeeg, "zonder.xlsx");
        Assert.Equal("Belangenkaart", error.Where.Sheet);
        Assert.Contains("ontbreekt", error.Message);
    }

    [Fact]
    public void An_empty_partij_names_the_empty_cell()
    {
        new RawWorkbook().TextSheet("Belangenkaart", ["Titel"], [], [null, "Partij:", "   "]).SaveTo(_folder.File("leeg-partij.xlsx"));
        var error = ReadExpecting(DiagnosticCode.VerplichtVeldLeeg, "leeg-partij.xlsx");
        Assert.Equal("C3", error.Where.Cell);
        Assert.Contains("leeg", error.Message);
    }

    [Fact]
    public void Two_belangenkaarten_of_the_same_partner_name_both_files()
    {
        Belangenkaart("Gemeente Dommelstede", "A").SaveTo(_folder.File("a.xlsx"));
        Belangenkaart("GEMEENTE  dommelstede", "B").SaveTo(_folder.File("b.xlsx"));
        var message = ReadExpecting(DiagnosticCode.DubbelePartij, "b.xlsx").Message;
        Assert.Contains("a.xlsx", message);
        Assert.Contains("b.xlsx", message);
    }

    [Fact]
    public void A_table_without_its_required_header_names_the_sheet_and_the_header()
    {
        new RawWorkbook().TextSheet("Belangenkaart", ["Partij", "School"])
            .TextSheet("Halen", ["Omschrijving", "Soort"], ["Iets", "Overig"])
            .TextSheet("Brengen", ["Wat"])
            .SaveTo(_folder.File("kop.xlsx"));
        var error = ReadExpecting(DiagnosticCode.KolomOntbreekt, "kop.xlsx");
        Assert.Equal("Halen", error.Where.Sheet);
        Assert.Contains("'Wat'", error.Message);
    }

    [Fact]
    public void A_krachtenveld_without_partij_header_names_the_sheet()
    {
        new RawWorkbook().TextSheet("Krachtenveld", ["Naam", "Invloed"], ["Gemeente", "Groot"]).SaveTo(_folder.File("kv.xlsx"));
        var error = ReadExpecting(DiagnosticCode.KolomOntbreekt, "kv.xlsx");
        Assert.Equal("Krachtenveld", error.Where.Sheet);
        Assert.Contains("'Partij'", error.Message);
    }

    [Fact]
    public void Excel_lock_files_are_skipped_silently_and_other_files_with_a_note()
    {
        Template("kaart.xlsx");
        File.WriteAllBytes(_folder.File("~$kaart.xlsx"), [0x01, 0x02]);
        File.WriteAllText(_folder.File("notities.txt"), "bellen");
        File.WriteAllText(_folder.File(".DS_Store"), "x");

        var note = ReadExpecting(DiagnosticCode.BestandOvergeslagen, "notities.txt", Severity.Opmerking);

        var report = Read(_folder.Path);
        Assert.Equal(note, Assert.Single(report.Diagnostics));
        Assert.Single(report.FilesRead);
        Assert.True(report.CanGenerate(strict: true)); // a note never blocks, not even with --strict
    }

    [Fact]
    public void A_path_that_does_not_exist_is_an_error_naming_it()
    {
        var report = Read(_folder.File("bestaat-niet.xlsx"));
        Assert.EndsWith("bestaat-niet.xlsx", Single(report, DiagnosticCode.PadNietGevonden).Where.File, StringComparison.Ordinal);
        Assert.False(report.CanGenerate(strict: false));
    }

    [Fact]
    public void A_folder_without_workbooks_says_so()
    {
        File.WriteAllText(_folder.File("leesmij.txt"), "x");
        var report = Read(_folder.Path);
        Assert.Equal(Severity.Fout, Single(report, DiagnosticCode.GeenWerkmappen).Severity);
        Assert.False(report.CanGenerate(strict: false));
    }

    [Fact]
    public void Two_krachtenveld_workbooks_are_an_error_naming_both()
    {
        Krachtenveld(["Gemeente"]).SaveTo(_folder.File("kv1.xlsx"));
        Krachtenveld(["Gemeente"]).SaveTo(_folder.File("kv2.xlsx"));
        var message = ReadExpecting(DiagnosticCode.MeerdereKrachtenvelden, "kv2.xlsx").Message;
        Assert.Contains("kv1.xlsx", message);
    }

    [Fact]
    public void A_logo_comments_conditional_formatting_and_a_malformed_mailto_link_do_not_stop_reading()
    {
        var path = Template("met-logo.xlsx");
        Damage.AddLogoCommentAndBadHyperlink(path);
        using (var zip = ZipFile.OpenRead(path))
            Assert.NotNull(zip.GetEntry("xl/media/image1.png"));

        var before = Damage.Fingerprint(_folder.Path);
        var report = Read(path);

        Assert.Equal(before, Damage.Fingerprint(_folder.Path));
        Assert.Empty(report.Diagnostics);
        var partner = Assert.Single(report.Coalition.Partners);
        Assert.Equal("Woonstichting Dommelthuis", partner.Naam);
        Assert.Equal("Snelle hulp bij huurachterstand", Assert.Single(partner.Halen).Text.Value);
    }

    [Fact]
    public void Charts_and_pivot_tables_do_not_stop_reading()
    {
        var path = Belangenkaart("School", "Kennis")
            .Part("xl/charts/chart1.xml", "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"/>",
                "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")
            .Part("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" name=\"Draaitabel1\"/>",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml")
            .Part("xl/pivotCache/pivotCacheDefinition1.xml", "<pivotCacheDefinition xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")
            .SheetRelationship(2, "rIdPivot", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable", "../pivotTables/pivotTable1.xml")
            .SaveTo(_folder.File("grafiek.xlsx"));

        var report = Read(path);

        Assert.Empty(report.Diagnostics);
        Assert.Equal("Kennis", Assert.Single(Assert.Single(report.Coalition.Partners).Halen).Text.Value);
    }

    [Fact]
    public void A_sheet_without_relationship_id_is_listed_but_not_read()
    {
        var path = Belangenkaart("School", "Kennis")
            .Sheet("Logo", "<row r=\"1\"/>", hasRelationshipId: false)
            .SaveTo(_folder.File("zonder-id.xlsx"));

        var report = Read(path);

        Assert.Empty(report.Diagnostics);
        Assert.Equal("School", Assert.Single(report.Coalition.Partners).Naam);
    }

    [Fact]
    public void A_required_sheet_without_relationship_id_is_a_clear_error()
    {
        new RawWorkbook().Sheet("Belangenkaart", "", hasRelationshipId: false).SaveTo(_folder.File("kapot.xlsx"));
        Assert.Contains("Belangenkaart", ReadExpecting(DiagnosticCode.Beschadigd, "kapot.xlsx").Message);
    }

    [Fact]
    public void A_decompression_bomb_is_refused_before_it_is_inflated()
    {
        var path = _folder.File("bom.xlsx");
        File.WriteAllBytes(path, Belangenkaart("School", "Kennis").ToBytes());
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry("xl/worksheets/sheet2.xml")!.Delete();
            using var stream = zip.CreateEntry("xl/worksheets/sheet2.xml", CompressionLevel.Fastest).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            stream.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
            for (var i = 0; i < 110; i++)
                stream.Write(spaces);
            stream.Write("</sheetData></worksheet>"u8);
        }
        Assert.True(new FileInfo(path).Length < 2 * 1024 * 1024);

        var message = ReadExpecting(DiagnosticCode.TeGroot, "bom.xlsx").Message;
        Assert.Contains("100 MB", message);
    }

    [Fact]
    public void A_bounded_stream_stops_at_its_limit_even_when_the_size_in_the_zip_header_lies()
    {
        using var inner = new MemoryStream(new byte[4096]);
        using var bounded = new BoundedStream(inner, 1000, "xl/worksheets/sheet1.xml");
        var error = Assert.Throws<XlsxException>(() => bounded.CopyTo(Stream.Null));
        Assert.Equal(DiagnosticCode.TeGroot, error.Code);
    }

    [Fact]
    public void An_absurdly_large_sheet_is_refused_with_the_limit()
    {
        var rows = new StringBuilder(RawWorkbook.Rows(1, ["Wat"]));
        for (var r = 2; r <= XlsxLimits.MaxCellsPerSheet / 4 + 2; r++)
            rows.Append($"<row r=\"{r}\"><c r=\"A{r}\"><v>1</v></c><c r=\"B{r}\"><v>2</v></c><c r=\"C{r}\"><v>3</v></c><c r=\"D{r}\"><v>4</v></c></row>");
        new RawWorkbook().TextSheet("Belangenkaart", ["Partij", "School"]).Sheet("Halen", rows.ToString()).SaveTo(_folder.File("enorm.xlsx"));

        var message = ReadExpecting(DiagnosticCode.TeGroot, "enorm.xlsx").Message;
        Assert.Contains("'Halen'", message);
        Assert.Contains("200", message);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        var path = _folder.File("groot.xlsx");
        using (var stream = File.Create(path))
        {
            stream.Write("PK\u0003\u0004"u8);
            stream.SetLength(XlsxLimits.MaxFileBytes + 1);
        }
        Assert.Contains("25 MB", ReadExpecting(DiagnosticCode.TeGroot, "groot.xlsx").Message);
    }

    [Fact]
    public void A_workbook_open_in_another_program_can_still_be_read()
    {
        var path = Template("open.xlsx");
        // Excel keeps the file open while a facilitator works on it.
        using var held = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);

        var report = Read(path);

        Assert.Empty(report.Diagnostics);
        Assert.Single(report.Coalition.Partners);
    }
}
