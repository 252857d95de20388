using System.IO.Compression;
using System.Security;
using System.Text;

namespace HalenBrengen.Excel.Tests.Support;

/// <summary>
/// Writes an .xlsx package part by part, so a test can make exactly the quirks other tools produce
/// (inline strings, ISO date cells, no styles part, a sheet without r:id, images, comments...).
/// </summary>
internal sealed class RawWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly List<(string Name, string Body, string? Extra, bool HasId)> _sheets = [];
    private readonly Dictionary<string, byte[]> _extraParts = new(StringComparer.Ordinal);
    private readonly List<string> _contentTypeOverrides = [];
    private readonly List<(int Sheet, string Id, string Type, string Target)> _sheetRels = [];

    public string? SharedStringsXml { get; set; }
    public string? StylesXml { get; set; }
    public bool Date1904 { get; set; }

    /// <summary>A sheet with raw &lt;sheetData&gt; content; <paramref name="afterData"/> goes after sheetData (mergeCells...).</summary>
    public RawWorkbook Sheet(string name, string sheetData, string? afterData = null, bool hasRelationshipId = true)
    {
        _sheets.Add((name, sheetData, afterData, hasRelationshipId));
        return this;
    }

    /// <summary>A sheet from rows of texts (inline strings); null leaves a cell empty.</summary>
    public RawWorkbook TextSheet(string name, params string?[][] rows) => Sheet(name, Rows(1, rows));

    public static string Rows(int firstRow, params string?[][] rows)
    {
        var builder = new StringBuilder();
        for (var r = 0; r < rows.Length; r++)
        {
            var rowNumber = firstRow + r;
            builder.Append($"<row r=\"{rowNumber}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is { } text)
                    builder.Append(InlineCell(Package.CellAddress.ToA1(rowNumber, c + 1), text));
            }
            builder.Append("</row>");
        }
        return builder.ToString();
    }

    public static string InlineCell(string reference, string text) =>
        $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></is></c>";

    public RawWorkbook Part(string path, string content, string? contentType = null) => Part(path, Encoding.UTF8.GetBytes(content), contentType);

    public RawWorkbook Part(string path, byte[] content, string? contentType = null)
    {
        _extraParts[path] = content;
        if (contentType is not null)
            _contentTypeOverrides.Add($"<Override PartName=\"/{path}\" ContentType=\"{contentType}\"/>");
        return this;
    }

    /// <summary>A relationship from sheet number <paramref name="sheet"/> (1-based) to another part.</summary>
    public RawWorkbook SheetRelationship(int sheet, string id, string type, string target)
    {
        _sheetRels.Add((sheet, id, type, target));
        return this;
    }

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", ContentTypes());
            Write(zip, "_rels/.rels",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Write(zip, "xl/workbook.xml", WorkbookXml());
            Write(zip, "xl/_rels/workbook.xml.rels", WorkbookRels());
            for (var i = 0; i < _sheets.Count; i++)
            {
                var (_, body, extra, _) = _sheets[i];
                Write(zip, $"xl/worksheets/sheet{i + 1}.xml",
                    $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheetData>{body}</sheetData>{extra}</worksheet>");
                var rels = _sheetRels.Where(r => r.Sheet == i + 1).ToList();
                if (rels.Count > 0)
                {
                    Write(zip, $"xl/worksheets/_rels/sheet{i + 1}.xml.rels",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                        string.Concat(rels.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{r.Type}\" Target=\"{SecurityElement.Escape(r.Target)}\"" +
                                                       (r.Target.Contains(':', StringComparison.Ordinal) ? " TargetMode=\"External\"" : string.Empty) + "/>")) +
                        "</Relationships>");
                }
            }
            if (SharedStringsXml is not null)
                Write(zip, "xl/sharedStrings.xml", SharedStringsXml);
            if (StylesXml is not null)
                Write(zip, "xl/styles.xml", StylesXml);
            foreach (var (path, content) in _extraParts)
            {
                using var stream = zip.CreateEntry(path).Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    public string SaveTo(string path)
    {
        File.WriteAllBytes(path, ToBytes());
        return path;
    }

    private string WorkbookXml()
    {
        var sheets = string.Concat(_sheets.Select((s, i) =>
            $"<sheet name=\"{SecurityElement.Escape(s.Name)}\" sheetId=\"{i + 1}\"" + (s.HasId ? $" r:id=\"rIdS{i + 1}\"" : string.Empty) + "/>"));
        var pr = Date1904 ? "<workbookPr date1904=\"1\"/>" : string.Empty;
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\">{pr}<sheets>{sheets}</sheets></workbook>";
    }

    private string WorkbookRels()
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var i = 0; i < _sheets.Count; i++)
            builder.Append($"<Relationship Id=\"rIdS{i + 1}\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
        if (SharedStringsXml is not null)
            builder.Append($"<Relationship Id=\"rIdSst\" Type=\"{Rel}/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        if (StylesXml is not null)
            builder.Append($"<Relationship Id=\"rIdSty\" Type=\"{Rel}/styles\" Target=\"styles.xml\"/>");
        return builder.Append("</Relationships>").ToString();
    }

    private string ContentTypes()
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (var i = 0; i < _sheets.Count; i++)
            builder.Append($"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        foreach (var item in _contentTypeOverrides)
            builder.Append(item);
        return builder.Append("</Types>").ToString();
    }

    private static void Write(ZipArchive zip, string path, string content)
    {
        using var stream = zip.CreateEntry(path).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
