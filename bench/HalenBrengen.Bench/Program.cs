using System.Diagnostics;
using System.Globalization;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Templates;

// Benchmarks for the issues' performance targets. Run in Release:
//   dotnet run -c Release --project bench/HalenBrengen.Bench -- read
// Prints the first (cold) run and the median and best of the warm runs; the README keeps the figures.

var what = args.FirstOrDefault() ?? "read";
switch (what)
{
    case "read":
        ReadFiftyWorkbooks();
        return 0;
    default:
        Console.Error.WriteLine($"unknown benchmark '{what}'; known: read");
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
