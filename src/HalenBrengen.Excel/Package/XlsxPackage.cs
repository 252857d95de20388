using System.IO.Compression;
using System.Text;
using System.Xml;
using HalenBrengen.Core;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Excel.Package;

/// <summary>
/// A workbook opened for reading only. The file is read once into memory (shared, so Excel may keep it
/// open) and never written, locked or changed.
/// </summary>
/// <remarks>
/// Why not ClosedXML or the Open XML SDK for reading: ClosedXML 0.95.4 on Linux cannot load any
/// workbook that holds an image (it calls into GDI+, which never works on Linux), and throws on ISO date cells, empty shared
/// strings and sheets without r:id; both it and the SDK 2.20 open the package through
/// System.IO.Packaging, which throws on a malformed hyperlink such as "mailto:one@" that Excel saves
/// happily (dotnet/Open-XML-SDK#297). Reading cell values needs only four kinds of part, so this reads
/// them directly, with every size bounded.
/// </remarks>
public sealed class XlsxPackage : IDisposable
{
    private const string RelationshipsNamespaceSuffix = "/relationships";
    private static readonly ProblemTexts Say = Words.Nl.Problems;
    private readonly ZipArchive _zip;
    private readonly IReadOnlyList<string?> _sheetParts; // part path of each sheet in SheetNames, null when it has none
    private readonly WorksheetParser _parser;

    private XlsxPackage(ZipArchive zip, IReadOnlyList<string> sheetNames, IReadOnlyList<string?> sheetParts, WorksheetParser parser)
    {
        _zip = zip;
        SheetNames = sheetNames;
        _sheetParts = sheetParts;
        _parser = parser;
    }

    /// <summary>The worksheet names in workbook order (chart sheets and dialog sheets left out).</summary>
    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>Opens a workbook, or throws <see cref="XlsxException"/> with the Dutch reason it cannot be read.</summary>
    public static XlsxPackage Open(string path) => Open(InputFile.ReadAll(path), path);

    /// <summary>
    /// Opens a workbook held in memory (an upload); nothing touches the disk. The name, when known, only
    /// words the message for a file that turns out to be another format (a .csv, an .ods).
    /// </summary>
    public static XlsxPackage Open(byte[] bytes, string? name = null)
    {
        if (bytes.LongLength > XlsxLimits.MaxFileBytes)
            throw TooLarge(bytes.LongLength);
        var extension = Path.GetExtension(name ?? string.Empty).ToLowerInvariant();
        FileSignature.Check(bytes, extension);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > XlsxLimits.MaxZipEntries)
                throw new XlsxException(DiagnosticCode.TeGroot, Say.TooManyParts.Fill(XlsxLimits.MaxZipEntries.ToString("N0", Locales.Dutch)));
        }
        catch (InvalidDataException)
        {
            throw Damaged();
        }
        try
        {
            return Load(zip, extension);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Every sheet whose name is this name (case, accents, spaces and invisible characters ignored), in
    /// tab order: usually one, none when the sheet is missing. Two sheets may match ("Halen" and
    /// "HALEN "); the caller decides which one holds the partner's words.
    /// </summary>
    public IReadOnlyList<SheetGrid> ReadSheets(string name)
    {
        var wanted = TextKey.Label(name);
        var grids = new List<SheetGrid>();
        for (var i = 0; i < SheetNames.Count; i++)
        {
            if (TextKey.Label(SheetNames[i]) == wanted)
                grids.Add(ReadSheetAt(i));
        }
        return grids;
    }

    /// <summary>
    /// Every sheet whose name is none of these names (folded as <see cref="ReadSheets"/> folds them), in tab
    /// order; a sheet whose content is missing from the package holds nothing to read and is left out.
    /// </summary>
    public IReadOnlyList<SheetGrid> ReadSheetsOtherThan(IEnumerable<string> names)
    {
        var known = names.Select(TextKey.Label).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, SheetNames.Count)
            .Where(i => _sheetParts[i] is not null && !known.Contains(TextKey.Label(SheetNames[i])))
            .Select(ReadSheetAt).ToList();
    }

    private SheetGrid ReadSheetAt(int index)
    {
        var name = SheetNames[index];
        var missing = new XlsxException(DiagnosticCode.Beschadigd, Say.SheetContentMissing.Fill(name));
        if (_sheetParts[index] is not { } partPath)
            throw missing;
        using var stream = OpenPart(partPath) ?? throw missing;
        return Guard(() => _parser.Parse(name, stream));
    }

    public bool HasSheet(string name) => SheetNames.Any(n => TextKey.Label(n) == TextKey.Label(name));

    public void Dispose() => _zip.Dispose();

    private static XlsxPackage Load(ZipArchive zip, string extension)
    {
        var workbookPath = Guard(() => FindWorkbookPart(zip, extension));
        var workbookRels = Guard(() => ReadRelationships(zip, workbookPath));
        var (sheets, date1904) = Guard(() => ReadWorkbook(zip, workbookPath));

        var sheetParts = new List<string?>();
        var names = new List<string>();
        foreach (var (name, relationshipId) in sheets)
        {
            names.Add(name);
            // A sheet whose r:id is missing or dangling has no readable content; it is listed, not read.
            sheetParts.Add(relationshipId is not null && workbookRels.TryGetValue(relationshipId, out var target) ? target.Path : null);
        }

        var sharedStringsPath = workbookRels.Values.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Path;
        var stylesPath = workbookRels.Values.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)).Path;
        var sharedStrings = ReadOptionalPart(zip, sharedStringsPath, XmlParts.ReadSharedStrings) ?? [];
        var formats = ReadOptionalPart(zip, stylesPath, part => NumberFormats.Read(part, date1904)) ?? NumberFormats.General(date1904);
        return new XlsxPackage(zip, names, sheetParts, new WorksheetParser(sharedStrings, formats, date1904));
    }

    private static string FindWorkbookPart(ZipArchive zip, string extension)
    {
        var packageRels = ReadRelationships(zip, string.Empty);
        var office = packageRels.Values.FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Path;
        var path = office ?? "xl/workbook.xml";
        // A binary workbook (.xlsb) has the same package, but its workbook part is xl/workbook.bin.
        if (path.EndsWith(".bin", StringComparison.OrdinalIgnoreCase))
            throw FileSignature.OtherSpreadsheet(".xlsb");
        if (Entry(zip, path) is null)
            throw FileSignature.OtherZip(zip, extension);
        return path;
    }

    /// <summary>The sheets of xl/workbook.xml (name and r:id) and whether it uses the 1904 date system.</summary>
    private static (List<(string Name, string? Id)> Sheets, bool Date1904) ReadWorkbook(ZipArchive zip, string path)
    {
        var sheets = new List<(string, string?)>();
        var date1904 = false;
        using var reader = XmlReader.Create(OpenEntry(Entry(zip, path)!, path), XmlParts.Settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            if (reader.LocalName == "workbookPr")
                date1904 = reader.GetAttribute("date1904") is "1" or "true";
            else if (reader.LocalName == "sheet")
                sheets.Add((XmlParts.DecodeEscapes(reader.GetAttribute("name") ?? string.Empty), RelationshipId(reader)));
        }
        return (sheets, date1904);
    }

    private static string? RelationshipId(XmlReader reader)
    {
        for (var i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith(RelationshipsNamespaceSuffix, StringComparison.Ordinal))
            {
                var id = reader.Value;
                reader.MoveToElement();
                return id;
            }
        }
        reader.MoveToElement();
        return null;
    }

    private readonly record struct Relationship(string Type, string Path);

    /// <summary>
    /// The relationships of a part (ECMA-376 Part 2, 9.3): id → type and target part path, resolved
    /// against the source part's folder. External targets (hyperlinks) are ignored, never parsed as URIs.
    /// </summary>
    private static Dictionary<string, Relationship> ReadRelationships(ZipArchive zip, string sourcePart)
    {
        var folder = sourcePart.Contains('/', StringComparison.Ordinal) ? sourcePart[..(sourcePart.LastIndexOf('/') + 1)] : string.Empty;
        var fileName = sourcePart[folder.Length..];
        var relsPath = $"{folder}_rels/{fileName}.rels";
        var result = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var entry = Entry(zip, relsPath);
        if (entry is null)
            return result;
        using var reader = XmlReader.Create(OpenEntry(entry, relsPath), XmlParts.Settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship")
                continue;
            if (reader.GetAttribute("TargetMode") == "External")
                continue;
            var id = reader.GetAttribute("Id");
            var target = reader.GetAttribute("Target");
            if (id is null || string.IsNullOrEmpty(target))
                continue;
            result.TryAdd(id, new Relationship(reader.GetAttribute("Type") ?? string.Empty, ResolvePath(folder, target)));
        }
        return result;
    }

    private static string ResolvePath(string folder, string target)
    {
        var combined = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(combined).Replace('\\', '/').Split('/'))
        {
            if (segment is "" or ".")
                continue;
            if (segment == "..")
            {
                if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    private static T? ReadOptionalPart<T>(ZipArchive zip, string? path, Func<Stream, T> read) where T : class
    {
        if (path is null || Entry(zip, path) is not { } entry)
            return null;
        return Guard(() => read(OpenEntry(entry, path)));
    }

    /// <summary>A part's stream; an entry whose local header is damaged or whose compression is unknown is the package's damage, not ours.</summary>
    private Stream? OpenPart(string path) => Entry(_zip, path) is { } entry ? Guard(() => OpenEntry(entry, path)) : null;

    /// <summary>Zip entry names are matched case-insensitively: part names are (ECMA-376 Part 2, 6.2.2.3).</summary>
    private static ZipArchiveEntry? Entry(ZipArchive zip, string path) =>
        zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, path, StringComparison.OrdinalIgnoreCase));

    private static Stream OpenEntry(ZipArchiveEntry entry, string path)
    {
        if (entry.Length > XlsxLimits.MaxPartBytes)
        {
            throw new XlsxException(DiagnosticCode.TeGroot,
                Say.PartTooLarge.Fill(path, entry.Length / (1024 * 1024), XlsxLimits.MaxPartBytes / (1024 * 1024)));
        }
        return new BoundedStream(entry.Open(), XlsxLimits.MaxPartBytes, path);
    }

    /// <summary>Turns the ways a damaged package shows itself into one clear message.</summary>
    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or EndOfStreamException or DecoderFallbackException or NotSupportedException)
        {
            throw Damaged();
        }
    }

    internal static XlsxException TooLarge(long bytes) => new(DiagnosticCode.TeGroot,
        Say.FileTooLarge.Fill(bytes / (1024 * 1024), XlsxLimits.MaxFileBytes / (1024 * 1024)));

    private static XlsxException Damaged() => new(DiagnosticCode.Beschadigd, Say.Damaged);
}
