using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace HalenBrengen.Excel.Tests.Support;

/// <summary>
/// Files a partner may send instead of an .xlsx, and file-system oddities, made from code: just enough of
/// each format for a reader to recognise it.
/// </summary>
internal static class OtherFormats
{
    /// <summary>An OpenDocument spreadsheet: 'mimetype' first, stored (ISO/IEC 26300-3, 3.3), then content.xml.</summary>
    public static byte[] OpenDocument() => Zip(
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"),
        ("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"));

    /// <summary>A binary workbook: the OOXML package of an .xlsx, with xl/workbook.bin as its main part.</summary>
    public static byte[] BinaryWorkbook() => Zip(
        ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Override PartName=\"/xl/workbook.bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>"),
        ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>"),
        ("xl/workbook.bin", "\u0083\u0001\u0000\u0080\u0001"));

    /// <summary>A Numbers document: Apple's archive parts under Index/.</summary>
    public static byte[] Numbers() => Zip(("Index/Document.iwa", "\u0000\u0001"), ("Metadata/Properties.plist", "<plist/>"));

    public static byte[] Csv() => Encoding.UTF8.GetBytes("Partij;Wat\nGemeente Dommelstede;Signalen uit de wijk\n");

    /// <summary>A flat OpenDocument spreadsheet: the same document as one XML text file.</summary>
    public static byte[] FlatOpenDocument() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " +
        "office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\"/>");

    /// <summary>A named pipe (FIFO), made with mkfifo; Linux and macOS only.</summary>
    public static void NamedPipe(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>
    /// Lets a reader that did open a named pipe go on, by opening the other end once, so a failing test ends
    /// instead of leaving a thread waiting for ever.
    /// </summary>
    public static void ReleasePipe(string path)
    {
        using var writer = new FileStream(path, FileMode.Open, FileAccess.Write);
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open();
                stream.Write(Encoding.Latin1.GetBytes(content));
            }
        }
        return memory.ToArray();
    }
}
