using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using HalenBrengen.Layout;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace HalenBrengen.Pptx;

/// <summary>
/// A native clustered bar chart (ECMA-376 Part 1, 21.2) whose data lives in an embedded workbook, so
/// PowerPoint's "Edit Data" opens it; the chart's caches hold the same values for readers that do not.
/// </summary>
internal static class ChartWriter
{
    private const string Sheet = "Blad1";

    /// <summary>The relationship from a slide to its n-th chart, as the slide's graphic frame names it.</summary>
    public static string RelationshipId(int number) => $"rIdChart{number}";

    /// <summary>The n-th chart part of the package (counted across slides, as the SDK named them), and its content type.</summary>
    public static PartType Part(int number) => new($"ppt/slides/charts/chart{number}.xml", OpcTypes.ChartType);

    /// <summary>The chart's workbook: package.xlsx for the first, package2.xlsx for the second, and so on.</summary>
    private static string WorkbookPart(int number) => $"ppt/slides/charts/embeddings/package{(number == 1 ? "" : number)}.xlsx";

    /// <summary>
    /// The n-th chart part with its data as an embedded workbook. The workbook is a zip of its own, compressed
    /// once when it is made, so the package stores it as it is (method 0, which ECMA-376 Part 2, annex C,
    /// allows beside deflate) rather than deflating it a second time.
    /// </summary>
    public static void Write(PackageWriter package, ChartElement element, int number, string language)
    {
        var name = Part(number).Name;
        package.Part(name, PartRoot.Declared(ChartSpace(element, language), ("c", "http://schemas.openxmlformats.org/drawingml/2006/chart")));
        package.Relationships(name, new Relationship("rIdData", OpcTypes.Package, WorkbookPart(number)));
        package.Part(WorkbookPart(number), Workbook(element), CompressionLevel.NoCompression);
    }

    private static C.ChartSpace ChartSpace(ChartElement element, string language)
    {
        var bar = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Bar },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var s = 0; s < element.Series.Count; s++)
            bar.Append(Series(element, s));
        bar.Append(new C.GapWidth { Val = 60 }, new C.AxisId { Val = 1001 }, new C.AxisId { Val = 1002 });

        return new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = language },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.AutoTitleDeleted { Val = true },
                new C.PlotArea(new C.Layout(), bar, CategoryAxis(), ValueAxis()),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Top }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            new C.TextProperties(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties(
                    new A.SolidFill(new A.RgbColorModelHex { Val = element.TextColor }),
                    new A.LatinFont { Typeface = DeckTheme.Font }) { FontSize = ShapeWriter.Hundredths(element.FontSizePt) }),
                new A.EndParagraphRunProperties { Language = language })),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = "rIdData" });
    }

    private static C.BarChartSeries Series(ChartElement element, int s)
    {
        var series = element.Series[s];
        var column = (char)('B' + s);
        var last = element.Categories.Count + 1;
        var categories = new C.StringCache(new C.PointCount { Val = (uint)element.Categories.Count });
        for (var i = 0; i < element.Categories.Count; i++)
            categories.Append(new C.StringPoint(new C.NumericValue(XmlText.Clean(element.Categories[i]))) { Index = (uint)i });
        var values = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)series.Values.Count });
        for (var i = 0; i < series.Values.Count; i++)
            values.Append(new C.NumericPoint(new C.NumericValue(series.Values[i].ToString(CultureInfo.InvariantCulture))) { Index = (uint)i });

        return new C.BarChartSeries(
            new C.Index { Val = (uint)s },
            new C.Order { Val = (uint)s },
            new C.SeriesText(new C.StringReference(new C.Formula($"{Sheet}!${column}$1"),
                new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(XmlText.Clean(series.Name))) { Index = 0 }))),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = series.Color })),
            new C.InvertIfNegative { Val = false },
            new C.DataLabels(
                new C.ShowLegendKey { Val = false }, new C.ShowValue { Val = true }, new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false }, new C.ShowPercent { Val = false }, new C.ShowBubbleSize { Val = false }),
            new C.CategoryAxisData(new C.StringReference(new C.Formula($"{Sheet}!$A$2:$A${last}"), categories)),
            new C.Values(new C.NumberReference(new C.Formula($"{Sheet}!${column}$2:${column}${last}"), values)));
    }

    /// <summary>Categories top to bottom in the given order (a bar chart's axis runs bottom-up unless reversed).</summary>
    private static C.CategoryAxis CategoryAxis() => new(
        new C.AxisId { Val = 1001 },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Left },
        new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = 1002 },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = false });

    private static C.ValueAxis ValueAxis() => new(
        new C.AxisId { Val = 1002 },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
        new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "D9DEE5" })))),
        new C.NumberingFormat { FormatCode = "0", SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = 1001 },
        new C.Crosses { Val = C.CrossesValues.Maximum }, // the category axis is reversed: cross at its end, so the values sit below
        new C.CrossBetween { Val = C.CrossBetweenValues.Between },
        new C.MajorUnit { Val = 1 });

    /// <summary>The chart's data as a small workbook: categories in column A, one column per series.</summary>
    private static byte[] Workbook(ChartElement element)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        header.Append(TextCell("A1", ""));
        for (var s = 0; s < element.Series.Count; s++)
            header.Append(TextCell($"{(char)('B' + s)}1", element.Series[s].Name));
        data.Append(header);
        for (var i = 0; i < element.Categories.Count; i++)
        {
            var row = new Row { RowIndex = (uint)(i + 2) };
            row.Append(TextCell($"A{i + 2}", element.Categories[i]));
            for (var s = 0; s < element.Series.Count; s++)
                row.Append(new Cell(new CellValue(element.Series[s].Values[i].ToString(CultureInfo.InvariantCulture))) { CellReference = $"{(char)('B' + s)}{i + 2}" });
            data.Append(row);
        }

        const string workbook = "xl/workbook.xml", sheet = "xl/worksheets/sheet1.xml";
        using var buffer = new PooledBuffer();
        using (var package = new PackageWriter(buffer,
                   [("xml", OpcTypes.WorkbookType), ("rels", OpcTypes.RelationshipsType)], [new(sheet, OpcTypes.WorksheetType)]))
        {
            package.Relationships("", new Relationship("rIdWorkbook", OpcTypes.OfficeDocument, workbook));
            package.Part(workbook, new Workbook(new Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = Sheet, SheetId = 1, Id = "rIdSheet" })));
            package.Relationships(workbook, new Relationship("rIdSheet", OpcTypes.Worksheet, sheet));
            package.Part(sheet, new Worksheet(data));
            package.Complete();
        }
        return buffer.ToArray();
    }

    private static Cell TextCell(string reference, string text) =>
        new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlText.Clean(text)))) { CellReference = reference, DataType = CellValues.InlineString };
}
