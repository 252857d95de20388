namespace HalenBrengen.Excel.Package;

/// <summary>
/// What the reader refuses, stated once. A filled-in belangenkaart is a few dozen kB with a few hundred
/// cells; these limits are generous for that and stop a decompression bomb or an absurd sheet long
/// before memory runs out. docs/workbook-contract.md (Limits) lists them for facilitators.
/// </summary>
public static class XlsxLimits
{
    /// <summary>Largest workbook file read (a logo or two fits easily).</summary>
    public const long MaxFileBytes = 25L * 1024 * 1024;

    /// <summary>Largest uncompressed size of one part (sheet, shared strings) the reader decompresses.</summary>
    public const long MaxPartBytes = 100L * 1024 * 1024;

    /// <summary>Most entries a workbook's zip may hold.</summary>
    public const int MaxZipEntries = 10_000;

    /// <summary>Most filled cells one sheet may hold.</summary>
    public const int MaxCellsPerSheet = 200_000;

    /// <summary>Most shared strings one workbook may hold.</summary>
    public const int MaxSharedStrings = 1_000_000;

    /// <summary>Most cell styles (cellXfs) one workbook may hold; Excel itself stops at 64,000.</summary>
    public const int MaxCellStyles = 100_000;
}
