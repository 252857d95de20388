using System.Text.Json;
using HalenBrengen.Core.Model;
using Xunit;

namespace HalenBrengen.Tests.Shared;

/// <summary>
/// The coalitions of the matching's judged set (tests/HalenBrengen.Core.Tests/Analysis/MatchJudgement/README.md), read
/// as the matcher sees them: the Core tests judge <c>Matching.Find</c> on them, the Excel tests the afsprakenlijst's
/// Suggesties sheet, as issue 20 asks.
/// </summary>
public static class JudgedCoalitions
{
    private static readonly JsonDocumentOptions Json = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static JsonElement Read(string path) => JsonDocument.Parse(File.ReadAllText(path), Json).RootElement;

    /// <summary>
    /// The partners of a judged file (a path under tests/HalenBrengen.Core.Tests/Analysis/MatchJudgement) and, per want, the
    /// offers judged an answer (none: a true open need). <paramref name="pathOf"/> makes a path in the repository of its parts.
    /// </summary>
    public static (IReadOnlyList<Partner> Partners, IReadOnlyList<(Item Want, Partner Wanter, IReadOnlySet<Item> Good)> Judged) Load(
        string file, Func<string[], string> pathOf)
    {
        var root = Read(pathOf(["tests", "HalenBrengen.Core.Tests", "Analysis", "MatchJudgement", .. file.Split('/')]));
        var judgement = root;
        if (root.TryGetProperty("teksten", out var texts))
            root = Read(pathOf(texts.GetString()!.Split('/')));
        var byId = new Dictionary<string, Item>(StringComparer.Ordinal);
        var goodIds = new Dictionary<Item, string[]>(ReferenceEqualityComparer.Instance);
        var partners = root.GetProperty("partners").EnumerateArray().Select(p => Partner(p.GetProperty("kaart"), byId, goodIds)).ToList();
        var judged = new List<(Item, Partner, IReadOnlySet<Item>)>();
        if (judgement.TryGetProperty("oordeel", out var oordeel))
        {
            foreach (var entry in oordeel.EnumerateArray())
            {
                var wanter = partners.Single(p => p.Naam == entry.GetProperty("partij").GetString());
                var want = wanter.Halen.Single(h => h.Text.Value == entry.GetProperty("wat").GetString());
                var good = entry.GetProperty("goed").EnumerateArray().Select(g =>
                    partners.Single(p => p.Naam == g.GetProperty("partij").GetString()).Brengen.Single(b => b.Text.Value == g.GetProperty("wat").GetString()));
                judged.Add((want, wanter, good.ToHashSet(ReferenceEqualityComparer.Instance).Cast<Item>().ToHashSet()));
            }
            Assert.Equal(partners.Sum(p => p.Halen.Count), judged.Count);
        }
        else
        {
            foreach (var partner in partners)
            {
                foreach (var want in partner.Halen)
                {
                    var good = goodIds[want].Select(id => byId[id]).ToHashSet();
                    Assert.DoesNotContain(good, g => partner.Brengen.Contains(g));
                    judged.Add((want, partner, good));
                }
            }
        }
        return (partners, judged);
    }

    private static Partner Partner(JsonElement kaart, Dictionary<string, Item> byId, Dictionary<Item, string[]> goodIds)
    {
        var name = kaart.GetProperty("partij").GetString()!;
        string? Get(JsonElement e, string property) => e.TryGetProperty(property, out var v) ? v.GetString() : null;
        Sourced<string>? Text(JsonElement e, string property, SourceRef at) => Get(e, property) is { } v ? new Sourced<string>(v, at) : null;
        Item Read(JsonElement e, ItemKind kind, int row)
        {
            var source = new SourceRef(name, kind == ItemKind.Halen ? "Halen" : "Brengen", $"A{row}");
            var soortText = Get(e, "soort");
            var soort = soortText is null ? null : ValueLists.ParseSoort(soortText);
            var wens = Get(e, "wensOfEis") is { } w ? ValueLists.ParseWensOfEis(w) : null;
            var item = new Item(kind, new Sourced<string>(Get(e, "wat")!, source),
                soort is { } s ? new Choice<Soort>(s, soortText!, source with { Cell = $"B{row}" }) : null,
                wens is { } we ? new Choice<WensOfEis>(we, Get(e, "wensOfEis")!, source with { Cell = $"C{row}" }) : null,
                Text(e, "omvang", source with { Cell = $"C{row}" }),
                Text(e, "toelichting", source with { Cell = $"D{row}" }));
            if (Get(e, "id") is { } id)
                byId.Add(id, item);
            if (kind == ItemKind.Halen)
                goodIds[item] = e.TryGetProperty("goed", out var g) ? g.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
            return item;
        }
        var halen = kaart.GetProperty("halen").EnumerateArray().Select((h, i) => Read(h, ItemKind.Halen, i + 4)).ToList();
        var brengen = kaart.TryGetProperty("brengen", out var b) ? b.EnumerateArray().Select((x, i) => Read(x, ItemKind.Brengen, i + 4)).ToList() : [];
        var record = new Belangenkaart(new Sourced<string>(name, new SourceRef(name, "Belangenkaart", "B4")), null, null, null, null, null, halen, brengen);
        return new Partner(name, record, null);
    }
}
