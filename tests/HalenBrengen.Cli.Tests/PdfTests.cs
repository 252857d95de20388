using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HalenBrengen.App;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// <c>generate templates/voorbeeld --pdf</c> through the real LibreOffice, run once for the whole class (about
/// 5 s on two cores) and only when a test asks for it, so the tests without LibreOffice cost nothing.
/// </summary>
public sealed class ExamplePdfs : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Lazy<(int Exit, string Output, TimeSpan Took)> _run;

    public ExamplePdfs() => _run = new(() =>
    {
        // Found on PATH, as a facilitator's machine finds it, not through the override.
        var bin = Path.GetDirectoryName(ExternalTools.RequireSoffice());
        var clock = Stopwatch.StartNew();
        var (exit, output) = CommandRun.RunWith(name => name == "PATH" ? bin : null,
            "generate", Repository.PathOf("templates", "voorbeeld"), "--out", Folder, "--pdf");
        return (exit, output, clock.Elapsed);
    });

    public string Folder => Path.Combine(_folder.Path, "uitvoer");

    public (int Exit, string Output, TimeSpan Took) Run()
    {
        ExternalTools.RequireSoffice();
        return _run.Value;
    }

    /// <summary>Every PDF written, each with the .pptx it was made from.</summary>
    public IReadOnlyList<(string Pdf, string Pptx)> Pdfs()
    {
        Run();
        return Directory.GetFiles(Folder, "*.pdf").Order(StringComparer.Ordinal)
            .Select(pdf => (pdf, Path.ChangeExtension(pdf, ".pptx"))).ToList();
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary><c>generate --pdf</c>: the print shop's PDFs, and what happens without LibreOffice or when it fails.</summary>
public sealed partial class PdfTests(ExamplePdfs example) : IClassFixture<ExamplePdfs>, IDisposable
{
    private const double PointsPerMm = 72 / 25.4;

    /// <summary>
    /// LibreOffice keeps page sizes in 1/100 mm, so the deck's 338.667 mm (PowerPoint's 13.333 inch, 12192000 EMU)
    /// becomes 338.67 mm (960.009 pt): half that unit, plus pdfinfo printing six digits (2383.94 pt). The A0
    /// posters are whole millimetres and come out exact.
    /// </summary>
    private const double Rounding = 0.005 + 0.002;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Slow(Needs.LibreOffice)]
    [Fact]
    public void Generate_pdf_writes_a_pdf_beside_each_poster_and_the_session_deck_but_none_for_the_briefing()
    {
        var (exit, output, took) = example.Run();
        TestContext.Current.SendDiagnosticMessage($"generate templates/voorbeeld --pdf took {took.TotalSeconds:0.0} s");

        Assert.Equal(0, exit);
        var pptx = Directory.GetFiles(example.Folder, "*.pptx");
        Assert.Equal(11, pptx.Length);
        var expected = pptx.Where(p => !p.EndsWith("voorbereiding begeleider.pptx", StringComparison.Ordinal))
            .Select(p => Path.GetFileName(Path.ChangeExtension(p, ".pdf"))).Order(StringComparer.Ordinal);
        Assert.Equal(expected, example.Pdfs().Select(p => Path.GetFileName(p.Pdf)));
        Assert.All(example.Pdfs(), p => Assert.Contains($"geschreven: {p.Pdf}\n", output, StringComparison.Ordinal));
        Assert.Contains("Klaar: 12 bestanden geschreven in", output, StringComparison.Ordinal);
        Assert.Contains("Klaar: 10 PDF's voor de drukker", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(example.Folder, ".*")); // no temporary file left beside them
    }

    [Slow(Needs.LibreOffice)]
    [Fact]
    public void Every_pdf_has_a_page_per_slide_each_the_size_of_the_slide()
    {
        foreach (var (pdf, pptx) in example.Pdfs())
        {
            var (slides, width, height) = SlideSize(pptx);
            var pages = PageSizes(pdf, slides);
            Assert.Equal(slides, PageCount(pdf));
            Assert.Equal(slides, pages.Count);
            Assert.All(pages, page =>
            {
                Assert.InRange(page.Width / PointsPerMm, width - Rounding, width + Rounding);
                Assert.InRange(page.Height / PointsPerMm, height - Rounding, height + Rounding);
            });
        }
    }

    [Slow(Needs.LibreOffice)]
    [Fact]
    public void The_posters_and_the_work_sheet_are_a0_pages_of_841_by_1189_mm()
    {
        var posters = example.Pdfs().Where(p => Path.GetFileName(p.Pdf).Contains(" - poster ", StringComparison.Ordinal) ||
                                                p.Pdf.EndsWith("werkvel.pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(9, posters.Count); // the combined map, 7 partners, the work sheet
        foreach (var (pdf, pptx) in posters)
            Assert.All(PageSizes(pdf, SlideSize(pptx).Slides), page =>
            {
                Assert.InRange(page.Width / PointsPerMm, 840.5, 841.5);
                Assert.InRange(page.Height / PointsPerMm, 1188.5, 1189.5);
            });
    }

    [Slow(Needs.LibreOffice)]
    [Fact]
    public void Every_font_in_every_pdf_is_embedded()
    {
        var pdffonts = ExternalTools.RequirePoppler("pdffonts");
        foreach (var (pdf, _) in example.Pdfs())
        {
            var (exit, output) = ExternalTools.Run(pdffonts, [pdf], TimeSpan.FromMinutes(1));
            Assert.True(exit == 0, output);
            // name, type (may hold spaces), encoding, then emb sub uni and the object id: read from the right.
            var fonts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            Assert.NotEmpty(fonts);
            Assert.All(fonts, f => Assert.True(f[^5] == "yes", $"{Path.GetFileName(pdf)}: {f[0]} is not embedded"));
        }
    }

    [Fact]
    public void Without_libreoffice_the_pptx_are_written_and_one_line_says_what_to_install()
    {
        var empty = Directory.CreateDirectory(_folder.File("leeg")).FullName;
        var folder = _folder.File("uit");

        var (exit, output) = CommandRun.RunWith(name => name == "PATH" ? empty : null,
            "generate", Repository.PathOf("templates", "voorbeeld"), "--out", folder, "--pdf");

        Assert.Equal(0, exit);
        Assert.Equal(11, Directory.GetFiles(folder, "*.pptx").Length);
        Assert.Empty(Directory.GetFiles(folder, "*.pdf"));
        var line = Assert.Single(output.Split('\n'), l => l.Contains("PDF", StringComparison.Ordinal));
        Assert.StartsWith("GEEN PDF: LibreOffice is niet gevonden. Installeer LibreOffice", line, StringComparison.Ordinal);
        foreach (var hint in new[] { "sudo apt install libreoffice-impress", "winget install TheDocumentFoundation.LibreOffice", "brew install --cask libreoffice", "De .pptx-bestanden zijn wel geschreven." })
            Assert.Contains(hint, line, StringComparison.Ordinal);
        Assert.Contains("Klaar: 12 bestanden geschreven in", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_soffice_variable_that_points_nowhere_is_named()
    {
        var missing = _folder.File("LibreOffice/program/soffice");

        var (exit, output) = CommandRun.RunWith(name => name == PdfOptions.SofficeVariable ? missing : null,
            "generate", Repository.PathOf("templates", "voorbeeld"), "--out", _folder.File("uit"), "--pdf");

        Assert.Equal(0, exit);
        Assert.Contains($"GEEN PDF: {PdfOptions.SofficeVariable} wijst naar '{missing}', maar dat bestand bestaat niet. Installeer LibreOffice", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_conversion_is_named_per_file_and_leaves_no_half_pdf()
    {
        var folder = _folder.File("uit");

        var (exit, output) = CommandRun.RunWith(name => name == PdfOptions.SofficeVariable ? FakeSoffice(hangs: false) : null,
            "generate", Repository.PathOf("templates", "voorbeeld"), "--out", folder, "--pdf");

        Assert.Equal(0, exit); // the .pptx files were written; a PDF not made is a warning
        Assert.Equal(11, Directory.GetFiles(folder, "*.pptx").Length);
        var deck = Path.Combine(folder, "Wijkalliantie De Hoge Akkers - sessie.pdf");
        Assert.Equal([Path.GetFileName(deck)], Directory.GetFiles(folder, "*.pdf").Select(Path.GetFileName));
        Assert.Contains($"geschreven: {deck}\n", output, StringComparison.Ordinal);
        Assert.Equal(9, Regex.Matches(output, @"NIET geschreven: [^\n]+\.pdf: LibreOffice kon hier geen PDF van maken\. De \.pptx is wel geschreven").Count);
        Assert.Contains("1 van de 10 PDF's gemaakt; 9 niet (zie hierboven).", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, ".*"));
    }

    [Fact]
    public void A_conversion_that_times_out_is_named_per_file_and_leaves_no_half_pdf()
    {
        var folder = _folder.File("uit");
        var clock = Stopwatch.StartNew();

        var report = UseCases.Generate(new GenerateRequest([Repository.PathOf("templates", "voorbeeld")], folder,
            Pdf: new PdfOptions(FakeSoffice(hangs: true), null, TimeSpan.FromSeconds(2))));

        Assert.True(report.Succeeded);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        var files = report.Pdf!.Files;
        Assert.Equal(10, files.Count);
        Assert.Null(files[0].Problem); // finished before LibreOffice hung
        Assert.All(files.Skip(1), f => Assert.StartsWith("LibreOffice was na 2 seconden niet klaar met deze PDF. De .pptx is wel geschreven", f.Problem));
        // The one cut off halfway is not there.
        Assert.Equal([Path.GetFileName(files[0].Path)], Directory.GetFiles(folder, "*.pdf").Select(Path.GetFileName));
        Assert.Empty(Directory.GetFiles(folder, ".*"));
    }

    /// <summary>
    /// A stand-in for LibreOffice that finishes the first PDF, breaks off the second halfway (no %%EOF) and makes
    /// none of the others; then exits, or hangs.
    /// </summary>
    private string FakeSoffice(bool hangs)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("the stand-in for LibreOffice is a shell script");
            return string.Empty;
        }
        var path = _folder.File("soffice");
        File.WriteAllText(path, $$"""
            #!/bin/sh
            out=""; n=0
            while [ $# -gt 0 ]; do
              case "$1" in
                --outdir) out="$2"; shift ;;
                *.pptx) n=$((n+1)); base=$(basename "$1" .pptx)
                  if [ $n -eq 1 ]; then printf '%%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%%%EOF\n' > "$out/$base.pdf"
                  elif [ $n -eq 2 ]; then printf '%%PDF-1.7\n1 0 obj <<' > "$out/$base.pdf"; fi ;;
              esac
              shift
            done
            {{(hangs ? "sleep 60" : "")}}
            exit 0
            """.Replace("\r", "", StringComparison.Ordinal));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>
    /// The count of the slides shown and the slide size (mm) of a .pptx, from ppt/presentation.xml (ECMA-376 Part 1, §19.2.1.39 sldSz):
    /// a hidden slide (19.3.1.38 sld, show="0", the front pages kept in reserve) is no page of the PDF, as it is no slide of the show.
    /// </summary>
    private static (int Slides, double WidthMm, double HeightMm) SlideSize(string pptx)
    {
        XNamespace p = "http://schemas.openxmlformats.org/presentationml/2006/main";
        using var zip = ZipFile.OpenRead(pptx);
        var presentation = XDocument.Load(zip.GetEntry("ppt/presentation.xml")!.Open());
        var size = presentation.Descendants(p + "sldSz").Single();
        static double Mm(XAttribute a) => long.Parse(a.Value, CultureInfo.InvariantCulture) / 36000.0;
        var hidden = zip.Entries.Count(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)
            && XDocument.Load(e.Open()).Root!.Attribute("show")?.Value is "0" or "false");
        return (presentation.Descendants(p + "sldId").Count() - hidden, Mm(size.Attribute("cx")!), Mm(size.Attribute("cy")!));
    }

    private static int PageCount(string pdf)
    {
        var (exit, output) = ExternalTools.Run(ExternalTools.RequirePoppler("pdfinfo"), [pdf], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, output);
        return int.Parse(PagesLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Each page's size in points, as poppler's pdfinfo reads it (not LibreOffice, which wrote it).</summary>
    private static List<(double Width, double Height)> PageSizes(string pdf, int pages)
    {
        var (exit, output) = ExternalTools.Run(ExternalTools.RequirePoppler("pdfinfo"), ["-f", "1", "-l", pages.ToString(CultureInfo.InvariantCulture), pdf], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, output);
        return PageSizeLine().Matches(output).Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();
}
