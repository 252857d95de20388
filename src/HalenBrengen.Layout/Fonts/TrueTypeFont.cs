using System.Buffers.Binary;
using System.Text;

namespace HalenBrengen.Layout.Fonts;

/// <summary>
/// What the layout needs of a TrueType or OpenType font file, read by hand from its tables (the OpenType
/// specification: head, hhea, hmtx, cmap, OS/2, name): its family, whether it is the bold face, units
/// per em, the line's ascent and descent, and the advance width of every character it maps. Never
/// GDI+ or System.Drawing (they throw on Linux and in the browser). A file is a facilitator's input:
/// every offset is checked, and a file that is not a font is an answer (<see cref="Read"/>), not a crash.
/// </summary>
public sealed class TrueTypeFont
{
    private TrueTypeFont(string family, bool bold, int unitsPerEm, int ascent, int descent, IReadOnlyDictionary<int, int> advances)
    {
        Family = family;
        Bold = bold;
        UnitsPerEm = unitsPerEm;
        Ascent = ascent;
        Descent = descent;
        Advances = advances;
    }

    /// <summary>The family name (name ID 16, else 1), e.g. "Open Sans" for both its regular and bold file.</summary>
    public string Family { get; }

    /// <summary>Whether this is a bold face (OS/2 fsSelection bit 5, or a weight of 600 and up).</summary>
    public bool Bold { get; }

    public int UnitsPerEm { get; }

    /// <summary>OS/2 winAscent and winDescent: the line height PowerPoint lays text out with.</summary>
    public int Ascent { get; }
    public int Descent { get; }

    /// <summary>Advance width in font units by code point, for every character the font maps.</summary>
    public IReadOnlyDictionary<int, int> Advances { get; }

    /// <summary>The font in the bytes, or why they are not one the layout can measure.</summary>
    public static (TrueTypeFont? Font, string? Problem) Read(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (Parse(bytes), null);
        }
        catch (InvalidDataException e)
        {
            return (null, e.Message);
        }
    }

    private static TrueTypeFont Parse(ReadOnlySpan<byte> font)
    {
        var version = U32(font, 0);
        if (version is not (0x00010000u or 0x4F54544Fu or 0x74727565u))
            throw new InvalidDataException(version == 0x74746366u ? "a font collection (.ttc), not one font" : "not a TrueType or OpenType font");
        var tables = Tables(font);
        int Table(string tag) => tables.TryGetValue(tag, out var at) ? at : throw new InvalidDataException($"no {tag} table");

        var head = Table("head");
        var unitsPerEm = U16(font, head + 18);
        if (unitsPerEm is < 16 or > 16384)
            throw new InvalidDataException("units per em out of range");
        var macBold = (U16(font, head + 44) & 1) != 0;
        var numberOfHMetrics = U16(font, Table("hhea") + 34);
        if (numberOfHMetrics == 0)
            throw new InvalidDataException("no horizontal metrics");
        var os2 = Table("OS/2");
        var weight = U16(font, os2 + 4);
        var fsBold = (U16(font, os2 + 62) & 0x20) != 0;
        var ascent = U16(font, os2 + 74);
        var descent = U16(font, os2 + 76);
        var hmtx = Table("hmtx");
        var advances = new Dictionary<int, int>();
        foreach (var (codepoint, glyph) in CharacterMap(font, Table("cmap")))
            advances[codepoint] = U16(font, hmtx + Math.Min(glyph, numberOfHMetrics - 1) * 4);
        if (advances.Count == 0)
            throw new InvalidDataException("no characters mapped");
        return new TrueTypeFont(FamilyName(font, Table("name")), fsBold || macBold || weight >= 600, unitsPerEm, ascent, descent, advances);
    }

    private static Dictionary<string, int> Tables(ReadOnlySpan<byte> font)
    {
        var count = U16(font, 4);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + i * 16;
            var offset = U32(font, record + 8);
            if (offset >= font.Length)
                throw new InvalidDataException("a table outside the file");
            result[Encoding.ASCII.GetString(Slice(font, record, 4))] = (int)offset;
        }
        return result;
    }

    /// <summary>The Windows Unicode subtable: format 12 (full range) when present, else format 4 (BMP).</summary>
    private static IEnumerable<(int CodePoint, int Glyph)> CharacterMap(ReadOnlySpan<byte> font, int cmap)
    {
        var count = U16(font, cmap + 2);
        int? format4 = null, format12 = null;
        for (var i = 0; i < count; i++)
        {
            var record = cmap + 4 + i * 8;
            var platform = U16(font, record);
            var encoding = U16(font, record + 2);
            var offset = cmap + (int)U32(font, record + 4);
            if (platform == 3 && encoding == 10 && U16(font, offset) == 12) format12 = offset;
            if (platform == 3 && encoding == 1 && U16(font, offset) == 4) format4 = offset;
        }
        var map = new List<(int, int)>();
        if (format12 is { } f12)
        {
            var groups = U32(font, f12 + 12);
            if (groups > 100_000)
                throw new InvalidDataException("too many character groups");
            for (var g = 0; g < groups; g++)
            {
                var at = f12 + 16 + g * 12;
                uint start = U32(font, at), end = Math.Min(U32(font, at + 4), 0x10FFFF), glyph = U32(font, at + 8);
                for (var c = start; c <= end && c - start < 0x10000; c++)
                    map.Add(((int)c, (int)(glyph + (c - start))));
            }
            return map;
        }
        var f4 = format4 ?? throw new InvalidDataException("no Windows Unicode character map");
        var segments = U16(font, f4 + 6) / 2;
        var ends = f4 + 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var rangeOffsets = deltas + segments * 2;
        for (var s = 0; s < segments; s++)
        {
            int end = U16(font, ends + s * 2), start = U16(font, starts + s * 2);
            var delta = (short)U16(font, deltas + s * 2);
            var rangeOffset = U16(font, rangeOffsets + s * 2);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                    glyph = (c + delta) & 0xFFFF;
                else
                {
                    glyph = U16(font, rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) map.Add((c, glyph));
            }
        }
        return map;
    }

    /// <summary>Name ID 16 (typographic family) else 1 (family).</summary>
    private static string FamilyName(ReadOnlySpan<byte> font, int name)
    {
        var family = Name(font, name, 16) ?? Name(font, name, 1);
        return string.IsNullOrWhiteSpace(family) ? throw new InvalidDataException("no family name") : family.Trim();
    }

    /// <summary>A name record's text: Windows Unicode first, else Macintosh Roman; null when the font has none.</summary>
    private static string? Name(ReadOnlySpan<byte> font, int name, int id)
    {
        var count = U16(font, name + 2);
        var strings = name + U16(font, name + 4);
        string? mac = null;
        for (var i = 0; i < count; i++)
        {
            var record = name + 6 + i * 12;
            if (U16(font, record + 6) != id) continue;
            var platform = U16(font, record);
            var length = U16(font, record + 8);
            var offset = strings + U16(font, record + 10);
            if (platform == 3)
                return Encoding.BigEndianUnicode.GetString(Slice(font, offset, length));
            if (platform == 1)
                mac ??= Encoding.Latin1.GetString(Slice(font, offset, length));
        }
        return mac;
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> font, int at, int length) =>
        at >= 0 && length >= 0 && at <= font.Length - length ? font.Slice(at, length) : throw new InvalidDataException("a table runs past the end of the file");

    private static int U16(ReadOnlySpan<byte> font, int at) => BinaryPrimitives.ReadUInt16BigEndian(Slice(font, at, 2));

    private static uint U32(ReadOnlySpan<byte> font, int at) => BinaryPrimitives.ReadUInt32BigEndian(Slice(font, at, 4));
}
