using System.Globalization;
using System.Xml;
using HalenBrengen.Core;
using static HalenBrengen.Excel.Agreements.SpreadsheetPackage;

namespace HalenBrengen.Excel.Agreements;

/// <summary>One worksheet part of the afsprakenlijst (xl/worksheets/sheetN.xml).</summary>
internal static class SpreadsheetSheet
{
    /// <summary>A worksheet, its elements in the order CT_Worksheet requires (18.3.1.99).</summary>
    public static string Xml(SheetPlan sheet) => SpreadsheetPackage.Xml(w =>
    {
        w.WriteStartElement("worksheet", Main);
        w.WriteAttributeString("xmlns", "r", null, OfficeRelationships);
        w.WriteStartElement("sheetPr", Main);
        Attribute(w, "pageSetUpPr", "fitToPage", "1");
        w.WriteEndElement();
        Views(w, sheet);
        Columns(w, sheet);
        Data(w, sheet);
        if (sheet.FilterRange is { } filter)
            Attribute(w, "autoFilter", "ref", filter);
        Validations(w, sheet);
        Print(w, sheet);
        w.WriteEndElement();
    });

    /// <summary>The sheet's view: with a header row, that row frozen, in sight while the rows scroll (18.3.1.66).</summary>
    private static void Views(XmlWriter w, SheetPlan sheet)
    {
        w.WriteStartElement("sheetViews", Main);
        w.WriteStartElement("sheetView", Main);
        w.WriteAttributeString("workbookViewId", "0");
        if (sheet.FilterRange is not null)
        {
            w.WriteStartElement("pane", Main);
            w.WriteAttributeString("ySplit", "1");
            w.WriteAttributeString("topLeftCell", "A2");
            w.WriteAttributeString("activePane", "bottomLeft");
            w.WriteAttributeString("state", "frozen");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Columns(XmlWriter w, SheetPlan sheet)
    {
        w.WriteStartElement("cols", Main);
        for (var c = 0; c < sheet.Widths.Count; c++)
        {
            var number = (c + 1).ToString(CultureInfo.InvariantCulture);
            w.WriteStartElement("col", Main);
            w.WriteAttributeString("min", number);
            w.WriteAttributeString("max", number);
            w.WriteAttributeString("width", sheet.Widths[c].ToString("0.##", CultureInfo.InvariantCulture));
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>The rows, each at its height; a cell with text as an inline string, an empty one only for its look.</summary>
    private static void Data(XmlWriter w, SheetPlan sheet)
    {
        w.WriteStartElement("sheetData", Main);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var (height, cells) = sheet.Rows[r];
            var number = (r + 1).ToString(CultureInfo.InvariantCulture);
            w.WriteStartElement("row", Main);
            w.WriteAttributeString("r", number);
            w.WriteAttributeString("ht", height.ToString("0.##", CultureInfo.InvariantCulture));
            w.WriteAttributeString("customHeight", "1");
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c] is { Text.Length: 0, Look: CellLook.Plain })
                    continue;
                Cell(w, Column(c + 1) + number, cells[c]);
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Cell(XmlWriter w, string reference, SheetCell cell)
    {
        w.WriteStartElement("c", Main);
        w.WriteAttributeString("r", reference);
        if (cell.Look != CellLook.Plain)
            w.WriteAttributeString("s", ((int)cell.Look).ToString(CultureInfo.InvariantCulture));
        if (cell.Text.Length > 0)
        {
            w.WriteAttributeString("t", "inlineStr");
            w.WriteStartElement("is", Main);
            w.WriteStartElement("t", Main);
            // Leading or trailing spaces are the partner's: kept (xml:space, 18.4.12).
            if (cell.Text != cell.Text.Trim())
                w.WriteAttributeString("xml", "space", null, "preserve");
            w.WriteString(XmlCharacters.Clean(cell.Text));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>The drop-downs (fed by a name of the workbook: formula1 without its '=', 18.3.1.32) and the input prompts.</summary>
    private static void Validations(XmlWriter w, SheetPlan sheet)
    {
        var count = (sheet.Lists?.Count ?? 0) + (sheet.Prompts?.Count ?? 0);
        if (count == 0)
            return;
        w.WriteStartElement("dataValidations", Main);
        w.WriteAttributeString("count", count.ToString(CultureInfo.InvariantCulture));
        foreach (var list in sheet.Lists ?? [])
        {
            w.WriteStartElement("dataValidation", Main);
            w.WriteAttributeString("type", "list");
            w.WriteAttributeString("allowBlank", "1");
            w.WriteAttributeString("showInputMessage", "1");
            w.WriteAttributeString("showErrorMessage", "1");
            w.WriteAttributeString("errorTitle", list.ErrorTitle);
            w.WriteAttributeString("error", list.Error);
            w.WriteAttributeString("promptTitle", list.Title);
            w.WriteAttributeString("prompt", list.Prompt);
            w.WriteAttributeString("sqref", list.Range);
            w.WriteElementString("formula1", Main, list.ListName);
            w.WriteEndElement();
        }
        foreach (var prompt in sheet.Prompts ?? [])
        {
            w.WriteStartElement("dataValidation", Main);
            w.WriteAttributeString("allowBlank", "1");
            w.WriteAttributeString("showInputMessage", "1");
            w.WriteAttributeString("promptTitle", prompt.Title);
            w.WriteAttributeString("prompt", prompt.Prompt);
            w.WriteAttributeString("sqref", prompt.Range);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>
    /// A4 landscape, one page wide and as many tall as needed (18.3.1.63: paperSize 9 is A4), with the sheet's title
    /// at the top left of every page and the page number at the right (18.3.1.46: '&amp;L', '&amp;R', '&amp;P', '&amp;N').
    /// </summary>
    /// <summary>The left and right margins of a printed page, in inches.</summary>
    internal const double SideMargin = 0.4;

    private static void Print(XmlWriter w, SheetPlan sheet)
    {
        w.WriteStartElement("pageMargins", Main);
        var side = SideMargin.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (edge, inches) in new[] { ("left", side), ("right", side), ("top", "0.7"), ("bottom", "0.5"), ("header", "0.3"), ("footer", "0.3") })
            w.WriteAttributeString(edge, inches);
        w.WriteEndElement();
        w.WriteStartElement("pageSetup", Main);
        w.WriteAttributeString("paperSize", "9");
        w.WriteAttributeString("orientation", "landscape");
        w.WriteAttributeString("fitToWidth", "1");
        w.WriteAttributeString("fitToHeight", "0");
        w.WriteEndElement();
        if (sheet.PageTitle is { } title)
        {
            w.WriteStartElement("headerFooter", Main);
            // An ampersand in the title is written doubled: a single one starts a header code.
            w.WriteElementString("oddHeader", Main, "&L&\"Calibri,Bold\"" + XmlCharacters.Clean(title).Replace("&", "&&", StringComparison.Ordinal) + "&R&P / &N");
            w.WriteEndElement();
        }
    }
}
