using System.CommandLine;
using System.CommandLine.Parsing;
using HalenBrengen.App;
using HalenBrengen.Core;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Cli;

/// <summary>
/// <c>halenbrengen generate PATH... [--out DIR] [--lang nl|en] [--strict] [--vorige PATH...] [--pdf] [--huisstijl FILE] [--lettertype FILE]...</c>:
/// the session deck, the briefing and the posters, in the generator's look or a house style.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>What the run says: Dutch whatever <c>--lang</c> asks of the files (<see cref="ReportTexts"/>).</summary>
    private static ReportTexts Said => Words.Nl.Reports;

    /// <param name="environment">Where <c>--pdf</c> looks for LibreOffice (PATH, <see cref="PdfOptions.SofficeVariable"/>).</param>
    public static Command Create(CliTexts texts, Language defaultLanguage, Func<string, string?> environment, TextWriter output)
    {
        var paths = CommandParts.Paths(texts);
        var outOption = CommandParts.Out(texts.GenerateOut, "uitvoer", texts);
        var language = new Option<Language>("--lang")
        {
            Description = string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.Lang, CliLanguage.Code(defaultLanguage)),
            HelpName = "nl|en",
            DefaultValueFactory = _ => defaultLanguage,
            CustomParser = ParseLanguage,
        };
        var strict = CommandParts.Strict(texts);
        var previous = CommandParts.Previous(texts);
        var pdf = new Option<bool>("--pdf") { Description = texts.Pdf };
        var houseStyle = new Option<string?>("--huisstijl") { Description = texts.HouseStyle, HelpName = texts.HouseStyleName };
        var fonts = new Option<string[]>("--lettertype") { Description = texts.Fonts, HelpName = texts.FontName };
        var command = new Command("generate", texts.Generate) { paths, outOption, language, strict, previous, pdf, houseStyle, fonts };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(outOption)!;
            var pdfOptions = parse.GetValue(pdf) ? PdfOptions.Find(environment) : null;
            var report = UseCases.Generate(new GenerateRequest(parse.GetValue(paths)!, folder, parse.GetValue(language), parse.GetValue(strict),
                parse.GetValue(previous), pdfOptions)
            {
                HouseStyle = parse.GetValue(houseStyle),
                Fonts = parse.GetValue(fonts) ?? [],
            });
            if (report.StyleProblem is { } styleProblem)
            {
                output.WriteLine(Said.StyleNotMade.Fill(styleProblem));
                return CliApp.Blocked;
            }
            if (!report.Generated)
            {
                ReportPrinter.Print(report.Input, output);
                ReportPrinter.PrintVerdict(report.Input, parse.GetValue(strict), output);
                if (report.PreviousInput is { } earlier)
                {
                    output.WriteLine();
                    output.WriteLine(Said.PreviousRound);
                    ReportPrinter.Print(earlier, output);
                    ReportPrinter.PrintVerdict(earlier, parse.GetValue(strict), output);
                }
                output.WriteLine(Said.NothingWritten);
                return CliApp.Blocked;
            }
            PrintOutputs(report, Path.GetFullPath(folder), output);
            return report.Succeeded ? CliApp.Ok : CliApp.Blocked;
        });
        return command;
    }

    /// <summary>nl or en in any case (<c>--lang EN</c>); anything else is a usage error worded by <see cref="UsageErrors"/>.</summary>
    private static Language ParseLanguage(ArgumentResult result)
    {
        var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
        if (CliLanguage.Parse(value) is { } language)
            return language;
        result.AddError($"--lang: {value}");
        return Language.Nl;
    }

    private static void PrintOutputs(GenerateReport report, string folder, TextWriter output)
    {
        if (report.FolderProblem is { } problem)
        {
            output.WriteLine(Said.NotWritten.Fill(problem));
            return;
        }
        CommandParts.PrintWritten(new WriteReport([.. report.Outputs, .. report.Pdf?.Files ?? []]), output, quiet: false);
        foreach (var note in report.StyleNotes)
            output.WriteLine(note);
        var warnings = report.Input.Count(Severity.Waarschuwing);
        if (warnings > 0)
        {
            output.WriteLine(Said.Warnings.Fill(warnings));
            foreach (var d in report.Input.Diagnostics.Where(d => d.Severity == Severity.Waarschuwing))
                output.WriteLine($"  {d.Where}: {d.Message}");
        }
        if (report.PreviousInput is { } previous)
        {
            output.WriteLine(Said.Compared.Fill(previous.FilesRead.Count));
            if (PreviousRound.OtherCoalition(previous.Coalition, report.Input.Coalition) is { } warning)
                output.WriteLine(warning);
        }
        // A kept afsprakenlijst was not to be written: it counts neither way.
        var written = report.Outputs.Count(o => o.Problem is null && !o.Kept);
        var total = report.Outputs.Count(o => !o.Kept);
        output.WriteLine();
        output.WriteLine(written == total ? Said.AllWritten.Fill(total, folder) : Said.SomeWritten.Fill(written, total, folder, total - written));
        if (report.Pdf is { } pdf)
            PrintPdf(pdf, output);
    }

    /// <summary>
    /// The PDFs' own closing line. A PDF not made is a warning, not a failure: the exit code stays that of the
    /// .pptx files, which are written either way and from which PowerPoint or LibreOffice can still make one.
    /// </summary>
    private static void PrintPdf(PdfReport pdf, TextWriter output)
    {
        if (pdf.Problem is { } problem)
        {
            output.WriteLine(Said.NoPdf.Fill(problem));
            return;
        }
        var made = pdf.Files.Count(f => f.Problem is null);
        output.WriteLine(made == pdf.Files.Count ? Said.AllPdf.Fill(made) : Said.SomePdf.Fill(made, pdf.Files.Count, pdf.Files.Count - made));
    }
}
