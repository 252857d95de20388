using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Excel.Tests.Support.Kaarten;

namespace HalenBrengen.Excel.Tests;

/// <summary>
/// A workbook written by a script and never opened in Excel holds formulas without a computed value.
/// Reading says so, naming the cell, and tells the facilitator to open and save the file in Excel once:
/// in a required cell (the partner's name, the main column of a table) that blocks, elsewhere it warns.
/// The cells are written the way openpyxl writes them (&lt;f&gt; with an empty &lt;v/&gt;), with no
/// &lt;v&gt; at all, and as a shared formula's later cell.
/// </summary>
public sealed class UncomputedFormulaTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private List<InputReport> ReadFolder()
    {
        var before = Damage.Fingerprint(_folder.Path);
        var reports = Cultures.Each(() => Read(_folder.Path));
        Assert.Equal(before, Damage.Fingerprint(_folder.Path));
        return reports;
    }

    private static string Row(int number, params string[] cells) => $"<row r=\"{number}\">{string.Concat(cells)}</row>";

    [Fact]
    public void A_partner_name_that_is_a_formula_without_value_blocks_and_says_to_open_and_save_in_excel()
    {
        var path = new RawWorkbook()
            .Sheet("Belangenkaart", Row(1, RawWorkbook.InlineCell("A1", "Partij"), "<c r=\"B1\"><f>CONCATENATE(\"Gemeente \",\"Dommelstede\")</f><v/></c>"))
            .TextSheet("Halen", ["Wat"], ["Signalen"])
            .TextSheet("Brengen", ["Wat"], ["Budget"])
            .SaveTo(_folder.File("script.xlsx"));

        foreach (var report in ReadFolder())
        {
            var error = Single(report, DiagnosticCode.FormuleZonderWaarde);
            Assert.Equal(Severity.Fout, error.Severity);
            Assert.Equal(new SourceRef(path, "Belangenkaart", "B1"), error.Where);
            Assert.Contains("=CONCATENATE(\"Gemeente \",\"Dommelstede\")", error.Message);
            Assert.Contains("zonder berekende waarde", error.Message);
            Assert.Contains("Open het bestand één keer in Excel en sla het op", error.Message);
            Assert.DoesNotContain("leeg", error.Message);
            Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCode.VerplichtVeldLeeg);
            Assert.Empty(report.Coalition.Partners);
            Assert.False(report.CanGenerate(strict: false));
        }
    }

    [Fact]
    public void Formulas_without_value_warn_in_optional_cells_and_block_in_a_tables_main_column()
    {
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "School"], ["Ambitie", null])
            .Sheet("Halen",
                RawWorkbook.Rows(1, ["Wat", "Toelichting"]) +
                Row(2, "<c r=\"A2\"><f>B2&amp;\" en meer\"</f></c>", RawWorkbook.InlineCell("B2", "Kennis")) +
                Row(3, RawWorkbook.InlineCell("A3", "Vrijwilligers"), "<c r=\"B3\" t=\"str\"><f>UPPER(A3)</f></c>") +
                // Excel's own empty text result: a computed value, read as an empty cell without a word.
                Row(4, RawWorkbook.InlineCell("A4", "Ruimte"), "<c r=\"B4\" t=\"str\"><f>IF(A4=\"\",\"x\",\"\")</f><v></v></c>"))
            .Sheet("Brengen",
                RawWorkbook.Rows(1, ["Wat", "Omvang"]) +
                Row(2, RawWorkbook.InlineCell("A2", "Lokalen"), "<c r=\"B2\"><f t=\"shared\" ref=\"B2:B3\" si=\"0\">2*3</f><v></v></c>") +
                Row(3, RawWorkbook.InlineCell("A3", "Koffie"), "<c r=\"B3\"><f t=\"shared\" si=\"0\"/><v/></c>"))
            .SaveTo(_folder.File("kaart.xlsx"));
        new RawWorkbook()
            .Sheet("Krachtenveld", RawWorkbook.Rows(1, ["Partij", "Invloed"]) + Row(2, "<c r=\"A2\"><f>'Blad 2'!A1</f><v></v></c>", RawWorkbook.InlineCell("B2", "Groot")))
            .SaveTo(_folder.File("kv.xlsx"));

        foreach (var report in ReadFolder())
        {
            var found = report.Diagnostics.Where(d => d.Code == DiagnosticCode.FormuleZonderWaarde)
                .Select(d => (d.Where.ToString(), d.Severity)).OrderBy(d => d.Item1, StringComparer.Ordinal).ToList();
            Assert.Equal(
                [
                    ($"{path} › Brengen › B2", Severity.Waarschuwing),
                    ($"{path} › Brengen › B3", Severity.Waarschuwing),
                    ($"{path} › Halen › A2", Severity.Fout),
                    ($"{path} › Halen › B3", Severity.Waarschuwing),
                    ($"{_folder.File("kv.xlsx")} › Krachtenveld › A2", Severity.Fout),
                ],
                found);
            Assert.All(report.Diagnostics.Where(d => d.Code == DiagnosticCode.FormuleZonderWaarde),
                d => Assert.Contains("Open het bestand één keer in Excel en sla het op", d.Message));
            // The rows whose main text is a formula say why they are missing, once.
            Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCode.RijZonderHoofdwaarde);
            var partner = Assert.Single(report.Coalition.Partners);
            Assert.Equal(["Vrijwilligers", "Ruimte"], partner.Halen.Select(i => i.Text.Value));
            Assert.All(partner.Halen, i => Assert.Null(i.Toelichting));
            Assert.All(partner.Brengen, i => Assert.Null(i.Omvang));
            Assert.False(report.CanGenerate(strict: false));
        }
    }
}
