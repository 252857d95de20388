using System.Globalization;

namespace HalenBrengen.Layout;

/// <summary>
/// A length in English Metric Units, the unit of DrawingML coordinates (ECMA-376 Part 1, 20.1.10.16
/// ST_Coordinate): 914,400 per inch, 36,000 per millimetre, 12,700 per point. Lengths cross project
/// boundaries only as this type.
/// </summary>
public readonly record struct Emu(long Value) : IComparable<Emu>
{
    public const long PerInch = 914_400;
    public const long PerMm = 36_000;
    public const long PerPoint = 12_700;

    public static Emu FromMm(double mm) => new((long)Math.Round(mm * PerMm));
    public static Emu FromPt(double pt) => new((long)Math.Round(pt * PerPoint));
    public static Emu FromInch(double inch) => new((long)Math.Round(inch * PerInch));

    public double Pt => Value / (double)PerPoint;
    public double Mm => Value / (double)PerMm;

    public static Emu operator +(Emu a, Emu b) => new(a.Value + b.Value);
    public static Emu operator -(Emu a, Emu b) => new(a.Value - b.Value);
    public static Emu operator *(Emu a, double f) => new((long)Math.Round(a.Value * f));
    public static Emu operator /(Emu a, double d) => new((long)Math.Round(a.Value / d));
    public static bool operator <(Emu a, Emu b) => a.Value < b.Value;
    public static bool operator >(Emu a, Emu b) => a.Value > b.Value;
    public static bool operator <=(Emu a, Emu b) => a.Value <= b.Value;
    public static bool operator >=(Emu a, Emu b) => a.Value >= b.Value;

    public static Emu Min(Emu a, Emu b) => a < b ? a : b;
    public static Emu Max(Emu a, Emu b) => a > b ? a : b;

    public int CompareTo(Emu other) => Value.CompareTo(other.Value);
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A rectangle on a slide: position of the top-left corner and size.</summary>
public readonly record struct Rect(Emu X, Emu Y, Emu Width, Emu Height)
{
    public Emu Right => X + Width;
    public Emu Bottom => Y + Height;

    public static Rect Mm(double x, double y, double width, double height) =>
        new(Emu.FromMm(x), Emu.FromMm(y), Emu.FromMm(width), Emu.FromMm(height));

    public Point Centre => new(X + Width / 2, Y + Height / 2);

    /// <summary>The rectangle with two points as opposite corners.</summary>
    public static Rect Spanning(Point a, Point b) =>
        new(new Emu(Math.Min(a.X.Value, b.X.Value)), new Emu(Math.Min(a.Y.Value, b.Y.Value)),
            new Emu(Math.Abs(a.X.Value - b.X.Value)), new Emu(Math.Abs(a.Y.Value - b.Y.Value)));

    /// <summary>The gutter between two rectangles, in EMU: the larger of their horizontal and vertical separation (a tile diagonally off a corner is as far as one beside it); zero when they touch or overlap.</summary>
    public double GutterTo(Rect other)
    {
        var dx = Math.Max(0, Math.Max(other.X.Value - Right.Value, X.Value - other.Right.Value));
        var dy = Math.Max(0, Math.Max(other.Y.Value - Bottom.Value, Y.Value - other.Bottom.Value));
        return Math.Max(dx, dy);
    }

    /// <summary>
    /// The largest part of this rectangle left of, right of, above or below <paramref name="other"/> with
    /// <paramref name="gap"/> between them; the rectangle itself when they are further apart than that.
    /// A wide, low box (a title) gets narrower, a tall one (a slide's body, a poster) shorter.
    /// </summary>
    public Rect Beside(Rect other, Emu gap)
    {
        var keepOut = new Rect(other.X - gap, other.Y - gap, other.Width + gap + gap, other.Height + gap + gap);
        if (!Overlaps(keepOut))
            return this;
        Rect[] parts =
        [
            this with { Width = Clamp(keepOut.X - X) },
            new(keepOut.Right, Y, Clamp(Right - keepOut.Right), Height),
            this with { Height = Clamp(keepOut.Y - Y) },
            new(X, keepOut.Bottom, Width, Clamp(Bottom - keepOut.Bottom)),
        ];
        return parts.MaxBy(p => (double)p.Width.Value * p.Height.Value);
    }

    private static Emu Clamp(Emu length) => length.Value < 0 ? new Emu(0) : length;

    public bool Contains(Rect other) => other.X >= X && other.Y >= Y && other.Right <= Right && other.Bottom <= Bottom;
    public bool Overlaps(Rect other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}
