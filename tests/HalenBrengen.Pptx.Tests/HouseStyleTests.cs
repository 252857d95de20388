using System.IO.Compression;
using System.Xml.Linq;
using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Posters;
using HalenBrengen.Layout.Style;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Pptx.Tests;

/// <summary>
/// House styles: what the reader takes from a template written by code (as PowerPoint lays one out) and
/// from one written by LibreOffice, and what the deck, the briefing and the posters then look like:
/// the template's colours in the theme and the shapes, its fonts, its logo on every page and clear of
/// everything else, every package valid.
/// </summary>
public sealed class HouseStyleTests : IDisposable
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly TemplateSpec Branded = new() { Logo = Png.Logo() };

    private static HouseStyle Read(byte[] template, string name = "huisstijl.potx")
    {
        var reading = HouseStyleReader.Read(template, name);
        Assert.True(reading.Style is not null, $"{name}: {reading.Problem}");
        return reading.Style;
    }

    [Fact]
    public void A_template_written_by_code_gives_its_theme_colours_fonts_background_and_logo()
    {
        var logo = Png.Logo();
        var style = Read(Templates.Write(Branded with { Logo = logo, MajorFont = "Georgia", MinorFont = "Carlito" }));

        var c = style.Colours;
        Assert.Equal(Branded.Colours, Scheme(c));
        Assert.Equal("Georgia", style.HeadingFont); // the master's title style names +mj-lt: the theme's major font
        Assert.Equal("Carlito", style.BodyFont);
        Assert.Equal("FFFFFF", style.Background); // bg1 through the colour map: lt1
        Assert.Equal(logo, style.Logo!.Image.Content);
        Assert.Equal("image/png", style.Logo.Image.ContentType);
        Assert.Equal(10_464_800 / 12_192_000.0, style.Logo.X, 6);
        Assert.Equal(3.0, style.Logo.Aspect, 6);
    }

    [Fact]
    public void A_dark_template_maps_background_and_text_through_the_masters_colour_map()
    {
        var style = Read(Templates.Write(Branded with { Map = ("dk1", "lt1"), Background = "bg1", Colours = ["101820", "F2F2F2", .. Branded.Colours.Skip(2)] }));

        Assert.Equal("101820", style.Background1);
        Assert.Equal("F2F2F2", style.Text1);
        Assert.Equal("101820", style.Background);
    }

    [Fact]
    public void What_is_not_a_template_is_answered_with_its_problem_not_an_exception()
    {
        Assert.Equal(TemplateProblem.NotAPackage, HouseStyleReader.Read("geen zip"u8.ToArray(), "x.potx").Problem);
        Assert.Equal(TemplateProblem.NotAPackage, HouseStyleReader.Read(Templates.Write(Branded)[..200], "half.potx").Problem);
        Assert.Equal(TemplateProblem.NotAPresentation, HouseStyleReader.Read(Zip(("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>")), "x.xlsx").Problem);
        Assert.Equal(TemplateProblem.Damaged, HouseStyleReader.Read(Replace(Templates.Write(Branded with { Logo = null }), "ppt/theme/theme1.xml", "<a:theme"), "kapot.potx").Problem);
        Assert.Equal(TemplateProblem.NoMaster, HouseStyleReader.Read(Replace(Templates.Write(Branded with { Logo = null }), "ppt/theme/theme1.xml",
            "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"/>"), "leeg.potx").Problem);
        // Each size said by its own cause: the file itself, or a part that unpacks to more than its limit (a zip bomb).
        Assert.Equal(TemplateProblem.TooLarge, HouseStyleReader.Read(new byte[HouseStyleReader.MaxFileBytes + 1], "groot.potx").Problem);
        Assert.Equal(TemplateProblem.PartTooLarge, HouseStyleReader.Read(Replace(Templates.Write(Branded with { Logo = null }), "ppt/theme/theme1.xml",
            new string(' ', (int)HouseStyleReader.MaxPartBytes + 1)), "bom.potx").Problem);
    }

    [Fact]
    public void A_picture_covering_the_slide_is_not_taken_for_a_logo_and_says_so()
    {
        var style = Read(Templates.Write(Branded with { LogoBox = (0, 0, 12_192_000, 6_858_000) }));

        Assert.Null(style.Logo);
        Assert.Contains(style.Skipped, n => n is LogoSkipped { Problem: LogoProblem.TooLarge });
    }

    [Fact]
    public void Deck_briefing_and_posters_in_a_house_style_take_its_colours_fonts_and_logo_and_are_valid()
    {
        var logo = Png.Logo();
        var look = Look.Of(Read(Templates.Write(Branded with { Logo = logo })), []);
        var coalition = Tiny.Coalition();
        var analysis = CoalitionAnalysis.Of(coalition);
        var plans = new List<PresentationPlan> { DeckPlanner.Plan(coalition, analysis, PlanContext.Session(look, Language.Nl)), BriefingPlanner.Plan(coalition, analysis, PlanContext.Briefing(look, Language.Nl)) };
        plans.AddRange(PosterPlanner.Plan(coalition, PlanContext.Poster(look, Language.Nl)).Select(p => p.Sheets));

        foreach (var plan in plans)
        {
            var package = PptxWriter.Write(plan);
            PackageChecks.AssertValid(package);
            WrittenDeck.AssertWrittenAsPlanned(plan, package);

            // The theme is the template's: its twelve colours, the fonts the files are set in.
            var theme = Part(package, "ppt/theme/theme1.xml");
            var scheme = theme.Descendants(A + "clrScheme").Single().Elements().Select(e => (string)e.Elements().Single().Attribute("val")!).ToList();
            Assert.Equal(Branded.Colours, scheme);
            Assert.Equal(["Calibri", "Calibri"], theme.Descendants(A + "latin").Select(l => (string)l.Attribute("typeface")!).Take(2));

            var slides = WrittenDeck.Read(package);
            foreach (var slide in slides)
            {
                // Titles in accent 1 (dark enough on white: no change) or, the front page's headline, in the text colour
                // dk1; white on accent 1 (the map's centre).
                foreach (var title in slide.Shapes.Where(s => s.IsTitle))
                    Assert.All(title.Runs, r => Assert.Contains(r.Color, (string[])(title.Fill is null ? ["0B6E4F", "000000"] : ["FFFFFF"])));
                Assert.All(slide.Shapes.Where(s => s.IsTitle && s.Fill is not null), s => Assert.Equal("0B6E4F", s.Fill));
                // Every run in the house font, but a symbol it lacks (the briefing's ■ and ✓) in the fallback font that has it.
                Assert.All(slide.Runs, r => Assert.True(r.Font == "Calibri" || (r.Font == Layout.Fonts.Fallback.SymbolFont && !r.Text.Any(char.IsLetterOrDigit)), $"'{r.Text}' in {r.Font}"));
                // The logo on every page: one picture, the logo's bytes, clear of everything else.
                var picture = Assert.Single(slide.Shapes, s => s.Kind == "picture");
                Assert.Equal(logo, Bytes(package, picture.Image!));
                Assert.All(slide.Shapes.Where(s => s.Kind is not ("picture" or "cell")), s => Assert.False(s.Box.Overlaps(picture.Box), $"slide {slide.Number}: {s.Name} under the logo"));
            }
            Assert.Contains(slides.SelectMany(s => s.Runs), r => r.Color == "0B6E4F");
            Assert.Single(Entries(package), e => e.StartsWith("ppt/media/", StringComparison.Ordinal));
            // In its corner: top right, as on the template.
            var box = slides[0].Shapes.Single(s => s.Kind == "picture").Box;
            Assert.True(box.Y < plan.Height / 4 && box.X > plan.Width / 2, $"logo at {box}");
        }
    }

    [Fact]
    public void A_colour_that_lacks_contrast_is_made_darker_reported_and_never_written_as_text()
    {
        var look = Look.Of(Read(Templates.Write(Branded with { Colours = ["000000", "FFFFFF", "1B3A4B", "EEF1F4", "0B6E4F", "FFC000", "00798C", "EDAE49", "30638E", "003D5B", "0563C1", "954F72"] })), []);

        var adjusted = Assert.Single(look.Notes.OfType<ColourAdjusted>(), n => n.Role == ColourRole.Halen);
        Assert.Equal("FFC000", adjusted.From);
        Assert.True(adjusted.Before < Contrast.Text && adjusted.After >= Contrast.Text, $"{adjusted.Before} → {adjusted.After}");
        Assert.Equal(adjusted.To, look.Palette.Halen);

        var coalition = Tiny.Coalition();
        var deck = PptxWriter.Write(DeckPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), PlanContext.Session(look, Language.Nl)));
        var runs = WrittenDeck.Read(deck).SelectMany(s => s.Shapes).SelectMany(s => s.Runs.Select(r => (r.Color, Fill: s.Fill ?? look.Palette.Background))).ToList();
        Assert.DoesNotContain(runs, r => r.Color == "FFC000");
        Assert.All(runs, r => Assert.True(Contrast.Ratio(r.Color!, r.Fill) >= Contrast.Text, $"{r.Color} on {r.Fill}"));
        Assert.Contains(runs, r => r.Color == adjusted.To);
    }

    [Slow(Needs.LibreOffice)]
    [Fact]
    public void A_template_written_by_LibreOffice_gives_its_colours_background_and_logo_and_says_what_of_its_fonts_it_cannot_measure()
    {
        var soffice = ExternalTools.RequireSoffice();
        var logo = Png.Logo(0x7A1E48);
        string[] colours = ["000000", "FFFFFF", "1B3A4B", "EEF1F4", "7A1E48", "FFC000", "2E86AB", "F18F01", "30638E", "003D5B", "0563C1", "954F72"];
        var source = _folder.File("eigen.pptx");
        // LibreOffice imports a master and its theme only with a slide that uses them.
        File.WriteAllBytes(source, Templates.Write(new TemplateSpec { Logo = logo, Template = false, WithSlide = true, Colours = colours,
            MajorFont = "Georgia", MinorFont = "Carlito", Background = "FBF7F0" }));
        var profile = new Uri(Path.Combine(_folder.Path, "lo")).AbsoluteUri;
        var output = Path.Combine(_folder.Path, "uit");
        var (exit, log) = ExternalTools.Run(soffice, [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "potx", "--outdir", output, source], TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, log);
        var written = File.ReadAllBytes(Path.Combine(output, "eigen.potx"));
        using (var zip = new ZipArchive(new MemoryStream(written)))
            Assert.Contains(zip.Entries, e => e.FullName == "ppt/presentation.xml"); // LibreOffice's own package, not ours copied

        var style = Read(written, "eigen.potx");
        var c = style.Colours;
        Assert.Equal(colours, Scheme(c));
        Assert.Equal("FBF7F0", style.Background);
        Assert.Equal(logo, style.Logo!.Image.Content);
        Assert.True(style.Logo.X > 0.5 && style.Logo.Y < 0.5);

        // LibreOffice 7 writes a stub font scheme (Arial) and no master text styles: what it names is used
        // when it can be measured, and otherwise replaced by Calibri with one note.
        var look = Look.Of(style, []);
        Assert.NotNull(style.HeadingFont);
        foreach (var (font, typeface) in new[] { (style.HeadingFont, look.Heading), (style.BodyFont!, look.Body) })
            Assert.True(Typeface.IsBuiltIn(font) ? typeface.Name == font : typeface.Name == "Calibri" && look.Notes.OfType<FontReplaced>().Any(n => n.Font == font),
                $"{font} → {typeface.Name}");

        var coalition = Tiny.Coalition();
        var plan = DeckPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), PlanContext.Session(look, Language.Nl));
        var deck = PptxWriter.Write(plan);
        PackageChecks.AssertValid(deck);
        WrittenDeck.AssertWrittenAsPlanned(plan, deck);
        var master = Part(deck, "ppt/slideMasters/slideMaster1.xml");
        Assert.Equal("FBF7F0", master.Descendants(A + "srgbClr").First().Attribute("val")!.Value);
        Assert.All(WrittenDeck.Read(deck), s => Assert.Contains(s.Shapes, x => x.Kind == "picture"));
        Assert.Contains(WrittenDeck.Read(deck).SelectMany(s => s.Shapes), s => s.Fill == "7A1E48");
    }

    private static string[] Scheme(ThemeColours c) =>
        [c.Dark1, c.Light1, c.Dark2, c.Light2, c.Accent1, c.Accent2, c.Accent3, c.Accent4, c.Accent5, c.Accent6, c.Hyperlink, c.FollowedHyperlink];

    private static XDocument Part(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        return XDocument.Load(zip.GetEntry(name)!.Open());
    }

    private static byte[] Bytes(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static IReadOnlyList<string> Entries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
            }
        return buffer.ToArray();
    }

    /// <summary>The package with one part's text replaced.</summary>
    private static byte[] Replace(byte[] package, string part, string text)
    {
        using var source = new ZipArchive(new MemoryStream(package));
        return Zip([.. source.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return (e.FullName, e.FullName == part ? text : reader.ReadToEnd());
        })]);
    }
}
