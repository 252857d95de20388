using System.Globalization;
using System.Text;
using System.Xml;

namespace HalenBrengen.Pptx;

/// <summary>An XML namespace and the prefix every part gives it.</summary>
internal sealed record XmlNs(string Prefix, string Uri);

/// <summary>
/// The one way every XML part of a package is written: an <see cref="XmlWriter"/> straight into the part's
/// stream, through these few calls. The Open XML SDK's typed elements wrote the theme, the masters and the
/// charts before; they serialised through an XmlWriter with these same settings, so the same calls give the
/// same bytes (the golden files and the byte comparison of every output pin that), without building a tree
/// of objects first: a deck of thousands of slides is written in seconds.
/// </summary>
internal static class PartXml
{
    /// <summary>DrawingML (ECMA-376 Part 1, 20.1).</summary>
    public static readonly XmlNs A = new("a", "http://schemas.openxmlformats.org/drawingml/2006/main");

    /// <summary>Relationship ids inside a part (Part 1, 22.8).</summary>
    public static readonly XmlNs R = new("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");

    /// <summary>PresentationML (Part 1, 19).</summary>
    public static readonly XmlNs P = new("p", "http://schemas.openxmlformats.org/presentationml/2006/main");

    /// <summary>DrawingML charts (Part 1, 21.2).</summary>
    public static readonly XmlNs C = new("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");

    /// <summary>SpreadsheetML (Part 1, 18), for a chart's embedded workbook.</summary>
    public static readonly XmlNs X = new("x", "http://schemas.openxmlformats.org/spreadsheetml/2006/main");

    /// <summary>UTF-8 without a byte order mark, as the SDK saved its parts and PowerPoint reads them.</summary>
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>A part: the XML declaration (<c>&lt;?xml version="1.0" encoding="utf-8"?&gt;</c>), then what <paramref name="body"/> writes.</summary>
    public static void Write(Stream output, Action<XmlWriter> body)
    {
        using var x = XmlWriter.Create(output, Settings);
        x.WriteStartDocument();
        body(x);
        x.WriteEndDocument();
    }

    /// <summary>A part's bytes, for parts written once and copied into many packages.</summary>
    public static byte[] Bytes(Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        Write(buffer, body);
        return buffer.ToArray();
    }

    /// <summary>
    /// A part's root element with the namespaces declared on it in the given order, as PowerPoint writes
    /// them (a, r, p first): declared once here, not again on every element that uses them.
    /// </summary>
    public static void Root(this XmlWriter x, XmlNs ns, string name, params ReadOnlySpan<XmlNs> declared)
    {
        x.Start(ns, name);
        foreach (var each in declared)
            x.WriteAttributeString("xmlns", each.Prefix, null, each.Uri);
    }

    /// <summary>The namespaces declared on a PresentationML or DrawingML part's root, in PowerPoint's order.</summary>
    public static readonly XmlNs[] Declared = [A, R, P];

    public static void Start(this XmlWriter x, XmlNs ns, string name) => x.WriteStartElement(ns.Prefix, name, ns.Uri);

    public static void End(this XmlWriter x) => x.WriteEndElement();

    /// <summary>An element without attributes or content: <c>&lt;a:lstStyle /&gt;</c>.</summary>
    public static void Empty(this XmlWriter x, XmlNs ns, string name)
    {
        x.Start(ns, name);
        x.WriteEndElement();
    }

    /// <summary>An element with one attribute, <c>val</c>, and no content, as most chart properties are: <c>&lt;c:barDir val="bar" /&gt;</c>.</summary>
    public static void Value(this XmlWriter x, XmlNs ns, string name, string value)
    {
        x.Start(ns, name);
        x.WriteAttributeString("val", value);
        x.WriteEndElement();
    }

    public static void Value(this XmlWriter x, XmlNs ns, string name, long value) => x.Value(ns, name, Number(value));

    public static void Value(this XmlWriter x, XmlNs ns, string name, bool value) => x.Value(ns, name, Flag(value));

    /// <summary>Text content; an empty text as an empty element (<c>&lt;a:t /&gt;</c>), as the slides have always written it.</summary>
    public static void Text(this XmlWriter x, XmlNs ns, string name, string text) => x.WriteElementString(ns.Prefix, name, ns.Uri, text);

    /// <summary>
    /// Text content with an end tag even when empty (<c>&lt;c:v&gt;&lt;/c:v&gt;</c>), as the SDK wrote its text
    /// elements in charts and workbooks: the same XML as <see cref="Text"/>, kept so those parts' bytes stay as they were.
    /// </summary>
    public static void TextWithEndTag(this XmlWriter x, XmlNs ns, string name, string text)
    {
        x.Start(ns, name);
        x.WriteString(text);
        x.WriteEndElement();
    }

    public static void Attribute(this XmlWriter x, string name, string value) => x.WriteAttributeString(name, value);

    public static void Attribute(this XmlWriter x, string name, long value) => x.WriteAttributeString(name, Number(value));

    /// <summary>An xsd:boolean as the SDK and PowerPoint write it: 1 or 0.</summary>
    public static void Attribute(this XmlWriter x, string name, bool value) => x.WriteAttributeString(name, Flag(value));

    /// <summary>A namespaced attribute, such as a relationship id (<c>r:id</c>, <c>r:embed</c>).</summary>
    public static void Attribute(this XmlWriter x, XmlNs ns, string name, string value) => x.WriteAttributeString(ns.Prefix, name, ns.Uri, value);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "1" : "0";
}
