using HalenBrengen.Core.Model;
namespace HalenBrengen.Layout.Kit;

/// <summary>A content slide's frame: its title, planned, and the room left for the body below it.</summary>
public sealed record SlideFrame(TextElement Title, Rect Body);

/// <summary>
/// The slide grammar every planner follows: a title at the top in the title colour, as large as the
/// scale allows and always larger than the body; the body below it; continuation marked in the title.
/// </summary>
public static class Slides
{
    /// <summary>
    /// The title at the largest size of the scale that fits the title box. A title too long for two lines
    /// at the smallest size keeps that size and takes the lines it needs; the body then starts lower.
    /// </summary>
    /// <param name="sizePt">One size for the titles of a set of slides (every partner's name): the title is set at it, its box grown when it does not fit.</param>
    /// <param name="titleBox">The title's box where something shares its row (a partner's speaking time); the page's title box otherwise.</param>
    public static SlideFrame Frame(PlanContext c, string title, Rect? bodyBox = null, double? sizePt = null, Rect? titleBox = null)
    {
        var paragraph = Title(c, title);
        var box = titleBox ?? c.Page.TitleBox;
        var body = bodyBox ?? c.Page.BodyBox;
        var size = sizePt ?? c.Text.LargestFit([paragraph], box, c.Scale.TitleMax, c.Scale.TitleMin);
        if (size is { } fits && c.Text.Fits([paragraph], box, fits))
            return new SlideFrame(Element(c, box, paragraph, fits), body);
        var least = size ?? c.Scale.TitleMin;
        var needed = Emu.FromPt(c.Text.Height([paragraph], TextLayout.Inner(box.Width, TextLayout.InsetX), least)) + TextLayout.InsetY * 2 + Emu.FromPt(2);
        var grown = box with { Height = needed };
        var top = grown.Bottom + Emu.FromMm(3);
        return new SlideFrame(Element(c, grown, paragraph, least), body with { Y = top, Height = body.Bottom - top });
    }

    /// <summary>The largest title size at which every one of these titles fits the title box, or the smallest size of the scale.</summary>
    public static double SharedTitleSize(PlanContext c, IEnumerable<string> titles, Rect? titleBox = null, double? maxPt = null)
    {
        var paragraphs = titles.Select(t => Title(c, t)).ToList();
        var box = titleBox ?? c.Page.TitleBox;
        return Sizes.Largest(maxPt ?? c.Scale.TitleMax, c.Scale.TitleMin, size => paragraphs.All(p => c.Text.Fits([p], box, size))) ?? c.Scale.TitleMin;
    }

    /// <summary>A title placed in a box of the planner's choosing (a map's centre, a front page's headline).</summary>
    public static TextElement Element(PlanContext c, Rect box, TextParagraph paragraph, double size, string? color = null,
        TextAlign align = TextAlign.Left, Anchor anchor = Anchor.Middle, string? fill = null) =>
        new(box, [paragraph], size, color ?? c.Colours.Accent, fill, anchor, align, c.Words.Shapes.Title, Heading: true);

    /// <summary>A title's paragraph: bold, in the accent colour unless another is given.</summary>
    public static TextParagraph Title(PlanContext c, string text, string? color = null) => new([new TextRun(text, true, color ?? c.Colours.Accent)], SpaceBeforeEm: 0);

    /// <summary>The height of a box holding this many lines at this size, insets and a little air included.</summary>
    public static Emu Lines(PlanContext c, int lines, double size) => Emu.FromPt(lines * c.Text.LineHeight(size) + 2) + TextLayout.InsetY * 2;

    /// <summary>The height a box of this width needs for these paragraphs at this size, insets and a little air included.</summary>
    public static Emu Height(PlanContext c, IReadOnlyList<TextParagraph> paragraphs, Emu width, double size) =>
        Emu.FromPt(c.Text.Height(paragraphs, TextLayout.Inner(width, TextLayout.InsetX), size) + 2) + TextLayout.InsetY * 2;

    /// <summary>A cover's line under its title: the coalition's name and the session's date, as there are ("Wijkalliantie … · 11 maart 2027").</summary>
    public static IReadOnlyList<TextParagraph> CoalitionLine(PlanContext c, Coalition coalition)
    {
        var s = coalition.Samenwerking;
        var details = new List<string>();
        if (s.Naam is { } naam) details.Add(naam.Value);
        if (s.Datum is { } datum) details.Add(Dates.Long(datum, c.Language));
        return details.Count == 0 ? [] : [new TextParagraph([new TextRun(string.Join(" · ", details), false, c.Colours.Ink)], SpaceBeforeEm: 0)];
    }

    /// <summary>"Titel", then "Titel (vervolg)" on the pages after the first.</summary>
    public static string Continued(string title, int page, string word) => page == 0 ? title : $"{title} ({word})";

    /// <summary>
    /// A list on one slide at the largest size of the scale that fits, or over balanced continuation
    /// slides at the smallest, the title marked as continued after the first.
    /// </summary>
    public static IEnumerable<SlidePlan> List(PlanContext c, string title, IReadOnlyList<TextParagraph> paragraphs, string notes,
        string continued, string name, double? maxPt = null, Func<Rect, IEnumerable<SlideElement>>? extra = null)
    {
        var frame = Frame(c, title);
        var pages = Lists.Plan(c, frame.Body, paragraphs, maxPt ?? c.Scale.BodyMax, c.Scale.BodyMin);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = i == 0 ? frame : Frame(c, Continued(title, i, continued));
            var elements = new List<SlideElement> { new TextElement(page.Body, pages[i].Paragraphs, pages[i].Size, c.Colours.Ink, Name: name) };
            if (extra is not null) elements.AddRange(extra(page.Body));
            yield return new SlidePlan(SlideLayoutKind.Inhoud, page.Title, elements, notes);
        }
    }

    /// <summary>
    /// A slide on the accent: its background the look's accent, its words on the page in the colour text has on a fill, and what
    /// stood in a colour of its own (a label, a muted line) in the light panel colour, which has 4.5:1 or more on the accent as every
    /// strong colour has on it; boxes with a fill of their own keep their colours. Unchanged where the look has a logo, which was
    /// drawn for its own background.
    /// </summary>
    public static SlidePlan OnAccent(PlanContext c, SlidePlan slide)
    {
        if (c.Look.Logo is not null)
            return slide;
        var (on, soft) = (c.Colours.OnFill, c.Colours.Light);
        SlideElement Element(SlideElement element, bool title = false) => element switch
        {
            TextElement { Fill: null } text => text with
            {
                TextColor = on,
                Paragraphs = [.. text.Paragraphs.Select(p => p with { Runs = [.. p.Runs.Select(r => r.Color is { } colour ? r with { Color = title || colour == c.Colours.Ink ? on : soft } : r)] })],
            },
            LineElement line => line with { Color = soft },
            _ => element,
        };
        return slide with { Background = c.Colours.Accent, Title = slide.Title is { } t ? (TextElement)Element(t, title: true) : null, Elements = [.. slide.Elements.Select(e => Element(e))] };
    }

    /// <summary>A line of text in a box at the largest size from <paramref name="maxPt"/> to <paramref name="minPt"/> that fits.</summary>
    public static TextElement Line(PlanContext c, Rect box, IReadOnlyList<TextRun> runs, double maxPt, double minPt, string color, string name,
        TextAlign align = TextAlign.Left, Anchor anchor = Anchor.Middle, string? fill = null)
    {
        var paragraph = new TextParagraph(runs, SpaceBeforeEm: 0);
        var size = c.Text.LargestFit([paragraph], box, maxPt, minPt) ?? minPt;
        return new TextElement(box, [paragraph], size, color, fill, anchor, align, name);
    }
}
