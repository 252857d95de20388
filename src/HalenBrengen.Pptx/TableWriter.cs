using DocumentFormat.OpenXml.Presentation;
using HalenBrengen.Layout;
using A = DocumentFormat.OpenXml.Drawing;

namespace HalenBrengen.Pptx;

/// <summary>A native, editable table (ECMA-376 Part 1, 21.1.3 tbl) in a graphic frame.</summary>
internal static class TableWriter
{
    public static GraphicFrame Build(uint id, TableElement element, string language)
    {
        var grid = new A.TableGrid();
        foreach (var width in element.ColumnWidths)
            grid.Append(new A.GridColumn { Width = width.Value });
        var table = new A.Table(new A.TableProperties { FirstRow = true, BandRow = true }, grid);
        table.Append(Row(element.Header, element.RowHeights[0], element, header: true, band: false, language));
        for (var r = 0; r < element.Rows.Count; r++)
            table.Append(Row(element.Rows[r], element.RowHeights[r + 1], element, header: false, band: r % 2 == 1, language));

        return ShapeWriter.Frame(id, element.Name ?? $"Tabel {id}", element.Box,
            new A.GraphicData(table) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/table" });
    }

    private static A.TableRow Row(IReadOnlyList<string> cells, Emu height, TableElement table, bool header, bool band, string language)
    {
        var style = table.Style;
        var row = new A.TableRow { Height = height.Value };
        foreach (var text in cells)
        {
            var paragraph = ShapeWriter.Paragraph(new TextParagraph([new TextRun(text, header)], SpaceBeforeEm: 0), table.FontSizePt,
                header ? style.HeaderText : style.BodyText, TextAlign.Left, language);
            var fill = header ? style.HeaderFill : band ? style.BandFill : style.BodyFill;
            row.Append(new A.TableCell(
                new A.TextBody(new A.BodyProperties(), new A.ListStyle(), paragraph),
                new A.TableCellProperties(
                    Border<A.LeftBorderLineProperties>(style.Border), Border<A.RightBorderLineProperties>(style.Border),
                    Border<A.TopBorderLineProperties>(style.Border), Border<A.BottomBorderLineProperties>(style.Border),
                    new A.SolidFill(new A.RgbColorModelHex { Val = fill }))
                {
                    LeftMargin = (int)TextLayout.InsetX.Value, RightMargin = (int)TextLayout.InsetX.Value,
                    TopMargin = (int)TextLayout.InsetY.Value, BottomMargin = (int)TextLayout.InsetY.Value,
                }));
        }
        return row;
    }

    private static T Border<T>(string color) where T : A.LinePropertiesType, new()
    {
        var border = new T { Width = 6350 };
        border.Append(new A.SolidFill(new A.RgbColorModelHex { Val = color }));
        return border;
    }
}
