using HalenBrengen.Tests.Shared;
using HalenBrengen.Layout;
using HalenBrengen.App;
using HalenBrengen.Core;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Pptx;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Layout.Style;

namespace HalenBrengen.Cli.Tests;

/// <summary>What <c>generate</c> writes: the session deck, the briefing and the posters, atomically, never over an input.</summary>
public sealed class GenerateTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Text_that_xml_cannot_carry_is_cleaned_and_the_deck_stays_valid()
    {
        var coalition = Generated.Coalition(2, 3, "Piep\u0007 \uD800half\u001F");
        var package = PptxWriter.Write(DeckPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), PlanContext.Session(Look.House, Language.Nl)));
        PackageChecks.AssertValid(package);
    }

    [Fact]
    public void A_session_of_two_meetings_is_written_as_a_deck_per_meeting_each_as_planned()
    {
        // Every reader of the eleventh session: the second meeting opened as slide 31 of the first's file, with no file of its own.
        // The example's partners three and a half times over, renamed: 24 partners with headlines to choose from.
        var example = Outputs.Coalition("voorbeeld");
        var coalition = example with { Partners = [.. Enumerable.Range(0, 24).Select(i => example.Partners[i % example.Partners.Count] is var p
            ? p with { Naam = $"{p.Naam} {i + 1:00}", Kaart = p.Kaart! with { Partij = p.Kaart.Partij with { Value = $"{p.Naam} {i + 1:00}" } }, Krachtenveld = p.Krachtenveld is { } r ? r with { Partij = r.Partij with { Value = $"{p.Naam} {i + 1:00}" } } : null }
            : null!)] };
        Assert.True(Agenda.Of(coalition).TwoMeetings);
        var files = Generator.Render(coalition, Language.Nl);
        var name = coalition.Naam;
        Assert.Equal([$"{name} - sessie 1.pptx", $"{name} - sessie 2.pptx", $"{name} - voorbereiding begeleider.pptx"], files.Take(3).Select(f => f.Name));
        Assert.Equal([GeneratedKind.Deck, GeneratedKind.Deck, GeneratedKind.Briefing], files.Take(3).Select(f => f.Kind));
        Assert.Equal($"{name} - session 2.pptx", Generator.Render(coalition, Language.En)[1].Name);
        var plan = DeckPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), PlanContext.Session(Look.House, Language.Nl));
        Assert.Equal(2, plan.Files.Count);
        foreach (var (file, meeting) in files.Take(2).Zip(plan.Files))
            WrittenDeck.AssertWrittenAsPlanned(meeting, file.Content());
        // The headline proposals' letters link to their pages in the second meeting's file: valid, and to slides it has.
        var second = files[1].Content();
        PackageChecks.AssertValid(second);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(second));
        var slides = zip.Entries.Count(e => System.Text.RegularExpressions.Regex.IsMatch(e.FullName, @"^ppt/slides/slide\d+\.xml$"));
        var jumps = zip.Entries.Where(e => e.FullName.StartsWith("ppt/slides/_rels/", StringComparison.Ordinal))
            .SelectMany(e => System.Xml.Linq.XDocument.Load(e.Open()).Root!.Elements().Where(r => ((string?)r.Attribute("Id"))?.StartsWith("rIdJump", StringComparison.Ordinal) == true))
            .Select(r => int.Parse(System.Text.RegularExpressions.Regex.Match((string)r.Attribute("Target")!, @"slide(\d+)\.xml$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(jumps);
        Assert.All(jumps, n => Assert.InRange(n, 1, slides));
        // And every page in reserve back to the choice, by a link on each of its shapes (21.1.2.3.5 hlinkClick in cNvPr), never on a run.
        // (The shared subjects' slide is hidden too, in reserve where it stands, and links nowhere: the notes before it give its number.)
        var themes = plan.Context.Words.Session.ThemesTitle;
        var hidden = plan.Files[1].Slides.Select((s, i) => (s, i)).Where(x => x.s.Hidden && x.s.TitleText != themes).Select(x => x.i + 1).ToList();
        var choice = plan.Files[1].Slides.ToList().FindIndex(s => s.Elements.Any(e => e is TextElement { Paragraphs: var ps } && ps.Any(p => p.Runs.Any(r => r.Slide is not null)))) + 1;
        Assert.Equal(hidden.Append(choice).Order(), jumps.Distinct().Order());
        System.Xml.Linq.XNamespace a = "http://schemas.openxmlformats.org/drawingml/2006/main", pml = "http://schemas.openxmlformats.org/presentationml/2006/main",
            r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        foreach (var n in hidden)
        {
            var xml = System.Xml.Linq.XDocument.Load(zip.GetEntry($"ppt/slides/slide{n}.xml")!.Open());
            var shapes = xml.Descendants(pml + "sp").ToList();
            Assert.NotEmpty(shapes);
            Assert.All(shapes, sp => Assert.Equal($"rIdJump{choice}", (string?)sp.Element(pml + "nvSpPr")!.Element(pml + "cNvPr")!.Element(a + "hlinkClick")?.Attribute(r + "id")));
            Assert.Empty(xml.Descendants(a + "rPr").SelectMany(x => x.Elements(a + "hlinkClick")));
        }
    }

    [Fact]
    public void Generate_writes_the_deck_the_briefing_and_the_posters_atomically_and_never_over_an_input()
    {
        var out1 = Path.Combine(_folder.Path, "uit");
        var report = UseCases.Generate(new GenerateRequest([Repository.PathOf("templates", "voorbeeld")], out1));
        Assert.True(report.Succeeded);
        Assert.Equal(12, report.Outputs.Count); // the deck, the briefing, the combined map, 7 partner posters, the work sheet, the afsprakenlijst
        Assert.Equal("Wijkalliantie De Hoge Akkers - sessie.pptx", Path.GetFileName(report.Outputs[0].Path));
        Assert.Equal("Wijkalliantie De Hoge Akkers - voorbereiding begeleider.pptx", Path.GetFileName(report.Outputs[1].Path));
        Assert.All(report.Outputs, o => Assert.True(File.Exists(o.Path)));
        Assert.Empty(Directory.GetFiles(out1, "*.tmp", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(out1, ".*"));

        var english = Generator.Render(Outputs.Coalition("voorbeeld"), Language.En);
        Assert.Equal(["Wijkalliantie De Hoge Akkers - session.pptx", "Wijkalliantie De Hoge Akkers - facilitator briefing.pptx"], english.Take(2).Select(f => f.Name));
        Assert.Equal([GeneratedKind.Deck, GeneratedKind.Briefing], english.Take(2).Select(f => f.Kind));

        // Into the input folder itself: the outputs land beside the workbooks, which stay as they were.
        var copy = Directory.CreateDirectory(Path.Combine(_folder.Path, "in")).FullName;
        foreach (var file in Directory.GetFiles(Repository.PathOf("templates", "voorbeeld")))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var before = Damage.Fingerprint(copy);
        Assert.True(UseCases.Generate(new GenerateRequest([copy], copy)).Succeeded);
        Assert.Equal(before.Split('\n'), WithoutOutputs(copy));

        // A file named as input is never overwritten, whatever its name.
        var input = Path.Combine(copy, "01-gemeente-dommelstede.xlsx");
        var refused = OutputWriter.Write(copy, "01-gemeente-dommelstede.xlsx", [1, 2, 3], new HashSet<string> { input });
        Assert.Contains("invoerbestand", refused.Problem);
        Assert.Equal(before.Split('\n'), WithoutOutputs(copy));
    }

    private static string[] WithoutOutputs(string folder) =>
        Damage.Fingerprint(folder).Split('\n').Where(l => !l.StartsWith("Wijkalliantie", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void An_output_that_cannot_be_replaced_gets_a_clear_message_and_no_half_file()
    {
        var folder = Path.Combine(_folder.Path, "bezet");
        // Something the deck cannot replace stands where it would go: a folder of the same name.
        var deck = Path.Combine(folder, "Wijkalliantie De Hoge Akkers - sessie.pptx");
        Directory.CreateDirectory(deck);

        var output = new StringWriter();
        var exit = CliApp.Run(["generate", Repository.PathOf("templates", "voorbeeld"), "--out", folder], output, new StringWriter());

        Assert.Equal(1, exit);
        Assert.Contains($"NIET geschreven: {deck}: kon niet worden geschreven: op die plaats staat een map met dezelfde naam", output.ToString());
        Assert.DoesNotContain("PowerPoint", output.ToString());
        Assert.Contains($"11 van de 12 bestanden geschreven in {folder}; 1 niet", output.ToString());
        Assert.True(Directory.Exists(deck));
        Assert.Empty(Directory.GetFiles(folder, ".*"));
        Assert.Equal(10, Directory.GetFiles(folder, "*.pptx").Length); // the briefing and the posters were written
    }
}
