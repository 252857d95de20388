using System.Globalization;
using HalenBrengen.Core;
using HalenBrengen.Core.Model;

namespace HalenBrengen;

/// <summary>
/// One way to write a date and a time per language, for the deck, the briefing and the posters alike. Here
/// with the words because how a language writes a date (its month names, its order) is part of that language.
/// </summary>
public static class Dates
{
    /// <summary>"11 maart 2027" or "11 March 2027"; a date that could not be read shows as it was typed.</summary>
    public static string Long(SessieDatum datum, Language language) =>
        datum.Date is { } date ? Long(date, language) : datum.Text;

    public static string Long(DateOnly date, Language language) =>
        date.ToString("d MMMM yyyy", Of(language));

    /// <summary>
    /// A year after the session, as a month ("maart 2028", "March 2028"): the date of the newspaper the coalition would like to
    /// read later on. A date that could not be read shows as it was typed.
    /// </summary>
    public static string YearLater(SessieDatum datum, Language language) =>
        datum.Date is { } date ? date.AddYears(1).ToString("MMMM yyyy", Of(language)) : datum.Text;

    private static CultureInfo Of(Language language) => language == Language.En ? Locales.British : Locales.Dutch;

    /// <summary>A clock time on the 24-hour clock, as both languages write it on an agenda: "13:30".</summary>
    public static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The BCP 47 tag runs are marked with, so spelling checks and screen readers use the right language.</summary>
    public static string Tag(Language language) => language == Language.En ? "en-GB" : "nl-NL";
}
