using System.Text.Json;
using System.Text.RegularExpressions;
using HalenBrengen.App;
using HalenBrengen.Excel.Tests.Support;

namespace HalenBrengen.Web.Tests;

/// <summary>
/// The page asks its words by key (data-t="…" in index.html, t().key in the scripts, said.key in the worker):
/// every key it asks is in the words the site gives it (App's PageWords, from HalenBrengen.Words), in both
/// languages, so no text of the page shows "undefined". Read from the files as text, in milliseconds.
/// </summary>
public sealed partial class PageWordsTests
{
    private static readonly string Page = Repository.PathOf("src", "HalenBrengen.Web", "wwwroot");

    private static HashSet<string> Keys(string language)
    {
        using var both = JsonDocument.Parse(PageWords.Both());
        return both.RootElement.GetProperty(language).EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every key the page and the worker ask for, with where it is asked.</summary>
    private static IEnumerable<(string Key, string Where)> Asked()
    {
        foreach (var file in Directory.GetFiles(Page, "*.js").Append(Repository.PathOf("src", "HalenBrengen.Browser", "wwwroot", "worker.js")))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in AskedInScript().Matches(text))
                yield return (m.Groups[1].Value, Path.GetFileName(file));
            if (SeverityMap().Match(text) is { Success: true } map)
                foreach (Match pair in MapPair().Matches(map.Value))
                    yield return (pair.Groups[2].Value, Path.GetFileName(file) + " severities");
        }
        foreach (Match m in Marked().Matches(File.ReadAllText(Path.Combine(Page, "index.html"))))
            yield return (m.Groups[1].Value, "index.html");
        // Beside each file made: "kind" and the name of what it is (app.js).
        foreach (var kind in Enum.GetNames<GeneratedKind>())
            yield return ("kind" + kind, "app.js kinds");
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Every_word_the_page_and_the_worker_ask_for_is_there(string language)
    {
        var keys = Keys(language);
        var asked = Asked().ToList();

        Assert.True(asked.Count > 60, $"only {asked.Count} keys found: does the pattern still match the scripts?");
        var missing = asked.Where(a => !keys.Contains(a.Key)).Select(a => $"{a.Where}: {a.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, $"Not in the page's words ({language}): " + string.Join(", ", missing));
    }

    [Fact]
    public void Both_languages_have_the_same_keys() => Assert.Equal(Keys("nl").Order(), Keys("en").Order());

    [Fact]
    public void The_check_names_each_kind_of_diagnostic_the_page_has_a_word_for()
    {
        var map = SeverityMap().Match(File.ReadAllText(Path.Combine(Page, "app.js")));

        Assert.Equal(["fout", "waarschuwing", "opmerking"], MapPair().Matches(map.Value).Select(m => m.Groups[1].Value));
    }

    [GeneratedRegex(@"(?:\bt\(\)|\bsaid)\.(\w+)")]
    private static partial Regex AskedInScript();

    [GeneratedRegex(@"const severities = \{[^}]*\}")]
    private static partial Regex SeverityMap();

    [GeneratedRegex(@"(\w+): ""(\w+)""")]
    private static partial Regex MapPair();

    [GeneratedRegex(@"data-t=""(\w+)""")]
    private static partial Regex Marked();
}
