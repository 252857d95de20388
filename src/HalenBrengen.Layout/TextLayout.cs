using HalenBrengen.Layout.Fonts;

namespace HalenBrengen.Layout;

/// <summary>A run of text in one weight and colour.</summary>
public sealed record TextRun(string Text, bool Bold = false, string? Color = null);

/// <summary>
/// A paragraph: runs, an optional bullet, and space before it (in ems of its font size). A "\n" in a
/// run is a line break inside the paragraph, as a partner typed it in the cell.
/// </summary>
public sealed record TextParagraph(IReadOnlyList<TextRun> Runs, bool Bullet = false, double SpaceBeforeEm = 0.3)
{
    public TextParagraph(string text, bool bold = false, bool bullet = false, string? color = null)
        : this([new TextRun(text, bold, color)], bullet) { }

    public string Text => string.Concat(Runs.Select(r => r.Text));

    /// <summary>The bullet drawn before a bullet paragraph, in a font every computer has it in (ECMA-376 Part 1, 21.1.2.4.3 buChar, 21.1.2.4.6 buFont).</summary>
    public const string BulletCharacter = "•", BulletFont = "Arial";
}

/// <summary>
/// Measures wrapped text the way PowerPoint lays it out: greedy line breaking at spaces, a word longer
/// than the line broken by characters, single line spacing from the font's own metrics. PowerPoint does
/// not recompute autofit when it opens a file, so the generator must choose sizes that fit itself.
/// One is made per look (<see cref="Style.Look.Text"/>) from the faces that look measures with: a plan's
/// look says how its text was measured, so a check of the plan measures it the same way.
/// </summary>
public sealed class TextLayout(FontMetrics regular, FontMetrics bold)
{
    /// <summary>The regular face text is measured with.</summary>
    public FontMetrics Regular { get; } = regular;

    /// <summary>The bold face text is measured with.</summary>
    public FontMetrics Bold { get; } = bold;

    public FontMetrics For(bool isBold) => isBold ? Bold : Regular;

    /// <summary>The distance between baselines at single spacing, in points.</summary>
    public double LineHeight(double sizePt) => Regular.LineHeight(sizePt);

    /// <summary>Inner margins of every text box (ECMA-376 20.1.2.1.1 bodyPr lIns/rIns/tIns/bIns).</summary>
    public static readonly Emu InsetX = Emu.FromPt(7.2);
    public static readonly Emu InsetY = Emu.FromPt(3.6);

    /// <summary>Bullet paragraphs are indented by this much (marL), in ems of the font size.</summary>
    public const double BulletIndentEm = 1.0;

    /// <summary>Room kept free on each line for differences between renderers (kerning, hinting).</summary>
    private const double WidthSafety = 0.96;

    /// <summary>
    /// The lines a paragraph takes in a box of this inner width, at this size: the count <see cref="WrapRuns"/>
    /// gives, reached the same way without making the lines. Fitting asks this for every candidate size
    /// of every box, so it allocates nothing.
    /// </summary>
    public int LineCount(TextParagraph paragraph, double widthPt, double sizePt)
    {
        var available = (widthPt - (paragraph.Bullet ? BulletIndentEm * sizePt : 0)) * WidthSafety;
        var lines = 0;
        double lineWidth = 0;
        foreach (var run in paragraph.Runs)
        {
            var metrics = For(run.Bold);
            var rest = run.Text.AsSpan();
            for (var h = 0; ; h++)
            {
                if (h > 0)
                    (lines, lineWidth) = (lines + 1, 0);
                var end = rest.IndexOf('\n');
                var hardLine = end < 0 ? rest : rest[..end];
                while (!hardLine.IsEmpty)
                {
                    // The next token: a single space, or a word up to the next space.
                    var space = hardLine.IndexOf(' ');
                    var token = space == 0 ? hardLine[..1] : space < 0 ? hardLine : hardLine[..space];
                    hardLine = hardLine[token.Length..];
                    var isSpace = space == 0;
                    var width = metrics.Width(token, sizePt);
                    if (lineWidth + width <= available || (isSpace && lineWidth > 0))
                    {
                        lineWidth += width;
                        continue;
                    }
                    if (isSpace)
                        continue;
                    if (lineWidth > 0)
                        (lines, lineWidth) = (lines + 1, 0);
                    for (var c = 0; c < token.Length; c++)
                    {
                        var w = metrics.Width(token.Slice(c, 1), sizePt);
                        if (lineWidth + w > available && lineWidth > 0)
                            (lines, lineWidth) = (lines + 1, 0);
                        lineWidth += w;
                    }
                }
                if (end < 0)
                    break;
                rest = rest[(end + 1)..];
            }
        }
        return lines + 1;
    }

    /// <summary>The paragraph broken into lines, as text.</summary>
    public IReadOnlyList<string> Wrap(TextParagraph paragraph, double widthPt, double sizePt) =>
        WrapRuns(paragraph, widthPt, sizePt).Select(l => string.Concat(l.Pieces.Select(p => p.Text))).ToList();

    /// <summary>One wrapped line: its pieces of runs (weight and colour kept), and whether a line break typed in the cell ends it.</summary>
    public sealed record Line(IReadOnlyList<TextRun> Pieces, bool HardBreak);

    /// <summary>
    /// The paragraph broken into lines as PowerPoint breaks it: greedy at spaces, a word wider than the
    /// line broken by characters, a typed line break always. Each line keeps its runs' formatting.
    /// </summary>
    public IReadOnlyList<Line> WrapRuns(TextParagraph paragraph, double widthPt, double sizePt)
    {
        var available = (widthPt - (paragraph.Bullet ? BulletIndentEm * sizePt : 0)) * WidthSafety;
        var lines = new List<Line>();
        var line = new List<(TextRun Run, System.Text.StringBuilder Text)>();
        double lineWidth = 0;
        void Append(TextRun run, string text)
        {
            if (line.Count == 0 || !ReferenceEquals(line[^1].Run, run))
                line.Add((run, new System.Text.StringBuilder()));
            line[^1].Text.Append(text);
        }
        void End(bool hard, bool trim)
        {
            if (trim && line.Count > 0)
            {
                var last = line[^1].Text.ToString().TrimEnd();
                line[^1].Text.Clear().Append(last);
            }
            lines.Add(new Line(line.Where(p => p.Text.Length > 0).Select(p => p.Run with { Text = p.Text.ToString() }).ToList(), hard));
            line = [];
            lineWidth = 0;
        }
        foreach (var run in paragraph.Runs)
        {
            var metrics = For(run.Bold);
            var hardLines = run.Text.Split('\n');
            for (var h = 0; h < hardLines.Length; h++)
            {
                if (h > 0)
                    End(hard: true, trim: false);
                foreach (var token in Tokens(hardLines[h]))
                {
                    var width = metrics.Width(token, sizePt);
                    if (lineWidth + width <= available || (token == " " && lineWidth > 0))
                    {
                        Append(run, token);
                        lineWidth += width;
                        continue;
                    }
                    if (token == " ")
                        continue;
                    if (lineWidth > 0)
                        End(hard: false, trim: true);
                    // A word wider than the whole line is broken by characters, as PowerPoint does.
                    foreach (var c in token)
                    {
                        var w = metrics.Width(c.ToString(), sizePt);
                        if (lineWidth + w > available && lineWidth > 0)
                            End(hard: false, trim: false);
                        Append(run, c.ToString());
                        lineWidth += w;
                    }
                }
            }
        }
        End(hard: false, trim: true);
        return lines;
    }

    /// <summary>The height of paragraphs stacked in a box of this inner width, in points.</summary>
    public double Height(IEnumerable<TextParagraph> paragraphs, double widthPt, double sizePt)
    {
        var lineHeight = Regular.LineHeight(sizePt);
        double height = 0;
        var first = true;
        foreach (var paragraph in paragraphs)
        {
            if (!first)
                height += paragraph.SpaceBeforeEm * sizePt;
            height += LineCount(paragraph, widthPt, sizePt) * lineHeight;
            first = false;
        }
        return height;
    }

    /// <summary>Whether the paragraphs fit a box (its insets taken off) at this size.</summary>
    public bool Fits(IReadOnlyList<TextParagraph> paragraphs, Rect box, double sizePt) =>
        Height(paragraphs, Inner(box.Width, InsetX), sizePt) <= Inner(box.Height, InsetY);

    /// <summary>
    /// Whether an element's text fits its box at its size, measured as it will be drawn: a tight label
    /// (no insets, no wrapping) line by line in bold, any other text wrapped inside its insets.
    /// </summary>
    public bool Fits(TextElement element) => element.Tight
        ? element.Paragraphs.All(p => Bold.Width(p.Text, element.FontSizePt) <= element.Box.Width.Pt)
            && element.Paragraphs.Count * LineHeight(element.FontSizePt) <= element.Box.Height.Pt
        : Fits(element.Paragraphs, element.Box, element.FontSizePt);

    /// <summary>The largest whole point size from <paramref name="maxPt"/> down to <paramref name="minPt"/> at which the paragraphs fit, or null.</summary>
    public double? LargestFit(IReadOnlyList<TextParagraph> paragraphs, Rect box, double maxPt, double minPt) =>
        Sizes.Largest(maxPt, minPt, size => Fits(paragraphs, box, size));

    /// <summary>
    /// Splits paragraphs over as many boxes as needed at <paramref name="sizePt"/>, never cutting a
    /// paragraph unless it alone is taller than a box; then it is split between lines, so no word is lost.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<TextParagraph>> Paginate(IReadOnlyList<TextParagraph> paragraphs, Rect box, double sizePt)
    {
        var pages = new List<IReadOnlyList<TextParagraph>>();
        var page = new List<TextParagraph>();
        foreach (var paragraph in SplitTall(paragraphs, box, sizePt))
        {
            if (page.Count > 0 && !Fits([.. page, paragraph], box, sizePt))
            {
                pages.Add(page);
                page = [];
            }
            page.Add(paragraph);
        }
        if (page.Count > 0)
            pages.Add(page);
        return pages;
    }

    /// <summary>Every paragraph that alone is taller than the box, split between lines into pieces that each fit.</summary>
    public IReadOnlyList<TextParagraph> SplitTall(IReadOnlyList<TextParagraph> paragraphs, Rect box, double sizePt) =>
        paragraphs.SelectMany(p => Fits([p], box, sizePt) ? [p] : SplitByLines(p, box, sizePt)).ToList();

    /// <summary>
    /// A paragraph cut into pieces of at most a box's lines (or of <paramref name="linesPerPiece"/>). The
    /// pieces keep their runs' weight and colour; only the first keeps the bullet and the space before.
    /// </summary>
    public IEnumerable<TextParagraph> SplitByLines(TextParagraph paragraph, Rect box, double sizePt, int? linesPerPiece = null)
    {
        var innerWidth = Inner(box.Width, InsetX);
        var perBox = Math.Max(1, (int)Math.Floor(Inner(box.Height, InsetY) / Regular.LineHeight(sizePt)));
        var count = linesPerPiece is { } n ? Math.Clamp(n, 1, perBox) : perBox;
        var wrapped = WrapRuns(paragraph, innerWidth, sizePt);
        for (var i = 0; i < wrapped.Count; i += count)
        {
            var runs = new List<TextRun>();
            var piece = wrapped.Skip(i).Take(count).ToList();
            for (var l = 0; l < piece.Count; l++)
            {
                if (l > 0)
                {
                    var separator = piece[l - 1].HardBreak ? "\n" : " ";
                    if (runs.Count > 0) runs[^1] = runs[^1] with { Text = runs[^1].Text + separator };
                }
                foreach (var run in piece[l].Pieces)
                {
                    if (runs.Count > 0 && runs[^1].Bold == run.Bold && runs[^1].Color == run.Color)
                        runs[^1] = runs[^1] with { Text = runs[^1].Text + run.Text };
                    else
                        runs.Add(run);
                }
            }
            if (runs.Count == 0)
                runs.Add(new TextRun(""));
            yield return new TextParagraph(runs, paragraph.Bullet && i == 0, i == 0 ? paragraph.SpaceBeforeEm : 0);
        }
    }

    public static double Inner(Emu length, Emu inset) => (length - inset - inset).Pt;

    private static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ') continue;
            if (i > start) yield return text[start..i];
            yield return " ";
            start = i + 1;
        }
        if (start < text.Length) yield return text[start..];
    }
}
