using System.IO.Compression;
using HalenBrengen.App;
using HalenBrengen.Core;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Posters;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Layout.Style;
using static HalenBrengen.Cli.Tests.CommandRun;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// <c>generate --huisstijl</c> as a facilitator types it: every file in the house style, one line per
/// change it needed, a clear answer for a file that is not a template; and the logo clear of everything,
/// lines included, in every file of the house-style coalitions the quality bars run on.
/// </summary>
public sealed class HouseStyleCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _example = Repository.PathOf("templates", "voorbeeld");

    public void Dispose() => _folder.Dispose();

    private string Template(TemplateSpec spec, string name = "huisstijl.potx")
    {
        var path = _folder.File(name);
        File.WriteAllBytes(path, Templates.Write(spec));
        return path;
    }

    [Fact]
    public void Generate_with_a_house_style_writes_every_file_in_it_and_says_in_a_line_what_it_changed()
    {
        var template = Template(new TemplateSpec { Logo = Png.Logo(), MajorFont = "Georgia",
            Colours = ["000000", "FFFFFF", "1B3A4B", "EEF1F4", "0B6E4F", "FFC000", "00798C", "EDAE49", "30638E", "003D5B", "0563C1", "954F72"] });
        var folder = Path.Combine(_folder.Path, "uit");

        var (exit, output) = Run("generate", _example, "--out", folder, "--huisstijl", template);

        Assert.True(exit == 0, output);
        Assert.Contains("Klaar: 12 bestanden geschreven", output, StringComparison.Ordinal);
        var lines = output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("huisstijl:", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.StartsWith("huisstijl: halen-kleur #FFC000 heeft 1,", StringComparison.Ordinal) && l.Contains("donkerder gemaakt", StringComparison.Ordinal));
        Assert.Contains("huisstijl: lettertype Georgia is niet te meten, dus Calibri gebruikt; geef het .ttf-bestand met --lettertype om het te gebruiken", lines);
        Assert.Equal(lines.Count, lines.Distinct().Count());
        foreach (var file in Directory.GetFiles(folder, "*.pptx"))
        {
            var package = File.ReadAllBytes(file);
            PackageChecks.AssertValid(package);
            using var zip = new ZipArchive(new MemoryStream(package));
            Assert.Contains(zip.Entries, e => e.FullName.StartsWith("ppt/media/image", StringComparison.Ordinal));
            Assert.All(WrittenDeck.Read(package), s => Assert.Contains(s.Shapes, x => x.Kind == "picture"));
        }
    }

    [Fact]
    public void A_font_given_with_lettertype_is_used_and_said_so()
    {
        var fonts = new[] { "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf" }.Select(f => Path.Combine("/usr/share/fonts/truetype/liberation2", f)).ToList();
        if (!fonts.All(File.Exists))
        {
            if (ExternalTools.InCi) Assert.Fail("fonts-liberation2 is not installed; .ci/run installs it.");
            Assert.Skip("fonts-liberation2 is not installed on this machine; .ci/run installs it.");
        }
        var template = Template(new TemplateSpec { MajorFont = "Liberation Sans", MinorFont = "Liberation Sans" });
        var folder = Path.Combine(_folder.Path, "uit");

        var (exit, output) = Run("generate", _example, "--out", folder, "--huisstijl", template, "--lettertype", fonts[0], "--lettertype", fonts[1]);

        Assert.True(exit == 0, output);
        Assert.Contains("huisstijl: lettertype Liberation Sans gemeten uit LiberationSans-Regular.ttf", output, StringComparison.Ordinal);
        Assert.DoesNotContain("breder gerekend", output, StringComparison.Ordinal);
        var deck = WrittenDeck.Read(File.ReadAllBytes(Directory.GetFiles(folder, "* - sessie.pptx").Single()));
        Assert.All(deck.SelectMany(s => s.Runs), r => Assert.Equal("Liberation Sans", r.Font));
    }

    [Fact]
    public void A_file_that_is_not_a_template_stops_generate_with_one_line_and_writes_nothing()
    {
        var notATemplate = _folder.File("huisstijl.potx");
        File.WriteAllText(notATemplate, "geen sjabloon");
        var folder = Path.Combine(_folder.Path, "uit");

        var (exit, output) = Run("generate", _example, "--out", folder, "--huisstijl", notATemplate);

        Assert.Equal(1, exit);
        Assert.Equal("NIET gemaakt: huisstijl huisstijl.potx: geen PowerPoint-sjabloon (.potx) of presentatie (.pptx)", output.Trim());
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any());

        var (missingExit, missing) = Run("generate", _example, "--out", folder, "--huisstijl", _folder.File("weg.potx"));
        Assert.Equal(1, missingExit);
        Assert.Contains("weg.potx: bestaat niet", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_of_generate_names_huisstijl_and_lettertype()
    {
        var (_, output) = Run("generate", "--help");

        Assert.Contains("--huisstijl <sjabloon>", output, StringComparison.Ordinal);
        Assert.Contains("--lettertype <lettertype>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Required", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_workbooks_and_house_style_give_the_same_bytes_from_disk_and_from_memory()
    {
        var spec = new TemplateSpec { Logo = Png.Logo() };
        var template = Template(spec);
        var first = Path.Combine(_folder.Path, "een");
        var second = Path.Combine(_folder.Path, "twee");
        Assert.Equal(0, Run("generate", _example, "--out", first, "--huisstijl", template).Exit);
        Assert.Equal(0, Run("generate", _example, "--out", second, "--huisstijl", template).Exit);
        var workbooks = Directory.GetFiles(_example, "*.xlsx").Order(StringComparer.Ordinal).Select(f => new FileContent(Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        var made = UseCases.Generate(workbooks, Language.Nl, style: new HouseStyleFiles(new FileContent("huisstijl.potx", Templates.Write(spec)), []));

        Assert.Null(made.StyleProblem);
        foreach (var file in Directory.GetFiles(first))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(second, Path.GetFileName(file))));
            Assert.Equal(bytes, made.Files.Single(f => f.Name == Path.GetFileName(file)).Content);
        }
    }

    public static TheoryData<string> Styled => [.. Outputs.All.Where(n => n.Contains('+', StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Styled))]
    public void The_logo_is_on_every_page_of_every_file_and_nothing_else_touches_it(string which)
    {
        var made = Outputs.Of(which);
        var plans = new List<PresentationPlan> { made.Session, made.Briefing };
        plans.AddRange(PosterPlanner.Plan(made.Coalition, PlanContext.Poster(Outputs.LookOf(which), made.Language)).Select(p => p.Sheets));
        foreach (var plan in plans)
        {
            foreach (var (slide, n) in plan.Slides.Select((s, n) => (s, n + 1)))
            {
                var logo = Assert.Single(slide.Drawn.OfType<PictureElement>()).Box;
                Assert.True(new Rect(new Emu(0), new Emu(0), plan.Width, plan.Height).Contains(logo), $"{which} {plan.Title} page {n}: the logo off the page");
                // Lines too: a connector's box spans its ends, and a rule across the page is a line.
                foreach (var element in slide.Drawn.Where(e => e is not PictureElement))
                    Assert.False(element.Box.Overlaps(logo) || element is LineElement line && Touches(line, logo),
                        $"{which} {plan.Title} page {n}: {element.GetType().Name} {(element as TextElement)?.Name} under the logo");
            }
        }
    }

    /// <summary>Whether a straight line passes through a box (sampled every 0.5 mm; a horizontal rule has no height to overlap with).</summary>
    private static bool Touches(LineElement line, Rect box)
    {
        var length = Math.Max(Math.Abs((line.To.X - line.From.X).Mm), Math.Abs((line.To.Y - line.From.Y).Mm));
        var steps = Math.Max(1, (int)(length * 2));
        for (var i = 0; i <= steps; i++)
        {
            var x = line.From.X + (line.To.X - line.From.X) * (i / (double)steps);
            var y = line.From.Y + (line.To.Y - line.From.Y) * (i / (double)steps);
            if (x >= box.X && x <= box.Right && y >= box.Y && y <= box.Bottom)
                return true;
        }
        return false;
    }
}
