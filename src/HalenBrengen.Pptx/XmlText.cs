using System.Text;

namespace HalenBrengen.Pptx;

/// <summary>
/// Text as XML 1.0 can carry it. Measured here: a control character or lone surrogate in a text makes
/// the Open XML SDK throw only when the document is saved or disposed, after the file was created, so
/// every string is cleaned before it reaches an element. Tabs and line breaks are handled by callers.
/// </summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = c is '\t' or '\n' or '\r'
                || (c >= 0x20 && c <= 0xD7FF && c is not '\uFFFE' and not '\uFFFF')
                || (c >= 0xE000 && c <= 0xFFFD)
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (keep)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(text, 0, i, text.Length);
        }
        return builder?.ToString() ?? text;
    }
}
