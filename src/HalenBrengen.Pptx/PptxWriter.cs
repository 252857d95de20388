using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using HalenBrengen.Layout;
using A = DocumentFormat.OpenXml.Drawing;

namespace HalenBrengen.Pptx;

/// <summary>Turns a <see cref="DeckPlan"/> into a .pptx package. All decisions were made by the layout.</summary>
public static class PptxWriter
{
    /// <summary>Writes the whole package into memory and returns its bytes; same plan, same bytes.</summary>
    public static byte[] Write(DeckPlan plan)
    {
        using var buffer = new MemoryStream();
        using (var document = PresentationDocument.Create(buffer, PresentationDocumentType.Presentation))
        {
            // Fixed relationship ids throughout: the SDK's AddPresentationPart() would pick random ones.
            var presentation = document.AddNewPart<PresentationPart>(
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "rIdPresentation");
            var theme = presentation.AddNewPart<ThemePart>("rIdTheme");
            theme.Theme = PartRoot.Declared(ThemeWriter.Build());
            MasterWriter.AddSlideMaster(presentation, theme, plan.LanguageTag, out var layouts);
            var notesMaster = MasterWriter.AddNotesMaster(presentation, plan.LanguageTag);

            // The slides' XML is made side by side (it depends on the plan alone), a batch at a time so a deck
            // of thousands of slides never holds all of it; the parts are added in order.
            var slideIds = new SlideIdList();
            uint slideId = 256;
            foreach (var batch in plan.Slides.Select((s, i) => (Slide: s, Index: i)).Chunk(64))
            {
                var xml = batch.AsParallel().AsOrdered()
                    .Select(s => (Slide: SlideXml.Slide(s.Slide, plan.LanguageTag), Notes: SlideXml.Notes(s.Slide.Notes, plan.LanguageTag))).ToList();
                for (var b = 0; b < batch.Length; b++)
                {
                    var (slide, i) = batch[b];
                    var relationshipId = $"rIdSlide{i + 1}";
                    var slidePart = presentation.AddNewPart<SlidePart>(relationshipId);
                    SlideWriter.Write(slidePart, slide, xml[b].Slide, xml[b].Notes, layouts[slide.Layout], notesMaster, plan.LanguageTag);
                    slideIds.Append(new SlideId { Id = slideId++, RelationshipId = relationshipId });
                }
            }

            presentation.Presentation = PartRoot.Declared(new Presentation(
                new SlideMasterIdList(new SlideMasterId { Id = 2147483648U, RelationshipId = "rIdMaster" }),
                new NotesMasterIdList(new NotesMasterId { Id = "rIdNotesMaster" }),
                slideIds,
                new SlideSize { Cx = (int)plan.Width.Value, Cy = (int)plan.Height.Value },
                new NotesSize { Cx = 6858000, Cy = 9144000 },
                new DefaultTextStyle(new A.Level1ParagraphProperties(new A.DefaultRunProperties(
                    new A.LatinFont { Typeface = DeckTheme.Font }) { Language = plan.LanguageTag })))
            { SaveSubsetFonts = true });
            // Our own docProps/core.xml: System.IO.Packaging's PackageProperties names its part with a
            // random GUID, which would make every run's bytes differ. No dates: no clock, same bytes.
            var core = document.AddNewPart<CoreFilePropertiesPart>("rIdCore");
            using (var stream = core.GetStream(FileMode.Create))
            using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
            {
                writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                    "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
                    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" +
                    $"<dc:title>{System.Security.SecurityElement.Escape(XmlText.Clean(plan.Title))}</dc:title>" +
                    $"<dc:creator>{System.Security.SecurityElement.Escape(XmlText.Clean(plan.Author))}</dc:creator></cp:coreProperties>");
            }
        }
        return Normalize(buffer.ToArray());
    }

    /// <summary>
    /// Rewrites the zip with its entries in a fixed order and a fixed timestamp: System.IO.Packaging
    /// stamps every entry with the current time, which would make each run's bytes differ (rule 7).
    /// </summary>
    internal static byte[] Normalize(byte[] package)
    {
        var stamp = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}

/// <summary>One slide's parts: the slide with its layout and charts, and its notes, in that order of relationships.</summary>
internal static class SlideWriter
{
    public static void Write(SlidePart part, SlidePlan plan, byte[] slideXml, byte[] notesXml, SlideLayoutPart layout, NotesMasterPart notesMaster, string language)
    {
        part.AddPart(layout, "rIdLayout");
        var charts = 0;
        foreach (var chart in plan.Elements.OfType<ChartElement>())
            ChartWriter.Add(part, chart, ++charts, language);
        using (var stream = new MemoryStream(slideXml))
            part.FeedData(stream);

        var notes = part.AddNewPart<NotesSlidePart>("rIdNotes");
        notes.AddPart(notesMaster, "rIdNotesMaster");
        notes.AddPart(part, "rIdSlide");
        using (var stream = new MemoryStream(notesXml))
            notes.FeedData(stream);
    }
}
