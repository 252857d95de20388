using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using HalenBrengen.Pptx;

namespace HalenBrengen.App;

/// <summary>
/// A workbook as ClosedXML saved it, re-packed so that the same workbook gives the same bytes on every run
/// (rule 7). ClosedXML 0.95.4 saves through System.IO.Packaging, which names the core-properties part at
/// random (package/services/metadata/core-properties/&lt;guid&gt;.psmdcp), gives the package's own
/// relationships random ids ("R" and 16 hex digits) and stamps every zip entry with the time of saving;
/// every other part is the same from one save to the next. Re-packed: the core properties at
/// docProps/core.xml, where Excel puts them (a reader finds the part through its package relationship, so
/// the name is free: ECMA-376 Part 2, 11.2); the package relationships numbered rId1, rId2, … in their
/// order (nothing refers to a package relationship by its id); [Content_Types].xml giving the renamed part
/// its type by an Override (Part 2, 10.1.2.2.3); and the entries written through <see cref="ZipWriter"/>,
/// [Content_Types].xml first and the others in ordinal order.
/// </summary>
internal static class ReproducibleWorkbook
{
    private const string ContentTypes = "[Content_Types].xml";
    private const string PackageRelationships = "_rels/.rels";
    private const string CorePart = "docProps/core.xml";
    private const string CoreRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private const string CoreType = "application/vnd.openxmlformats-package.core-properties+xml";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";

    public static byte[] Repack(byte[] saved)
    {
        var parts = Parts(saved);
        var relationships = Xml(parts[PackageRelationships]);
        var core = relationships.Root!.Elements(Relationships + "Relationship").Single(r => (string?)r.Attribute("Type") == CoreRelationship);
        var coreName = ((string)core.Attribute("Target")!).TrimStart('/');
        core.SetAttributeValue("Target", "/" + CorePart);
        var number = 0;
        foreach (var relationship in relationships.Root.Elements(Relationships + "Relationship"))
            relationship.SetAttributeValue("Id", $"rId{++number}");
        parts[PackageRelationships] = Bytes(relationships);
        if (coreName != CorePart)
        {
            parts.Add(CorePart, parts[coreName]);
            parts.Remove(coreName);
            parts[ContentTypes] = Bytes(Retyped(Xml(parts[ContentTypes]), coreName, parts.Keys));
        }
        var order = parts.Keys.Where(n => n != ContentTypes).Order(StringComparer.Ordinal).Prepend(ContentTypes);
        return ZipWriter.Of(order.Select(n => (n, parts[n])), CompressionLevel.Optimal);
    }

    /// <summary>
    /// The content types with the core properties' type moved from <paramref name="oldName"/> to <see cref="CorePart"/>:
    /// an Override of the old name goes, and so does a Default for its extension that no part has any more (.psmdcp).
    /// </summary>
    private static XDocument Retyped(XDocument types, string oldName, IEnumerable<string> names)
    {
        var root = types.Root!;
        root.Elements(Types + "Override").Where(o => (string?)o.Attribute("PartName") == "/" + oldName).Remove();
        var extension = Path.GetExtension(oldName).TrimStart('.');
        if (!names.Any(n => string.Equals(Path.GetExtension(n).TrimStart('.'), extension, StringComparison.OrdinalIgnoreCase)))
            root.Elements(Types + "Default").Where(d => string.Equals((string?)d.Attribute("Extension"), extension, StringComparison.OrdinalIgnoreCase)).Remove();
        root.Add(new XElement(Types + "Override", new XAttribute("PartName", "/" + CorePart), new XAttribute("ContentType", CoreType)));
        return types;
    }

    private static Dictionary<string, byte[]> Parts(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var content = new MemoryStream();
            stream.CopyTo(content);
            parts.Add(entry.FullName, content.ToArray());
        }
        return parts;
    }

    private static XDocument Xml(byte[] part)
    {
        using var stream = new MemoryStream(part);
        return XDocument.Load(stream);
    }

    /// <summary>As System.IO.Packaging writes these parts: UTF-8 with a byte order mark, no indentation.</summary>
    private static byte[] Bytes(XDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true) }))
            document.Save(writer);
        return buffer.ToArray();
    }
}
