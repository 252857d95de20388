using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;

namespace HalenBrengen.Layout.Texts;

/// <summary>
/// Every fixed text of the session deck, the deck the whole room sees, one table per language. The
/// speaker notes are the facilitator's guidance for the moment, in our own words. Nothing here names or
/// judges a partner: the facilitator's view of the partners lives in <see cref="BriefingTexts"/>.
/// </summary>
public sealed class SessionTexts
{
    public required Language Language { get; init; }

    // Opening
    public required string SessionKind { get; init; }
    public required string NoHeadline { get; init; }
    public required string Facilitator { get; init; }
    public required string TitleNotes { get; init; }
    public required string PurposeTitle { get; init; }
    public required string PurposeText { get; init; }
    public required string PurposeNotes { get; init; }
    public required string RulesTitle { get; init; }
    public required IReadOnlyList<string> GroundRules { get; init; }
    public required string RulesNotes { get; init; }

    // Agenda
    public required string AgendaTitle { get; init; }
    public required string TimeHeader { get; init; }
    public required string PartHeader { get; init; }
    public required IReadOnlyDictionary<AgendaPart, string> AgendaParts { get; init; }
    /// <summary>After the round's name: "{0} minuten per partij".</summary>
    public required string PerParty { get; init; }
    /// <summary>Minutes from the start when the session has no start time: "{0}–{1} min".</summary>
    public required string FromStart { get; init; }
    /// <summary>A turn's start in minutes from the start, without a start time: "na {0} min".</summary>
    public required string AfterMinutes { get; init; }
    public required string AgendaNotes { get; init; }
    public required string NoDurationNote { get; init; }
    public required string OverrunNote { get; init; }
    public required string OrderTitle { get; init; }
    public required string OrderNotes { get; init; }

    // A partner's part
    public required string OwnInterest { get; init; }
    public required string SharedInterest { get; init; }
    public required string Ambition { get; init; }
    public required string Headline { get; init; }
    public required string Gets { get; init; }
    public required string Brings { get; init; }
    public required string Demand { get; init; }
    public required string NothingYet { get; init; }
    public required string NoCard { get; init; }
    /// <summary>"Spreektijd: {0} minuten".</summary>
    public required string SpeakingTime { get; init; }
    public required string Continued { get; init; }
    /// <summary>"{0} heeft {1} minuten…": the partner and its minutes.</summary>
    public required string PartnerNotes { get; init; }
    public required string PartnerGetsNotes { get; init; }

    // The combined map
    /// <summary>The short labels on a map tile: halen and brengen, the method's own words.</summary>
    public required string MapGets { get; init; }
    public required string MapBrings { get; init; }
    public required string NoAmbition { get; init; }
    /// <summary>Where the rest of a partner's words are, after an arrow: "dia {0}".</summary>
    public required string MoreOnSlide { get; init; }
    public required string MapNotes { get; init; }
    public required string MapEmptyNotes { get; init; }

    // Open questions
    public required string QuestionsTitle { get; init; }
    public required IReadOnlyList<string> Questions { get; init; }
    public required string QuestionsNotes { get; init; }
    public required string ThemesTitle { get; init; }
    public required string ThemesQuestion { get; init; }
    public required string ThemesNotes { get; init; }

    // Connections
    public required string ConnectionsTitle { get; init; }
    public required string ConnectionsLegend { get; init; }
    public required string ConnectionsNotes { get; init; }

    // The front page
    public required string FrontPageNotes { get; init; }
    public required string CandidateNotes { get; init; }
    /// <summary>Above a candidate front page: "Voorstel {0}" with a letter.</summary>
    public required string Candidate { get; init; }
    public required string EmptyHeadline { get; init; }
    public required string EmptyLead { get; init; }
    public required string EmptyFrontPageNotes { get; init; }

    // Agreements and close
    public required string ActivitiesTitle { get; init; }
    public required IReadOnlyList<string> ActivityHeaders { get; init; }
    public required string Together { get; init; }
    public required string ActivitiesNotes { get; init; }
    public required string ClosingTitle { get; init; }
    public required IReadOnlyList<string> NextSteps { get; init; }
    public required string ClosingNotes { get; init; }

    public static SessionTexts For(Language language) => language == Language.En ? English : Dutch;

    public static readonly SessionTexts Dutch = new()
    {
        Language = Language.Nl,
        SessionKind = "Halen-en-brengengesprek",
        NoHeadline = "Onze krantenkop: nog te kiezen",
        Facilitator = "Begeleiding",
        TitleNotes = "Heet iedereen welkom. De krantenkop is een stip op de horizon: vandaag mag hij nog veranderen.",
        PurposeTitle = "Waarom we hier zijn",
        PurposeText = "Vandaag leggen we naast elkaar wat ieder wil halen uit deze samenwerking en wat ieder wil brengen. Zo ontdekken we samen waar we elkaar versterken, wat nog ontbreekt en wat we samen willen bereiken.",
        PurposeNotes = "Lees de opgave voor zoals de samenwerking haar nu ziet: ruw mag. Vertel dat iedereen vandaag evenveel ruimte krijgt en dat er vooraf geen conclusies liggen.",
        RulesTitle = "Spelregels",
        GroundRules = ["Elke partij krijgt evenveel tijd.", "We luisteren om te begrijpen, niet om te antwoorden.", "We stellen open, nieuwsgierige vragen.", "We oordelen niet: elk belang mag er zijn.", "Een wens is bespreekbaar; een eis benoemen we als eis."],
        RulesNotes = "Neem de spelregels rustig door en vraag of iedereen zich erin kan vinden. Vraag wie de tijd wil bewaken.",
        AgendaTitle = "Agenda",
        TimeHeader = "Tijd",
        PartHeader = "Onderdeel",
        AgendaParts = new Dictionary<AgendaPart, string>
        {
            [AgendaPart.Opening] = "Welkom, opgave en spelregels",
            [AgendaPart.Ronde] = "Ronde: elke partij vertelt over haar kaart",
            [AgendaPart.SamenKaart] = "Samen de gezamenlijke kaart bouwen",
            [AgendaPart.Ambitie] = "Ambitie aanscherpen, krantenkop kiezen",
            [AgendaPart.Afspraken] = "Wie doet wat",
            [AgendaPart.Afsluiting] = "Afsluiting",
        },
        PerParty = "{0} minuten per partij",
        FromStart = "{0}–{1} min",
        AfterMinutes = "na {0} min",
        AgendaNotes = "Bewaak de tijd: elke partij krijgt precies dezelfde spreektijd.",
        NoDurationNote = "De sessieduur is niet ingevuld; de agenda gaat uit van {0} minuten.",
        OverrunNote = "Let op: met {0} partijen past de ronde niet in de sessieduur; de agenda loopt {1} minuten uit. Overweeg een langere sessie of twee bijeenkomsten.",
        OrderTitle = "Volgorde van de ronde",
        OrderNotes = "Dit is de volgorde van de ronde. Elke partij krijgt dezelfde tijd; een kookwekker of zichtbare klok helpt.",
        OwnInterest = "Eigen belang",
        SharedInterest = "Gezamenlijk belang",
        Ambition = "Ambitie in eigen woorden",
        Headline = "Voorgestelde krantenkop",
        Gets = "Wil halen",
        Brings = "Kan brengen",
        Demand = "EIS",
        NothingYet = "(nog niets ingevuld)",
        NoCard = "Voor deze partij is nog geen belangenkaart ingevuld. Vraag haar vandaag te vertellen wat ze wil halen en kan brengen.",
        SpeakingTime = "Spreektijd: {0} minuten",
        Continued = "vervolg",
        PartnerNotes = "{0} heeft {1} minuten. Laat de partij haar eigen verhaal vertellen; de anderen luisteren en stellen alleen open vragen.",
        PartnerGetsNotes = "Vraag door op eisen: wat maakt dit onmisbaar? Vraag bij wat de partij brengt: onder welke voorwaarden?",
        MapGets = "Halen",
        MapBrings = "Brengen",
        NoAmbition = "Onze ambitie: nog samen te formuleren",
        MoreOnSlide = "dia {0}",
        MapNotes = "De gezamenlijke kaart. Bouw haar samen op. Vraag: waar overlappen onze belangen, waar verschillen ze? Trek zelf geen conclusies; laat de groep ze benoemen.",
        MapEmptyNotes = "De gezamenlijke kaart, leeg. Vul haar live in met wat de groep noemt: per partij wat ze wil halen en kan brengen. Typ in de tegels of schrijf mee op het A0-werkvel.",
        QuestionsTitle = "Vragen aan de groep",
        Questions = ["Waar overlappen onze belangen, en waar verschillen ze?", "Haalt iedere partij genoeg uit deze samenwerking om betrokken te blijven?", "Wie kan brengen wat een ander nodig heeft?", "Is er een wens waar nog niemand iets tegenover zet?", "Zitten de juiste partijen aan tafel, of ontbreekt er iemand?", "Voelt iedereen zich een gelijkwaardige partner?"],
        QuestionsNotes = "Stel de vragen één voor één en laat stiltes vallen. De voorbereiding noemt mogelijke verbindingen en wensen zonder aanbod; gebruik die om door te vragen, niet om ze aan te kondigen.",
        ThemesTitle = "Wat komt steeds terug?",
        ThemesQuestion = "Deze woorden komen bij meer dan één partij terug. Wat betekenen ze voor ieder van jullie, en bedoelen jullie hetzelfde?",
        ThemesNotes = "Laat deze dia pas zien nadat de groep zelf naar overlap heeft gezocht. Bied de woorden aan als vraag en laat de partijen zelf zeggen of ze zich erin herkennen; noem zelf geen namen.",
        ConnectionsTitle = "Waar liggen verbindingen?",
        ConnectionsLegend = "Een lijn: de een kan iets brengen wat de ander wil halen. Hoe dikker de lijn, hoe meer.",
        ConnectionsNotes = "Optioneel. Laat deze dia pas zien als de groep eerst zelf verbindingen heeft gezocht, en alleen als dat helpt. Het zijn mogelijkheden, geen afspraken.",
        FrontPageNotes = "Lees de kop en de ambitie voor. Toets: doet de ambitie recht aan ieders belang, en is ze concreet genoeg om op af te rekenen?",
        CandidateNotes = "Dit is een van de voorgestelde koppen, met de ambitie van dezelfde partij. Lees alle voorstellen voor zonder te kiezen; zoek daarna samen naar wat iedereen herkent.",
        Candidate = "Voorstel {0}",
        EmptyHeadline = "Onze krantenkop: …",
        EmptyLead = "Onze ambitie: …",
        EmptyFrontPageNotes = "Schrijf hier samen de kop en de ambitie die de groep kiest.",
        ActivitiesTitle = "Wie doet wat?",
        ActivityHeaders = ["Partij", "Activiteit", "Wanneer"],
        Together = "Samen",
        ActivitiesNotes = "Leg vast wie wat oppakt en wanneer. Elke afspraak heeft een eigenaar; een lege rij vult de groep samen in.",
        ClosingTitle = "Hoe nu verder?",
        NextSteps = ["We leggen de afspraken vast en delen de kaart met iedereen.", "Over een half jaar kijken we samen terug: klopt de balans tussen halen en brengen nog?", "Komt er een nieuw belang op, dan is er iets gebeurd: dan bespreken we het."],
        ClosingNotes = "Sluit af met de volgende stappen. Bedank iedereen voor de openheid.",
    };

    public static readonly SessionTexts English = new()
    {
        Language = Language.En,
        SessionKind = "Give-and-get session",
        NoHeadline = "Our headline: still to choose",
        Facilitator = "Facilitator",
        TitleNotes = "Welcome everyone. The headline is a point on the horizon: it may still change today.",
        PurposeTitle = "Why we are here",
        PurposeText = "Today we put side by side what each of us wants to get out of this collaboration and what each of us will bring. Together we find out where we strengthen each other, what is still missing and what we want to achieve.",
        PurposeNotes = "Read out the challenge as the collaboration sees it now: rough is fine. Say that everyone gets the same time and space today and that nothing has been decided beforehand.",
        RulesTitle = "Ground rules",
        GroundRules = ["Every party gets the same amount of time.", "We listen to understand, not to reply.", "We ask open, curious questions.", "We do not judge: every interest is welcome.", "Wishes are open to discussion; we call a demand a demand."],
        RulesNotes = "Go through the ground rules calmly and check that everyone agrees. Ask who will keep time.",
        AgendaTitle = "Agenda",
        TimeHeader = "Time",
        PartHeader = "Item",
        AgendaParts = new Dictionary<AgendaPart, string>
        {
            [AgendaPart.Opening] = "Welcome, challenge and ground rules",
            [AgendaPart.Ronde] = "Round: each party presents its map",
            [AgendaPart.SamenKaart] = "Building the combined map together",
            [AgendaPart.Ambitie] = "Sharpening the ambition, choosing the headline",
            [AgendaPart.Afspraken] = "Who does what",
            [AgendaPart.Afsluiting] = "Wrap-up",
        },
        PerParty = "{0} minutes per party",
        FromStart = "{0}–{1} min",
        AfterMinutes = "at {0} min",
        AgendaNotes = "Keep time: every party gets exactly the same speaking time.",
        NoDurationNote = "The session length was not given; the agenda assumes {0} minutes.",
        OverrunNote = "Note: with {0} parties the round does not fit the session length; the agenda runs {1} minutes over. Consider a longer session or two meetings.",
        OrderTitle = "Speaking order",
        OrderNotes = "This is the order of the round. Every party gets the same time; a timer or a visible clock helps.",
        OwnInterest = "Own interest",
        SharedInterest = "Shared interest",
        Ambition = "Ambition in its own words",
        Headline = "Proposed headline",
        Gets = "Wants to get",
        Brings = "Can bring",
        Demand = "DEMAND",
        NothingYet = "(nothing filled in yet)",
        NoCard = "No interest card has been filled in for this party yet. Ask it to tell today what it wants to get and can bring.",
        SpeakingTime = "Speaking time: {0} minutes",
        Continued = "continued",
        PartnerNotes = "{0} has {1} minutes. Let the party tell its own story; the others listen and only ask open questions.",
        PartnerGetsNotes = "Ask about demands: what makes this indispensable? Ask about what the party brings: on what conditions?",
        MapGets = "Get",
        MapBrings = "Bring",
        NoAmbition = "Our ambition: still to be worded together",
        MoreOnSlide = "slide {0}",
        MapNotes = "The combined map. Build it together. Ask: where do our interests overlap, where do they differ? Draw no conclusions yourself; let the group name them.",
        MapEmptyNotes = "The combined map, empty. Fill it in live with what the group says: for each party what it wants to get and can bring. Type into the tiles or write along on the A0 work sheet.",
        QuestionsTitle = "Questions for the group",
        Questions = ["Where do our interests overlap, and where do they differ?", "Does every party get enough out of this collaboration to stay involved?", "Who can bring what another needs?", "Is there a wish nobody has an offer for yet?", "Are the right parties at the table, or is someone missing?", "Does everyone feel like an equal partner?"],
        QuestionsNotes = "Ask the questions one at a time and allow silences. The briefing lists possible connections and wishes without an offer; use them to ask further, not to announce them.",
        ThemesTitle = "What keeps coming up?",
        ThemesQuestion = "These words come up for more than one party. What do they mean to each of you, and do you mean the same thing?",
        ThemesNotes = "Show this slide only after the group has looked for overlaps itself. Offer the words as a question and let the parties say whether they recognise themselves in them; do not name anyone yourself.",
        ConnectionsTitle = "Where are the connections?",
        ConnectionsLegend = "A line: one party can bring something the other wants to get. The thicker the line, the more.",
        ConnectionsNotes = "Optional. Show this slide only after the group has looked for connections itself, and only if it helps. These are possibilities, not agreements.",
        FrontPageNotes = "Read out the headline and the ambition. Test: does the ambition serve every party's interest, and is it concrete enough to be held to?",
        CandidateNotes = "This is one of the proposed headlines, with the same party's ambition. Read out every proposal without choosing; then look together for what everyone recognises.",
        Candidate = "Proposal {0}",
        EmptyHeadline = "Our headline: …",
        EmptyLead = "Our ambition: …",
        EmptyFrontPageNotes = "Write the headline and the ambition the group chooses here, together.",
        ActivitiesTitle = "Who does what?",
        ActivityHeaders = ["Party", "Activity", "When"],
        Together = "Together",
        ActivitiesNotes = "Record who takes up what and when. Every agreement has an owner; the group fills in an empty row together.",
        ClosingTitle = "Next steps",
        NextSteps = ["We record the agreements and share the map with everyone.", "In six months we look back together: is the balance between getting and bringing still right?", "When a new interest comes up, something has happened: then we talk about it."],
        ClosingNotes = "Close with the next steps. Thank everyone for their openness.",
    };
}
