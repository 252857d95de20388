using System.Text;
using System.Text.RegularExpressions;
using HalenBrengen.Core;

namespace HalenBrengen.Excel.Reading;

/// <summary>How text typed into a cell becomes the text the model keeps.</summary>
public static partial class CellText
{
    /// <summary>
    /// Line breaks become "\n" and stay; tabs become spaces; characters XML 1.0 cannot carry (control
    /// characters, lone surrogates, U+FFFE/U+FFFF) are dropped, since no slide could hold them;
    /// surrounding white space is trimmed, and with it a byte-order mark, zero-width space or word
    /// joiner at either end (pasted along from another program; at the edge they join or break
    /// nothing). Emoji and right-to-left text pass unchanged, their joiners, variation selectors and
    /// direction marks included.
    /// </summary>
    public static string Clean(string raw, out bool droppedCharacters)
    {
        droppedCharacters = false;
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < raw.Length && raw[i + 1] == '\n') i++;
            }
            else if (c == '\n')
                builder.Append('\n');
            else if (c == '\t')
                builder.Append(' ');
            // What XML cannot carry, and the control characters it can (U+007F–U+009F) but no slide shows.
            else if (!XmlCharacters.Allowed(raw, i) || char.IsControl(c))
                droppedCharacters = true;
            else if (char.IsHighSurrogate(c))
            {
                builder.Append(c).Append(raw[i + 1]);
                i++;
            }
            else
                builder.Append(c);
        }
        return TrimEdges(builder.ToString());
    }

    private static string TrimEdges(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsEdge(text[start])) start++;
        while (end > start && IsEdge(text[end - 1])) end--;
        return text[start..end];
    }

    // White space plus the invisible characters that mean nothing at an edge of a cell's text.
    private static bool IsEdge(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\u2060';

    /// <summary>Whether a text holds a character that renders as nothing (Unicode's default-ignorable code points).</summary>
    public static bool HasInvisibleCharacters(string text) =>
        text.EnumerateRunes().Any(Core.TextKey.IsDefaultIgnorable);

    /// <summary>
    /// Removes one leading list mark that people type or paste into a cell: a bullet (•, ·, ▪, ◦, ‣, –, —, *),
    /// a hyphen followed by a space, or a number with a dot or parenthesis followed by a space ("1.", "2)").
    /// "1.5 fte" and "-5%" are left alone: a number mark needs a space after it, a hyphen too.
    /// </summary>
    public static string TrimListMark(string text)
    {
        var match = ListMark().Match(text);
        return match.Success ? text[match.Length..].Trim() : text;
    }

    /// <summary>
    /// Whether the text is a list mark and nothing else ("•", "-", "1.", "2)"): a bullet or number
    /// someone typed before writing the item, which is no item.
    /// </summary>
    public static bool IsListMarkOnly(string text) => ListMarkOnly().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:[•·▪◦‣–—*●○■□➢►✓✔](?:\s*)|-\s+|\d{1,3}[.)]\s+)")]
    private static partial Regex ListMark();

    [GeneratedRegex(@"^\s*(?:[•·▪◦‣–—*●○■□➢►✓✔-]|\d{1,3}[.)])\s*$")]
    private static partial Regex ListMarkOnly();
}
