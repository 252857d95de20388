using HalenBrengen.Core.Analysis;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// Every fixed text of the deck, one table per language (the partners' own words are never
/// translated). Speaker notes are the facilitator's guidance for the moment, in our own words.
/// </summary>
public sealed record DeckTexts(
    string NoHeadline, string Continued, string Facilitator, string SpeakingTime, string Minutes,
    string PurposeTitle, string PurposeText, IReadOnlyList<string> GroundRules, string PurposeNotes,
    string TitleNotes,
    string AgendaTitle, string AgendaPartHeader, string AgendaTimeHeader, string OrderTitle, string AgendaNotes,
    IReadOnlyDictionary<AgendaPart, string> AgendaParts, string NoDurationNote,
    string Interest, string OwnInterest, string SharedInterest, string Gets, string Brings, string Demand, string Wish,
    string NothingYet, string NoCard, string PartnerNotes,
    string MapTitle, string MapAmbitionLabel, string NoAmbition, string MapNotes, string OverviewTitle, string PartyHeader,
    string BalanceTitle, string BalanceQuestionsTitle, string BalanceNoQuestions, string BalanceNotes,
    string MatchesTitle, string WantHeader, string FromHeader, string OfferHeader, string WhyHeader, string MatchesNotes, string NoMatches,
    string MatrixTitle, string MatrixNotes, string PairsTitle, string CountHeader,
    string OpenTitle, string KindHeader, string WhatHeader, string OpenNotes, string NoOpen,
    string ForceTitle, IReadOnlyList<string> ForceHeaders, string ForceNotes, string Unknown,
    string StartTitle, IReadOnlyList<string> StartHeaders, string StartNotes, string FewInterventions,
    string InterventionsTitle, IReadOnlyList<string> InterventionHeaders, string Chosen, string InterventionsNotes,
    string AmbitionTitle, IReadOnlyList<string> AmbitionHeaders, string AmbitionNotes,
    string SharedAmbitionTitle, string SharedAmbitionLabel, string HeadlineLabel, string SharedAmbitionNotes, string StillToChoose,
    string ActivitiesTitle, IReadOnlyList<string> ActivityHeaders, string Together, string ActivitiesNotes,
    string ClosingTitle, IReadOnlyList<string> NextSteps, string ClosingNotes, string ThemesTitle, string ThemesNotes,
    string MatchesMore, string ItemsCount)
{
    public Language Language { get; init; }

    public static DeckTexts For(Language language) => language == Language.En ? English : Dutch;

    public static readonly DeckTexts Dutch = new(
        NoHeadline: "Onze krantenkop: nog te kiezen", Continued: "vervolg", Facilitator: "Begeleiding", SpeakingTime: "Spreektijd", Minutes: "minuten",
        PurposeTitle: "Waarom we hier zijn",
        PurposeText: "Vandaag leggen we naast elkaar wat ieder wil halen uit deze samenwerking en wat ieder wil brengen. Zo zien we waar we elkaar versterken, wat nog ontbreekt en wat we samen willen bereiken.",
        GroundRules: ["Elke partij krijgt even veel tijd.", "We luisteren om te begrijpen, niet om te antwoorden.", "We stellen open, nieuwsgierige vragen.", "We oordelen niet: elk belang mag er zijn.", "Een wens is bespreekbaar; een eis benoemen we als eis."],
        PurposeNotes: "Neem de spelregels rustig door en vraag of iedereen zich erin kan vinden. Benadruk dat iedere partij evenveel ruimte krijgt en dat er vandaag geen conclusies vooraf liggen.",
        TitleNotes: "Heet iedereen welkom. Noem de krantenkop als stip op de horizon: die mag vandaag nog veranderen.",
        AgendaTitle: "Agenda", AgendaPartHeader: "Onderdeel", AgendaTimeHeader: "Minuten", OrderTitle: "Volgorde van de partijen",
        AgendaNotes: "Bewaak de tijd: elke partij krijgt precies dezelfde spreektijd. Spreek af wie de tijd bijhoudt.",
        AgendaParts: new Dictionary<AgendaPart, string>
        {
            [AgendaPart.Opening] = "Opening en spelregels", [AgendaPart.Ronde] = "Ronde: elke partij vertelt over haar kaart",
            [AgendaPart.SamenKaart] = "Samen de gezamenlijke kaart bouwen", [AgendaPart.Ambitie] = "Ambitie aanscherpen en krantenkop kiezen",
            [AgendaPart.Afspraken] = "Afspraken: wie doet wat",
        },
        NoDurationNote: "De sessieduur is niet ingevuld; de agenda gaat uit van {0} minuten.",
        Interest: "Belang", OwnInterest: "Eigen belang", SharedInterest: "Gezamenlijk belang", Gets: "Wil halen", Brings: "Kan brengen",
        Demand: "EIS", Wish: "wens", NothingYet: "(nog niets ingevuld)", NoCard: "Voor deze partij is nog geen belangenkaart ingevuld.",
        PartnerNotes: "{0} heeft {1} minuten. Laat de partij vertellen; de anderen stellen alleen open vragen. Vraag door op eisen: wat maakt dit onmisbaar?",
        MapTitle: "De gezamenlijke kaart", MapAmbitionLabel: "Onze ambitie", NoAmbition: "Nog samen te formuleren",
        MapNotes: "Bouw de kaart samen op. Vraag: waar overlappen onze belangen, waar verschillen ze? Trek zelf geen conclusies; laat de groep ze benoemen.",
        OverviewTitle: "Overzicht: wat ieder wil halen en brengen", PartyHeader: "Partij",
        BalanceTitle: "Balans tussen halen en brengen", BalanceQuestionsTitle: "Vragen bij de balans",
        BalanceNoQuestions: "Elke partij haalt en brengt iets. Vraag toch: is het voor iedereen de moeite waard?",
        BalanceNotes: "Balans hoeft niet gelijk te zijn. Wie niets haalt, blijft moeilijk betrokken. Stel de vragen als vragen, niet als oordeel.",
        MatchesTitle: "Wie kan brengen wat een ander wil halen?", WantHeader: "Wil halen", FromHeader: "Partij", OfferHeader: "Kan brengen", WhyHeader: "Waarom",
        MatchesNotes: "Dit zijn mogelijkheden, geen afspraken. Vraag beide partijen of het aanbod echt past bij de vraag.", NoMatches: "Er zijn nog geen aanbiedingen gevonden die aansluiten bij een wens van een ander.",
        MatrixTitle: "Wie kan voor wie iets betekenen?", MatrixNotes: "Rijen: wie iets wil halen; kolommen: wie het zou kunnen brengen. Lege rijen en kolommen zijn een gespreksonderwerp.",
        PairsTitle: "De meeste aansluitingen tussen partijen", CountHeader: "Aantal",
        OpenTitle: "Wat nog niemand brengt", KindHeader: "Soort", WhatHeader: "Wat", NoOpen: "Voor elke wens is er minstens één partij die iets zou kunnen brengen.",
        OpenNotes: "Vraag: wie zou dit kunnen brengen? Zit iemand nog niet aan tafel die we nodig hebben? Eisen staan bovenaan.",
        ForceTitle: "Het krachtenveld", ForceHeaders: ["Partij", "Nodig voor", "Invloed", "Belangen en drijfveren", "4D", "Randvoorwaarden"],
        ForceNotes: "Het krachtenveld is de blik van de begeleider. Toets het: herkennen de partijen zich erin?", Unknown: "?",
        StartTitle: "Waar beginnen we?", StartHeaders: ["#", "Partij", "Invloed", "4D", "Randvoorwaarden", "Gekozen interventie"],
        StartNotes: "Veel invloed en een relatie op niveau 1 of 2: daar loont aandacht het eerst. Meestal is de stap van niveau 2 naar 3 het meest effectief.",
        FewInterventions: "minder dan vijf interventies bedacht",
        InterventionsTitle: "Interventies", InterventionHeaders: ["Partij", "Interventie", "Sluit aan bij", "Gekozen"], Chosen: "gekozen",
        InterventionsNotes: "Bedenk per relatie minstens vijf acties; kies wat aansluit bij de belangen van de ander én bij je eigen belang.",
        AmbitionTitle: "Ieders ambitie en krantenkop", AmbitionHeaders: ["Partij", "Ambitie in eigen woorden", "Voorgestelde krantenkop"],
        AmbitionNotes: "Lees de ambities en koppen voor zonder te kiezen. Zoek samen naar wat iedereen erin herkent.",
        SharedAmbitionTitle: "Onze gezamenlijke ambitie", SharedAmbitionLabel: "Ambitie", HeadlineLabel: "Krantenkop",
        SharedAmbitionNotes: "Scherp de ambitie aan tot ze recht doet aan ieders belang en concreet is. Kies dan samen de krantenkop.", StillToChoose: "nog samen te kiezen",
        ActivitiesTitle: "Wie doet wat?", ActivityHeaders: ["Partij", "Activiteit", "Wanneer"], Together: "samen",
        ActivitiesNotes: "Leg vast wie wat oppakt en wanneer. Elke afspraak heeft een eigenaar.",
        ClosingTitle: "Tot slot: wat ieder brengt", NextSteps: ["We leggen de afspraken vast en delen de kaart.", "Over een half jaar kijken we samen terug: klopt de balans nog?", "Een nieuw belang betekent dat er iets is gebeurd: bespreek het."],
        ClosingNotes: "Sluit af met wat ieder brengt en de volgende stappen. Bedank iedereen voor de openheid.",
        ThemesTitle: "Komt dit bij meer partijen terug?", ThemesNotes: "Bied dit aan als vraag aan de groep. Het vroeg benoemen van overlap kan partijen buitensluiten.",
        MatchesMore: "De {0} sterkste van {1} mogelijke aansluitingen. De volledige teksten staan op de dia's van de partijen.", ItemsCount: "{0} punten")
    { Language = Language.Nl };

    public static readonly DeckTexts English = new(
        NoHeadline: "Our headline: still to choose", Continued: "continued", Facilitator: "Facilitator", SpeakingTime: "Speaking time", Minutes: "minutes",
        PurposeTitle: "Why we are here",
        PurposeText: "Today we put side by side what each of us wants to get from this collaboration and what each of us will bring. That shows where we strengthen each other, what is still missing and what we want to achieve together.",
        GroundRules: ["Every party gets the same amount of time.", "We listen to understand, not to reply.", "We ask open, curious questions.", "We do not judge: every interest is welcome.", "A wish can be discussed; a demand we name as a demand."],
        PurposeNotes: "Go through the ground rules calmly and check that everyone agrees. Stress that every party gets equal room and that nothing is decided beforehand.",
        TitleNotes: "Welcome everyone. Present the headline as a point on the horizon: it may still change today.",
        AgendaTitle: "Agenda", AgendaPartHeader: "Part", AgendaTimeHeader: "Minutes", OrderTitle: "Order of the parties",
        AgendaNotes: "Keep time: every party gets exactly the same speaking time. Agree who keeps time.",
        AgendaParts: new Dictionary<AgendaPart, string>
        {
            [AgendaPart.Opening] = "Opening and ground rules", [AgendaPart.Ronde] = "Round: each party presents its map",
            [AgendaPart.SamenKaart] = "Building the combined map together", [AgendaPart.Ambitie] = "Sharpening the ambition, choosing the headline",
            [AgendaPart.Afspraken] = "Agreements: who does what",
        },
        NoDurationNote: "The session length was not given; the agenda assumes {0} minutes.",
        Interest: "Interest", OwnInterest: "Own interest", SharedInterest: "Shared interest", Gets: "Wants to get", Brings: "Can bring",
        Demand: "DEMAND", Wish: "wish", NothingYet: "(nothing filled in yet)", NoCard: "No interest card has been filled in for this party yet.",
        PartnerNotes: "{0} has {1} minutes. Let the party speak; the others only ask open questions. Ask about demands: what makes this indispensable?",
        MapTitle: "The combined map", MapAmbitionLabel: "Our ambition", NoAmbition: "Still to be worded together",
        MapNotes: "Build the map together. Ask: where do our interests overlap, where do they differ? Draw no conclusions yourself; let the group name them.",
        OverviewTitle: "Overview: what each wants to get and bring", PartyHeader: "Party",
        BalanceTitle: "Balance between getting and bringing", BalanceQuestionsTitle: "Questions about the balance",
        BalanceNoQuestions: "Every party gets and brings something. Still ask: is it worth it for everyone?",
        BalanceNotes: "Balance need not be equal. A party with nothing to gain is hard to keep involved. Ask the questions as questions, not verdicts.",
        MatchesTitle: "Who can bring what another wants?", WantHeader: "Wants to get", FromHeader: "Party", OfferHeader: "Can bring", WhyHeader: "Why",
        MatchesNotes: "These are possibilities, not agreements. Ask both parties whether the offer really fits the want.", NoMatches: "No offers were found yet that answer another party's want.",
        MatrixTitle: "Who could mean something to whom?", MatrixNotes: "Rows: who wants something; columns: who could bring it. Empty rows and columns are worth discussing.",
        PairsTitle: "Most connections between parties", CountHeader: "Count",
        OpenTitle: "What nobody brings yet", KindHeader: "Kind", WhatHeader: "What", NoOpen: "For every want there is at least one party that could bring something.",
        OpenNotes: "Ask: who could bring this? Is someone we need not at the table yet? Demands come first.",
        ForceTitle: "The force field", ForceHeaders: ["Party", "Needed for", "Influence", "Interests and drivers", "4D", "Preconditions"],
        ForceNotes: "The force field is the facilitator's view. Test it: do the parties recognise themselves?", Unknown: "?",
        StartTitle: "Where do we start?", StartHeaders: ["#", "Party", "Influence", "4D", "Preconditions", "Chosen intervention"],
        StartNotes: "Large influence and a relation at level 1 or 2: that is where attention pays off first. Moving from level 2 to 3 is usually most effective.",
        FewInterventions: "fewer than five interventions brainstormed",
        InterventionsTitle: "Interventions", InterventionHeaders: ["Party", "Intervention", "Fits with", "Chosen"], Chosen: "chosen",
        InterventionsNotes: "Think of at least five actions per relation; choose what fits the other's interests and your own.",
        AmbitionTitle: "Everyone's ambition and headline", AmbitionHeaders: ["Party", "Ambition in its own words", "Proposed headline"],
        AmbitionNotes: "Read the ambitions and headlines aloud without choosing. Look together for what everyone recognises.",
        SharedAmbitionTitle: "Our shared ambition", SharedAmbitionLabel: "Ambition", HeadlineLabel: "Headline",
        SharedAmbitionNotes: "Sharpen the ambition until it serves every interest and is concrete. Then choose the headline together.", StillToChoose: "still to choose together",
        ActivitiesTitle: "Who does what?", ActivityHeaders: ["Party", "Activity", "When"], Together: "together",
        ActivitiesNotes: "Record who takes up what and when. Every agreement has an owner.",
        ClosingTitle: "To close: what each party brings", NextSteps: ["We record the agreements and share the map.", "In six months we look back together: is the balance still right?", "A new interest means something happened: talk about it."],
        ClosingNotes: "Close with what each party brings and the next steps. Thank everyone for their openness.",
        ThemesTitle: "Does this come back with more parties?", ThemesNotes: "Offer this as a question to the group. Naming overlaps early can exclude parties.",
        MatchesMore: "The {0} strongest of {1} possible connections. The full texts are on the parties' slides.", ItemsCount: "{0} items")
    { Language = Language.En };
}
