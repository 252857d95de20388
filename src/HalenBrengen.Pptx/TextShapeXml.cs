using System.Xml;
using HalenBrengen.Layout;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// A text box or a shape carrying text (ECMA-376 Part 1, 19.3.1.43 sp): a tile, a chip, a number in a
/// circle, a list; and the slide's title, in the layout's title placeholder at the box the plan gives it.
/// </summary>
internal static class TextShapeXml
{
    public static void Title(XmlWriter x, uint id, TextElement title, string language, string font, string name)
    {
        x.Start(P, "sp");
        x.PlaceholderProperties(id, name, "title", slide: title.Slide);
        Body(x, title, language, font);
        x.End();
    }

    public static void Write(XmlWriter x, uint id, string name, TextElement element, string language, string font)
    {
        x.Start(P, "sp");
        x.Start(P, "nvSpPr");
        x.Name(id, name, slide: element.Slide);
        x.Start(P, "cNvSpPr");
        x.Attribute("txBox", element.Fill is null && element.Outline is null && element.Geometry == Geometry.Rectangle);
        x.End();
        x.Empty(P, "nvPr");
        x.End();
        Body(x, element, language, font);
        x.End();
    }

    /// <summary>The shape's box, geometry, fill and outline, then its text.</summary>
    private static void Body(XmlWriter x, TextElement element, string language, string font)
    {
        x.Start(P, "spPr");
        x.Transform(element.Box);
        x.PresetGeometry(element.Geometry switch { Geometry.Ellipse => "ellipse", Geometry.RoundedRectangle => "roundRect", _ => "rect" });
        if (element.Fill is null)
            x.Empty(A, "noFill");
        else
            x.SolidFill(element.Fill);
        x.Start(A, "ln");
        if (element.Outline is { } outline)
        {
            x.Attribute("w", outline.Width.Value);
            x.SolidFill(outline.Color);
        }
        else
            x.Empty(A, "noFill");
        x.End();
        x.End();

        x.Start(P, "txBody");
        BodyProperties(x, element);
        x.Empty(A, "lstStyle");
        var text = new ParagraphXml.ParagraphStyle(element.FontSizePt, element.BulletIndent, element.TextColor, element.Align, language, font);
        foreach (var paragraph in element.Paragraphs)
            ParagraphXml.Write(x, paragraph, text);
        if (element.Paragraphs.Count == 0)
            ParagraphXml.Empty(x, text);
        x.End();
    }

    /// <summary>
    /// Fixed insets and no autofit: PowerPoint does not recompute autofit on open, so sizes are chosen by the layout (21.1.2.1.1
    /// bodyPr). A place for words typed later shrinks what is typed beyond it (normAutofit without a scale: as planned, it fits).
    /// </summary>
    private static void BodyProperties(XmlWriter x, TextElement element)
    {
        x.Start(A, "bodyPr");
        x.Attribute("wrap", element.Tight ? "none" : "square");
        x.Attribute("lIns", element.InsetX.Value);
        x.Attribute("tIns", element.InsetY.Value);
        x.Attribute("rIns", element.InsetX.Value);
        x.Attribute("bIns", element.InsetY.Value);
        x.Attribute("rtlCol", false);
        x.Attribute("anchor", element.Anchor switch { Anchor.Middle => "ctr", Anchor.Bottom => "b", _ => "t" });
        x.Empty(A, element.ShrinkOnOverflow ? "normAutofit" : "noAutofit");
        x.End();
    }
}
