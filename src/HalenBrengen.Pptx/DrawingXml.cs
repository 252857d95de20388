using System.Xml;
using HalenBrengen.Layout;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// What the slides, the masters and the charts share: a shape tree's own properties, a shape's name and
/// placeholder, a box as a transform, fills, fonts and the colour map.
/// </summary>
internal static class DrawingXml
{
    /// <summary>Font sizes are written in hundredths of a point (ECMA-376 Part 1, 20.1.10.72 ST_TextFontSize).</summary>
    public static int Hundredths(double sizePt) => (int)Math.Round(sizePt * 100);

    /// <summary>A shape tree's group properties (19.3.1.22 nvGrpSpPr, 19.3.1.23 grpSpPr): the tree itself, at no offset.</summary>
    public static void TreeProperties(this XmlWriter x)
    {
        x.Start(P, "nvGrpSpPr");
        x.Name(1, "");
        x.Empty(P, "cNvGrpSpPr");
        x.Empty(P, "nvPr");
        x.End();
        x.Start(P, "grpSpPr");
        x.Start(A, "xfrm");
        x.Point("off", 0, 0, "x", "y");
        x.Point("ext", 0, 0, "cx", "cy");
        x.Point("chOff", 0, 0, "x", "y");
        x.Point("chExt", 0, 0, "cx", "cy");
        x.End();
        x.End();
    }

    /// <summary>
    /// A shape's id and name, and its alternative text for screen readers when it has one (19.3.1.12 cNvPr descr); a click on the
    /// whole shape that shows slide <paramref name="slide"/> of the file (21.1.2.3.5 hlinkClick, an action of 'hlinksldjump').
    /// </summary>
    public static void Name(this XmlWriter x, uint id, string name, string? description = null, int? slide = null)
    {
        x.Start(P, "cNvPr");
        x.Attribute("id", id);
        x.Attribute("name", XmlText.Clean(name));
        if (description is not null)
            x.Attribute("descr", XmlText.Clean(description));
        if (slide is { } jump)
            x.SlideJump(jump);
        x.End();
    }

    /// <summary>A click in the slide show that goes to slide <paramref name="slide"/> of the file (21.1.2.3.5 hlinkClick, an action of 'hlinksldjump'), on a run or a whole shape.</summary>
    public static void SlideJump(this XmlWriter x, int slide)
    {
        x.Start(A, "hlinkClick");
        x.Attribute(R, "id", SlideWriter.JumpRelationship(slide));
        x.Attribute("action", "ppaction://hlinksldjump");
        x.End();
    }

    /// <summary>A shape's locks: it cannot be grouped (<c>noGrp</c>), as every placeholder and frame (20.1.2.2.34 spLocks).</summary>
    public static void Locks(this XmlWriter x, string name, bool noRotation = false, bool noAspectChange = false)
    {
        x.Start(A, name);
        x.Attribute("noGrp", true);
        if (noRotation)
            x.Attribute("noRot", true);
        if (noAspectChange)
            x.Attribute("noChangeAspect", true);
        x.End();
    }

    /// <summary>
    /// A placeholder's non-visual properties (19.3.1.34 nvSpPr): its id and name, locked against grouping (a
    /// slide image also against turning and stretching), its placeholder type and, for a body, its index (19.3.1.36 ph).
    /// </summary>
    public static void PlaceholderProperties(this XmlWriter x, uint id, string name, string type, string? index = null, bool slideImage = false, int? slide = null)
    {
        x.Start(P, "nvSpPr");
        x.Name(id, name, slide: slide);
        x.Start(P, "cNvSpPr");
        x.Locks("spLocks", noRotation: slideImage, noAspectChange: slideImage);
        x.End();
        x.Start(P, "nvPr");
        x.Start(P, "ph");
        x.Attribute("type", type);
        if (index is not null)
            x.Attribute("idx", index);
        x.End();
        x.End();
        x.End();
    }

    /// <summary>A box (20.1.7.6 xfrm), flipped when a line runs right to left or upwards.</summary>
    public static void Transform(this XmlWriter x, Rect box, bool flipH = false, bool flipV = false)
    {
        x.Start(A, "xfrm");
        if (flipH) x.Attribute("flipH", true);
        if (flipV) x.Attribute("flipV", true);
        x.Offset(box);
        x.End();
    }

    /// <summary>A box's offset and extents (20.1.7.4 off, 20.1.7.3 ext), in the transform the caller opened.</summary>
    public static void Offset(this XmlWriter x, Rect box)
    {
        x.Point("off", box.X.Value, box.Y.Value, "x", "y");
        x.Point("ext", box.Width.Value, box.Height.Value, "cx", "cy");
    }

    public static void PresetGeometry(this XmlWriter x, string preset)
    {
        x.Start(A, "prstGeom");
        x.Attribute("prst", preset);
        x.Empty(A, "avLst");
        x.End();
    }

    public static void SolidFill(this XmlWriter x, string color)
    {
        x.Start(A, "solidFill");
        x.Value(A, "srgbClr", color);
        x.End();
    }

    /// <summary>The Latin font of a run or a text style (21.1.2.3.7 latin).</summary>
    public static void Latin(this XmlWriter x, string typeface)
    {
        x.Start(A, "latin");
        x.Attribute("typeface", typeface);
        x.End();
    }

    /// <summary>A slide or layout keeps its master's colour mapping (19.3.1.7 clrMapOvr).</summary>
    public static void ColorMapOverride(this XmlWriter x)
    {
        x.Start(P, "clrMapOvr");
        x.Empty(A, "masterClrMapping");
        x.End();
    }

    private static void Point(this XmlWriter x, string name, long first, long second, string firstName, string secondName)
    {
        x.Start(A, name);
        x.Attribute(firstName, first);
        x.Attribute(secondName, second);
        x.End();
    }
}
