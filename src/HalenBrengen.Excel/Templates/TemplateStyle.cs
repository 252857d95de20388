using ClosedXML.Excel;

namespace HalenBrengen.Excel.Templates;

/// <summary>
/// The look of the forms, in one place (rule 4): colours, fonts and the shapes of cells a facilitator
/// sees. Colours are built from RGB values, never by name lookups that could reach System.Drawing.
/// </summary>
internal static class TemplateStyle
{
    public const string Font = "Calibri";
    public const double BodySize = 11;
    public const double TitleSize = 18;

    public static readonly XLColor Ink = XLColor.FromArgb(0x1F, 0x29, 0x37);
    public static readonly XLColor Muted = XLColor.FromArgb(0x4B, 0x55, 0x63);
    public static readonly XLColor HeaderFill = XLColor.FromArgb(0x1F, 0x4E, 0x79);
    public static readonly XLColor HeaderText = XLColor.FromArgb(0xFF, 0xFF, 0xFF);
    public static readonly XLColor LabelFill = XLColor.FromArgb(0xDD, 0xE6, 0xF0);
    /// <summary>Input cells: a soft yellow, the convention for "fill in here" in Dutch government forms.</summary>
    public static readonly XLColor InputFill = XLColor.FromArgb(0xFF, 0xF7, 0xD6);
    public static readonly XLColor InputBorder = XLColor.FromArgb(0xB8, 0xA0, 0x4A);

    public static void Title(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.Style.Font.FontSize = TitleSize;
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontColor = HeaderFill;
    }

    public static void Hint(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.Style.Font.Italic = true;
        cell.Style.Font.FontColor = Muted;
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    public static void Header(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Font.FontColor = HeaderText;
        range.Style.Fill.BackgroundColor = HeaderFill;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
    }

    public static void Label(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.Style.Font.Bold = true;
        cell.Style.Fill.BackgroundColor = LabelFill;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        cell.Style.Alignment.WrapText = true;
    }

    public static void Input(IXLRange range)
    {
        range.Style.Fill.BackgroundColor = InputFill;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.OutsideBorderColor = InputBorder;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorderColor = InputBorder;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        range.Style.Protection.Locked = false;
        // Text format ('@'), so Excel keeps what a partner types as typed: without it "1-2" or
        // "september 2027" silently become dates and "0,5" a number.
        range.Style.NumberFormat.Format = "@";
    }

    /// <summary>A4 landscape, one page wide (as many pages tall as needed), narrow margins.</summary>
    public static void PrintSetup(IXLWorksheet sheet, int repeatRowsThrough = 0)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.Margins.Left = 0.5;
        sheet.PageSetup.Margins.Right = 0.5;
        sheet.PageSetup.Margins.Top = 0.6;
        sheet.PageSetup.Margins.Bottom = 0.6;
        sheet.PageSetup.Margins.Header = 0.3;
        sheet.PageSetup.Margins.Footer = 0.3;
        sheet.PageSetup.Footer.Center.AddText(Words.Nl.Forms.Footer);
        if (repeatRowsThrough > 0)
            sheet.PageSetup.SetRowsToRepeatAtTop(1, repeatRowsThrough);
    }
}
