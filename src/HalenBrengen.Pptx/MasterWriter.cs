using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Presentation;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Style;
using A = DocumentFormat.OpenXml.Drawing;

namespace HalenBrengen.Pptx;

/// <summary>
/// The theme, the slide master with its layouts (one per <see cref="SlideLayoutKind"/>, named, so slides find
/// them by name) and the notes master with its theme, as the plan's <see cref="MasterPlan"/> places them, in
/// the plan's look. They depend on the look, the master plan and the language alone, so each combination's
/// parts are built with the SDK's typed elements once (per process for the house look, per look for a house
/// style) and every package after that copies their bytes.
/// </summary>
internal static class MasterWriter
{
    public const string Theme = "ppt/theme/theme1.xml";
    public const string SlideMaster = "ppt/slideMasters/slideMaster1.xml";
    public const string NotesMaster = "ppt/notesMasters/notesMaster1.xml";
    private const string NotesTheme = "ppt/notesMasters/theme/theme2.xml";

    private static readonly SlideLayoutKind[] Kinds = Enum.GetValues<SlideLayoutKind>();

    private static readonly ConcurrentDictionary<(string, MasterPlan), Serialised> ByLanguage = new();

    /// <summary>A house style's parts, for as long as its look is in use (a server makes a look per request).</summary>
    private static readonly ConditionalWeakTable<Look, ConcurrentDictionary<(string, MasterPlan), Serialised>> ByLook = new();

    private sealed record Serialised(byte[] Theme, byte[] SlideMaster, byte[][] Layouts, byte[] NotesMaster);

    public static string LayoutPart(SlideLayoutKind kind) => $"ppt/slideLayouts/slideLayout{(int)kind + 1}.xml";

    /// <summary>The parts <see cref="Write"/> writes, with their content types, in the order the SDK listed them.</summary>
    public static IEnumerable<PartType> Parts()
    {
        yield return new(Theme, OpcTypes.ThemeType);
        yield return new(SlideMaster, OpcTypes.SlideMasterType);
        foreach (var kind in Kinds)
            yield return new(LayoutPart(kind), OpcTypes.SlideLayoutType);
        yield return new(NotesMaster, OpcTypes.NotesMasterType);
        yield return new(NotesTheme, OpcTypes.ThemeType);
    }

    public static void Write(PackageWriter package, PresentationPlan plan)
    {
        var look = plan.Look;
        var cache = ReferenceEquals(look, Look.House) ? ByLanguage : ByLook.GetValue(look, _ => new());
        var parts = cache.GetOrAdd((plan.LanguageTag, plan.Master), key => Serialise(key.Item1, look, key.Item2));
        package.Part(Theme, parts.Theme);
        package.Part(SlideMaster, parts.SlideMaster);
        var relationships = new List<Relationship> { new("rIdTheme", OpcTypes.Theme, Theme) };
        relationships.AddRange(Kinds.Select(kind => new Relationship($"rIdLayout{(int)kind + 1}", OpcTypes.SlideLayout, LayoutPart(kind))));
        package.Relationships(SlideMaster, [.. relationships]);
        for (var i = 0; i < Kinds.Length; i++)
        {
            package.Part(LayoutPart(Kinds[i]), parts.Layouts[i]);
            package.Relationships(LayoutPart(Kinds[i]), new Relationship("rIdMaster", OpcTypes.SlideMaster, SlideMaster));
        }
        package.Part(NotesMaster, parts.NotesMaster);
        package.Relationships(NotesMaster, new Relationship("rIdTheme", OpcTypes.Theme, NotesTheme));
        package.Part(NotesTheme, parts.Theme);
    }

    private static Serialised Serialise(string language, Look look, MasterPlan master) => new(
        Bytes(PartRoot.Declared(ThemeWriter.Build(look))),
        Bytes(PartRoot.Declared(SlideMasterElement(language, look, master))),
        Kinds.Select(kind => Bytes(PartRoot.Declared(Layout(kind, language, master)))).ToArray(),
        Bytes(PartRoot.Declared(NotesMasterElement(language, master.Notes))));

    private static byte[] Bytes(OpenXmlPartRootElement root)
    {
        using var buffer = new MemoryStream();
        root.Save(buffer);
        return buffer.ToArray();
    }

    private static SlideMaster SlideMasterElement(string language, Look look, MasterPlan master)
    {
        var layoutIds = new SlideLayoutIdList();
        uint id = 2147483649;
        foreach (var kind in Kinds)
            layoutIds.Append(new SlideLayoutId { Id = id++, RelationshipId = $"rIdLayout{(int)kind + 1}" });
        return new SlideMaster(
            new CommonSlideData(new Background(new BackgroundProperties(
                    new A.SolidFill(new A.RgbColorModelHex { Val = look.Palette.Background }), new A.EffectList())),
                Tree(Placeholder(2, "Titel", PlaceholderValues.Title, master.TitleBox, language))),
            ColorMap(),
            layoutIds,
            new TextStyles(
                new TitleStyle(Level(master.TitleSizePt, bold: true, look.Palette.Accent, look.Heading.Name, language)),
                new BodyStyle(Level(master.BodySizePt, bold: false, look.Palette.Ink, look.Body.Name, language)),
                new OtherStyle(Level(master.BodySizePt, bold: false, look.Palette.Ink, look.Body.Name, language))));
    }

    private static SlideLayout Layout(SlideLayoutKind kind, string language, MasterPlan master) => new(
        new CommonSlideData(Tree(Placeholder(2, "Titel", PlaceholderValues.Title,
            kind == SlideLayoutKind.Titel ? master.TitleSlideTitleBox : master.TitleBox, language))) { Name = kind.ToString() },
        new ColorMapOverride(new A.MasterColorMapping()))
    { Type = kind == SlideLayoutKind.Titel ? SlideLayoutValues.Title : SlideLayoutValues.TitleOnly, Preserve = true };

    /// <summary>The notes master; it has a theme part of its own, as ECMA-376 asks (Part 1, 13.3.4).</summary>
    private static NotesMaster NotesMasterElement(string language, NotesPage notes) => new(
        new CommonSlideData(Tree(
            Placeholder(2, "Dia", PlaceholderValues.SlideImage, notes.SlideImage, language),
            Placeholder(3, "Notities", PlaceholderValues.Body, notes.Body, language, index: 1))),
        ColorMap());

    /// <summary>The identity mapping of theme colours (ECMA-376 Part 1, 19.3.1.6 clrMap), for both masters.</summary>
    private static ColorMap ColorMap() => new()
    {
        Background1 = A.ColorSchemeIndexValues.Light1, Text1 = A.ColorSchemeIndexValues.Dark1,
        Background2 = A.ColorSchemeIndexValues.Light2, Text2 = A.ColorSchemeIndexValues.Dark2,
        Accent1 = A.ColorSchemeIndexValues.Accent1, Accent2 = A.ColorSchemeIndexValues.Accent2,
        Accent3 = A.ColorSchemeIndexValues.Accent3, Accent4 = A.ColorSchemeIndexValues.Accent4,
        Accent5 = A.ColorSchemeIndexValues.Accent5, Accent6 = A.ColorSchemeIndexValues.Accent6,
        Hyperlink = A.ColorSchemeIndexValues.Hyperlink, FollowedHyperlink = A.ColorSchemeIndexValues.FollowedHyperlink,
    };

    public static ShapeTree Tree(params OpenXmlElement[] shapes)
    {
        var tree = new ShapeTree(
            new NonVisualGroupShapeProperties(new NonVisualDrawingProperties { Id = 1, Name = "" }, new NonVisualGroupShapeDrawingProperties(), new ApplicationNonVisualDrawingProperties()),
            new GroupShapeProperties(new A.TransformGroup(
                new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }, new A.ChildOffset { X = 0, Y = 0 }, new A.ChildExtents { Cx = 0, Cy = 0 })));
        tree.Append(shapes);
        return tree;
    }

    public static Shape Placeholder(uint id, string name, PlaceholderValues type, Rect box, string language, uint? index = null) => new(
        new NonVisualShapeProperties(
            new NonVisualDrawingProperties { Id = id, Name = name },
            new NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
            new ApplicationNonVisualDrawingProperties(new PlaceholderShape { Type = type, Index = index })),
        new ShapeProperties(ShapeWriter.Transform(box)),
        new TextBody(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.EndParagraphRunProperties { Language = language })));

    private static A.Level1ParagraphProperties Level(double size, bool bold, string color, string font, string language) => new(
        new A.DefaultRunProperties(
            new A.SolidFill(new A.RgbColorModelHex { Val = color }),
            new A.LatinFont { Typeface = font })
        { FontSize = ShapeWriter.Hundredths(size), Bold = bold, Language = language });
}
