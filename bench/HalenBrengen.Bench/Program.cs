using System.Diagnostics;
using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.App;
using HalenBrengen.Excel.Templates;

// Benchmarks for the issues' performance targets. Run in Release:
//   dotnet run -c Release --project bench/HalenBrengen.Bench -- read
//   dotnet run -c Release --project bench/HalenBrengen.Bench -- analyse
//   dotnet bench/HalenBrengen.Bench/bin/Release/net10.0/HalenBrengen.Bench.dll allocation DIR  (what a generate allocates, and where)
// Prints the first (cold) run and the median and best of the warm runs; docs/performance.md keeps the figures.

var what = args.FirstOrDefault() ?? "read";
switch (what)
{
    case "read":
        ReadFiftyWorkbooks();
        return 0;
    case "workbooks":
        WriteWorkbooks(int.Parse(args[1], CultureInfo.InvariantCulture), args[2],
            args.Length > 3 ? DateOnly.ParseExact(args[3], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
        return 0;
    case "voorbeeld":
        ShowExampleAnalysis();
        return 0;
    case "analyse":
        AnalyseHundredPartners(args);
        return 0;
    case "allocation":
        return Allocation.Run(args[1]);
    case "stress":
        return Stress.Run(args.ElementAtOrDefault(1) ?? "many", args.ElementAtOrDefault(2));
    default:
        Console.Error.WriteLine($"unknown benchmark '{what}'; known: read, analyse, voorbeeld, workbooks N DIR, allocation DIR, stress many|one [DIR]");
        return 2;
}

static void ReadFiftyWorkbooks()
{
    const int partners = 50;
    var folder = Path.Combine(Path.GetTempPath(), "hb-bench-" + Guid.NewGuid().ToString("N")[..8]);
    Directory.CreateDirectory(folder);
    try
    {
        var example = ExampleCoalition.Load();
        for (var i = 0; i < partners; i++)
        {
            var source = example.Partners[i % example.Partners.Count].Kaart;
            var kaart = source with { Partij = $"{source.Partij} {i + 1:00}" };
            using var workbook = BelangenkaartTemplate.Build(kaart);
            workbook.SaveAs(Path.Combine(folder, $"partner-{i + 1:00}.xlsx"));
        }

        var timings = new List<double>();
        for (var run = 0; run < 11; run++)
        {
            var watch = Stopwatch.StartNew();
            var report = WorkbookReader.Read([folder]);
            watch.Stop();
            if (report.Coalition.Partners.Count != partners)
                throw new InvalidOperationException($"expected {partners} partners, read {report.Coalition.Partners.Count}");
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
        var warm = timings.Skip(1).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {partners} belangenkaart workbooks ({Environment.ProcessorCount} cores): first run {timings[0]:F0} ms, " +
            $"warm median {warm[warm.Count / 2]:F0} ms, best {warm[0]:F0} ms"));
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}

static void AnalyseHundredPartners(string[] args)
{
    const int partners = 100, items = 20;
    // Realistic words from the example, combined pseudo-randomly with a fixed seed: the same coalition every run.
    var words = ExampleCoalition.Load().Partners
        .SelectMany(p => p.Kaart.Halen!.Select(h => h.Wat).Concat(p.Kaart.Brengen!.Select(b => b.Wat)))
        .SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).ToArray();
    var random = new Random(20261123);
    string Text() => string.Join(' ', Enumerable.Range(0, random.Next(3, 9)).Select(_ => words[random.Next(words.Length)]));
    Choice<Soort> Kind(SourceRef at) { var s = (Soort)random.Next(11); return new Choice<Soort>(s, ValueLists.Label(s), at); }
    var list = Enumerable.Range(0, partners).Select(p =>
    {
        var file = $"partner-{p:000}.xlsx";
        Item Make(ItemKind kind, int row)
        {
            var at = new SourceRef(file, kind.ToString(), $"A{row}");
            return new Item(kind, new Sourced<string>(Text(), at), Kind(at),
                kind == ItemKind.Halen ? new Choice<WensOfEis>(random.Next(4) == 0 ? WensOfEis.Eis : WensOfEis.Wens, "Wens", at) : null);
        }
        var kaart = new Belangenkaart(new Sourced<string>($"Partner {p:000}", new SourceRef(file, "Belangenkaart", "B4")), null,
            new Sourced<string>(Text(), new SourceRef(file, "Belangenkaart", "B6")), null, null, null,
            Enumerable.Range(0, items).Select(i => Make(ItemKind.Halen, i + 4)).ToList(),
            Enumerable.Range(0, items).Select(i => Make(ItemKind.Brengen, i + 4)).ToList());
        return new Partner(kaart.Partij.Value, kaart, null);
    }).ToList();
    var coalition = new Coalition(new Samenwerking(), list, [], []);

    var timings = new List<double>();
    CoalitionAnalysis? analysis = null;
    for (var run = 0; run < 31; run++)
    {
        var watch = Stopwatch.StartNew();
        analysis = CoalitionAnalysis.Of(coalition);
        watch.Stop();
        timings.Add(watch.Elapsed.TotalMilliseconds);
    }
    if (args.Contains("--parts"))
    {
        for (var run = 0; run < 3; run++)
        {
            var w = Stopwatch.StartNew();
            var m = Matching.Find(list); var t1 = w.Elapsed.TotalMilliseconds;
            _ = m.Matrix; var t2 = w.Elapsed.TotalMilliseconds;
            _ = m.OpenNeeds; var t3 = w.Elapsed.TotalMilliseconds;
            Themes.Find(list); var t4 = w.Elapsed.TotalMilliseconds;
            Priorities.Order(coalition); var t5 = w.Elapsed.TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"find {t1:F0} matrix {t2 - t1:F0} open {t3 - t2:F0} themes {t4 - t3:F0} priorities {t5 - t4:F0}"));
        }
    }
    var warm = timings.Skip(1).Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"analyse {partners} partners x {items} halen + {items} brengen ({analysis!.Matches.Count} matches kept of {analysis.Matches.Possible} possible, {analysis.OpenNeeds.Count} open needs, " +
        $"{analysis.Themes.Count} themes; {Environment.ProcessorCount} cores): first run {timings[0]:F0} ms, warm median {warm[warm.Count / 2]:F0} ms, best {warm[0]:F0} ms"));
}

// Not a benchmark: what the analysis says about the example coalition, for a person to judge.
static void ShowExampleAnalysis()
{
    var folder = Path.Combine(AppContext.BaseDirectory, "voorbeeld-" + Guid.NewGuid().ToString("N")[..8]);
    UseCases.WriteExample(folder);
    var report = WorkbookReader.Read([folder]);
    Directory.Delete(folder, recursive: true);
    var analysis = CoalitionAnalysis.Of(report.Coalition);
    foreach (var b in analysis.Balances)
        Console.WriteLine($"balans {b.Partner.Naam}: halen {b.Halen} ({b.Eisen} eisen), brengen {b.Brengen} {string.Join(" ", b.Readings)}");
    foreach (var partner in report.Coalition.Partners)
        foreach (var want in partner.Halen)
            foreach (var m in analysis.Matches.For(want, most: 2))
                Console.WriteLine($"match {m.Wanter.Naam}: {m.Want.Text.Value} <- {m.Bringer.Naam}: {m.Offer.Text.Value} [{m.Strength} {m.Score:0.00}; {(m.SameSoort ? "zelfde soort; " : "")}{string.Join(", ", m.Reasons.Select(r => $"{r.Concept}:{r.WantWord}~{r.OfferWord}"))}]");
    foreach (var o in analysis.OpenNeeds)
        Console.WriteLine($"open {o.Wanter.Naam}: {o.Want.Text.Value} {(o.Want.IsEis ? "(eis)" : "")}");
    foreach (var t in analysis.Themes.Take(8))
        Console.WriteLine($"thema {t.Label}: {string.Join(", ", t.Partners.Select(p => p.Naam))}");
    foreach (var p in analysis.Priorities)
        Console.WriteLine($"prioriteit {p.Rank}. {p.Partner.Naam} score {p.Score} ({p.Interventies.Count} interventies{(p.FewInterventions ? ", minder dan vijf" : "")})");
    Console.WriteLine($"matches {analysis.Matches.Count}");
}

// Input for the generate benchmark (hyperfine, see docs/performance.md): N partner workbooks filled from the example,
// each partner renamed, plus the example's krachtenveld with a row per partner (and, when given, a second meeting's date).
static void WriteWorkbooks(int partners, string folder, DateOnly? second)
{
    Directory.CreateDirectory(folder);
    var example = ExampleCoalition.Load();
    var kaarten = Enumerable.Range(0, partners).Select(i =>
    {
        var source = example.Partners[i % example.Partners.Count].Kaart;
        return source with { Partij = $"{source.Partij} {i + 1:00}" };
    }).ToList();
    for (var i = 0; i < kaarten.Count; i++)
    {
        using var workbook = BelangenkaartTemplate.Build(kaarten[i]);
        workbook.SaveAs(Path.Combine(folder, $"partner-{i + 1:00}.xlsx"));
    }
    var rows = kaarten.Select((k, i) => example.Krachtenveld.Krachtenveld![i % example.Partners.Count] with { Partij = k.Partij }).ToList();
    using var veld = KrachtenveldTemplate.Build(example.Krachtenveld with { Krachtenveld = rows, Interventies = [], Activiteiten = [], DatumTweede = second });
    veld.SaveAs(Path.Combine(folder, "krachtenveld.xlsx"));
    Console.WriteLine($"{partners} belangenkaarten and a krachtenveld in {folder}");
}
