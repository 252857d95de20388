using System.Text.RegularExpressions;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Posters;

/// <summary>
/// A partner's tile on a map poster: a name bar (at least 36 pt) over its panel (on the combined map:
/// <see cref="MapTile"/>); on the work sheet the panel is two empty, labelled fields to write in.
/// </summary>
internal static partial class PosterTile
{
    /// <summary>A name's words shorter than this go with a neighbour onto its line ("Boomgaard 03", "De Boomgaard").</summary>
    public const int ShortWord = 4;

    /// <summary>A name this close to its bar's width is broken evenly as if it were wider.</summary>
    private const double NearlyFull = 0.9;

    /// <summary>
    /// A name as it may break: a short last word (a number) bound to the word before it, any other short word to
    /// the word after it, with a no-break space (U+00A0, which <see cref="TextLayout"/> and PowerPoint never break
    /// at): a name that wraps never leaves "02" or "De" alone on a line.
    /// </summary>
    public static string Bound(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
            return name;
        var text = new System.Text.StringBuilder(words[0]);
        for (var i = 1; i < words.Length; i++)
        {
            var bind = words[i - 1].Length < ShortWord || (i == words.Length - 1 && words[i].Length < ShortWord);
            text.Append(bind ? '\u00A0' : ' ').Append(words[i]);
        }
        return text.ToString();
    }

    /// <summary>
    /// A name that takes more than one line at <paramref name="size"/> in <paramref name="widthPt"/>, broken into
    /// lines as even as the same number of lines allows ("Bewonersvereniging / Hoge Akkers", not "… Hoge / Akkers"),
    /// each line's words bound with no-break spaces so the renderer breaks it there and nowhere else.
    /// </summary>
    public static string Balanced(PlanContext c, string name, double widthPt, double size)
    {
        var bound = Bound(name);
        var full = c.Text.LineCount(Of(bound), widthPt, size);
        // A name that only just holds its lines as measured may wrap once more where a renderer sets it a little
        // wider: it gets the even break of the narrower line, unless that takes more lines than the bar holds.
        foreach (var width in new[] { widthPt * NearlyFull, widthPt })
            if (Even(c, bound, width, size) is { } even && c.Text.LineCount(Of(even), widthPt, size) <= full)
                return even;
        return bound;
    }

    private static TextParagraph Of(string name) => new([new TextRun(name, true)], SpaceBeforeEm: 0);

    /// <summary>The bound name in as many lines as it takes at this width, as even as they allow, each line's words bound; null for one line or a word broken at this width.</summary>
    private static string? Even(PlanContext c, string bound, double widthPt, double size)
    {
        var lines = c.Text.LineCount(Of(bound), widthPt, size);
        if (lines < 2)
            return null;
        // Whole words only: a line narrower than the longest word breaks it by characters, in as few lines.
        bool Holds(double width) => c.Text.Wrap(Of(bound), width, size) is var wrapped && wrapped.Count == lines && string.Join(' ', wrapped) == bound;
        if (!Holds(widthPt))
            return null;
        var high = BalancedLines.Narrowest(widthPt / lines, widthPt, Holds);
        return string.Join(' ', c.Text.Wrap(Of(bound), high, size).Select(l => l.Replace(' ', '\u00A0')));
    }

    /// <summary>
    /// One name bar for a set of posters, whichever of these names it carries: one line from 48 (or <paramref name="atMost"/>)
    /// down to 36 pt (never below <paramref name="atLeast"/>) when every name holds one, else as many lines as the longest
    /// name takes; every poster's words then start at the same height (a longer name took a partner a tenth of its room, two readers).
    /// </summary>
    /// <param name="atMost">The largest size to try; a name set on more lines than one is set at it (a partner's own poster: its title, a clear step up).</param>
    public static (Emu Height, double Size) NameBar(PlanContext c, IReadOnlyList<string> names, Emu width, double atLeast = PosterSheet.NameMin, double? atMost = null)
    {
        var paragraphs = names.Select(n => new TextParagraph([new TextRun(Bound(n), true)], SpaceBeforeEm: 0)).ToList();
        var inner = TextLayout.Inner(width, TextLayout.InsetX);
        var smallest = Math.Max(PosterSheet.NameMin, atLeast);
        var largest = Math.Max(atMost ?? PosterSheet.NameMax, smallest);
        if (Sizes.Largest(largest, smallest, size => paragraphs.All(p => c.Text.LineCount(p, inner, size) == 1), stepPt: 2) is { } size)
            return (Bar(c, 1, size), size);
        var lines = atMost is null ? smallest : largest;
        return (Bar(c, paragraphs.Select(p => c.Text.LineCount(p, inner, lines)).DefaultIfEmpty(1).Max(), lines), lines);
    }

    /// <summary>
    /// One name bar for every tile of a map: the largest size from 48 down to 36 pt (or from
    /// <paramref name="atLeast"/>, when the words under the names are large) at which every name takes one
    /// line, else that smallest size with as many lines as the longest name needs. Every partner's name at
    /// the same size, every tile's body starting at the same height.
    /// </summary>
    /// <summary>
    /// "€ 15.000" kept on one line: the space after a euro sign before a number becomes a no-break space
    /// (U+00A0, which <see cref="TextLayout"/> and PowerPoint never break at); the partner's text otherwise as written.
    /// </summary>
    public static TextParagraph Amounts(TextParagraph paragraph) =>
        paragraph with { Runs = [.. paragraph.Runs.Select(r => r with { Text = EuroSpace().Replace(r.Text, "€\u00A0") })] };

    [GeneratedRegex(@"€ (?=[0-9])")]
    private static partial Regex EuroSpace();

    public static (Emu Height, double Size) SharedNameBar(PlanContext c, IEnumerable<string> names, Emu width, double atLeast = PosterSheet.NameMin)
    {
        // The bar's inset grows with the name's size (a poster's inset), so the width a line has does too.
        double Inner(double size) => TextLayout.Inner(width, PosterSheet.Inset(size));
        var all = names.Select(n => new TextParagraph([new TextRun(Bound(n), true)], SpaceBeforeEm: 0)).ToList();
        var smallest = Math.Max(PosterSheet.NameMin, atLeast);
        if (all.Count == 0)
            return (SharedBar(c, 1, smallest), smallest);
        if (Sizes.Largest(Math.Max(PosterSheet.NameMax, smallest), smallest, size => all.All(p => c.Text.LineCount(p, Inner(size), size) == 1), stepPt: 2) is { } size)
            return (SharedBar(c, 1, size), size);
        return (SharedBar(c, all.Max(p => c.Text.LineCount(p, Inner(smallest), smallest)), smallest), smallest);
    }

    private static Emu Bar(PlanContext c, int lines, double size) =>
        Emu.FromPt(lines * c.Text.LineHeight(size)) + TextLayout.InsetY + TextLayout.InsetY + Emu.FromPt(4);

    /// <summary>A map's name bar: its lines with a poster's inset above and below.</summary>
    private static Emu SharedBar(PlanContext c, int lines, double size) =>
        Emu.FromPt(lines * c.Text.LineHeight(size)) + PosterSheet.Inset(size) + PosterSheet.Inset(size) + Emu.FromPt(4);

    public static Rect Below(Rect cell, Emu bar) => cell with { Y = cell.Y + bar, Height = cell.Height - bar };

    /// <summary>
    /// A work sheet's two fields in the panel under a name: side by side where each half is still wide enough
    /// for two notes (the fields are then as tall as the panel), else one over the other; equal halves either way,
    /// <see cref="PosterSheet.FieldGutter"/> apart.
    /// </summary>
    public static (Rect Halen, Rect Brengen) Fields(Rect panel)
    {
        var gutter = PosterSheet.FieldGutter;
        if (panel.Width >= PosterSheet.FieldMin * 2 + gutter)
        {
            var left = panel with { Width = (panel.Width - gutter) / 2 };
            return (left, panel with { X = left.Right + gutter, Width = left.Width });
        }
        var top = panel with { Height = (panel.Height - gutter) / 2 };
        return (top, panel with { Y = top.Bottom + gutter, Height = top.Height });
    }

    /// <summary>
    /// An item taller than a whole tile cannot stay whole on a combined map: it is shortened to what fits,
    /// and says that all of it stands on the partner's own poster.
    /// </summary>
    public static TextParagraph Shortened(PlanContext c, TextParagraph paragraph, Rect box, double size, string ownPoster, int? most = null)
    {
        var marker = new TextRun(" (" + ownPoster + ")", false, c.Colours.Muted);
        TextParagraph Cut(int chars)
        {
            var runs = new List<TextRun>();
            var left = chars;
            foreach (var run in paragraph.Runs)
            {
                if (left <= 0) break;
                runs.Add(run.Text.Length <= left ? run : run with { Text = Items.Shorten(run.Text, left) });
                left -= run.Text.Length;
            }
            return paragraph with { Runs = [.. runs, marker] };
        }
        int low = 1, high = Math.Min(paragraph.Text.Length, most ?? int.MaxValue);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (c.Text.Fits([Cut(middle)], box, size)) low = middle; else high = middle - 1;
        }
        return Cut(low);
    }

    /// <summary>A partner's name in its bar across the top of its tile, white on the accent colour.</summary>
    public static TextElement NameBarElement(PlanContext c, string name, Rect cell, (Emu Height, double Size) bar) =>
        new(cell with { Height = bar.Height }, [new TextParagraph([new TextRun(Balanced(c, name, TextLayout.Inner(cell.Width, PosterSheet.Inset(bar.Size)), bar.Size), true, c.Colours.OnFill)], SpaceBeforeEm: 0)],
            bar.Size, c.Colours.OnFill, c.Colours.Accent, Anchor.Middle, Name: name, Margin: PosterSheet.Inset(bar.Size));

    /// <summary>A work sheet's tile: the name bar over two empty, labelled fields to write in.</summary>
    public static IEnumerable<SlideElement> Fields(PlanContext c, string name, Rect cell, PosterTexts t, (Emu Height, double Size) bar)
    {
        yield return NameBarElement(c, name, cell, bar);
        var (halen, brengen) = Fields(Below(cell, bar.Height));
        // The label, and under it, plain, what goes on the field.
        IReadOnlyList<TextParagraph> Label(string text, string hint, string color) =>
            // The hint at the centre's prompt size, on one line: at the label's size it took two lines of the notes' room (two fresh readers).
            [new TextParagraph([new TextRun(text, true, color)], SpaceBeforeEm: 0), new TextParagraph([new TextRun(hint, false, c.Colours.Ink)], SpaceBeforeEm: 0, SizePt: PosterSheet.PromptMin)];
        var inset = PosterSheet.Inset(PosterSheet.FieldLabel);
        yield return new TextElement(halen, Label(t.Gets, t.FieldGetsHint, c.Colours.Halen), PosterSheet.FieldLabel, c.Colours.Ink, c.Colours.HalenLight, Name: c.Words.Shapes.TileHalen.Fill(name), Margin: inset);
        yield return new TextElement(brengen, Label(t.Brings, t.FieldBringsHint, c.Colours.Brengen), PosterSheet.FieldLabel,
            c.Colours.Ink, c.Colours.BrengenLight, Name: c.Words.Shapes.TileBrengen.Fill(name), Margin: inset);
    }
}
