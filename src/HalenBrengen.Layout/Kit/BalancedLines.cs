namespace HalenBrengen.Layout.Kit;

/// <summary>
/// A short text of a few lines set with its lines balanced, so its last line is never one lone word ("… en
/// niemand raakt uit / beeld."): broken by hand where it breaks at the narrowest width that still takes no more
/// lines than the box, found by halving.
/// </summary>
internal static class BalancedLines
{
    /// <summary>
    /// Renderers measure text a little differently: the balanced lines are only set when each leaves this share
    /// of the box's width, so no renderer wraps one of them again.
    /// </summary>
    private const double Slack = 0.96;

    /// <summary>
    /// The paragraph (of one run) with a hard break at each line end of its balanced width, when those lines leave
    /// the box some room; else as it is. It takes as many lines as before, so it fits wherever it fitted.
    /// </summary>
    public static TextParagraph Of(PlanContext c, TextParagraph paragraph, double widthPt, double sizePt)
    {
        if (paragraph.Runs.Count != 1 || paragraph.Text.Contains('\n', StringComparison.Ordinal))
            return paragraph;
        var lines = c.Text.LineCount(paragraph, widthPt, sizePt);
        if (lines < 2)
            return paragraph;
        var wide = Narrowest(widthPt / (lines + 1), widthPt, width => c.Text.LineCount(paragraph, width, sizePt) <= lines);
        if (wide > widthPt * Slack)
            return paragraph;
        var broken = string.Join("\n", c.Text.Wrap(paragraph, wide, sizePt).Select(l => l.Trim()));
        return paragraph with { Runs = [paragraph.Runs[0] with { Text = broken }] };
    }

    /// <summary>
    /// The narrowest width (to within a point) between <paramref name="narrowPt"/>, where the text is not seen to hold,
    /// and <paramref name="widePt"/>, where it holds, at which <paramref name="holds"/> does, found by halving: a text that
    /// holds its lines at one width holds them at every wider one.
    /// </summary>
    public static double Narrowest(double narrowPt, double widePt, Func<double, bool> holds)
    {
        while (widePt - narrowPt > 1)
        {
            var middle = (narrowPt + widePt) / 2;
            if (holds(middle)) widePt = middle; else narrowPt = middle;
        }
        return widePt;
    }

    /// <summary>The text as written, without the breaks <see cref="Of"/> set.</summary>
    public static string Unbroken(string text) => text.Replace('\n', ' ');
}
