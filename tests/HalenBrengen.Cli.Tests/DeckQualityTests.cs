using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HalenBrengen.App;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Pptx;
using HalenBrengen.Pptx.Tests.Support;
using static HalenBrengen.Cli.Tests.WordSearch;

namespace HalenBrengen.Cli.Tests;

/// <summary>The deck issue's quality bars, for the example and for generated coalitions of 2 and 25 partners.</summary>
public sealed partial class DeckQualityTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Coalitions => ["voorbeeld", "twee", "vijfentwintig", "voorbeeld-en"];

    private static (Coalition Coalition, Language Language) Load(string which) => which switch
    {
        "voorbeeld" => (WorkbookReader.Read([Repository.PathOf("templates", "voorbeeld")]).Coalition, Language.Nl),
        "voorbeeld-en" => (WorkbookReader.Read([Repository.PathOf("templates", "voorbeeld")]).Coalition, Language.En),
        "twee" => (Generated.Coalition(2, 5), Language.Nl),
        _ => (Generated.Coalition(25, 12), Language.Nl),
    };

    private static (DeckPlan Plan, byte[] Package) Deck(string which)
    {
        var (coalition, language) = Load(which);
        var plan = DeckPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), language);
        return (plan, PptxWriter.Write(plan));
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Every_deck_passes_the_validator_and_the_package_checks(string which) => PackageChecks.AssertValid(Deck(which).Package);

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void No_text_runs_out_of_its_box_and_body_text_is_never_below_12_pt(string which)
    {
        var plan = Deck(which).Plan;
        var slide = new Rect(new Emu(0), new Emu(0), DeckTheme.SlideWidth, DeckTheme.SlideHeight);
        foreach (var (s, n) in plan.Slides.Select((s, n) => (s, n + 1)))
        {
            foreach (var element in s.Elements)
            {
                Assert.True(slide.Contains(element.Box), $"slide {n}: {element.GetType().Name} outside the slide");
                switch (element)
                {
                    case TextElement text:
                        Assert.True(text.FontSizePt >= DeckTheme.BodyMin, $"slide {n}: {text.FontSizePt} pt");
                        Assert.True(TextLayout.Fits(text.Paragraphs, text.Box, text.FontSizePt), $"slide {n} '{s.Title}': text does not fit {text.Name}");
                        break;
                    case TableElement table:
                        Assert.True(table.FontSizePt >= DeckTheme.BodyMin);
                        Assert.True(table.Box.Bottom <= DeckTheme.BodyBox.Bottom, $"slide {n} '{s.Title}': table runs below the body");
                        for (var r = 0; r < table.Rows.Count; r++)
                            Assert.True(TablePlanner.RowHeight(table.Rows[r], table.ColumnWidths, table.FontSizePt, false) <= table.RowHeights[r + 1]);
                        break;
                }
            }
            Assert.False(s.Elements.Where((a, i) => s.Elements.Skip(i + 1).Any(b => a.Box.Overlaps(b.Box))).Any(), $"slide {n}: elements overlap");
        }
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Every_word_a_partner_wrote_is_in_the_deck(string which)
    {
        var (coalition, _) = Load(which);
        var deckWords = Words(string.Join(" ", SlideTexts(Deck(which).Package)));
        foreach (var text in PartnerTexts(coalition))
            Assert.True(IsSubsequence(Words(text), deckWords), $"lost: '{text[..Math.Min(80, text.Length)]}'");
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Text_has_at_least_4_5_to_1_contrast_on_its_background(string which)
    {
        foreach (var slide in Deck(which).Plan.Slides)
        {
            foreach (var text in slide.Elements.OfType<TextElement>())
            {
                foreach (var run in text.Paragraphs.SelectMany(p => p.Runs))
                    Assert.True(Contrast(run.Color ?? text.TextColor, text.Fill ?? DeckTheme.Background) >= 4.5, $"{run.Color ?? text.TextColor} on {text.Fill}");
            }
        }
        Assert.True(Contrast("FFFFFF", DeckTheme.Accent) >= 4.5);
        Assert.True(Contrast(DeckTheme.Ink, DeckTheme.Light) >= 4.5);
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Every_slide_has_speaker_notes_for_the_facilitator(string which)
    {
        var (plan, package) = Deck(which);
        Assert.All(plan.Slides, s => Assert.False(string.IsNullOrWhiteSpace(s.Notes), $"no notes on '{s.Title}'"));
        using var zip = new ZipArchive(new MemoryStream(package));
        var notes = zip.Entries.Where(e => Regex.IsMatch(e.FullName, @"^ppt/notesSlides/notesSlide\d+\.xml$")).ToList();
        Assert.Equal(plan.Slides.Count, notes.Count);
        Assert.All(notes, n => Assert.Contains(XDocument.Load(n.Open()).Descendants(), x => x.Name.LocalName == "t" && x.Value.Length > 0));
    }

    [Fact]
    public void Halen_and_brengen_are_labelled_in_words_not_only_colour()
    {
        var texts = SlideTexts(Deck("voorbeeld").Package);
        Assert.Contains(texts, t => t.Contains("Wil halen", StringComparison.Ordinal) && t.Contains("Kan brengen", StringComparison.Ordinal) && t.Contains("EIS", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_that_xml_cannot_carry_is_cleaned_and_the_deck_stays_valid()
    {
        var coalition = Generated.Coalition(2, 3, "Piep\u0007 \uD800half\u001F");
        var package = PptxWriter.Write(DeckPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), Language.Nl));
        PackageChecks.AssertValid(package);
    }

    [Fact]
    public void Generate_writes_the_deck_atomically_and_never_over_an_input()
    {
        var out1 = Path.Combine(_folder.Path, "uit");
        var report = Generator.Run(new GenerateRequest([Repository.PathOf("templates", "voorbeeld")], out1));
        Assert.True(report.Succeeded);
        Assert.Equal(10, report.Outputs.Count); // the deck, the combined map, 7 partner posters, the work sheet
        Assert.Equal("Wijkalliantie De Hoge Akkers - sessie.pptx", Path.GetFileName(report.Outputs[0].Path));
        Assert.All(report.Outputs, o => Assert.True(File.Exists(o.Path)));
        Assert.Empty(Directory.GetFiles(out1, "*.tmp", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(out1, ".*"));

        // Into the input folder itself: the deck lands beside the workbooks, which stay as they were.
        var copy = Directory.CreateDirectory(Path.Combine(_folder.Path, "in")).FullName;
        foreach (var file in Directory.GetFiles(Repository.PathOf("templates", "voorbeeld")))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var before = Damage.Fingerprint(copy);
        Assert.True(Generator.Run(new GenerateRequest([copy], copy)).Succeeded);
        Assert.Equal(before.Split('\n'), WithoutDeck(copy));

        // A file named as input is never overwritten, whatever its name.
        var input = Path.Combine(copy, "01-gemeente-dommelstede.xlsx");
        var refused = OutputWriter.Write(copy, "01-gemeente-dommelstede.xlsx", [1, 2, 3], new HashSet<string> { input });
        Assert.Contains("invoerbestand", refused.Problem);
        Assert.Equal(before.Split('\n'), WithoutDeck(copy));
    }

    private static string[] WithoutDeck(string folder) =>
        Damage.Fingerprint(folder).Split('\n').Where(l => !l.StartsWith("Wijkalliantie", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void An_output_that_cannot_be_replaced_gets_a_clear_message_and_no_half_file()
    {
        var folder = Path.Combine(_folder.Path, "bezet");
        // Something the deck cannot replace stands where it would go (as a deck open in PowerPoint on Windows).
        Directory.CreateDirectory(Path.Combine(folder, "Wijkalliantie De Hoge Akkers - sessie.pptx"));

        var output = new StringWriter();
        var exit = CliApp.Run(["generate", Repository.PathOf("templates", "voorbeeld"), "--out", folder], output, new StringWriter());

        Assert.Equal(1, exit);
        Assert.Contains("NIET geschreven", output.ToString());
        Assert.Contains("PowerPoint", output.ToString());
        Assert.True(Directory.Exists(Path.Combine(folder, "Wijkalliantie De Hoge Akkers - sessie.pptx")));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        Assert.Equal(9, Directory.GetFiles(folder, "*.pptx").Length); // the posters were written
    }

    [Fact]
    public void The_example_deck_opens_in_libreoffice_with_one_page_per_slide()
    {
        var soffice = ExternalTools.RequireSoffice();
        var (plan, package) = Deck("voorbeeld");
        var path = _folder.File("deck.pptx");
        File.WriteAllBytes(path, package);
        var profile = new Uri(Path.Combine(_folder.Path, "lo")).AbsoluteUri;

        var (exit, output) = ExternalTools.Run(soffice, [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", _folder.Path, path], TimeSpan.FromMinutes(3));

        Assert.True(exit == 0, output);
        var pdf = File.ReadAllText(_folder.File("deck.pdf"), System.Text.Encoding.Latin1);
        Assert.Equal(plan.Slides.Count, PdfPage().Matches(pdf).Count);
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();

    internal static List<string> SlideTexts(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        return zip.Entries.Where(e => Regex.IsMatch(e.FullName, @"^ppt/slides/slide\d+\.xml$"))
            .Select(e => string.Join(" ", XDocument.Load(e.Open()).Descendants().Where(x => x.Name.LocalName == "t").Select(x => x.Value)))
            .ToList();
    }

    private static IEnumerable<string> PartnerTexts(Coalition c)
    {
        var s = c.Samenwerking;
        foreach (var v in new[] { s.Naam, s.Opgave, s.GedeeldeAmbitie, s.Krantenkop, s.Begeleider }) if (v is not null) yield return v.Value;
        foreach (var p in c.Partners)
        {
            yield return p.Naam;
            if (p.Kaart is { } k)
                foreach (var v in new[] { k.EigenBelang, k.GezamenlijkBelang, k.Ambitie, k.Krantenkop }) if (v is not null) yield return v.Value;
            foreach (var i in p.Halen.Concat(p.Brengen))
                foreach (var v in new[] { i.Text, i.Toelichting, i.Omvang }) if (v is not null) yield return v.Value;
            if (p.Krachtenveld is { } r)
                foreach (var v in new[] { r.NodigVoor, r.BelangenEnDrijfveren, r.Randvoorwaarden }) if (v is not null) yield return v.Value;
        }
        foreach (var i in c.Interventies)
            foreach (var v in new[] { i.Text, i.SluitAanBij }) if (v is not null) yield return v.Value;
        foreach (var a in c.Activiteiten)
            foreach (var v in new[] { a.Text, a.Wanneer }) if (v is not null) yield return v.Value;
    }


    /// <summary>WCAG 2 contrast ratio of two sRGB hex colours.</summary>
    internal static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int i)
            {
                var c = Convert.ToInt32(hex.Substring(i, 2), 16) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
        }
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }
}

/// <summary>Coalitions made from code: any size, items up to 400 characters.</summary>
internal static class Generated
{
    public static Coalition Coalition(int partners, int items, string extra = "")
    {
        var random = new Random(partners * 1000 + items);
        string[] words = ["vrijwilligers", "kennis", "budget", "signalen", "bereik", "ruimte", "netwerk", "gezinnen", "school", "wijk", "zorg", "schulden", "data", "mandaat"];
        string Text(int length) => string.Join(' ', Enumerable.Range(0, 200).Select(_ => words[random.Next(words.Length)])).Substring(0, length).Trim() + extra;
        var list = Enumerable.Range(1, partners).Select(p =>
        {
            var file = $"partner-{p}.xlsx";
            Sourced<string> S(string v, string sheet, string cell) => new(v, new SourceRef(file, sheet, cell));
            Item Make(ItemKind kind, int i) => new(kind, S(Text(i % 4 == 0 ? 400 : 30 + 7 * i), kind.ToString(), $"A{i + 4}"),
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
