using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Posters;
using HalenBrengen.Pptx;
using HalenBrengen.Pptx.Tests.Support;
using static HalenBrengen.Cli.Tests.WordSearch;

namespace HalenBrengen.Cli.Tests;

/// <summary>The poster issue's bars, for the example and generated coalitions of 2, 12 and 24 partners.</summary>
public sealed partial class PosterQualityTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Coalitions => ["voorbeeld", "2", "12", "24"];

    private static Coalition Load(string which) => which == "voorbeeld"
        ? WorkbookReader.Read([Repository.PathOf("templates", "voorbeeld")]).Coalition
        : Generated.Coalition(int.Parse(which, System.Globalization.CultureInfo.InvariantCulture), 12);

    private static IReadOnlyList<PosterPlan> Posters(string which) => PosterPlanner.Plan(Load(which), Language.Nl);

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Every_poster_is_valid_and_exactly_a0_portrait(string which)
    {
        foreach (var poster in Posters(which))
        {
            var package = PptxWriter.Write(poster.Sheets, PosterTheme.Width, PosterTheme.Height);
            PackageChecks.AssertValid(package);
            using var zip = new ZipArchive(new MemoryStream(package));
            var size = XDocument.Load(zip.GetEntry("ppt/presentation.xml")!.Open()).Descendants().Single(e => e.Name.LocalName == "sldSz");
            Assert.Equal("30276000", size.Attribute("cx")!.Value); // 841 mm
            Assert.Equal("42804000", size.Attribute("cy")!.Value); // 1189 mm
        }
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Nothing_runs_out_of_its_box_nothing_overlaps_and_10_mm_stay_free(string which)
    {
        var free = new Rect(PosterTheme.PrinterMargin, PosterTheme.PrinterMargin,
            PosterTheme.Width - PosterTheme.PrinterMargin - PosterTheme.PrinterMargin, PosterTheme.Height - PosterTheme.PrinterMargin - PosterTheme.PrinterMargin);
        foreach (var poster in Posters(which))
        {
            foreach (var sheet in poster.Sheets.Slides)
            {
                foreach (var text in sheet.Elements.OfType<TextElement>())
                {
                    Assert.True(free.Contains(text.Box), $"{poster.Kind} {text.Name}: inside the printer's margin");
                    Assert.True(TextLayout.Fits(text.Paragraphs, text.Box, text.FontSizePt), $"{poster.Kind} {poster.Partner}: {text.Name} does not fit at {text.FontSizePt}");
                }
                var boxes = sheet.Elements.Select(e => e.Box).ToList();
                Assert.False(boxes.Where((a, i) => boxes.Skip(i + 1).Any(b => a.Overlaps(b))).Any(), $"{poster.Kind}: elements overlap");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Readable_from_two_metres(string which)
    {
        var posters = Posters(which);
        var combined = posters[0];
        foreach (var sheet in combined.Sheets.Slides)
        {
            var elements = sheet.Elements.OfType<TextElement>().ToList();
            Assert.True(elements.Single(e => e.Name == "Krantenkop").FontSizePt >= PosterTheme.HeadlineMin);
            var coalition = Load(which);
            foreach (var partner in coalition.Partners)
                Assert.True(elements.Single(e => e.Name == partner.Naam).FontSizePt >= PosterTheme.NameMin);
            var items = elements.Where(e => e.Name?.EndsWith(" inhoud", StringComparison.Ordinal) == true).Select(e => e.FontSizePt).Distinct().ToList();
            Assert.Single(items); // shrunk evenly: one size for every segment
            Assert.True(items[0] >= PosterTheme.ItemMin);
            if (combined.Sheets.Slides.Count > 1)
                Assert.Equal(PosterTheme.ItemMin, items[0]); // a second sheet only below 16 pt
        }
        if (combined.Sheets.Slides.Count > 1)
        {
            var header = combined.Sheets.Slides.Select(s => s.Elements.OfType<TextElement>().Single(e => e.Name == "Kop").Paragraphs[0].Text).ToList();
            Assert.All(header.Select((h, i) => (h, i)), x => Assert.Contains($"{x.i + 1}/{header.Count}", x.h, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Every_item_and_name_is_on_the_combined_map_and_everything_on_the_partners_own_poster(string which)
    {
        var coalition = Load(which);
        var posters = Posters(which);
        var combined = Words(string.Join(" ", SheetTexts(posters[0])));
        foreach (var partner in coalition.Partners)
        {
            Assert.True(IsSubsequence(Words(partner.Naam), combined));
            foreach (var item in partner.Halen.Concat(partner.Brengen))
                Assert.True(IsSubsequence(Words(item.Text.Value), combined), $"lost on the map: {item.Text.Value[..Math.Min(60, item.Text.Value.Length)]}");
            var own = Words(string.Join(" ", SheetTexts(posters.Single(p => p.Partner == partner.Naam))));
            var texts = new[] { partner.Kaart?.EigenBelang, partner.Kaart?.GezamenlijkBelang, partner.Kaart?.Ambitie, partner.Kaart?.Krantenkop }
                .Concat(partner.Halen.Concat(partner.Brengen).SelectMany(i => new[] { i.Text, i.Toelichting, i.Omvang }));
            foreach (var text in texts.Where(x => x is not null))
                Assert.True(IsSubsequence(Words(text!.Value), own), $"lost on {partner.Naam}'s poster: {text.Value[..Math.Min(60, text.Value.Length)]}");
        }
        var werkvel = posters[^1];
        Assert.Equal("werkvel", werkvel.Kind);
        Assert.All(coalition.Partners, p => Assert.Contains(werkvel.Sheets.Slides[0].Elements.OfType<TextElement>(), e => e.Name == p.Naam));
    }

    [Fact]
    public void The_combined_poster_opens_in_libreoffice_as_a0_sheets()
    {
        var soffice = ExternalTools.RequireSoffice();
        var poster = Posters("voorbeeld")[0];
        var path = _folder.File("kaart.pptx");
        File.WriteAllBytes(path, PptxWriter.Write(poster.Sheets, PosterTheme.Width, PosterTheme.Height));
        var profile = new Uri(Path.Combine(_folder.Path, "lo")).AbsoluteUri;

        var (exit, output) = ExternalTools.Run(soffice, [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", _folder.Path, path], TimeSpan.FromMinutes(3));

        Assert.True(exit == 0, output);
        var pdf = File.ReadAllText(_folder.File("kaart.pdf"), System.Text.Encoding.Latin1);
        Assert.Equal(poster.Sheets.Slides.Count, Regex.Matches(pdf, @"/Type\s*/Page[^s]").Count);
        Assert.Matches(@"/MediaBox\s*\[\s*0\s+0\s+2383\.\d+\s+3370\.\d+\s*\]", pdf); // 841 × 1189 mm in points
    }

    private static IEnumerable<string> SheetTexts(PosterPlan poster) =>
        poster.Sheets.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).SelectMany(e => e.Paragraphs).Select(p => p.Text);

}
