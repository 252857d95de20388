using System.Xml;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Style;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// The slide master (ECMA-376 Part 1, 19.3.1.42 sldMaster) with its text styles, its layouts (19.3.1.39
/// sldLayout, named, so slides find them by name) and the notes master (19.3.1.27 notesMaster), each with
/// its title or notes placeholders where the <see cref="MasterPlan"/> puts them.
/// </summary>
internal static class MasterXml
{
    public static void SlideMaster(XmlWriter x, string language, Look look, MasterPlan master, IReadOnlyList<SlideLayoutKind> kinds, ShapeNames names)
    {
        x.Root(P, "sldMaster", Declared);
        x.Start(P, "cSld");
        Background(x, master.Background);
        x.Start(P, "spTree");
        x.TreeProperties();
        Placeholder(x, 2, names.Title, "title", master.TitleBox, language);
        x.End();
        x.End();
        ColorMap(x);
        x.Start(P, "sldLayoutIdLst");
        var id = PresentationXml.MasterId + 1; // layout ids follow the master's (19.3.1.40 sldLayoutId)
        foreach (var kind in kinds)
        {
            x.Start(P, "sldLayoutId");
            x.Attribute("id", id++);
            x.Attribute(R, "id", MasterWriter.LayoutRelationship(kind));
            x.End();
        }
        x.End();
        x.Start(P, "txStyles");
        TextStyle(x, "titleStyle", master.TitleSizePt, bold: true, master.TitleColor, look.Heading.Name, language);
        TextStyle(x, "bodyStyle", master.BodySizePt, bold: false, master.BodyColor, look.Body.Name, language);
        TextStyle(x, "otherStyle", master.BodySizePt, bold: false, master.BodyColor, look.Body.Name, language);
        x.End();
        x.End();
    }

    /// <summary>A layout: the title slide's, with its title lower and taller, or the content slides' title only.</summary>
    public static void Layout(XmlWriter x, SlideLayoutKind kind, string language, MasterPlan master, ShapeNames names)
    {
        x.Root(P, "sldLayout", Declared);
        x.Attribute("type", kind == SlideLayoutKind.Titel ? "title" : "titleOnly");
        x.Attribute("preserve", true);
        x.Start(P, "cSld");
        x.Attribute("name", kind == SlideLayoutKind.Titel ? names.TitleLayout : names.ContentLayout);
        x.Start(P, "spTree");
        x.TreeProperties();
        Placeholder(x, 2, names.Title, "title", kind == SlideLayoutKind.Titel ? master.TitleSlideTitleBox : master.TitleBox, language);
        x.End();
        x.End();
        x.ColorMapOverride();
        x.End();
    }

    /// <summary>The notes master; it has a theme part of its own, as ECMA-376 asks (Part 1, 13.3.4).</summary>
    public static void NotesMaster(XmlWriter x, string language, NotesPage notes, ShapeNames names)
    {
        x.Root(P, "notesMaster", Declared);
        x.Start(P, "cSld");
        x.Start(P, "spTree");
        x.TreeProperties();
        Placeholder(x, 2, names.SlideImage, "sldImg", notes.SlideImage, language);
        Placeholder(x, 3, names.Notes, "body", notes.Body, language, index: "1");
        x.End();
        x.End();
        ColorMap(x);
        x.End();
    }

    /// <summary>A solid background (19.3.1.1 bg, 19.3.1.2 bgPr): the master's, or one slide's own.</summary>
    internal static void Background(XmlWriter x, string color)
    {
        x.Start(P, "bg");
        x.Start(P, "bgPr");
        x.SolidFill(color);
        x.Empty(A, "effectLst");
        x.End();
        x.End();
    }

    private static void Placeholder(XmlWriter x, uint id, string name, string type, Rect box, string language, string? index = null)
    {
        x.Start(P, "sp");
        x.PlaceholderProperties(id, name, type, index);
        x.Start(P, "spPr");
        x.Transform(box);
        x.End();
        x.Start(P, "txBody");
        x.Empty(A, "bodyPr");
        x.Empty(A, "lstStyle");
        x.Start(A, "p");
        x.Start(A, "endParaRPr");
        x.Attribute("lang", language);
        x.End();
        x.End();
        x.End();
        x.End();
    }

    /// <summary>The identity mapping of theme colours (19.3.1.6 clrMap), for both masters.</summary>
    private static void ColorMap(XmlWriter x)
    {
        x.Start(P, "clrMap");
        foreach (var (name, slot) in new[]
                 {
                     ("bg1", "lt1"), ("tx1", "dk1"), ("bg2", "lt2"), ("tx2", "dk2"), ("accent1", "accent1"), ("accent2", "accent2"),
                     ("accent3", "accent3"), ("accent4", "accent4"), ("accent5", "accent5"), ("accent6", "accent6"),
                     ("hlink", "hlink"), ("folHlink", "folHlink"),
                 })
            x.Attribute(name, slot);
        x.End();
    }

    /// <summary>A text style's first level (21.1.2.4.13 lvl1pPr): what text a facilitator adds is set in.</summary>
    private static void TextStyle(XmlWriter x, string style, double sizePt, bool bold, string color, string font, string language)
    {
        x.Start(P, style);
        x.Start(A, "lvl1pPr");
        x.Start(A, "defRPr");
        x.Attribute("lang", language);
        x.Attribute("sz", DrawingXml.Hundredths(sizePt));
        x.Attribute("b", bold);
        x.SolidFill(color);
        x.Latin(font);
        x.End();
        x.End();
        x.End();
    }
}
