using HalenBrengen.Layout;
using A = DocumentFormat.OpenXml.Drawing;

namespace HalenBrengen.Pptx;

/// <summary>What the master, the charts and the slides share: sizes in hundredths of a point, a box as a transform.</summary>
internal static class ShapeWriter
{
    /// <summary>Font sizes are written in hundredths of a point (20.1.10.72 ST_TextFontSize).</summary>
    public static int Hundredths(double sizePt) => (int)Math.Round(sizePt * 100);

    public static A.Transform2D Transform(Rect box) => new(
        new A.Offset { X = box.X.Value, Y = box.Y.Value },
        new A.Extents { Cx = box.Width.Value, Cy = box.Height.Value });
}
