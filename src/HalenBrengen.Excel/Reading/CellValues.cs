using System.Globalization;
using System.Text.RegularExpressions;
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
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly string[] DateFormats =
    [
        "d-M-yyyy", "d-M-yy", "d/M/yyyy", "d/M/yy", "d.M.yyyy", "yyyy-M-d", "d MMMM yyyy", "d MMM yyyy",
        "dddd d MMMM yyyy", "ddd d MMMM yyyy", "d MMMM yyyy HH:mm", "d-M-yyyy HH:mm", "yyyy-MM-ddTHH:mm:ss",
    ];

    public ICollection<Diagnostic> Diagnostics => diagnostics;

    /// <summary>The cell as cleaned text; null when empty or when it holds an error value (reported).</summary>
    public Sourced<string>? Text(Cell? cell, SourceRef source)
    {
        if (cell is null)
            return null;
        if (cell.Kind == CellKind.Error)
        {
            diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.FoutwaardeInCel, source,
                $"de cel bevat de foutwaarde {cell.Text} (bijvoorbeeld een formule die naar een verwijderde cel verwijst). " +
                "De cel telt als leeg; vul er de bedoelde tekst in."));
            return null;
        }
        var text = CellText.Clean(cell.Text, out var dropped);
        if (dropped)
        {
            diagnostics.Add(new Diagnostic(Severity.Opmerking, DiagnosticCode.TekensVerwijderd, source,
                "de tekst bevatte onzichtbare besturingstekens; die zijn weggelaten, de rest van de tekst blijft."));
        }
        return text.Length == 0 ? null : new Sourced<string>(text, source);
    }

    /// <summary>An item's text: like <see cref="Text"/>, with a leading bullet or number removed.</summary>
    public Sourced<string>? ItemText(Cell? cell, SourceRef source)
    {
        var text = Text(cell, source);
        if (text is null)
            return null;
        var trimmed = CellText.TrimListMark(text.Value);
        return trimmed.Length == 0 ? null : text with { Value = trimmed };
    }

    /// <summary>A value from a value list; an unknown value is reported with the allowed ones and kept as unknown.</summary>
    public Choice<T>? Choice<T>(Cell? cell, SourceRef source, string field,
        IReadOnlyList<(T Value, string Label)> list, Func<string, T?> parse) where T : struct
    {
        var text = Text(cell, source);
        if (text is null)
            return null;
        var value = parse(text.Value);
        if (value is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.OnbekendeWaarde, source,
                $"'{text.Value}' is geen geldige waarde voor {field}. Kies uit {ValueLists.AllowedText(list)}. " +
                "De waarde telt nu als onbekend."));
        }
        return new Choice<T>(value, text.Value, source);
    }

    /// <summary>A date from a real date cell, an Excel serial number, or Dutch or ISO text.</summary>
    public SessieDatum? Date(Cell? cell, SourceRef source)
    {
        if (cell?.Date is { } date)
            return new SessieDatum(DateOnly.FromDateTime(date), cell.Text, source);
        if (cell?.Kind == CellKind.Number && cell.Number is { } serial && serial is > 20_000 and < 100_000
            && WorksheetParser.TryFromSerial(serial, date1904: false, out var fromSerial))
            return new SessieDatum(DateOnly.FromDateTime(fromSerial), fromSerial.ToString("d MMMM yyyy", Dutch), source);
        var text = Text(cell, source);
        if (text is null)
            return null;
        if (DateTime.TryParseExact(text.Value, DateFormats, Dutch, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            || DateTime.TryParseExact(text.Value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out parsed))
            return new SessieDatum(DateOnly.FromDateTime(parsed), text.Value, source);
        diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.OngeldigeDatum, source,
            $"'{text.Value}' is niet als datum te lezen. Schrijf de datum als 12-3-2027 of 12 maart 2027. " +
            "De tekst wordt getoond zoals hij er staat."));
        return new SessieDatum(null, text.Value, source);
    }

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
                CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            var isHours = match.Groups["unit"].Value.StartsWith('u') || match.Groups["unit"].Value.StartsWith('h');
            return new Sourced<int>((int)Math.Round(isHours ? amount * 60 : amount), source);
        }
        diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.OngeldigGetal, source,
            $"'{text.Value}' is geen aantal minuten voor {field}. Vul een getal in, bijvoorbeeld 150."));
        return null;
    }

    [GeneratedRegex(@"^\s*(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>minuten|minuut|min\.?|m|uur|u|h|hours?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
