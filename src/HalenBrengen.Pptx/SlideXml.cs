using System.Globalization;
using System.Text;
using System.Xml;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Style;

namespace HalenBrengen.Pptx;

/// <summary>
/// A slide and its notes as PresentationML text (ECMA-376 Part 1, 19.3.1.38 sld and 19.3.1.26 notes),
/// written straight from the plan with an <see cref="XmlWriter"/>: the same elements, attributes and order
/// the Open XML SDK's typed elements produced (the golden files pin that), at a fraction of the cost, so a
/// deck of thousands of slides is written in seconds. The XML goes straight into the part's compressed
/// stream: no slide is held in memory as text or bytes. (Making the slides side by side into buffers, as
/// before, allocated three times the XML and on two cores was no faster: compressing is most of the work.)
/// Text boxes and shapes (19.3.1.43 sp), lines (19.3.1.19 cxnSp), tables and charts in graphic frames
/// (19.3.1.21 graphicFrame, 21.1.3 tbl), pictures (19.3.1.37 pic). Fonts are the look's: titles and
/// heading elements in its heading font, everything else in its body font.
/// </summary>
internal static class SlideXml
{
    private const string P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>
    /// The slide part's XML. Charts refer to their parts as rIdChart1, rIdChart2, … in drawing order;
    /// pictures to theirs as <paramref name="pictureRelationship"/> names them.
    /// </summary>
    public static void Slide(Stream output, SlidePlan plan, string language, Look look, Func<Picture, string> pictureRelationship) => Write(output, x =>
    {
        Root(x, "sld");
        x.WriteStartElement("p", "cSld", P);
        x.WriteStartElement("p", "spTree", P);
        GroupProperties(x);
        uint id = 2;
        var charts = 0;
        if (plan.Title is { } title)
            Shape(x, id++, title, language, look.Heading.Name, isTitle: true);
        foreach (var element in plan.Elements)
        {
            switch (element)
            {
                case Layout.TextElement text: Shape(x, id++, text, language, (text.Heading ? look.Heading : look.Body).Name, isTitle: false); break;
                case LineElement line: Line(x, id++, line); break;
                case TableElement table: Table(x, id++, table, language, look.Body.Name); break;
                case PictureElement picture: Picture(x, id++, picture, pictureRelationship(picture.Image)); break;
                case ChartElement chart: Chart(x, id++, chart, ++charts); break;
                default: throw new NotSupportedException(element.GetType().Name);
            }
        }
        x.WriteEndElement();
        x.WriteEndElement();
        ColorMapOverride(x);
        x.WriteEndElement();
    });

    /// <summary>The notes slide: the slide image placeholder and the facilitator's notes, a paragraph per line.</summary>
    public static void Notes(Stream output, string notes, string language) => Write(output, x =>
    {
        Root(x, "notes");
        x.WriteStartElement("p", "cSld", P);
        x.WriteStartElement("p", "spTree", P);
        GroupProperties(x);
        x.WriteStartElement("p", "sp", P);
        x.WriteStartElement("p", "nvSpPr", P);
        Name(x, 2, "Dia");
        x.WriteStartElement("p", "cNvSpPr", P);
        x.WriteStartElement("a", "spLocks", A);
        x.WriteAttributeString("noGrp", "1");
        x.WriteAttributeString("noRot", "1");
        x.WriteAttributeString("noChangeAspect", "1");
        x.WriteEndElement();
        x.WriteEndElement();
        Placeholder(x, "sldImg", null);
        x.WriteEndElement();
        Empty(x, "p", "spPr", P);
        x.WriteEndElement();

        x.WriteStartElement("p", "sp", P);
        x.WriteStartElement("p", "nvSpPr", P);
        Name(x, 3, "Notities");
        x.WriteStartElement("p", "cNvSpPr", P);
        x.WriteStartElement("a", "spLocks", A);
        x.WriteAttributeString("noGrp", "1");
        x.WriteEndElement();
        x.WriteEndElement();
        Placeholder(x, "body", "1");
        x.WriteEndElement();
        Empty(x, "p", "spPr", P);
        x.WriteStartElement("p", "txBody", P);
        Empty(x, "a", "bodyPr", A);
        Empty(x, "a", "lstStyle", A);
        foreach (var line in XmlText.Clean(notes).Split('\n'))
        {
            x.WriteStartElement("a", "p", A);
            x.WriteStartElement("a", "r", A);
            x.WriteStartElement("a", "rPr", A);
            x.WriteAttributeString("lang", language);
            x.WriteEndElement();
            x.WriteElementString("a", "t", A, line);
            x.WriteEndElement();
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        ColorMapOverride(x);
        x.WriteEndElement();
    });

    private static void Write(Stream output, Action<XmlWriter> body)
    {
        using var x = XmlWriter.Create(output, Settings);
        x.WriteStartDocument();
        body(x);
        x.WriteEndDocument();
    }

    private static void Root(XmlWriter x, string name)
    {
        x.WriteStartElement("p", name, P);
        x.WriteAttributeString("xmlns", "a", null, A);
        x.WriteAttributeString("xmlns", "r", null, R);
        x.WriteAttributeString("xmlns", "p", null, P);
    }

    private static void GroupProperties(XmlWriter x)
    {
        x.WriteStartElement("p", "nvGrpSpPr", P);
        Name(x, 1, "");
        Empty(x, "p", "cNvGrpSpPr", P);
        Empty(x, "p", "nvPr", P);
        x.WriteEndElement();
        x.WriteStartElement("p", "grpSpPr", P);
        x.WriteStartElement("a", "xfrm", A);
        Point(x, "off", 0, 0, "x", "y");
        Point(x, "ext", 0, 0, "cx", "cy");
        Point(x, "chOff", 0, 0, "x", "y");
        Point(x, "chExt", 0, 0, "cx", "cy");
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void ColorMapOverride(XmlWriter x)
    {
        x.WriteStartElement("p", "clrMapOvr", P);
        Empty(x, "a", "masterClrMapping", A);
        x.WriteEndElement();
    }

    private static void Placeholder(XmlWriter x, string type, string? index)
    {
        x.WriteStartElement("p", "nvPr", P);
        x.WriteStartElement("p", "ph", P);
        x.WriteAttributeString("type", type);
        if (index is not null)
            x.WriteAttributeString("idx", index);
        x.WriteEndElement();
        x.WriteEndElement();
    }

    /// <summary>A shape's id and name, and its alternative text for screen readers when it has one (19.3.1.12 cNvPr descr).</summary>
    private static void Name(XmlWriter x, uint id, string name, string? description = null)
    {
        x.WriteStartElement("p", "cNvPr", P);
        x.WriteAttributeString("id", Number(id));
        x.WriteAttributeString("name", XmlText.Clean(name));
        if (description is not null)
            x.WriteAttributeString("descr", XmlText.Clean(description));
        x.WriteEndElement();
    }

    private static void Shape(XmlWriter x, uint id, Layout.TextElement element, string language, string font, bool isTitle)
    {
        x.WriteStartElement("p", "sp", P);
        x.WriteStartElement("p", "nvSpPr", P);
        Name(x, id, isTitle ? "Titel" : element.Name ?? $"Tekst {id}");
        x.WriteStartElement("p", "cNvSpPr", P);
        if (isTitle)
        {
            x.WriteStartElement("a", "spLocks", A);
            x.WriteAttributeString("noGrp", "1");
            x.WriteEndElement();
        }
        else
            x.WriteAttributeString("txBox", element.Fill is null && element.Outline is null && element.Geometry == Layout.Geometry.Rectangle ? "1" : "0");
        x.WriteEndElement();
        if (isTitle)
            Placeholder(x, "title", null);
        else
            Empty(x, "p", "nvPr", P);
        x.WriteEndElement();

        x.WriteStartElement("p", "spPr", P);
        Transform(x, element.Box, flipH: false, flipV: false);
        PresetGeometry(x, element.Geometry switch { Layout.Geometry.Ellipse => "ellipse", Layout.Geometry.RoundedRectangle => "roundRect", _ => "rect" });
        if (element.Fill is null)
            Empty(x, "a", "noFill", A);
        else
            SolidFill(x, element.Fill);
        x.WriteStartElement("a", "ln", A);
        if (element.Outline is { } outline)
        {
            x.WriteAttributeString("w", Number(outline.Width.Value));
            SolidFill(x, outline.Color);
        }
        else
            Empty(x, "a", "noFill", A);
        x.WriteEndElement();
        x.WriteEndElement();

        x.WriteStartElement("p", "txBody", P);
        BodyProperties(x, element);
        Empty(x, "a", "lstStyle", A);
        foreach (var paragraph in element.Paragraphs)
            Paragraph(x, paragraph, element.FontSizePt, element.BulletIndent, element.TextColor, element.Align, language, font);
        if (element.Paragraphs.Count == 0)
        {
            x.WriteStartElement("a", "p", A);
            EndParagraph(x, language, element.FontSizePt);
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteEndElement();
    }

    /// <summary>A straight connector; its box spans both ends, flipped when the line rises (20.1.7.6 xfrm flipH/flipV).</summary>
    private static void Line(XmlWriter x, uint id, LineElement line)
    {
        x.WriteStartElement("p", "cxnSp", P);
        x.WriteStartElement("p", "nvCxnSpPr", P);
        Name(x, id, line.Name ?? $"Lijn {id}");
        Empty(x, "p", "cNvCxnSpPr", P);
        Empty(x, "p", "nvPr", P);
        x.WriteEndElement();
        x.WriteStartElement("p", "spPr", P);
        Transform(x, line.Box, line.From.X > line.To.X, line.From.Y > line.To.Y);
        PresetGeometry(x, "line");
        x.WriteStartElement("a", "ln", A);
        x.WriteAttributeString("w", Number(line.Weight.Value));
        x.WriteAttributeString("cap", "rnd");
        SolidFill(x, line.Color);
        Empty(x, "a", "round", A);
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Frame(XmlWriter x, uint id, string name, Rect box, string uri)
    {
        x.WriteStartElement("p", "graphicFrame", P);
        x.WriteStartElement("p", "nvGraphicFramePr", P);
        Name(x, id, name);
        x.WriteStartElement("p", "cNvGraphicFramePr", P);
        x.WriteStartElement("a", "graphicFrameLocks", A);
        x.WriteAttributeString("noGrp", "1");
        x.WriteEndElement();
        x.WriteEndElement();
        Empty(x, "p", "nvPr", P);
        x.WriteEndElement();
        x.WriteStartElement("p", "xfrm", P);
        Point(x, "off", box.X.Value, box.Y.Value, "x", "y");
        Point(x, "ext", box.Width.Value, box.Height.Value, "cx", "cy");
        x.WriteEndElement();
        x.WriteStartElement("a", "graphic", A);
        x.WriteStartElement("a", "graphicData", A);
        x.WriteAttributeString("uri", uri);
    }

    private static void EndFrame(XmlWriter x)
    {
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Chart(XmlWriter x, uint id, ChartElement chart, int number)
    {
        Frame(x, id, chart.Name ?? $"Grafiek {id}", chart.Box, "http://schemas.openxmlformats.org/drawingml/2006/chart");
        x.WriteStartElement("c", "chart", C);
        x.WriteAttributeString("r", "id", R, ChartWriter.RelationshipId(number));
        x.WriteAttributeString("xmlns", "c", null, C);
        x.WriteEndElement();
        EndFrame(x);
    }

    /// <summary>A native, editable table: every cell in its style's colours, the header bold, all at one size.</summary>
    private static void Table(XmlWriter x, uint id, TableElement table, string language, string font)
    {
        Frame(x, id, table.Name ?? $"Tabel {id}", table.Box, "http://schemas.openxmlformats.org/drawingml/2006/table");
        x.WriteStartElement("a", "tbl", A);
        x.WriteStartElement("a", "tblPr", A);
        x.WriteAttributeString("firstRow", "1");
        x.WriteAttributeString("bandRow", "1");
        x.WriteEndElement();
        x.WriteStartElement("a", "tblGrid", A);
        foreach (var width in table.ColumnWidths)
        {
            x.WriteStartElement("a", "gridCol", A);
            x.WriteAttributeString("w", Number(width.Value));
            x.WriteEndElement();
        }
        x.WriteEndElement();
        Row(x, table.Header, table.RowHeights[0], table, header: true, band: false, language, font);
        for (var r = 0; r < table.Rows.Count; r++)
            Row(x, table.Rows[r], table.RowHeights[r + 1], table, header: false, band: r % 2 == 1, language, font);
        x.WriteEndElement();
        EndFrame(x);
    }

    private static void Row(XmlWriter x, IReadOnlyList<string> cells, Emu height, TableElement table, bool header, bool band, string language, string font)
    {
        var style = table.Style;
        x.WriteStartElement("a", "tr", A);
        x.WriteAttributeString("h", Number(height.Value));
        foreach (var text in cells)
        {
            x.WriteStartElement("a", "tc", A);
            x.WriteStartElement("a", "txBody", A);
            Empty(x, "a", "bodyPr", A);
            Empty(x, "a", "lstStyle", A);
            Paragraph(x, new TextParagraph([new TextRun(text, header)], SpaceBeforeEm: 0), table.FontSizePt,
                new Emu(0), header ? style.HeaderText : style.BodyText, TextAlign.Left, language, font);
            x.WriteEndElement();
            x.WriteStartElement("a", "tcPr", A);
            x.WriteAttributeString("marL", Number(table.CellInsetX.Value));
            x.WriteAttributeString("marR", Number(table.CellInsetX.Value));
            x.WriteAttributeString("marT", Number(table.CellInsetY.Value));
            x.WriteAttributeString("marB", Number(table.CellInsetY.Value));
            foreach (var side in new[] { "lnL", "lnR", "lnT", "lnB" })
            {
                x.WriteStartElement("a", side, A);
                x.WriteAttributeString("w", Number(style.BorderWidth.Value));
                SolidFill(x, style.Border);
                x.WriteEndElement();
            }
            SolidFill(x, header ? style.HeaderFill : band ? style.BandFill : style.BodyFill);
            x.WriteEndElement();
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    /// <summary>A picture stretched to its box, its aspect locked (the planner gave the box the image's aspect).</summary>
    private static void Picture(XmlWriter x, uint id, PictureElement picture, string relationship)
    {
        x.WriteStartElement("p", "pic", P);
        x.WriteStartElement("p", "nvPicPr", P);
        Name(x, id, picture.Name, description: picture.Name);
        x.WriteStartElement("p", "cNvPicPr", P);
        x.WriteStartElement("a", "picLocks", A);
        x.WriteAttributeString("noChangeAspect", "1");
        x.WriteEndElement();
        x.WriteEndElement();
        Empty(x, "p", "nvPr", P);
        x.WriteEndElement();
        x.WriteStartElement("p", "blipFill", P);
        x.WriteStartElement("a", "blip", A);
        x.WriteAttributeString("r", "embed", R, relationship);
        x.WriteEndElement();
        x.WriteStartElement("a", "stretch", A);
        Empty(x, "a", "fillRect", A);
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("p", "spPr", P);
        Transform(x, picture.Box, flipH: false, flipV: false);
        PresetGeometry(x, "rect");
        x.WriteEndElement();
        x.WriteEndElement();
    }

    /// <summary>Fixed insets and no autofit: PowerPoint does not recompute autofit on open, so sizes are chosen by the layout.</summary>
    private static void BodyProperties(XmlWriter x, Layout.TextElement element)
    {
        x.WriteStartElement("a", "bodyPr", A);
        x.WriteAttributeString("wrap", element.Tight ? "none" : "square");
        x.WriteAttributeString("lIns", Number(element.InsetX.Value));
        x.WriteAttributeString("tIns", Number(element.InsetY.Value));
        x.WriteAttributeString("rIns", Number(element.InsetX.Value));
        x.WriteAttributeString("bIns", Number(element.InsetY.Value));
        x.WriteAttributeString("rtlCol", "0");
        x.WriteAttributeString("anchor", element.Anchor switch { Anchor.Middle => "ctr", Anchor.Bottom => "b", _ => "t" });
        Empty(x, "a", "noAutofit", A);
        x.WriteEndElement();
    }

    private static void Paragraph(XmlWriter x, TextParagraph paragraph, double sizePt, Emu bulletIndent, string defaultColor, TextAlign align, string language, string font)
    {
        x.WriteStartElement("a", "p", A);
        x.WriteStartElement("a", "pPr", A);
        if (paragraph.Bullet)
        {
            x.WriteAttributeString("marL", Number(bulletIndent.Value));
            x.WriteAttributeString("indent", Number(-bulletIndent.Value));
        }
        x.WriteAttributeString("algn", align switch { TextAlign.Center => "ctr", TextAlign.Right => "r", _ => "l" });
        if (paragraph.SpaceBeforeEm > 0)
        {
            x.WriteStartElement("a", "spcBef", A);
            x.WriteStartElement("a", "spcPts", A);
            x.WriteAttributeString("val", Number(ShapeWriter.Hundredths(paragraph.SpaceBeforeEm * sizePt)));
            x.WriteEndElement();
            x.WriteEndElement();
        }
        if (paragraph.Bullet)
        {
            x.WriteStartElement("a", "buFont", A);
            x.WriteAttributeString("typeface", TextParagraph.BulletFont);
            x.WriteEndElement();
            x.WriteStartElement("a", "buChar", A);
            x.WriteAttributeString("char", TextParagraph.BulletCharacter);
            x.WriteEndElement();
        }
        else
            Empty(x, "a", "buNone", A);
        x.WriteEndElement();

        foreach (var run in paragraph.Runs)
        {
            var lines = XmlText.Clean(run.Text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\t', ' ').Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    x.WriteStartElement("a", "br", A);
                    RunProperties(x, run, sizePt, defaultColor, language, font);
                    x.WriteEndElement();
                }
                if (lines[i].Length == 0)
                    continue;
                x.WriteStartElement("a", "r", A);
                RunProperties(x, run, sizePt, defaultColor, language, font);
                x.WriteElementString("a", "t", A, lines[i]);
                x.WriteEndElement();
            }
        }
        EndParagraph(x, language, sizePt);
        x.WriteEndElement();
    }

    private static void RunProperties(XmlWriter x, TextRun run, double sizePt, string defaultColor, string language, string font)
    {
        x.WriteStartElement("a", "rPr", A);
        x.WriteAttributeString("lang", language);
        x.WriteAttributeString("sz", Number(ShapeWriter.Hundredths(sizePt)));
        x.WriteAttributeString("b", run.Bold ? "1" : "0");
        x.WriteAttributeString("dirty", "0");
        SolidFill(x, run.Color ?? defaultColor);
        x.WriteStartElement("a", "latin", A);
        x.WriteAttributeString("typeface", font);
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void EndParagraph(XmlWriter x, string language, double sizePt)
    {
        x.WriteStartElement("a", "endParaRPr", A);
        x.WriteAttributeString("lang", language);
        x.WriteAttributeString("sz", Number(ShapeWriter.Hundredths(sizePt)));
        x.WriteEndElement();
    }

    private static void Transform(XmlWriter x, Rect box, bool flipH, bool flipV)
    {
        x.WriteStartElement("a", "xfrm", A);
        if (flipH) x.WriteAttributeString("flipH", "1");
        if (flipV) x.WriteAttributeString("flipV", "1");
        Point(x, "off", box.X.Value, box.Y.Value, "x", "y");
        Point(x, "ext", box.Width.Value, box.Height.Value, "cx", "cy");
        x.WriteEndElement();
    }

    private static void PresetGeometry(XmlWriter x, string preset)
    {
        x.WriteStartElement("a", "prstGeom", A);
        x.WriteAttributeString("prst", preset);
        Empty(x, "a", "avLst", A);
        x.WriteEndElement();
    }

    private static void SolidFill(XmlWriter x, string color)
    {
        x.WriteStartElement("a", "solidFill", A);
        x.WriteStartElement("a", "srgbClr", A);
        x.WriteAttributeString("val", color);
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Point(XmlWriter x, string name, long first, long second, string firstName, string secondName)
    {
        x.WriteStartElement("a", name, A);
        x.WriteAttributeString(firstName, Number(first));
        x.WriteAttributeString(secondName, Number(second));
        x.WriteEndElement();
    }

    private static void Empty(XmlWriter x, string prefix, string name, string ns)
    {
        x.WriteStartElement(prefix, name, ns);
        x.WriteEndElement();
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
