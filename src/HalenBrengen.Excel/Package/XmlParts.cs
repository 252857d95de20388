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
                throw new XlsxException(Core.Model.DiagnosticCode.TeGroot, Words.Nl.Problems.TooManyTexts.Fill(XlsxLimits.MaxSharedStrings.ToString("N0", Locales.Dutch)));
            strings.Add(ReadStringItem(reader));
        }
        return strings;
    }
}
