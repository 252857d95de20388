using System.Xml;
using HalenBrengen.Layout;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// A picture (ECMA-376 Part 1, 19.3.1.37 pic) stretched to its box, its aspect locked (the planner gave the
/// box the image's aspect), its name as its alternative text.
/// </summary>
internal static class PictureXml
{
    public static void Write(XmlWriter x, uint id, PictureElement picture, string relationship)
    {
        x.Start(P, "pic");
        x.Start(P, "nvPicPr");
        x.Name(id, picture.Name, description: picture.Name);
        x.Start(P, "cNvPicPr");
        x.Start(A, "picLocks");
        x.Attribute("noChangeAspect", true);
        x.End();
        x.End();
        x.Empty(P, "nvPr");
        x.End();
        x.Start(P, "blipFill");
        x.Start(A, "blip");
        x.Attribute(R, "embed", relationship);
        x.End();
        x.Start(A, "stretch");
        x.Empty(A, "fillRect");
        x.End();
        x.End();
        x.Start(P, "spPr");
        x.Transform(picture.Box);
        x.PresetGeometry("rect");
        x.End();
        x.End();
    }
}
