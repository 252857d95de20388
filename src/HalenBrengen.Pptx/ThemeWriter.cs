using DocumentFormat.OpenXml;
using HalenBrengen.Layout.Style;
using A = DocumentFormat.OpenXml.Drawing;

namespace HalenBrengen.Pptx;

/// <summary>The theme part (ECMA-376 Part 1, 20.1.6): the look's theme colours and its heading (major) and body (minor) fonts.</summary>
internal static class ThemeWriter
{
    public static A.Theme Build(Look look) => new(
        new A.ThemeElements(Colors(look.Theme), Fonts(look), Formats()),
        new A.ObjectDefaults(),
        new A.ExtraColorSchemeList())
    { Name = "HalenBrengen" };

    private static A.ColorScheme Colors(ThemeColours c) => new(
        new A.Dark1Color(new A.RgbColorModelHex { Val = c.Dark1 }),
        new A.Light1Color(new A.RgbColorModelHex { Val = c.Light1 }),
        new A.Dark2Color(new A.RgbColorModelHex { Val = c.Dark2 }),
        new A.Light2Color(new A.RgbColorModelHex { Val = c.Light2 }),
        new A.Accent1Color(new A.RgbColorModelHex { Val = c.Accent1 }),
        new A.Accent2Color(new A.RgbColorModelHex { Val = c.Accent2 }),
        new A.Accent3Color(new A.RgbColorModelHex { Val = c.Accent3 }),
        new A.Accent4Color(new A.RgbColorModelHex { Val = c.Accent4 }),
        new A.Accent5Color(new A.RgbColorModelHex { Val = c.Accent5 }),
        new A.Accent6Color(new A.RgbColorModelHex { Val = c.Accent6 }),
        new A.Hyperlink(new A.RgbColorModelHex { Val = c.Hyperlink }),
        new A.FollowedHyperlinkColor(new A.RgbColorModelHex { Val = c.FollowedHyperlink }))
    { Name = "HalenBrengen" };

    /// <summary>The fonts the files are set in (after any replacement), so text a facilitator adds matches.</summary>
    private static A.FontScheme Fonts(Look look) => new(
        new A.MajorFont(new A.LatinFont { Typeface = look.Heading.Name }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }),
        new A.MinorFont(new A.LatinFont { Typeface = look.Body.Name }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }))
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
