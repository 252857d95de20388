using System.IO.Compression;
using System.Xml.Linq;
using HalenBrengen.Layout;

namespace HalenBrengen.Pptx.Tests.Support;

public static partial class WrittenDeck
{
    /// <summary>
    /// The parts every slide stands on, as the plan says: the page and notes sizes, the master's background,
    /// title placeholder and text styles (sizes, colours, fonts), each layout's title placeholder and name,
    /// the layout each slide uses, the notes master's placeholders, and the theme's colours and fonts.
    /// </summary>
    private static void AssertMasterAsPlanned(PresentationPlan plan, ZipArchive zip)
    {
        XDocument Part(string name) => XDocument.Load(zip.GetEntry(name)!.Open());
        var (master, look) = (plan.Master, plan.Look);

        var presentation = Part("ppt/presentation.xml").Root!;
        Assert.Equal((plan.Width.Value, plan.Height.Value), Size(presentation.Element(P + "sldSz")!));
        Assert.Equal((master.Notes.Width.Value, master.Notes.Height.Value), Size(presentation.Element(P + "notesSz")!));
        Assert.Equal(look.Body.Name, (string?)presentation.Descendants(A + "latin").Single().Attribute("typeface"));

        var slideMaster = Part("ppt/slideMasters/slideMaster1.xml").Root!;
        Assert.Equal(master.Background, Fill(slideMaster.Descendants(P + "bgPr").Single()));
        Assert.Equal(master.TitleBox, PlaceholderBox(slideMaster, "title"));
        AssertTextStyle(slideMaster.Descendants(P + "titleStyle").Single(), master.TitleSizePt, master.TitleColor, look.Heading.Name, plan.LanguageTag);
        AssertTextStyle(slideMaster.Descendants(P + "bodyStyle").Single(), master.BodySizePt, master.BodyColor, look.Body.Name, plan.LanguageTag);
        AssertTextStyle(slideMaster.Descendants(P + "otherStyle").Single(), master.BodySizePt, master.BodyColor, look.Body.Name, plan.LanguageTag);

        foreach (var kind in Enum.GetValues<SlideLayoutKind>())
        {
            var layout = Part(LayoutPart(kind)).Root!;
            Assert.Equal(kind.ToString(), (string?)layout.Element(P + "cSld")!.Attribute("name"));
            Assert.Equal(kind == SlideLayoutKind.Titel ? master.TitleSlideTitleBox : master.TitleBox, PlaceholderBox(layout, "title"));
        }
        for (var s = 0; s < plan.Slides.Count; s++)
        {
            var rels = Part($"ppt/slides/_rels/slide{s + 1}.xml.rels").Root!.Elements();
            Assert.Equal("/" + LayoutPart(plan.Slides[s].Layout), (string?)rels.Single(r => ((string)r.Attribute("Type")!).EndsWith("/slideLayout", StringComparison.Ordinal)).Attribute("Target"));
        }

        var notesMaster = Part("ppt/notesMasters/notesMaster1.xml").Root!;
        Assert.Equal(master.Notes.SlideImage, PlaceholderBox(notesMaster, "sldImg"));
        Assert.Equal(master.Notes.Body, PlaceholderBox(notesMaster, "body"));

        var theme = Part("ppt/theme/theme1.xml").Root!;
        var t = look.Theme;
        Assert.Equal([t.Dark1, t.Light1, t.Dark2, t.Light2, t.Accent1, t.Accent2, t.Accent3, t.Accent4, t.Accent5, t.Accent6, t.Hyperlink, t.FollowedHyperlink],
            theme.Descendants(A + "clrScheme").Single().Elements().Select(e => (string?)e.Element(A + "srgbClr")?.Attribute("val")));
        Assert.Equal(look.Heading.Name, (string?)theme.Descendants(A + "majorFont").Single().Element(A + "latin")!.Attribute("typeface"));
        Assert.Equal(look.Body.Name, (string?)theme.Descendants(A + "minorFont").Single().Element(A + "latin")!.Attribute("typeface"));
        Assert.True(XNode.DeepEquals(theme, Part("ppt/notesMasters/theme/theme2.xml").Root), "the notes master's theme is not the slides'");
    }

    private static string LayoutPart(SlideLayoutKind kind) => $"ppt/slideLayouts/slideLayout{(int)kind + 1}.xml";

    private static (long, long) Size(XElement size) => (Long(size.Attribute("cx")), Long(size.Attribute("cy")));

    private static Rect PlaceholderBox(XElement part, string type) =>
        Box(part.Descendants(P + "sp").Single(sp => (string?)sp.Descendants(P + "ph").Single().Attribute("type") == type).Element(P + "spPr")!.Element(A + "xfrm"));

    private static void AssertTextStyle(XElement style, double sizePt, string color, string font, string language)
    {
        var run = style.Descendants(A + "defRPr").Single();
        Assert.True((string?)run.Attribute("sz") == Hundredths(sizePt), $"{style.Name.LocalName} at {(string?)run.Attribute("sz")}, planned {sizePt} pt");
        Assert.Equal(color, Fill(run));
        Assert.Equal(font, (string?)run.Element(A + "latin")?.Attribute("typeface"));
        Assert.Equal(language, (string?)run.Attribute("lang"));
    }
}
