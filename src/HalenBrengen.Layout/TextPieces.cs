namespace HalenBrengen.Layout;

/// <summary>
/// Text cut into pieces that fit a box: a list over pages, and an item too long for a whole page. A reader
/// reads an item whole (CONVENTIONS, second round, move 2), so a paragraph is only ever cut when it alone is
/// taller than the box; then at a sentence's end, each piece after the first marked as continued and hanging
/// where the item's text does, so it reads as the same item.
/// </summary>
public sealed partial class TextLayout
{
    /// <summary>
    /// Splits paragraphs over as many boxes as needed at <paramref name="sizePt"/>, never cutting a
    /// paragraph unless it alone is taller than a box (see <see cref="SplitTall"/>), so no word is lost.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<TextParagraph>> Paginate(IReadOnlyList<TextParagraph> paragraphs, Rect box, double sizePt, TextRun? continued = null)
    {
        var pages = new List<IReadOnlyList<TextParagraph>>();
        var page = new List<TextParagraph>();
        foreach (var paragraph in SplitTall(paragraphs, box, sizePt, continued))
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

    /// <summary>
    /// Every paragraph that alone is taller than the box, cut into pieces that each fit: at sentence ends,
    /// each piece after the first starting with <paramref name="continued"/> (<see cref="SplitAtSentences"/>);
    /// without a mark (a table's cell, which continues in the row below), between lines.
    /// </summary>
    public IReadOnlyList<TextParagraph> SplitTall(IReadOnlyList<TextParagraph> paragraphs, Rect box, double sizePt, TextRun? continued = null) =>
        paragraphs.SelectMany(p => Fits([p], box, sizePt) ? [p]
            : continued is null ? SplitByLines(p, box, sizePt) : SplitAtSentences(p, box, sizePt, continued)).ToList();

    /// <summary>
    /// A paragraph taller than the box cut where a sentence ends (after . ! ? or … and a space, or at a line
    /// break typed in the cell), as few pieces as fit. A piece after the first starts with the
    /// <paramref name="continued"/> mark and a space, has no bullet and hangs at the bullet indent when the
    /// paragraph had one. A sentence taller than a box on its own is cut between lines, never inside one.
    /// </summary>
    public IEnumerable<TextParagraph> SplitAtSentences(TextParagraph paragraph, Rect box, double sizePt, TextRun continued)
    {
        var text = paragraph.Text;
        var ends = SentenceEnds(text);
        var start = 0;
        while (start < text.Length)
        {
            TextParagraph Piece(int end) => Slice(paragraph, start, end, continued);
            var fitting = ends.Where(e => e > start).TakeWhile(e => Fits([Piece(e)], box, sizePt)).DefaultIfEmpty(-1).Last();
            if (fitting > 0)
            {
                yield return Piece(fitting);
                start = NextStart(text, fitting);
                continue;
            }
            // One sentence taller than a box: its lines, a line fewer a piece so the mark before them still fits.
            var sentence = ends.First(e => e > start);
            var perBox = Math.Max(1, LinesPerBox(paragraph, box, sizePt) - 1);
            var lines = SplitByLines(Slice(paragraph, start, sentence, continued: null), box, sizePt, perBox).ToList();
            for (var i = 0; i < lines.Count; i++)
                yield return start == 0 && i == 0 ? lines[i] : Continued(paragraph, lines[i].Runs, continued);
            start = NextStart(text, sentence);
        }
    }

    /// <summary>
    /// A paragraph cut into pieces of at most a box's lines (or of <paramref name="linesPerPiece"/>). The
    /// pieces keep their runs' weight and colour and the paragraph's size; only the first keeps the bullet and
    /// the space before, the others hang where its text does.
    /// </summary>
    public IEnumerable<TextParagraph> SplitByLines(TextParagraph paragraph, Rect box, double sizePt, int? linesPerPiece = null)
    {
        var innerWidth = Inner(box.Width, InsetX);
        var perBox = LinesPerBox(paragraph, box, sizePt);
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
                    Add(runs, run);
            }
            if (runs.Count == 0)
                runs.Add(new TextRun(""));
            yield return i == 0 ? paragraph with { Runs = runs } : paragraph with { Runs = runs, Bullet = false, Indented = paragraph.Hangs, SpaceBeforeEm = 0 };
        }
    }

    private int LinesPerBox(TextParagraph paragraph, Rect box, double sizePt) =>
        Math.Max(1, (int)Math.Floor(Inner(box.Height, InsetY) / LineHeight(paragraph, sizePt)));

    /// <summary>The paragraph's text from <paramref name="start"/> to <paramref name="end"/>, its runs' formatting kept; marked as continued when it does not start the paragraph.</summary>
    private static TextParagraph Slice(TextParagraph paragraph, int start, int end, TextRun? continued)
    {
        var runs = new List<TextRun>();
        var at = 0;
        foreach (var run in paragraph.Runs)
        {
            var (from, to) = (Math.Max(start, at), Math.Min(end, at + run.Text.Length));
            if (from < to)
                Add(runs, run with { Text = run.Text[(from - at)..(to - at)] });
            at += run.Text.Length;
        }
        if (runs.Count > 0)
            runs[^1] = runs[^1] with { Text = runs[^1].Text.TrimEnd(' ', '\n') };
        return start == 0 || continued is null ? paragraph with { Runs = runs } : Continued(paragraph, runs, continued);
    }

    /// <summary>A piece that continues <paramref name="paragraph"/>: the mark first, no bullet, hanging where the paragraph's text does, no space before.</summary>
    private static TextParagraph Continued(TextParagraph paragraph, IReadOnlyList<TextRun> runs, TextRun mark) =>
        paragraph with { Runs = [mark with { Text = mark.Text + " " }, .. runs], Bullet = false, Indented = paragraph.Hangs, SpaceBeforeEm = 0 };

    /// <summary>Adds a run, joined to the last one when it has the same weight, colour and font.</summary>
    private static void Add(List<TextRun> runs, TextRun run)
    {
        if (runs.Count > 0 && runs[^1].Bold == run.Bold && runs[^1].Color == run.Color && runs[^1].Font == run.Font)
            runs[^1] = runs[^1] with { Text = runs[^1].Text + run.Text };
        else
            runs.Add(run);
    }

    /// <summary>Where a piece may end: after a sentence's closing mark followed by white space, before a typed line break, and at the end.</summary>
    private static List<int> SentenceEnds(string text)
    {
        var ends = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && i > 0)
                ends.Add(i);
            else if (text[i] is '.' or '!' or '?' or '…' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
                ends.Add(i + 1);
        }
        ends.Add(text.Length);
        return ends;
    }

    /// <summary>Where the next piece starts: past the white space (and the line break) after an end.</summary>
    private static int NextStart(string text, int end)
    {
        while (end < text.Length && char.IsWhiteSpace(text[end]))
            end++;
        return end;
    }
}
