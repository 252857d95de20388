using System.Globalization;

namespace HalenBrengen;

/// <summary>
/// Dutch and British as the program writes and reads numbers and dates in them, carried here rather than asked of
/// the system's ICU. The program runs with invariant globalization: loading ICU cost the release 2.5 ms of every start
/// (a Native AOT hello world took 2.6 ms without it and 5.1 ms with it; docs/performance.md), more than everything else
/// `--help` does, and the result then depended on the ICU a machine happens to have. These are the values of nl-NL and
/// en-GB in ICU 72 (Debian 12's), every writable property of their NumberFormatInfo and DateTimeFormatInfo:
/// <c>LocalesTests</c> compares them one by one with the ICU the test machine has.
/// </summary>
public static class Locales
{
    /// <summary>nl-NL: "1.234,5", "€ 120.000", "11 maart 2027", "donderdag".</summary>
    public static readonly CultureInfo Dutch = Build(new Data(
        Decimal: ",", Group: ".", Currency: "€", CurrencyPositive: 2, CurrencyNegative: 12,
        Am: "a.m.", Pm: "p.m.", DateSeparator: "-", ShortDate: "dd-MM-yyyy", LongDate: "dddd d MMMM yyyy",
        Days: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
        ShortDays: ["zo", "ma", "di", "wo", "do", "vr", "za"], ShortestDays: ["zo", "ma", "di", "wo", "do", "vr", "za"],
        Months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        ShortMonths: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]));

    /// <summary>en-GB: "1,234.5", "£120,000", "11 March 2027", "Thursday".</summary>
    public static readonly CultureInfo British = Build(new Data(
        Decimal: ".", Group: ",", Currency: "£", CurrencyPositive: 0, CurrencyNegative: 1,
        Am: "am", Pm: "pm", DateSeparator: "/", ShortDate: "dd/MM/yyyy", LongDate: "dddd, d MMMM yyyy",
        Days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        ShortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], ShortestDays: ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"],
        Months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ShortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]));

    /// <summary>What differs between the two; the rest (signs, digits, group sizes, the clock) they share.</summary>
    private sealed record Data(string Decimal, string Group, string Currency, int CurrencyPositive, int CurrencyNegative,
        string Am, string Pm, string DateSeparator, string ShortDate, string LongDate,
        string[] Days, string[] ShortDays, string[] ShortestDays, string[] Months, string[] ShortMonths);

    private static CultureInfo Build(Data d)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var n = culture.NumberFormat;
        n.NumberDecimalSeparator = n.CurrencyDecimalSeparator = n.PercentDecimalSeparator = d.Decimal;
        n.NumberGroupSeparator = n.CurrencyGroupSeparator = n.PercentGroupSeparator = d.Group;
        n.NumberGroupSizes = n.CurrencyGroupSizes = n.PercentGroupSizes = [3];
        n.CurrencySymbol = d.Currency;
        n.CurrencyPositivePattern = d.CurrencyPositive;
        n.CurrencyNegativePattern = d.CurrencyNegative;
        n.CurrencyDecimalDigits = 2;
        n.NumberDecimalDigits = n.PercentDecimalDigits = 3;
        n.NumberNegativePattern = 1;
        n.PercentPositivePattern = n.PercentNegativePattern = 1;
        n.PositiveInfinitySymbol = "∞";
        n.NegativeInfinitySymbol = "-∞";
        var t = culture.DateTimeFormat;
        t.AMDesignator = d.Am;
        t.PMDesignator = d.Pm;
        t.DateSeparator = d.DateSeparator;
        t.TimeSeparator = ":";
        t.FirstDayOfWeek = DayOfWeek.Monday;
        t.CalendarWeekRule = CalendarWeekRule.FirstFourDayWeek;
        t.ShortDatePattern = d.ShortDate;
        t.LongDatePattern = d.LongDate;
        t.ShortTimePattern = "HH:mm";
        t.LongTimePattern = "HH:mm:ss";
        t.FullDateTimePattern = d.LongDate + " HH:mm:ss";
        t.MonthDayPattern = "d MMMM";
        t.YearMonthPattern = "MMMM yyyy";
        t.DayNames = d.Days;
        t.AbbreviatedDayNames = d.ShortDays;
        t.ShortestDayNames = d.ShortestDays;
        t.MonthNames = t.MonthGenitiveNames = [.. d.Months, ""];
        t.AbbreviatedMonthNames = t.AbbreviatedMonthGenitiveNames = [.. d.ShortMonths, ""];
        return CultureInfo.ReadOnly(culture);
    }
}
