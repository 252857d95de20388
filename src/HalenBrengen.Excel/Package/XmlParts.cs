using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace HalenBrengen.Excel.Package;

/// <summary>
/// Small readers of the SpreadsheetML parts the reader needs. Elements are matched by local name only,
/// so workbooks in the Transitional and in the Strict namespaces (ECMA-376 Part 1 and its Strict
/// conformance class) read alike.
/// </summary>
internal static partial class XmlParts
{
    internal static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, // no entity expansion bombs
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
        // Some writers store control characters as references (&#x7;), which XML 1.0 forbids; reading
        // them leniently lets CellText.Clean drop them with a note instead of refusing the whole file.
        // (Excel itself writes them as _x0007_, see DecodeEscapes.)
        CheckCharacters = false,
    };

    /// <summary>
    /// ECMA-376 Part 1, 22.9.2.19 ST_Xstring: characters XML cannot carry are written as _xHHHH_, and a
    /// literal "_x" is escaped as _x005F_x. Excel writes a BEL as "_x0007_", for instance.
    /// </summary>
    internal static string DecodeEscapes(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? EscapePattern().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex EscapePattern();

    /// <summary>
    /// The text of a string item (&lt;si&gt; or &lt;is&gt;): the text of every &lt;t&gt;, but not of the
    /// phonetic runs (&lt;rPh&gt;). Leaves the reader on the item's end tag.
    /// </summary>
    internal static string ReadStringItem(XmlReader reader)
    {
        if (reader.IsEmptyElement)
            return string.Empty;
        var builder = new StringBuilder();
        var depth = reader.Depth;
        var inPhonetic = false;
        var inText = false;
        while (reader.Read() && reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "rPh":
                    inPhonetic = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.Element when reader.LocalName == "t":
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "rPh":
                    inPhonetic = false;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace
                    when inText && !inPhonetic:
                    builder.Append(reader.Value);
                    break;
            }
        }
        return DecodeEscapes(builder.ToString());
    }

    /// <summary>The shared string table (xl/sharedStrings.xml).</summary>
    internal static List<string> ReadSharedStrings(Stream part)
    {
        var strings = new List<string>();
        using var reader = XmlReader.Create(part, Settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si")
                continue;
            if (strings.Count >= XlsxLimits.MaxSharedStrings)
                throw new XlsxException(Core.Model.DiagnosticCode.TeGroot,
                    $"de werkmap bevat meer dan {XlsxLimits.MaxSharedStrings:N0} teksten; dat is te groot om te lezen.");
            strings.Add(ReadStringItem(reader));
        }
        return strings;
    }

    /// <summary>For each cell format (xl/styles.xml cellXfs), whether it shows a number as a date.</summary>
    internal static List<bool> ReadDateStyles(Stream part)
    {
        var customFormats = new Dictionary<int, string>();
        var xfNumberFormats = new List<int>();
        using var reader = XmlReader.Create(part, Settings);
        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
                inCellXfs = false;
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            switch (reader.LocalName)
            {
                case "numFmt":
                    if (int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                        customFormats[id] = reader.GetAttribute("formatCode") ?? string.Empty;
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    _ = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fmt);
                    xfNumberFormats.Add(fmt);
                    break;
            }
        }
        return xfNumberFormats
            .Select(fmt => customFormats.TryGetValue(fmt, out var code) ? IsDateFormat(code) : IsBuiltInDateFormat(fmt))
            .ToList();
    }

    /// <summary>ECMA-376 Part 1, 18.8.30: the built-in number formats that show dates or times.</summary>
    private static bool IsBuiltInDateFormat(int id) =>
        id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>A custom format is a date format when, outside quoted text and [..] sections, it has d, m, y, h or s.</summary>
    internal static bool IsDateFormat(string code)
    {
        var inQuote = false;
        var inBracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') inQuote = !inQuote;
            else if (inQuote) continue;
            else if (c == '\\' || c == '_' || c == '*') i++;
            else if (c == '[') inBracket = true;
            else if (c == ']') inBracket = false;
            else if (!inBracket && "dmyhsDMYHS".Contains(c, StringComparison.Ordinal)) return true;
            else if (c == ';') return false; // only the first section decides
        }
        return false;
    }
}
