using System.Text.RegularExpressions;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Posters;
using HalenBrengen.Pptx;
using HalenBrengen.Pptx.Tests.Support;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// Issue 19's first promise, read back from the written files rather than from the plans: every wish and
/// offer a partner wrote stands whole on one slide of the session deck and whole on one sheet of the
/// combined A0 map, for the example and 2, 9, 16 and 24 partners (items up to 400 characters), nl and en.
/// </summary>
public sealed partial class ItemsWholeTests
{
    public static TheoryData<string> Coalitions => [.. Outputs.All];

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Every_item_is_whole_on_one_slide_of_the_session_deck(string which)
    {
        var made = Outputs.Of(which);
        AssertEveryItemWholeOnOnePage(which, "session deck", made.Coalition, made.SessionPackage);
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Every_item_is_whole_on_one_sheet_of_the_combined_map(string which)
    {
        var made = Outputs.Of(which);
        var map = PosterPlanner.Plan(made.Coalition, PlanContext.Poster(Outputs.LookOf(which), made.Language)).Single(p => p.Kind == PosterKind.CombinedMap);
        AssertEveryItemWholeOnOnePage(which, "combined map", made.Coalition, PptxWriter.Write(map.Sheets));
    }

    private static void AssertEveryItemWholeOnOnePage(string which, string file, Core.Model.Coalition coalition, byte[] package)
    {
        // A page's text as a reader sees it: every shape's paragraphs, spaces and typed line breaks alike.
        var pages = WrittenDeck.Read(package).Select(s => Flat(string.Join(" ", s.Shapes.Select(shape => shape.Text)))).ToList();
        foreach (var item in coalition.Partners.SelectMany(p => p.Halen.Concat(p.Brengen)))
        {
            var text = Flat(item.Text.Value);
            Assert.True(pages.Any(page => page.Contains(text, StringComparison.Ordinal)), $"{which}, {file}: '{text[..Math.Min(60, text.Length)]}…' is on no page whole");
        }
    }

    private static string Flat(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
