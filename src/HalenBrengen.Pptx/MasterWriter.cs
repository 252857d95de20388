using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using HalenBrengen.Layout;
using A = DocumentFormat.OpenXml.Drawing;

namespace HalenBrengen.Pptx;

/// <summary>
/// The slide master with its layouts (one per <see cref="SlideLayoutKind"/>, named, so slides find
/// them by name) and the notes master. Placeholders carry the deck's fonts and sizes.
/// </summary>
internal static class MasterWriter
{
    public static SlideMasterPart AddSlideMaster(PresentationPart presentation, ThemePart theme, string language, out Dictionary<SlideLayoutKind, SlideLayoutPart> layouts)
    {
        var master = presentation.AddNewPart<SlideMasterPart>("rIdMaster");
        master.AddPart(theme, "rIdTheme");
        layouts = new Dictionary<SlideLayoutKind, SlideLayoutPart>();
        var layoutIds = new SlideLayoutIdList();
        uint id = 2147483649;
        foreach (var kind in Enum.GetValues<SlideLayoutKind>())
        {
            var relationshipId = $"rIdLayout{(int)kind + 1}";
            var part = master.AddNewPart<SlideLayoutPart>(relationshipId);
            part.SlideLayout = PartRoot.Declared(Layout(kind, language));
            part.AddPart(master, "rIdMaster");
            layouts[kind] = part;
            layoutIds.Append(new SlideLayoutId { Id = id++, RelationshipId = relationshipId });
        }
        master.SlideMaster = PartRoot.Declared(new SlideMaster(
            new CommonSlideData(new Background(new BackgroundProperties(
                    new A.SolidFill(new A.RgbColorModelHex { Val = DeckTheme.Background }), new A.EffectList())),
                Tree(Placeholder(2, "Titel", PlaceholderValues.Title, DeckTheme.TitleBox, language))),
            ColorMap(),
            layoutIds,
            new TextStyles(
                new TitleStyle(Level(TypeScale.Session.TitleMax, bold: true, DeckTheme.Accent, language)),
                new BodyStyle(Level(TypeScale.Session.BodyMax, bold: false, DeckTheme.Ink, language)),
                new OtherStyle(Level(TypeScale.Session.BodyMax, bold: false, DeckTheme.Ink, language)))));
        return master;
    }

    private static SlideLayout Layout(SlideLayoutKind kind, string language) => new(
        new CommonSlideData(Tree(Placeholder(2, "Titel", PlaceholderValues.Title, kind == SlideLayoutKind.Titel
            ? new Rect(DeckTheme.Margin, Emu.FromMm(30), DeckTheme.TitleBox.Width, Emu.FromMm(72))
            : DeckTheme.TitleBox, language))) { Name = kind.ToString() },
        new ColorMapOverride(new A.MasterColorMapping()))
    { Type = kind == SlideLayoutKind.Titel ? SlideLayoutValues.Title : SlideLayoutValues.TitleOnly, Preserve = true };

    /// <summary>The notes master, with a theme part of its own as ECMA-376 asks (Part 1, 13.3.4).</summary>
    public static NotesMasterPart AddNotesMaster(PresentationPart presentation, string language)
    {
        var part = presentation.AddNewPart<NotesMasterPart>("rIdNotesMaster");
        part.AddNewPart<ThemePart>("rIdTheme").Theme = PartRoot.Declared(ThemeWriter.Build());
        part.NotesMaster = PartRoot.Declared(new NotesMaster(
            new CommonSlideData(Tree(
                Placeholder(2, "Dia", PlaceholderValues.SlideImage, new Rect(Emu.FromMm(20), Emu.FromMm(20), Emu.FromMm(150), Emu.FromMm(85)), language),
                Placeholder(3, "Notities", PlaceholderValues.Body, new Rect(Emu.FromMm(20), Emu.FromMm(115), Emu.FromMm(150), Emu.FromMm(130)), language, index: 1))),
            ColorMap()));
        return part;
    }

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

    private static A.Level1ParagraphProperties Level(double size, bool bold, string color, string language) => new(
        new A.DefaultRunProperties(
            new A.SolidFill(new A.RgbColorModelHex { Val = color }),
            new A.LatinFont { Typeface = DeckTheme.Font })
        { FontSize = ShapeWriter.Hundredths(size), Bold = bold, Language = language });
}
