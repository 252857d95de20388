using System.Text;

namespace HalenBrengen.Core;

/// <summary>
/// The characters XML 1.0 can carry (W3C XML 1.0, 2.2 Char): tab, line feed, carriage return,
/// U+0020–U+D7FF, U+E000–U+FFFD, and a high surrogate followed by a low one. The one rule for both ends:
/// the reader drops what a slide could never hold as it reads a cell, and the writer cleans every text
/// that reaches a part from elsewhere (a file name, a house style's font name).
/// </summary>
public static class XmlCharacters
{
    /// <summary>Whether the character at <paramref name="index"/> may stand in XML; a surrogate only as half of a pair.</summary>
    public static bool Allowed(string text, int index)
    {
        var c = text[index];
        return c is '\t' or '\n' or '\r'
            || (c >= 0x20 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD)
            || (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            || (char.IsLowSurrogate(c) && index > 0 && char.IsHighSurrogate(text[index - 1]));
    }

    /// <summary>The text without the characters XML cannot carry; the text itself when it has none.</summary>
    public static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (Allowed(text, i))
                builder?.Append(text[i]);
            else
                builder ??= new StringBuilder(text, 0, i, text.Length);
        }
        return builder?.ToString() ?? text;
    }
}
