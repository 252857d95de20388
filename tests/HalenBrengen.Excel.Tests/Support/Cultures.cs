using System.Globalization;

namespace HalenBrengen.Excel.Tests.Support;

/// <summary>Runs the same reading under several cultures (house rule 9), restoring the culture after each.</summary>
internal static class Cultures
{
    public static readonly string[] DutchAndEnglish = ["nl-NL", "en-US"];

    public static List<T> Each<T>(Func<T> run, params string[] names) => (names.Length == 0 ? DutchAndEnglish : names).Select(name =>
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
        try
        {
            return run();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }).ToList();
}
