using System.Xml;
using HalenBrengen.Layout.Style;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>The theme part (ECMA-376 Part 1, 20.1.6): the look's theme colours and its heading (major) and body (minor) fonts.</summary>
internal static class ThemeXml
{
    private const string Name = "HalenBrengen";

    public static void Write(XmlWriter x, Look look)
    {
        x.Root(A, "theme", Declared);
        x.Attribute("name", Name);
        x.Start(A, "themeElements");
        Colors(x, look.Theme);
        Fonts(x, look);
        Formats(x);
        x.End();
        x.Empty(A, "objectDefaults");
        x.Empty(A, "extraClrSchemeLst");
        x.End();
    }

    private static void Colors(XmlWriter x, ThemeColours c)
    {
        x.Start(A, "clrScheme");
        x.Attribute("name", Name);
        foreach (var (slot, color) in new[]
                 {
                     ("dk1", c.Dark1), ("lt1", c.Light1), ("dk2", c.Dark2), ("lt2", c.Light2),
                     ("accent1", c.Accent1), ("accent2", c.Accent2), ("accent3", c.Accent3),
                     ("accent4", c.Accent4), ("accent5", c.Accent5), ("accent6", c.Accent6),
                     ("hlink", c.Hyperlink), ("folHlink", c.FollowedHyperlink),
                 })
        {
            x.Start(A, slot);
            x.Value(A, "srgbClr", color);
            x.End();
        }
        x.End();
    }

    /// <summary>The fonts the files are set in (after any replacement), so text a facilitator adds matches.</summary>
    private static void Fonts(XmlWriter x, Look look)
    {
        x.Start(A, "fontScheme");
        x.Attribute("name", Name);
        foreach (var (role, typeface) in new[] { ("majorFont", look.Heading.Name), ("minorFont", look.Body.Name) })
        {
            x.Start(A, role);
            x.Latin(typeface);
            foreach (var script in new[] { "ea", "cs" })
            {
                x.Start(A, script);
                x.Attribute("typeface", "");
                x.End();
            }
            x.End();
        }
        x.End();
    }

    /// <summary>The format scheme needs exactly three of each style list (20.1.4.1.14); plain ones suffice.</summary>
    private static void Formats(XmlWriter x)
    {
        x.Start(A, "fmtScheme");
        x.Attribute("name", Name);
        Solids(x, "fillStyleLst");
        x.Start(A, "lnStyleLst");
        foreach (var width in new[] { 6350, 12700, 19050 })
        {
            x.Start(A, "ln");
            x.Attribute("w", width);
            x.Attribute("cap", "flat");
            x.Attribute("cmpd", "sng");
            x.Attribute("algn", "ctr");
            PlaceholderFill(x);
            x.End();
        }
        x.End();
        x.Start(A, "effectStyleLst");
        for (var i = 0; i < 3; i++)
        {
            x.Start(A, "effectStyle");
            x.Empty(A, "effectLst");
            x.End();
        }
        x.End();
        Solids(x, "bgFillStyleLst");
        x.End();
    }

    private static void Solids(XmlWriter x, string list)
    {
        x.Start(A, list);
        for (var i = 0; i < 3; i++)
            PlaceholderFill(x);
        x.End();
    }

    /// <summary>A fill in the colour of whatever uses the style (20.1.2.3.29 schemeClr phClr).</summary>
    private static void PlaceholderFill(XmlWriter x)
    {
        x.Start(A, "solidFill");
        x.Value(A, "schemeClr", "phClr");
        x.End();
    }
}
