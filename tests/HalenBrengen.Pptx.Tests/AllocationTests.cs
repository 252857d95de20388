using System.IO.Compression;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Style;

namespace HalenBrengen.Pptx.Tests;

/// <summary>Alone, so that the process-wide count of allocated bytes is this test's alone.</summary>
[CollectionDefinition(nameof(AllocationTests), DisableParallelization = true)]
public sealed class AllocationCollection;

[Collection(nameof(AllocationTests))]
public sealed class AllocationTests(ITestOutputHelper output)
{
    /// <summary>A deck like a briefing's: 300 slides of full tables, bullet lists and notes, and a chart now and then.</summary>
    private static PresentationPlan Full()
    {
        var sample = PptxWriterTests.Sample();
        var rows = Enumerable.Range(1, 16).Select(i => (IReadOnlyList<string>)[$"Partij {i:00}", $"Signalen van huurachterstand na {i} maanden, vroeg gedeeld met de wijkcoach"]).ToList();
        var table = new SlidePlan(SlideLayoutKind.Inhoud, sample.Slides[2].Title, [
            new TableElement(Page.Slide(Look.House).BodyBox, [Emu.FromMm(100), Emu.FromMm(214)], ["Partij", "Nodig voor"], rows,
                Enumerable.Repeat(Emu.FromMm(8), rows.Count + 1).ToList(), 18, PlanContext.Session(Look.House, HalenBrengen.Core.Language.Nl).Table),
        ], string.Join("\n", rows.Select(r => $"Vraag {r[0]} naar: {r[1]}.")));
        var list = new SlidePlan(SlideLayoutKind.Inhoud, sample.Slides[1].Title, [
            new TextElement(Page.Slide(Look.House).BodyBox, rows.Take(8).Select(r => new TextParagraph(r[1], bullet: true)).ToList(), 22, Look.House.Palette.Ink, Name: "Lijst"),
        ], "Lees de lijst voor en vraag wie iets herkent.\nNoteer wat ontbreekt.");
        var slides = Enumerable.Range(0, 100).SelectMany(i => i % 25 == 0 ? [table, list, sample.Slides[3]] : new[] { table, list, sample.Slides[0] }).ToList();
        return sample with { Slides = slides };
    }

    [Fact]
    public void Writing_a_package_allocates_less_than_three_times_its_parts()
    {
        var plan = Full();
        PptxWriter.Write(plan); // JIT and the language's masters, once per process

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var package = PptxWriter.Write(plan);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var xml = zip.Entries.Sum(e => e.Length);
        output.WriteLine($"{plan.Slides.Count} slides: {xml / 1024} kB of parts, {package.Length / 1024} kB packed, {allocated / 1024} kB allocated ({(double)allocated / xml:F2} × the parts)");
        // Measured on this plan: made straight into one compressed stream, 2.5 times the parts (mostly an
        // XmlWriter's buffer per part; 2.6 while the charts were built with the SDK's elements); with one more pass
        // that reads the package back and compresses it again, 3.7 times; with each slide's XML first
        // buffered in a MemoryStream, 5.4; built by System.IO.Packaging and then normalised, as before, 11.
        Assert.True(allocated < 3 * xml, $"{allocated / 1024} kB allocated to write {xml / 1024} kB of parts");
    }
}
