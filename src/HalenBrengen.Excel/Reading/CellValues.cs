using System.Globalization;
using System.Text.RegularExpressions;
using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;

namespace HalenBrengen.Excel.Reading;

/// <summary>
/// Turns cells into model values, reporting what is off as diagnostics with file, sheet and cell.
/// Culture is explicit (rule 9): dates typed as text are read as Dutch, and nothing depends on the
/// culture of the machine.
/// </summary>
internal sealed partial class CellValues(ICollection<Diagnostic> diagnostics)
{
    private static readonly CultureInfo Dutch = Locales.Dutch;

    /// <summary>The reader speaks Dutch, like the forms it reads.</summary>
    private static readonly ProblemTexts Say = Words.Nl.Problems;

    // Dates only: a time typed after the date is split off first (TimeSuffix), so every date form
    // here also reads with "13:30", "13.30", ", 13:30 uur" or ISO's "T13:30" after it.
    private static readonly string[] DateFormats =
    [
        "d-M-yyyy", "d-M-yy", "d/M/yyyy", "d/M/yy", "d.M.yyyy", "yyyy-M-d", "d MMMM yyyy", "d MMM yyyy",
        "dddd d MMMM yyyy", "ddd d MMMM yyyy",
    ];

    public ICollection<Diagnostic> Diagnostics => diagnostics;

    /// <summary>The most characters a text is shown with: a page of a slide. Longer is shortened, with a warning on its cell.</summary>
    public const int LongestText = 2_000;

    /// <summary>The most characters of a name (a partner, the coalition): it stands in titles and on every poster.</summary>
    public const int LongestName = 150;

    /// <summary>The most characters of a table column's text: a column of partner names (Partij) holds names.</summary>
    public static int Longest(string header) => header == Contract.Krachtenveld.Partij ? LongestName : LongestText;

    /// <summary>
    /// The cell as cleaned text; null when empty, or when it holds an error value or a formula that was
    /// never computed (both reported: a formula in a <paramref name="required"/> cell blocks, elsewhere it warns).
    /// A text longer than <paramref name="most"/> characters is shortened to its last whole word, with a warning.
    /// </summary>
    public Sourced<string>? Text(Cell? cell, SourceRef source, bool required = false, int most = LongestText)
    {
        if (cell is null)
            return null;
        if (cell.Kind == CellKind.Uncomputed)
        {
            diagnostics.Add(new Diagnostic(required ? Severity.Fout : Severity.Waarschuwing, DiagnosticCode.FormuleZonderWaarde, source,
                Say.Uncomputed.Fill(Shown(cell.Text), required ? Say.UncomputedRequired : Say.UncomputedOptional)));
            return null;
        }
        if (cell.Kind == CellKind.Error)
        {
            diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.FoutwaardeInCel, source, Say.ErrorValue.Fill(cell.Text)));
            return null;
        }
        var text = CellText.Clean(cell.Text, out var dropped);
        if (dropped)
        {
            diagnostics.Add(new Diagnostic(Severity.Opmerking, DiagnosticCode.TekensVerwijderd, source, Say.ControlCharacters));
        }
        if (!TextKey.HasVisibleCharacter(text))
        {
            if (CellText.HasInvisibleCharacters(cell.Text))
            {
                diagnostics.Add(new Diagnostic(Severity.Opmerking, DiagnosticCode.OnzichtbareTekst, source,
                    Say.OnlyInvisible.Fill(Invisible(cell.Text))));
            }
            return null;
        }
        if (text.Length > most)
        {
            // Cut where a word ends, so the shortened text reads as words; the whole stays in the workbook.
            var cut = text.LastIndexOf(' ', most - 1) is var space and > 0 && space > most / 2 ? space : most - 1;
            diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.TekstTeLang, source,
                Say.TextTooLong.Fill(text.Length.ToString("N0", Dutch), cut.ToString("N0", Dutch))));
            text = text[..cut].TrimEnd() + "…";
        }
        return new Sourced<string>(text, source);
    }

    /// <summary>The formula for a message, " (=A1&amp;B1)"; nothing for a shared formula's later cells, which have no text of their own.</summary>
    private static string Shown(string formula) =>
        formula.Length <= 1 ? string.Empty : $" ({(formula.Length <= 60 ? formula : formula[..57] + "...")})";

    /// <summary>The invisible characters of a text as code points ("U+200B, U+FEFF"), for a message.</summary>
    private static string Invisible(string text) => string.Join(", ", text.EnumerateRunes()
        .Where(TextKey.IsDefaultIgnorable).Select(r => $"U+{r.Value:X4}").Distinct().Take(5));

    /// <summary>A value from a value list; an unknown value is reported with the allowed ones and kept as unknown.</summary>
    public Choice<T>? Choice<T>(Cell? cell, SourceRef source, string field,
        IReadOnlyList<(T Value, string Label)> list, Func<string, T?> parse) where T : struct
    {
        var text = Text(cell, source);
        if (text is null)
            return null;
        // A number shown with a format ("3,0") still means its value: the level 3.
        var value = parse(text.Value);
        if (value is null && cell!.Number is { } number && cell.Kind == CellKind.Number)
            value = parse(number.ToString("G15", Dutch));
        if (value is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.OnbekendeWaarde, source,
                Say.UnknownValue.Fill(text.Value, field, ValueLists.AllowedText(list))));
        }
        return new Choice<T>(value, text.Value, source);
    }

    /// <summary>
    /// A date, with its start time when one is given, from a real date cell, an Excel serial number, or
    /// Dutch or ISO text ("11-3-2027 13:30", "11 maart 2027, 13.30 uur", "2027-03-11T13:30"). Times are
    /// rounded to the minute; midnight exactly is a plain date. A time alone is not a date.
    /// </summary>
    public SessieDatum? Date(Cell? cell, SourceRef source)
    {
        if (cell?.Date is { } date && Plausible(date))
            return At(date, source);
        if (cell?.Kind == CellKind.Number && cell.Number is { } serial && serial is > 20_000 and < 100_000
            && WorksheetParser.TryFromSerial(serial, date1904: false, out var fromSerial))
            return At(fromSerial, source);
        var text = Text(cell, source);
        if (text is null)
            return null;
        if (TryParseDate(text.Value, out var parsed) && Plausible(parsed))
            return At(parsed, source, text.Value);
        diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.OngeldigeDatum, source, Say.BadDate.Fill(text.Value)));
        return new SessieDatum(null, text.Value, source);
    }

    /// <summary>
    /// The date and time to the minute (half a minute rounds up, so 23:59:30 is the next day, and a
    /// serial that float arithmetic left just short of midnight is that midnight); the text, when the
    /// cell held no typed text, is the date in Dutch with the time when there is one.
    /// </summary>
    private static SessieDatum At(DateTime value, SourceRef source, string? text = null)
    {
        const long half = TimeSpan.TicksPerMinute / 2;
        var ticks = value.Ticks <= DateTime.MaxValue.Ticks - half ? value.Ticks + half : value.Ticks;
        var minute = new DateTime(ticks - ticks % TimeSpan.TicksPerMinute, DateTimeKind.Unspecified);
        var hasTime = minute.TimeOfDay != TimeSpan.Zero;
        return new SessieDatum(DateOnly.FromDateTime(minute),
            text ?? minute.ToString(hasTime ? "d MMMM yyyy HH:mm" : "d MMMM yyyy", Dutch),
            source,
            hasTime ? TimeOnly.FromDateTime(minute) : null);
    }

    /// <summary>A session's date as the serial numbers read are (20,000 to 100,000: 1954 to 2173); the year 27 or 1 is a slip, said as such.</summary>
    private static bool Plausible(DateTime date) => date.Year is >= 1954 and <= 2173;

    /// <summary>A date typed as Dutch or ISO text, optionally followed by a time of day.</summary>
    private static bool TryParseDate(string text, out DateTime value)
    {
        if (TimeSuffix().Match(text) is { Success: true } match
            && int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) is var hour and <= 23
            && int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) is var minute and <= 59
            && (match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0) is var second and <= 59
            && TryParseDateOnly(match.Groups["date"].Value, out var day))
        {
            value = day + new TimeSpan(hour, minute, second);
            return true;
        }
        return TryParseDateOnly(text, out value);
    }

    private static bool TryParseDateOnly(string text, out DateTime value)
    {
        if (DateTime.TryParseExact(text, DateFormats, Dutch, DateTimeStyles.AllowWhiteSpaces, out value)
            || DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value))
        {
            value = value.Date;
            return true;
        }
        return false;
    }

    // A time after a date that ends in a digit: "… 13:30", "… 13.30", "…, 13:30 uur", "… om 13:30u",
    // ISO's "…T13:30:00". Without a date before it nothing matches, so "13:30" alone stays unreadable.
    [GeneratedRegex(@"^(?<date>.*\d)(?:\s*,\s*|\s+|T)(?:om\s+)?(?<hour>\d{1,2})[:.](?<minute>\d{2})(?:[:.](?<second>\d{2})(?:[.,]\d+)?)?(?:\s*(?:uur|u))?\.?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeSuffix();

    /// <summary>A duration in minutes: a number, "90 min", "1,5 uur" or "2 uur".</summary>
    public Sourced<int>? Minutes(Cell? cell, SourceRef source, string field)
    {
        if (cell?.Kind == CellKind.Number && cell.Number is { } number && number is > 0 and < 100_000)
            return new Sourced<int>((int)Math.Round(number), source);
        var text = Text(cell, source);
        if (text is null)
            return null;
        var match = DurationPattern().Match(text.Value);
        if (match.Success && double.TryParse(match.Groups["n"].Value.Replace(',', '.'), NumberStyles.Float,
                CultureInfo.InvariantCulture, out var amount) && amount > 0 && amount < 100_000)
        {
            var isHours = match.Groups["unit"].Value.StartsWith('u') || match.Groups["unit"].Value.StartsWith('h');
            return new Sourced<int>((int)Math.Round(isHours ? amount * 60 : amount), source);
        }
        diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.OngeldigGetal, source, Say.BadMinutes.Fill(text.Value, field)));
        return null;
    }

    [GeneratedRegex(@"^\s*(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>minuten|minuut|min\.?|m|uur|u|h|hours?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
