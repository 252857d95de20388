using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Rules;
using HalenBrengen.Layout.Posters;
using HalenBrengen.Pptx;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Layout.Style;
using HalenBrengen.Tests.Shared;
using static HalenBrengen.Cli.Tests.WordSearch;

namespace HalenBrengen.Cli.Tests;

/// <summary>The posters' bars, for the example and generated coalitions of 2, 9, 12, 16 and 24 partners.</summary>
public sealed partial class PosterQualityTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Coalitions => ["voorbeeld", "2", "9", "12", "16", "24", "voorbeeld+huisstijl", "16+huisstijl", "12+donker"];

    private static IReadOnlyList<PosterPlan> Posters(string which) => PosterPlanner.Plan(Outputs.Coalition(which), PlanContext.Poster(Outputs.LookOf(which), Language.Nl));

    private static (Coalition Coalition, IReadOnlyList<PosterPlan> Posters) Load(string which)
    {
        var coalition = Outputs.Coalition(which);
        return (coalition, PosterPlanner.Plan(coalition, PlanContext.Poster(Outputs.LookOf(which), Language.Nl)));
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Every_poster_is_valid_written_as_planned_and_exactly_a0_portrait(string which)
    {
        foreach (var poster in Posters(which))
        {
            var package = PptxWriter.Write(poster.Sheets);
            PackageChecks.AssertValid(package);
            WrittenDeck.AssertWrittenAsPlanned(poster.Sheets, package);
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
        var coalition = Outputs.Coalition(which);
        foreach (var poster in Posters(which))
            Assert.Empty(DesignRules.Check(poster, coalition, [Rule.Fits, Rule.OnPage, Rule.NoOverlap]));
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void The_combined_map_is_readable_from_two_metres_with_equal_tiles_around_the_centre(string which)
    {
        var coalition = Outputs.Coalition(which);
        var combined = Posters(which)[0];
        Assert.Equal(PosterKind.CombinedMap, combined.Kind);
        var shown = new List<Partner>();
        foreach (var sheet in combined.Sheets.Slides)
        {
            var elements = sheet.Elements.OfType<TextElement>().ToList();
            var partners = coalition.Partners.Where(p => elements.Any(e => e.Name == p.Naam)).ToList();
            shown.AddRange(partners);
            Assert.True(elements.Single(e => e.Name == "Krantenkop").FontSizePt >= PosterSheet.HeadlineMin);
            foreach (var partner in partners)
                Assert.True(elements.Single(e => e.Name == partner.Naam).FontSizePt >= PosterSheet.NameMin);
            Assert.Single(partners.Select(p => elements.Single(e => e.Name == p.Naam)).Select(e => (e.FontSizePt, e.Box.Height)).Distinct()); // every name alike
            var items = elements.Where(e => e.Name?.EndsWith(" inhoud", StringComparison.Ordinal) == true).Select(e => e.FontSizePt).Distinct().ToList();
            Assert.Single(items); // shrunk evenly: one size for every tile
            Assert.True(items[0] >= PosterSheet.ItemMinFor(coalition.Partners.Count), $"{which}: items at {items[0]} pt");
            if (coalition.Partners.Count <= 12)
                Assert.True(items[0] >= 24);

            var tiles = partners.Select(p => elements.Where(e => e.Name == p.Naam || e.Name == p.Naam + " inhoud").Select(e => e.Box).Aggregate(Union)).ToList();
            var areas = tiles.Select(t => (double)t.Width.Value * t.Height.Value).ToList();
            Assert.True(areas.Max() <= areas.Min() * 1.05, $"{which}: tiles differ in area");
            // The centre: the headline, the line over a headline from the workbooks that calls it a working title, and the ambition.
            var centre = elements.Where(e => e.Name is "Krantenkop" or "Ambitie").Select(e => e.Box).Aggregate(Union);
            Assert.True((double)centre.Width.Value * centre.Height.Value <= 0.2 * combined.Sheets.Width.Value * combined.Sheets.Height.Value, $"{which}: the centre over a fifth of the sheet");
            var distances = tiles.Select(t => t.GutterTo(centre)).ToList();
            Assert.True(distances.Max() - distances.Min() <= Emu.FromMm(0.2).Value, $"{which}: tiles not equally far from the centre");
            if (partners.Count >= 2)
            {
                Assert.Contains(tiles, t => t.Bottom <= centre.Y);
                Assert.Contains(tiles, t => t.Y >= centre.Bottom);
            }
        }
        // Every partner whole on one sheet: none left out, none on two.
        Assert.Equal(coalition.Partners, shown);
    }

    private static Rect Union(Rect a, Rect b)
    {
        var x = a.X < b.X ? a.X : b.X;
        var y = a.Y < b.Y ? a.Y : b.Y;
        var right = a.Right > b.Right ? a.Right : b.Right;
        var bottom = a.Bottom > b.Bottom ? a.Bottom : b.Bottom;
        return new Rect(x, y, right - x, bottom - y);
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    [InlineData("30")]
    public void An_item_is_never_split_across_sheets(string which)
    {
        var (coalition, posters) = Load(which);
        var ownPoster = HalenBrengen.Words.Nl.Posters.OwnPoster;
        foreach (var poster in posters.Where(p => p.Kind != PosterKind.WorkSheet && p.Sheets.Slides.Count > 1)) // the werkvel carries names, no items
        {
            var paragraphs = poster.Sheets.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).SelectMany(e => e.Paragraphs).Select(p => p.Text).ToList();
            foreach (var item in coalition.Partners.Where(p => poster.Partner is null || ReferenceEquals(p, poster.Partner)).SelectMany(p => p.Halen.Concat(p.Brengen)))
            {
                // Whole in one paragraph; or, on a map too crowded for it, its beginning and a pointer to the partner's own poster.
                Assert.Contains(paragraphs, p => p.Contains(item.Text.Value, StringComparison.Ordinal)
                    || poster.Kind == PosterKind.CombinedMap && p.Contains(ownPoster, StringComparison.Ordinal) && p.Contains(item.Text.Value[..Math.Min(20, item.Text.Value.Length)], StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void The_work_sheet_centre_is_paper_to_write_on_and_a_partners_name_is_half_as_large_again_as_its_words(string which)
    {
        var posters = Posters(which);
        var werkvel = posters[^1];
        Assert.Equal(PosterKind.WorkSheet, werkvel.Kind);
        foreach (var centre in werkvel.Sheets.Slides[0].Elements.OfType<TextElement>().Where(e => e.Name is "Krantenkop" or "Ambitie" or "Afspraken"))
        {
            Assert.True(Outputs.Contrast(centre.Fill!, "FFFFFF") < 1.1, $"centre fill {centre.Fill} too dark to write on");
            Assert.All(centre.Paragraphs.SelectMany(p => p.Runs), r => Assert.True(Outputs.Contrast(r.Color ?? centre.TextColor, centre.Fill!) >= 4.5));
        }
        foreach (var poster in posters.Where(p => p.Kind == PosterKind.Partner))
            foreach (var sheet in poster.Sheets.Slides)
            {
                var texts = sheet.Elements.OfType<TextElement>().ToList();
                Assert.All(texts.Where(e => e.Name == poster.Partner!.Naam + " inhoud"),
                    words => Assert.True(texts.Single(e => e.Name == poster.Partner!.Naam).FontSizePt >= 1.5 * words.FontSizePt));
            }
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Every_item_and_name_is_on_the_combined_map_and_everything_on_the_partners_own_poster(string which)
    {
        var (coalition, posters) = Load(which);
        var combined = Words(string.Join(" ", SheetTexts(posters[0])));
        foreach (var partner in coalition.Partners)
        {
            Assert.True(IsSubsequence(Words(partner.Naam), combined));
            foreach (var item in partner.Halen.Concat(partner.Brengen))
                Assert.True(IsSubsequence(Words(item.Text.Value), combined), $"lost on the map: {item.Text.Value[..Math.Min(60, item.Text.Value.Length)]}");
            var own = Words(string.Join(" ", SheetTexts(posters.Single(p => p.Partner == partner))));
            // Its proposed headline is the deck's to show, unnamed among the others (not beside its name on the wall).
            var texts = new[] { partner.Kaart?.EigenBelang, partner.Kaart?.GezamenlijkBelang, partner.Kaart?.Ambitie }
                .Concat(partner.Halen.Concat(partner.Brengen).SelectMany(i => new[] { i.Text, i.Toelichting, i.Omvang }));
            foreach (var text in texts.OfType<Sourced<string>>())
                Assert.True(IsSubsequence(Words(text.Value), own), $"lost on {partner.Naam}'s poster: {text.Value[..Math.Min(60, text.Value.Length)]}");
        }
        var workSheet = posters[^1].Sheets.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).ToList();
        Assert.All(coalition.Partners, p => Assert.Single(workSheet, e => e.Name == p.Naam));
    }

    [Slow(Needs.LibreOffice)]
    [Fact]
    public void The_combined_poster_opens_in_libreoffice_as_a0_sheets()
    {
        var soffice = ExternalTools.RequireSoffice();
        var poster = Posters("voorbeeld")[0];
        var path = _folder.File("kaart.pptx");
        File.WriteAllBytes(path, PptxWriter.Write(poster.Sheets));
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
