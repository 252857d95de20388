using System.Xml;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Style;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// A slide part (ECMA-376 Part 1, 19.3.1.38 sld): its shape tree, the title first and then every element in
/// drawing order, each by the writer of its kind. The XML goes straight into the part's compressed stream:
/// no slide is held in memory as text or bytes. (Making the slides side by side into buffers, as before,
/// allocated three times the XML and on two cores was no faster: compressing is most of the work.)
/// </summary>
internal static class SlideXml
{
    /// <summary>
    /// The slide part's XML. Charts refer to their parts as rIdChart1, rIdChart2, … in drawing order;
    /// pictures to theirs as <paramref name="pictureRelationship"/> names them; a shape the plan left unnamed is
    /// named by its kind and number (<paramref name="names"/>). Fonts are the look's: titles
    /// and heading elements in its heading font, everything else in its body font.
    /// </summary>
    public static void Write(Stream output, SlidePlan plan, string language, Look look, ShapeNames names, Func<Picture, string> pictureRelationship) => PartXml.Write(output, x =>
    {
        x.Root(P, "sld", Declared);
        if (plan.Hidden)
            x.Attribute("show", false);
        x.Start(P, "cSld");
        if (plan.Background is { } background)
            MasterXml.Background(x, background);
        x.Start(P, "spTree");
        x.TreeProperties();
        uint id = 2;
        var charts = 0;
        if (plan.Title is { } title)
            TextShapeXml.Title(x, id++, title, language, look.Heading.Name, names.Title);
        foreach (var element in plan.Elements)
        {
            var shape = id++;
            switch (element)
            {
                case TextElement text: TextShapeXml.Write(x, shape, text.Name ?? names.Text.Fill(shape), text, language, (text.Heading ? look.Heading : look.Body).Name); break;
                case LineElement line: ConnectorXml.Write(x, shape, line.Name ?? names.Line.Fill(shape), line); break;
                case TableElement table: TableXml.Write(x, shape, table.Name ?? names.Table.Fill(shape), table, language, look.Body.Name); break;
                case PictureElement picture: PictureXml.Write(x, shape, picture, pictureRelationship(picture.Image)); break;
                case ChartElement chart: ChartFrameXml.Write(x, shape, chart.Name ?? names.Chart.Fill(shape), chart, ++charts); break;
                default: throw new NotSupportedException(element.GetType().Name);
            }
        }
        x.End();
        x.End();
        x.ColorMapOverride();
        x.End();
    });
}
