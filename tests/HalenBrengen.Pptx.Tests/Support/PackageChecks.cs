using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace HalenBrengen.Pptx.Tests.Support;

/// <summary>
/// The checks every written package must pass (CONVENTIONS rule 6 and the deck issue's bars): zero
/// validator errors, and what schema-valid does not cover but PowerPoint's repair prompt does.
/// </summary>
public static partial class PackageChecks
{
    public static void AssertValid(byte[] package)
    {
        using (var document = PresentationDocument.Open(new MemoryStream(package), false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var contentTypes = XDocument.Load(zip.GetEntry("[Content_Types].xml")!.Open());
        XNamespace ct = "http://schemas.openxmlformats.org/package/2006/content-types";
        var overrides = contentTypes.Root!.Elements(ct + "Override").Select(o => o.Attribute("PartName")!.Value.TrimStart('/')).ToHashSet(StringComparer.Ordinal);
        var defaults = contentTypes.Root!.Elements(ct + "Default").Select(d => d.Attribute("Extension")!.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names.Where(n => n != "[Content_Types].xml"))
            Assert.True(overrides.Contains(name) || defaults.Contains(Path.GetExtension(name).TrimStart('.')), $"{name} has no content type");
        foreach (var part in overrides)
            Assert.True(names.Contains(part), $"content type for missing part {part}");

        foreach (var rels in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            var folder = rels.FullName.Replace("_rels/", "", StringComparison.Ordinal)[..^5];
            folder = folder.Contains('/') ? folder[..(folder.LastIndexOf('/') + 1)] : "";
            foreach (var relationship in XDocument.Load(rels.Open()).Root!.Elements())
            {
                if (relationship.Attribute("TargetMode")?.Value == "External") continue;
                var target = Resolve(folder, relationship.Attribute("Target")!.Value);
                Assert.True(names.Contains(target), $"{rels.FullName}: relationship to missing {target}");
            }
        }

        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var xml = XDocument.Load(entry.Open());
            if (entry.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal))
                AssertSlide(entry.FullName, xml);
            foreach (var color in xml.Descendants().Where(e => e.Name.LocalName == "srgbClr"))
                Assert.Matches(HexColor(), color.Attribute("val")!.Value);
        }
    }

    private static void AssertSlide(string name, XDocument slide)
    {
        var ids = slide.Descendants().Where(e => e.Name.LocalName == "cNvPr").Select(e => e.Attribute("id")!.Value).ToList();
        Assert.True(ids.Count == ids.Distinct().Count(), $"{name}: duplicate shape ids {string.Join(",", ids)}");
        foreach (var shape in slide.Descendants().Where(e => e.Name.LocalName == "sp"))
            Assert.True(shape.Elements().Any(e => e.Name.LocalName == "txBody"), $"{name}: a shape without a text body");
    }

    private static string Resolve(string folder, string target)
    {
        var combined = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in combined.Split('/'))
        {
            if (segment == "..") parts.RemoveAt(parts.Count - 1);
            else if (segment is not ("" or ".")) parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    [GeneratedRegex("^[0-9A-F]{6}$")]
    private static partial Regex HexColor();
}
