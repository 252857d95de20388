using System.IO.Compression;
using HalenBrengen.Layout;

namespace HalenBrengen.Pptx;

/// <summary>
/// A native clustered bar chart's parts (ECMA-376 Part 1, 21.2): the chart (<see cref="ChartXml"/>) and its
/// data as an embedded workbook (<see cref="ChartWorkbook"/>), so PowerPoint's "Edit Data" opens it.
/// </summary>
internal static class ChartWriter
{
    /// <summary>The relationship from a chart to its workbook.</summary>
    public const string DataRelationship = "rIdData";

    /// <summary>The relationship from a slide to its n-th chart, as the slide's graphic frame names it.</summary>
    public static string RelationshipId(int number) => $"rIdChart{number}";

    /// <summary>The n-th chart part of the package (counted across slides, as the SDK named them), and its content type.</summary>
    public static PartType Part(int number) => new($"ppt/slides/charts/chart{number}.xml", OpcTypes.ChartType);

    /// <summary>The chart's workbook: package.xlsx for the first, package2.xlsx for the second, and so on.</summary>
    private static string WorkbookPart(int number) => $"ppt/slides/charts/embeddings/package{(number == 1 ? "" : number)}.xlsx";

    /// <summary>
    /// The n-th chart part with its data as an embedded workbook. The workbook is a zip of its own, compressed
    /// once when it is made, so the package stores it as it is (method 0, which ECMA-376 Part 2, annex C,
    /// allows beside deflate) rather than deflating it a second time.
    /// </summary>
    /// <param name="sheet">The name of the workbook's sheet, which the chart's formulas name.</param>
    public static void Write(PackageWriter package, ChartElement element, int number, string language, string font, string sheet)
    {
        var name = Part(number).Name;
        using (var stream = package.Part(name, CompressionLevel.Optimal))
            PartXml.Write(stream, x => ChartXml.Write(x, element, language, font, sheet));
        package.Relationships(name, new Relationship(DataRelationship, OpcTypes.Package, WorkbookPart(number)));
        package.Part(WorkbookPart(number), ChartWorkbook.Write(element, sheet), CompressionLevel.NoCompression);
    }
}
