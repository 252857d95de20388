namespace HalenBrengen;

public sealed partial class ProblemTexts
{
    /// <summary>What the reader says, in Dutch: the only language it speaks (see <see cref="Words.En"/>).</summary>
    internal static readonly ProblemTexts Nl = new()
    {
        NoBelangenkaart = "voor partij '{0}' is geen belangenkaart gevonden. De partij doet mee, " +
            "maar zonder halen en brengen. Voeg haar belangenkaart toe, of controleer de spelling van de naam.",
        NotInKrachtenveld = "partij '{0}' staat niet in het krachtenveld ({1}). " +
            "De partij doet mee; vul haar rij in het krachtenveld aan, of controleer de spelling van de naam.",
        ManyPartners = "met {0} partijen wordt de gezamenlijke A0-kaart erg vol: ze is gemaakt voor ten hoogste {1} partijen " +
            "en loopt over meerdere vellen. Hang liever de poster van elke partij op, en bouw samen op het werkvel.",
        TwoBelangenkaarten = "partij '{0}' heeft twee belangenkaarten: '{1}' en '{2}'. " +
            "Houd er één over, of geef de tweede partij een eigen naam.",
        SecondDateUnused = "de datum van een tweede bijeenkomst ({0}) staat ingevuld, maar de sessie past in één bijeenkomst: die datum wordt nergens gebruikt. Laat het veld leeg, of kijk of de sessieduur klopt.",
        SecondDateNotLater = "de tweede bijeenkomst ({0}) valt niet na de eerste ({1}): kijk of de datums kloppen.",
        UnusualSessionLength = "een sessie van {0} minuten is ongebruikelijk: verwacht tussen 15 minuten en 8 uur. {1}",
        SessionLengthKept = "De agenda gaat uit van deze duur; klopt die niet, pas het getal aan.",
        SessionLengthUsed = "De agenda gaat nu uit van {0} minuten; vul de werkelijke duur in minuten in.",
        TwoKrachtenvelden = "er zijn twee krachtenveld-werkmappen: '{0}' en '{1}'. " +
            "Een samenwerking heeft er één; haal de andere uit de map.",
        RowTwice = "partij '{0}' staat twee keer in het krachtenveld (ook in cel {1}). " +
            "Voeg de twee rijen samen tot één.",
        UnknownPartner = "partij '{0}' komt niet voor bij de partners van deze samenwerking. " +
            "De regel blijft staan; controleer de spelling van de naam.",

        NoWorkbooks = "hier staan geen belangenkaarten of krachtenveld. Geef de Excel-werkmappen (.xlsx) of de map waarin ze staan.",
        UnknownWorkbook = "deze werkmap heeft geen blad '{0}' en geen blad '{1}', " +
            "dus het is geen belangenkaart en geen krachtenveld. Gevonden bladen: " +
            "{2}. Gebruik de formulieren uit 'halenbrengen templates'.",
        AgreementNotChosen = "hier staat een afspraak ('{1}'), maar bij '{0}' is niets gekozen: kies Ja, Nee of Later. Zo lang telt hij niet mee.",
        AgreementPartnerGone = "de afsprakenlijst noemt '{0}', maar die partij zit nu niet aan tafel (of heet nu anders). De afspraak blijft staan zoals hij is geschreven.",
        AgreementWantGone = "deze wens ('{0}') staat niet meer op de belangenkaart van {1}: is er iets veranderd? De afspraak blijft staan zoals hij is geschreven.",
        AgreementOfferGone = "dit aanbod ('{0}') staat niet meer op de belangenkaart van {1}: is er iets veranderd? De afspraak blijft staan zoals hij is geschreven.",
        NotForThisSession = " Hoort het bestand niet bij deze sessie, haal het dan uit de map.",
        SkippedFile = "overgeslagen: uit een map worden alleen Excel-werkmappen (.xlsx, .xlsm) gelezen.",
        PathNotFound = "dit bestand of deze map bestaat niet. Controleer de naam en de map.",
        FolderUnreadable = "deze map kon niet gelezen worden (geen toegang, of net verplaatst). Controleer de map en probeer het opnieuw.",
        FolderNamedAsWorkbook = "dit is een map met de naam van een werkmap, geen werkmap.",
        SubfolderMaybe = "de submap '{0}' is niet gelezen, terwijl er misschien werkmappen in staan: een map wordt maar één niveau diep gelezen. " +
            "Horen die bij deze sessie, zet ze dan naast de andere werkmappen of geef de submap ook op.",
        SubfolderOne = "de submap '{0}' is niet gelezen, terwijl er een werkmap in staat: een map wordt maar één niveau diep gelezen. " +
            "Hoort die bij deze sessie, zet hem dan naast de andere werkmappen of geef de submap ook op.",
        SubfolderMany = "de submap '{0}' is niet gelezen, terwijl er {1} werkmappen in staan: een map wordt maar één niveau diep gelezen. " +
            "Horen die bij deze sessie, zet ze dan naast de andere werkmappen of geef de submap ook op.",
        ABelangenkaart = "een belangenkaart",
        AKrachtenveld = "een krachtenveld",
        HiddenForm = "dit is {0}, maar de naam begint met '{1}', zoals bij verborgen en tijdelijke " +
            "bestanden, en zulke bestanden worden niet gelezen. Geef het een gewone naam die op .xlsx eindigt, of haal het uit de map als het er niet bij hoort.",
        RenamedForm = "dit is {0} (een Excel-werkmap), maar de naam eindigt niet op .xlsx, en uit een map worden alleen .xlsx en .xlsm gelezen. " +
            "Hernoem het naar een naam die op .xlsx eindigt, of haal het uit de map als het er niet bij hoort (een reservekopie).",
        NoAccess = "het bestand mag niet gelezen worden (geen toegang).",
        ChangedWhileRead = "het bestand veranderde terwijl het gelezen werd (werd het net opgeslagen?). Probeer het opnieuw.",
        Locked = "het bestand kon niet gelezen worden; is het nog geopend in een ander programma dat het vergrendelt?",
        DanglingLink = "dit is een koppeling (symbolische link) naar '{0}', maar daar staat geen bestand. " +
            "Zet de werkmap zelf op deze plaats, of herstel de koppeling.",
        Vanished = "dit bestand verdween terwijl de map gelezen werd (verplaatst of verwijderd?). Controleer de map en probeer het opnieuw.",
        NotRegularFile = "dit is geen gewoon bestand maar bijvoorbeeld een named pipe of een apparaat; HalenBrengen leest alleen gewone bestanden. " +
            "Zet de werkmap zelf op deze plaats.",

        EmptyFile = "het bestand is leeg (0 bytes). Sla de werkmap opnieuw op in Excel.",
        Encrypted = "de werkmap is beveiligd met een wachtwoord. Haal het wachtwoord eraf in Excel " +
            "(Bestand › Info › Werkmap beveiligen › Versleutelen met wachtwoord, veld leegmaken) en sla hem opnieuw op.",
        OldXls = "dit is een oud Excel-bestand (.xls, Excel 97-2003). Open het in Excel en sla het op als " +
            "'Excel-werkmap (*.xlsx)'.",
        NotAWorkbook = "dit is {0}. Gebruik het Excel-formulier en sla het op als 'Excel-werkmap (*.xlsx)'.",
        TextFile = "een tekstbestand (bijvoorbeeld CSV) met een andere extensie",
        NoWorkbook = "geen Excel-werkmap",
        OtherFormat = "dit is {0}",
        Xlsb = "een binaire Excel-werkmap (.xlsb), die HalenBrengen niet kan lezen. Open het in Excel en kies " +
            "Bestand › Opslaan als › 'Excel-werkmap (*.xlsx)'.",
        OpenDocument = "een OpenDocument-rekenblad (LibreOffice of OpenOffice), dat HalenBrengen niet kan lezen. " +
            "Open het in LibreOffice Calc en kies Bestand › Opslaan als › bestandstype 'Excel 2007-365 (.xlsx)', " +
            "of open het in Excel en sla het op als 'Excel-werkmap (*.xlsx)'.",
        Numbers = "een Numbers-bestand (Apple), dat HalenBrengen niet kan lezen. Open het in Numbers en kies " +
            "Archief › Exporteer naar › Excel (.xlsx).",
        Csv = "een CSV-bestand: gewone tekst, waarin maar één blad past, dus geen hele belangenkaart of krachtenveld. " +
            "Vraag het ingevulde Excel-formulier op, of sla het formulier in Excel op als 'Excel-werkmap (*.xlsx)'.",
        ZipNotWorkbook = "dit is een zip-bestand, maar geen Excel-werkmap{0}. Sla het formulier op als Excel-werkmap (.xlsx).",
        LooksLikeWord = " (het lijkt een Word-document)",
        LooksLikePowerPoint = " (het lijkt een PowerPoint-bestand)",

        TooManyParts = "het bestand bevat meer dan {0} onderdelen; dat is geen gewone werkmap.",
        SheetContentMissing = "het blad '{0}' staat in de werkmap, maar de inhoud ervan ontbreekt. Sla het bestand opnieuw op in Excel.",
        PartTooLarge = "het onderdeel '{0}' is uitgepakt {1} MB, meer dan de grens van " +
            "{2} MB. Dat is geen gewone belangenkaart of krachtenveld; het bestand wordt niet gelezen.",
        PartInflatesTooLarge = "het onderdeel '{0}' is uitgepakt groter dan {1} MB. " +
            "Dat is geen gewone belangenkaart of krachtenveld; het bestand wordt niet gelezen.",
        FileTooLarge = "het bestand is {0} MB; het grootste bestand dat gelezen wordt is " +
            "{1} MB. Haal grote afbeeldingen uit de werkmap.",
        Damaged = "het bestand is beschadigd of onvolledig (de werkmap kan niet worden uitgepakt). " +
            "Open het in Excel, sla het opnieuw op en probeer het nog eens.",
        TooManyCells = "het blad '{0}' heeft meer dan {1} gevulde cellen (samengevoegde gebieden tellen mee). " +
            "Dat is veel meer dan een belangenkaart of krachtenveld nodig heeft; het bestand wordt niet gelezen.",
        TooManyTexts = "de werkmap bevat meer dan {0} teksten; dat is te groot om te lezen.",
        TooManyStyles = "de werkmap heeft meer dan {0} celopmaken; dat is geen gewone werkmap.",

        Uncomputed = "de cel bevat een formule{0} zonder berekende waarde. Zo slaat een programma of script " +
            "een werkmap op die nog nooit in Excel is geopend. Open het bestand één keer in Excel en sla het op, dan staat de waarde erin. {1}",
        UncomputedRequired = "Deze cel is verplicht; tot dan kan er niets gemaakt worden.",
        UncomputedOptional = "Tot dan telt de cel als leeg.",
        ErrorValue = "de cel bevat de foutwaarde {0} (bijvoorbeeld een formule die naar een verwijderde cel verwijst). " +
            "De cel telt als leeg; vul er de bedoelde tekst in.",
        ControlCharacters = "de tekst bevatte onzichtbare besturingstekens; die zijn weggelaten, de rest van de tekst blijft.",
        TextTooLong = "deze tekst is {0} tekens lang, te lang om op een dia of poster heel te tonen; daar staan de eerste {1} tekens met '…'. In de werkmap blijft de hele tekst staan; maak hem korter om hem heel te tonen.",
        OnlyInvisible = "de cel bevat alleen onzichtbare tekens ({0}) en telt daarom als leeg. " +
            "Hoort hier tekst te staan, typ die dan opnieuw in.",
        UnknownValue = "'{0}' is geen geldige waarde voor {1}. Kies uit {2}. " +
            "De waarde telt nu als onbekend.",
        BadDate = "'{0}' is niet als datum te lezen. Schrijf de datum als 12-3-2027 of 12 maart 2027, " +
            "eventueel met de begintijd erachter (12-3-2027 13:30). De tekst wordt getoond zoals hij er staat.",
        BadMinutes = "'{0}' is geen aantal minuten voor {1}. Vul een getal in, bijvoorbeeld 150.",

        PartijCellEmpty = "de cel rechts van het label 'Partij' is leeg",
        PartijLabelMissing = "het label 'Partij' ontbreekt",
        PartijRequired = "{0}. Vul de naam van de partij in; zonder naam kan deze belangenkaart niet meedoen.",
        LabelTwice = "het label '{0}' staat twee keer op dit blad; de waarde naast cel {1} wordt gebruikt.{2}",
        LabelTwiceUnread = " De waarde in {0} wordt niet gelezen.",
        StrayText = "in {0} staat tekst die niet naast een label staat, zoals '{1}'; die wordt niet gelezen. " +
            "Zet de tekst in de cel rechts van het label waar hij bij hoort.",
        SamenwerkingMissing = "het blad '{0}' ontbreekt; de naam, opgave, ambitie en krantenkop van de samenwerking blijven leeg.",

        TableSheetMissing = "het blad '{0}' ontbreekt in deze belangenkaart; de partij heeft daardoor niets bij '{0}'. " +
            "Gevonden bladen: {1}.",
        HeaderNotFound = "de kolomkop '{0}' is niet gevonden in de eerste {1} rijen van het blad '{2}'. " +
            "Zet boven de tabel een rij met de kolomkoppen {3}.",
        RepeatedHeader = "rij {0} herhaalt de kolomkoppen van rij {1}; dit is geen punt en de rij is overgeslagen.",
        ListMarkOnly = "'{0}' is een opsommingsteken of nummer zonder tekst; dit is geen punt en de rij is overgeslagen.",
        ListMarkBesides = "in '{0}' staat alleen '{1}', zonder tekst, terwijl {2} op deze rij wel is ingevuld. " +
            "De rij is overgeslagen; schrijf het punt in '{0}' of maak de rij helemaal leeg.",
        MainCellEmpty = "rij {0} op het blad '{1}' heeft iets in {2}, maar '{3}' is leeg. " +
            "Deze rij is overgeslagen; vul '{3}' in of maak de rij helemaal leeg.",
        SecondTable = "naast de tabel staat een tweede tabel (kop '{0}' in {1}). Alleen de eerste " +
            "tabel wordt gelezen; wat in {2} staat niet. Zet alle punten onder elkaar in één tabel.",
        MergedHeader = "de kolomkop '{0}' in {1} is samengevoegd over meer kolommen. Alleen kolom " +
            "{2} wordt gelezen; wat in {3} staat niet. " +
            "Zet die tekst in de kolom die gelezen wordt, of geef de andere kolom een eigen kop.",
        HeaderTwice = "de kolomkop '{0}' staat twee keer boven de tabel ({1} en {2}). " +
            "Alleen de kolom onder {1} wordt gelezen; wat in {3} staat niet. " +
            "Zet die tekst in de kolom die gelezen wordt, of geef de tweede kolom een andere kop.",
        UnknownColumn = "de kolom '{0}' ({1}) hoort niet bij het formulier en wordt niet gelezen ({2}). " +
            "Hoort de tekst bij een punt, zet hem dan in een kolom van het formulier: {3}.",
        HeaderlessColumn = "in {0} staat tekst in een kolom zonder kop in rij {1}; die wordt niet gelezen. " +
            "Zet de tekst in een kolom van het formulier ({2}), of geef de kolom een van die koppen.",

        SheetTwiceFilled = "de bladen {0} en {1} heten voor HalenBrengen allebei '{2}' en zijn allebei ingevuld. " +
            "Alleen {0} is gelezen, {3} op {1} niet. " +
            "Zet alles op één blad '{2}' en verwijder het andere blad of geef het een andere naam.",
        SheetTwiceEmpty = "de bladen {0} en {1} heten voor HalenBrengen allebei '{2}'. " +
            "{0} is leeg en overgeslagen; {1} is gelezen.",
        InvisibleInName = "'{0}' (met een onzichtbaar teken in de naam)",
        TheBelangenkaart = "de belangenkaart",
        TheKrachtenveld = "het krachtenveld",
        BelangenkaartSheets = "'{0}', '{1}' of '{2}'",
        KrachtenveldSheets = "'{0}', '{1}', '{2}' of '{3}'",
        SheetNotRead = "het blad '{0}' hoort niet bij het formulier en wordt niet gelezen, terwijl er iets in staat ({1}). " +
            "Hoort het bij {2}, zet het dan op het blad {3}.",
    };
}
