namespace HalenBrengen.Excel.Reading;

/// <summary>Names in a message the way a facilitator finds them in Excel: each in single quotes.</summary>
internal static class Quoted
{
    /// <summary>"'Halen', 'Brengen'": the names in quotes, joined by commas.</summary>
    public static string List(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
