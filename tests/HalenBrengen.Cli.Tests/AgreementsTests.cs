using HalenBrengen.App;
using HalenBrengen.Cli;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// The afsprakenlijst as a facilitator meets it (issue 20, item 4): generate writes it beside the decks, the
/// group fills it in in a spreadsheet program, and a later run neither overwrites it nor stumbles over it.
/// </summary>
public sealed class AgreementsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Name = "Wijkalliantie De Hoge Akkers - afspraken.xlsx";

    [Fact]
    public void A_filled_in_afsprakenlijst_is_never_overwritten_and_among_the_inputs_blocks_nothing()
    {
        var python = ExternalTools.RequirePythonWithOpenpyxl();
        var example = Repository.PathOf("templates", "voorbeeld");
        var folder = _folder.File("uit");
        Assert.Equal(0, CliApp.Run(["generate", example, "--out", folder], new StringWriter(), new StringWriter()));
        var list = Path.Combine(folder, Name);

        // The group fills in the first suggestion and a connection nobody suggested, in openpyxl as a script would.
        var (exit, output) = ExternalTools.Run(python, ["-c", """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["Suggesties"]
            ws["H2"] = "Ja"; ws["I2"] = "Convenant vroegsignalering"; ws["J2"] = "april 2027"
            row = ws.max_row + 1
            ws.cell(row, 1, "Een plek voor het spreekuur"); ws.cell(row, 2, "Zorggroep Dommelvallei")
            ws.cell(row, 5, "Kindcentrum De Boomgaard"); ws.cell(row, 8, "Later")
            wb.save(sys.argv[1])
            print(ws["A2"].value, "|", ws["G2"].value)
            """, list], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, output);
        Assert.StartsWith("Meer aanmeldingen, eerder in het traject | mogelijk", output.Trim(), StringComparison.Ordinal); // the debt buddies open the round
        var filled = File.ReadAllBytes(list);

        // A second run into the same folder keeps the filled-in list, says so, and writes everything else.
        var second = new StringWriter();
        Assert.Equal(0, CliApp.Run(["generate", example, "--out", folder], second, new StringWriter()));
        Assert.Equal(filled, File.ReadAllBytes(list));
        Assert.Contains($"niet overschreven: {list}: die afsprakenlijst staat er al en kan ingevuld zijn.", second.ToString(), StringComparison.Ordinal);
        Assert.Contains($"Klaar: 11 bestanden geschreven in {folder}", second.ToString(), StringComparison.Ordinal);

        // Among the inputs it is recognised by its sheet and read: check names what was agreed and what is put off, and
        // the free row (in the group's own words) raises nothing; the list itself is never changed.
        var inputs = Directory.CreateDirectory(_folder.File("in")).FullName;
        foreach (var file in Directory.GetFiles(example))
            File.Copy(file, Path.Combine(inputs, Path.GetFileName(file)));
        File.Copy(list, Path.Combine(inputs, Name));
        var check = new StringWriter();
        Assert.Equal(0, CliApp.Run(["check", inputs], check, new StringWriter()));
        Assert.Contains("Afsprakenlijst: 1 afspraak, 1 voor later.", check.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("FOUT", check.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("waarschuwing", check.ToString(), StringComparison.Ordinal);
        var third = new StringWriter();
        var out2 = _folder.File("uit2");
        Assert.Equal(0, CliApp.Run(["generate", inputs, "--out", out2], third, new StringWriter()));
        Assert.Equal(filled, File.ReadAllBytes(Path.Combine(inputs, Name)));
        // From it, the report to take home: valid, with the agreement and its words, and the one put off.
        Assert.Contains("Klaar: 13 bestanden geschreven", third.ToString(), StringComparison.Ordinal);
        var report = File.ReadAllBytes(Path.Combine(out2, "Wijkalliantie De Hoge Akkers - afspraken.pptx"));
        PackageChecks.AssertValid(report);
        var text = string.Join("\n", WrittenDeck.Read(report).Select(slide => slide.Text));
        Assert.Contains("Convenant vroegsignalering", text, StringComparison.Ordinal);
        Assert.Contains("wanneer: april 2027", text, StringComparison.Ordinal);
        Assert.Contains("Een plek voor het spreekuur", text, StringComparison.Ordinal);

        // The next round, with this one as --vorige: the briefing lists each agreement and whether the new cards still
        // hold its want and its offer. Here the debt buddies dropped the want the agreement answered.
        var next = Directory.CreateDirectory(_folder.File("volgende")).FullName;
        foreach (var file in Directory.GetFiles(example))
            File.Copy(file, Path.Combine(next, Path.GetFileName(file)));
        var maatje = Path.Combine(next, "07-schuldhulpmaatje-dommelstede.xlsx");
        (exit, output) = ExternalTools.Run(python, ["-c", """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["Halen"]
            for row in ws.iter_rows():
                for cell in row:
                    if cell.value == "Meer aanmeldingen, eerder in het traject":
                        cell.value = "Een vast aanspreekpunt bij de gemeente voor onze maatjes"
            wb.save(sys.argv[1])
            """, maatje], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, output);
        var out3 = _folder.File("uit3");
        Assert.Equal(0, CliApp.Run(["generate", next, "--vorige", inputs, "--out", out3], new StringWriter(), new StringWriter()));
        var briefing = string.Join("\n", WrittenDeck.Read(File.ReadAllBytes(Path.Combine(out3, "Wijkalliantie De Hoge Akkers - voorbereiding begeleider.pptx")))
            .Select(slide => slide.Text));
        Assert.Contains("De afspraken van de vorige ronde", briefing, StringComparison.Ordinal);
        Assert.Contains("de wens staat niet meer op de kaart van Schuldhulpmaatje Dommelstede: wat is er gebeurd?", briefing, StringComparison.Ordinal);
        Assert.Contains("ja: wens en aanbod staan er nog", briefing, StringComparison.Ordinal); // the free row, in the group's own words
    }

    [Fact]
    [Slow(Needs.LibreOffice)]
    public void LibreOffice_reads_the_afsprakenlijst_and_what_it_saves_back_is_kept_and_read_into_the_report()
    {
        var soffice = ExternalTools.RequireSoffice();
        var example = Repository.PathOf("templates", "voorbeeld");
        var folder = _folder.File("uit");
        Assert.Equal(0, CliApp.Run(["generate", example, "--out", folder], new StringWriter(), new StringWriter()));
        var list = Path.Combine(folder, Name);

        // Both sheets as text, as LibreOffice reads them; then the list saved by LibreOffice over itself.
        var profile = new Uri(_folder.File("lo-profile")).AbsoluteUri;
        var csv = _folder.File("csv");
        var (exit, output) = ExternalTools.Run(soffice, [$"-env:UserInstallation={profile}", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", csv, list], TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, output);
        var suggestions = File.ReadAllLines(Directory.GetFiles(csv, "*Suggesties.csv").Single());
        Assert.Equal("Wil halen,Van,Wens of eis,Kan brengen,Door,Waarom,Sterkte,Afgesproken,Afspraak,Wanneer", suggestions[0]);
        Assert.StartsWith("\"Meer aanmeldingen, eerder in het traject\",Schuldhulpmaatje Dommelstede,", suggestions[1], StringComparison.Ordinal);
        Assert.Contains(Directory.GetFiles(csv, "*.csv"), f => f.EndsWith("Open behoeften.csv", StringComparison.Ordinal));

        // The first suggestion agreed (a cell set as a script would), then the list saved again by LibreOffice: what
        // LibreOffice writes is what the next run reads.
        using (var workbook = new ClosedXML.Excel.XLWorkbook(list))
        {
            workbook.Worksheet("Suggesties").Cell("H2").Value = "Ja";
            workbook.Worksheet("Suggesties").Cell("I2").Value = "Samen een convenant";
            workbook.Save();
        }
        var resaved = _folder.File("lo");
        (exit, output) = ExternalTools.Run(soffice, [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx", "--outdir", resaved, list],
            TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, output);
        File.Copy(Path.Combine(resaved, Name), list, overwrite: true);
        var saved = File.ReadAllBytes(list);
        var again = new StringWriter();
        Assert.Equal(0, CliApp.Run(["generate", example, "--out", folder], again, new StringWriter()));
        Assert.Equal(saved, File.ReadAllBytes(list));
        Assert.Contains("niet overschreven:", again.ToString(), StringComparison.Ordinal);

        var inputs = Directory.CreateDirectory(_folder.File("in")).FullName;
        foreach (var file in Directory.GetFiles(example))
            File.Copy(file, Path.Combine(inputs, Path.GetFileName(file)));
        File.Copy(list, Path.Combine(inputs, Name));
        var out2 = _folder.File("uit2");
        Assert.Equal(0, CliApp.Run(["generate", inputs, "--out", out2], new StringWriter(), new StringWriter()));
        var report = File.ReadAllBytes(Path.Combine(out2, "Wijkalliantie De Hoge Akkers - afspraken.pptx"));
        PackageChecks.AssertValid(report);
        Assert.Contains("Samen een convenant", string.Join("\n", WrittenDeck.Read(report).Select(slide => slide.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void In_memory_as_the_page_and_the_task_pane_run_it_an_uploaded_filled_list_gives_the_report_too()
    {
        var example = UseCases.Example();
        var first = UseCases.Generate(example, Core.Language.Nl);
        var list = first.Files.Single(f => f.Kind == GeneratedKind.Agreements);
        Assert.EndsWith("afspraken.xlsx", list.Name, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Files, f => f.Kind == GeneratedKind.Report);

        // The list filled in (the first suggestion agreed) and uploaded beside the workbooks, as the page does.
        byte[] filled;
        using (var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(list.Content)))
        {
            workbook.Worksheet("Suggesties").Cell("H2").Value = "Ja";
            using var saved = new MemoryStream();
            workbook.SaveAs(saved);
            filled = saved.ToArray();
        }
        var second = UseCases.Generate([.. example, new FileContent(list.Name, filled)], Core.Language.Nl);

        var report = Assert.Single(second.Files, f => f.Kind == GeneratedKind.Report);
        Assert.EndsWith("afspraken.pptx", report.Name, StringComparison.Ordinal);
        PackageChecks.AssertValid(report.Content);
        Assert.Single(second.Check.Coalition.Agreements);
    }
}
