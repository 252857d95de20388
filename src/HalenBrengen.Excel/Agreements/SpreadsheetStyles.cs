using System.Globalization;
using System.Xml;
using static HalenBrengen.Excel.Agreements.SpreadsheetPackage;

namespace HalenBrengen.Excel.Agreements;

/// <summary>The afsprakenlijst's styles part (xl/styles.xml, ECMA-376 Part 1, 18.8).</summary>
internal static class SpreadsheetStyles
{
    /// <summary>
    /// The styles, in the order of <see cref="CellLook"/>: the default; the header (bold white on the forms' blue,
    /// wrapped, centred in height); text kept as typed (number format 49, '@'), wrapped, at the top, with or
    /// without a line above a want's first row; the same as input (the forms' soft yellow, thin borders, unlocked); and bold text, for a strong suggestion.
    /// </summary>
    public static string Xml() => SpreadsheetPackage.Xml(w =>
    {
        w.WriteStartElement("styleSheet", Main);
        w.WriteStartElement("fonts", Main);
        w.WriteAttributeString("count", "3");
        Font(w, bold: false, colour: null);
        Font(w, bold: true, colour: "FFFFFFFF");
        Font(w, bold: true, colour: null);
        w.WriteEndElement();
        w.WriteStartElement("fills", Main);
        w.WriteAttributeString("count", "4");
        Fill(w, "none", null);
        Fill(w, "gray125", null); // 18.8.20: the second fill is reserved for gray125
        Fill(w, "solid", "FF1F4E79");
        Fill(w, "solid", "FFFFF7D6");
        w.WriteEndElement();
        w.WriteStartElement("borders", Main);
        w.WriteAttributeString("count", "4");
        Border(w, all: null, top: null);
        Border(w, all: null, top: "FF9CA3AF");
        Border(w, all: "FFB8A04A", top: null);
        Border(w, all: "FFB8A04A", top: "FF9CA3AF");
        w.WriteEndElement();
        w.WriteStartElement("cellStyleXfs", Main);
        w.WriteAttributeString("count", "1");
        Xf(w, 0, 0, 0, 0, null, null, inRecords: false);
        w.WriteEndElement();
        w.WriteStartElement("cellXfs", Main);
        w.WriteAttributeString("count", "8");
        Xf(w, 0, 0, 0, 0, null, null);
        Xf(w, 0, 1, 2, 0, "center", locked: null);
        Xf(w, 49, 0, 0, 0, "top", locked: null);
        Xf(w, 49, 0, 0, 1, "top", locked: null);
        Xf(w, 49, 0, 3, 2, "top", locked: false);
        Xf(w, 49, 0, 3, 3, "top", locked: false);
        Xf(w, 49, 2, 0, 0, "top", locked: null);
        Xf(w, 49, 2, 0, 1, "top", locked: null);
        w.WriteEndElement();
        w.WriteStartElement("cellStyles", Main);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("cellStyle", Main);
        w.WriteAttributeString("name", "Normal");
        w.WriteAttributeString("xfId", "0");
        w.WriteAttributeString("builtinId", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void Font(XmlWriter w, bool bold, string? colour)
    {
        w.WriteStartElement("font", Main);
        if (bold)
            Empty(w, "b");
        Attribute(w, "sz", "val", "11");
        if (colour is not null)
            Attribute(w, "color", "rgb", colour);
        Attribute(w, "name", "val", Templates.TemplateStyle.Font); // a const: compiled in, ClosedXML never reached
        Attribute(w, "family", "val", "2");
        w.WriteEndElement();
    }

    private static void Fill(XmlWriter w, string pattern, string? colour)
    {
        w.WriteStartElement("fill", Main);
        w.WriteStartElement("patternFill", Main);
        w.WriteAttributeString("patternType", pattern);
        if (colour is not null)
        {
            Attribute(w, "fgColor", "rgb", colour);
            Attribute(w, "bgColor", "indexed", "64");
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Border(XmlWriter w, string? all, string? top)
    {
        w.WriteStartElement("border", Main);
        foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" })
        {
            var colour = side == "diagonal" ? null : side == "top" && top is not null ? top : all;
            w.WriteStartElement(side, Main);
            if (colour is not null)
            {
                w.WriteAttributeString("style", "thin");
                Attribute(w, "color", "rgb", colour);
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Xf(XmlWriter w, int format, int font, int fill, int border, string? vertical, bool? locked, bool inRecords = true)
    {
        w.WriteStartElement("xf", Main);
        w.WriteAttributeString("numFmtId", format.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("fontId", font.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("fillId", fill.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("borderId", border.ToString(CultureInfo.InvariantCulture));
        if (inRecords)
        {
            w.WriteAttributeString("xfId", "0");
            if (format != 0) w.WriteAttributeString("applyNumberFormat", "1");
            if (font != 0) w.WriteAttributeString("applyFont", "1");
            if (fill != 0) w.WriteAttributeString("applyFill", "1");
            if (border != 0) w.WriteAttributeString("applyBorder", "1");
            if (vertical is not null) w.WriteAttributeString("applyAlignment", "1");
            if (locked is not null) w.WriteAttributeString("applyProtection", "1");
        }
        if (vertical is not null)
        {
            w.WriteStartElement("alignment", Main);
            w.WriteAttributeString("vertical", vertical);
            w.WriteAttributeString("wrapText", "1");
            w.WriteEndElement();
        }
        if (locked is { } l)
            Attribute(w, "protection", "locked", l ? "1" : "0");
        w.WriteEndElement();
    }
}
