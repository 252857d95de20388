using System.Globalization;
using System.Reflection;

namespace HalenBrengen.Core.Tests;

/// <summary>
/// The program runs without ICU and carries its own Dutch and British (<see cref="Locales"/>). This project runs with
/// the system's ICU, so every writable property of their number and date formats is held to what ICU gives for nl-NL and
/// en-GB: a value written wrong, or one ICU changes, fails here by name.
/// </summary>
public sealed class LocalesTests
{
    public static TheoryData<string> Names => ["nl-NL", "en-GB"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_number_and_date_property_is_what_ICU_gives(string name)
    {
        var icu = CultureInfo.GetCultureInfo(name);
        Assert.False(icu.NumberFormat.NumberDecimalSeparator == "." && name == "nl-NL", "this test needs the system's ICU, not invariant globalization");
        var ours = name == "nl-NL" ? Locales.Dutch : Locales.British;
        var differences = new List<string>();
        foreach (var (theirs, mine) in new (object, object)[] { (icu.NumberFormat, ours.NumberFormat), (icu.DateTimeFormat, ours.DateTimeFormat) })
        {
            foreach (var property in theirs.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
            {
                var (a, b) = (Text(property.GetValue(theirs)), Text(property.GetValue(mine)));
                if (a != b)
                    differences.Add($"{theirs.GetType().Name}.{property.Name}: ICU '{a}', ours '{b}'");
            }
        }
        Assert.Empty(differences);
        Assert.True(ours.IsReadOnly);
    }

    [Theory]
    [InlineData("nl-NL", "d MMMM yyyy", "dddd d MMMM yyyy HH:mm")]
    [InlineData("en-GB", "d MMMM yyyy", "dddd d MMMM yyyy HH:mm")]
    public void Dates_and_numbers_come_out_as_ICU_writes_them(string name, string date, string dateTime)
    {
        var icu = CultureInfo.GetCultureInfo(name);
        var ours = name == "nl-NL" ? Locales.Dutch : Locales.British;
        for (var month = 1; month <= 12; month++)
        {
            var day = new DateTime(2027, month, month + 10, 13, 30, 0);
            Assert.Equal(day.ToString(date, icu), day.ToString(date, ours));
            Assert.Equal(day.ToString(dateTime, icu), day.ToString(dateTime, ours));
            Assert.Equal(day.ToString("ddd d MMM yyyy", icu), day.ToString("ddd d MMM yyyy", ours));
        }
        foreach (var number in new[] { 0.5, 1234.5, -120000, 0.125, 1e15 })
            foreach (var format in new[] { "N0", "N2", "G15", "C0", "C2", "P0", "#,##0.00" })
                Assert.Equal(number.ToString(format, icu), number.ToString(format, ours));
    }

    private static string? Text(object? value) => value switch
    {
        string[] a => string.Join("|", a),
        int[] a => string.Join(",", a),
        Calendar c => c.GetType().Name,
        _ => value?.ToString(),
    };
}
