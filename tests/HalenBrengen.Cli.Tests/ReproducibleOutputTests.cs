using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using HalenBrengen.App;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Templates;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// Same input, same bytes (CONVENTIONS rule 7): two runs of generate, of "download everything" and of the
/// blank forms and the example give identical files, and the forms re-packed for it still open everywhere.
/// </summary>
public sealed class ReproducibleOutputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Two_generate_runs_on_the_same_input_write_the_same_bytes_into_every_file()
    {
        var example = Repository.PathOf("templates", "voorbeeld");
        var folders = new[] { "een", "twee" }.Select(_folder.File).ToList();

        var reports = folders.Select(f => UseCases.Generate(new GenerateRequest([example], f, Previous: [example]))).ToList();

        Assert.All(reports, r => Assert.True(r.Succeeded));
        Assert.Equal(12, reports[0].Outputs.Count);
        AssertSameFiles(folders[0], folders[1]);
    }

    [Fact]
    public void Two_zips_of_the_same_files_are_the_same_bytes_with_one_fixed_time_in_every_entry()
    {
        var files = UseCases.Generate(UseCases.Example(), Core.Language.Nl).Files.Take(3).Select(f => (f.Name, f.Content)).ToList();

        var first = UseCases.Zip(files);
        var second = UseCases.Zip(files);

        Assert.Equal(first, second);
        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.Equal(files.Select(f => f.Name), zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 1, 1), e.LastWriteTime.DateTime));
        Assert.Equal(files[0].Content, Read(zip.Entries[0]));
    }

    [Fact]
    public void Two_runs_of_templates_and_voorbeeld_write_the_same_bytes()
    {
        var forms = new[] { "formulieren1", "formulieren2" }.Select(_folder.File).ToList();
        var examples = new[] { "voorbeeld1", "voorbeeld2" }.Select(_folder.File).ToList();

        Assert.All(forms, f => Assert.Equal(CliApp.Ok, CommandRun.Run("templates", "--out", f).Exit));
        Assert.All(examples, f => Assert.Equal(CliApp.Ok, CommandRun.Run("voorbeeld", "--out", f).Exit));

        Assert.Equal(["belangenkaart.xlsx", "krachtenveld.xlsx"], Contents(forms[0]).Keys);
        AssertSameFiles(forms[0], forms[1]);
        Assert.Equal(8, Contents(examples[0]).Count);
        AssertSameFiles(examples[0], examples[1]);
    }

    /// <summary>
    /// The re-packed workbooks: the core properties at docProps/core.xml, valid to the SDK's validator, and read
    /// as ClosedXML saved them (the example makes the same files either way).
    /// </summary>
    [Fact]
    public void The_re_packed_forms_and_example_are_valid_and_read_as_before()
    {
        foreach (var workbook in UseCases.Templates().Concat(UseCases.Example()))
        {
            using (var document = SpreadsheetDocument.Open(new MemoryStream(workbook.Content), false))
            {
                Assert.Equal("/docProps/core.xml", document.CoreFilePropertiesPart!.Uri.ToString());
                Assert.Equal("HalenBrengen.Office", document.PackageProperties.Creator);
                var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document, TestContext.Current.CancellationToken)
                    .Select(e => $"{workbook.Name} {e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
                Assert.True(errors.Count == 0, string.Join("\n", errors));
            }
            using var zip = new ZipArchive(new MemoryStream(workbook.Content), ZipArchiveMode.Read);
            Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("psmdcp", StringComparison.Ordinal));
        }

        var blank = UseCases.Check(UseCases.Templates().Take(1).ToList());
        Assert.Equal(DiagnosticCode.VerplichtVeldLeeg, Assert.Single(blank.Diagnostics).Code);
        var saved = TemplateWriter.Example().Select(w => new FileContent(w.Name, w.Content)).ToList();
        var repacked = UseCases.Generate(UseCases.Example(), Core.Language.Nl);
        Assert.Empty(repacked.Check.Diagnostics);
        Assert.Equal(UseCases.Generate(saved, Core.Language.Nl).Files.Select(f => f.Content), repacked.Files.Select(f => f.Content));
    }

    [Fact]
    [Slow(Needs.LibreOffice)]
    public void The_re_packed_forms_open_in_openpyxl_and_libreoffice()
    {
        var python = ExternalTools.RequirePythonWithOpenpyxl();
        var soffice = ExternalTools.RequireSoffice();
        var forms = _folder.File("formulieren");
        Assert.True(UseCases.WriteTemplates(forms).Succeeded);
        var paths = Directory.GetFiles(forms, "*.xlsx").Order(StringComparer.Ordinal).ToList();

        var (exit, output) = ExternalTools.Run(python, ["-c",
            "import sys, openpyxl\nfor p in sys.argv[1:]:\n    wb = openpyxl.load_workbook(p)\n    print(wb.sheetnames[1], wb.properties.creator)", .. paths], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, output);
        Assert.Equal(["Belangenkaart HalenBrengen.Office", "Samenwerking HalenBrengen.Office"], output.Trim().Split('\n'));

        var profile = new Uri(_folder.File("lo-profile")).AbsoluteUri;
        var converted = _folder.File("csv");
        (exit, output) = ExternalTools.Run(soffice, [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "csv", "--outdir", converted, .. paths],
            TimeSpan.FromMinutes(3));
        Assert.True(exit == 0 && Directory.GetFiles(converted, "*.csv").Length == 2, output);
        Assert.All(Directory.GetFiles(converted), csv => Assert.NotEmpty(File.ReadAllText(csv).Trim()));
    }

    private static void AssertSameFiles(string first, string second)
    {
        var (one, two) = (Contents(first), Contents(second));
        Assert.Equal(one.Keys, two.Keys);
        Assert.All(one, file => Assert.True(file.Value.AsSpan().SequenceEqual(two[file.Key]), $"{file.Key} differs from one run to the next"));
    }

    private static SortedDictionary<string, byte[]> Contents(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(p => Path.GetRelativePath(folder, p), File.ReadAllBytes), StringComparer.Ordinal);

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
