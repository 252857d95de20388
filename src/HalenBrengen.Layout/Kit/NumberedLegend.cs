using System.Globalization;

namespace HalenBrengen.Layout.Kit;

/// <summary>
/// The numbered list of names beside a connections circle (the briefing's): in each column the numbers
/// right-aligned in a narrow box of their own and the names beside them, so a name that wraps hangs under its
/// own first word instead of under the number (24 partners with long names take two lines each in columns).
/// Every name is listed, at the largest size from <c>sizePt</c> to <c>minPt</c> that holds them all, in the fewest columns.
/// </summary>
internal static class NumberedLegend
{
    private const int MostColumns = 3;
    private const double SpaceBeforeEm = 0.15;
    /// <summary>The share of a name's box it is wrapped to: the rest is slack for renderers that measure the font wider.</summary>
    private const double WrapShare = 0.94;

    public static (IReadOnlyList<SlideElement> Elements, double Size)? Plan(PlanContext c, Rect area, IReadOnlyList<string> names, double sizePt, double minPt)
    {
        for (var size = sizePt; size >= minPt; size -= 1)
        {
            for (var columns = 1; columns <= MostColumns; columns++)
            {
                if (Columns(c, area, names, size, columns) is { } placed)
                    return (placed, size);
            }
        }
        return null;
    }

    /// <summary>
    /// The names as one flowing index, "1 name   2 name   …", each number held to its name's first word: when even
    /// two columns cannot list them beside the circle at <c>minPt</c> (24 partners with names of 30 characters and
    /// more), every partner is still named at a size the back of the room reads, rather than the list cut short.
    /// </summary>
    public static (IReadOnlyList<SlideElement> Elements, double Size)? Flowing(PlanContext c, Rect area, IReadOnlyList<string> names, double sizePt, double minPt)
    {
        var runs = new List<TextRun>();
        for (var i = 0; i < names.Count; i++)
        {
            // Two fixed spaces end the name before and a breaking one follows them: a line never starts with a space.
            runs.Add(new TextRun((i > 0 ? "\u00A0\u00A0 " : "") + (i + 1).ToString(CultureInfo.InvariantCulture) + "\u00A0", true, c.Colours.Accent));
            runs.Add(new TextRun(names[i]));
        }
        IReadOnlyList<TextParagraph> index = [new TextParagraph(runs, SpaceBeforeEm: 0)];
        for (var size = sizePt; size >= minPt; size -= 1)
        {
            if (c.Text.Fits(index, area, size))
                return ([new TextElement(area, index, size, c.Colours.Ink, Name: c.Words.Shapes.Legend)], size);
        }
        return null;
    }

    private static List<SlideElement>? Columns(PlanContext c, Rect area, IReadOnlyList<string> names, double size, int columns)
    {
        var perColumn = (names.Count + columns - 1) / columns;
        var numberWidth = Emu.FromPt(Enumerable.Range(1, names.Count).Max(i => c.Text.Bold.Width(i.ToString(CultureInfo.InvariantCulture), size)) / 0.96 + 2) + TextLayout.InsetX * 2;
        var elements = new List<SlideElement>();
        for (var k = 0; k < columns && k * perColumn < names.Count; k++)
        {
            var box = Kit.Columns.Of(area, k, columns, Emu.FromMm(5));
            var nameBox = new Rect(box.X + numberWidth, box.Y, box.Width - numberWidth, box.Height);
            if (nameBox.Width.Value <= 0)
                return null;
            var inner = TextLayout.Inner(nameBox.Width, TextLayout.InsetX);
            var shown = Enumerable.Range(k * perColumn, Math.Min(perColumn, names.Count - k * perColumn)).ToList();
            // Each name broken where it wraps a little inside its box, the breaks written out: a renderer whose font runs a
            // shade narrower or wider than the metrics wraps it the same, and its number stays on its first line.
            var nameParagraphs = shown.Select((i, row) => new TextParagraph([new TextRun(string.Join("\n",
                KeepShortLast(c.Text.Wrap(new TextParagraph(names[i]), inner * WrapShare, size).Select(line => line.Trim()).ToList())))], SpaceBeforeEm: row == 0 ? 0 : SpaceBeforeEm)).ToList();
            // A name broken inside a word ("Bewonersvereni-ging") reads worse than a flowing index: fewer columns or none.
            if (!c.Text.Fits(nameParagraphs, nameBox, size) || shown.SelectMany(i => names[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .Any(word => c.Text.LineCount(new TextParagraph([new TextRun(word)], SpaceBeforeEm: 0), inner, size) > 1))
                return null;
            // A wrapped name's number keeps its line: the lines after it in the numbers box are empty, as many as the name took.
            var numberParagraphs = shown.Select((i, row) => new TextParagraph(
                [new TextRun((i + 1).ToString(CultureInfo.InvariantCulture) + new string('\n', nameParagraphs[row].Text.Count(ch => ch == '\n')), true, c.Colours.Accent)],
                SpaceBeforeEm: row == 0 ? 0 : SpaceBeforeEm)).ToList();
            var numberBox = box with { Width = numberWidth };
            elements.Add(new TextElement(numberBox, numberParagraphs, size, c.Colours.Ink, Align: TextAlign.Right, Name: c.Words.Shapes.LegendNumbers.Fill(k + 1)));
            elements.Add(new TextElement(nameBox, nameParagraphs, size, c.Colours.Ink, Name: c.Words.Shapes.LegendPart.Fill(k + 1)));
        }
        return elements;
    }

    /// <summary>
    /// A name's lines with a short last word ("02", "BV") not alone on its line: the word before it comes down
    /// with it, so a number at the end of a name is read as the name's, not as the next entry's.
    /// </summary>
    private static List<string> KeepShortLast(List<string> lines)
    {
        if (lines.Count < 2 || lines[^1].Contains(' ', StringComparison.Ordinal) || lines[^1].Length > 3 || lines[^2].LastIndexOf(' ') is not (> 0 and var space))
            return lines;
        return [.. lines.Take(lines.Count - 2), lines[^2][..space], lines[^2][(space + 1)..] + " " + lines[^1]];
    }
}
