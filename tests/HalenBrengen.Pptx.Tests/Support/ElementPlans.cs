using HalenBrengen.Layout;
using HalenBrengen.Layout.Style;
using Picture = HalenBrengen.Layout.Style.Picture;

namespace HalenBrengen.Pptx.Tests.Support;

/// <summary>
/// Small plans written by hand, one element of each kind the writer knows, in the house look: what the
/// writer's golden files and read-back tests are made from. Not made by the planners, so a design change
/// in Layout changes none of them; every size, colour and box here is the writer's input, nothing else.
/// </summary>
public static class ElementPlans
{
    private static readonly Palette Colours = Look.House.Palette;

    public static MasterPlan Master => MasterPlan.Of(Page.Slide(Look.House), TypeScale.Session, Colours);

    public static PresentationPlan Deck(IReadOnlyList<SlidePlan> slides, string language = "nl-NL") =>
        new("Proef", "HalenBrengen", language, Page.SlideWidth, Page.SlideHeight, slides) { Context = PlanContext.Session(Look.House, HalenBrengen.Core.Language.Nl) };

    /// <summary>One content slide without a title, drawing <paramref name="elements"/>, with <paramref name="notes"/>.</summary>
    public static PresentationPlan Of(IReadOnlyList<SlideElement> elements, string notes = "") =>
        Deck([new SlidePlan(SlideLayoutKind.Inhoud, null, elements, notes)]);

    /// <summary>A content slide's title, in the title placeholder, bold in the accent colour.</summary>
    public static TextElement Title => new(Rect.Mm(12, 7, 310, 30), [new TextParagraph([new TextRun("Wat we halen en brengen", true, Colours.Accent)], SpaceBeforeEm: 0)],
        36, Colours.Accent, Anchor: Anchor.Bottom, Name: "Titel") { ShrinkOnOverflow = true };

    /// <summary>A text box: no fill, two paragraphs (the second with space before it), runs of their own weight and colour, centred in the middle.</summary>
    public static TextElement TextBox => new(Rect.Mm(20, 45, 150, 30),
        [
            new TextParagraph([new TextRun("Samen ", true), new TextRun("halen", true, Colours.Halen), new TextRun(" en brengen.")], SpaceBeforeEm: 0),
            new TextParagraph("Een tweede alinea, iets lager."),
        ], 20, Colours.Ink, Anchor: Anchor.Middle, Align: TextAlign.Center, Name: "Tekst");

    /// <summary>
    /// A bulleted list: an item long enough to wrap (its second line hangs under its text), its detail smaller
    /// and indented under it without a bullet, an item with a typed line break and an emoji in its fallback
    /// font, the piece of an item continued from the page before, a paragraph without a bullet.
    /// </summary>
    public static TextElement BulletedList => new(Rect.Mm(20, 40, 200, 60),
        [
            new TextParagraph("Een punt dat zo lang is dat het op de dia over twee regels doorloopt, zodat de tweede regel onder de tekst hangt", bullet: true),
            new TextParagraph([new TextRun("Met een toelichting, kleiner", false, Colours.Muted)], Indented: true, SizePt: 18, SpaceBeforeEm: 0.1),
            new TextParagraph([new TextRun("Regel één\nregel twee, getypt in één cel "), new TextRun("🙂", Font: "Segoe UI Emoji")], Bullet: true),
            new TextParagraph([new TextRun("(vervolg) ", false, Colours.Muted), new TextRun("de rest van een punt dat langer was dan een dia.")], Indented: true, SpaceBeforeEm: 0),
            new TextParagraph("Zonder opsommingsteken"),
        ], 22, Colours.Ink, Name: "Lijst");

    /// <summary>A native table: a header and two rows (the second banded), two columns.</summary>
    public static TableElement Table => new(Rect.Mm(20, 40, 200, 30), [Emu.FromMm(80), Emu.FromMm(120)], ["Partij", "Nodig voor"],
        [["Gemeente", "Budget"], ["School", "Bereik 🙂"]], [Emu.FromMm(10), Emu.FromMm(10), Emu.FromMm(10)], 18,
        PlanContext.Session(Look.House, HalenBrengen.Core.Language.Nl).Table, "Tabel")
    {
        Fallbacks = new Dictionary<string, IReadOnlyList<TextRun>> { ["Bereik 🙂"] = [new TextRun("Bereik "), new TextRun("🙂", Font: "Segoe UI Emoji")] },
    };

    /// <summary>A bar chart of two series over two categories.</summary>
    public static ChartElement Chart => new(Rect.Mm(20, 40, 200, 100), "Balans", ["Gemeente", "School"],
        [new ChartSeries("Halen", Colours.Halen, [4, 2]), new ChartSeries("Brengen", Colours.Brengen, [3, 5])], 14, Colours.Ink, "Balans");

    /// <summary>A partner's tile: a name bar (bold on the accent fill, centred) over a light panel with a halen and a brengen line.</summary>
    public static IReadOnlyList<SlideElement> Tile =>
    [
        new TextElement(Rect.Mm(20, 40, 80, 12), [new TextParagraph([new TextRun("Gemeente Proefstad", true)], SpaceBeforeEm: 0)], 16, Colours.OnFill, Colours.Accent,
            Anchor.Middle, TextAlign.Center, "Gemeente Proefstad"),
        new TextElement(Rect.Mm(20, 52, 80, 30),
            [
                new TextParagraph([new TextRun("Halen: ", true, Colours.Halen), new TextRun("signalen van huurachterstand")], SpaceBeforeEm: 0),
                new TextParagraph([new TextRun("Brengen: ", true, Colours.Brengen), new TextRun("budget voor de wijkaanpak")]),
            ], 14, Colours.Ink, Colours.Light, Name: "Gemeente Proefstad inhoud"),
    ];

    /// <summary>A number in a circle (tight: no insets, no wrapping) and a rounded chip with an outline, in the heading font.</summary>
    public static IReadOnlyList<SlideElement> Badges =>
    [
        new TextElement(Rect.Mm(30, 140, 20, 20), [new TextParagraph([new TextRun("7", true)], SpaceBeforeEm: 0)], 21, Colours.OnFill, Colours.Accent,
            Anchor.Middle, TextAlign.Center, "Knoop", Geometry.Ellipse, Tight: true),
        new TextElement(Rect.Mm(120, 60, 80, 20), [new TextParagraph([new TextRun("thema", true)], SpaceBeforeEm: 0)], 26, Colours.Accent, Colours.Light,
            Anchor.Middle, TextAlign.Right, "Chip", Geometry.RoundedRectangle, new Outline(Colours.Rule, Emu.FromPt(2)), Heading: true),
    ];

    /// <summary>A line that rises from left to right: its box is flipped vertically.</summary>
    public static LineElement Connector => new(new Point(Emu.FromMm(40), Emu.FromMm(150)), new Point(Emu.FromMm(200), Emu.FromMm(40)), Emu.FromPt(4.5), Colours.Rule, "Lijn");

    /// <summary>The logo, in the top right corner.</summary>
    public static PictureElement Picture => new(Rect.Mm(300, 5, 27, 9), new Picture(Png.Logo(), "image/png"), "Logo");

    /// <summary>Notes of three lines, the middle one empty.</summary>
    public const string Notes = "Vraag wie iets herkent.\n\nNoteer wat ontbreekt.";

    /// <summary>Every kind together, on a title slide and content slides, each with notes.</summary>
    public static PresentationPlan EveryKind(string language = "nl-NL") => Deck(
    [
        new SlidePlan(SlideLayoutKind.Titel, Title with { Box = Page.Slide(Look.House).TitleSlideTitleBox }, [TextBox, Picture], Notes),
        new SlidePlan(SlideLayoutKind.Inhoud, Title, [BulletedList, Picture], "Lees de lijst voor."),
        new SlidePlan(SlideLayoutKind.Inhoud, Title, [Table, Picture], "Tabel\r\nmet een regeleinde van Windows."),
        new SlidePlan(SlideLayoutKind.Inhoud, Title, [Chart], ""),
        new SlidePlan(SlideLayoutKind.Inhoud, null, [.. Tile, .. Badges, Connector], "Vormen."),
    ], language);
}
