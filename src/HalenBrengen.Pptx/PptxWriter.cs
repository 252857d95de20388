using System.IO.Compression;
using HalenBrengen.Layout;

namespace HalenBrengen.Pptx;

/// <summary>Turns a <see cref="PresentationPlan"/> into a .pptx package. All decisions were made by the layout.</summary>
public static class PptxWriter
{
    private const string Presentation = "ppt/presentation.xml";
    private const string Core = "docProps/core.xml";

    /// <summary>
    /// Writes the whole package into memory, each part compressed once in a single pass, and returns its
    /// bytes; same plan, same bytes. The parts, their names, relationships and content types are those the
    /// Open XML SDK's packaging wrote before (the golden files and the validator pin them).
    /// </summary>
    public static byte[] Write(PresentationPlan plan)
    {
        var charts = plan.Slides.Select(s => s.Elements.OfType<ChartElement>().Count()).ToArray();
        var media = Media.Of(plan);
        using var buffer = new PooledBuffer();
        using (var package = new PackageWriter(buffer, [.. Defaults(charts.Sum() > 0), .. media.ContentTypes], Overrides(charts).ToList()))
        {
            package.Relationships("",
                new Relationship("rIdPresentation", OpcTypes.OfficeDocument, Presentation),
                new Relationship("rIdCore", OpcTypes.CoreProperties, Core));
            package.Part(Core, CoreProperties(plan));
            using (var stream = package.Part(Presentation, CompressionLevel.Optimal))
                PresentationXml.Write(stream, plan);
            var relationships = new List<Relationship>(plan.Slides.Count + 3)
            {
                new("rIdTheme", OpcTypes.Theme, MasterWriter.Theme),
                new("rIdMaster", OpcTypes.SlideMaster, MasterWriter.SlideMaster),
                new("rIdNotesMaster", OpcTypes.NotesMaster, MasterWriter.NotesMaster),
            };
            relationships.AddRange(plan.Slides.Select((_, i) => new Relationship(SlideWriter.Relationship(i), OpcTypes.Slide, SlideWriter.SlidePart(i))));
            package.Relationships(Presentation, [.. relationships]);
            MasterWriter.Write(package, plan);
            media.Write(package);

            var chart = 0;
            for (var i = 0; i < plan.Slides.Count; i++)
            {
                SlideWriter.Write(package, i, plan.Slides[i], chart + 1, plan.LanguageTag, plan.Look, media, plan.Context.Words.Shapes);
                chart += charts[i];
            }
            package.Complete();
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The default content types as System.IO.Packaging listed them: the first XML part's type (the
    /// presentation's) for every .xml, the workbook's for .xlsx when there are charts, then relationships.
    /// </summary>
    private static (string, string)[] Defaults(bool hasCharts) => hasCharts
        ? [("xml", OpcTypes.PresentationType), ("xlsx", OpcTypes.WorkbookPackageType), ("rels", OpcTypes.RelationshipsType)]
        : [("xml", OpcTypes.PresentationType), ("rels", OpcTypes.RelationshipsType)];

    /// <summary>Every other part's content type, in the order the SDK created the parts.</summary>
    private static IEnumerable<PartType> Overrides(int[] charts)
    {
        foreach (var part in MasterWriter.Parts())
            yield return part;
        var chart = 0;
        for (var i = 0; i < charts.Length; i++)
        {
            yield return new(SlideWriter.SlidePart(i), OpcTypes.SlideType);
            for (var c = 0; c < charts[i]; c++)
                yield return ChartWriter.Part(++chart);
            yield return new(SlideWriter.NotesPart(i), OpcTypes.NotesSlideType);
        }
        yield return new(Core, OpcTypes.CorePropertiesType);
    }

    /// <summary>
    /// docProps/core.xml, written by hand: System.IO.Packaging's PackageProperties named its part with a
    /// random GUID, which would make every run's bytes differ. No dates: no clock, same bytes.
    /// </summary>
    private static byte[] CoreProperties(PresentationPlan plan) => new System.Text.UTF8Encoding(false).GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" +
        $"<dc:title>{System.Security.SecurityElement.Escape(XmlText.Clean(plan.Title))}</dc:title>" +
        $"<dc:creator>{System.Security.SecurityElement.Escape(XmlText.Clean(plan.Author))}</dc:creator></cp:coreProperties>");
}
