using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace HalenBrengen.Excel.Tests.Support;

/// <summary>Ways real files go wrong, made from code so no unexplained binary is committed.</summary>
internal static class Damage
{
    private static readonly byte[] CompoundSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// A compound file (the container of .xls and of password-protected .xlsx) with a header sector
    /// and one directory sector naming the given streams ([MS-CFB] 2.2 and 2.6).
    /// </summary>
    public static byte[] CompoundFile(params string[] streamNames)
    {
        var bytes = new byte[512 * 3];
        CompoundSignature.CopyTo(bytes, 0);
        BitConverter.GetBytes((ushort)0x003E).CopyTo(bytes, 24); // minor version
        BitConverter.GetBytes((ushort)0x0003).CopyTo(bytes, 26); // major version 3
        BitConverter.GetBytes((ushort)0xFFFE).CopyTo(bytes, 28); // little-endian
        BitConverter.GetBytes((ushort)9).CopyTo(bytes, 30); // 512-byte sectors
        BitConverter.GetBytes(1).CopyTo(bytes, 48); // first directory sector
        var names = new[] { "Root Entry" }.Concat(streamNames).ToArray();
        for (var i = 0; i < names.Length && i < 4; i++)
        {
            var offset = 1024 + i * 128;
            var name = Encoding.Unicode.GetBytes(names[i] + "\0");
            name.CopyTo(bytes, offset);
            BitConverter.GetBytes((ushort)name.Length).CopyTo(bytes, offset + 64);
            bytes[offset + 66] = (byte)(i == 0 ? 5 : 2); // root storage / stream
        }
        return bytes;
    }

    /// <summary>An old binary .xls: a compound file with a "Workbook" stream.</summary>
    public static byte[] OldXls() => CompoundFile("Workbook", "\u0005SummaryInformation");

    /// <summary>A password-protected .xlsx: a compound file with the [MS-OFFCRYPTO] streams.</summary>
    public static byte[] Encrypted() => CompoundFile("EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces");

    public static byte[] Truncated(byte[] workbook) => workbook[..(workbook.Length / 2)];

    /// <summary>
    /// Adds a pasted logo (a PNG in a drawing anchored on the first sheet) to a workbook, the way Excel
    /// stores it (ECMA-376 Part 1, 20.5 DrawingML spreadsheet drawing), plus a comment part and a
    /// malformed mailto hyperlink, which System.IO.Packaging refuses.
    /// </summary>
    public static void AddLogoCommentAndBadHyperlink(string path, string sheetPart = "xl/worksheets/sheet2.xml")
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        Write(zip, "xl/media/image1.png", Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        Write(zip, "xl/drawings/drawing1.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" " +
            "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
            "<xdr:oneCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
            "<xdr:ext cx=\"952500\" cy=\"952500\"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id=\"2\" name=\"Logo\"/><xdr:cNvPicPr/></xdr:nvPicPr>" +
            "<xdr:blipFill><a:blip r:embed=\"rIdImg\"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>" +
            "<xdr:spPr><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>");
        Write(zip, "xl/drawings/_rels/drawing1.xml.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rIdImg\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"../media/image1.png\"/></Relationships>");
        Write(zip, "xl/comments1.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
            "<authors><author>Begeleider</author></authors><commentList><comment ref=\"A1\" authorId=\"0\"><text><t>Graag voor vrijdag</t></text></comment></commentList></comments>");

        var sheetRels = sheetPart.Replace("worksheets/", "worksheets/_rels/", StringComparison.Ordinal) + ".rels";
        var existingRels = Read(zip, sheetRels) ?? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>";
        Write(zip, sheetRels, existingRels.Replace("</Relationships>",
            "<Relationship Id=\"rIdLogo\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing\" Target=\"../drawings/drawing1.xml\"/>" +
            "<Relationship Id=\"rIdCmt\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"../comments1.xml\"/>" +
            "<Relationship Id=\"rIdMail\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"mailto:one@\" TargetMode=\"External\"/>" +
            "</Relationships>", StringComparison.Ordinal));

        var sheet = Read(zip, sheetPart)!;
        var prefix = sheet.Contains("<x:worksheet", StringComparison.Ordinal) ? "x:" : string.Empty;
        sheet = sheet.Replace($"</{prefix}sheetData>",
            $"</{prefix}sheetData><{prefix}conditionalFormatting sqref=\"A1:A5\"><{prefix}cfRule type=\"containsBlanks\" priority=\"1\" dxfId=\"0\"/></{prefix}conditionalFormatting>" +
            $"<{prefix}hyperlinks><{prefix}hyperlink ref=\"B5\" r:id=\"rIdMail\"/></{prefix}hyperlinks>", StringComparison.Ordinal);
        var end = sheet.Contains($"<{prefix}tableParts", StringComparison.Ordinal) ? $"<{prefix}tableParts" : $"</{prefix}worksheet>";
        sheet = sheet.Replace(end, $"<{prefix}drawing r:id=\"rIdLogo\"/>{end}", StringComparison.Ordinal);
        Write(zip, sheetPart, sheet);

        var types = Read(zip, "[Content_Types].xml")!;
        if (!types.Contains("Extension=\"png\"", StringComparison.Ordinal))
            types = types.Replace("<Default ", "<Default Extension=\"png\" ContentType=\"image/png\"/><Default ", StringComparison.Ordinal);
        types = types.Replace("</Types>",
            "<Override PartName=\"/xl/drawings/drawing1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>" +
            "<Override PartName=\"/xl/comments1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml\"/></Types>", StringComparison.Ordinal);
        Write(zip, "[Content_Types].xml", types);
    }

    /// <summary>
    /// Every entry of a folder with its content hash and time. A link is recorded with its target (and the
    /// target's content when there is one); an entry of length 0 is never opened, since a named pipe reports
    /// length 0 too and opening it would wait forever.
    /// </summary>
    public static string Fingerprint(string folder) => string.Join("\n",
        Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(f =>
        {
            var info = new FileInfo(f);
            var final = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
            var content = final is not { Exists: true } ? "(nothing)" : final.Length == 0 ? "(empty)"
                : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(final.FullName)));
            var link = info.LinkTarget is { } target ? $" -> {target}" : string.Empty;
            return $"{Path.GetFileName(f)}{link} {content} {info.LastWriteTimeUtc:O}";
        }));

    private static string? Read(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path);
        if (entry is null)
            return null;
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static void Write(ZipArchive zip, string path, string content) => Write(zip, path, Encoding.UTF8.GetBytes(content));

    private static void Write(ZipArchive zip, string path, byte[] content)
    {
        zip.GetEntry(path)?.Delete();
        using var stream = zip.CreateEntry(path).Open();
        stream.Write(content);
    }
}
