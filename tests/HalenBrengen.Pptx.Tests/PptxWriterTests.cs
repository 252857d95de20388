using HalenBrengen.Layout;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Excel.Tests.Support;

namespace HalenBrengen.Pptx.Tests;

public sealed class PptxWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    internal static DeckPlan Sample(string extra = "") => new("Proef", "HalenBrengen",
    [
        new SlidePlan(SlideLayoutKind.Titel, "Hier valt niemand tussen wal en schip" + extra, [], "Welkom."),
        new SlidePlan(SlideLayoutKind.Inhoud, "Lijst", [
            new TextElement(DeckTheme.BodyBox, [new TextParagraph("Eén punt", bullet: true), new TextParagraph("Regel\nmet breuk 💪 تعاون", bullet: true)], 20, DeckTheme.Ink, Name: "Lijst"),
        ], "Notitie\nmet twee regels."),
        new SlidePlan(SlideLayoutKind.Inhoud, "Tabel", [
            new TableElement(DeckTheme.BodyBox, [Emu.FromMm(100), Emu.FromMm(214)], ["Partij", "Nodig voor"],
                [["Gemeente", "Budget"], ["School", "Bereik"]], [Emu.FromMm(10), Emu.FromMm(10), Emu.FromMm(10)], 14),
        ], ""),
        new SlidePlan(SlideLayoutKind.Inhoud, "Grafiek", [
            new ChartElement(DeckTheme.BodyBox, "Balans", ["Gemeente", "School"],
                [new ChartSeries("Halen", DeckTheme.Halen, [4, 2]), new ChartSeries("Brengen", DeckTheme.Brengen, [3, 5])]),
        ], "Grafiek."),
    ]);

    [Fact]
    public void A_deck_with_every_element_kind_is_valid()
    {
        PackageChecks.AssertValid(PptxWriter.Write(Sample()));
    }

    [Fact]
    public void The_same_plan_gives_the_same_bytes()
    {
        Assert.Equal(PptxWriter.Write(Sample()), PptxWriter.Write(Sample()));
    }

    [Fact]
    public void Text_that_xml_cannot_carry_is_cleaned_before_it_is_written()
    {
        var package = PptxWriter.Write(Sample("\u0007\uD800 einde"));
        PackageChecks.AssertValid(package);
    }

    [Fact]
    public void LibreOffice_opens_the_deck_with_one_page_per_slide()
    {
        var soffice = ExternalTools.RequireSoffice();
        var path = _folder.File("proef.pptx");
        File.WriteAllBytes(path, PptxWriter.Write(Sample()));
        var profile = new Uri(Path.Combine(_folder.Path, "lo")).AbsoluteUri;

        var (exit, output) = ExternalTools.Run(soffice, [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", _folder.Path, path], TimeSpan.FromMinutes(3));

        Assert.True(exit == 0, output);
        var pdf = File.ReadAllText(_folder.File("proef.pdf"), System.Text.Encoding.Latin1);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(pdf, @"/Type\s*/Page[^s]").Count);
    }
}
