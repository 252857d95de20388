using System.Xml;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// A notes slide (ECMA-376 Part 1, 19.3.1.26 notes): the slide image placeholder and the facilitator's notes,
/// a paragraph per line, in the notes master's text style (its placeholders place them).
/// </summary>
internal static class NotesXml
{
    public static void Write(Stream output, string notes, string language, ShapeNames names) => PartXml.Write(output, x =>
    {
        x.Root(P, "notes", Declared);
        x.Start(P, "cSld");
        x.Start(P, "spTree");
        x.TreeProperties();
        SlideImage(x, names.SlideImage);
        x.Start(P, "sp");
        x.PlaceholderProperties(3, names.Notes, "body", "1");
        x.Empty(P, "spPr");
        x.Start(P, "txBody");
        x.Empty(A, "bodyPr");
        x.Empty(A, "lstStyle");
        foreach (var line in XmlText.Lines(notes))
        {
            x.Start(A, "p");
            x.Start(A, "r");
            x.Start(A, "rPr");
            x.Attribute("lang", language);
            x.End();
            x.Text(A, "t", line);
            x.End();
            x.End();
        }
        x.End();
        x.End();
        x.End();
        x.End();
        x.ColorMapOverride();
        x.End();
    });

    private static void SlideImage(XmlWriter x, string name)
    {
        x.Start(P, "sp");
        x.PlaceholderProperties(2, name, "sldImg", slideImage: true);
        x.Empty(P, "spPr");
        x.End();
    }
}
