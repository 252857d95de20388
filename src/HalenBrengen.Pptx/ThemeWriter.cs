using DocumentFormat.OpenXml;
using HalenBrengen.Layout;
using A = DocumentFormat.OpenXml.Drawing;

namespace HalenBrengen.Pptx;

/// <summary>The theme part (ECMA-376 Part 1, 20.1.6): colours and fonts from <see cref="DeckTheme"/>.</summary>
internal static class ThemeWriter
{
    public static A.Theme Build() => new(
        new A.ThemeElements(Colors(), Fonts(), Formats()),
        new A.ObjectDefaults(),
        new A.ExtraColorSchemeList())
    { Name = "HalenBrengen" };

    private static A.ColorScheme Colors() => new(
        new A.Dark1Color(new A.RgbColorModelHex { Val = "000000" }),
        new A.Light1Color(new A.RgbColorModelHex { Val = "FFFFFF" }),
        new A.Dark2Color(new A.RgbColorModelHex { Val = DeckTheme.Ink }),
        new A.Light2Color(new A.RgbColorModelHex { Val = DeckTheme.Light }),
        new A.Accent1Color(new A.RgbColorModelHex { Val = DeckTheme.Accent }),
        new A.Accent2Color(new A.RgbColorModelHex { Val = DeckTheme.Halen }),
        new A.Accent3Color(new A.RgbColorModelHex { Val = DeckTheme.Brengen }),
        new A.Accent4Color(new A.RgbColorModelHex { Val = DeckTheme.Eis }),
        new A.Accent5Color(new A.RgbColorModelHex { Val = DeckTheme.Muted }),
        new A.Accent6Color(new A.RgbColorModelHex { Val = "7A5C00" }),
        new A.Hyperlink(new A.RgbColorModelHex { Val = DeckTheme.Accent }),
        new A.FollowedHyperlinkColor(new A.RgbColorModelHex { Val = "5B3A82" }))
    { Name = "HalenBrengen" };

    private static A.FontScheme Fonts() => new(
        new A.MajorFont(new A.LatinFont { Typeface = DeckTheme.Font }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }),
        new A.MinorFont(new A.LatinFont { Typeface = DeckTheme.Font }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }))
    { Name = "HalenBrengen" };

    /// <summary>The format scheme needs exactly three of each style list (20.1.4.1.14); plain ones suffice.</summary>
    private static A.FormatScheme Formats() => new(
        new A.FillStyleList(Solid(), Solid(), Solid()),
        new A.LineStyleList(Line(6350), Line(12700), Line(19050)),
        new A.EffectStyleList(Effect(), Effect(), Effect()),
        new A.BackgroundFillStyleList(Solid(), Solid(), Solid()))
    { Name = "HalenBrengen" };

    private static A.SolidFill Solid() => new(new A.SchemeColor { Val = A.SchemeColorValues.PhColor });

    private static A.Outline Line(int width) => new(new A.SolidFill(new A.SchemeColor { Val = A.SchemeColorValues.PhColor }))
    { Width = width, CapType = A.LineCapValues.Flat, CompoundLineType = A.CompoundLineValues.Single, Alignment = A.PenAlignmentValues.Center };

    private static A.EffectStyle Effect() => new(new A.EffectList());
}
