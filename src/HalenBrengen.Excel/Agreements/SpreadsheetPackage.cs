using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using HalenBrengen.Core;

namespace HalenBrengen.Excel.Agreements;

/// <summary>How a cell looks: the few styles the afsprakenlijst needs (xl/styles.xml's cellXfs, in this order).</summary>
internal enum CellLook { Plain = 0, Header = 1, Text = 2, TextGroupStart = 3, Input = 4, InputGroupStart = 5 }

/// <summary>One cell: its text and its look.</summary>
internal readonly record struct SheetCell(string Text, CellLook Look);

/// <summary>A list drop-down on a range: the named list it offers, and what it says when the cell is chosen.</summary>
internal sealed record ListValidation(string Range, string ListName, string Title, string Prompt, string ErrorTitle, string Error);

/// <summary>A "say what to type" message on a range, without a list.</summary>
internal sealed record InputPrompt(string Range, string Title, string Prompt);

/// <summary>
/// A worksheet: its rows (each with its height in points), column widths, whether its first row is a frozen
/// header with a filter over <see cref="FilterRange"/>, its drop-downs and prompts, and whether it is hidden.
/// </summary>
internal sealed record SheetPlan(string Name, IReadOnlyList<double> Widths, IReadOnlyList<(double Height, IReadOnlyList<SheetCell> Cells)> Rows,
    string? FilterRange = null, IReadOnlyList<ListValidation>? Lists = null, IReadOnlyList<InputPrompt>? Prompts = null, bool Hidden = false);

/// <summary>
/// Writes a small SpreadsheetML package (ECMA-376 Part 1, 18) from sheet plans, by hand: the afsprakenlijst
/// needs text cells, a few styles, a frozen header row, a filter, drop-downs fed by a named range on a hidden
/// sheet and print settings, and nothing else. Written without ClosedXML so that the browser's trimmed bundle
/// never reaches it (ClosedXML is not trim-safe), and deterministic by construction: parts in a fixed order,
/// one fixed time in every zip entry, fixed document properties (rule 7). Strings are inline (t="inlineStr",
/// 18.3.1.4), so there is no shared-string table to keep in step.
/// </summary>
internal static class SpreadsheetPackage
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The package: the sheets in order, the workbook's named ranges ("name" → "'Sheet'!$A$2:$A$4"), its title.</summary>
    public static byte[] Write(IReadOnlyList<SheetPlan> sheets, IReadOnlyList<(string Name, string Reference)> names, string title)
    {
        var parts = new List<(string Name, string Xml)>
        {
            ("[Content_Types].xml", ContentTypes(sheets.Count)),
            ("_rels/.rels", RootRelationships()),
            ("docProps/core.xml", Core(title)),
            ("xl/workbook.xml", Workbook(sheets, names)),
            ("xl/_rels/workbook.xml.rels", WorkbookRelationships(sheets.Count)),
            ("xl/styles.xml", Styles()),
        };
        parts.AddRange(sheets.Select((s, i) => ($"xl/worksheets/sheet{i + 1}.xml", Sheet(s))));
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                var bytes = new UTF8Encoding(false).GetBytes(xml);
                stream.Write(bytes);
            }
        }
        return buffer.ToArray();
    }

    private static string Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Encoding = Encoding.UTF8, OmitXmlDeclaration = true }))
            write(writer);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + text;
    }

    private static string ContentTypes(int sheets) => Xml(w =>
    {
        w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
        Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, "xml", "application/xml");
        Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        for (var i = 1; i <= sheets; i++)
            Override(w, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        Override(w, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        w.WriteEndElement();

        static void Default(XmlWriter w, string extension, string type)
        {
            w.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        static void Override(XmlWriter w, string part, string type)
        {
            w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }
    });

    private static string RootRelationships() => Relationships(
    [
        ("rId1", OfficeRelationships + "/officeDocument", "xl/workbook.xml"),
        ("rId2", PackageRelationships + "/metadata/core-properties", "docProps/core.xml"),
    ]);

    private static string WorkbookRelationships(int sheets) => Relationships(
    [
        .. Enumerable.Range(1, sheets).Select(i => ($"rId{i}", OfficeRelationships + "/worksheet", $"worksheets/sheet{i}.xml")),
        ($"rId{sheets + 1}", OfficeRelationships + "/styles", "styles.xml"),
    ]);

    private static string Relationships(IEnumerable<(string Id, string Type, string Target)> relationships) => Xml(w =>
    {
        w.WriteStartElement("Relationships", PackageRelationships);
        foreach (var (id, type, target) in relationships)
        {
            w.WriteStartElement("Relationship", PackageRelationships);
            w.WriteAttributeString("Id", id);
            w.WriteAttributeString("Type", type);
            w.WriteAttributeString("Target", target);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    private static string Core(string title) => Xml(w =>
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        w.WriteStartElement("cp", "coreProperties", cp);
        w.WriteAttributeString("xmlns", "dc", null, dc);
        w.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        w.WriteAttributeString("xmlns", "xsi", null, xsi);
        w.WriteElementString("dc", "title", dc, title);
        w.WriteElementString("dc", "creator", dc, "HalenBrengen.Office");
        foreach (var name in new[] { "created", "modified" })
        {
            w.WriteStartElement("dcterms", name, dcterms);
            w.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
            w.WriteString("2026-01-01T00:00:00Z");
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    private static string Workbook(IReadOnlyList<SheetPlan> sheets, IReadOnlyList<(string Name, string Reference)> names) => Xml(w =>
    {
        w.WriteStartElement("workbook", Main);
        w.WriteAttributeString("xmlns", "r", null, OfficeRelationships);
        w.WriteStartElement("bookViews", Main);
        w.WriteStartElement("workbookView", Main);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("sheets", Main);
        for (var i = 0; i < sheets.Count; i++)
        {
            w.WriteStartElement("sheet", Main);
            w.WriteAttributeString("name", sheets[i].Name);
            w.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            if (sheets[i].Hidden)
                w.WriteAttributeString("state", "hidden");
            w.WriteAttributeString("id", OfficeRelationships, $"rId{i + 1}");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("definedNames", Main);
        // A filter's range and the rows printed on every page are names Excel keeps per sheet (18.2.5: _xlnm.*).
        for (var i = 0; i < sheets.Count; i++)
        {
            if (sheets[i].FilterRange is { } range)
            {
                Name(w, "_xlnm._FilterDatabase", i, Absolute(sheets[i].Name, range), hidden: true);
                Name(w, "_xlnm.Print_Titles", i, $"{Quoted(sheets[i].Name)}!$1:$1", hidden: false);
            }
        }
        foreach (var (name, reference) in names)
            Name(w, name, null, reference, hidden: false);
        w.WriteEndElement();
        w.WriteEndElement();

        static void Name(XmlWriter w, string name, int? sheet, string reference, bool hidden)
        {
            w.WriteStartElement("definedName", Main);
            w.WriteAttributeString("name", name);
            if (sheet is { } s)
                w.WriteAttributeString("localSheetId", s.ToString(CultureInfo.InvariantCulture));
            if (hidden)
                w.WriteAttributeString("hidden", "1");
            w.WriteString(reference);
            w.WriteEndElement();
        }
    });

    /// <summary>A sheet's name as a formula names it: in single quotes, a quote in it doubled.</summary>
    public static string Quoted(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>"A1:I91" on a sheet as an absolute reference: 'Suggesties'!$A$1:$I$91.</summary>
    public static string Absolute(string sheet, string range) =>
        Quoted(sheet) + "!" + string.Join(":", range.Split(':').Select(cell =>
        {
            var letters = new string(cell.TakeWhile(char.IsAsciiLetter).ToArray());
            return $"${letters}${cell[letters.Length..]}";
        }));

    /// <summary>The column letters of a 1-based column number (1 → A, 27 → AA).</summary>
    public static string Column(int number)
    {
        var letters = "";
        for (; number > 0; number = (number - 1) / 26)
            letters = (char)('A' + (number - 1) % 26) + letters;
        return letters;
    }

    /// <summary>
    /// The styles, in the order of <see cref="CellLook"/>: the default; the header (bold white on the forms' blue,
    /// wrapped, centred in height); text kept as typed (number format 49, '@'), wrapped, at the top, with or
    /// without a line above a want's first row; and the same as input (the forms' soft yellow, thin borders, unlocked).
    /// </summary>
    private static string Styles() => Xml(w =>
    {
        w.WriteStartElement("styleSheet", Main);
        w.WriteStartElement("fonts", Main);
        w.WriteAttributeString("count", "2");
        Font(w, bold: false, colour: null);
        Font(w, bold: true, colour: "FFFFFFFF");
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
        w.WriteAttributeString("count", "6");
        Xf(w, 0, 0, 0, 0, null, null);
        Xf(w, 0, 1, 2, 0, "center", locked: null);
        Xf(w, 49, 0, 0, 0, "top", locked: null);
        Xf(w, 49, 0, 0, 1, "top", locked: null);
        Xf(w, 49, 0, 3, 2, "top", locked: false);
        Xf(w, 49, 0, 3, 3, "top", locked: false);
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

        static void Font(XmlWriter w, bool bold, string? colour)
        {
            w.WriteStartElement("font", Main);
            if (bold)
                Empty(w, "b");
            Attribute(w, "sz", "val", "11");
            if (colour is not null)
                Attribute(w, "color", "rgb", colour);
            Attribute(w, "name", "val", "Calibri");
            Attribute(w, "family", "val", "2");
            w.WriteEndElement();
        }

        static void Fill(XmlWriter w, string pattern, string? colour)
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

        static void Border(XmlWriter w, string? all, string? top)
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

        static void Xf(XmlWriter w, int format, int font, int fill, int border, string? vertical, bool? locked, bool inRecords = true)
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
    });

    /// <summary>A worksheet, its elements in the order CT_Worksheet requires (18.3.1.99).</summary>
    private static string Sheet(SheetPlan sheet) => Xml(w =>
    {
        w.WriteStartElement("worksheet", Main);
        w.WriteAttributeString("xmlns", "r", null, OfficeRelationships);
        w.WriteStartElement("sheetPr", Main);
        Attribute(w, "pageSetUpPr", "fitToPage", "1");
        w.WriteEndElement();
        w.WriteStartElement("sheetViews", Main);
        w.WriteStartElement("sheetView", Main);
        w.WriteAttributeString("workbookViewId", "0");
        if (sheet.FilterRange is not null)
        {
            // The header row frozen: it stays in sight while the rows scroll (18.3.1.66).
            w.WriteStartElement("pane", Main);
            w.WriteAttributeString("ySplit", "1");
            w.WriteAttributeString("topLeftCell", "A2");
            w.WriteAttributeString("activePane", "bottomLeft");
            w.WriteAttributeString("state", "frozen");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cols", Main);
        for (var c = 0; c < sheet.Widths.Count; c++)
        {
            w.WriteStartElement("col", Main);
            w.WriteAttributeString("min", (c + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("max", (c + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("width", sheet.Widths[c].ToString("0.##", CultureInfo.InvariantCulture));
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
        }
        w.WriteEndElement();
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
                var cell = cells[c];
                if (cell.Text.Length == 0 && cell.Look == CellLook.Plain)
                    continue;
                w.WriteStartElement("c", Main);
                w.WriteAttributeString("r", Column(c + 1) + number);
                if (cell.Look != CellLook.Plain)
                    w.WriteAttributeString("s", ((int)cell.Look).ToString(CultureInfo.InvariantCulture));
                if (cell.Text.Length > 0)
                {
                    w.WriteAttributeString("t", "inlineStr");
                    w.WriteStartElement("is", Main);
                    w.WriteStartElement("t", Main);
                    // Leading or trailing spaces and line breaks are the partner's: keep them (18.4.12, xml:space).
                    if (cell.Text != cell.Text.Trim())
                        w.WriteAttributeString("xml", "space", null, "preserve");
                    w.WriteString(XmlCharacters.Clean(cell.Text));
                    w.WriteEndElement();
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        if (sheet.FilterRange is { } filter)
            Attribute(w, "autoFilter", "ref", filter);
        var validations = (sheet.Lists?.Count ?? 0) + (sheet.Prompts?.Count ?? 0);
        if (validations > 0)
        {
            w.WriteStartElement("dataValidations", Main);
            w.WriteAttributeString("count", validations.ToString(CultureInfo.InvariantCulture));
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
                // 18.3.1.32: formula1 holds the formula without its '='; a name of the workbook feeds the list.
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
        w.WriteStartElement("pageMargins", Main);
        foreach (var (side, inches) in new[] { ("left", "0.5"), ("right", "0.5"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3") })
            w.WriteAttributeString(side, inches);
        w.WriteEndElement();
        // A4 landscape, one page wide and as many tall as needed (18.3.1.63: paperSize 9 is A4).
        w.WriteStartElement("pageSetup", Main);
        w.WriteAttributeString("paperSize", "9");
        w.WriteAttributeString("orientation", "landscape");
        w.WriteAttributeString("fitToWidth", "1");
        w.WriteAttributeString("fitToHeight", "0");
        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void Empty(XmlWriter w, string name)
    {
        w.WriteStartElement(name, Main);
        w.WriteEndElement();
    }

    private static void Attribute(XmlWriter w, string element, string attribute, string value)
    {
        w.WriteStartElement(element, Main);
        w.WriteAttributeString(attribute, value);
        w.WriteEndElement();
    }
}
