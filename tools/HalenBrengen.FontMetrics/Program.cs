using System.Globalization;
using System.Text;
using HalenBrengen.Layout.Fonts;

// Writes the advance widths of a TrueType font as a small text table the layout measures with:
//   dotnet run --project tools/HalenBrengen.FontMetrics -- /usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf src/HalenBrengen.Layout/Fonts/carlito-regular.widths
// Line 1: "unitsPerEm winAscent winDescent"; then one "hexcodepoint width" line per mapped BMP character.
// Carlito is metric-compatible with Calibri (same advance widths), which PowerPoint uses where the deck is shown.
// The font is read by the layout's own reader, the one that measures a facilitator's font files.

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: FONT.ttf OUT.widths");
    return 2;
}
var (font, problem) = TrueTypeFont.Read(File.ReadAllBytes(args[0]));
if (font is null)
{
    Console.Error.WriteLine($"{args[0]}: {problem}");
    return 1;
}
var output = new StringBuilder();
output.Append(CultureInfo.InvariantCulture, $"{font.UnitsPerEm} {font.Ascent} {font.Descent}\n");
foreach (var (codepoint, advance) in font.Advances.Where(m => m.Key <= 0xFFFF).OrderBy(m => m.Key))
    output.Append(CultureInfo.InvariantCulture, $"{codepoint:x4} {advance}\n");
File.WriteAllText(args[1], output.ToString());
Console.WriteLine($"{args[1]}: {font.Advances.Count} characters, {font.UnitsPerEm} units per em");
return 0;
