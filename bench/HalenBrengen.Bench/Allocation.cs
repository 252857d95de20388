using System.Diagnostics;
using System.Globalization;
using HalenBrengen.App;
using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Style;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Posters;
using HalenBrengen.Pptx;

/// <summary>
/// What a <c>generate</c> allocates, and where: reading, planning and writing each package, measured with
/// <see cref="GC.GetTotalAllocatedBytes(bool)"/> on one thread after a warm-up run:
///   dotnet bench/HalenBrengen.Bench/bin/Release/net10.0/HalenBrengen.Bench.dll allocation /tmp/b50
/// </summary>
internal static class Allocation
{
    public static int Run(string folder, int runs = 5)
    {
        for (var run = 0; run <= runs; run++)
        {
            var total = Measure(() => Everything(folder), out var seconds);
            var report = WorkbookReader.Read([folder]);
            var coalition = report.Coalition;
            var read = Measure(() => WorkbookReader.Read([folder]), out _);
            var analysis = CoalitionAnalysis.Of(coalition);
            PresentationPlan deck = null!, briefing = null!;
            IReadOnlyList<PresentationPlan> posters = null!;
            var plan = Measure(() =>
            {
                deck = DeckPlanner.Plan(coalition, analysis, PlanContext.Session(Look.House, Language.Nl));
                briefing = BriefingPlanner.Plan(coalition, analysis, PlanContext.Briefing(Look.House, Language.Nl));
                posters = PosterPlanner.Plan(coalition, PlanContext.Poster(Look.House, Language.Nl)).Select(p => p.Sheets).ToList();
            }, out _);
            long bytes = 0;
            var writeDeck = Measure(() => bytes += PptxWriter.Write(deck).Length, out var deckSeconds);
            var writeBriefing = Measure(() => bytes += PptxWriter.Write(briefing).Length, out var briefingSeconds);
            var writePosters = Measure(() => { foreach (var p in posters) bytes += PptxWriter.Write(p).Length; }, out var posterSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(run == 0 ? "warm-up" : $"run {run}")}: {coalition.Partners.Count} partners, read + render everything {Mb(total)} MB in {seconds:F2} s; " +
                $"read {Mb(read)} MB, plan {Mb(plan)} MB, write deck {Mb(writeDeck)} MB ({deck.Slides.Count} slides, {deckSeconds * 1000:F0} ms), " +
                $"briefing {Mb(writeBriefing)} MB ({briefing.Slides.Count} slides, {briefingSeconds * 1000:F0} ms), " +
                $"{posters.Count} posters {Mb(writePosters)} MB ({posterSeconds * 1000:F0} ms); {bytes / 1024} kB of packages"));
        }
        return 0;
    }

    /// <summary>What <c>generate</c> does short of writing files: read, then render every output, one at a time.</summary>
    private static void Everything(string folder)
    {
        var report = WorkbookReader.Read([folder]);
        foreach (var file in Generator.Render(report.Coalition, Language.Nl))
            _ = file.Content();
    }

    private static long Measure(Action action, out double seconds)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        action();
        seconds = watch.Elapsed.TotalSeconds;
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);
}
