namespace HalenBrengen.Layout.Deck;

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
        double narrow = widthPt / (lines + 1), wide = widthPt;
        while (wide - narrow > 1)
        {
            var middle = (narrow + wide) / 2;
            if (c.Text.LineCount(paragraph, middle, sizePt) <= lines)
                wide = middle;
            else
                narrow = middle;
        }
        if (wide > widthPt * Slack)
            return paragraph;
        var broken = string.Join("\n", c.Text.Wrap(paragraph, wide, sizePt).Select(l => l.Trim()));
        return paragraph with { Runs = [paragraph.Runs[0] with { Text = broken }] };
    }

    /// <summary>The text as written, without the breaks <see cref="Of"/> set.</summary>
    public static string Unbroken(string text) => text.Replace('\n', ' ');
}
