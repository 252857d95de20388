using DocumentFormat.OpenXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// Root elements of parts, written the way PowerPoint writes them: the namespaces declared once on the
/// root (the SDK otherwise declares them on every element that uses them, which made slides several times
/// larger and slower to write).
/// </summary>
internal static class PartRoot
{
    private static readonly (string Prefix, string Uri)[] Namespaces =
    [
        ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ("p", "http://schemas.openxmlformats.org/presentationml/2006/main"),
    ];

    public static T Declared<T>(T root, params (string Prefix, string Uri)[] more) where T : OpenXmlPartRootElement
    {
        foreach (var (prefix, uri) in Namespaces.Concat(more))
        {
            if (root.LookupNamespace(prefix) is null)
                root.AddNamespaceDeclaration(prefix, uri);
        }
        return root;
    }
}
