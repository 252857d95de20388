using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Agreements;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Tests.Support;

namespace HalenBrengen.Excel.Tests;

/// <summary>
/// The afsprakenlijst (issue 20, item 4), read back as a person's spreadsheet program reads it: the sheets by
/// name, one header row, one row per suggestion grouped by want, the partners' own words whole, a drop-down
/// for what was agreed, free rows, and the open needs with what might answer them.
/// </summary>
public sealed class AgreementsWorkbookTests
{
    private static readonly Lazy<CoalitionAnalysis> Example = new(() =>
        CoalitionAnalysis.Of(WorkbookReader.Read([Repository.PathOf("templates", "voorbeeld")]).Coalition));

    private static XLWorkbook Read(Language language) =>
        new(new MemoryStream(AgreementsWorkbook.Bytes(Example.Value, Words.For(language))));

    [Fact]
    public void The_first_sheet_has_one_header_row_and_a_row_per_suggestion_grouped_by_want_strongest_first()
    {
        using var workbook = Read(Language.Nl);
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Suggesties", sheet.Name);
        Assert.Equal(["Wil halen", "Van", "Kan brengen", "Door", "Waarom", "Sterkte", "Afgesproken", "Afspraak", "Wanneer"],
            Enumerable.Range(1, 9).Select(c => sheet.Cell(1, c).GetString()));

        var analysis = Example.Value;
        var expected = analysis.Matrix.Partners.SelectMany(p => p.Halen).SelectMany(w => analysis.Matches.Suggested(w)).ToList();
        Assert.True(expected.Count >= analysis.Matrix.Partners.Sum(p => p.Halen.Count), $"{expected.Count} suggestions");
        for (var i = 0; i < expected.Count; i++)
        {
            var row = i + 2;
            var m = expected[i];
            // The want and the offer exactly as the partners wrote them, whole.
            Assert.Equal(m.Want.Text.Value, sheet.Cell(row, 1).GetString());
            Assert.Equal(m.Wanter.Naam, sheet.Cell(row, 2).GetString());
            Assert.Equal(m.Offer.Text.Value, sheet.Cell(row, 3).GetString());
            Assert.Equal(m.Bringer.Naam, sheet.Cell(row, 4).GetString());
            Assert.False(string.IsNullOrWhiteSpace(sheet.Cell(row, 5).GetString()), $"row {row} has no reason");
            Assert.Equal(m.IsStrong ? "sterk" : "mogelijk", sheet.Cell(row, 6).GetString());
            Assert.Equal("", sheet.Cell(row, 7).GetString());
        }
        // Grouped by want in partner and item order; within a want, strong before possible.
        var wants = analysis.Matrix.Partners.SelectMany(p => p.Halen).Select(w => w.Text.Value).ToList();
        var rows = Enumerable.Range(2, expected.Count).Select(r => (Want: sheet.Cell(r, 1).GetString(), Strong: sheet.Cell(r, 6).GetString() == "sterk")).ToList();
        Assert.Equal(rows.Select(r => wants.IndexOf(r.Want)).Order(), rows.Select(r => wants.IndexOf(r.Want)));
        Assert.All(rows.GroupBy(r => r.Want), g => Assert.Equal(g.Select(r => r.Strong).OrderDescending(), g.Select(r => r.Strong)));
        // Nothing after the free rows.
        Assert.True(sheet.LastRowUsed()!.RowNumber() <= expected.Count + 1 + AgreementsWorkbook.FreeRows);
    }

    [Fact]
    public void Afgesproken_is_a_drop_down_of_ja_nee_later_down_to_the_last_free_row()
    {
        using var workbook = Read(Language.Nl);
        var sheet = workbook.Worksheet("Suggesties");
        var suggestions = Example.Value.Matrix.Partners.SelectMany(p => p.Halen).Sum(w => Example.Value.Matches.Suggested(w).Count);
        var last = suggestions + 1 + AgreementsWorkbook.FreeRows;

        var validation = Assert.Single(sheet.DataValidations, v => v.AllowedValues == XLAllowedValues.List);
        Assert.Equal($"G2:G{last}", validation.Ranges.Single().RangeAddress.ToString());
        var list = workbook.NamedRanges.NamedRange(validation.Value)!.Ranges.Single();
        Assert.Equal(["Ja", "Nee", "Later"], list.Cells().Select(c => c.GetString()));
        Assert.Equal(XLWorksheetVisibility.Hidden, list.Worksheet.Visibility);
        // The free rows are to fill in whole, the suggestions only in what the group decides.
        Assert.Equal(TemplateStyleFill, sheet.Cell(last, 1).Style.Fill.BackgroundColor);
        Assert.Equal(TemplateStyleFill, sheet.Cell(2, 7).Style.Fill.BackgroundColor);
        Assert.NotEqual(TemplateStyleFill, sheet.Cell(2, 1).Style.Fill.BackgroundColor);
        Assert.Equal(1, sheet.SheetView.SplitRow);
    }

    private static readonly XLColor TemplateStyleFill = XLColor.FromArgb(0xFF, 0xF7, 0xD6);

    [Fact]
    public void The_second_sheet_lists_every_open_need_with_what_might_answer_it()
    {
        using var workbook = Read(Language.Nl);
        var sheet = workbook.Worksheet(2);
        Assert.Equal("Open behoeften", sheet.Name);
        Assert.Equal(["Wil halen", "Van", "Wens of eis", "Misschien"], Enumerable.Range(1, 4).Select(c => sheet.Cell(1, c).GetString()));
        var open = Example.Value.OpenNeeds;
        Assert.NotEmpty(open);
        for (var i = 0; i < open.Count; i++)
        {
            Assert.Equal(open[i].Want.Text.Value, sheet.Cell(i + 2, 1).GetString());
            Assert.Equal(open[i].Want.IsEis ? "eis" : "wens", sheet.Cell(i + 2, 3).GetString());
            Assert.Equal(string.Join("\n", open[i].Maybe.Select(m => $"{m.Bringer.Naam}: {m.Offer.Text.Value}")), sheet.Cell(i + 2, 4).GetString());
        }
        // No open need has a strong suggestion; every want without one is here.
        Assert.All(open, o => Assert.DoesNotContain(Example.Value.Matches.For(o.Want), m => m.IsStrong));
    }

    [Fact]
    public void In_english_the_sheets_columns_and_values_are_english()
    {
        using var workbook = Read(Language.En);
        Assert.Equal(["Suggestions", "Open needs"], workbook.Worksheets.Take(2).Select(s => s.Name));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(["Wants", "Wanted by", "Can bring", "Brought by", "Why", "Strength", "Agreed", "Agreement", "When"],
            Enumerable.Range(1, 9).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Contains(sheet.Cell(2, 6).GetString(), new[] { "strong", "possible" });
        var validation = Assert.Single(sheet.DataValidations, v => v.AllowedValues == XLAllowedValues.List);
        Assert.Equal(["Yes", "No", "Later"], workbook.NamedRanges.NamedRange(validation.Value)!.Ranges.Single().Cells().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData(Language.Nl)]
    [InlineData(Language.En)]
    public void The_package_is_valid_spreadsheetml_and_the_same_bytes_every_time(Language language)
    {
        var bytes = AgreementsWorkbook.Bytes(Example.Value, Words.For(language));
        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
            Assert.Empty(new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        Assert.Equal(bytes, AgreementsWorkbook.Bytes(CoalitionAnalysis.Of(WorkbookReader.Read([Repository.PathOf("templates", "voorbeeld")]).Coalition), Words.For(language)));
    }

    [Fact]
    public void Among_the_inputs_an_afsprakenlijst_is_recognised_and_blocks_nothing()
    {
        var bytes = AgreementsWorkbook.Bytes(Example.Value, Words.Nl);
        var kaart = File.ReadAllBytes(Repository.PathOf("templates", "voorbeeld", "01-gemeente-dommelstede.xlsx"));

        var report = WorkbookReader.Read([("afspraken.xlsx", bytes), ("01.xlsx", kaart)]);

        var note = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCode.Afsprakenlijst);
        Assert.Equal(Severity.Waarschuwing, note.Severity);
        Assert.Equal("afspraken.xlsx", note.Where.File);
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Fout);
        Assert.Single(report.Coalition.Partners);
    }
}
