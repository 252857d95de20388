using ClosedXML.Excel;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Excel.Templates;

/// <summary>A column of a table sheet: its header, width, hint, and the value list it draws from, if any.</summary>
/// <paramref name="OnPaper"/>: what a column whose drop-down is not from the list sheet offers (the partners of the force field).
internal sealed record TableColumn(string Header, double Width, string Hint, string? ListName = null, bool Date = false, string? OnPaper = null);

/// <summary>A label of a label sheet, with a hint beside it and the height its answer needs.</summary>
internal sealed record LabelField(string Label, string Hint, double RowHeight = 30, string? ListName = null, bool Date = false, bool WholeNumber = false);

/// <summary>The shared building blocks of both templates: instruction, label, table and list sheets.</summary>
internal static class TemplateSheets
{
    public const int InputRows = 25;
    public const string ListSheet = Contract.Keuzelijsten;
    private const int TableHeaderRow = 3;
    public const string DateFormat = "d-m-yyyy";
    /// <summary>A date with its start time, for a date cell that holds one.</summary>
    public const string DateTimeFormat = "d-m-yyyy h:mm";

    public static void Instructions(XLWorkbook workbook, string title, IReadOnlyList<FormSection> sections)
    {
        var sheet = workbook.Worksheets.Add(Contract.Uitleg);
        sheet.Column(1).Width = 120;
        TemplateStyle.Title(sheet.Cell(1, 1), title);
        var row = 3;
        foreach (var (heading, text) in sections)
        {
            var head = sheet.Cell(row++, 1);
            head.SetValue(heading);
            head.Style.Font.Bold = true;
            head.Style.Font.FontSize = 13;
            head.Style.Font.FontColor = TemplateStyle.HeaderFill;
            var body = sheet.Cell(row++, 1);
            body.SetValue(text);
            body.Style.Alignment.WrapText = true;
            body.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            // Row heights are set, never measured (measuring needs GDI+, absent on Linux). ~15 pt a line of
            // ~130 characters at this column width, plus the line breaks in the text.
            var lines = text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Length / 130.0)));
            sheet.Row(row - 1).Height = Math.Max(15, lines * 15);
            row++;
        }
        TemplateStyle.PrintSetup(sheet);
    }

    public static IXLWorksheet Labels(XLWorkbook workbook, string name, string title, string hint, IReadOnlyList<LabelField> fields)
    {
        var sheet = workbook.Worksheets.Add(name);
        sheet.Column(1).Width = 26;
        sheet.Column(2).Width = 70;
        sheet.Column(3).Width = 48;
        TemplateStyle.Title(sheet.Cell(1, 1), title);
        TemplateStyle.Hint(sheet.Cell(2, 1), hint);
        sheet.Range(2, 1, 2, 3).Merge();
        sheet.Row(2).Height = 30;
        var row = 4;
        foreach (var field in fields)
        {
            TemplateStyle.Label(sheet.Cell(row, 1), field.Label);
            TemplateStyle.Input(sheet.Range(row, 2, row, 2));
            TemplateStyle.Hint(sheet.Cell(row, 3), field.Hint);
            sheet.Row(row).Height = field.RowHeight;
            var input = sheet.Cell(row, 2);
            if (field.ListName is not null)
                ListValidation(input.AsRange(), field.ListName, field.Label);
            if (field.Date)
            {
                input.Style.DateFormat.Format = DateFormat;
                // A date and time typed into a cell that already has a date format keep that format (Excel
                // picks a format only for General cells), so the start time would not show. A conditional
                // format whose differential format (dxf) carries a number format shows it whenever the value
                // has a time part; LibreOffice applies it too.
                input.AsRange().AddConditionalFormat()
                    .WhenIsTrue($"MOD({input.Address.ToStringFixed()},1)>0")
                    .NumberFormat.Format = DateTimeFormat;
                input.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            }
            if (field.WholeNumber)
            {
                input.Style.NumberFormat.Format = "0";
                var validation = input.AsRange().SetDataValidation();
                validation.WholeNumber.Between(10, 1440);
                validation.ErrorStyle = XLErrorStyle.Stop;
                validation.ErrorTitle = field.Label;
                validation.ErrorMessage = Words.Nl.Forms.WholeMinutes;
            }
            row++;
        }
        sheet.SheetView.FreezeRows(1);
        TemplateStyle.PrintSetup(sheet);
        return sheet;
    }

    /// <summary>
    /// A table sheet: title, hint, header on row 3 and its input rows. Under the hint, one line for every drop-down
    /// column with what it offers ("Soort, kies uit: …"), so a form printed for a partner who fills it in on paper
    /// shows the choices above their column on every page (rows 1 to 3 repeat).
    /// </summary>
    public static IXLWorksheet Table(XLWorkbook workbook, string name, string title, string hint, IReadOnlyList<TableColumn> columns,
        IReadOnlyList<(string Name, IReadOnlyList<string> Values)> lists)
    {
        var sheet = workbook.Worksheets.Add(name);
        TemplateStyle.Title(sheet.Cell(1, 1), title);
        // Each drop-down column's line: its name, then what it offers ("Soort, kies uit: …"; "Partij: een partij uit …").
        var choices = columns.Select(c => (c.Header, Offers: c.OnPaper is { } onPaper ? ": " + onPaper
                : c.ListName is { } list ? ", " + Words.Nl.Forms.ChooseOnPaper + ": " + string.Join(" · ", lists.Single(l => l.Name == list).Values)
                : null))
            .Where(c => c.Offers is not null).ToList();
        var hintCell = sheet.Cell(2, 1);
        TemplateStyle.Hint(hintCell, hint);
        foreach (var (header, offers) in choices)
        {
            hintCell.RichText.AddNewLine();
            hintCell.RichText.AddText(header).SetBold().SetItalic(false).SetFontColor(TemplateStyle.HeaderFill);
            hintCell.RichText.AddText(offers!).SetItalic(false).SetFontColor(TemplateStyle.HeaderFill);
        }
        sheet.Range(2, 1, 2, columns.Count).Merge();
        var width = columns.Sum(c => c.Width);
        sheet.Row(2).Height = Math.Max(32, RowHeights.Estimate([(hintCell.GetString(), width)]));
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Column(c + 1).Width = columns[c].Width;
            sheet.Cell(TableHeaderRow, c + 1).SetValue(columns[c].Header);
        }
        TemplateStyle.Header(sheet.Range(TableHeaderRow, 1, TableHeaderRow, columns.Count));
        sheet.Row(TableHeaderRow).Height = 22;
        var first = TableHeaderRow + 1;
        var last = TableHeaderRow + InputRows;
        TemplateStyle.Input(sheet.Range(first, 1, last, columns.Count));
        for (var c = 0; c < columns.Count; c++)
        {
            var column = sheet.Range(first, c + 1, last, c + 1);
            var validation = columns[c].ListName is { } listName
                ? ListValidation(column, listName, columns[c].Header)
                : column.SetDataValidation();
            validation.InputTitle = columns[c].Header;
            validation.InputMessage = columns[c].Hint;
        }
        sheet.SheetView.FreezeRows(TableHeaderRow);
        TemplateStyle.PrintSetup(sheet, TableHeaderRow);
        return sheet;
    }

    /// <summary>The hidden sheet that feeds the drop-downs, one named range per list.</summary>
    public static void Lists(XLWorkbook workbook, IReadOnlyList<(string Name, IReadOnlyList<string> Values)> lists)
    {
        var sheet = workbook.Worksheets.Add(ListSheet);
        for (var c = 0; c < lists.Count; c++)
        {
            var (name, values) = lists[c];
            sheet.Cell(1, c + 1).SetValue(name);
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
            for (var r = 0; r < values.Count; r++)
                sheet.Cell(r + 2, c + 1).SetValue(values[r]);
            sheet.Column(c + 1).Width = 30;
            workbook.NamedRanges.Add(RangeName(name), sheet.Range(2, c + 1, values.Count + 1, c + 1));
        }
        sheet.Visibility = XLWorksheetVisibility.Hidden;
    }

    public static IReadOnlyList<string> Labels<T>(IReadOnlyList<(T Value, string Label)> list) => list.Select(e => e.Label).ToList();

    public static string RangeName(string listName) => "lijst_" + new string(listName.Where(char.IsAsciiLetterOrDigit).ToArray());

    public static IXLDataValidation ListValidation(IXLRange range, string listName, string field, XLErrorStyle style = XLErrorStyle.Stop)
    {
        var validation = range.SetDataValidation();
        // ECMA-376 Part 1, 18.3.1.32: formula1 holds the formula without a leading '='; ClosedXML writes it as given.
        validation.List(RangeName(listName), true);
        validation.IgnoreBlanks = true;
        validation.ErrorStyle = style;
        validation.ErrorTitle = field;
        validation.ErrorMessage = style == XLErrorStyle.Stop
            ? Words.Nl.Forms.ChooseFromList
            : Words.Nl.Forms.NameNotInList;
        return validation;
    }

    public static void ApplyProperties(XLWorkbook workbook, string title)
    {
        // Fixed dates: the same content gives the same properties (rule 7).
        workbook.Properties.Title = title;
        workbook.Properties.Author = "HalenBrengen.Office";
        workbook.Properties.Created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        workbook.Properties.Modified = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        workbook.Style.Font.FontName = TemplateStyle.Font;
        workbook.Style.Font.FontSize = TemplateStyle.BodySize;
    }
}
