using System.CommandLine;
using System.CommandLine.Parsing;
using HalenBrengen.Web;

namespace HalenBrengen.Cli;

/// <summary><c>halenbrengen site --url URL [--out DIR]</c>: the static site, for any HTTPS host.</summary>
internal static class SiteCommand
{
    public static Command Create(CliTexts texts, TextWriter output)
    {
        var outOption = CommandParts.Out(texts.SiteOut, "site", texts);
        var url = new Option<Uri>("--url")
        {
            Description = texts.SiteUrl,
            HelpName = "url",
            Required = true,
            CustomParser = ParseUrl,
        };
        var command = new Command("site", texts.Site) { outOption, url };
        command.SetAction(parse =>
        {
            var said = Words.Nl.Reports;
            if (BrowserBundle.Problem is { } problem)
            {
                output.WriteLine(said.NotWritten.Fill(problem));
                return CliApp.Blocked;
            }
            var folder = Path.GetFullPath(parse.GetValue(outOption)!);
            var address = Site.Address(parse.GetValue(url)!);
            var written = Site.Write(folder, address);
            // Hundreds of files: only those not written are named.
            CommandParts.PrintWritten(written, output, quiet: true);
            if (!written.Succeeded)
                return CliApp.Blocked;
            output.WriteLine(said.SiteWritten.Fill(written.Files.Count, folder));
            output.WriteLine();
            output.WriteLine(said.SitePublish.Fill(address));
            output.WriteLine(said.SiteOpen.Fill(address));
            if (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback)
                output.WriteLine(said.SiteNotHttps);
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>An absolute http(s) address; anything else is a usage error worded by <see cref="UsageErrors"/>.</summary>
    private static Uri ParseUrl(ArgumentResult result)
    {
        var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            return uri;
        result.AddError($"--url: {value}");
        return new Uri("https://localhost/");
    }
}
