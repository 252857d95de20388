using System.Xml;
using HalenBrengen.Layout;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>A chart's frame on the slide: the chart itself is a part of its own (<see cref="ChartWriter"/>), referred to by relationship.</summary>
internal static class ChartFrameXml
{
    public static void Write(XmlWriter x, uint id, string name, ChartElement chart, int number)
    {
        GraphicFrameXml.Start(x, id, name, chart.Box, C.Uri);
        x.Start(C, "chart");
        x.Attribute(R, "id", ChartWriter.RelationshipId(number));
        x.WriteAttributeString("xmlns", C.Prefix, null, C.Uri);
        x.End();
        GraphicFrameXml.End(x);
    }
}
