using System.Security;
using System.Text;
using System.Text.Json;
using HalenBrengen.Excel.Templates;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Tests.Shared;
using static HalenBrengen.Excel.Tests.Support.Kaarten;

namespace HalenBrengen.Excel.Tests;

/// <summary>
/// Workbooks written from the templates, by openpyxl and by LibreOffice (the last two following only the
/// contract: other positions, other column orders, no drop-downs) each read as <see cref="Expected"/>, the
/// data they were written with, typed out by hand. Not as each other: a field the reader maps wrongly
/// reads wrongly from every writer alike, and would compare equal.
/// </summary>
public sealed class InteropTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly BelangenkaartInvulling Kaart = new(
        "Coöperatie Buurtkracht",
        Contactpersoon: "Fatma Yıldız",
        EigenBelang: "Werk voor buurtbewoners\nen een vaste plek",
        GezamenlijkBelang: "Een wijk die zelf kan",
        Ambitie: "Eén loket, nul wachtlijst",
        Krantenkop: "Buurt regelt het zelf 💪",
        Halen:
        [
            new HalenRegel("Opdrachten voor de buurtklussendienst", "Geld en budget", "Eis", "Minstens 20 per jaar"),
            new HalenRegel("Kennis over aanbesteden", "Kennis en expertise", "Wens"),
            new HalenRegel("Zichtbaarheid bij de gemeente"),
        ],
        Brengen:
        [
            new BrengenRegel("Vrijwilligers met vakkennis", "Capaciteit en menskracht", "12 mensen", "Vooral oud-installateurs"),
            new BrengenRegel("Bereik van bewoners die geen hulp vragen", "Bereik van de doelgroep"),
        ]);

    private static readonly KrachtenveldInvulling Veld = new(
        NaamSamenwerking: "Wijkalliantie Proef",
        Opgave: "Samen de wijk versterken",
        GedeeldeAmbitie: "Niemand uit beeld",
        Krantenkop: "Proefwijk kijkt om",
        DatumSessie: new DateOnly(2027, 3, 11),
        StarttijdSessie: new TimeOnly(13, 30),
        Begeleider: "Marieke van den Berg",
        SessieduurMinuten: 150,
        Krachtenveld: [new KrachtenveldRegel("Cooperatie buurtkracht", "Uitvoering", "Middel", "Werk en trots", "3 Respect en interesse", "Betaalde opdrachten")],
        Interventies: [new InterventieRegel("Coöperatie Buurtkracht", "Samen een aanbesteding oefenen", "Kennis", "Ja")],
        Activiteiten: [new ActiviteitRegel("Coöperatie Buurtkracht", "Klussendag organiseren", "Mei 2027")]);

    /// <summary>
    /// <see cref="Kaart"/> and <see cref="Veld"/> as <see cref="ModelText"/> prints them, written out by hand:
    /// every value in its own field (a Soort, wish or demand, influence and 4D level as the list value it names).
    /// </summary>
    private static readonly string Expected = string.Join("\n",
        "S|Wijkalliantie Proef|Samen de wijk versterken|Niemand uit beeld|Proefwijk kijkt om|2027-03-11 13:30|Marieke van den Berg|150",
        "P|Coöperatie Buurtkracht|Fatma Yıldız|Werk voor buurtbewoners\nen een vaste plek|Een wijk die zelf kan|Eén loket, nul wachtlijst|Buurt regelt het zelf 💪",
        " H|Opdrachten voor de buurtklussendienst|GeldEnBudget|Eis|Minstens 20 per jaar",
        " H|Kennis over aanbesteden|KennisEnExpertise|Wens|",
        " H|Zichtbaarheid bij de gemeente|||",
        " B|Vrijwilligers met vakkennis|CapaciteitEnMenskracht|12 mensen|Vooral oud-installateurs",
        " B|Bereik van bewoners die geen hulp vragen|BereikVanDeDoelgroep||",
        " K|Cooperatie buurtkracht|Uitvoering|Middel|Werk en trots|RespectEnInteresse|Betaalde opdrachten",
        "I|Coöperatie Buurtkracht|Samen een aanbesteding oefenen|Kennis|True",
        "A|Coöperatie Buurtkracht|Klussendag organiseren|Mei 2027",
        "");

    [Fact]
    public void A_workbook_written_from_the_templates_reads_as_the_data_it_was_filled_with()
    {
        Assert.Equal(Expected, FromTemplates());
    }

    private string FromTemplates()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "templates")).FullName;
        using (var kaart = BelangenkaartTemplate.Build(Kaart))
            kaart.SaveAs(Path.Combine(folder, "a-kaart.xlsx"));
        using (var veld = KrachtenveldTemplate.Build(Veld))
            veld.SaveAs(Path.Combine(folder, "b-krachtenveld.xlsx"));
        return ModelTextOf(folder);
    }

    private static string ModelTextOf(string folder)
    {
        var report = Read(folder);
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity != Core.Model.Severity.Opmerking && d.Code != Core.Model.DiagnosticCode.OnbekendePartij);
        return ModelText.Of(report.Coalition).ReplaceLineEndings("\n");
    }

    [Slow(Needs.Openpyxl)]
    [Fact]
    public void A_workbook_written_by_openpyxl_reads_the_same_as_one_from_the_templates()
    {
        var python = ExternalTools.RequirePythonWithOpenpyxl();
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "openpyxl")).FullName;
        var data = _folder.File("data.json");
        File.WriteAllText(data, JsonSerializer.Serialize(new { kaart = Kaart, veld = Veld }, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var script = _folder.File("write.py");
        File.WriteAllText(script, OpenpyxlScript);

        var (exit, output) = ExternalTools.Run(python, [script, data, folder], TimeSpan.FromMinutes(1));

        Assert.True(exit == 0, output);
        Assert.Equal(Expected, ModelTextOf(folder));
    }

    [Slow(Needs.LibreOffice)]
    [Fact]
    public void A_workbook_written_by_libreoffice_reads_the_same_as_one_from_the_templates()
    {
        var soffice = ExternalTools.RequireSoffice();
        var source = Directory.CreateDirectory(Path.Combine(_folder.Path, "fods")).FullName;
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "libreoffice")).FullName;
        File.WriteAllText(Path.Combine(source, "a-kaart.fods"), Fods(KaartSheets()));
        File.WriteAllText(Path.Combine(source, "b-krachtenveld.fods"), Fods(VeldSheets()));

        var profile = new Uri(Path.Combine(_folder.Path, "lo-profile")).AbsoluteUri;
        var (exit, output) = ExternalTools.Run(soffice,
            [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx", "--outdir", folder,
             Path.Combine(source, "a-kaart.fods"), Path.Combine(source, "b-krachtenveld.fods")], TimeSpan.FromMinutes(3));

        Assert.True(exit == 0 && Directory.GetFiles(folder, "*.xlsx").Length == 2, output);
        Assert.Equal(Expected, ModelTextOf(folder));
    }

    // A cell of a flat-ODS table: text (lines become paragraphs), a number, or a date.
    private abstract record OdsCell;
    private sealed record OdsText(string Text) : OdsCell;
    private sealed record OdsNumber(double Value) : OdsCell;
    private sealed record OdsDate(DateTime Value) : OdsCell;

    private static OdsCell?[] Row(params object?[] cells) => cells.Select(c => c switch
    {
        null => null,
        string s => new OdsText(s),
        int i => new OdsNumber(i),
        DateOnly d => new OdsDate(d.ToDateTime(TimeOnly.MinValue)),
        DateTime d => new OdsDate(d),
        _ => (OdsCell)new OdsText(c.ToString()!),
    }).ToArray();

    /// <summary>The belangenkaart laid out differently from the templates: labels lower, tables moved and reordered.</summary>
    private static List<(string Sheet, OdsCell?[][] Rows)> KaartSheets() =>
    [
        ("Toelichting", [Row("Lees dit eerst")]),
        ("Belangenkaart",
        [
            Row("Belangenkaart van onze coöperatie"), Row(),
            Row(null, "Partij:", Kaart.Partij), Row(null, "Contactpersoon", Kaart.Contactpersoon),
            Row(null, "Eigen belang", Kaart.EigenBelang), Row(null, "Gezamenlijk belang", Kaart.GezamenlijkBelang),
            Row(null, "Ambitie", Kaart.Ambitie), Row(null, "Krantenkop", Kaart.Krantenkop),
        ]),
        ("Halen",
        [
            Row("Wat we willen halen"), Row("Toelichting", "Wens of eis", "Soort", "Wat"),
            .. Kaart.Halen!.SelectMany(h => new[] { Row(h.Toelichting, h.WensOfEis, h.Soort, h.Wat), Row() }),
        ]),
        ("Brengen", [Row(null, "Wat", "Omvang", "Soort", "Toelichting"), .. Kaart.Brengen!.Select(b => Row(null, b.Wat, b.Omvang, b.Soort, b.Toelichting))]),
    ];

    private static List<(string Sheet, OdsCell?[][] Rows)> VeldSheets() =>
    [
        ("Samenwerking",
        [
            Row("Naam samenwerking", Veld.NaamSamenwerking), Row("Opgave", Veld.Opgave), Row("Gedeelde ambitie", Veld.GedeeldeAmbitie),
            Row("Krantenkop", Veld.Krantenkop), Row("Datum sessie", Veld.DatumSessie!.Value.ToDateTime(Veld.StarttijdSessie ?? TimeOnly.MinValue)), Row("Begeleider", Veld.Begeleider),
            Row("Sessieduur (minuten)", Veld.SessieduurMinuten),
        ]),
        ("Krachtenveld",
        [
            Row("Randvoorwaarden", "Houding (4D)", "Belangen en drijfveren", "Invloed", "Nodig voor", "Partij"),
            .. Veld.Krachtenveld!.Select(k => Row(k.Randvoorwaarden, k.Houding, k.BelangenEnDrijfveren, k.Invloed, k.NodigVoor, k.Partij)),
        ]),
        ("Interventies", [Row("Partij", "Interventie", "Sluit aan bij", "Gekozen"), .. Veld.Interventies!.Select(i => Row(i.Partij, i.Interventie, i.SluitAanBij, i.Gekozen))]),
        ("Activiteiten", [Row("Partij", "Activiteit", "Wanneer"), .. Veld.Activiteiten!.Select(a => Row(a.Partij, a.Activiteit, a.Wanneer))]),
    ];

    /// <summary>An OpenDocument flat spreadsheet (ODF 1.2, part 1, 9.1 tables) that LibreOffice converts to .xlsx.</summary>
    private static string Fods(List<(string Sheet, OdsCell?[][] Rows)> sheets)
    {
        var b = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
              xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
              xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
            <office:automatic-styles>
              <number:date-style style:name="datum"><number:day/><number:text>-</number:text><number:month/><number:text>-</number:text><number:year number:style="long"/><number:text> </number:text><number:hours/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>
              <style:style style:name="dc" style:family="table-cell" style:data-style-name="datum"/>
            </office:automatic-styles>
            <office:body><office:spreadsheet>
            """);
        foreach (var (sheet, rows) in sheets)
        {
            b.Append($"<table:table table:name=\"{SecurityElement.Escape(sheet)}\">");
            foreach (var row in rows)
            {
                b.Append("<table:table-row>");
                foreach (var cell in row)
                {
                    b.Append(cell switch
                    {
                        OdsText t => "<table:table-cell office:value-type=\"string\">" +
                                     string.Concat(t.Text.Split('\n').Select(line => $"<text:p>{SecurityElement.Escape(line)}</text:p>")) + "</table:table-cell>",
                        OdsNumber n => $"<table:table-cell office:value-type=\"float\" office:value=\"{n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"/>",
                        OdsDate d => $"<table:table-cell table:style-name=\"dc\" office:value-type=\"date\" office:date-value=\"{d.Value:yyyy-MM-dd'T'HH':'mm':'ss}\"/>",
                        _ => "<table:table-cell/>",
                    });
                }
                b.Append("</table:table-row>");
            }
            b.Append("</table:table>");
        }
        return b.Append("</office:spreadsheet></office:body></office:document>").ToString();
    }

    /// <summary>openpyxl writes the contract its own way: shared strings off, other positions and order.</summary>
    private const string OpenpyxlScript = """
        import json, sys, datetime, os
        from openpyxl import Workbook
        data = json.load(open(sys.argv[1], encoding="utf-8"))
        out = sys.argv[2]
        k, v = data["kaart"], data["veld"]

        wb = Workbook()
        ws = wb.active
        ws.title = "Belangenkaart"
        ws["A1"] = "Belangenkaart"
        labels = [("Partij", "partij"), ("Contactpersoon", "contactpersoon"), ("Eigen belang", "eigenBelang"),
                  ("Gezamenlijk belang", "gezamenlijkBelang"), ("Ambitie", "ambitie"), ("Krantenkop", "krantenkop")]
        for i, (label, key) in enumerate(labels):
            ws.cell(row=3 + i, column=2, value=label.upper() + ":")
            ws.cell(row=3 + i, column=3, value=k[key])
        h = wb.create_sheet("Halen")
        h.append(["Halen"])
        h.append(["Soort", "Wat", "Wens of eis", "Toelichting", "Notitie"])
        for item in k["halen"]:
            h.append([item["soort"], "- " + item["wat"], item["wensOfEis"], item["toelichting"], None])
        b = wb.create_sheet("Brengen")
        b.append(["Wat", "Soort", "Omvang", "Toelichting"])
        for item in k["brengen"]:
            b.append([item["wat"], item["soort"], item["omvang"], item["toelichting"]])
        wb.save(os.path.join(out, "a-kaart.xlsx"))

        wb = Workbook()
        s = wb.active
        s.title = "Samenwerking"
        d = datetime.date.fromisoformat(v["datumSessie"])
        t = datetime.time.fromisoformat(v["starttijdSessie"] or "00:00")
        rows = [("Naam samenwerking", v["naamSamenwerking"]), ("Opgave", v["opgave"]), ("Gedeelde ambitie", v["gedeeldeAmbitie"]),
                ("Krantenkop", v["krantenkop"]), ("Datum sessie", datetime.datetime.combine(d, t)),
                ("Begeleider", v["begeleider"]), ("Sessieduur (minuten)", v["sessieduurMinuten"])]
        for r in rows:
            s.append(list(r))
        f = wb.create_sheet("Krachtenveld")
        f.append(["Partij", "Nodig voor", "Invloed", "Belangen en drijfveren", "Houding (4D)", "Randvoorwaarden"])
        for r in v["krachtenveld"]:
            f.append([r["partij"], r["nodigVoor"], r["invloed"], r["belangenEnDrijfveren"], r["houding"], r["randvoorwaarden"]])
        i = wb.create_sheet("Interventies")
        i.append(["Partij", "Interventie", "Sluit aan bij", "Gekozen"])
        for r in v["interventies"]:
            i.append([r["partij"], r["interventie"], r["sluitAanBij"], r["gekozen"]])
        a = wb.create_sheet("Activiteiten")
        a.append(["Partij", "Activiteit", "Wanneer"])
        for r in v["activiteiten"]:
            a.append([r["partij"], r["activiteit"], r["wanneer"]])
        wb.save(os.path.join(out, "b-krachtenveld.xlsx"))
        """;
}
