using System.Globalization;
using System.IO.Compression;
using System.Xml;
using HalenBrengen.Layout;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// A chart's data as a small workbook (ECMA-376 Part 1, 18.2.27 workbook, 18.3.1.99 worksheet), embedded so
/// PowerPoint's "Edit Data" opens it: the categories in column A, one column per series, its name on row 1.
/// </summary>
internal static class ChartWorkbook
{
    private const string Workbook = "xl/workbook.xml", Worksheet = "xl/worksheets/sheet1.xml";

    /// <summary>The column of series <paramref name="series"/>: B for the first.</summary>
    public static char Column(int series) => (char)('B' + series);

    /// <summary>The row of category <paramref name="category"/>: 2 for the first, under the series' names.</summary>
    public static int Row(int category) => category + 2;

    /// <summary>The workbook package, each part compressed once as it is written.</summary>
    public static byte[] Write(ChartElement element, string sheet)
    {
        using var buffer = new PooledBuffer();
        using (var package = new PackageWriter(buffer,
                   [("xml", OpcTypes.WorkbookType), ("rels", OpcTypes.RelationshipsType)], [new(Worksheet, OpcTypes.WorksheetType)]))
        {
            package.Relationships("", new Relationship("rIdWorkbook", OpcTypes.OfficeDocument, Workbook));
            using (var stream = package.Part(Workbook, CompressionLevel.Optimal))
                PartXml.Write(stream, x => WorkbookXml(x, sheet));
            package.Relationships(Workbook, new Relationship("rIdSheet", OpcTypes.Worksheet, Worksheet));
            using (var stream = package.Part(Worksheet, CompressionLevel.Optimal))
                PartXml.Write(stream, x => WorksheetXml(x, element));
            package.Complete();
        }
        return buffer.ToArray();
    }

    private static void WorkbookXml(XmlWriter x, string sheet)
    {
        x.Start(X, "workbook");
        x.Start(X, "sheets");
        x.Start(X, "sheet");
        x.Attribute("name", sheet);
        x.Attribute("sheetId", 1);
        x.Attribute(R, "id", "rIdSheet");
        x.End();
        x.End();
        x.End();
    }

    private static void WorksheetXml(XmlWriter x, ChartElement element)
    {
        x.Start(X, "worksheet");
        x.Start(X, "sheetData");
        StartRow(x, 1);
        TextCell(x, "A1", "");
        for (var s = 0; s < element.Series.Count; s++)
            TextCell(x, $"{Column(s)}1", element.Series[s].Name);
        x.End();
        for (var i = 0; i < element.Categories.Count; i++)
        {
            var row = Row(i);
            StartRow(x, row);
            TextCell(x, $"A{row}", element.Categories[i]);
            for (var s = 0; s < element.Series.Count; s++)
            {
                x.Start(X, "c");
                x.Attribute("r", $"{Column(s)}{row}");
                x.TextWithEndTag(X, "v", element.Series[s].Values[i].ToString(CultureInfo.InvariantCulture));
                x.End();
            }
            x.End();
        }
        x.End();
        x.End();
    }

    private static void StartRow(XmlWriter x, int row)
    {
        x.Start(X, "row");
        x.Attribute("r", row);
    }

    /// <summary>A text cell with its text inline (18.3.1.53 is), so the workbook needs no shared strings part.</summary>
    private static void TextCell(XmlWriter x, string reference, string text)
    {
        x.Start(X, "c");
        x.Attribute("r", reference);
        x.Attribute("t", "inlineStr");
        x.Start(X, "is");
        x.TextWithEndTag(X, "t", XmlText.Clean(text));
        x.End();
        x.End();
    }
}
