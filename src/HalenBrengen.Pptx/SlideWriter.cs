using System.IO.Compression;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Style;

namespace HalenBrengen.Pptx;

/// <summary>One slide's parts: the slide with its layout and charts, and its notes, in that order of relationships.</summary>
internal static class SlideWriter
{
    public static string SlidePart(int index) => $"ppt/slides/slide{index + 1}.xml";

    /// <summary>The presentation's relationship to its slide <paramref name="index"/>.</summary>
    public static string Relationship(int index) => $"rIdSlide{index + 1}";

    public static string NotesPart(int index) => $"ppt/notesSlides/notesSlide{index + 1}.xml";

    /// <summary>A slide's relationship to slide <paramref name="slide"/> (1 the first) of the same file, which a click on a run shows.</summary>
    public static string JumpRelationship(int slide) => $"rIdJump{slide}";

    /// <param name="firstChart">The package-wide number of the slide's first chart.</param>
    /// <param name="names">What a shape the plan left unnamed, a placeholder and a chart's data sheet are called.</param>
    public static void Write(PackageWriter package, int index, SlidePlan plan, int firstChart, string language, Look look, Media media, ShapeNames names)
    {
        var slide = SlidePart(index);
        var notes = NotesPart(index);
        var pictures = plan.Elements.OfType<PictureElement>().Select(p => p.Image).Distinct().ToList();
        using (var stream = package.Part(slide, CompressionLevel.Optimal))
            SlideXml.Write(stream, plan, language, look, names, picture => Media.RelationshipId(pictures.IndexOf(picture) + 1));
        var charts = plan.Elements.OfType<ChartElement>().ToList();
        var jumps = plan.Drawn.OfType<TextElement>().SelectMany(e => e.Paragraphs.SelectMany(p => p.Runs).Select(r => r.Slide).Append(e.Slide)).OfType<int>().Distinct().Order().ToList();
        var relationships = new Relationship[charts.Count + pictures.Count + jumps.Count + 2];
        relationships[0] = new("rIdLayout", OpcTypes.SlideLayout, MasterWriter.LayoutPart(plan.Layout));
        for (var c = 0; c < charts.Count; c++)
            relationships[c + 1] = new(ChartWriter.RelationshipId(c + 1), OpcTypes.Chart, ChartWriter.Part(firstChart + c).Name);
        for (var p = 0; p < pictures.Count; p++)
            relationships[charts.Count + 1 + p] = new(Media.RelationshipId(p + 1), OpcTypes.Image, media.PartOf(pictures[p]));
        for (var j = 0; j < jumps.Count; j++)
            relationships[charts.Count + pictures.Count + 1 + j] = new(JumpRelationship(jumps[j]), OpcTypes.Slide, SlidePart(jumps[j] - 1));
        relationships[^1] = new("rIdNotes", OpcTypes.NotesSlide, notes);
        package.Relationships(slide, relationships);
        for (var c = 0; c < charts.Count; c++)
            ChartWriter.Write(package, charts[c], firstChart + c, language, look.Body.Name, names.ChartSheet);

        using (var stream = package.Part(notes, CompressionLevel.Optimal))
            NotesXml.Write(stream, plan.Notes, language, names);
        package.Relationships(notes,
            new Relationship("rIdNotesMaster", OpcTypes.NotesMaster, MasterWriter.NotesMaster),
            new Relationship("rIdSlide", OpcTypes.Slide, slide));
    }
}
