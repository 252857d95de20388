using System.Collections.Concurrent;
using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Posters;
using HalenBrengen.Layout.Style;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Layout.Tests;

/// <summary>Every plan of a coalition in one look and language: what the design rules are held to.</summary>
internal sealed record Planned(string Name, Coalition Coalition, PresentationPlan Session, PresentationPlan Briefing, IReadOnlyList<PosterPlan> Posters);

/// <summary>
/// The coalitions the design rules are checked on, each planned once per test run. "voorbeeld" is the
/// example as generate reads it; "N" is the example's partners repeated and numbered up to N, as a real
/// coalition of that size looks (the bench's "workbooks N"); "N lang" is N partners with twelve items a
/// side of generated words, every fourth item 400 characters: the long texts that push a layout hardest;
/// "N lang tekens" the same with an emoji, a symbol and a typed line break in every wish and offer. A "+licht" or "+donker" name plans in a house style with a logo.
/// </summary>
internal static class Coalitions
{
    public static readonly string[] Sizes = ["2", "5", "9", "16", "24"];

    public static IEnumerable<string> All =>
        ["voorbeeld", "voorbeeld-en", .. Sizes, .. Sizes.Select(n => n + " lang"), "9+licht", "16 lang+donker", "24+licht", "9 lang tekens+licht"];

    /// <summary>What "tekens" adds to every wish and offer: an emoji and a symbol no look's font has, and a line break typed in the cell.</summary>
    private const string Signs = " 🙂 ✔\nen een tweede regel";

    private static readonly ConcurrentDictionary<string, Lazy<Planned>> Plans = new();

    private static readonly Lazy<Coalition> Example = new(() => WorkbookReader.Read([Repository.PathOf("templates", "voorbeeld")]).Coalition);

    public static Planned Of(string name) => Plans.GetOrAdd(name, n => new Lazy<Planned>(() => Plan(n))).Value;

    private static Planned Plan(string name)
    {
        var (stem, style) = name.Split('+') is [var s, var l] ? (s, l) : (name, null);
        var language = stem.EndsWith("-en", StringComparison.Ordinal) ? Language.En : Language.Nl;
        stem = stem.Replace("-en", "", StringComparison.Ordinal);
        var coalition = stem == "voorbeeld" ? Example.Value
            : stem.EndsWith(" lang tekens", StringComparison.Ordinal) ? Generated.Coalition(int.Parse(stem[..^12], System.Globalization.CultureInfo.InvariantCulture), 12, itemExtra: Signs)
            : stem.EndsWith(" lang", StringComparison.Ordinal) ? Generated.Coalition(int.Parse(stem[..^5], System.Globalization.CultureInfo.InvariantCulture), 12)
            : Repeated(int.Parse(stem, System.Globalization.CultureInfo.InvariantCulture));
        var look = style switch { "licht" => Looks.Light, "donker" => Looks.Dark, _ => Look.House };
        var analysis = CoalitionAnalysis.Of(coalition);
        // Planned as the generator plans them: the briefing counts the posters' sheets.
        var posters = PosterPlanner.Plan(coalition, PlanContext.Poster(look, language));
        return new Planned(name, coalition,
            DeckPlanner.Plan(coalition, analysis, PlanContext.Session(look, language)),
            BriefingPlanner.Plan(coalition, analysis, PlanContext.Briefing(look, language), posters: posters),
            posters);
    }

    /// <summary>The example's partners, repeated and numbered ("Gemeente Dommelstede 01", …) up to <paramref name="count"/>.</summary>
    public static Coalition Repeated(int count)
    {
        var example = Example.Value;
        var partners = Enumerable.Range(0, count).Select(i =>
        {
            var source = example.Partners[i % example.Partners.Count];
            var name = $"{source.Naam} {i + 1:00}";
            return source with
            {
                Naam = name,
                Kaart = source.Kaart is { } k ? k with { Partij = k.Partij with { Value = name } } : null,
                Krachtenveld = source.Krachtenveld is { } r ? r with { Partij = r.Partij with { Value = name } } : null,
            };
        }).ToList();
        return example with { Partners = partners };
    }
}

/// <summary>Two house styles made by code: a light one with its logo top right, a dark one with its logo bottom left.</summary>
internal static class Looks
{
    private static readonly Picture Logo = new([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png");

    public static readonly Look Light = Look.Of(new HouseStyle("licht.potx",
        new ThemeColours("000000", "FFFFFF", "1B3A4B", "EEF1F4", "0B6E4F", "FFC000", "EDAE49", "00798C", "30638E", "003D5B", "0563C1", "954F72"),
        ColourMap.Standard, null, null, "Calibri", "Calibri", new TemplateLogo(Logo, 0.82, 0.03, 0.12, 0.06, 3.0), []), []);

    public static readonly Look Dark = Look.Of(new HouseStyle("donker.potx",
        new ThemeColours("101820", "F2F2F2", "1B3A4B", "2A2A3A", "4FC3F7", "FFB300", "81C784", "E57373", "BA68C8", "4DB6AC", "4FC3F7", "BA68C8"),
        new ColourMap(SchemeColour.Dark1, SchemeColour.Light1, SchemeColour.Dark2, SchemeColour.Light2), null, null, "Calibri", "Calibri",
        new TemplateLogo(Logo, 0.03, 0.88, 0.12, 0.06, 3.0), []), []);
}
