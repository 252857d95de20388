using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using HalenBrengen.Core;

namespace HalenBrengen.Excel.Agreements;

/// <summary>How a cell looks: the few styles the afsprakenlijst needs (xl/styles.xml's cellXfs, in this order).</summary>
internal enum CellLook { Plain = 0, Header = 1, Text = 2, TextGroupStart = 3, Input = 4, InputGroupStart = 5, Strong = 6, StrongGroupStart = 7 }

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
/// <see cref="PageTitle"/>: what every printed page says at its top.
internal sealed record SheetPlan(string Name, IReadOnlyList<double> Widths, IReadOnlyList<(double Height, IReadOnlyList<SheetCell> Cells)> Rows,
    string? FilterRange = null, IReadOnlyList<ListValidation>? Lists = null, IReadOnlyList<InputPrompt>? Prompts = null, bool Hidden = false,
    string? PageTitle = null);

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
    internal const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    internal const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
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
            ("xl/styles.xml", SpreadsheetStyles.Xml()),
        };
        parts.AddRange(sheets.Select((s, i) => ($"xl/worksheets/sheet{i + 1}.xml", SpreadsheetSheet.Xml(s))));
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

    internal static string Xml(Action<XmlWriter> write)
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

    internal static void Empty(XmlWriter w, string name)
    {
        w.WriteStartElement(name, Main);
        w.WriteEndElement();
    }

    internal static void Attribute(XmlWriter w, string element, string attribute, string value)
    {
        w.WriteStartElement(element, Main);
        w.WriteAttributeString(attribute, value);
        w.WriteEndElement();
    }
}
