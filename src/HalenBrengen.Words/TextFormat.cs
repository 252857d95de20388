using System.Globalization;

namespace HalenBrengen;

/// <summary>Fills in the "{0}", "{1}"… of a format from a table of <see cref="Words"/>.</summary>
public static class TextFormat
{
    /// <summary>
    /// The format with its values in the invariant culture, which is what the current culture is: the program runs with
    /// invariant globalization (see <see cref="Locales"/>), so a message reads the same on every machine. A number a
    /// sentence shows in Dutch or British notation is formatted by its caller in <see cref="Locales"/>.
    /// </summary>
    public static string Fill(this string format, params ReadOnlySpan<object?> values) =>
        string.Format(CultureInfo.InvariantCulture, format, values);
}
