using System.Globalization;

namespace HalenBrengen;

/// <summary>Fills in the "{0}", "{1}"… of a format from a table of <see cref="Words"/>.</summary>
public static class TextFormat
{
    /// <summary>
    /// The format with its values, in the current culture, as an interpolated string formats them: a message
    /// worded from a table reads exactly as the interpolated sentence it replaced (numbers with ":N0" included).
    /// </summary>
    public static string Fill(this string format, params ReadOnlySpan<object?> values) =>
        string.Format(CultureInfo.CurrentCulture, format, values);
}
