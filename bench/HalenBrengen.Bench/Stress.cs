using System.Diagnostics;
using System.Globalization;
using HalenBrengen.App;
using HalenBrengen.Core;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Templates;

/// <summary>
/// The two coalitions that once exhausted memory (issue 11, item 9), inside the documented limits: 40
/// partners with 250 halen and 250 brengen items each, all one Soort; and one partner with 45,000 items.
/// Each runs in a process of its own, so the peak working set is that case's alone:
///   dotnet run -c Release --project bench/HalenBrengen.Bench -- stress many
///   dotnet run -c Release --project bench/HalenBrengen.Bench -- stress one
/// With a folder as third argument the workbooks are written there and kept, to time `generate` on them.
/// </summary>
internal static class Stress
{
    public static int Run(string which, string? keep = null)
    {
        var folder = keep ?? Path.Combine(Path.GetTempPath(), "hb-stress-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var size = which == "one" ? WriteOne(folder) : WriteMany(folder);
            var watch = Stopwatch.StartNew();
            var report = WorkbookReader.Read([folder]);
            var read = watch.Elapsed.TotalSeconds;
            long bytes = 0;
            foreach (var file in Generator.Render(report.Coalition, Language.Nl))
                bytes += file.Content().LongLength;
            watch.Stop();
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stress {which}: {report.Coalition.Partners.Count} partner(s), {report.Coalition.Partners.Sum(p => p.Halen.Count + p.Brengen.Count)} items, " +
                $"{size / 1024} kB of workbooks; read {read:F1} s, read and every output made {watch.Elapsed.TotalSeconds:F1} s ({bytes / 1024 / 1024} MB written); " +
                $"peak working set {process.PeakWorkingSet64 / 1024 / 1024} MB"));
            return 0;
        }
        finally
        {
            if (keep is null)
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>40 partners, 250 halen and 250 brengen each, every item the same Soort: every want meets every offer.</summary>
    private static long WriteMany(string folder)
    {
        var words = new[] { "vrijwilligers", "kennis", "budget", "signalen", "bereik", "ruimte", "netwerk", "gezinnen", "wijk", "schulden" };
        var random = new Random(40250);
        string Text() => string.Join(' ', Enumerable.Range(0, 6).Select(_ => words[random.Next(words.Length)]));
        for (var p = 0; p < 40; p++)
        {
            var kaart = new BelangenkaartInvulling($"Partij {p + 1:00}",
                Halen: Enumerable.Range(0, 250).Select(_ => new HalenRegel(Text(), "Kennis en expertise", "Wens")).ToList(),
                Brengen: Enumerable.Range(0, 250).Select(_ => new BrengenRegel(Text(), "Kennis en expertise")).ToList());
            using var workbook = BelangenkaartTemplate.Build(kaart);
            workbook.SaveAs(Path.Combine(folder, $"partij-{p + 1:00}.xlsx"));
        }
        return Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
    }

    /// <summary>One partner with 45,000 items.</summary>
    private static long WriteOne(string folder)
    {
        var kaart = new BelangenkaartInvulling("Eén partij",
            Halen: Enumerable.Range(0, 22_500).Select(i => new HalenRegel($"Wens nummer {i} over de wijk", "Kennis en expertise", "Wens")).ToList(),
            Brengen: Enumerable.Range(0, 22_500).Select(i => new BrengenRegel($"Aanbod nummer {i} voor de wijk", "Kennis en expertise")).ToList());
        using var workbook = BelangenkaartTemplate.Build(kaart);
        workbook.SaveAs(Path.Combine(folder, "een-partij.xlsx"));
        return Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
    }
}
