using System.Text;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Excel.Package;

/// <summary>
/// Tells from the first bytes what a file really is, so a renamed CSV, an old .xls or a password-protected
/// workbook each get their own message instead of a zip error.
/// </summary>
internal static class FileSignature
{
    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] EmptyZip = "PK\u0005\u0006"u8.ToArray();
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // [MS-OFFCRYPTO] 2.3.4: an encrypted OOXML file is a compound file with these two streams.
    private static readonly byte[] EncryptionInfo = Encoding.Unicode.GetBytes("EncryptionInfo");
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");

    public static void Check(byte[] bytes)
    {
        if (bytes.Length == 0)
            throw new XlsxException(DiagnosticCode.LeegBestand, "het bestand is leeg (0 bytes). Sla de werkmap opnieuw op in Excel.");
        var span = bytes.AsSpan();
        if (span.StartsWith(Zip) || span.StartsWith(EmptyZip))
            return;
        if (span.StartsWith(CompoundFile))
        {
            if (span.IndexOf(EncryptionInfo) >= 0 || span.IndexOf(EncryptedPackage) >= 0)
            {
                throw new XlsxException(DiagnosticCode.Versleuteld,
                    "de werkmap is beveiligd met een wachtwoord. Haal het wachtwoord eraf in Excel " +
                    "(Bestand › Info › Werkmap beveiligen › Versleutelen met wachtwoord, veld leegmaken) en sla hem opnieuw op.");
            }
            throw new XlsxException(DiagnosticCode.OudXlsFormaat,
                "dit is een oud Excel-bestand (.xls, Excel 97-2003). Open het in Excel en sla het op als " +
                "'Excel-werkmap (*.xlsx)'.");
        }
        var kind = LooksLikeText(span) ? "een tekstbestand (bijvoorbeeld CSV) met een andere extensie" : "geen Excel-werkmap";
        throw new XlsxException(DiagnosticCode.GeenWerkmap,
            $"dit is {kind}. Gebruik het Excel-formulier en sla het op als 'Excel-werkmap (*.xlsx)'.");
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
