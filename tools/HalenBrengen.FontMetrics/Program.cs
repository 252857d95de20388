using System.Buffers.Binary;
using System.Globalization;
using System.Text;

// Writes the advance widths of a TrueType font as a small text table the layout measures with:
//   dotnet run --project tools/HalenBrengen.FontMetrics -- /usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf src/HalenBrengen.Layout/Fonts/carlito-regular.widths
// Line 1: "unitsPerEm winAscent winDescent"; then one "hexcodepoint width" line per mapped BMP character.
// Carlito is metric-compatible with Calibri (same advance widths), which PowerPoint uses where the deck is shown.

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: FONT.ttf OUT.widths");
    return 2;
}
var font = File.ReadAllBytes(args[0]);
var tables = Tables(font);
var head = tables["head"];
var unitsPerEm = U16(font, head + 18);
var hhea = tables["hhea"];
var numberOfHMetrics = U16(font, hhea + 34);
var os2 = tables["OS/2"];
var winAscent = U16(font, os2 + 74);
var winDescent = U16(font, os2 + 76);
var hmtx = tables["hmtx"];
var map = CharacterMap(font, tables["cmap"]);

var output = new StringBuilder();
output.Append(CultureInfo.InvariantCulture, $"{unitsPerEm} {winAscent} {winDescent}\n");
foreach (var (codepoint, glyph) in map.Where(m => m.Key <= 0xFFFF).OrderBy(m => m.Key))
{
    var index = Math.Min(glyph, numberOfHMetrics - 1);
    var advance = U16(font, hmtx + index * 4);
    output.Append(CultureInfo.InvariantCulture, $"{codepoint:x4} {advance}\n");
}
File.WriteAllText(args[1], output.ToString());
Console.WriteLine($"{args[1]}: {map.Count} characters, {unitsPerEm} units per em");
return 0;

static int U16(byte[] b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at));
static int U32(byte[] b, int at) => (int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at));

static Dictionary<string, int> Tables(byte[] font)
{
    var count = U16(font, 4);
    var result = new Dictionary<string, int>(StringComparer.Ordinal);
    for (var i = 0; i < count; i++)
    {
        var record = 12 + i * 16;
        result[Encoding.ASCII.GetString(font, record, 4)] = U32(font, record + 8);
    }
    return result;
}

// The Windows Unicode subtable: format 12 (full range) when present, else format 4 (BMP).
static Dictionary<int, int> CharacterMap(byte[] font, int cmap)
{
    var count = U16(font, cmap + 2);
    int? format4 = null, format12 = null;
    for (var i = 0; i < count; i++)
    {
        var record = cmap + 4 + i * 8;
        var platform = U16(font, record);
        var encoding = U16(font, record + 2);
        var offset = cmap + U32(font, record + 4);
        if (platform == 3 && encoding == 10 && U16(font, offset) == 12) format12 = offset;
        if (platform == 3 && encoding == 1 && U16(font, offset) == 4) format4 = offset;
    }
    var map = new Dictionary<int, int>();
    if (format12 is { } f12)
    {
        var groups = U32(font, f12 + 12);
        for (var g = 0; g < groups; g++)
        {
            var at = f12 + 16 + g * 12;
            int start = U32(font, at), end = U32(font, at + 4), glyph = U32(font, at + 8);
            for (var c = start; c <= end; c++) map[c] = glyph + (c - start);
        }
        return map;
    }
    var f4 = format4 ?? throw new InvalidDataException("no Windows Unicode cmap");
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
                var at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
                glyph = U16(font, at);
                if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
            }
            if (glyph != 0) map[c] = glyph;
        }
    }
    return map;
}
