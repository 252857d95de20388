using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Presentation;
using HalenBrengen.Layout;
using A = DocumentFormat.OpenXml.Drawing;

namespace HalenBrengen.Pptx;

/// <summary>
/// Text boxes, shapes, lines and the title placeholder of a slide (ECMA-376 Part 1, 19.3.1.43 sp and
/// 19.3.1.19 cxnSp), written exactly as planned: box, size, colours, alignment and language.
/// </summary>
internal static class ShapeWriter
{
    /// <summary>Font sizes are written in hundredths of a point (20.1.10.72 ST_TextFontSize).</summary>
    public static int Hundredths(double sizePt) => (int)Math.Round(sizePt * 100);

    public static A.Transform2D Transform(Rect box) => new(
        new A.Offset { X = box.X.Value, Y = box.Y.Value },
        new A.Extents { Cx = box.Width.Value, Cy = box.Height.Value });

    /// <summary>A graphic frame (19.3.1.21 graphicFrame) around a table or chart at a box.</summary>
    public static GraphicFrame Frame(uint id, string name, Rect box, A.GraphicData data) => new(
        new NonVisualGraphicFrameProperties(
            new NonVisualDrawingProperties { Id = id, Name = XmlText.Clean(name) },
            new NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoGrouping = true }),
            new ApplicationNonVisualDrawingProperties()),
        new Transform(new A.Offset { X = box.X.Value, Y = box.Y.Value }, new A.Extents { Cx = box.Width.Value, Cy = box.Height.Value }),
        new A.Graphic(data));

    /// <summary>The slide's title, in the layout's title placeholder so PowerPoint's outline and accessibility checker find it.</summary>
    public static Shape Title(uint id, Layout.TextElement element, string language) => new(
        new NonVisualShapeProperties(
            new NonVisualDrawingProperties { Id = id, Name = "Titel" },
            new NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
            new ApplicationNonVisualDrawingProperties(new PlaceholderShape { Type = PlaceholderValues.Title })),
        Properties(element),
        Body(element, language));

    public static Shape Text(uint id, Layout.TextElement element, string language) => new(
        new NonVisualShapeProperties(
            new NonVisualDrawingProperties { Id = id, Name = XmlText.Clean(element.Name ?? $"Tekst {id}") },
            new NonVisualShapeDrawingProperties { TextBox = element.Fill is null && element.Outline is null && element.Geometry == Geometry.Rectangle },
            new ApplicationNonVisualDrawingProperties()),
        Properties(element),
        Body(element, language));

    /// <summary>A straight connector from one point to another; its box spans both, flipped when the line rises (20.1.7.6 xfrm flipV).</summary>
    public static ConnectionShape Line(uint id, LineElement line) => new(
        new NonVisualConnectionShapeProperties(
            new NonVisualDrawingProperties { Id = id, Name = XmlText.Clean(line.Name ?? $"Lijn {id}") },
            new NonVisualConnectorShapeDrawingProperties(),
            new ApplicationNonVisualDrawingProperties()),
        new ShapeProperties(
            new A.Transform2D(new A.Offset { X = line.Box.X.Value, Y = line.Box.Y.Value }, new A.Extents { Cx = line.Box.Width.Value, Cy = line.Box.Height.Value })
            {
                HorizontalFlip = line.From.X > line.To.X ? true : null,
                VerticalFlip = line.From.Y > line.To.Y ? true : null,
            },
            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Line },
            new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = line.Color }), new A.Round()) { Width = (int)line.Weight.Value, CapType = A.LineCapValues.Round }));

    private static ShapeProperties Properties(Layout.TextElement element)
    {
        var properties = new ShapeProperties(Transform(element.Box), new A.PresetGeometry(new A.AdjustValueList())
        {
            Preset = element.Geometry switch
            {
                Geometry.Ellipse => A.ShapeTypeValues.Ellipse,
                Geometry.RoundedRectangle => A.ShapeTypeValues.RoundRectangle,
                _ => A.ShapeTypeValues.Rectangle,
            },
        });
        properties.Append(element.Fill is null ? new A.NoFill() : new A.SolidFill(new A.RgbColorModelHex { Val = element.Fill }));
        properties.Append(element.Outline is { } outline
            ? new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = outline.Color })) { Width = (int)outline.Width.Value }
            : new A.Outline(new A.NoFill()));
        return properties;
    }

    private static TextBody Body(Layout.TextElement element, string language)
    {
        var body = new TextBody(BodyProperties(element.Anchor, element.Tight), new A.ListStyle());
        foreach (var paragraph in element.Paragraphs)
            body.Append(Paragraph(paragraph, element.FontSizePt, element.TextColor, element.Align, language));
        if (element.Paragraphs.Count == 0)
            body.Append(new A.Paragraph(new A.EndParagraphRunProperties { Language = language, FontSize = Hundredths(element.FontSizePt) }));
        return body;
    }

    /// <summary>
    /// Fixed insets and no autofit: PowerPoint does not recompute autofit on open, so sizes are chosen by the
    /// layout. A tight box (a label on a shape) has no insets and does not wrap.
    /// </summary>
    public static A.BodyProperties BodyProperties(Anchor anchor, bool tight = false) => new(new A.NoAutoFit())
    {
        Wrap = tight ? A.TextWrappingValues.None : A.TextWrappingValues.Square,
        LeftInset = tight ? 0 : (int)TextLayout.InsetX.Value,
        RightInset = tight ? 0 : (int)TextLayout.InsetX.Value,
        TopInset = tight ? 0 : (int)TextLayout.InsetY.Value,
        BottomInset = tight ? 0 : (int)TextLayout.InsetY.Value,
        Anchor = anchor switch
        {
            Anchor.Middle => A.TextAnchoringTypeValues.Center,
            Anchor.Bottom => A.TextAnchoringTypeValues.Bottom,
            _ => A.TextAnchoringTypeValues.Top,
        },
        RightToLeftColumns = false,
    };

    public static A.Paragraph Paragraph(TextParagraph paragraph, double sizePt, string defaultColor, TextAlign align, string language)
    {
        var properties = new A.ParagraphProperties
        {
            Alignment = align switch
            {
                TextAlign.Center => A.TextAlignmentTypeValues.Center,
                TextAlign.Right => A.TextAlignmentTypeValues.Right,
                _ => A.TextAlignmentTypeValues.Left,
            },
        };
        if (paragraph.SpaceBeforeEm > 0)
            properties.Append(new A.SpaceBefore(new A.SpacingPoints { Val = Hundredths(paragraph.SpaceBeforeEm * sizePt) }));
        if (paragraph.Bullet)
        {
            var indent = (int)Emu.FromPt(TextLayout.BulletIndentEm * sizePt).Value;
            properties.LeftMargin = indent;
            properties.Indent = -indent;
            properties.Append(new A.BulletFont { Typeface = "Arial" }, new A.CharacterBullet { Char = "•" });
        }
        else
            properties.Append(new A.NoBullet());

        var result = new A.Paragraph(properties);
        foreach (var run in paragraph.Runs)
        {
            var lines = XmlText.Clean(run.Text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\t', ' ').Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                    result.Append(new A.Break(RunProperties(run, sizePt, defaultColor, language)));
                if (lines[i].Length > 0)
                    result.Append(new A.Run(RunProperties(run, sizePt, defaultColor, language), new A.Text(lines[i])));
            }
        }
        result.Append(new A.EndParagraphRunProperties { Language = language, FontSize = Hundredths(sizePt) });
        return result;
    }

    private static A.RunProperties RunProperties(TextRun run, double sizePt, string defaultColor, string language) => new(
        new A.SolidFill(new A.RgbColorModelHex { Val = run.Color ?? defaultColor }),
        new A.LatinFont { Typeface = DeckTheme.Font })
    {
        Language = language,
        FontSize = Hundredths(sizePt),
        Bold = run.Bold,
        Dirty = false,
    };
}
