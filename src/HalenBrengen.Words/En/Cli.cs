namespace HalenBrengen;

public sealed partial class CliTexts
{
    /// <summary>The command line in English.</summary>
    internal static readonly CliTexts En = new()
    {
        Root = "HalenBrengen: from the filled-in belangenkaarten and krachtenveld to the session deck, the facilitator's " +
               "briefing and the posters for the halen-en-brengen session.",
        Templates = "Writes the blank forms belangenkaart.xlsx and krachtenveld.xlsx.",
        TemplatesOut = "The folder the blank forms go into (default: the current folder).",
        Example = "Writes a filled-in example coalition (seven belangenkaarten and a krachtenveld) to practise with.",
        ExampleOut = "The folder the example workbooks go into (default: voorbeeld).",
        Check = "Checks the filled-in workbooks and says, per file and cell, what is the matter.",
        Generate = "Makes the session deck for the room, the facilitator's briefing (not for the room) and the A0 posters: " +
                   "a combined map, a poster per partner and a work sheet; and the afsprakenlijst (agreements.xlsx).",
        GenerateOut = "The folder for the decks, the posters and the afsprakenlijst (default: uitvoer).",
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
        PortValues = "a number from 1 to 65535, such as 5170",
        OutValues = "a folder, such as uitvoer",
        PathNotFound = "'{0}' does not exist: give a workbook (.xlsx) or a folder that does.",
        UrlValues = "a full web address, such as https://intranet.example.org/halenbrengen/",
    };
}
