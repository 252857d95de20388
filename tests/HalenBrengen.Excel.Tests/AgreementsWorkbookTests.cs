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
        Assert.Equal(["Wil halen", "Van", "Wens of eis", "Kan brengen", "Door", "Waarom", "Sterkte", "Afgesproken", "Afspraak", "Wanneer"],
            Enumerable.Range(1, 10).Select(c => sheet.Cell(1, c).GetString()));

        var analysis = Example.Value;
        var expected = analysis.Matrix.Partners.SelectMany(p => p.Halen).SelectMany(w => analysis.Matches.Suggested(w)).ToList();
        // Every want with a strong suggestion or a guess that shares a subject has a row; a mere shared word makes none.
        Assert.Equal(analysis.Matrix.Partners.SelectMany(p => p.Halen).Count(w => analysis.Matches.For(w).Any(m => m.IsStrong || m.Reasons.Any(r => r.Concept is not null))),
            expected.DistinctBy(m => m.Want).Count());
        for (var i = 0; i < expected.Count; i++)
        {
            var row = i + 2;
            var m = expected[i];
            // The want and the offer exactly as the partners wrote them, whole.
            Assert.Equal(m.Want.Text.Value, sheet.Cell(row, Col(SuggestionColumn.Want)).GetString());
            Assert.Equal(m.Wanter.Naam, sheet.Cell(row, Col(SuggestionColumn.Wanter)).GetString());
            Assert.Equal(m.Offer.Text.Value, sheet.Cell(row, Col(SuggestionColumn.Offer)).GetString());
            Assert.Equal(m.Bringer.Naam, sheet.Cell(row, Col(SuggestionColumn.Bringer)).GetString());
            Assert.Equal(m.Want.IsEis ? "eis" : "wens", sheet.Cell(row, Col(SuggestionColumn.Demand)).GetString());
            // The reason is a sentence to read, not the matcher's notation.
            var why = sheet.Cell(row, Col(SuggestionColumn.Why)).GetString();
            Assert.StartsWith("Beide ", why, StringComparison.Ordinal);
            Assert.DoesNotContain("↔", why, StringComparison.Ordinal);
            Assert.Equal(m.IsStrong ? "sterk" : "mogelijk", sheet.Cell(row, Col(SuggestionColumn.Strength)).GetString());
            Assert.Equal("", sheet.Cell(row, Col(SuggestionColumn.Agreed)).GetString());
        }
        // Grouped by want in partner and item order; within a want, strong before possible.
        var wants = analysis.Matrix.Partners.SelectMany(p => p.Halen).Select(w => w.Text.Value).ToList();
        var rows = Enumerable.Range(2, expected.Count).Select(r => (Want: sheet.Cell(r, Col(SuggestionColumn.Want)).GetString(), Strong: sheet.Cell(r, Col(SuggestionColumn.Strength)).GetString() == "sterk")).ToList();
        Assert.Equal(rows.Select(r => wants.IndexOf(r.Want)).Order(), rows.Select(r => wants.IndexOf(r.Want)));
        Assert.All(rows.GroupBy(r => r.Want), g => Assert.Equal(g.Select(r => r.Strong).OrderDescending(), g.Select(r => r.Strong)));
        // One row a bringer for a want: a second offer of the same partner is the same conversation.
        Assert.All(expected.GroupBy(m => (m.Want, m.Bringer.Naam)), g => Assert.Single(g));
        Assert.Contains(analysis.Matrix.Partners.SelectMany(p => p.Halen), w => analysis.Matches.For(w).Where(m => m.IsStrong).GroupBy(m => m.Bringer.Naam).Any(g => g.Count() > 1));
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
        Assert.Equal($"H2:H{last}", validation.Ranges.Single().RangeAddress.ToString());
        var list = workbook.NamedRanges.NamedRange(validation.Value)!.Ranges.Single();
        Assert.Equal(["Ja", "Nee", "Later"], list.Cells().Select(c => c.GetString()));
        Assert.Equal(XLWorksheetVisibility.Hidden, list.Worksheet.Visibility);
        // The free rows are to fill in whole, the suggestions only in what the group decides.
        Assert.Equal(TemplateStyleFill, sheet.Cell(last, 1).Style.Fill.BackgroundColor);
        // A free row is to write in by hand, but not its Waarom or Sterkte: those are the list's.
        Assert.NotEqual(TemplateStyleFill, sheet.Cell(last, Col(SuggestionColumn.Why)).Style.Fill.BackgroundColor);
        Assert.NotEqual(TemplateStyleFill, sheet.Cell(last, Col(SuggestionColumn.Strength)).Style.Fill.BackgroundColor);
        Assert.True(sheet.Row(last).Height >= 30, $"a free row {sheet.Row(last).Height} pt high");
        Assert.Equal(TemplateStyleFill, sheet.Cell(2, Col(SuggestionColumn.Agreed)).Style.Fill.BackgroundColor);
        Assert.NotEqual(TemplateStyleFill, sheet.Cell(2, 1).Style.Fill.BackgroundColor);
        Assert.Equal(1, sheet.SheetView.SplitRow);
    }

    [Fact]
    public void Printed_on_a4_landscape_one_page_wide_the_text_stands_at_nine_points_or_more()
    {
        Assert.InRange(AgreementsWorkbook.PrintedSize(AgreementsWorkbook.SuggestionWidths), 9, 11);
        Assert.InRange(AgreementsWorkbook.PrintedSize(AgreementsWorkbook.OpenWidths), 9, 11);
        // The measure itself: the old list's widths printed at 6.4 points by LibreOffice ("about 7", a reader said).
        Assert.InRange(AgreementsWorkbook.PrintedSize([42, 22, 42, 22, 40, 10, 13, 42, 16]), 6, 7);
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
        Assert.Equal(["Wants", "Wanted by", "Wish or demand", "Can bring", "Brought by", "Why", "Strength", "Agreed", "Agreement", "When"],
            Enumerable.Range(1, 10).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Contains(sheet.Cell(2, Col(SuggestionColumn.Strength)).GetString(), new[] { "strong", "possible" });
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

    /// <summary>The example's list, filled in as a group would in a spreadsheet program; then read with the example's workbooks.</summary>
    private static InputReport ReadFilled(Action<IXLWorksheet> fill, Language language = Language.Nl)
    {
        using var workbook = new XLWorkbook(new MemoryStream(AgreementsWorkbook.Bytes(Example.Value, Words.For(language))));
        fill(workbook.Worksheet(1));
        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        var inputs = Directory.GetFiles(Repository.PathOf("templates", "voorbeeld"), "*.xlsx").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        return WorkbookReader.Read([.. inputs, ("afspraken.xlsx", saved.ToArray())]);
    }

    [Fact]
    public void An_unfilled_afsprakenlijst_among_the_inputs_is_recognised_and_says_nothing()
    {
        var report = ReadFilled(_ => { });

        Assert.Empty(report.Coalition.Agreements);
        Assert.Empty(report.Diagnostics);
        Assert.Equal(7, report.Coalition.Partners.Count);
    }

    [Fact]
    public void Rows_agreed_or_put_off_are_read_with_their_cells_and_the_others_are_not()
    {
        var report = ReadFilled(sheet =>
        {
            sheet.Cell(2, Col(SuggestionColumn.Agreed)).Value = "Ja";
            sheet.Cell(2, Col(SuggestionColumn.What)).Value = "Convenant vroegsignalering";
            sheet.Cell(2, Col(SuggestionColumn.When)).SetValue("april 2027").DataType = XLDataType.Text; // ClosedXML would make it a date
            sheet.Cell(3, Col(SuggestionColumn.Agreed)).Value = "later";
            sheet.Cell(4, Col(SuggestionColumn.Agreed)).Value = "Nee";
        });

        Assert.Empty(report.Diagnostics);
        var (first, second) = (report.Coalition.Agreements[0], report.Coalition.Agreements[1]);
        Assert.Equal(2, report.Coalition.Agreements.Count);
        Assert.Equal(Afgesproken.Ja, first.Agreed.Value);
        // The round opens with the debt buddies (little influence), so their wants come first.
        Assert.Equal("Meer aanmeldingen, eerder in het traject", first.Want!.Value);
        Assert.Equal("Schuldhulpmaatje Dommelstede", first.Wanter!.Value);
        Assert.Equal("Zorggroep Dommelvallei", first.Bringer!.Value);
        Assert.Equal("Convenant vroegsignalering", first.What!.Value);
        Assert.Equal("april 2027", first.When!.Value);
        Assert.Equal(new SourceRef("afspraken.xlsx", "Suggesties", "I2"), first.What.Source);
        Assert.Equal(Afgesproken.Later, second.Agreed.Value);
    }

    [Fact]
    public void A_sorted_list_with_a_column_added_and_rows_deleted_is_read_by_its_headers()
    {
        var report = ReadFilled(sheet =>
        {
            sheet.Cell(2, Col(SuggestionColumn.Agreed)).Value = "Ja";
            sheet.Row(3).Delete();
            sheet.Column(1).InsertColumnsBefore(1);
            sheet.Cell(1, 1).Value = "Onze nummering";
            sheet.Cell(2, 1).Value = "1";
        });

        var agreement = Assert.Single(report.Coalition.Agreements);
        Assert.Equal("Meer aanmeldingen, eerder in het traject", agreement.Want!.Value);
        Assert.Equal("I2", agreement.Agreed.Source.Cell); // a column inserted before: Afgesproken moved from H to I
        Assert.Contains(report.Diagnostics, d => d.Message.Contains("Onze nummering", StringComparison.Ordinal)); // a column not read is named
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Fout);
    }

    [Fact]
    public void An_edited_list_gets_a_warning_per_cell_and_loses_nothing()
    {
        var report = ReadFilled(sheet =>
        {
            sheet.Cell(2, Col(SuggestionColumn.Agreed)).Value = "Ja";
            sheet.Cell(2, Col(SuggestionColumn.Wanter)).Value = "Gemeente Oud-Dommelstede"; // the partner renamed
            sheet.Cell(3, Col(SuggestionColumn.Agreed)).Value = "Ja";
            sheet.Cell(3, Col(SuggestionColumn.Want)).Value = "Vroege signalen, anders gezegd"; // the want changed since
            sheet.Cell(4, Col(SuggestionColumn.Agreed)).Value = "misschien"; // not on the list
            sheet.Cell(5, Col(SuggestionColumn.What)).Value = "Samen een folder maken"; // an agreement written, nothing chosen
        });

        Assert.Equal(2, report.Coalition.Agreements.Count);
        Assert.Equal("Gemeente Oud-Dommelstede", report.Coalition.Agreements[0].Wanter!.Value);
        Assert.All(report.Diagnostics, d => Assert.Equal(Severity.Waarschuwing, d.Severity));
        string Cell(Diagnostic d) => $"{d.Where.Sheet}!{d.Where.Cell}";
        Assert.Equal(["Suggesties!B2", "Suggesties!A3", "Suggesties!H4", "Suggesties!H5"], report.Diagnostics.Select(Cell).Order(StringComparer.Ordinal).ToArray()
            .OrderBy(c => c[^1]).ToList());
        Assert.Contains(report.Diagnostics, d => d.Message.Contains("Gemeente Oud-Dommelstede", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, d => d.Message.Contains("misschien", StringComparison.Ordinal) && d.Message.Contains("'Later'", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, d => d.Message.Contains("Samen een folder maken", StringComparison.Ordinal));
        Assert.True(report.CanGenerate(strict: false));
    }

    [Fact]
    public void A_list_whose_headers_are_gone_is_a_warning_that_blocks_nothing()
    {
        var report = ReadFilled(sheet => sheet.Row(1).Clear());

        Assert.Empty(report.Coalition.Agreements);
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal(Severity.Waarschuwing, warning.Severity);
        Assert.Contains("Afgesproken", warning.Message, StringComparison.Ordinal);
        Assert.True(report.CanGenerate(strict: false));
    }

    [Fact]
    public void An_english_list_is_read_by_its_english_headers()
    {
        var report = ReadFilled(sheet => sheet.Cell(2, Col(SuggestionColumn.Agreed)).Value = "Yes", Language.En);

        Assert.Equal(Afgesproken.Ja, Assert.Single(report.Coalition.Agreements).Agreed.Value);
        Assert.Empty(report.Diagnostics);
    }

    /// <summary>A column of the sheet Suggesties, 1-based as ClosedXML counts.</summary>
    private static int Col(int index) => index + 1;
}
