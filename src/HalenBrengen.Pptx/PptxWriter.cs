using System.IO.Compression;
using DocumentFormat.OpenXml.Presentation;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Style;
using Picture = HalenBrengen.Layout.Style.Picture;
using A = DocumentFormat.OpenXml.Drawing;

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
            package.Part(Presentation, PartRoot.Declared(PresentationElement(plan)));
            var relationships = new List<Relationship>(plan.Slides.Count + 3)
            {
                new("rIdTheme", OpcTypes.Theme, MasterWriter.Theme),
                new("rIdMaster", OpcTypes.SlideMaster, MasterWriter.SlideMaster),
                new("rIdNotesMaster", OpcTypes.NotesMaster, MasterWriter.NotesMaster),
            };
            relationships.AddRange(plan.Slides.Select((_, i) => new Relationship($"rIdSlide{i + 1}", OpcTypes.Slide, SlideWriter.SlidePart(i))));
            package.Relationships(Presentation, [.. relationships]);
            MasterWriter.Write(package, plan);
            media.Write(package);

            var chart = 0;
            for (var i = 0; i < plan.Slides.Count; i++)
            {
                SlideWriter.Write(package, i, plan.Slides[i], chart + 1, plan.LanguageTag, plan.Look, media);
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

    private static Presentation PresentationElement(PresentationPlan plan)
    {
        var slideIds = new SlideIdList();
        for (var i = 0; i < plan.Slides.Count; i++)
            slideIds.Append(new SlideId { Id = (uint)(256 + i), RelationshipId = $"rIdSlide{i + 1}" });
        return new Presentation(
            new SlideMasterIdList(new SlideMasterId { Id = 2147483648U, RelationshipId = "rIdMaster" }),
            new NotesMasterIdList(new NotesMasterId { Id = "rIdNotesMaster" }),
            slideIds,
            new SlideSize { Cx = (int)plan.Width.Value, Cy = (int)plan.Height.Value },
            new NotesSize { Cx = plan.Master.Notes.Width.Value, Cy = plan.Master.Notes.Height.Value },
            new DefaultTextStyle(new A.Level1ParagraphProperties(new A.DefaultRunProperties(
                new A.LatinFont { Typeface = plan.Look.Body.Name }) { Language = plan.LanguageTag })))
        { SaveSubsetFonts = true };
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

/// <summary>One slide's parts: the slide with its layout and charts, and its notes, in that order of relationships.</summary>
internal static class SlideWriter
{
    public static string SlidePart(int index) => $"ppt/slides/slide{index + 1}.xml";

    public static string NotesPart(int index) => $"ppt/notesSlides/notesSlide{index + 1}.xml";

    /// <param name="firstChart">The package-wide number of the slide's first chart.</param>
    public static void Write(PackageWriter package, int index, SlidePlan plan, int firstChart, string language, Look look, Media media)
    {
        var slide = SlidePart(index);
        var notes = NotesPart(index);
        var pictures = plan.Elements.OfType<PictureElement>().Select(p => p.Image).Distinct().ToList();
        using (var stream = package.Part(slide, CompressionLevel.Optimal))
            SlideXml.Slide(stream, plan, language, look, picture => Media.RelationshipId(pictures.IndexOf(picture) + 1));
        var charts = plan.Elements.OfType<ChartElement>().ToList();
        var relationships = new Relationship[charts.Count + pictures.Count + 2];
        relationships[0] = new("rIdLayout", OpcTypes.SlideLayout, MasterWriter.LayoutPart(plan.Layout));
        for (var c = 0; c < charts.Count; c++)
            relationships[c + 1] = new(ChartWriter.RelationshipId(c + 1), OpcTypes.Chart, ChartWriter.Part(firstChart + c).Name);
        for (var p = 0; p < pictures.Count; p++)
            relationships[charts.Count + 1 + p] = new(Media.RelationshipId(p + 1), OpcTypes.Image, media.PartOf(pictures[p]));
        relationships[^1] = new("rIdNotes", OpcTypes.NotesSlide, notes);
        package.Relationships(slide, relationships);
        for (var c = 0; c < charts.Count; c++)
            ChartWriter.Write(package, charts[c], firstChart + c, language, look.Body.Name);

        using (var stream = package.Part(notes, CompressionLevel.Optimal))
            SlideXml.Notes(stream, plan.Notes, language);
        package.Relationships(notes,
            new Relationship("rIdNotesMaster", OpcTypes.NotesMaster, MasterWriter.NotesMaster),
            new Relationship("rIdSlide", OpcTypes.Slide, slide));
    }
}

/// <summary>
/// The package's images (ppt/media, ECMA-376 Part 1, 15.2.14): each picture the slides draw, once, however
/// many slides draw it (the logo is on all of them). Images are already compressed, so they are stored.
/// </summary>
internal sealed class Media
{
    private readonly List<Picture> _pictures;

    private Media(List<Picture> pictures) => _pictures = pictures;

    public static Media Of(PresentationPlan plan) =>
        new(plan.Slides.SelectMany(s => s.Elements.OfType<PictureElement>()).Select(p => p.Image).Distinct().ToList());

    /// <summary>The slide's n-th picture's relationship.</summary>
    public static string RelationshipId(int number) => $"rIdImage{number}";

    public string PartOf(Picture picture) => $"ppt/media/image{_pictures.IndexOf(picture) + 1}.{picture.Extension}";

    /// <summary>Default content types for the images' extensions (Part 2, 10.1.2.2.2), in the order first drawn.</summary>
    public IEnumerable<(string, string)> ContentTypes => _pictures.Select(p => (p.Extension, p.ContentType)).Distinct();

    public void Write(PackageWriter package)
    {
        foreach (var picture in _pictures)
            package.Part(PartOf(picture), picture.Content, CompressionLevel.NoCompression);
    }
}
