using HalenBrengen.Layout;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Layout.Style;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Pptx.Tests;

public sealed class PptxWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static TextElement Title(string text) =>
        new(Page.Slide(Look.House).TitleBox, [new TextParagraph([new TextRun(text, true, Look.House.Palette.Accent)], SpaceBeforeEm: 0)], 36, Look.House.Palette.Accent, Name: "Titel");

    /// <summary>A deck with every element kind the writer knows, each with its own sizes and colours.</summary>
    internal static PresentationPlan Sample(string extra = "", string language = "nl-NL") => new("Proef", "HalenBrengen", language, Page.SlideWidth, Page.SlideHeight,
    [
        new SlidePlan(SlideLayoutKind.Titel, Title("Hier valt niemand tussen wal en schip" + extra), [], "Welkom."),
        new SlidePlan(SlideLayoutKind.Inhoud, Title("Lijst"), [
            new TextElement(Page.Slide(Look.House).BodyBox, [new TextParagraph("Eén punt", bullet: true), new TextParagraph("Regel\nmet breuk 💪 تعاون", bullet: true)], 22, Look.House.Palette.Ink, Name: "Lijst"),
        ], "Notitie\nmet twee regels."),
        new SlidePlan(SlideLayoutKind.Inhoud, Title("Tabel"), [
            new TableElement(Page.Slide(Look.House).BodyBox with { Height = Emu.FromMm(30) }, [Emu.FromMm(100), Emu.FromMm(214)], ["Partij", "Nodig voor"],
                [["Gemeente", "Budget"], ["School", "Bereik"]], [Emu.FromMm(10), Emu.FromMm(10), Emu.FromMm(10)], 19, PlanContext.Session(Look.House, HalenBrengen.Core.Language.Nl).Table),
        ], "Tabel."),
        new SlidePlan(SlideLayoutKind.Inhoud, Title("Grafiek"), [
            new ChartElement(Page.Slide(Look.House).BodyBox, "Balans", ["Gemeente", "School"],
                [new ChartSeries("Halen", Look.House.Palette.Halen, [4, 2]), new ChartSeries("Brengen", Look.House.Palette.Brengen, [3, 5])], 15, Look.House.Palette.Ink),
        ], "Grafiek."),
        new SlidePlan(SlideLayoutKind.Inhoud, null, [
            new LineElement(new Point(Emu.FromMm(200), Emu.FromMm(40)), new Point(Emu.FromMm(40), Emu.FromMm(150)), Emu.FromPt(4.5), Look.House.Palette.Rule, "Lijn"),
            new TextElement(Rect.Mm(30, 140, 20, 20), [new TextParagraph([new TextRun("7", true)], SpaceBeforeEm: 0)], 21, Look.House.Palette.OnFill, Look.House.Palette.Accent,
                Anchor.Middle, TextAlign.Center, "Knoop", Geometry.Ellipse, Tight: true),
            new TextElement(Rect.Mm(120, 60, 80, 20), [new TextParagraph([new TextRun("thema", true)], SpaceBeforeEm: 0)], 26, Look.House.Palette.Accent, Look.House.Palette.Light,
                Anchor.Middle, TextAlign.Right, "Chip", Geometry.RoundedRectangle, new Outline(Look.House.Palette.Rule, Emu.FromPt(2))),
        ], "Vormen."),
    ]) { Context = PlanContext.Session(Look.House, HalenBrengen.Core.Language.Nl) };

    [Fact]
    public void A_deck_with_every_element_kind_is_valid()
    {
        PackageChecks.AssertValid(PptxWriter.Write(Sample()));
    }

    [Fact]
    public void A_hidden_slide_is_written_with_show_0_and_stays_valid_the_others_without_it()
    {
        // The front pages kept in reserve: the slide show passes over them (19.3.1.38 sld, show), the presenter goes to one by its number.
        var sample = Sample();
        var plan = sample with { Slides = [.. sample.Slides.Select((s, i) => i == 1 ? s with { Hidden = true } : s)] };
        var package = PptxWriter.Write(plan);
        PackageChecks.AssertValid(package);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        string? Show(int n)
        {
            using var stream = zip.GetEntry($"ppt/slides/slide{n}.xml")!.Open();
            return System.Xml.Linq.XDocument.Load(stream).Root!.Attribute("show")?.Value;
        }
        Assert.Equal([null, "0", null, null, null], Enumerable.Range(1, 5).Select(Show));
    }

    [Fact]
    public void A_slide_with_a_background_of_its_own_writes_it_before_its_shapes_and_stays_valid_the_others_keep_the_master_s()
    {
        // The accent behind a question to the room (19.3.1.1 bg in the slide's cSld, before spTree); every other slide inherits.
        var sample = Sample();
        var plan = sample with { Slides = [.. sample.Slides.Select((s, i) => i == 2 ? s with { Background = "1F4E79" } : s)] };
        var package = PptxWriter.Write(plan);
        PackageChecks.AssertValid(package);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        System.Xml.Linq.XNamespace p = "http://schemas.openxmlformats.org/presentationml/2006/main", a = "http://schemas.openxmlformats.org/drawingml/2006/main";
        string? Background(int n)
        {
            using var stream = zip.GetEntry($"ppt/slides/slide{n}.xml")!.Open();
            var cSld = System.Xml.Linq.XDocument.Load(stream).Root!.Element(p + "cSld")!;
            var bg = cSld.Element(p + "bg");
            if (bg is not null)
                Assert.Same(bg, cSld.Elements().First());
            return bg?.Element(p + "bgPr")?.Element(a + "solidFill")?.Element(a + "srgbClr")?.Attribute("val")?.Value;
        }
        Assert.Equal([null, null, "1F4E79", null, null], Enumerable.Range(1, 5).Select(Background));
    }

    [Fact]
    public void Every_shape_is_written_at_its_planned_box_size_and_colours()
    {
        WrittenDeck.AssertWrittenAsPlanned(Sample(), PptxWriter.Write(Sample()));
    }

    [Fact]
    public void A_plan_with_every_element_kind_reads_back_as_planned_fonts_sizes_colours_boxes_insets_and_indents()
    {
        var plan = ElementPlans.EveryKind();
        var package = PptxWriter.Write(plan);
        PackageChecks.AssertValid(package);
        WrittenDeck.AssertWrittenAsPlanned(plan, package);
    }

    [Fact]
    public void Every_run_notes_included_is_tagged_with_the_plans_language()
    {
        var slides = WrittenDeck.Read(PptxWriter.Write(Sample(language: "en-GB")));
        Assert.All(slides.SelectMany(s => s.Runs.Concat(s.NoteRuns)), r => Assert.Equal("en-GB", r.Language));
    }

    [Fact]
    public void The_same_plan_gives_the_same_bytes()
    {
        Assert.Equal(PptxWriter.Write(Sample()), PptxWriter.Write(Sample()));
    }

    [Fact]
    public void Text_that_xml_cannot_carry_is_cleaned_before_it_is_written()
    {
        var package = PptxWriter.Write(Sample("\u0007\uD800 einde"));
        PackageChecks.AssertValid(package);
    }

    [Slow(Needs.LibreOffice)]
    [Fact]
    public void LibreOffice_opens_the_deck_with_one_page_per_slide()
    {
        var soffice = ExternalTools.RequireSoffice();
        var path = _folder.File("proef.pptx");
        File.WriteAllBytes(path, PptxWriter.Write(Sample()));
        var profile = new Uri(Path.Combine(_folder.Path, "lo")).AbsoluteUri;

        var (exit, output) = ExternalTools.Run(soffice, [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", _folder.Path, path], TimeSpan.FromMinutes(3));

        Assert.True(exit == 0, output);
        var pdf = File.ReadAllText(_folder.File("proef.pdf"), System.Text.Encoding.Latin1);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(pdf, @"/Type\s*/Page[^s]").Count);
    }
}
