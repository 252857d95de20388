namespace HalenBrengen.Layout;

/// <summary>
/// The one search for "the largest size at which it fits", used by every planner and kit function: a
/// title, a list, a table, a set of columns sharing one size, a name bar. Sizes are tried on a grid from
/// the largest down (whole points, or every other point where the scale steps by two), found by halving:
/// larger type never takes less room, so if a size fits, every smaller one on the grid does too.
/// </summary>
public static class Sizes
{
    /// <summary>
    /// The largest of <paramref name="maxPt"/>, <paramref name="maxPt"/> − <paramref name="stepPt"/>, … down to
    /// <paramref name="minPt"/> for which <paramref name="fits"/> holds, or null when even the smallest does not.
    /// </summary>
    public static double? Largest(double maxPt, double minPt, Func<double, bool> fits, double stepPt = 1)
    {
        if (maxPt < minPt)
            return null;
        var steps = (int)Math.Floor((maxPt - minPt) / stepPt + 1e-9);
        double At(int k) => maxPt - k * stepPt;
        if (!fits(At(steps)))
            return null;
        // The first step that fits lies in (low, high]: At(high) fits, At(low) has not been seen to.
        int low = -1, high = steps;
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            if (fits(At(middle))) high = middle; else low = middle;
        }
        return At(high);
    }
}
