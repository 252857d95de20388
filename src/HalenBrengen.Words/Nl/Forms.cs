namespace HalenBrengen;

public sealed partial class FormTexts
{
    /// <summary>The forms in Dutch, the language of the workbook contract.</summary>
    internal static readonly FormTexts Nl = new()
    {
        BelangenkaartTitle = "Belangenkaart",
        BelangenkaartExplanationTitle = "Belangenkaart: uitleg",
        BelangenkaartExplanation =
        [
            new("Waarvoor is dit formulier?",
                "Binnenkort gaan de partners van deze samenwerking samen om tafel. Elke partij vertelt dan even lang " +
                "wat zij wil halen uit de samenwerking en wat zij wil brengen. Met dit formulier bereidt u dat voor. " +
                "Uw antwoorden worden op een grote poster (A0) gedrukt die tijdens de bijeenkomst aan de muur hangt, " +
                "en komen in de presentatie van de begeleider. Schrijf dus zo dat een andere partner het begrijpt."),
            new("Hoe vult u het in?",
                "Vul alleen de gele cellen in. Begin op het blad 'Belangenkaart' met de naam van uw organisatie: " +
                "die is verplicht. Ga dan naar 'Halen' en 'Brengen' en zet op elke rij één punt. " +
                "Een cel mag meerdere zinnen of regels bevatten (Alt+Enter voor een nieuwe regel).\n" +
                "Bij 'Soort', 'Wens of eis' en andere keuzevelden klikt u op het pijltje in de cel en kiest u uit de lijst."),
            new("Belangenkaart: uw belang",
                "Eigen belang: wat uw organisatie zelf nodig heeft of wil bereiken, ook als dat niet altijd hardop gezegd wordt. " +
                "Gezamenlijk belang: waarom de samenwerking als geheel volgens u de moeite waard is. " +
                "Ambitie: de gezamenlijke ambitie in uw eigen woorden, nog zonder te schaven. " +
                "Krantenkop: de kop die u aan het eind van de samenwerking in de krant zou willen lezen."),
            new("Halen: wat wilt u eruit halen?",
                "Denk aan kennis, toegang tot een netwerk of een doelgroep, geld, zichtbaarheid, capaciteit, " +
                "of het voortbestaan van uw organisatie. Geef bij elk punt aan of het een wens is (daarover valt te praten) " +
                "of een eis (daar kunt u niet van afwijken). Wees zuinig met eisen: alleen wat echt niet onderhandelbaar is."),
            new("Brengen: wat wilt u erin stoppen?",
                "Denk aan budget, mensen en uren, deskundigheid, bereik van uw doelgroep, ruimte of faciliteiten, " +
                "of een stukje zeggenschap. Bij 'Omvang' kunt u aangeven hoeveel, bijvoorbeeld '8 uur per week' of '€ 15.000 per jaar'."),
            new("Goed om te weten",
                "Halen en brengen hoeven niet even groot te zijn. Het gaat erom dat het voor iedereen de moeite waard is " +
                "en dat duidelijk is wat partners van elkaar verwachten. U mag rijen, kolommen en een logo toevoegen; " +
                "laat de namen van de bladen en de kolomkoppen wel staan."),
        ],
        CardHint = "Vul de gele cellen in. Alleen 'Partij' is verplicht; hoe meer u invult, hoe beter het gesprek.",
        PartijHint = "Verplicht. De naam van uw organisatie, zoals de andere partners haar kennen.",
        ContactpersoonHint = "Wie namens uw organisatie aan tafel zit.",
        EigenBelangHint = "Wat heeft uw organisatie zelf nodig of wil zij bereiken?",
        GezamenlijkBelangHint = "Waarom is deze samenwerking voor het geheel de moeite waard?",
        AmbitieHint = "De gezamenlijke ambitie in uw eigen woorden.",
        KrantenkopHint = "De kop die u aan het eind in de krant wilt lezen.",
        HalenTitle = "Halen: wat wilt u uit de samenwerking halen?",
        HalenHint = "Eén punt per rij. Geef bij elk punt aan of het een wens is (onderhandelbaar) of een eis (niet onderhandelbaar).",
        HalenWatHint = "Eén punt per rij: wat wil uw organisatie uit de samenwerking halen?",
        HalenSoortHint = "Kies het soort dat het best past.",
        WensOfEisHint = "Wens: onderhandelbaar. Eis: niet onderhandelbaar.",
        HalenToelichtingHint = "Waarom is dit belangrijk, of wat bedoelt u precies?",
        BrengenTitle = "Brengen: wat wilt u in de samenwerking stoppen?",
        BrengenHint = "Eén punt per rij. Denk aan geld, mensen en uren, kennis, bereik, ruimte of zeggenschap.",
        BrengenWatHint = "Eén punt per rij: wat wil uw organisatie in de samenwerking stoppen?",
        BrengenSoortHint = "Kies het soort dat het best past.",
        OmvangHint = "Hoeveel? Bijvoorbeeld '8 uur per week' of '€ 15.000 per jaar'.",
        BrengenToelichtingHint = "Voorwaarden, of wat u precies bedoelt.",

        KrachtenveldTitle = "Krachtenveld",
        KrachtenveldExplanationTitle = "Krachtenveld: uitleg voor de begeleider",
        KrachtenveldExplanation =
        [
            new("Waarvoor is dit formulier?",
                "Dit formulier vult u als begeleider (of initiatiefnemer) in, één keer voor de hele samenwerking. " +
                "Samen met de belangenkaarten van de partners wordt het de presentatie voor de bijeenkomst en de posters."),
            new("Samenwerking",
                "De naam van de samenwerking, de opgave in een paar zinnen, de gedeelde ambitie zoals die er nu ligt " +
                "(ruw mag; u scherpt haar samen aan) en de krantenkop als die er al is. Datum, begeleider en de duur " +
                "van de bijeenkomst in minuten bepalen de agenda: elke partij krijgt even veel spreektijd."),
            new("Krachtenveld",
                "Eén rij per partij die ertoe doet, ook partijen die (nog) niet aan tafel zitten. " +
                "Nodig voor: waarvoor heeft u deze partij nodig (instemming, kennis, uitvoering, geld, draagvlak)? " +
                "Invloed: groot, middel of klein. Belangen en drijfveren: wat beweegt deze partij? " +
                "Houding (4D): hoe is de relatie nu? 1 automatische piloot (geen contact), 2 eigenbelang (weerstand, strijd), " +
                "3 respect en interesse (uitwisseling, voortgang), 4 samenhang (samen ontwikkelen en creëren). " +
                "Randvoorwaarden: wat moet er geregeld zijn voordat deze partij meedoet? " +
                "Schrijf de partijnamen hetzelfde als op de belangenkaarten (hoofdletters en accenten maken niet uit)."),
            new("Interventies",
                "Bedenk per relatie minstens vijf mogelijke acties. Kies daarna de acties die aansluiten bij de belangen en " +
                "drijfveren van de ander, en markeer met 'Ja' de actie die ook bij uzelf past. Vaak loont het om een relatie " +
                "van niveau 2 naar niveau 3 te brengen."),
            new("Activiteiten",
                "Wie doet wat, en wanneer? Vul dit na de bijeenkomst in, of tijdens, als de afspraken gemaakt worden. " +
                "Laat 'Partij' leeg voor iets wat de samenwerking samen doet."),
        ],
        SamenwerkingTitle = "Samenwerking",
        SamenwerkingHint = "Vul de gele cellen in. Wat u hier invult, komt op de titeldia, de agenda en in het midden van de poster.",
        NaamHint = "Hoe heet de samenwerking?",
        OpgaveHint = "De gezamenlijke opgave, in een paar zinnen.",
        GedeeldeAmbitieHint = "De ambitie zoals die nu ligt; ruw mag.",
        SamenwerkingKrantenkopHint = "De krantenkop, als die er al is.",
        DatumSessieHint = "Bijvoorbeeld 11-3-2027 13:30 (de tijd mag weg).",
        BegeleiderHint = "Wie begeleidt de bijeenkomst?",
        SessieduurHint = "Hoe lang duurt de bijeenkomst, in minuten? Bijvoorbeeld 150.",
        DatumTweedeHint = "Alleen bij veel partijen, als de sessie twee bijeenkomsten wordt. Bijvoorbeeld 25-3-2027.",
        ForceFieldHint = "Eén rij per partij die ertoe doet. Gebruik dezelfde namen als op de belangenkaarten.",
        ForceFieldPartijHint = "De naam van de partij, zoals op haar belangenkaart.",
        NodigVoorHint = "Waarvoor heeft u deze partij nodig?",
        InvloedHint = "Hoe groot is de invloed van deze partij op het doel?",
        BelangenEnDrijfverenHint = "Wat beweegt deze partij?",
        HoudingHint = "Hoe is de relatie nu, op het 4D-model?",
        RandvoorwaardenHint = "Wat moet geregeld zijn voordat deze partij meedoet?",
        InterventiesTitle = "Interventies",
        InterventiesHint = "Minstens vijf mogelijke acties per relatie; zet 'Ja' bij de actie die u kiest.",
        InterventiePartijHint = "Voor welke partij is deze actie?",
        InterventieHint = "Eén mogelijke actie per rij.",
        SluitAanBijHint = "Bij welk belang of welke drijfveer van de ander sluit zij aan?",
        GekozenHint = "'Ja' voor de actie die u gaat doen.",
        ActiviteitenTitle = "Activiteiten: wie doet wat?",
        ActiviteitenHint = "De afspraken: welke partij neemt welke activiteit op zich, en wanneer.",
        ActiviteitPartijHint = "Wie neemt dit op zich? Leeg: de samenwerking samen.",
        ActiviteitHint = "Eén activiteit per rij.",
        WanneerHint = "Wanneer, bijvoorbeeld 'voor de zomer' of '1 juni 2027'.",
        PartnerNotInForceField = "Deze naam staat (nog) niet in het krachtenveld. Klopt de spelling?",
        ChoosePartner = "Kies een partij uit het krachtenveld.",

        WholeMinutes = "Vul een heel aantal minuten in, bijvoorbeeld 150.",
        ChooseOnPaper = "kies uit",
        PartnerOnPaper = "een partij uit de kolom Partij van het blad Krachtenveld",
        ChooseFromList = "Kies een waarde uit de lijst (klik op het pijltje rechts in de cel).",
        NameNotInList = "Deze naam staat (nog) niet in de lijst. Klopt de spelling?",
        Footer = "&A — pagina &P van &N",
    };
}
