using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using HalenBrengen.Layout.Style;

namespace HalenBrengen.Pptx;

/// <summary>Why a file is not a house style the reader can use.</summary>
public enum TemplateProblem
{
    /// <summary>Not a zip package at all (another format, or damaged).</summary>
    NotAPackage,
    /// <summary>A package, but no presentation in it (a workbook, a document).</summary>
    NotAPresentation,
    /// <summary>A presentation without a slide master or without a theme on it.</summary>
    NoMaster,
    /// <summary>Larger than <see cref="HouseStyleReader.MaxFileBytes"/>.</summary>
    TooLarge,
    /// <summary>A part that unpacks to more than <see cref="HouseStyleReader.MaxPartBytes"/> (a zip bomb, or a film on the master).</summary>
    PartTooLarge,
    /// <summary>A part the reader needs is not well-formed XML.</summary>
    Damaged,
}

/// <summary>What reading a template gave: the house style, or the problem that stopped it.</summary>
public sealed record HouseStyleReading(HouseStyle? Style, TemplateProblem? Problem);

/// <summary>
/// Reads a house style from a PowerPoint template (.potx) or presentation (.pptx): the theme's colour
/// scheme and fonts (ECMA-376 Part 1, 20.1.6), and from the first slide master (19.3.1.42 sldMaster) its
/// colour map, background, title and body fonts, and a picture on it as the logo. Read with ZipArchive and
/// LINQ to XML, bounded, like the workbooks: a template is a facilitator's file, so what it lacks or
/// cannot give is an answer, never an exception. PowerPoint and LibreOffice write templates differently:
/// PowerPoint's master text styles name the theme's fonts (+mj-lt, +mn-lt); LibreOffice writes a stub
/// theme font scheme ("Arial") and names its real fonts on the master's placeholders, so those win.
/// </summary>
public static class HouseStyleReader
{
    /// <summary>Largest template read: a corporate template with a few pictures fits easily.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Largest XML part or image read out of it.</summary>
    public const long MaxPartBytes = 20L * 1024 * 1024;

    /// <summary>A picture on the master covering more of the slide than this is a decoration, not a logo.</summary>
    public const double MaxLogoShare = 0.25;

    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Officedocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public static HouseStyleReading Read(byte[] bytes, string name)
    {
        if (bytes.LongLength > MaxFileBytes)
            return new(null, TemplateProblem.TooLarge);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return new(null, TemplateProblem.NotAPackage);
        }
        using (zip)
        {
            try
            {
                return Read(new Parts(zip), name);
            }
            catch (XmlException)
            {
                return new(null, TemplateProblem.Damaged);
            }
            catch (InvalidDataException)
            {
                return new(null, TemplateProblem.Damaged);
            }
            catch (PartTooLargeException)
            {
                return new(null, TemplateProblem.PartTooLarge);
            }
        }
    }

    private static HouseStyleReading Read(Parts parts, string name)
    {
        if (parts.Target("", Officedocument + "officeDocument") is not { } presentationPart || parts.Xml(presentationPart) is not { } presentation
            || presentation.Root?.Name != P + "presentation")
            return new(null, TemplateProblem.NotAPresentation);
        var firstMaster = presentation.Root.Element(P + "sldMasterIdLst")?.Elements(P + "sldMasterId").FirstOrDefault()?.Attribute(R + "id")?.Value;
        if (firstMaster is null || parts.TargetById(presentationPart, firstMaster) is not { } masterPart || parts.Xml(masterPart)?.Root is not { } master)
            return new(null, TemplateProblem.NoMaster);
        if (parts.Target(masterPart, Officedocument + "theme") is not { } themePart || parts.Xml(themePart)?.Root is not { } theme
            || theme.Descendants(A + "clrScheme").FirstOrDefault() is not { } scheme)
            return new(null, TemplateProblem.NoMaster);

        var size = presentation.Root.Element(P + "sldSz");
        var slide = (Width: Long(size, "cx") ?? 12_192_000, Height: Long(size, "cy") ?? 6_858_000);
        var colours = Colours(scheme);
        var map = Map(master.Element(P + "clrMap"));
        var fonts = theme.Descendants(A + "fontScheme").FirstOrDefault();
        string? ThemeFont(string which) => Typeface(fonts?.Element(A + which)?.Element(A + "latin"), null, null);
        var (major, minor) = (ThemeFont("majorFont"), ThemeFont("minorFont"));

        var skipped = new List<StyleNote>();
        var tree = master.Element(P + "cSld")?.Element(P + "spTree");
        var styles = master.Element(P + "txStyles");
        var heading = Typeface(styles?.Element(P + "titleStyle")?.Element(A + "lvl1pPr")?.Element(A + "defRPr")?.Element(A + "latin"), major, minor)
            ?? Typeface(PlaceholderFont(tree, "title", "ctrTitle"), major, minor) ?? major;
        var body = Typeface(styles?.Element(P + "bodyStyle")?.Element(A + "lvl1pPr")?.Element(A + "defRPr")?.Element(A + "latin"), major, minor)
            ?? Typeface(PlaceholderFont(tree, "body", "obj"), major, minor) ?? minor;

        string Resolve(XElement? colour) => Colour(colour, colours, map) ?? colours.Of(map.Background1);
        var background = master.Element(P + "cSld")?.Element(P + "bg");
        var fill = background?.Element(P + "bgPr");
        string? backgroundColour = fill?.Element(A + "solidFill") is { } solid ? Resolve(solid.Elements().FirstOrDefault())
            : background?.Element(P + "bgRef") is { } reference ? Resolve(reference.Elements().FirstOrDefault())
            : fill?.Element(A + "gradFill")?.Descendants(A + "gs").FirstOrDefault() is { } stop ? Resolve(stop.Elements().FirstOrDefault())
            : null;
        Picture? backgroundPicture = null;
        if (fill?.Element(A + "blipFill")?.Element(A + "blip")?.Attribute(R + "embed")?.Value is { } embed && parts.TargetById(masterPart, embed) is { } imagePart)
            backgroundPicture = parts.Image(imagePart);

        var logo = Logo(parts, masterPart, tree, slide, skipped);
        return new(new HouseStyle(name, colours, map, backgroundColour, backgroundPicture, heading, body, logo, skipped), null);
    }

    /// <summary>The first picture placed directly on the master that is small enough to be a logo and in a format the files carry.</summary>
    private static TemplateLogo? Logo(Parts parts, string masterPart, XElement? tree, (long Width, long Height) slide, List<StyleNote> skipped)
    {
        foreach (var pic in tree?.Elements(P + "pic") ?? [])
        {
            var embed = pic.Element(P + "blipFill")?.Element(A + "blip")?.Attribute(R + "embed")?.Value;
            var xfrm = pic.Element(P + "spPr")?.Element(A + "xfrm");
            var (x, y) = (Long(xfrm?.Element(A + "off"), "x"), Long(xfrm?.Element(A + "off"), "y"));
            var (cx, cy) = (Long(xfrm?.Element(A + "ext"), "cx"), Long(xfrm?.Element(A + "ext"), "cy"));
            if (embed is null || x is null || y is null || cx is not > 0 || cy is not > 0 || parts.TargetById(masterPart, embed) is not { } part)
                continue;
            var share = (double)cx.Value * cy.Value / ((double)slide.Width * slide.Height);
            if (share > MaxLogoShare)
            {
                skipped.Add(new LogoSkipped(LogoProblem.TooLarge, Math.Round(share * 100).ToString(CultureInfo.InvariantCulture)));
                continue;
            }
            if (parts.Image(part) is not { } image)
            {
                skipped.Add(new LogoSkipped(LogoProblem.Format, Path.GetExtension(part).TrimStart('.')));
                continue;
            }
            return new TemplateLogo(image, x.Value / (double)slide.Width, y.Value / (double)slide.Height,
                cx.Value / (double)slide.Width, cy.Value / (double)slide.Height, cx.Value / (double)cy.Value);
        }
        return null;
    }

    /// <summary>The Latin font of a placeholder's first run (LibreOffice writes its fonts there), or null.</summary>
    private static XElement? PlaceholderFont(XElement? tree, params string[] types) =>
        tree?.Elements(P + "sp")
            .Where(sp => sp.Descendants(P + "ph").Any(ph => types.Contains((string?)ph.Attribute("type"))))
            .SelectMany(sp => sp.Descendants(A + "latin")).FirstOrDefault();

    /// <summary>A font name; +mj-lt and +mn-lt (ECMA-376 Part 1, 20.1.4.2.12) stand for the theme's major and minor font.</summary>
    private static string? Typeface(XElement? latin, string? major, string? minor)
    {
        var name = (string?)latin?.Attribute("typeface");
        return name switch
        {
            null or "" => null,
            "+mj-lt" => major,
            "+mn-lt" => minor,
            _ when name.StartsWith('+') => null,
            _ => name.Trim(),
        };
    }

    private static ThemeColours Colours(XElement scheme)
    {
        var house = Look.House.Theme;
        string Of(string name, string fallback) => Colour(scheme.Element(A + name)?.Elements().FirstOrDefault(), null, ColourMap.Standard) ?? fallback;
        return new ThemeColours(Of("dk1", house.Dark1), Of("lt1", house.Light1), Of("dk2", house.Dark2), Of("lt2", house.Light2),
            Of("accent1", house.Accent1), Of("accent2", house.Accent2), Of("accent3", house.Accent3), Of("accent4", house.Accent4),
            Of("accent5", house.Accent5), Of("accent6", house.Accent6), Of("hlink", house.Hyperlink), Of("folHlink", house.FollowedHyperlink));
    }

    /// <summary>
    /// A colour element as six hex digits: srgbClr, sysClr (its lastClr, else window text black and window
    /// white), schemeClr through the colour map, with lumMod and lumOff applied (20.1.2.3.20/21) as
    /// PowerPoint's colour picker writes its lighter and darker variants. Null for what it cannot resolve.
    /// </summary>
    private static string? Colour(XElement? colour, ThemeColours? scheme, ColourMap map)
    {
        var hex = colour?.Name.LocalName switch
        {
            "srgbClr" => Contrast.Normalised((string?)colour.Attribute("val")),
            "sysClr" => Contrast.Normalised((string?)colour.Attribute("lastClr")) ?? ((string?)colour.Attribute("val") == "window" ? "FFFFFF" : "000000"),
            "schemeClr" when scheme is not null => (string?)colour.Attribute("val") switch
            {
                "bg1" => scheme.Of(map.Background1),
                "tx1" => scheme.Of(map.Text1),
                "bg2" => scheme.Of(map.Background2),
                "tx2" => scheme.Of(map.Text2),
                "dk1" => scheme.Dark1,
                "lt1" => scheme.Light1,
                "dk2" => scheme.Dark2,
                "lt2" => scheme.Light2,
                "accent1" => scheme.Accent1,
                "accent2" => scheme.Accent2,
                "accent3" => scheme.Accent3,
                "accent4" => scheme.Accent4,
                "accent5" => scheme.Accent5,
                "accent6" => scheme.Accent6,
                _ => null,
            },
            _ => null,
        };
        if (hex is null)
            return null;
        var lumMod = Per100k(colour!.Element(A + "lumMod"));
        var lumOff = Per100k(colour.Element(A + "lumOff"));
        return lumMod is null && lumOff is null ? hex : Luminance(hex, lumMod ?? 1, lumOff ?? 0);
    }

    private static double? Per100k(XElement? element) =>
        double.TryParse((string?)element?.Attribute("val"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value / 100_000 : null;

    /// <summary>The colour with its HSL lightness multiplied by <paramref name="mod"/>, then <paramref name="off"/> added.</summary>
    private static string Luminance(string hex, double mod, double off)
    {
        double C(int at) => Convert.ToInt32(hex.Substring(at, 2), 16) / 255.0;
        var (r, g, b) = (C(0), C(2), C(4));
        var max = Math.Max(r, Math.Max(g, b));
        var min = Math.Min(r, Math.Min(g, b));
        var l = (max + min) / 2;
        var d = max - min;
        double h = 0, s = 0;
        if (d > 0)
        {
            s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
            h = max == r ? (g - b) / d + (g < b ? 6 : 0) : max == g ? (b - r) / d + 2 : (r - g) / d + 4;
            h /= 6;
        }
        l = Math.Clamp(l * mod + off, 0, 1);
        double Hue(double p, double q, double t)
        {
            t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
            return t < 1.0 / 6 ? p + (q - p) * 6 * t : t < 0.5 ? q : t < 2.0 / 3 ? p + (q - p) * (2.0 / 3 - t) * 6 : p;
        }
        var q2 = l < 0.5 ? l * (1 + s) : l + s - l * s;
        var p2 = 2 * l - q2;
        var (r2, g2, b2) = s == 0 ? (l, l, l) : (Hue(p2, q2, h + 1.0 / 3), Hue(p2, q2, h), Hue(p2, q2, h - 1.0 / 3));
        int Byte(double v) => (int)Math.Round(v * 255);
        return string.Create(CultureInfo.InvariantCulture, $"{Byte(r2):X2}{Byte(g2):X2}{Byte(b2):X2}");
    }

    private static ColourMap Map(XElement? clrMap)
    {
        SchemeColour Of(string attribute, SchemeColour fallback) => (string?)clrMap?.Attribute(attribute) switch
        {
            "dk1" => SchemeColour.Dark1,
            "lt1" => SchemeColour.Light1,
            "dk2" => SchemeColour.Dark2,
            "lt2" => SchemeColour.Light2,
            _ => fallback,
        };
        var standard = ColourMap.Standard;
        return new ColourMap(Of("bg1", standard.Background1), Of("tx1", standard.Text1), Of("bg2", standard.Background2), Of("tx2", standard.Text2));
    }

    private static long? Long(XElement? element, string attribute) =>
        long.TryParse((string?)element?.Attribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private sealed class PartTooLargeException : Exception;

    /// <summary>The package's parts by name, their relationships (ECMA-376 Part 2, 9.3) resolved to part names, each read bounded.</summary>
    private sealed class Parts(ZipArchive zip)
    {
        private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

        public XDocument? Xml(string part)
        {
            if (Bytes(part) is not { } bytes)
                return null;
            using var reader = XmlReader.Create(new MemoryStream(bytes), Settings);
            return XDocument.Load(reader);
        }

        /// <summary>An image the files can carry (PNG, JPEG, GIF, known by their first bytes), or null.</summary>
        public Picture? Image(string part)
        {
            if (Bytes(part) is not { } bytes)
                return null;
            var type = bytes switch
            {
                [0x89, 0x50, 0x4E, 0x47, ..] => "image/png",
                [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
                [0x47, 0x49, 0x46, 0x38, ..] => "image/gif",
                _ => null,
            };
            return type is null ? null : new Picture(bytes, type);
        }

        /// <summary>The part a source's first relationship of a type points to ("" for the package's own).</summary>
        public string? Target(string source, string type) => Relationships(source).FirstOrDefault(r => r.Type == type).Target;

        public string? TargetById(string source, string id) => Relationships(source).FirstOrDefault(r => r.Id == id).Target;

        private IEnumerable<(string Id, string Type, string Target)> Relationships(string source)
        {
            var slash = source.LastIndexOf('/') + 1;
            var folder = source[..slash];
            if (Xml($"{folder}_rels/{source[slash..]}.rels")?.Root is not { } root)
                yield break;
            foreach (var relationship in root.Elements(Rels + "Relationship"))
            {
                if ((string?)relationship.Attribute("TargetMode") == "External")
                    continue;
                var target = (string?)relationship.Attribute("Target");
                if (target is null)
                    continue;
                yield return ((string?)relationship.Attribute("Id") ?? "", (string?)relationship.Attribute("Type") ?? "", Resolve(folder, target));
            }
        }

        private static string Resolve(string folder, string target)
        {
            var combined = target.StartsWith('/') ? target[1..] : folder + target;
            var names = new List<string>();
            foreach (var segment in Uri.UnescapeDataString(combined).Split('/'))
            {
                if (segment == "..") { if (names.Count > 0) names.RemoveAt(names.Count - 1); }
                else if (segment is not ("" or ".")) names.Add(segment);
            }
            return string.Join('/', names);
        }

        private byte[]? Bytes(string part)
        {
            var entry = zip.GetEntry(part) ?? zip.Entries.FirstOrDefault(e => e.FullName.Equals(part, StringComparison.OrdinalIgnoreCase));
            if (entry is null)
                return null;
            if (entry.Length > MaxPartBytes)
                throw new PartTooLargeException();
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxPartBytes)
                    throw new PartTooLargeException();
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
    }
}
