using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace HalenBrengen.Pptx;

/// <summary>A relationship from a part to another (ECMA-376 Part 2, 9.3), its target an absolute part name.</summary>
internal readonly record struct Relationship(string Id, string Type, string Target);

/// <summary>A part name and its content type, an override in [Content_Types].xml (ECMA-376 Part 2, 10.1.2.2.3).</summary>
internal readonly record struct PartType(string Name, string ContentType);

/// <summary>
/// An Open Packaging Conventions package (ECMA-376 Part 2) written in one pass: each part is compressed
/// once, straight into the zip, in the order it is written, instead of built by System.IO.Packaging and
/// then read back and recompressed to make its bytes deterministic. Deterministic by construction
/// (rule 7): a fixed order, and the zip itself written by <see cref="ZipWriter"/> (a fixed timestamp, no
/// data descriptors, no extra fields). [Content_Types].xml comes first, as PowerPoint writes it, so the
/// content types of every part are given before any part is written.
/// </summary>
internal sealed class PackageWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: true);

    private readonly ZipWriter _zip;
    private readonly HashSet<string> _extensions;
    private readonly HashSet<string> _unwritten;
    private readonly StringBuilder _text = new(1024);

    /// <param name="output">A seekable stream: the sizes then go in each local header, with no data descriptor after the data.</param>
    /// <param name="defaults">Content types by extension, in the order written (Part 2, 10.1.2.2.2).</param>
    /// <param name="overrides">Every part with a content type of its own; each must then be written.</param>
    public PackageWriter(Stream output, IReadOnlyList<(string Extension, string ContentType)> defaults, IReadOnlyList<PartType> overrides)
    {
        _zip = new ZipWriter(output);
        _extensions = defaults.Select(d => d.Extension).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _unwritten = overrides.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        foreach (var (extension, type) in defaults)
            xml.Append("<Default Extension=\"").Append(extension).Append("\" ContentType=\"").Append(type).Append("\" />");
        foreach (var (name, type) in overrides)
            xml.Append("<Override PartName=\"/").Append(name).Append("\" ContentType=\"").Append(type).Append("\" />");
        xml.Append("</Types>");
        using var stream = _zip.Entry("[Content_Types].xml", CompressionLevel.Optimal);
        WriteText(stream, xml);
    }

    /// <summary>A part from its bytes. Already compressed data (an embedded package) is stored, never deflated twice.</summary>
    public void Part(string name, ReadOnlySpan<byte> bytes, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var stream = Part(name, level);
        stream.Write(bytes);
    }

    /// <summary>The writable stream of a new part; dispose it before the next part.</summary>
    public Stream Part(string name, CompressionLevel level)
    {
        if (!_unwritten.Remove(name) && !_extensions.Contains(Path.GetExtension(name).TrimStart('.')))
            throw new InvalidOperationException($"part {name} has no content type");
        return _zip.Entry(name, level);
    }

    /// <summary>
    /// The relationships part of <paramref name="source"/> ("" for the package's own), e.g. ppt/_rels/presentation.xml.rels
    /// (Part 2, 9.3.3), written as System.IO.Packaging wrote it.
    /// </summary>
    public void Relationships(string source, params ReadOnlySpan<Relationship> relationships)
    {
        var slash = source.LastIndexOf('/') + 1;
        var name = $"{source[..slash]}_rels/{source[slash..]}.rels";
        var xml = _text.Clear().Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var (id, type, target) in relationships)
            xml.Append("<Relationship Type=\"").Append(type).Append("\" Target=\"/").Append(target).Append("\" Id=\"").Append(id).Append("\" />");
        xml.Append("</Relationships>");
        using var stream = Part(name, CompressionLevel.Optimal);
        WriteText(stream, xml);
    }

    /// <summary>
    /// Text as System.IO.Packaging wrote it (UTF-8 with a BOM), encoded through one pooled buffer: a
    /// StreamWriter per relationships part allocated more than the part itself.
    /// </summary>
    private static void WriteText(Stream stream, StringBuilder text)
    {
        stream.Write(Utf8.Preamble);
        var encoder = Utf8.GetEncoder();
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            foreach (var chunk in text.GetChunks())
            {
                var chars = chunk.Span;
                while (!chars.IsEmpty)
                {
                    encoder.Convert(chars, buffer, flush: false, out var used, out var bytes, out _);
                    stream.Write(buffer, 0, bytes);
                    chars = chars[used..];
                }
            }
            encoder.Convert([], buffer, flush: true, out _, out var last, out _);
            stream.Write(buffer, 0, last);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Ends the package (its central directory), once every part given a content type of its own was written.</summary>
    public void Complete()
    {
        if (_unwritten.Count > 0)
            throw new InvalidOperationException($"content types given for parts never written: {string.Join(", ", _unwritten.Order(StringComparer.Ordinal))}");
        _zip.Dispose();
    }

    /// <summary>Ends the zip without the check, so that an exception thrown while writing a part is the one reported.</summary>
    public void Dispose() => _zip.Dispose();
}

/// <summary>The relationship types and content types the packages use (ECMA-376 Part 1, 15 and Part 2, annex E).</summary>
internal static class OpcTypes
{
    private const string Officedocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    public const string OfficeDocument = Officedocument + "officeDocument";
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    public const string Theme = Officedocument + "theme";
    public const string SlideMaster = Officedocument + "slideMaster";
    public const string SlideLayout = Officedocument + "slideLayout";
    public const string NotesMaster = Officedocument + "notesMaster";
    public const string Slide = Officedocument + "slide";
    public const string NotesSlide = Officedocument + "notesSlide";
    public const string Chart = Officedocument + "chart";
    public const string Image = Officedocument + "image";
    public const string Package = Officedocument + "package";
    public const string Worksheet = Officedocument + "worksheet";

    private const string Office = "application/vnd.openxmlformats-officedocument.";
    public const string RelationshipsType = "application/vnd.openxmlformats-package.relationships+xml";
    public const string CorePropertiesType = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string PresentationType = Office + "presentationml.presentation.main+xml";
    public const string ThemeType = Office + "theme+xml";
    public const string SlideMasterType = Office + "presentationml.slideMaster+xml";
    public const string SlideLayoutType = Office + "presentationml.slideLayout+xml";
    public const string NotesMasterType = Office + "presentationml.notesMaster+xml";
    public const string SlideType = Office + "presentationml.slide+xml";
    public const string NotesSlideType = Office + "presentationml.notesSlide+xml";
    public const string ChartType = Office + "drawingml.chart+xml";
    public const string WorkbookPackageType = Office + "spreadsheetml.sheet";
    public const string WorkbookType = Office + "spreadsheetml.sheet.main+xml";
    public const string WorksheetType = Office + "spreadsheetml.worksheet+xml";
}
