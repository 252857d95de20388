using HalenBrengen.Core;

namespace HalenBrengen.Pptx;

/// <summary>
/// Text as XML 1.0 can carry it. A control character or lone surrogate in a text makes the XmlWriter throw
/// halfway through a part (and made the Open XML SDK throw only when the document was saved, after the
/// file was created), so every string is cleaned before it reaches an element. Tabs are handled by callers.
/// </summary>
public static class XmlText
{
    /// <summary>
    /// The lines of a text, cleaned: a line break typed on Windows (\r\n) or an old Mac (\r) is one break, as
    /// on Linux. A line break left inside an a:t would be written as a newline character in the text, which
    /// PowerPoint does not show as a break; each line is written as a paragraph or after an a:br instead.
    /// </summary>
    public static string[] Lines(string text) => Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    /// <summary>The text without what XML cannot carry (<see cref="XmlCharacters"/>).</summary>
    public static string Clean(string text) => XmlCharacters.Clean(text);
}
