using System.Xml;
using HalenBrengen.Layout;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// A graphic frame (ECMA-376 Part 1, 19.3.1.21 graphicFrame), the box a table or a chart is drawn in: its
/// name, its box, and the graphic data the caller writes between <see cref="Start"/> and <see cref="End"/>.
/// </summary>
internal static class GraphicFrameXml
{
    public static void Start(XmlWriter x, uint id, string name, Rect box, string uri)
    {
        x.Start(P, "graphicFrame");
        x.Start(P, "nvGraphicFramePr");
        x.Name(id, name);
        x.Start(P, "cNvGraphicFramePr");
        x.Locks("graphicFrameLocks");
        x.End();
        x.Empty(P, "nvPr");
        x.End();
        x.Start(P, "xfrm");
        x.Offset(box);
        x.End();
        x.Start(A, "graphic");
        x.Start(A, "graphicData");
        x.Attribute("uri", uri);
    }

    public static void End(XmlWriter x)
    {
        x.End();
        x.End();
        x.End();
    }
}
