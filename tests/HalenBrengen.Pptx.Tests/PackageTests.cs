using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using HalenBrengen.Layout;
using HalenBrengen.Pptx.Tests.Support;

namespace HalenBrengen.Pptx.Tests;

/// <summary>
/// The zip container: written once, in one pass, the same every time. What the parts say is pinned by
/// the golden files and <see cref="PackageChecks"/>; this is about how they are packed.
/// </summary>
public sealed class PackageTests
{
    private const int Deflate = 8, Stored = 0;

    /// <summary>2026-01-01 00:00 as a DOS date (years since 1980, month, day) and time.</summary>
    private const int FixedDate = ((2026 - 1980) << 9) | (1 << 5) | 1, FixedTime = 0;

    [Fact]
    public void Every_part_is_deflated_once_and_the_chart_workbook_already_a_zip_is_stored()
    {
        var package = PptxWriter.Write(PptxWriterTests.Sample());

        var entries = AssertOnePass(package);
        var workbook = Assert.Single(entries, e => e.Name.EndsWith(".xlsx", StringComparison.Ordinal));
        Assert.True(workbook.Method == Stored, $"{workbook.Name} is deflated a second time (method {workbook.Method}), though it is a zip of deflated parts");
        Assert.All(entries.Where(e => e != workbook), e => Assert.True(e.Method == Deflate, $"{e.Name}: method {e.Method}"));

        // The workbook itself: one pass too, valid, and holding the chart's values for PowerPoint's "Edit Data".
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var embedded = new MemoryStream();
        using (var stream = zip.GetEntry(workbook.Name)!.Open())
            stream.CopyTo(embedded);
        Assert.All(AssertOnePass(embedded.ToArray()), e => Assert.Equal(Deflate, e.Method));
        using var document = SpreadsheetDocument.Open(new MemoryStream(embedded.ToArray()), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(document, TestContext.Current.CancellationToken));
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>()
            .ToDictionary(c => c.CellReference!.Value!, c => c.InnerText);
        Assert.Equal(["", "Halen", "Brengen", "Gemeente", "4", "3", "School", "2", "5"],
            new[] { "A1", "B1", "C1", "A2", "B2", "C2", "A3", "B3", "C3" }.Select(r => cells[r]));
    }

    [Fact]
    public void The_same_plan_written_side_by_side_gives_the_same_bytes()
    {
        // As `generate` writes its files: several packages at once, on several threads.
        var plan = PptxWriterTests.Sample();
        var packages = Enumerable.Range(0, 8).AsParallel().Select(_ => PptxWriter.Write(plan)).ToList();
        Assert.All(packages, p => Assert.Equal(packages[0], p));
    }

    /// <summary>
    /// [Content_Types].xml first, every part once, each with its sizes in its local header (no data
    /// descriptor: the zip is written to a seekable buffer), no extra fields and the fixed timestamp;
    /// a streaming reader that walks the local headers finds every entry the central directory lists.
    /// </summary>
    private static IReadOnlyList<LocalEntry> AssertOnePass(byte[] package)
    {
        var entries = ZipLayout.Read(package);
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        Assert.Equal(zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal), entries.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("[Content_Types].xml", entries[0].Name);
        Assert.All(entries, e =>
        {
            Assert.True(e.Flags == 0, $"{e.Name}: flags {e.Flags:x}");
            Assert.True(e.ExtraLength == 0, $"{e.Name}: extra field");
            Assert.True((e.DosDate, e.DosTime) == (FixedDate, FixedTime), $"{e.Name}: stamped {e.DosDate:x}/{e.DosTime:x}");
        });
        return entries;
    }
}
