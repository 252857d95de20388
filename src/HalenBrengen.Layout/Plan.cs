namespace HalenBrengen.Layout;

/// <summary>
/// A slide as plain data: every box, font size and line already decided, so writers only turn it
/// into XML (CONVENTIONS rule 2) and fitting can be tested without XML.
/// </summary>
public sealed record SlidePlan(SlideLayoutKind Layout, string Title, IReadOnlyList<SlideElement> Elements, string Notes);

/// <summary>The slide layouts of the master, found by name in the writer.</summary>
public enum SlideLayoutKind { Titel, Inhoud }

public abstract record SlideElement(Rect Box);

public enum Anchor { Top, Middle, Bottom }

/// <summary>A text box: paragraphs at one font size, optionally on a coloured fill.</summary>
public sealed record TextElement(
    Rect Box,
    IReadOnlyList<TextParagraph> Paragraphs,
    double FontSizePt,
    string TextColor,
    string? Fill = null,
    Anchor Anchor = Anchor.Top,
    bool Centered = false,
    string? Name = null) : SlideElement(Box);

/// <summary>A native table: header row, data rows, column widths; every cell's text at one font size.</summary>
public sealed record TableElement(
    Rect Box,
    IReadOnlyList<Emu> ColumnWidths,
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<Emu> RowHeights,
    double FontSizePt,
    string? Name = null) : SlideElement(Box);

/// <summary>A native clustered bar chart with its data, which PowerPoint opens with "Edit Data".</summary>
public sealed record ChartElement(
    Rect Box,
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string? Name = null) : SlideElement(Box);

public sealed record ChartSeries(string Name, string Color, IReadOnlyList<double> Values);

/// <summary>The whole deck, and the text every slide's footer carries.</summary>
public sealed record DeckPlan(string Title, string Author, IReadOnlyList<SlidePlan> Slides);
