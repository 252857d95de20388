using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;

namespace HalenBrengen.Layout.Texts;

/// <summary>
/// Every fixed text of the facilitator's briefing, one table per language, and the wording of what the
/// analysis found (it returns data; the sentences are made here). The briefing names partners and reads
/// the krachtenveld: it is for the facilitator's eyes, and every page says so.
/// </summary>
public sealed class BriefingTexts
{
    public required Language Language { get; init; }

    public required string CoverTitle { get; init; }
    public required string NotForProjection { get; init; }
    public required string Footer { get; init; }
    public required string CoverNotes { get; init; }
    public required string Continued { get; init; }
    public required string Unknown { get; init; }
    public required string Partner { get; init; }
    public required string NoRow { get; init; }

    public required string StartTitle { get; init; }
    public required IReadOnlyList<string> StartHeaders { get; init; }
    public required string StartNotes { get; init; }
    /// <summary>"{0} van de vijf interventies bedacht": the method asks for five per relationship.</summary>
    public required string FewInterventions { get; init; }
    public required string NoInterventions { get; init; }

    public required string ForceTitle { get; init; }
    public required IReadOnlyList<string> ForceHeaders { get; init; }
    public required string ForceNotes { get; init; }

    public required string InterventionsTitle { get; init; }
    public required IReadOnlyList<string> InterventionHeaders { get; init; }
    public required string InterventionsNotes { get; init; }

    public required string BalanceTitle { get; init; }
    public required string Gets { get; init; }
    public required string Brings { get; init; }
    public required string BalanceQuestionsTitle { get; init; }
    public required string BalanceNoQuestions { get; init; }
    public required string BalanceNotes { get; init; }

    public required string ConnectionsTitle { get; init; }
    public required string ConnectionsLegend { get; init; }
    public required string ConnectionsNotes { get; init; }
    public required string PairsTitle { get; init; }
    public required IReadOnlyList<string> PairHeaders { get; init; }

    public required string MatchesTitle { get; init; }
    public required IReadOnlyList<string> MatchHeaders { get; init; }
    public required string MatchesNotes { get; init; }
    public required string NoMatches { get; init; }
    /// <summary>When the table stops: "Deze tabel toont de eerste {0} van {1} wensen; ...".</summary>
    public required string MatchesCut { get; init; }

    public required string MatrixTitle { get; init; }
    public required string MatrixNotes { get; init; }
    public required string MatrixCorner { get; init; }

    public required string OpenTitle { get; init; }
    public required IReadOnlyList<string> OpenHeaders { get; init; }
    public required string OpenNotes { get; init; }
    public required string NoOpen { get; init; }
    /// <summary>When the table stops: "De eerste {0} van {1} ...".</summary>
    public required string OpenCut { get; init; }
    public required string Demand { get; init; }
    public required string Wish { get; init; }

    public required string ThemesTitle { get; init; }
    public required string ThemesNotes { get; init; }
    public required string NoThemes { get; init; }

    public required string AmbitionTitle { get; init; }
    public required IReadOnlyList<string> AmbitionHeaders { get; init; }
    public required string AmbitionNotes { get; init; }

    // The crib per partner
    public required string CribWants { get; init; }
    public required string CribBrings { get; init; }
    public required string CribHelp { get; init; }
    public required string CribNoHelp { get; init; }
    public required string CribRelation { get; init; }
    public required string CribInfluence { get; init; }
    public required string CribNeededFor { get; init; }
    public required string CribDrivers { get; init; }
    public required string CribPreconditions { get; init; }
    public required string CribIntervention { get; init; }
    public required string CribBalance { get; init; }
    public required string CribOwnInterest { get; init; }
    public required string CribSharedInterest { get; init; }
    public required string CribNotes { get; init; }
    /// <summary>After the items a crib lists: "… en nog {0}: alle staan op de dia's van deze partij".</summary>
    public required string CribMore { get; init; }
    public required string NothingYet { get; init; }
    public required string NoCard { get; init; }
    public required string Chosen { get; init; }

    public static BriefingTexts For(Language language) => language == Language.En ? English : Dutch;

    /// <summary>The shared words a reason names at most.</summary>
    public const int WhyWords = 5;

    /// <summary>Why a brengen item could answer a halen item: the same Soort, the words they share.</summary>
    public string Why(Match match, ValueLabels labels)
    {
        var parts = new List<string>();
        if (match.SameSoort && match.Want.Soort?.Value is { } soort)
            parts.Add((Language == Language.Nl ? "zelfde soort (" : "same kind (") + labels.Of(soort) + ")");
        // The first few shared words say why; a long list only makes the row taller.
        if (match.SharedWords.Count > 0)
            parts.Add((Language == Language.Nl ? "beide noemen " : "both mention ") + string.Join(", ", match.SharedWords.Take(WhyWords))
                + (match.SharedWords.Count > WhyWords ? ", …" : ""));
        var why = string.Join("; ", parts);
        return why.Length == 0 ? why : char.ToUpperInvariant(why[0]) + why[1..];
    }

    /// <summary>The question a balance reading puts to the facilitator, naming the partner (never projected).</summary>
    public string Question(BalanceReading reading, string partner) => (reading, Language) switch
    {
        (BalanceReading.NoBelangenkaart, Language.Nl) => $"Wat wil {partner} halen en wat kan {partner} brengen? Er is nog geen belangenkaart.",
        (BalanceReading.NothingToGet, Language.Nl) => $"Wat haalt {partner} uit deze samenwerking? Wie niets haalt, blijft moeilijk betrokken.",
        (BalanceReading.BringsNothing, Language.Nl) => $"Wat zou {partner} kunnen brengen, ook al staat het nog niet op de kaart?",
        (BalanceReading.GetsMuchMore, Language.Nl) => $"{partner} haalt veel meer dan het brengt: is dat voor iedereen in orde, en wat verwachten de anderen terug?",
        (BalanceReading.BringsMuchMore, Language.Nl) => $"{partner} brengt veel meer dan het haalt: is het de moeite waard voor {partner}? Wat zou het nog willen halen?",
        (BalanceReading.NoBelangenkaart, _) => $"What does {partner} want to get and what can it bring? There is no interest card yet.",
        (BalanceReading.NothingToGet, _) => $"What does {partner} get out of this collaboration? A partner with nothing to gain is hard to keep involved.",
        (BalanceReading.BringsNothing, _) => $"What could {partner} bring, even if it is not on the map yet?",
        (BalanceReading.GetsMuchMore, _) => $"{partner} gets much more than it brings: is that fine for everyone, and what do the others expect in return?",
        (BalanceReading.BringsMuchMore, _) => $"{partner} brings much more than it gets: is it worth it for {partner}? What else would it like to get?",
        _ => throw new ArgumentOutOfRangeException(nameof(reading)),
    };

    /// <summary>A shared theme with the partners it came from: the facilitator's material, not the room's.</summary>
    public string Theme(Theme theme, ValueLabels labels)
    {
        var names = string.Join(", ", theme.Partners.Select(p => p.Naam));
        var label = theme.Soort is { } soort ? labels.Of(soort) : theme.Label;
        return (theme.Kind, Language) switch
        {
            (ThemeKind.Soort, Language.Nl) => $"Meerdere partijen willen iets halen op het gebied van '{label}': {names}. Bedoelen ze hetzelfde?",
            (ThemeKind.Word, Language.Nl) => $"Het woord '{label}' komt terug bij {names}. Wat betekent het voor ieder?",
            (ThemeKind.Soort, _) => $"Several parties want to get something in '{label}': {names}. Do they mean the same thing?",
            _ => $"The word '{label}' comes back with {names}. What does it mean to each?",
        };
    }

    public static readonly BriefingTexts Dutch = new()
    {
        Language = Language.Nl,
        CoverTitle = "Voorbereiding voor de begeleider",
        NotForProjection = "Niet projecteren. Dit is jouw blik op de partijen: het krachtenveld, de 4D-niveaus, de interventies en wat de analyse vond. Wie zich hier beoordeeld ziet, verliest vertrouwen.",
        Footer = "Voorbereiding begeleider · niet projecteren",
        CoverNotes = "Lees dit vooraf door. In de sessie gebruik je de sessiepresentatie; dit bestand blijft op je eigen scherm of op papier.",
        Continued = "vervolg",
        Unknown = "onbekend",
        Partner = "Partij",
        NoRow = "Niet in het krachtenveld",
        StartTitle = "Waar beginnen?",
        StartHeaders = ["#", "Partij", "Invloed", "4D", "Randvoorwaarden", "Gekozen interventie"],
        StartNotes = "Veel invloed en een relatie op niveau 1 of 2: daar loont aandacht het eerst. Meestal is de stap van niveau 2 naar 3 het meest effectief.",
        FewInterventions = "{0} van de vijf interventies bedacht",
        NoInterventions = "nog geen interventies bedacht",
        ForceTitle = "Het krachtenveld",
        ForceHeaders = ["Partij", "Nodig voor", "Invloed", "Belangen en drijfveren", "4D", "Randvoorwaarden"],
        ForceNotes = "Jouw blik op de partijen. Toets hem in gesprekken vooraf: herkennen ze zich erin?",
        InterventionsTitle = "Interventies",
        InterventionHeaders = ["Partij", "Interventie", "Sluit aan bij", "Gekozen"],
        InterventionsNotes = "Bedenk per relatie minstens vijf acties; kies wat aansluit bij de belangen van de ander én bij je eigen belang.",
        BalanceTitle = "Balans tussen halen en brengen",
        Gets = "Wil halen",
        Brings = "Kan brengen",
        BalanceQuestionsTitle = "Vragen bij de balans",
        BalanceNoQuestions = "Elke partij haalt en brengt iets. Vraag toch: is het voor iedereen de moeite waard?",
        BalanceNotes = "Balans hoeft niet gelijk te zijn. Wie niets haalt, blijft moeilijk betrokken. Stel de vragen in de sessie aan de hele groep, zonder een partij aan te wijzen.",
        ConnectionsTitle = "Verbindingen tussen partijen",
        ConnectionsLegend = "Een lijn per paar dat iets voor elkaar kan betekenen; hoe dikker, hoe meer aansluitingen.",
        ConnectionsNotes = "In de sessiepresentatie staat dezelfde tekening, zonder redenen. Laat die pas zien nadat de groep zelf heeft gezocht.",
        PairsTitle = "Sterkste aansluiting per paar",
        PairHeaders = ["Partijen", "Wil halen", "Kan brengen", "Waarom"],
        MatchesTitle = "Wie kan brengen wat een ander wil halen?",
        MatchHeaders = ["Wil halen", "Van", "Kan brengen", "Door", "Waarom"],
        MatchesNotes = "Per wens de sterkste aanbiedingen van anderen. Mogelijkheden, geen afspraken: gebruik ze om door te vragen.",
        NoMatches = "Er zijn nog geen aanbiedingen gevonden die aansluiten bij een wens van een ander.",
        MatchesCut = "Deze tabel toont de eerste {0} van de {1} wensen; het spiekbriefje van elke partij noemt voor elke wens het beste aanbod.",
        MatrixTitle = "Wie kan voor wie iets betekenen?",
        MatrixNotes = "Rijen: wie iets wil halen; kolommen: wie het zou kunnen brengen; het getal: hoeveel wensen. Lege rijen en kolommen zijn een gespreksonderwerp.",
        MatrixCorner = "Wil halen ↓ · kan brengen →",
        OpenTitle = "Wat nog niemand brengt",
        OpenHeaders = ["Soort", "Partij", "Wat"],
        OpenNotes = "Vraag in de sessie: wie zou dit kunnen brengen? Zit iemand nog niet aan tafel die we nodig hebben? Eisen staan bovenaan.",
        NoOpen = "Voor elke wens is er minstens één partij die iets zou kunnen brengen.",
        OpenCut = "Deze tabel toont de eerste {0} van de {1} wensen zonder aanbod; ze staan alle op het spiekbriefje van hun partij.",
        Demand = "Eis",
        Wish = "Wens",
        ThemesTitle = "Wat bij meer partijen terugkomt",
        ThemesNotes = "In de sessie staan alleen de woorden, zonder namen. Het vroeg benoemen van overlap kan partijen buitensluiten.",
        NoThemes = "Geen woorden of soorten die bij meer dan één partij terugkomen.",
        AmbitionTitle = "Ieders ambitie en krantenkop",
        AmbitionHeaders = ["Partij", "Ambitie in eigen woorden", "Voorgestelde krantenkop"],
        AmbitionNotes = "Het materiaal om de gezamenlijke ambitie mee aan te scherpen.",
        CribWants = "Wil halen",
        CribBrings = "Kan brengen",
        CribHelp = "Wie kan helpen",
        CribNoHelp = "nog niemand",
        CribRelation = "Relatie (4D)",
        CribInfluence = "Invloed",
        CribNeededFor = "Nodig voor",
        CribDrivers = "Belangen en drijfveren",
        CribPreconditions = "Randvoorwaarden",
        CribIntervention = "Gekozen interventie",
        CribBalance = "Balans",
        CribOwnInterest = "Eigen belang",
        CribSharedInterest = "Gezamenlijk belang",
        CribNotes = "Je spiekbriefje voor deze partij: lees het vlak voor haar beurt.",
        CribMore = "… en nog {0}; alle staan op de dia's van deze partij in de sessiepresentatie.",
        NothingYet = "(nog niets ingevuld)",
        NoCard = "Nog geen belangenkaart.",
        Chosen = "gekozen",
    };

    public static readonly BriefingTexts English = new()
    {
        Language = Language.En,
        CoverTitle = "Facilitator's briefing",
        NotForProjection = "Do not project. This is your view of the parties: the force field, the 4D levels, the interventions and what the analysis found. A party that sees itself judged here loses trust.",
        Footer = "Facilitator's briefing · do not project",
        CoverNotes = "Read this beforehand. In the session you use the session deck; this file stays on your own screen or on paper.",
        Continued = "continued",
        Unknown = "unknown",
        Partner = "Party",
        NoRow = "Not in the force field",
        StartTitle = "Where to start?",
        StartHeaders = ["#", "Party", "Influence", "4D", "Preconditions", "Chosen intervention"],
        StartNotes = "Large influence and a relation at level 1 or 2: that is where attention pays off first. Moving from level 2 to 3 is usually most effective.",
        FewInterventions = "{0} of five interventions brainstormed",
        NoInterventions = "no interventions brainstormed yet",
        ForceTitle = "The force field",
        ForceHeaders = ["Party", "Needed for", "Influence", "Interests and drivers", "4D", "Preconditions"],
        ForceNotes = "Your view of the parties. Test it in conversations beforehand: do they recognise themselves?",
        InterventionsTitle = "Interventions",
        InterventionHeaders = ["Party", "Intervention", "Fits with", "Chosen"],
        InterventionsNotes = "Think of at least five actions per relation; choose what fits the other's interests and your own.",
        BalanceTitle = "Balance between getting and bringing",
        Gets = "Wants to get",
        Brings = "Can bring",
        BalanceQuestionsTitle = "Questions about the balance",
        BalanceNoQuestions = "Every party gets and brings something. Still ask: is it worth it for everyone?",
        BalanceNotes = "Balance need not be equal. A party with nothing to gain is hard to keep involved. In the session, ask the whole group without pointing at a party.",
        ConnectionsTitle = "Connections between parties",
        ConnectionsLegend = "One line for each pair that could mean something to each other; the thicker, the more matches.",
        ConnectionsNotes = "The session deck has the same drawing, without reasons. Show it only after the group has looked for itself.",
        PairsTitle = "Strongest match per pair",
        PairHeaders = ["Parties", "Wants to get", "Can bring", "Why"],
        MatchesTitle = "Who can bring what another wants?",
        MatchHeaders = ["Wants to get", "From", "Can bring", "By", "Why"],
        MatchesNotes = "For every want, the strongest offers of others. Possibilities, not agreements: use them to ask further.",
        NoMatches = "No offers were found yet that answer another party's want.",
        MatchesCut = "This table shows the first {0} of the {1} wants; each party's crib names the best offer for every want.",
        MatrixTitle = "Who could mean something to whom?",
        MatrixNotes = "Rows: who wants something; columns: who could bring it; the number: how many wants. Empty rows and columns are worth discussing.",
        MatrixCorner = "Wants to get ↓ · can bring →",
        OpenTitle = "What nobody brings yet",
        OpenHeaders = ["Kind", "Party", "What"],
        OpenNotes = "Ask in the session: who could bring this? Is someone we need not at the table yet? Demands come first.",
        NoOpen = "For every want there is at least one party that could bring something.",
        OpenCut = "This table shows the first {0} of the {1} wants without an offer; every one stands on its party's crib.",
        Demand = "Demand",
        Wish = "Wish",
        ThemesTitle = "What comes back with several parties",
        ThemesNotes = "The session deck shows only the words, without names. Naming overlaps early can exclude parties.",
        NoThemes = "No words or kinds come back with more than one party.",
        AmbitionTitle = "Everyone's ambition and headline",
        AmbitionHeaders = ["Party", "Ambition in its own words", "Proposed headline"],
        AmbitionNotes = "The material to sharpen the shared ambition with.",
        CribWants = "Wants to get",
        CribBrings = "Can bring",
        CribHelp = "Who can help",
        CribNoHelp = "nobody yet",
        CribRelation = "Relation (4D)",
        CribInfluence = "Influence",
        CribNeededFor = "Needed for",
        CribDrivers = "Interests and drivers",
        CribPreconditions = "Preconditions",
        CribIntervention = "Chosen intervention",
        CribBalance = "Balance",
        CribOwnInterest = "Own interest",
        CribSharedInterest = "Shared interest",
        CribNotes = "Your crib for this party: read it just before its turn.",
        CribMore = "… and {0} more; every one stands on this party's slides in the session deck.",
        NothingYet = "(nothing filled in yet)",
        NoCard = "No interest card yet.",
        Chosen = "chosen",
    };
}
