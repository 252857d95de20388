namespace HalenBrengen;

/// <summary>
/// What the command line says about itself: the help pages and the messages for a command line it cannot
/// follow. System.CommandLine 2.0 words both in English only (its resources are internal and ship no
/// Dutch), so the CLI writes its own help and words its own parse errors from this table. What a command
/// reports (the check, the files written) is in <see cref="ReportTexts"/>, Dutch like the diagnostics.
/// Values: Nl/Cli.cs, En/Cli.cs.
/// </summary>
public sealed partial class CliTexts
{
    public required string Root { get; init; }
    public required string Templates { get; init; }
    public required string TemplatesOut { get; init; }
    public required string Example { get; init; }
    public required string ExampleOut { get; init; }
    public required string Check { get; init; }
    public required string Generate { get; init; }
    public required string GenerateOut { get; init; }
    public required string Previous { get; init; }
    /// <summary>"{0}": the default language code.</summary>
    public required string Lang { get; init; }
    public required string Serve { get; init; }
    public required string Site { get; init; }
    public required string SiteOut { get; init; }
    public required string SiteUrl { get; init; }
    public required string Port { get; init; }
    public required string Https { get; init; }
    public required string Paths { get; init; }
    public required string PathsName { get; init; }
    public required string Strict { get; init; }
    public required string Pdf { get; init; }
    public required string HouseStyle { get; init; }
    public required string Fonts { get; init; }
    public required string HouseStyleName { get; init; }
    public required string FontName { get; init; }
    public required string Help { get; init; }
    public required string Version { get; init; }

    public required string FolderName { get; init; }
    public required string PortName { get; init; }
    public required string UsageTitle { get; init; }
    public required string ArgumentsTitle { get; init; }
    public required string OptionsTitle { get; init; }
    public required string CommandsTitle { get; init; }
    public required string CommandPlaceholder { get; init; }
    public required string OptionsPlaceholder { get; init; }
    public required string MoreHelp { get; init; }

    /// <summary>"{0}": the commands, listed.</summary>
    public required string NoCommand { get; init; }
    /// <summary>"{0}": the word typed.</summary>
    public required string UnknownCommand { get; init; }
    /// <summary>"{0}": the word typed, "{1}": the command it was typed after.</summary>
    public required string UnknownWord { get; init; }
    /// <summary>"{0}": the likely meant names, listed.</summary>
    public required string DidYouMean { get; init; }
    /// <summary>"{0}": the command that needs the workbooks.</summary>
    public required string MissingPaths { get; init; }
    /// <summary>"{0}": the option, "{1}": an example value.</summary>
    public required string MissingValue { get; init; }
    /// <summary>"{0}": the value typed, "{1}": the option, "{2}": what is allowed.</summary>
    public required string BadValue { get; init; }
    /// <summary>"{0}": the option.</summary>
    public required string TooManyValues { get; init; }
    public required string VersionAlone { get; init; }
    public required string NotUnderstood { get; init; }
    /// <summary>"{0}": the command line that shows the help.</summary>
    public required string SeeHelp { get; init; }
    public required string Or { get; init; }
    public required string LanguageValues { get; init; }
    public required string PortValues { get; init; }
    /// <summary>What <c>--out</c> takes.</summary>
    public required string OutValues { get; init; }
    /// <summary>A path given that is not there; "{0}": the path as typed.</summary>
    public required string PathNotFound { get; init; }
    public required string UrlValues { get; init; }
}
