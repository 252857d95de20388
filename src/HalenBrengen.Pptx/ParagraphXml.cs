using System.Xml;
using HalenBrengen.Layout;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// Paragraphs and their runs (ECMA-376 Part 1, 21.1.2.2.6 p, 21.1.2.3.8 r), in text shapes and table cells
/// alike: every run at its paragraph's size (the element's unless the plan gives the paragraph its own), in
/// its font and colour; a bullet paragraph indented by the plan's bullet indent with its bullet hanging in
/// that room, so a wrapped line starts under the text, and an indented paragraph (a detail, an item
/// continued) starting there without a bullet; a line break the partner typed as a break (21.1.2.2.1 br); a
/// run of characters the look's font lacks in the fallback font the plan gives it.
/// </summary>
internal static class ParagraphXml
{
    /// <summary>What every paragraph of one element shares.</summary>
    public sealed record ParagraphStyle(double SizePt, Emu BulletIndent, string Color, TextAlign Align, string Language, string Font);

    public static void Write(XmlWriter x, TextParagraph paragraph, ParagraphStyle style)
    {
        if (paragraph.SizePt is { } own)
            style = style with { SizePt = own };
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
        if (paragraph.Hangs)
        {
            x.Attribute("marL", style.BulletIndent.Value);
            x.Attribute("indent", paragraph.Bullet ? -style.BulletIndent.Value : 0);
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
        if (run.Font is { } fallback)
        {
            // Named in every slot a renderer may take this run's font from: whichever script it counts an emoji in (21.1.2.3.1–10).
            x.Latin(fallback);
            Typeface(x, "ea", fallback);
            Typeface(x, "cs", fallback);
            Typeface(x, "sym", fallback);
        }
        else
            x.Latin(style.Font);
        if (run.Slide is { } slide)
            x.SlideJump(slide);
        x.End();
    }

    /// <summary>A run's East Asian, complex-script or symbol font (21.1.2.3.3 ea, 21.1.2.3.1 cs, 21.1.2.3.10 sym), after its Latin font.</summary>
    private static void Typeface(XmlWriter x, string slot, string typeface)
    {
        x.Start(A, slot);
        x.Attribute("typeface", typeface);
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
