using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using HalenBrengen.Core;

namespace HalenBrengen.Core.Tests;

/// <summary>Every view's table is filled in both languages, and a format says the same values in each.</summary>
public sealed partial class WordsTests
{
    /// <summary>Every text of every view: (view, name, value), read through the properties of <see cref="Words"/>.</summary>
    private static IEnumerable<(string View, string Name, string Text)> Texts(Words words) =>
        typeof(Words).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType != typeof(Language))
            .SelectMany(view => TextsOf(view.GetValue(words)!).Select(t => (view.Name, t.Name, t.Text)));

    private static IEnumerable<(string Name, string Text)> TextsOf(object table)
    {
        foreach (var property in table.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            switch (property.GetValue(table))
            {
                case string text:
                    yield return (property.Name, text);
                    break;
                case IReadOnlyList<FormSection> sections:
                    yield return (property.Name, sections.Count == 0 ? string.Empty : "sections");
                    foreach (var (section, i) in sections.Select((s, i) => (s, i)))
                    {
                        yield return ($"{property.Name}[{i}].Heading", section.Heading);
                        yield return ($"{property.Name}[{i}].Text", section.Text);
                    }
                    break;
                case IReadOnlyList<string> lines:
                    yield return (property.Name, lines.Count == 0 ? string.Empty : "lines");
                    foreach (var (line, i) in lines.Select((l, i) => (l, i)))
                        yield return ($"{property.Name}[{i}]", line);
                    break;
                case IDictionary byValue:
                    // A text per value of an enum (a Soort's label, an agenda part's name), in the enum's order.
                    yield return (property.Name, byValue.Count == 0 ? string.Empty : "by value");
                    foreach (var key in byValue.Keys.Cast<object>().Order())
                        yield return ($"{property.Name}[{key}]", (string)byValue[key]!);
                    break;
                default:
                    throw new InvalidOperationException($"{property.Name}: a view's table holds texts, not {property.PropertyType.Name}.");
            }
        }
    }

    /// <summary>Every table of texts keyed by an enum's values: (view, name, the keys it has, the enum's type).</summary>
    private static IEnumerable<(string Name, ICollection Keys, Type Enum)> TablesByValue(Words words) =>
        typeof(Words).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType != typeof(Language))
            .SelectMany(view => view.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
                .Select(p => ($"{view.Name}.{p.Name}", ((IDictionary)p.GetValue(view.GetValue(words))!).Keys, p.PropertyType.GetGenericArguments()[0])));

    public static TheoryData<Language> Languages => [Language.Nl, Language.En];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_of_every_view_is_filled(Language language)
    {
        var words = Words.For(language);

        Assert.Equal(language, words.Language);
        var empty = Texts(words).Where(t => string.IsNullOrWhiteSpace(t.Text)).Select(t => $"{t.View}.{t.Name}").ToList();
        Assert.True(empty.Count == 0, "Empty in " + language + ": " + string.Join(", ", empty));
    }

    [Fact]
    public void A_format_has_the_same_placeholders_in_dutch_and_english()
    {
        var english = Texts(Words.En).ToDictionary(t => (t.View, t.Name), t => t.Text);

        var differ = Texts(Words.Nl)
            .Where(t => !Placeholders(t.Text).SetEquals(Placeholders(english[(t.View, t.Name)])))
            .Select(t => $"{t.View}.{t.Name}").ToList();

        Assert.True(differ.Count == 0, "Other placeholders in English: " + string.Join(", ", differ));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_text_keyed_by_a_value_is_there_for_every_value(Language language)
    {
        var tables = TablesByValue(Words.For(language)).ToList();

        Assert.NotEmpty(tables);
        var missing = tables.SelectMany(t => Enum.GetValues(t.Enum).Cast<object>().Where(v => !t.Keys.Cast<object>().Contains(v)).Select(v => $"{t.Name}[{v}]")).ToList();
        Assert.True(missing.Count == 0, "No text in " + language + " for " + string.Join(", ", missing));
    }

    [Fact]
    public void Both_languages_have_the_same_texts() =>
        Assert.Equal(Texts(Words.Nl).Select(t => (t.View, t.Name)), Texts(Words.En).Select(t => (t.View, t.Name)));

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
