using System.Xml;
using HalenBrengen.Layout;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// Paragraphs and their runs (ECMA-376 Part 1, 21.1.2.2.6 p, 21.1.2.3.8 r), in text shapes and table cells
/// alike: every run at the element's one size, its font and colour; a bullet paragraph indented by the
/// plan's bullet indent with its bullet hanging in that room, so a wrapped line starts under the text; a
/// line break the partner typed as a break (21.1.2.2.1 br).
/// </summary>
internal static class ParagraphXml
{
    /// <summary>What every paragraph of one element shares.</summary>
    public sealed record ParagraphStyle(double SizePt, Emu BulletIndent, string Color, TextAlign Align, string Language, string Font);

    public static void Write(XmlWriter x, TextParagraph paragraph, ParagraphStyle style)
    {
        x.Start(A, "p");
        Properties(x, paragraph, style);
        foreach (var run in paragraph.Runs)
        {
            var lines = XmlText.Lines(run.Text.Replace('\t', ' '));
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    x.Start(A, "br");
                    RunProperties(x, run, style);
                    x.End();
                }
                if (lines[i].Length == 0)
                    continue;
                x.Start(A, "r");
                RunProperties(x, run, style);
                x.Text(A, "t", lines[i]);
                x.End();
            }
        }
        End(x, style);
        x.End();
    }

    /// <summary>The one empty paragraph a text body without text still needs (21.1.2.1.1), at the element's size.</summary>
    public static void Empty(XmlWriter x, ParagraphStyle style)
    {
        x.Start(A, "p");
        End(x, style);
        x.End();
    }

    private static void Properties(XmlWriter x, TextParagraph paragraph, ParagraphStyle style)
    {
        x.Start(A, "pPr");
        if (paragraph.Bullet)
        {
            x.Attribute("marL", style.BulletIndent.Value);
            x.Attribute("indent", -style.BulletIndent.Value);
        }
        x.Attribute("algn", style.Align switch { TextAlign.Center => "ctr", TextAlign.Right => "r", _ => "l" });
        if (paragraph.SpaceBeforeEm > 0)
        {
            x.Start(A, "spcBef");
            x.Value(A, "spcPts", DrawingXml.Hundredths(paragraph.SpaceBeforeEm * style.SizePt));
            x.End();
        }
        if (paragraph.Bullet)
        {
            x.Start(A, "buFont");
            x.Attribute("typeface", TextParagraph.BulletFont);
            x.End();
            x.Start(A, "buChar");
            x.Attribute("char", TextParagraph.BulletCharacter);
            x.End();
        }
        else
            x.Empty(A, "buNone");
        x.End();
    }

    private static void RunProperties(XmlWriter x, TextRun run, ParagraphStyle style)
    {
        x.Start(A, "rPr");
        x.Attribute("lang", style.Language);
        x.Attribute("sz", DrawingXml.Hundredths(style.SizePt));
        x.Attribute("b", run.Bold);
        x.Attribute("dirty", false);
        x.SolidFill(run.Color ?? style.Color);
        x.Latin(style.Font);
        x.End();
    }

    private static void End(XmlWriter x, ParagraphStyle style)
    {
        x.Start(A, "endParaRPr");
        x.Attribute("lang", style.Language);
        x.Attribute("sz", DrawingXml.Hundredths(style.SizePt));
        x.End();
    }
}
