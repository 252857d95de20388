using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Presentation;
using HalenBrengen.Layout;
using A = DocumentFormat.OpenXml.Drawing;

namespace HalenBrengen.Pptx;

/// <summary>Text boxes and the title placeholder of a slide (ECMA-376 Part 1, 19.3.1.43 sp).</summary>
internal static class ShapeWriter
{
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

    public static Shape Title(uint id, string text, Rect box, double sizePt) => new(
        new NonVisualShapeProperties(
            new NonVisualDrawingProperties { Id = id, Name = "Titel" },
            new NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
            new ApplicationNonVisualDrawingProperties(new PlaceholderShape { Type = PlaceholderValues.Title })),
        new ShapeProperties(Transform(box)),
        new TextBody(Body(Anchor.Middle), new A.ListStyle(),
            Paragraph(new TextParagraph([new TextRun(text, true, DeckTheme.Accent)]), sizePt, DeckTheme.Accent, centered: false)));

    public static Shape Text(uint id, Layout.TextElement element)
    {
        var properties = new ShapeProperties(Transform(element.Box), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle });
        properties.Append(element.Fill is null ? new A.NoFill() : new A.SolidFill(new A.RgbColorModelHex { Val = element.Fill }));
        var body = new TextBody(Body(element.Anchor), new A.ListStyle());
        foreach (var paragraph in element.Paragraphs)
            body.Append(Paragraph(paragraph, element.FontSizePt, element.TextColor, element.Centered));
        if (element.Paragraphs.Count == 0)
            body.Append(new A.Paragraph(new A.EndParagraphRunProperties { Language = "nl-NL" }));
        return new Shape(
            new NonVisualShapeProperties(
                new NonVisualDrawingProperties { Id = id, Name = XmlText.Clean(element.Name ?? $"Tekst {id}") },
                new NonVisualShapeDrawingProperties { TextBox = true },
                new ApplicationNonVisualDrawingProperties()),
            properties,
            body);
    }

    /// <summary>Fixed insets and no autofit: PowerPoint does not recompute autofit on open, so sizes are chosen by the layout.</summary>
    public static A.BodyProperties Body(Anchor anchor) => new(new A.NoAutoFit())
    {
        Wrap = A.TextWrappingValues.Square,
        LeftInset = (int)TextLayout.InsetX.Value,
        RightInset = (int)TextLayout.InsetX.Value,
        TopInset = (int)TextLayout.InsetY.Value,
        BottomInset = (int)TextLayout.InsetY.Value,
        Anchor = anchor switch
        {
            Anchor.Middle => A.TextAnchoringTypeValues.Center,
            Anchor.Bottom => A.TextAnchoringTypeValues.Bottom,
            _ => A.TextAnchoringTypeValues.Top,
        },
        RightToLeftColumns = false,
    };

    public static A.Paragraph Paragraph(TextParagraph paragraph, double sizePt, string defaultColor, bool centered)
    {
        var properties = new A.ParagraphProperties
        {
            Alignment = centered ? A.TextAlignmentTypeValues.Center : A.TextAlignmentTypeValues.Left,
        };
        if (paragraph.SpaceBeforeEm > 0)
            properties.Append(new A.SpaceBefore(new A.SpacingPoints { Val = (int)Math.Round(paragraph.SpaceBeforeEm * sizePt * 100) }));
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
                    result.Append(new A.Break(RunProperties(run, sizePt, defaultColor)));
                if (lines[i].Length > 0)
                    result.Append(new A.Run(RunProperties(run, sizePt, defaultColor), new A.Text(lines[i])));
            }
        }
        result.Append(new A.EndParagraphRunProperties { Language = "nl-NL", FontSize = (int)(sizePt * 100) });
        return result;
    }

    private static A.RunProperties RunProperties(TextRun run, double sizePt, string defaultColor) => new(
        new A.SolidFill(new A.RgbColorModelHex { Val = run.Color ?? defaultColor }),
        new A.LatinFont { Typeface = DeckTheme.Font })
    {
        Language = "nl-NL",
        FontSize = (int)Math.Round(sizePt * 100),
        Bold = run.Bold,
        Dirty = false,
    };
}
