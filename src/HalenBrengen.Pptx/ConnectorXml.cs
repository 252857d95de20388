using System.Xml;
using HalenBrengen.Layout;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// A straight line (ECMA-376 Part 1, 19.3.1.19 cxnSp): its box spans both ends, flipped when the line runs
/// right to left or rises (20.1.7.6 xfrm flipH/flipV); round caps and joins, so thick lines meet cleanly.
/// </summary>
internal static class ConnectorXml
{
    public static void Write(XmlWriter x, uint id, string name, LineElement line)
    {
        x.Start(P, "cxnSp");
        x.Start(P, "nvCxnSpPr");
        x.Name(id, name);
        x.Empty(P, "cNvCxnSpPr");
        x.Empty(P, "nvPr");
        x.End();
        x.Start(P, "spPr");
        x.Transform(line.Box, line.From.X > line.To.X, line.From.Y > line.To.Y);
        x.PresetGeometry("line");
        x.Start(A, "ln");
        x.Attribute("w", line.Weight.Value);
        x.Attribute("cap", "rnd");
        x.SolidFill(line.Color);
        x.Empty(A, "round");
        // The arrowheads: the path runs from From to To whatever the flips, so its start is From (20.1.8.38 headEnd,
        // written before tailEnd as CT_LineProperties orders them) and its end To (20.1.8.57 tailEnd).
        if (line.Arrow && line.BothWays)
            Head(x, "headEnd");
        if (line.Arrow)
            Head(x, "tailEnd");
        x.End();
        x.End();
        x.End();
    }

    private static void Head(XmlWriter x, string end)
    {
        x.Start(A, end);
        x.Attribute("type", "triangle");
        x.Attribute("w", "med");
        x.Attribute("len", "med");
        x.End();
    }
}
