namespace HalenBrengen.Layout;

/// <summary>
/// A presentation as plain data: page size, language and every slide with every box, font size, colour
/// and line already decided, so the writer only turns it into XML (CONVENTIONS rule 2) and fitting can be
/// tested without XML. The session deck, the briefing and every poster (each A0 sheet a slide) are one of these.
/// </summary>
/// <param name="LanguageTag">The BCP 47 tag every run is marked with (<c>nl-NL</c>, <c>en-GB</c>).</param>
public sealed record PresentationPlan(string Title, string Author, string LanguageTag, Emu Width, Emu Height, IReadOnlyList<SlidePlan> Slides)
{
    /// <summary>What the plan was made in: its kind, look, page, type scale and language. Design rules check the plan against it.</summary>
    public required PlanContext Context { get; init; }

    /// <summary>The look the plan was made in: the writer takes theme, colours, fonts and logo from it, and text was measured in it (<see cref="Style.Look.Text"/>).</summary>
    public Style.Look Look => Context.Look;

    /// <summary>The master, its layouts and the notes page, as the writer draws them.</summary>
    public MasterPlan Master => Context.Master;

    /// <summary>
    /// Where a session held as two meetings starts its second: the first slide of the second meeting's own file. Null for one
    /// meeting, and for every other plan. The design rules hold the whole session; each meeting is written as a file of its own.
    /// </summary>
    public int? SecondMeetingFrom { get; init; }

    /// <summary>
    /// The files this plan is written as: itself, or, for a session of two meetings, one per meeting (readers: a facilitator
    /// opens the second meeting's file on its day, not slide 31 of the first's).
    /// </summary>
    public IReadOnlyList<PresentationPlan> Files => SecondMeetingFrom is { } from
        ? [this with { Slides = Slides.Take(from).ToList(), SecondMeetingFrom = null }, this with { Slides = Slides.Skip(from).ToList(), SecondMeetingFrom = null }]
        : [this];
}

/// <summary>
/// One slide: its layout, its title (written into the layout's title placeholder, at the box and size
/// planned here), its other elements in drawing order, and the facilitator's speaker notes.
/// </summary>
public sealed record SlidePlan(SlideLayoutKind Layout, TextElement? Title, IReadOnlyList<SlideElement> Elements, string Notes)
{
    /// <summary>A slide the slide show passes over, shown only when the presenter goes to it by its number (19.3.1.38 sld, show="0"): a reserve.</summary>
    public bool Hidden { get; init; }

    /// <summary>
    /// This slide's own solid background (19.3.1.1 bg) over the master's, or null for the master's: the accent behind what the
    /// whole room is asked or told at once, so the room sees the turn from listening to working together.
    /// </summary>
    public string? Background { get; init; }

    public string TitleText => Title is null ? "" : string.Join("\n", Title.Paragraphs.Select(p => p.Text));

    /// <summary>The title first, then the elements: everything drawn on the slide, in order.</summary>
    public IEnumerable<SlideElement> Drawn => Title is null ? Elements : Elements.Prepend(Title);
}

/// <summary>The slide layouts of the master, found by name in the writer.</summary>
public enum SlideLayoutKind { Titel, Inhoud }

public abstract record SlideElement(Rect Box);

public enum Anchor { Top, Middle, Bottom }

public enum TextAlign { Left, Center, Right }

/// <summary>The preset geometry of a shape (ECMA-376 Part 1, 20.1.9.18 prstGeom).</summary>
public enum Geometry { Rectangle, RoundedRectangle, Ellipse }

/// <summary>A shape's outline: its colour and width (ECMA-376 Part 1, 20.1.2.2.24 ln).</summary>
public sealed record Outline(string Color, Emu Width);

/// <summary>
/// A text box, or a shape carrying text: paragraphs at one font size on an optional fill, outline and
/// geometry. An empty paragraph list draws the shape alone. A <paramref name="Tight"/> box has no inner
/// margins and does not wrap: a short label (a number in a circle) centred on its shape. A
/// <paramref name="Heading"/> is set in the look's heading font (every text is measured for both fonts). A
/// <paramref name="Margin"/> replaces the slide-sized inner margins, each way (an A0 poster's boxes need more). A
/// <paramref name="Slide"/> (1 the file's first) is shown by a click anywhere on the shape in the slide show, its text unstyled.
/// </summary>
public sealed record TextElement(
    Rect Box,
    IReadOnlyList<TextParagraph> Paragraphs,
    double FontSizePt,
    string TextColor,
    string? Fill = null,
    Anchor Anchor = Anchor.Top,
    TextAlign Align = TextAlign.Left,
    string? Name = null,
    Geometry Geometry = Geometry.Rectangle,
    Outline? Outline = null,
    bool Tight = false,
    bool Heading = false,
    Emu? Margin = null,
    int? Slide = null) : SlideElement(Box)
{
    /// <summary>The inner margins of the box (ECMA-376 Part 1, 20.1.2.1.1 bodyPr lIns/tIns): none for a tight label.</summary>
    public Emu InsetX => Tight ? new Emu(0) : Margin ?? TextLayout.InsetX;

    public Emu InsetY => Tight ? new Emu(0) : Margin ?? TextLayout.InsetY;

    /// <summary>
    /// A place for words typed later (the front page's headline): its words fit as planned, and what a person types over them
    /// beyond the box is shrunk to it by PowerPoint and LibreOffice as they type (21.1.2.1.3 normAutofit), not run out of it.
    /// </summary>
    public bool ShrinkOnOverflow { get; init; }

    /// <summary>How far a bullet paragraph's text is indented, its bullet hanging in that room (21.1.2.2.7 pPr marL, indent).</summary>
    public Emu BulletIndent => Emu.FromPt(TextLayout.BulletIndentEm * FontSizePt);
}

/// <summary>The colours of a native table: header row, body rows (banded), and its cell borders' colour and width.</summary>
public sealed record TableStyle(string HeaderFill, string HeaderText, string BodyFill, string BandFill, string BodyText, string Border, Emu BorderWidth)
{
    /// <summary>Half a point: borders that separate cells without drawing attention.</summary>
    public static readonly Emu HairLine = new(6350);
}

/// <summary>
/// A native table: header row, data rows, column widths, every row's height; header and body at one font
/// size (a header is never smaller than the text under it), the header bold.
/// </summary>
public sealed record TableElement(
    Rect Box,
    IReadOnlyList<Emu> ColumnWidths,
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<Emu> RowHeights,
    double FontSizePt,
    TableStyle Style,
    string? Name = null) : SlideElement(Box)
{
    /// <summary>Every cell's inner margins, as a text box's (21.1.3.17 tcPr marL/marT).</summary>
    public Emu CellInsetX => TextLayout.InsetX;

    public Emu CellInsetY => TextLayout.InsetY;

    /// <summary>Whether every cell's text stands in the middle of its height (a worksheet's tall rows), not at its top.</summary>
    public bool Centred { get; init; }

    /// <summary>Row <paramref name="row"/>'s fill, 0 being the header: the header's, then the body's and the band's by turns.</summary>
    public string FillOf(int row) => row == 0 ? Style.HeaderFill : row % 2 == 0 ? Style.BandFill : Style.BodyFill;

    /// <summary>Body cells with a fill of their own, by row (1 the first body row) and column: a heat map's shades.</summary>
    public IReadOnlyDictionary<(int Row, int Column), string> CellFills { get; init; } = new Dictionary<(int Row, int Column), string>();

    /// <summary>The fill of the cell in row <paramref name="row"/> (0 the header) and column <paramref name="column"/>: its own, else its row's.</summary>
    public string FillOf(int row, int column) => CellFills.TryGetValue((row, column), out var fill) ? fill : FillOf(row);

    /// <summary>Row <paramref name="row"/>'s text colour, 0 being the header.</summary>
    public string TextColorOf(int row) => row == 0 ? Style.HeaderText : Style.BodyText;

    /// <summary>Body cells whose text has a colour of its own, by row and column as <see cref="CellFills"/>: a heat map's cell on the accent.</summary>
    public IReadOnlyDictionary<(int Row, int Column), string> CellTexts { get; init; } = new Dictionary<(int Row, int Column), string>();

    /// <summary>The text colour of the cell in row <paramref name="row"/> (0 the header) and column <paramref name="column"/>: its own, else its row's.</summary>
    public string TextColorOf(int row, int column) => CellTexts.TryGetValue((row, column), out var colour) ? colour : TextColorOf(row);

    /// <summary>Whether row <paramref name="row"/>'s text is bold: the header's is.</summary>
    public bool IsBold(int row) => row == 0;

    /// <summary>
    /// The cells holding a character the look's fonts lack, by their text: the runs they are written in, the
    /// fallback font on those characters (<see cref="Fonts.Fallback"/>; the plan finds them when it is made).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TextRun>> Fallbacks { get; init; } = new Dictionary<string, IReadOnlyList<TextRun>>();

    /// <summary>A cell of row <paramref name="row"/> as it is written: one paragraph in the row's weight, a fallback font where the look's lacks a character.</summary>
    public TextParagraph Paragraph(int row, string cell) =>
        new(Fallbacks.TryGetValue(cell, out var runs) ? runs.Select(r => r with { Bold = IsBold(row) }).ToList() : [new TextRun(cell, IsBold(row))], SpaceBeforeEm: 0);
}

/// <summary>A native clustered bar chart with its data, which PowerPoint opens with "Edit Data".</summary>
public sealed record ChartElement(
    Rect Box,
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    double FontSizePt,
    string TextColor,
    string? Name = null) : SlideElement(Box)
{
    /// <summary>The value axis' gridlines: a light grey that guides the eye without competing with the bars.</summary>
    public string GridlineColor { get; init; } = "D9DEE5";

    /// <summary>The gap between groups of bars, in percent of a bar's width (ECMA-376 Part 1, 21.2.2.75 gapWidth).</summary>
    public int BarGapPercent { get; init; } = 60;

    /// <summary>The step between the value axis' gridlines (21.2.2.102 majorUnit): the values are counts.</summary>
    public double ValueStep { get; init; } = 1;
}

public sealed record ChartSeries(string Name, string Color, IReadOnlyList<double> Values);

/// <summary>A point on a slide.</summary>
public readonly record struct Point(Emu X, Emu Y);

/// <summary>A straight line between two points (a connector shape, ECMA-376 Part 1, 19.3.1.19 cxnSp).</summary>
/// <summary>A straight line; <paramref name="Arrow"/>: an arrowhead at <paramref name="To"/> (who receives, in a "who brings what to whom").</summary>
/// <paramref name="Arrow"/>: a head at <paramref name="To"/>; <paramref name="BothWays"/>: one at <paramref name="From"/> as well.
public sealed record LineElement(Point From, Point To, Emu Weight, string Color, string? Name = null, bool Arrow = false, bool BothWays = false) : SlideElement(Rect.Spanning(From, To));

/// <summary>
/// A picture: the house style's logo, drawn on every page of every file. Its box keeps the image's aspect;
/// the planner keeps every other element clear of it (ECMA-376 Part 1, 19.3.1.37 pic).
/// </summary>
public sealed record PictureElement(Rect Box, Style.Picture Image, string Name) : SlideElement(Box);
