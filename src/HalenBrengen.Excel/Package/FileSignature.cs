using System.IO.Compression;
using System.Text;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Excel.Package;

/// <summary>
/// Tells from the first bytes what a file really is, so a renamed CSV, an old .xls or a password-protected
/// workbook each get their own message instead of a zip error.
/// </summary>
internal static class FileSignature
{
    private static readonly ProblemTexts Say = Words.Nl.Problems;

    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] EmptyZip = "PK\u0005\u0006"u8.ToArray();
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // [MS-OFFCRYPTO] 2.3.4: an encrypted OOXML file is a compound file with these two streams.
    private static readonly byte[] EncryptionInfo = Encoding.Unicode.GetBytes("EncryptionInfo");
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");

    /// <summary>
    /// Other spreadsheet formats a partner may have saved the form in, each with how to make an .xlsx of it.
    /// The extension only chooses the wording when the content does not tell (a .csv is just text).
    /// </summary>
    private static readonly Dictionary<string, string> OtherFormats = new(StringComparer.Ordinal)
    {
        [".xlsb"] = Say.Xlsb,
        [".ods"] = Say.OpenDocument,
        [".ots"] = Say.OpenDocument,
        [".fods"] = Say.OpenDocument,
        [".numbers"] = Say.Numbers,
        [".csv"] = Say.Csv,
    };

    /// <summary>The extensions of <see cref="OtherFormats"/>: files that look like a spreadsheet but are no .xlsx.</summary>
    public static IEnumerable<string> OtherSpreadsheetExtensions => OtherFormats.Keys;

    public static XlsxException OtherSpreadsheet(string extension) =>
        new(DiagnosticCode.AnderRekenbladFormaat, Say.OtherFormat.Fill(OtherFormats[extension]));

    /// <summary>A zip that holds no workbook: named by what it holds, or else by its extension.</summary>
    public static XlsxException OtherZip(ZipArchive zip, string extension)
    {
        // OpenDocument (ISO/IEC 26300, part 3, 3.3): a first entry 'mimetype' naming the document type.
        var mimetype = string.Empty;
        if (zip.GetEntry("mimetype") is { Length: < 200 } entry)
        {
            using var reader = new StreamReader(entry.Open());
            mimetype = reader.ReadToEnd();
        }
        if (mimetype.StartsWith("application/vnd.oasis.opendocument.spreadsheet", StringComparison.Ordinal))
            return OtherSpreadsheet(".ods");
        // Numbers keeps its document as Index/*.iwa (Apple's archive format) inside the zip.
        if (zip.Entries.Any(e => e.FullName.StartsWith("Index/", StringComparison.Ordinal) && e.FullName.EndsWith(".iwa", StringComparison.Ordinal)))
            return OtherSpreadsheet(".numbers");
        var hint = zip.GetEntry("word/document.xml") is not null ? Say.LooksLikeWord
            : zip.GetEntry("ppt/presentation.xml") is not null ? Say.LooksLikePowerPoint
            : string.Empty;
        if (hint.Length == 0 && OtherFormats.ContainsKey(extension))
            return OtherSpreadsheet(extension);
        return new XlsxException(DiagnosticCode.GeenWerkmap, Say.ZipNotWorkbook.Fill(hint));
    }

    public static void Check(byte[] bytes, string extension = "")
    {
        if (bytes.Length == 0)
            throw new XlsxException(DiagnosticCode.LeegBestand, Say.EmptyFile);
        var span = bytes.AsSpan();
        if (span.StartsWith(Zip) || span.StartsWith(EmptyZip))
            return;
        if (span.StartsWith(CompoundFile))
        {
            if (span.IndexOf(EncryptionInfo) >= 0 || span.IndexOf(EncryptedPackage) >= 0)
                throw new XlsxException(DiagnosticCode.Versleuteld, Say.Encrypted);
            throw new XlsxException(DiagnosticCode.OudXlsFormaat, Say.OldXls);
        }
        if (extension is ".csv" or ".fods" && LooksLikeText(span))
            throw OtherSpreadsheet(extension);
        var kind = LooksLikeText(span) ? Say.TextFile : Say.NoWorkbook;
        throw new XlsxException(DiagnosticCode.GeenWerkmap, Say.NotAWorkbook.Fill(kind));
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 512)];
        foreach (var b in sample)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20))
                return false;
        }
        return true;
    }
}
