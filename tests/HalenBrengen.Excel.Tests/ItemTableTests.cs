using ClosedXML.Excel;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Templates;
using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Excel.Tests.Support.Kaarten;

namespace HalenBrengen.Excel.Tests;

/// <summary>
/// The Halen and Brengen tables at their edges, each value written out by hand: blank rows between
/// items, the header on the last row the reader searches, and every column of an item read into its
/// own field (each column holding a value no other column holds, so two fields swapped cannot read equal).
/// Headers are typed here as a partner's workbook has them, not taken from the contract's constants.
/// </summary>
public sealed class ItemTableTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// A blank row in three forms: no row at all, a row element without cells, and a row whose cells
    /// hold only spaces (row 5, 7 and 9), between items in both tables.
    /// </summary>
    [Fact]
    public void Blank_rows_between_items_in_halen_and_brengen_do_not_end_the_table()
    {
        var halen = "<row r=\"1\">" + RawWorkbook.InlineCell("A1", "Wat") + RawWorkbook.InlineCell("B1", "Toelichting") + "</row>" +
            "<row r=\"2\">" + RawWorkbook.InlineCell("A2", "Stageplekken") + "</row>" +
            "<row r=\"4\">" + RawWorkbook.InlineCell("A4", "Een gymzaal") + RawWorkbook.InlineCell("B4", "Op dinsdag") + "</row>" +
            "<row r=\"5\"></row>" +
            "<row r=\"6\">" + RawWorkbook.InlineCell("A6", "Ouders die meedoen") + "</row>" +
            "<row r=\"7\">" + RawWorkbook.InlineCell("A7", "   ") + RawWorkbook.InlineCell("B7", " ") + "</row>" +
            "<row r=\"8\">" + RawWorkbook.InlineCell("A8", "Leesouders") + "</row>";
        var brengen = "<row r=\"1\">" + RawWorkbook.InlineCell("A1", "Wat") + RawWorkbook.InlineCell("B1", "Omvang") + "</row>" +
            "<row r=\"2\"></row>" +
            "<row r=\"3\">" + RawWorkbook.InlineCell("A3", "Het schoolplein") + RawWorkbook.InlineCell("B3", "Na schooltijd") + "</row>" +
            "<row r=\"4\">" + RawWorkbook.InlineCell("A4", " ") + "</row>" +
            "<row r=\"6\">" + RawWorkbook.InlineCell("A6", "Een lokaal") + RawWorkbook.InlineCell("B6", "2 dagdelen") + "</row>";
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "Basisschool De Linde"])
            .Sheet("Halen", halen)
            .Sheet("Brengen", brengen)
            .SaveTo(_folder.File("gaten.xlsx"));

        var report = Read(path);

        var partner = Assert.Single(report.Coalition.Partners);
        Assert.Equal(["Stageplekken", "Een gymzaal", "Ouders die meedoen", "Leesouders"], partner.Halen.Select(i => i.Text.Value));
        Assert.Equal([null, "Op dinsdag", null, null], partner.Halen.Select(i => i.Toelichting?.Value));
        Assert.Equal(["A2", "A4", "A6", "A8"], partner.Halen.Select(i => i.Text.Source.Cell));
        Assert.Equal(["Het schoolplein", "Een lokaal"], partner.Brengen.Select(i => i.Text.Value));
        Assert.Equal(["Na schooltijd", "2 dagdelen"], partner.Brengen.Select(i => i.Omvang?.Value));
        Assert.Equal(["A3", "A6"], partner.Brengen.Select(i => i.Text.Source.Cell));
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity != Severity.Opmerking);
    }

    /// <summary>As a facilitator meets it: a form from the templates, filled in with a row left empty in each table.</summary>
    [Fact]
    public void A_filled_in_form_with_an_empty_row_between_items_gives_every_item()
    {
        var path = _folder.File("formulier.xlsx");
        using (var workbook = BelangenkaartTemplate.Build(new BelangenkaartInvulling("Bibliotheek Oost")))
        {
            // The form's header is on row 3; rows 4 onwards are formatted input rows, empty until typed in.
            var halen = workbook.Worksheet("Halen");
            halen.Cell(4, 1).Value = "Leesbevordering op school";
            halen.Cell(6, 1).Value = "Een plek in de brede school";
            halen.Cell(6, 3).Value = "Eis";
            var brengen = workbook.Worksheet("Brengen");
            brengen.Cell(4, 1).Value = "Voorleesvrijwilligers";
            brengen.Cell(7, 1).Value = "Boekenpakketten";
            brengen.Cell(7, 3).Value = "40 per jaar";
            workbook.SaveAs(path);
        }

        var partner = Assert.Single(Read(path).Coalition.Partners);

        Assert.Equal(["Leesbevordering op school", "Een plek in de brede school"], partner.Halen.Select(i => i.Text.Value));
        Assert.Equal([false, true], partner.Halen.Select(i => i.IsEis));
        Assert.Equal(["Voorleesvrijwilligers", "Boekenpakketten"], partner.Brengen.Select(i => i.Text.Value));
        Assert.Equal([null, "40 per jaar"], partner.Brengen.Select(i => i.Omvang?.Value));
    }

    /// <summary>The contract searches the first 10 rows for the header: row 10 is the last that counts.</summary>
    [Theory]
    [InlineData("Halen")]
    [InlineData("Brengen")]
    public void A_header_on_row_ten_is_found_and_the_items_under_it_read(string sheet)
    {
        var rows = Enumerable.Range(1, 9).Select(r => r == 1 ? new string?[] { $"{sheet} van de school" } : [])
            .Append(["Wat", "Toelichting"]).Append(["Een moestuin", "Achter de school"]).Append(["Kookles"]).ToArray();
        var other = sheet == "Halen" ? "Brengen" : "Halen";
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "School"])
            .TextSheet(sheet, rows)
            .TextSheet(other, ["Wat"], ["Iets anders"])
            .SaveTo(_folder.File("rij10.xlsx"));

        var report = Read(path);

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCode.KolomOntbreekt);
        var partner = Assert.Single(report.Coalition.Partners);
        var items = sheet == "Halen" ? partner.Halen : partner.Brengen;
        Assert.Equal(["Een moestuin", "Kookles"], items.Select(i => i.Text.Value));
        Assert.Equal(["A11", "A12"], items.Select(i => i.Text.Source.Cell));
        Assert.Equal("Achter de school", items[0].Toelichting?.Value);
    }

    /// <summary>Every column of a brengen item, in the contract's order and shuffled, each value its own.</summary>
    [Theory]
    [InlineData("Wat|Soort|Omvang|Toelichting")]
    [InlineData("Toelichting|Omvang|Wat|Soort")]
    [InlineData("Omvang|Toelichting|Soort|Wat")]
    public void A_brengen_item_reads_every_column_into_its_own_field(string order)
    {
        var values = new Dictionary<string, string>
        {
            ["Wat"] = "Twee jongerenwerkers",
            ["Soort"] = "Capaciteit en menskracht",
            ["Omvang"] = "16 uur per week",
            ["Toelichting"] = "Alleen in de avonduren",
        };
        var headers = order.Split('|');
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "Jongerenwerk Zuid"])
            .TextSheet("Halen", ["Wat"], ["Een ruimte"])
            .TextSheet("Brengen", headers, headers.Select(h => values[h]).ToArray())
            .SaveTo(_folder.File("brengen.xlsx"));

        var item = Assert.Single(Assert.Single(Read(path).Coalition.Partners).Brengen);

        Assert.Equal("Twee jongerenwerkers", item.Text.Value);
        Assert.Equal(Soort.CapaciteitEnMenskracht, item.Soort?.Value);
        Assert.Equal("16 uur per week", item.Omvang?.Value);
        Assert.Equal("Alleen in de avonduren", item.Toelichting?.Value);
        Assert.Equal(ItemKind.Brengen, item.Kind);
        Assert.Null(item.WensOfEis);
        var column = (string header) => ((char)('A' + Array.IndexOf(headers, header))).ToString();
        Assert.Equal(column("Wat") + "2", item.Text.Source.Cell);
        Assert.Equal(column("Omvang") + "2", item.Omvang!.Source.Cell);
        Assert.Equal(column("Toelichting") + "2", item.Toelichting!.Source.Cell);
    }

    /// <summary>The same, for a halen item: Wat, Soort, Wens of eis and Toelichting, shuffled.</summary>
    [Fact]
    public void A_halen_item_reads_every_column_into_its_own_field()
    {
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "Jongerenwerk Zuid"])
            .TextSheet("Halen", ["Toelichting", "Wens of eis", "Wat", "Soort"], ["Voor de zomer", "Eis", "Zicht op schooluitval", "Data en informatie"])
            .TextSheet("Brengen", ["Wat"], ["Inzet"])
            .SaveTo(_folder.File("halen.xlsx"));

        var item = Assert.Single(Assert.Single(Read(path).Coalition.Partners).Halen);

        Assert.Equal("Zicht op schooluitval", item.Text.Value);
        Assert.Equal(Soort.DataEnInformatie, item.Soort?.Value);
        Assert.True(item.IsEis);
        Assert.Equal("Voor de zomer", item.Toelichting?.Value);
        Assert.Null(item.Omvang);
    }

    /// <summary>Through the blank form, as a partner fills it in: the form's columns are read back into the fields they are for.</summary>
    [Fact]
    public void A_brengen_item_typed_into_the_form_reads_back_field_by_field()
    {
        var path = _folder.File("ingevuld.xlsx");
        using (var workbook = BelangenkaartTemplate.Build(new BelangenkaartInvulling("Jongerenwerk Zuid",
            Brengen: [new BrengenRegel("Twee jongerenwerkers", "Capaciteit en menskracht", "16 uur per week", "Alleen in de avonduren")])))
        {
            // The form's own header row, as the partner sees it: the columns are where this test says they are.
            var header = workbook.Worksheet("Brengen").Row(3);
            Assert.Equal(["Wat", "Soort", "Omvang", "Toelichting"], Enumerable.Range(1, 4).Select(c => header.Cell(c).GetString()));
            workbook.SaveAs(path);
        }

        var item = Assert.Single(Assert.Single(Read(path).Coalition.Partners).Brengen);

        Assert.Equal("Twee jongerenwerkers", item.Text.Value);
        Assert.Equal(Soort.CapaciteitEnMenskracht, item.Soort?.Value);
        Assert.Equal("16 uur per week", item.Omvang?.Value);
        Assert.Equal("C4", item.Omvang!.Source.Cell);
        Assert.Equal("Alleen in de avonduren", item.Toelichting?.Value);
        Assert.Equal("D4", item.Toelichting!.Source.Cell);
    }
}
