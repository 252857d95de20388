using System.Globalization;
using System.Text;

namespace HalenBrengen.App;

/// <summary>
/// File names a facilitator recognises, safe on Windows, macOS and Linux, and never longer than a file
/// system allows: 255 bytes a name on Linux (ext4) and macOS (APFS, in UTF-8; HFS+ stores it decomposed),
/// 255 UTF-16 units on Windows (NTFS), which a name of at most 255 UTF-8 bytes never exceeds.
/// </summary>
public static class FileNames
{
    public const int MaxNameBytes = 255;
    private const string Extension = ".pptx";

    /// <summary>The afsprakenlijst's extension.</summary>
    public const string Workbook = ".xlsx";
    private const string Separator = " - ";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    { "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3" };

    public static string Safe(string? name, string fallback)
    {
        var cleaned = new string((name ?? "").Select(c => char.IsControl(c) || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal) ? ' ' : c).ToArray());
        cleaned = string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (cleaned.Length > 80)
            cleaned = Tidy(Cut(cleaned, int.MaxValue, maxElements: 80));
        return cleaned.Length == 0 || Reserved.Contains(cleaned) ? fallback : cleaned;
    }

    /// <summary>
    /// The bytes a name takes on disk: its UTF-8 length, composed or decomposed, whichever is longer (HFS+
    /// stores names decomposed, so an 'é' may take three bytes there instead of two).
    /// </summary>
    public static int Bytes(string name) => Math.Max(
        Encoding.UTF8.GetByteCount(name.Normalize(NormalizationForm.FormC)),
        Encoding.UTF8.GetByteCount(name.Normalize(NormalizationForm.FormD)));

    /// <summary>
    /// <c>{stem} - {label}{suffix}.pptx</c> within <see cref="MaxNameBytes"/>: when both do not fit, the longer
    /// part is shortened first, and neither below half the room while the other needs more.
    /// </summary>
    public static string Compose(string stem, string label, string suffix = "", string extension = Extension)
    {
        var whole = stem + Separator + label + suffix + extension;
        if (Bytes(whole) <= MaxNameBytes)
            return whole;
        var room = MaxNameBytes - Bytes(Separator + suffix + extension);
        var (stemBytes, labelBytes) = (Bytes(stem), Bytes(label));
        if (labelBytes <= room / 2)
            stem = Tidy(Cut(stem, room - labelBytes));
        else if (stemBytes <= room / 2)
            label = Tidy(Cut(label, room - stemBytes));
        else
            (stem, label) = (Tidy(Cut(stem, room / 2)), Tidy(Cut(label, room - room / 2)));
        return stem + Separator + label + suffix + extension;
    }

    /// <summary>
    /// Names for one run's outputs, each new: outputs whose names come out alike (partners whose names
    /// sanitise or shorten alike) get a number. Alike means alike on the strictest file system: ignoring
    /// case (Windows, macOS) and composed or decomposed accents (macOS).
    /// </summary>
    public sealed class Unique(string stem)
    {
        private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

        public string Next(string label, string extension = Extension)
        {
            for (var n = 1; ; n++)
            {
                var name = Compose(stem, label, n == 1 ? string.Empty : $" ({n.ToString(CultureInfo.InvariantCulture)})", extension);
                if (_used.Add(name.Normalize(NormalizationForm.FormC)))
                    return name;
            }
        }
    }

    /// <summary>
    /// The longest start of a text within the bytes (and text elements) given, cut between text elements so
    /// no accent, emoji or surrogate pair is split; between code points when one element alone is too long.
    /// </summary>
    private static string Cut(string text, int maxBytes, int maxElements = int.MaxValue)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        var end = 0;
        for (var count = 0; count < maxElements && elements.MoveNext(); count++)
        {
            var next = elements.ElementIndex + ((string)elements.Current).Length;
            if (Bytes(text[..next]) > maxBytes)
                break;
            end = next;
        }
        if (end > 0 || maxBytes <= 0)
            return text[..end];
        foreach (var rune in text.EnumerateRunes())
        {
            if (Bytes(text[..(end + rune.Utf16SequenceLength)]) > maxBytes)
                break;
            end += rune.Utf16SequenceLength;
        }
        return text[..end];
    }

    /// <summary>No trailing space or dot: Windows drops them from a name, so two names could become one.</summary>
    private static string Tidy(string text) => text.TrimEnd(' ', '.');
}
