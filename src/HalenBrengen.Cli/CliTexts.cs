using HalenBrengen.Core;

namespace HalenBrengen.Cli;

/// <summary>
/// What the command line says about itself, one table per language: the help pages and the messages for
/// a command line it cannot follow. System.CommandLine 2.0 words both in English only (its resources are
/// internal and ship no Dutch), so the help is written by <see cref="HelpPage"/> and parse errors are
/// worded by <see cref="UsageErrors"/> from these tables. What a command reports (the check, the files
/// written) is Dutch, like the diagnostics.
/// </summary>
internal sealed class CliTexts
{
    /// <summary>The environment variable that makes help and usage messages, and generate's default language, English.</summary>
    public const string LanguageVariable = "HALENBRENGEN_LANG";

    public required Language Language { get; init; }

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
    public required string UrlValues { get; init; }

    public static CliTexts For(Language language) => language == Language.En ? En : Nl;

    /// <summary>
    /// The language of the help and usage messages: <c>--lang</c> anywhere on the command line (nl or en, in
    /// any case), else <see cref="LanguageVariable"/>, else Dutch.
    /// </summary>
    public static Language Choose(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal) ? args[i][7..]
                : null;
            if (ParseLanguage(value) is { } chosen)
                return chosen;
        }
        return Default(environment);
    }

    /// <summary>The language <see cref="LanguageVariable"/> asks for (en, en-GB, EN…), else Dutch.</summary>
    public static Language Default(Func<string, string?> environment) =>
        environment(LanguageVariable)?.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? Language.En : Language.Nl;

    /// <summary>nl or en, ignoring case and surrounding spaces; null for anything else.</summary>
    public static Language? ParseLanguage(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "nl" => Language.Nl,
        "en" => Language.En,
        _ => null,
    };

    public static string Code(Language language) => language == Language.En ? "en" : "nl";

    public static readonly CliTexts Nl = new()
    {
        Language = Language.Nl,
        Root = "HalenBrengen: van de ingevulde belangenkaarten en het krachtenveld naar de sessiepresentatie, de voorbereiding " +
               "voor de begeleider en de posters voor het halen-en-brengen gesprek.",
        Templates = "Schrijft de lege formulieren belangenkaart.xlsx en krachtenveld.xlsx.",
        TemplatesOut = "De map waarin de lege formulieren komen (standaard: de huidige map).",
        Example = "Schrijft een ingevulde voorbeeldsamenwerking (zeven belangenkaarten en een krachtenveld) om mee te oefenen.",
        ExampleOut = "De map waarin de voorbeeldwerkmappen komen (standaard: voorbeeld).",
        Check = "Controleert de ingevulde werkmappen en zegt per bestand en cel wat er aan de hand is.",
        Generate = "Maakt de sessiepresentatie voor de zaal, de voorbereiding voor de begeleider (niet voor de zaal) en de A0-posters: " +
                   "een gezamenlijke kaart, een poster per partner en een werkvel.",
        GenerateOut = "De map voor de presentaties en de posters (standaard: uitvoer).",
        Previous = "De werkmappen of de map van de vorige ronde: de voorbereiding zegt wat er sindsdien veranderde, de sessiepresentatie markeert wat nieuw is.",
        Lang = "De taal van de presentaties en de posters: nl of en (standaard: {0}).",
        Serve = "Start de pagina (en de Office-invoegtoepassing) op deze computer. Stoppen met Ctrl+C.",
        Site = "Schrijft de complete website (pagina, Office-invoegtoepassing, manifest.xml en HalenBrengen zelf als WebAssembly) " +
               "om op een HTTPS-webserver te zetten. Alles gebeurt daarna in de browser; geen werkmap verlaat de computer.",
        SiteOut = "De map voor de website (standaard: site).",
        SiteUrl = "Het adres waarop de website komt te staan, zoals https://intranet.example.nl/halenbrengen/ (het manifest wijst ernaar).",
        Port = "De poort op 127.0.0.1 (standaard: 5170).",
        Https = "Via HTTPS met het .NET-ontwikkelcertificaat; nodig voor de Office-invoegtoepassing.",
        Paths = "Werkmappen (.xlsx) of mappen met werkmappen.",
        PathsName = "paden",
        Strict = "Ook waarschuwingen houden het genereren tegen.",
        Pdf = "Schrijft naast elke poster en de sessiepresentatie ook een PDF, voor de drukker (A0, lettertypen ingesloten). " +
              "Daarvoor is LibreOffice nodig; zonder LibreOffice worden alleen de .pptx-bestanden geschreven.",
        HouseStyle = "Een PowerPoint-sjabloon (.potx) of presentatie (.pptx) in de eigen huisstijl: de kleuren, lettertypen, het logo " +
                     "en de achtergrond van het diamodel gaan naar de presentaties en de posters. Wat aangepast moest worden, staat in een regel.",
        Fonts = "Het lettertypebestand (.ttf of .otf) van een lettertype uit de huisstijl, zodat de tekst erin gemeten kan worden; " +
                "zonder wordt een onbekend lettertype Calibri. Mag vaker (gewoon en vet).",
        HouseStyleName = "sjabloon",
        FontName = "lettertype",
        Help = "Toont deze hulp.",
        Version = "Toont het versienummer.",
        FolderName = "map",
        PortName = "poort",
        UsageTitle = "Gebruik:",
        ArgumentsTitle = "Argumenten:",
        OptionsTitle = "Opties:",
        CommandsTitle = "Opdrachten:",
        CommandPlaceholder = "<opdracht>",
        OptionsPlaceholder = "[opties]",
        MoreHelp = "Meer over een opdracht: halenbrengen <opdracht> --help",
        NoCommand = "Geef een opdracht: {0}.",
        UnknownCommand = "'{0}' is geen opdracht van halenbrengen.",
        UnknownWord = "'{0}' hoort niet bij '{1}'.",
        DidYouMean = "Bedoelde u {0}?",
        MissingPaths = "Geef na '{0}' de werkmappen (.xlsx) of de map waarin ze staan, bijvoorbeeld: {0} ingevuld",
        MissingValue = "Na {0} hoort een waarde, bijvoorbeeld: {0} {1}",
        BadValue = "'{0}' kan niet bij {1}: kies {2}.",
        TooManyValues = "Geef {0} maar één keer, met één waarde.",
        VersionAlone = "--version gaat niet samen met andere opdrachten of opties.",
        NotUnderstood = "Deze opdrachtregel begrijpt HalenBrengen niet.",
        SeeHelp = "Hulp: {0}",
        Or = "of",
        LanguageValues = "nl of en",
        PortValues = "een getal, zoals 5170",
        UrlValues = "een volledig webadres, zoals https://intranet.example.nl/halenbrengen/",
    };

    public static readonly CliTexts En = new()
    {
        Language = Language.En,
        Root = "HalenBrengen: from the filled-in belangenkaarten and krachtenveld to the session deck, the facilitator's " +
               "briefing and the posters for the halen-en-brengen session.",
        Templates = "Writes the blank forms belangenkaart.xlsx and krachtenveld.xlsx.",
        TemplatesOut = "The folder the blank forms go into (default: the current folder).",
        Example = "Writes a filled-in example coalition (seven belangenkaarten and a krachtenveld) to practise with.",
        ExampleOut = "The folder the example workbooks go into (default: voorbeeld).",
        Check = "Checks the filled-in workbooks and says, per file and cell, what is the matter.",
        Generate = "Makes the session deck for the room, the facilitator's briefing (not for the room) and the A0 posters: " +
                   "a combined map, a poster per partner and a work sheet.",
        GenerateOut = "The folder for the decks and the posters (default: uitvoer).",
        Previous = "The workbooks or folder of the previous round: the briefing says what changed since, the session deck marks what is new.",
        Lang = "The language of the decks and the posters: nl or en (default: {0}).",
        Serve = "Starts the page (and the Office add-in) on this computer. Stop with Ctrl+C.",
        Site = "Writes the complete website (page, Office add-in, manifest.xml and HalenBrengen itself as WebAssembly) " +
               "to put on an HTTPS web server. Everything then happens in the browser; no workbook leaves the computer.",
        SiteOut = "The folder for the website (default: site).",
        SiteUrl = "The address the website will have, such as https://intranet.example.org/halenbrengen/ (the manifest points at it).",
        Port = "The port on 127.0.0.1 (default: 5170).",
        Https = "Over HTTPS with the .NET development certificate; needed for the Office add-in.",
        Paths = "Workbooks (.xlsx) or folders holding workbooks.",
        PathsName = "paths",
        Strict = "Warnings stop generating too.",
        Pdf = "Also writes a PDF beside each poster and the session deck, for the print shop (A0, fonts embedded). " +
              "Needs LibreOffice; without it only the .pptx files are written.",
        HouseStyle = "A PowerPoint template (.potx) or presentation (.pptx) in your own house style: the colours, fonts, logo and " +
                     "background of its slide master go into the decks and the posters. What had to be adjusted is said in a line.",
        Fonts = "The font file (.ttf or .otf) of a font in the house style, so text in it can be measured; without it an unknown " +
                "font becomes Calibri. May be given more than once (regular and bold).",
        HouseStyleName = "template",
        FontName = "font",
        Help = "Shows this help.",
        Version = "Shows the version number.",
        FolderName = "folder",
        PortName = "port",
        UsageTitle = "Usage:",
        ArgumentsTitle = "Arguments:",
        OptionsTitle = "Options:",
        CommandsTitle = "Commands:",
        CommandPlaceholder = "<command>",
        OptionsPlaceholder = "[options]",
        MoreHelp = "More about a command: halenbrengen <command> --help",
        NoCommand = "Give a command: {0}.",
        UnknownCommand = "'{0}' is not a command of halenbrengen.",
        UnknownWord = "'{0}' does not belong with '{1}'.",
        DidYouMean = "Did you mean {0}?",
        MissingPaths = "Give the workbooks (.xlsx), or the folder they are in, after '{0}', for example: {0} ingevuld",
        MissingValue = "{0} needs a value, for example: {0} {1}",
        BadValue = "'{0}' does not go with {1}: choose {2}.",
        TooManyValues = "Give {0} only once, with one value.",
        VersionAlone = "--version does not go together with other commands or options.",
        NotUnderstood = "HalenBrengen does not understand this command line.",
        SeeHelp = "Help: {0}",
        Or = "or",
        LanguageValues = "nl or en",
        PortValues = "a number, such as 5170",
        UrlValues = "a full web address, such as https://intranet.example.org/halenbrengen/",
    };
}
