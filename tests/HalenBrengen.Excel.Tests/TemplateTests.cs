using System.IO.Compression;
using ClosedXML.Excel;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Templates;
using HalenBrengen.Excel.Tests.Support;

namespace HalenBrengen.Excel.Tests;

/// <summary>The blank forms and the example coalition: what is committed is what the code writes today.</summary>
public sealed class TemplateTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The workbooks written into the test's folder; their paths.</summary>
    private List<string> Write(IReadOnlyList<(string Name, byte[] Content)> workbooks)
    {
        var paths = workbooks.Select(w => Path.Combine(_folder.Path, w.Name)).ToList();
        foreach (var (path, (_, content)) in paths.Zip(workbooks))
            File.WriteAllBytes(path, content);
        return paths;
    }

    [Fact]
    public void The_committed_templates_hold_what_the_templates_command_writes_today()
    {
        var written = Write(TemplateWriter.Templates());

        Assert.Equal(2, written.Count);
        foreach (var path in written)
        {
            var committed = Repository.PathOf("templates", Path.GetFileName(path));
            Assert.True(File.Exists(committed), $"{committed} is missing: run 'dotnet run scripts/write-templates.cs'.");
            Assert.Equal(WorkbookDump.Of(committed), WorkbookDump.Of(path));
        }
    }

    /// <summary>
    /// The program hands out the committed files as they are (compiled in), never building them with ClosedXML: the
    /// blank forms and the example's workbooks, byte for byte, in the order the writer gives them.
    /// </summary>
    [Fact]
    public void The_program_hands_out_the_committed_forms_and_example_byte_for_byte()
    {
        Assert.Equal(TemplateWriter.Templates().Select(t => t.Name), FormFiles.Blank().Select(f => f.Name));
        foreach (var (name, content) in FormFiles.Blank())
            Assert.Equal(File.ReadAllBytes(Repository.PathOf("templates", name)), content);
        Assert.Equal(TemplateWriter.Example().Select(t => t.Name), FormFiles.Example().Select(f => f.Name));
        foreach (var (name, content) in FormFiles.Example())
            Assert.Equal(File.ReadAllBytes(Repository.PathOf("templates", "voorbeeld", name)), content);
    }

    [Fact]
    public void The_committed_example_holds_what_the_example_data_file_writes_today()
    {
        using (var json = File.OpenRead(Repository.PathOf("templates", "voorbeeld.json")))
            Assert.Equal(ExampleCoalition.Load().Partners.Count, ExampleCoalition.Parse(json).Partners.Count);
        var written = Write(TemplateWriter.Example());

        var committed = Directory.GetFiles(Repository.PathOf("templates", "voorbeeld"), "*.xlsx").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(written.Select(Path.GetFileName).Order(StringComparer.Ordinal), committed);
        foreach (var path in written)
            Assert.Equal(WorkbookDump.Of(Repository.PathOf("templates", "voorbeeld", Path.GetFileName(path))), WorkbookDump.Of(path));
    }

    [Fact]
    public void The_belangenkaart_form_has_the_contract_sheets_labels_headers_and_drop_downs()
    {
        using var workbook = BelangenkaartTemplate.Build();

        Assert.Equal(["Uitleg", "Belangenkaart", "Halen", "Brengen", "Keuzelijsten"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(XLWorksheetVisibility.Hidden, workbook.Worksheet("Keuzelijsten").Visibility);
        var card = workbook.Worksheet("Belangenkaart");
        Assert.Equal(Contract.Belangenkaart.Labels, Enumerable.Range(4, 6).Select(r => card.Cell(r, 1).GetString()));
        Assert.All(Enumerable.Range(4, 6), r => Assert.Equal(TemplateStyle.InputFill, card.Cell(r, 2).Style.Fill.BackgroundColor));

        AssertTable(workbook, "Halen", ["Wat", "Soort", "Wens of eis", "Toelichting"], ("B", ValueLists.Soorten.Select(s => s.Label)), ("C", ["Wens", "Eis"]));
        AssertTable(workbook, "Brengen", ["Wat", "Soort", "Omvang", "Toelichting"], ("B", ValueLists.Soorten.Select(s => s.Label)));
    }

    [Fact]
    public void The_krachtenveld_form_has_the_contract_sheets_labels_headers_and_drop_downs()
    {
        using var workbook = KrachtenveldTemplate.Build();

        Assert.Equal(["Uitleg", "Samenwerking", "Krachtenveld", "Interventies", "Activiteiten", "Keuzelijsten"], workbook.Worksheets.Select(s => s.Name));
        var coalition = workbook.Worksheet("Samenwerking");
        Assert.Equal(Contract.Samenwerking.Labels, Enumerable.Range(4, 8).Select(r => coalition.Cell(r, 1).GetString()));
        AssertTable(workbook, "Krachtenveld", ["Partij", "Nodig voor", "Invloed", "Belangen en drijfveren", "Houding (4D)", "Randvoorwaarden"],
            ("C", ["Groot", "Middel", "Klein"]), ("E", ValueLists.Houdingen.Select(h => h.Label)));
        AssertTable(workbook, "Interventies", ["Partij", "Interventie", "Sluit aan bij", "Gekozen"], ("D", ["Ja", "Nee"]));
        AssertTable(workbook, "Activiteiten", ["Partij", "Activiteit", "Wanneer"]);
        var date = coalition.Cell(8, 2);
        Assert.Equal("d-m-yyyy", date.Style.DateFormat.Format);
        // The session's date and the second meeting's each show a start time typed with them.
        Assert.Equal(["MOD($B$8,1)>0", "MOD($B$11,1)>0"], coalition.ConditionalFormats.Select(f => f.Values[1].Value));
        var showTime = coalition.ConditionalFormats.First();
        Assert.Equal("d-m-yyyy h:mm", showTime.Style.NumberFormat.Format);
        var partnerList = workbook.Worksheet("Interventies").DataValidations.Single(v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnLetter == "A"));
        Assert.Equal("Krachtenveld!$A$4:$A$28", partnerList.Value);
    }

    /// <summary>Headers on row 3, ≥20 marked input rows, frozen header, set widths, wrapped text, A4 landscape one page wide, drop-downs fed by the list sheet.</summary>
    private static void AssertTable(XLWorkbook workbook, string name, string[] headers, params (string Column, IEnumerable<string> Values)[] lists)
    {
        var sheet = workbook.Worksheet(name);
        Assert.Equal(headers, headers.Select((_, i) => sheet.Cell(3, i + 1).GetString()));
        Assert.Equal(3, sheet.SheetView.SplitRow);
        Assert.True(TemplateSheets.InputRows >= 20);
        for (var r = 4; r < 4 + TemplateSheets.InputRows; r++)
        {
            Assert.Equal(TemplateStyle.InputFill, sheet.Cell(r, 1).Style.Fill.BackgroundColor);
            Assert.True(sheet.Cell(r, 1).Style.Alignment.WrapText);
        }
        Assert.All(Enumerable.Range(1, headers.Length), c => Assert.True(sheet.Column(c).Width > 10));
        Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.Equal(1, sheet.PageSetup.PagesWide);
        Assert.Equal(0, sheet.PageSetup.PagesTall);
        foreach (var (column, values) in lists)
        {
            var validation = sheet.DataValidations.Single(v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnLetter == column));
            Assert.Equal(XLAllowedValues.List, validation.AllowedValues);
            Assert.Equal($"{column}4:{column}{3 + TemplateSheets.InputRows}", validation.Ranges.Single().RangeAddress.ToString());
            var named = workbook.NamedRanges.NamedRange(validation.Value);
            Assert.NotNull(named);
            Assert.Equal(values, named.Ranges.Single().Cells().Select(c => c.GetString()));
        }
    }

    /// <summary>
    /// A form printed for a partner who fills it in on paper loses its drop-downs: every drop-down column's choices
    /// stand in the rows repeated above it on every printed page, its name first. Found from the drop-downs the
    /// workbook has, not from a list of our own: a drop-down added later without its line fails here.
    /// </summary>
    [Fact]
    public void Every_drop_down_column_lists_its_choices_in_the_rows_printed_above_it()
    {
        foreach (var path in Write(TemplateWriter.Templates()))
        {
            using var workbook = new XLWorkbook(path);
            foreach (var sheet in workbook.Worksheets.Where(s => s.Visibility == XLWorksheetVisibility.Visible))
            {
                foreach (var validation in sheet.DataValidations.Where(v => v.AllowedValues == XLAllowedValues.List))
                {
                    var range = validation.Ranges.Single().RangeAddress;
                    var header = sheet.Cell(3, range.FirstAddress.ColumnNumber).GetString();
                    Assert.True(sheet.PageSetup.FirstRowToRepeatAtTop == 1 && sheet.PageSetup.LastRowToRepeatAtTop >= 2, $"{sheet.Name}: row 2 is not printed on every page");
                    var printed = sheet.Cell(2, 1).GetString();
                    var line = printed.Split('\n').SingleOrDefault(l => l.StartsWith(header + ",", StringComparison.Ordinal) || l.StartsWith(header + ":", StringComparison.Ordinal));
                    Assert.True(line is not null, $"{Path.GetFileName(path)} › {sheet.Name}: no line with the choices of '{header}' above the table");
                    var named = workbook.NamedRanges.NamedRange(validation.Value);
                    var choices = named is null ? [Words.Nl.Forms.PartnerOnPaper] : named.Ranges.Single().Cells().Select(c => c.GetString()).ToList();
                    foreach (var choice in choices)
                        Assert.Contains(choice, line, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Text_that_looks_like_a_date_or_a_number_stays_text_in_a_filled_form()
    {
        // ClosedXML 0.95 turns such strings into dates and numbers when assigned through Value.
        var kaart = _folder.File("kaart.xlsx");
        using (var workbook = BelangenkaartTemplate.Build(new BelangenkaartInvulling("School",
                   Brengen: [new BrengenRegel("Uren", Omvang: "1-2"), new BrengenRegel("Geld", Omvang: "0,5"), new BrengenRegel("Ruimte", Omvang: "TRUE")])))
            workbook.SaveAs(kaart);
        var veld = _folder.File("veld.xlsx");
        using (var workbook = KrachtenveldTemplate.Build(new KrachtenveldInvulling(Activiteiten: [new ActiviteitRegel(null, "Evalueren", "September 2027")])))
            workbook.SaveAs(veld);

        var report = WorkbookReader.Read([kaart, veld]);

        Assert.Equal(["1-2", "0,5", "TRUE"], report.Coalition.Partners.Single().Brengen.Select(i => i.Omvang?.Value));
        Assert.Equal("September 2027", report.Coalition.Activiteiten.Single().Wanneer?.Value);
    }

    [Fact]
    public void A_filled_in_session_date_shows_its_start_time_only_when_it_has_one()
    {
        using var withTime = KrachtenveldTemplate.Build(new KrachtenveldInvulling(DatumSessie: new DateOnly(2027, 3, 11), StarttijdSessie: new TimeOnly(13, 30)));
        using var dateOnly = KrachtenveldTemplate.Build(new KrachtenveldInvulling(DatumSessie: new DateOnly(2027, 3, 11)));

        var timed = withTime.Worksheet("Samenwerking").Cell(8, 2);
        Assert.Equal(new DateTime(2027, 3, 11, 13, 30, 0), timed.GetDateTime());
        Assert.Equal("d-m-yyyy h:mm", timed.Style.DateFormat.Format);
        var plain = dateOnly.Worksheet("Samenwerking").Cell(8, 2);
        Assert.Equal(new DateTime(2027, 3, 11), plain.GetDateTime());
        Assert.Equal("d-m-yyyy", plain.Style.DateFormat.Format);
    }

    [Fact]
    public void A_second_meetings_date_is_read_and_a_check_says_when_it_is_used_nowhere_or_not_after_the_first()
    {
        // A session of many partners is held as two meetings; its second date is the facilitator's, on the Samenwerking sheet.
        Coalition Read(int partners, DateOnly second, params string[] warnings)
        {
            var folder = _folder.File($"twee-{partners}-{second:yyyyMMdd}");
            Directory.CreateDirectory(folder);
            var names = Enumerable.Range(1, partners).Select(i => $"Partij {i:00}").ToList();
            foreach (var name in names)
                using (var kaart = BelangenkaartTemplate.Build(new BelangenkaartInvulling(name, Halen: [new HalenRegel("Iets")])))
                    kaart.SaveAs(Path.Combine(folder, name + ".xlsx"));
            using (var veld = KrachtenveldTemplate.Build(new KrachtenveldInvulling(DatumSessie: new DateOnly(2027, 3, 11), SessieduurMinuten: 150,
                       Krachtenveld: [.. names.Select(n => new KrachtenveldRegel(n))], DatumTweede: second)))
                veld.SaveAs(Path.Combine(folder, "krachtenveld.xlsx"));
            var report = WorkbookReader.Read([folder]);
            var found = report.Diagnostics.Where(d => d.Code == DiagnosticCode.DatumTweedeBijeenkomst).ToList();
            Assert.Equal(warnings, found.Select(d => d.Message));
            Assert.All(found, d => Assert.Equal(("krachtenveld.xlsx", "Samenwerking", "B11"), (Path.GetFileName(d.Where.File), d.Where.Sheet, d.Where.Cell)));
            return report.Coalition;
        }
        var later = new DateOnly(2027, 3, 25);
        Assert.Equal(later, Read(16, later).Samenwerking.DatumTweede?.Date);
        Assert.Equal(later, Read(2, later, Words.Nl.Problems.SecondDateUnused.Fill("25 maart 2027")).Samenwerking.DatumTweede?.Date);
        Read(16, new DateOnly(2027, 3, 11), Words.Nl.Problems.SecondDateNotLater.Fill("11 maart 2027", "11 maart 2027"));
    }

    [Fact]
    public void The_forms_have_no_macros()
    {
        foreach (var path in Write(TemplateWriter.Templates()))
        {
            using var zip = ZipFile.OpenRead(path);
            Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("vba", StringComparison.OrdinalIgnoreCase));
            using var types = new StreamReader(zip.GetEntry("[Content_Types].xml")!.Open());
            Assert.DoesNotContain("macroEnabled", types.ReadToEnd(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_blank_belangenkaart_asks_for_the_partner_name()
    {
        var path = Write(TemplateWriter.Templates())[0];

        var report = WorkbookReader.Read([path]);

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal(DiagnosticCode.VerplichtVeldLeeg, error.Code);
        Assert.Equal(new SourceRef(path, "Belangenkaart", "B4"), error.Where);
    }

    [Fact]
    public void Every_value_of_the_example_data_is_read_back_from_the_example_workbooks()
    {
        var data = ExampleCoalition.Load();
        var report = WorkbookReader.Read([Repository.PathOf("templates", "voorbeeld")]);

        Assert.Empty(report.Diagnostics);
        Assert.Equal(data.Partners.Count, report.Coalition.Partners.Count);
        // In the krachtenveld's order, except that the debt buddies (little influence) open the round before the municipality (much).
        Assert.Equal(["Schuldhulpmaatje Dommelstede", .. data.Partners.Select(p => p.Kaart.Partij).Where(n => n != "Schuldhulpmaatje Dommelstede")],
            report.Coalition.Partners.Select(p => p.Naam));
        Assert.Equal("Gemeente Dommelstede", report.Coalition.OpensInsteadOf?.Naam);
        foreach (var expected in data.Partners)
        {
            var actual = report.Coalition.Partners.Single(p => p.Naam == expected.Kaart.Partij);
            var kaart = actual.Kaart!;
            Assert.Equal(expected.Kaart.Partij, kaart.Partij.Value);
            Assert.Equal(expected.Kaart.EigenBelang, kaart.EigenBelang?.Value);
            Assert.Equal(expected.Kaart.GezamenlijkBelang, kaart.GezamenlijkBelang?.Value);
            Assert.Equal(expected.Kaart.Ambitie, kaart.Ambitie?.Value);
            Assert.Equal(expected.Kaart.Krantenkop, kaart.Krantenkop?.Value);
            Assert.Equal(expected.Kaart.Halen!.Select(h => CellText.TrimListMark(h.Wat)), kaart.Halen.Select(i => i.Text.Value));
            Assert.Equal(expected.Kaart.Halen!.Select(h => h.WensOfEis), kaart.Halen.Select(i => i.WensOfEis?.Raw));
            Assert.Equal(expected.Kaart.Halen!.Select(h => h.Soort), kaart.Halen.Select(i => i.Soort?.Raw));
            Assert.All(kaart.Halen, i => Assert.True(i.Soort!.IsKnown));
            Assert.Equal(expected.Kaart.Brengen!.Select(h => h.Wat), kaart.Brengen.Select(i => i.Text.Value));
            Assert.Equal(expected.Kaart.Brengen!.Select(h => h.Omvang), kaart.Brengen.Select(i => i.Omvang?.Value));
            Assert.Equal(expected.Kaart.Brengen!.Select(h => h.Soort), kaart.Brengen.Select(i => i.Soort?.Raw));
            Assert.Equal(expected.Kaart.Brengen!.Select(h => h.Toelichting), kaart.Brengen.Select(i => i.Toelichting?.Value));
            Assert.Equal(expected.Kaart.Halen!.Select(h => h.Toelichting), kaart.Halen.Select(i => i.Toelichting?.Value));
        }
        var s = report.Coalition.Samenwerking;
        Assert.Equal(data.Krachtenveld.NaamSamenwerking, s.Naam?.Value);
        Assert.Equal(data.Krachtenveld.DatumSessie, s.Datum?.Date);
        Assert.Equal(data.Krachtenveld.StarttijdSessie, s.Datum?.Time);
        Assert.Equal(data.Krachtenveld.SessieduurMinuten, s.SessieduurMinuten?.Value);
        Assert.Equal(data.Krachtenveld.Interventies!.Count, report.Coalition.Interventies.Count);
        Assert.Equal(data.Krachtenveld.Activiteiten!.Select(a => a.Activiteit), report.Coalition.Activiteiten.Select(a => a.Text.Value));
        Assert.Equal(data.Krachtenveld.Activiteiten!.Select(a => a.Wanneer), report.Coalition.Activiteiten.Select(a => a.Wanneer?.Value));
        Assert.Null(report.Coalition.Activiteiten[^1].Partij);
        Assert.All(report.Coalition.Partners, p => Assert.True(p.Krachtenveld!.Houding!.IsKnown && p.Krachtenveld.Invloed!.IsKnown));
    }
}
