using System.Xml;
using HalenBrengen.Layout;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// A native, editable table (ECMA-376 Part 1, 21.1.3.13 tbl) in a graphic frame: its columns and rows at the
/// planned widths and heights, every cell at the table's one size, in its row's colours and weight, with
/// the planned insets and borders.
/// </summary>
internal static class TableXml
{
    private static readonly string[] Sides = ["lnL", "lnR", "lnT", "lnB"];

    public static void Write(XmlWriter x, uint id, string name, TableElement table, string language, string font)
    {
        GraphicFrameXml.Start(x, id, name, table.Box, "http://schemas.openxmlformats.org/drawingml/2006/table");
        x.Start(A, "tbl");
        x.Start(A, "tblPr");
        x.Attribute("firstRow", true);
        x.Attribute("bandRow", true);
        x.End();
        x.Start(A, "tblGrid");
        foreach (var width in table.ColumnWidths)
        {
            x.Start(A, "gridCol");
            x.Attribute("w", width.Value);
            x.End();
        }
        x.End();
        for (var row = 0; row <= table.Rows.Count; row++)
            Row(x, table, row, language, font);
        x.End();
        GraphicFrameXml.End(x);
    }

    /// <summary>Row <paramref name="row"/> of the table, 0 being the header.</summary>
    private static void Row(XmlWriter x, TableElement table, int row, string language, string font)
    {
        var text = new ParagraphXml.ParagraphStyle(table.FontSizePt, new Emu(0), table.TextColorOf(row), TextAlign.Left, language, font);
        x.Start(A, "tr");
        x.Attribute("h", table.RowHeights[row].Value);
        var column = 0;
        foreach (var cell in row == 0 ? table.Header : table.Rows[row - 1])
        {
            x.Start(A, "tc");
            x.Start(A, "txBody");
            x.Empty(A, "bodyPr");
            x.Empty(A, "lstStyle");
            ParagraphXml.Write(x, table.Paragraph(row, cell), table.CellTexts.Count == 0 ? text : text with { Color = table.TextColorOf(row, column) });
            x.End();
            CellProperties(x, table, row, column++);
            x.End();
        }
        x.End();
    }

    private static void CellProperties(XmlWriter x, TableElement table, int row, int column)
    {
        x.Start(A, "tcPr");
        x.Attribute("marL", table.CellInsetX.Value);
        x.Attribute("marR", table.CellInsetX.Value);
        x.Attribute("marT", table.CellInsetY.Value);
        x.Attribute("marB", table.CellInsetY.Value);
        if (table.Centred)
            x.Attribute("anchor", "ctr");
        foreach (var side in Sides)
        {
            x.Start(A, side);
            x.Attribute("w", table.Style.BorderWidth.Value);
            x.SolidFill(table.Style.Border);
            x.End();
        }
        x.SolidFill(table.FillOf(row, column));
        x.End();
    }
}
