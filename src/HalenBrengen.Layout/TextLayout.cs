using HalenBrengen.Layout.Fonts;

namespace HalenBrengen.Layout;

/// <summary>
/// A run of text in one weight and colour. <paramref name="Font"/> is set only on a run of characters the
/// look's fonts lack (an emoji, a symbol): the fallback font that has them (<see cref="Fonts.Fallback"/>),
/// written for that run instead of the element's font.
/// </summary>
/// <param name="Slide">The slide of the same file a click on the run shows in the slide show (1 the first; 21.1.2.3.5 hlinkClick), or none.</param>
public sealed record TextRun(string Text, bool Bold = false, string? Color = null, string? Font = null, int? Slide = null);

/// <summary>
/// A paragraph: runs, an optional bullet, and space before it (in ems of its font size). A "\n" in a
/// run is a line break inside the paragraph, as a partner typed it in the cell. An
/// <paramref name="Indented"/> paragraph starts where a bullet's text does, without a bullet of its own:
/// the detail under an item, or an item continued from the page before. <paramref name="SizePt"/> sets
/// this paragraph at a size of its own (a detail smaller than its item); without it the paragraph takes
/// its element's size. A bullet's indent is always its element's, so a smaller detail lines up under its item.
/// </summary>
public sealed record TextParagraph(IReadOnlyList<TextRun> Runs, bool Bullet = false, double SpaceBeforeEm = 0.3, bool Indented = false, double? SizePt = null)
{
    public TextParagraph(string text, bool bold = false, bool bullet = false, string? color = null)
        : this([new TextRun(text, bold, color)], bullet) { }

    public string Text => string.Concat(Runs.Select(r => r.Text));

    /// <summary>This paragraph's size in an element of <paramref name="elementPt"/>.</summary>
    public double SizeIn(double elementPt) => SizePt ?? elementPt;

    /// <summary>Whether its lines start at the bullet indent (with a bullet or without).</summary>
    public bool Hangs => Bullet || Indented;

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
public sealed partial class TextLayout(FontMetrics regular, FontMetrics bold)
{
    /// <summary>The regular face text is measured with.</summary>
    public FontMetrics Regular { get; } = regular;

    /// <summary>The bold face text is measured with.</summary>
    public FontMetrics Bold { get; } = bold;

    public FontMetrics For(bool isBold) => isBold ? Bold : Regular;

    /// <summary>The face a run is measured with: the front page's serif for a run set in it, else the look's; bold or regular.</summary>
    private FontMetrics Of(TextRun run) => run.Font == FontMetrics.MastheadFont ? (run.Bold ? FontMetrics.MastheadBold : FontMetrics.MastheadRegular) : For(run.Bold);

    /// <summary>The distance between baselines at single spacing, in points.</summary>
    public double LineHeight(double sizePt) => Regular.LineHeight(sizePt);

    /// <summary>
    /// The distance between a paragraph's baselines in an element of <paramref name="sizePt"/>: at its own
    /// size, and taller where it holds a character a fallback font draws (<see cref="Fallback.LineHeightEm"/>).
    /// </summary>
    public double LineHeight(TextParagraph paragraph, double sizePt)
    {
        var size = paragraph.SizeIn(sizePt);
        var height = Regular.LineHeight(size);
        foreach (var run in paragraph.Runs)
        {
            if (run.Font is not null || Fallback.Needs(run.Text, For(run.Bold)))
                return Math.Max(height, Fallback.LineHeightEm * size);
        }
        return height;
    }

    /// <summary>Inner margins of every text box (ECMA-376 20.1.2.1.1 bodyPr lIns/rIns/tIns/bIns).</summary>
    public static readonly Emu InsetX = Emu.FromPt(7.2);
    public static readonly Emu InsetY = Emu.FromPt(3.6);

    /// <summary>Bullet paragraphs are indented by this much (marL), in ems of the font size.</summary>
    public const double BulletIndentEm = 1.0;

    /// <summary>Room kept free on each line for differences between renderers (kerning, hinting).</summary>
    private const double WidthSafety = 0.96;

    /// <summary>The width a paragraph's lines have in a box of this inner width, in an element of <paramref name="sizePt"/>.</summary>
    private static double Available(TextParagraph paragraph, double widthPt, double sizePt) =>
        (widthPt - (paragraph.Hangs ? BulletIndentEm * sizePt : 0)) * WidthSafety;

    /// <summary>How many chars the character at <paramref name="index"/> takes: two for a surrogate pair, kept together when a word is broken.</summary>
    private static int CharLength(ReadOnlySpan<char> text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    /// <summary>
    /// The lines a paragraph takes in a box of this inner width, in an element of this size: the count
    /// <see cref="WrapRuns"/> gives, reached the same way without making the lines. Fitting asks this for
    /// every candidate size of every box, so it allocates nothing.
    /// </summary>
    public int LineCount(TextParagraph paragraph, double widthPt, double sizePt)
    {
        var available = Available(paragraph, widthPt, sizePt);
        var size = paragraph.SizeIn(sizePt);
        var lines = 0;
        double lineWidth = 0;
        foreach (var run in paragraph.Runs)
        {
            var metrics = Of(run);
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
                    var width = metrics.Width(token, size);
                    if (lineWidth + width <= available || (isSpace && lineWidth > 0))
                    {
                        lineWidth += width;
                        continue;
                    }
                    if (isSpace)
                        continue;
                    if (lineWidth > 0)
                        (lines, lineWidth) = (lines + 1, 0);
                    for (var c = 0; c < token.Length;)
                    {
                        var length = CharLength(token, c);
                        var w = metrics.Width(token.Slice(c, length), size);
                        if (lineWidth + w > available && lineWidth > 0)
                            (lines, lineWidth) = (lines + 1, 0);
                        lineWidth += w;
                        c += length;
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
        var available = Available(paragraph, widthPt, sizePt);
        var size = paragraph.SizeIn(sizePt);
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
            var metrics = Of(run);
            var hardLines = run.Text.Split('\n');
            for (var h = 0; h < hardLines.Length; h++)
            {
                if (h > 0)
                    End(hard: true, trim: false);
                foreach (var token in Tokens(hardLines[h]))
                {
                    var width = metrics.Width(token, size);
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
                    for (var c = 0; c < token.Length;)
                    {
                        var character = token.Substring(c, CharLength(token, c));
                        var w = metrics.Width(character, size);
                        if (lineWidth + w > available && lineWidth > 0)
                            End(hard: false, trim: false);
                        Append(run, character);
                        lineWidth += w;
                        c += character.Length;
                    }
                }
            }
        }
        End(hard: false, trim: true);
        return lines;
    }

    /// <summary>The height of paragraphs stacked in a box of this inner width, in an element of this size, in points.</summary>
    public double Height(IEnumerable<TextParagraph> paragraphs, double widthPt, double sizePt)
    {
        double height = 0;
        var first = true;
        foreach (var paragraph in paragraphs)
        {
            if (!first)
                height += SpaceBefore(paragraph, sizePt);
            height += LinesHeight(paragraph, LineCount(paragraph, widthPt, sizePt), sizePt);
            first = false;
        }
        return height;
    }

    /// <summary>The space above a paragraph that follows another, in an element of this size: at the paragraph's own size.</summary>
    public static double SpaceBefore(TextParagraph paragraph, double sizePt) => paragraph.SpaceBeforeEm * paragraph.SizeIn(sizePt);

    /// <summary>The height of a paragraph's <paramref name="lines"/> in an element of this size, at the paragraph's own line height.</summary>
    public double LinesHeight(TextParagraph paragraph, int lines, double sizePt) => lines * LineHeight(paragraph, sizePt);

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
        : Height(element.Paragraphs, Inner(element.Box.Width, element.InsetX), element.FontSizePt) <= Inner(element.Box.Height, element.InsetY);

    /// <summary>The largest whole point size from <paramref name="maxPt"/> down to <paramref name="minPt"/> at which the paragraphs fit, or null.</summary>
    public double? LargestFit(IReadOnlyList<TextParagraph> paragraphs, Rect box, double maxPt, double minPt) =>
        Sizes.Largest(maxPt, minPt, size => Fits(paragraphs, box, size));

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
