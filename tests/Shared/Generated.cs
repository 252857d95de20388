using HalenBrengen.Core.Model;

namespace HalenBrengen.Tests.Shared;

/// <summary>Coalitions made from code: any size, items up to 400 characters.</summary>
internal static class Generated
{
    /// <param name="extra">Added to every text.</param>
    /// <param name="itemExtra">Added to every wish and offer only.</param>
    public static Coalition Coalition(int partners, int items, string extra = "", string itemExtra = "")
    {
        var random = new Random(partners * 1000 + items);
        string[] words = ["vrijwilligers", "kennis", "budget", "signalen", "bereik", "ruimte", "netwerk", "gezinnen", "school", "wijk", "zorg", "schulden", "data", "mandaat"];
        string Text(int length) => string.Join(' ', Enumerable.Range(0, 200).Select(_ => words[random.Next(words.Length)])).Substring(0, length).Trim() + extra;
        var list = Enumerable.Range(1, partners).Select(p =>
        {
            var file = $"partner-{p}.xlsx";
            Sourced<string> S(string v, string sheet, string cell) => new(v, new SourceRef(file, sheet, cell));
            Item Make(ItemKind kind, int i) => new(kind, S(Text(i % 4 == 0 ? 400 : 30 + 7 * i) + itemExtra, kind.ToString(), $"A{i + 4}"),
                new Choice<Soort>((Soort)(i % 11), "x", new SourceRef(file)),
                kind == ItemKind.Halen ? new Choice<WensOfEis>(i % 3 == 0 ? WensOfEis.Eis : WensOfEis.Wens, "x", new SourceRef(file)) : null,
                kind == ItemKind.Brengen ? S($"{i} uur per week", "Brengen", $"C{i + 4}") : null);
            var kaart = new Belangenkaart(S($"Partner {p} {Text(12)}", "Belangenkaart", "B4"), null, S(Text(180), "Belangenkaart", "B6"),
                S(Text(120), "Belangenkaart", "B7"), S(Text(90), "Belangenkaart", "B8"), S(Text(50), "Belangenkaart", "B9"),
                Enumerable.Range(0, items).Select(i => Make(ItemKind.Halen, i)).ToList(),
                Enumerable.Range(0, items).Select(i => Make(ItemKind.Brengen, i)).ToList());
            var row = new KrachtenveldRij(S(kaart.Partij.Value, "Krachtenveld", $"A{p + 3}"), S(Text(60), "Krachtenveld", "B"),
                new Choice<Invloed>((Invloed)(p % 3), "x", new SourceRef(file)), S(Text(100), "Krachtenveld", "D"),
                new Choice<Houding4D>((Houding4D)(p % 4 + 1), "x", new SourceRef(file)), S(Text(80), "Krachtenveld", "F"));
            return new Partner(kaart.Partij.Value, kaart, row);
        }).ToList();
        var interventions = list.SelectMany((p, i) => Enumerable.Range(0, i % 6).Select(k => new Interventie(
            new Sourced<string>(p.Naam, new SourceRef("kv.xlsx")), new Sourced<string>(Text(70), new SourceRef("kv.xlsx")),
            new Sourced<string>(Text(30), new SourceRef("kv.xlsx")), new Choice<bool>(k == 0, k == 0 ? "Ja" : "Nee", new SourceRef("kv.xlsx"))))).ToList();
        var activities = list.Take(5).Select(p => new Activiteit(new Sourced<string>(p.Naam, new SourceRef("kv.xlsx")),
            new Sourced<string>(Text(90), new SourceRef("kv.xlsx")), new Sourced<string>("voor de zomer", new SourceRef("kv.xlsx")))).ToList();
        var src = new SourceRef("kv.xlsx", "Samenwerking", "B4");
        return new Coalition(new Samenwerking(new Sourced<string>($"Proefcoalitie {partners}", src), new Sourced<string>(Text(250), src),
            new Sourced<string>(Text(150), src), new Sourced<string>(Text(70), src), null, new Sourced<string>("Begeleider", src), new Sourced<int>(180, src)),
            list, interventions, activities);
    }
}
