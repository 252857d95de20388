using System.Text.Json;
using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Core.Tests.Support;

namespace HalenBrengen.Core.Tests.Analysis;

/// <summary>
/// The themes held to a judged set (ThemeJudgement/README.md): the precision of the phrase themes, the
/// share of what <see cref="Themes.Find"/> offers that a facilitator would call a real shared subject, on
/// the coalitions the rules were tuned on and on one held out. Soort themes are counted, not guessed, and
/// reported apart.
/// </summary>
public sealed class ThemeJudgementTests
{
    public static readonly string[] Tuned = ["voorbeeld.oordeel.json", "samen-fit-zuiderpark.json", "warme-wijk-oosterhout.json"];
    public const string HeldOut = "niet-alleen-noord.json";

    [Fact]
    public void Every_phrase_theme_of_the_tuned_coalitions_is_a_subject_a_facilitator_named()
    {
        var results = Tuned.Select(Judge).ToList();
        Report(results);
        Assert.True(Precision(results) >= 0.96, $"precision {Precision(results):P0} on the tuned coalitions");
    }

    [Fact]
    public void Phrase_themes_of_the_held_out_coalition_are_subjects_a_facilitator_named()
    {
        var result = Judge(HeldOut);
        Report([result]);
        Assert.True(Precision([result]) >= 0.75, $"precision {Precision([result]):P0} on the held-out coalition");
    }

    [Fact]
    public void The_judged_coalitions_have_at_least_three_real_themes_each()
    {
        foreach (var file in Tuned.Append(HeldOut))
            Assert.True(Themes.Find(Load(file).Partners).Count >= 3, file);
    }

    private static double Precision(IReadOnlyList<Judgement> results)
    {
        var shown = results.Sum(r => r.Phrases.Count);
        return shown == 0 ? 1.0 : (double)results.Sum(r => r.Phrases.Count(p => p.Subject is not null)) / shown;
    }

    private static void Report(IReadOnlyList<Judgement> results)
    {
        var output = TestContext.Current.TestOutputHelper;
        foreach (var r in results)
        {
            output?.WriteLine($"{r.File}: {r.Phrases.Count(p => p.Subject is not null)} of {r.Phrases.Count} phrase themes real; "
                + $"{r.Named.Count} of {r.Subjects.Count} judged subjects found; {r.Soorten} Soort themes");
            foreach (var (theme, subject) in r.Phrases)
                output?.WriteLine($"  {(subject is null ? "NOT" : "ok ")} '{theme.Label}' ({string.Join(", ", theme.Partners.Select(p => p.Naam))})");
            foreach (var missed in r.Subjects.Where(s => !r.Named.Contains(s.Onderwerp)))
                output?.WriteLine($"  missed: {missed.Onderwerp}");
        }
        output?.WriteLine($"precision {Precision(results):P0}");
    }

    private sealed record Subject(string Onderwerp, IReadOnlyList<string> Labels, IReadOnlyList<string> Partijen);

    private sealed record Judgement(string File, IReadOnlyList<(Theme Theme, Subject? Subject)> Phrases, IReadOnlyList<Subject> Subjects,
        IReadOnlySet<string> Named, int Soorten);

    /// <summary>Each phrase theme with the judged subject it is, if any: its label one of the subject's, its partners among the subject's.</summary>
    private static Judgement Judge(string file)
    {
        var (coalition, subjects) = (Load(file), Subjects(file));
        var themes = Themes.Find(coalition.Partners);
        var phrases = themes.Where(t => t.Kind == ThemeKind.Phrase).Select(t => (t, subjects.FirstOrDefault(s =>
            s.Labels.Any(l => TextKey.Label(l) == TextKey.Label(t.Label))
            && t.Partners.All(p => s.Partijen.Contains(p.Naam, StringComparer.Ordinal))))).ToList();
        var named = phrases.Where(p => p.Item2 is not null).Select(p => p.Item2!.Onderwerp).ToHashSet(StringComparer.Ordinal);
        return new Judgement(file, phrases, subjects, named, themes.Count(t => t.Kind == ThemeKind.Soort));
    }

    private static readonly JsonDocumentOptions Json = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static JsonElement Read(string path) => JsonDocument.Parse(File.ReadAllText(path), Json).RootElement;

    private static string PathOf(string file) => Repository.PathOf("tests", "HalenBrengen.Core.Tests", "Analysis", "ThemeJudgement", file);

    private static IReadOnlyList<Subject> Subjects(string file) =>
        Read(PathOf(file)).GetProperty("oordeel").GetProperty("themas").EnumerateArray().Select(s => new Subject(
            s.GetProperty("onderwerp").GetString()!,
            s.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList(),
            s.GetProperty("partijen").EnumerateArray().Select(l => l.GetString()!).ToList())).ToList();

    /// <summary>The coalition of a judged file: its own texts, or those of the file its "teksten" names.</summary>
    public static Coalition Load(string file)
    {
        var root = Read(PathOf(file));
        if (root.TryGetProperty("teksten", out var texts))
            root = Read(Repository.PathOf(texts.GetString()!.Split('/')));
        var partners = root.GetProperty("partners").EnumerateArray().Select(p => Partner(p.GetProperty("kaart"))).ToList();
        return new Coalition(new Samenwerking(), partners, [], []);
    }

    private static Partner Partner(JsonElement kaart)
    {
        var name = kaart.GetProperty("partij").GetString()!;
        Sourced<string>? Text(string property, string cell) =>
            kaart.TryGetProperty(property, out var v) ? new Sourced<string>(v.GetString()!, new SourceRef(name, "Belangenkaart", cell)) : null;
        var halen = kaart.GetProperty("halen").EnumerateArray().Select((h, i) =>
        {
            var source = new SourceRef(name, "Halen", $"A{i + 4}");
            var soort = h.TryGetProperty("soort", out var s) ? ValueLists.ParseSoort(s.GetString()!) : null;
            return new Item(ItemKind.Halen, new Sourced<string>(h.GetProperty("wat").GetString()!, source),
                soort is { } value ? new Choice<Soort>(value, s.GetString()!, source with { Cell = $"B{i + 4}" }) : null);
        }).ToList();
        var kaartRecord = new Belangenkaart(new Sourced<string>(name, new SourceRef(name, "Belangenkaart", "B4")), null,
            Text("eigenBelang", "B6"), Text("gezamenlijkBelang", "B7"), null, null, halen, []);
        return new Partner(name, kaartRecord, null);
    }
}
