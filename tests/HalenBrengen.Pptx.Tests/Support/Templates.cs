using System.IO.Compression;
using System.Text;

namespace HalenBrengen.Pptx.Tests.Support;

/// <summary>What a template written by <see cref="Templates.Write"/> holds.</summary>
public sealed record TemplateSpec
{
    /// <summary>dk1, lt1, dk2, lt2, accent1–6, hlink, folHlink.</summary>
    public string[] Colours { get; init; } = ["000000", "FFFFFF", "1B3A4B", "EEF1F4", "0B6E4F", "D1495B", "EDAE49", "00798C", "30638E", "003D5B", "0563C1", "954F72"];
    public string MajorFont { get; init; } = "Calibri";
    public string MinorFont { get; init; } = "Calibri";
    /// <summary>The master's text styles' fonts, as PowerPoint writes them: the theme's, by reference.</summary>
    public string TitleStyleFont { get; init; } = "+mj-lt";
    public string BodyStyleFont { get; init; } = "+mn-lt";
    /// <summary>The master's background: a schemeClr name (bg1) or six hex digits, or null for none.</summary>
    public string? Background { get; init; } = "bg1";
    /// <summary>The master's clrMap bg1 and tx1.</summary>
    public (string Background1, string Text1) Map { get; init; } = ("lt1", "dk1");
    /// <summary>A logo on the master: its PNG and its box in EMU on a 16:9 slide.</summary>
    public byte[]? Logo { get; init; }
    public (long X, long Y, long Cx, long Cy) LogoBox { get; init; } = (10_464_800, 228_600, 1_371_600, 457_200);
    /// <summary>A .potx (the template content type) or a .pptx.</summary>
    public bool Template { get; init; } = true;
    /// <summary>One slide on the layout: LibreOffice imports a master and its theme only with a slide that uses them.</summary>
    public bool WithSlide { get; init; }
}

/// <summary>
/// Templates written by code, the way PowerPoint lays one out: a presentation with one slide master, a
/// layout and a theme, the master's text styles naming the theme's fonts, and optionally a PNG logo on
/// the master. Small and complete: the house style reader is tested against what a template is, not
/// against the generator's own output.
/// </summary>
public static class Templates
{
    private const string Ns = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public static byte[] Write(TemplateSpec spec)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var main = spec.Template ? "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
                                     : "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Default Extension=\"png\" ContentType=\"image/png\"/>" +
                $"<Override PartName=\"/ppt/presentation.xml\" ContentType=\"{main}\"/>" +
                "<Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml\"/>" +
                "<Override PartName=\"/ppt/slideLayouts/slideLayout1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml\"/>" +
                "<Override PartName=\"/ppt/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>" +
                (spec.WithSlide ? "<Override PartName=\"/ppt/slides/slide1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.slide+xml\"/>" : "") +
                "</Types>");
            Add(zip, "_rels/.rels", Relationships(("rId1", "officeDocument", "ppt/presentation.xml")));
            Add(zip, "ppt/presentation.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:presentation {Ns}>" +
                "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>" +
                (spec.WithSlide ? "<p:sldIdLst><p:sldId id=\"256\" r:id=\"rId3\"/></p:sldIdLst>" : "") +
                "<p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>");
            Add(zip, "ppt/_rels/presentation.xml.rels", spec.WithSlide
                ? Relationships(("rId1", "slideMaster", "slideMasters/slideMaster1.xml"), ("rId2", "theme", "theme/theme1.xml"), ("rId3", "slide", "slides/slide1.xml"))
                : Relationships(("rId1", "slideMaster", "slideMasters/slideMaster1.xml"), ("rId2", "theme", "theme/theme1.xml")));
            if (spec.WithSlide)
            {
                Add(zip, "ppt/slides/slide1.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:sld {Ns}><p:cSld><p:spTree>" +
                    "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>" +
                    "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Titel 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr>" +
                    "<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang=\"nl-NL\"/><a:t>Huisstijl</a:t></a:r></a:p></p:txBody></p:sp>" +
                    "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>");
                Add(zip, "ppt/slides/_rels/slide1.xml.rels", Relationships(("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")));
            }
            Add(zip, "ppt/slideMasters/slideMaster1.xml", Master(spec));
            var masterRels = new List<(string, string, string)> { ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"), ("rId2", "theme", "../theme/theme1.xml") };
            if (spec.Logo is not null)
                masterRels.Add(("rId3", "image", "../media/image1.png"));
            Add(zip, "ppt/slideMasters/_rels/slideMaster1.xml.rels", Relationships([.. masterRels]));
            Add(zip, "ppt/slideLayouts/slideLayout1.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:sldLayout {Ns} type=\"title\" preserve=\"1\">" +
                "<p:cSld name=\"Titeldia\"><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld>" +
                "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>");
            Add(zip, "ppt/slideLayouts/_rels/slideLayout1.xml.rels", Relationships(("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")));
            Add(zip, "ppt/theme/theme1.xml", Theme(spec));
            if (spec.Logo is { } logo)
            {
                using var stream = zip.CreateEntry("ppt/media/image1.png").Open();
                stream.Write(logo);
            }
        }
        return buffer.ToArray();
    }

    private static string Master(TemplateSpec spec)
    {
        var background = spec.Background switch
        {
            null => "",
            { Length: 6 } hex when hex.All(char.IsAsciiHexDigit) => $"<p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"{hex}\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>",
            var scheme => $"<p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"{scheme}\"/></p:bgRef></p:bg>",
        };
        var (x, y, cx, cy) = spec.LogoBox;
        var logo = spec.Logo is null ? "" :
            "<p:pic><p:nvPicPr><p:cNvPr id=\"7\" name=\"Logo\"/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr userDrawn=\"1\"/></p:nvPicPr>" +
            "<p:blipFill><a:blip r:embed=\"rId3\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>" +
            $"<p:spPr><a:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>";
        string Style(string name, string font, int size) =>
            $"<p:{name}><a:lvl1pPr><a:defRPr sz=\"{size}\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"{font}\"/></a:defRPr></a:lvl1pPr></p:{name}>";
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:sldMaster {Ns}><p:cSld>{background}<p:spTree>" +
            "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>" +
            "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr>" +
            "<p:spPr><a:xfrm><a:off x=\"838200\" y=\"365125\"/><a:ext cx=\"10515600\" cy=\"1325563\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>" +
            "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang=\"nl-NL\"/><a:t>Titel</a:t></a:r></a:p></p:txBody></p:sp>" +
            logo + "</p:spTree></p:cSld>" +
            $"<p:clrMap bg1=\"{spec.Map.Background1}\" tx1=\"{spec.Map.Text1}\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>" +
            "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>" +
            $"<p:txStyles>{Style("titleStyle", spec.TitleStyleFont, 4400)}{Style("bodyStyle", spec.BodyStyleFont, 2800)}<p:otherStyle/></p:txStyles></p:sldMaster>";
    }

    private static string Theme(TemplateSpec spec)
    {
        string[] names = ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];
        var colours = string.Concat(names.Select((n, i) => i == 0
            ? $"<a:{n}><a:sysClr val=\"windowText\" lastClr=\"{spec.Colours[i]}\"/></a:{n}>"
            : $"<a:{n}><a:srgbClr val=\"{spec.Colours[i]}\"/></a:{n}>"));
        string Font(string name, string face) => $"<a:{name}><a:latin typeface=\"{face}\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:{name}>";
        string Three(string inner) => inner + inner + inner;
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Proefhuisstijl\"><a:themeElements>" +
            $"<a:clrScheme name=\"Proef\">{colours}</a:clrScheme>" +
            $"<a:fontScheme name=\"Proef\">{Font("majorFont", spec.MajorFont)}{Font("minorFont", spec.MinorFont)}</a:fontScheme>" +
            "<a:fmtScheme name=\"Proef\"><a:fillStyleLst>" + Three("<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>") + "</a:fillStyleLst>" +
            "<a:lnStyleLst>" + Three("<a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>") + "</a:lnStyleLst>" +
            "<a:effectStyleLst>" + Three("<a:effectStyle><a:effectLst/></a:effectStyle>") + "</a:effectStyleLst>" +
            "<a:bgFillStyleLst>" + Three("<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>") + "</a:bgFillStyleLst></a:fmtScheme>" +
            "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
    }

    private static string Relationships(params (string Id, string Type, string Target)[] relationships) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{Rel}{r.Type}\" Target=\"{r.Target}\"/>")) + "</Relationships>";

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }
}
