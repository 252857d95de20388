using HalenBrengen.Core;
using HalenBrengen.Layout.Style;

namespace HalenBrengen.Layout;

/// <summary>
/// Everything a planner is given besides what it plans: the look (colours, fonts, logo), the page and its
/// grid, the type scale, the words and the language. Passed to every planner and kit function as an
/// argument, never reached for (CONVENTIONS, second round, move 1), and recorded in the plan it makes, so a
/// plan says by itself how it was measured and what the writer must draw.
/// </summary>
/// <param name="Kind">What is planned: who reads it, and where (projected, at arm's length, on a wall).</param>
public sealed record PlanContext(PlanKind Kind, Look Look, Page Page, TypeScale Scale, Language Language)
{
    /// <summary>The session deck projected in the room, on 16:9 slides.</summary>
    public static PlanContext Session(Look look, Language language) => new(PlanKind.Session, look, Page.Slide(look), TypeScale.Session, language);

    /// <summary>The facilitator's briefing, on 16:9 slides, read at arm's length.</summary>
    public static PlanContext Briefing(Look look, Language language) => new(PlanKind.Briefing, look, Page.A4(look), TypeScale.Briefing, language);

    /// <summary>The report of what the session agreed, on 16:9 slides, read on a screen or printed to take home.</summary>
    public static PlanContext Report(Look look, Language language) => new(PlanKind.Report, look, Page.Slide(look), TypeScale.Briefing, language);

    /// <summary>The A0 posters, in the look's printed variant (<see cref="Look.Print"/>).</summary>
    public static PlanContext Poster(Look look, Language language) => new(PlanKind.Poster, look.Print, Page.A0(look.Print), TypeScale.Poster, language);

    /// <summary>How text is measured in this look.</summary>
    public TextLayout Text => Look.Text;

    public Palette Colours => Look.Palette;

    /// <summary>Every fixed text in this context's language.</summary>
    public Words Words => Words.For(Language);

    /// <summary>The BCP 47 tag every run is marked with (<c>nl-NL</c>, <c>en-GB</c>).</summary>
    public string LanguageTag => Dates.Tag(Language);

    /// <summary>Native tables: on-fill text on the accent header, ink on the background and light bands, thin borders.</summary>
    public TableStyle Table => new(Colours.Accent, Colours.OnFill, Colours.Background, Colours.Light, Colours.Ink, Colours.Border, TableStyle.HairLine);

    /// <summary>The master every file of this context is written with: its placeholders on this page, its text styles at this scale.</summary>
    public MasterPlan Master => MasterPlan.Of(Page, Scale, Colours);

    /// <summary>Every slide with the logo drawn on it last, in its box, when the look has one.</summary>
    public IReadOnlyList<SlidePlan> WithLogo(IReadOnlyList<SlidePlan> slides) =>
        Look.Logo is { } logo && Page.Logo is { } at
            ? slides.Select(s => s with { Elements = [.. s.Elements, new PictureElement(at, logo.Image, Words.Shapes.Logo)] }).ToList()
            : slides;

    /// <summary>
    /// A whole file: its slides (the logo added, characters the look's fonts lack put in a fallback font) on
    /// this context's page, in its look, with its master.
    /// </summary>
    public PresentationPlan Presentation(string title, IReadOnlyList<SlidePlan> slides) =>
        new(title, "HalenBrengen.Office", LanguageTag, Page.Width, Page.Height, WithLogo(slides.Select(s => Fonts.Fallback.Apply(s, Text)).ToList())) { Context = this };
}

/// <summary>What a plan is: the session deck the room sees, the facilitator's briefing, or an A0 poster.</summary>
public enum PlanKind { Session, Briefing, Poster, Report }

/// <summary>
/// The slide master, its layouts and the notes master of a file, as the writer draws them: where the title
/// placeholders are, the sizes of the master's title and body text, and the notes page. A facilitator who
/// adds a slide in PowerPoint gets these.
/// </summary>
/// <param name="TitleBox">The title placeholder of the master and of the content layout.</param>
/// <param name="TitleSlideTitleBox">The title placeholder of the title slide's layout.</param>
public sealed record MasterPlan(Rect TitleBox, Rect TitleSlideTitleBox, double TitleSizePt, double BodySizePt, NotesPage Notes)
{
    /// <summary>The master's background colour.</summary>
    public required string Background { get; init; }

    /// <summary>The colour of the master's title text style, and of its body and other text styles.</summary>
    public required string TitleColor { get; init; }

    public required string BodyColor { get; init; }

    /// <summary>The master of a page at a type scale, in a palette: titles in its accent, text in its ink, on its background.</summary>
    public static MasterPlan Of(Page page, TypeScale scale, Palette colours) =>
        new(page.TitleBox, page.TitleSlideTitleBox, scale.TitleMax, scale.BodyMax, NotesPage.Portrait)
        {
            Background = colours.Background, TitleColor = colours.Accent, BodyColor = colours.Ink,
        };
}

/// <summary>The notes page: its size and the boxes of the slide image and the notes (PowerPoint's default portrait notes page).</summary>
public sealed record NotesPage(Emu Width, Emu Height, Rect SlideImage, Rect Body)
{
    public static readonly NotesPage Portrait = new(new Emu(6_858_000), new Emu(9_144_000),
        new Rect(Emu.FromMm(20), Emu.FromMm(20), Emu.FromMm(150), Emu.FromMm(85)), new Rect(Emu.FromMm(20), Emu.FromMm(115), Emu.FromMm(150), Emu.FromMm(130)));
}
