namespace HalenBrengen;

public sealed partial class CliTexts
{
    /// <summary>The command line in Dutch.</summary>
    internal static readonly CliTexts Nl = new()
    {
        Root = "HalenBrengen: van de ingevulde belangenkaarten en het krachtenveld naar de sessiepresentatie, de voorbereiding " +
               "voor de begeleider en de posters voor het halen-en-brengen gesprek.",
        Templates = "Schrijft de lege formulieren belangenkaart.xlsx en krachtenveld.xlsx.",
        TemplatesOut = "De map waarin de lege formulieren komen (standaard: de huidige map).",
        Example = "Schrijft een ingevulde voorbeeldsamenwerking (zeven belangenkaarten en een krachtenveld) om mee te oefenen.",
        ExampleOut = "De map waarin de voorbeeldwerkmappen komen (standaard: voorbeeld).",
        Check = "Controleert de ingevulde werkmappen en zegt per bestand en cel wat er aan de hand is.",
        Generate = "Maakt de sessiepresentatie voor de zaal, de voorbereiding voor de begeleider (niet voor de zaal) en de A0-posters: " +
                   "een gezamenlijke kaart, een poster per partner en een werkvel; en de afsprakenlijst (afspraken.xlsx).",
        GenerateOut = "De map voor de presentaties, de posters en de afsprakenlijst (standaard: uitvoer).",
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
        PortValues = "een getal van 1 tot en met 65535, zoals 5170",
        OutValues = "een map, zoals uitvoer",
        PathNotFound = "'{0}' bestaat niet: geef een werkmap (.xlsx) of een map die er wel is.",
        UrlValues = "een volledig webadres, zoals https://intranet.example.nl/halenbrengen/",
    };
}
