using System.Globalization;
using System.Xml;
using HalenBrengen.Layout;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// A chart part (ECMA-376 Part 1, 21.2.2.29 chartSpace): a clustered bar chart, one series per colour, its
/// categories top to bottom, every bar labelled with its value, the legend on top; its text at the plan's
/// size and colour. The caches hold the values for readers that do not open the embedded workbook
/// (<see cref="ChartWorkbook"/>), whose cells the formulas name.
/// </summary>
internal static class ChartXml
{
    private const int CategoryAxisId = 1001, ValueAxisId = 1002;

    public static void Write(XmlWriter x, ChartElement element, string language, string font, string sheet)
    {
        x.Root(C, "chartSpace", [.. Declared, C]);
        x.Value(C, "date1904", false);
        x.Value(C, "lang", language);
        x.Value(C, "roundedCorners", false);
        x.Start(C, "chart");
        x.Value(C, "autoTitleDeleted", true);
        x.Start(C, "plotArea");
        x.Empty(C, "layout");
        BarChart(x, element, sheet);
        CategoryAxis(x);
        ValueAxis(x, element);
        x.End();
        x.Start(C, "legend");
        x.Value(C, "legendPos", "t");
        x.Value(C, "overlay", false);
        x.End();
        x.Value(C, "plotVisOnly", true);
        x.Value(C, "dispBlanksAs", "gap");
        x.End();
        TextProperties(x, element, language, font);
        x.Start(C, "externalData");
        x.Attribute(R, "id", ChartWriter.DataRelationship);
        x.Value(C, "autoUpdate", false);
        x.End();
        x.End();
    }

    private static void BarChart(XmlWriter x, ChartElement element, string sheet)
    {
        x.Start(C, "barChart");
        x.Value(C, "barDir", "bar");
        x.Value(C, "grouping", "clustered");
        x.Value(C, "varyColors", false);
        for (var s = 0; s < element.Series.Count; s++)
            Series(x, element, s, sheet);
        x.Value(C, "gapWidth", element.BarGapPercent);
        x.Value(C, "axId", CategoryAxisId);
        x.Value(C, "axId", ValueAxisId);
        x.End();
    }

    private static void Series(XmlWriter x, ChartElement element, int s, string sheet)
    {
        var series = element.Series[s];
        var column = ChartWorkbook.Column(s);
        var last = ChartWorkbook.Row(element.Categories.Count - 1);
        x.Start(C, "ser");
        x.Value(C, "idx", s);
        x.Value(C, "order", s);
        x.Start(C, "tx");
        Strings(x, $"{sheet}!${column}$1", [series.Name]);
        x.End();
        x.Start(C, "spPr");
        x.SolidFill(series.Color);
        x.End();
        x.Value(C, "invertIfNegative", false);
        x.Start(C, "dLbls");
        foreach (var (show, value) in new[] { ("showLegendKey", false), ("showVal", true), ("showCatName", false), ("showSerName", false), ("showPercent", false), ("showBubbleSize", false) })
            x.Value(C, show, value);
        x.End();
        x.Start(C, "cat");
        Strings(x, $"{sheet}!$A$2:$A${last}", element.Categories);
        x.End();
        x.Start(C, "val");
        Numbers(x, $"{sheet}!${column}$2:${column}${last}", series.Values);
        x.End();
        x.End();
    }

    /// <summary>A reference to text cells with their values cached (21.2.2.200 strRef).</summary>
    private static void Strings(XmlWriter x, string formula, IReadOnlyList<string> texts) =>
        Cells(x, "strRef", "strCache", formula, format: null, texts.Count, i => XmlText.Clean(texts[i]));

    /// <summary>A reference to number cells with their values cached (21.2.2.121 numRef).</summary>
    private static void Numbers(XmlWriter x, string formula, IReadOnlyList<double> values) =>
        Cells(x, "numRef", "numCache", formula, "General", values.Count, i => values[i].ToString(CultureInfo.InvariantCulture));

    private static void Cells(XmlWriter x, string reference, string cache, string formula, string? format, int count, Func<int, string> value)
    {
        x.Start(C, reference);
        x.TextWithEndTag(C, "f", formula);
        x.Start(C, cache);
        if (format is not null)
            x.TextWithEndTag(C, "formatCode", format);
        x.Value(C, "ptCount", count);
        for (var i = 0; i < count; i++)
        {
            x.Start(C, "pt");
            x.Attribute("idx", i);
            x.TextWithEndTag(C, "v", value(i));
            x.End();
        }
        x.End();
        x.End();
    }

    /// <summary>Categories top to bottom in the given order (a bar chart's axis runs bottom-up unless reversed).</summary>
    private static void CategoryAxis(XmlWriter x)
    {
        Axis(x, "catAx", CategoryAxisId, "maxMin", "l", gridlines: null, "General", ValueAxisId);
        x.Value(C, "crosses", "autoZero");
        x.Value(C, "auto", true);
        x.Value(C, "lblAlgn", "ctr");
        x.Value(C, "lblOffset", 100);
        x.Value(C, "noMultiLvlLbl", false);
        x.End();
    }

    private static void ValueAxis(XmlWriter x, ChartElement element)
    {
        Axis(x, "valAx", ValueAxisId, "minMax", "b", element.GridlineColor, "0", CategoryAxisId);
        x.Value(C, "crosses", "max"); // the category axis is reversed: cross at its end, so the values sit below
        x.Value(C, "crossBetween", "between");
        x.Value(C, "majorUnit", XmlConvert.ToString(element.ValueStep));
        x.End();
    }

    /// <summary>What both axes start with (21.2.2.25 catAx, 21.2.2.226 valAx), up to the axis they cross; the caller ends the axis.</summary>
    private static void Axis(XmlWriter x, string name, int id, string orientation, string position, string? gridlines, string format, int crossing)
    {
        x.Start(C, name);
        x.Value(C, "axId", id);
        x.Start(C, "scaling");
        x.Value(C, "orientation", orientation);
        x.End();
        x.Value(C, "delete", false);
        x.Value(C, "axPos", position);
        if (gridlines is not null)
        {
            x.Start(C, "majorGridlines");
            x.Start(C, "spPr");
            x.Start(A, "ln");
            x.SolidFill(gridlines);
            x.End();
            x.End();
            x.End();
        }
        x.Start(C, "numFmt");
        x.Attribute("formatCode", format);
        x.Attribute("sourceLinked", false);
        x.End();
        x.Value(C, "majorTickMark", "none");
        x.Value(C, "minorTickMark", "none");
        x.Value(C, "tickLblPos", "nextTo");
        x.Value(C, "crossAx", crossing);
    }

    /// <summary>Every text of the chart (labels, axes, legend) at the plan's size, colour and font (21.2.2.216 txPr).</summary>
    private static void TextProperties(XmlWriter x, ChartElement element, string language, string font)
    {
        x.Start(C, "txPr");
        x.Empty(A, "bodyPr");
        x.Empty(A, "lstStyle");
        x.Start(A, "p");
        x.Start(A, "pPr");
        x.Start(A, "defRPr");
        x.Attribute("sz", DrawingXml.Hundredths(element.FontSizePt));
        x.SolidFill(element.TextColor);
        x.Latin(font);
        x.End();
        x.End();
        x.Start(A, "endParaRPr");
        x.Attribute("lang", language);
        x.End();
        x.End();
        x.End();
    }
}
