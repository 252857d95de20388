namespace HalenBrengen.Core.Analysis;

/// <summary>
/// The closed word classes of Dutch that <see cref="NounPhrases"/> needs (articles, prepositions,
/// pronouns, auxiliaries, common adverbs), and the shapes of its open ones: an attributive adjective
/// by its ending. All words folded (lower case, no accents). Closed classes are short and do not grow
/// with what partners write, so a list is honest here; nouns and verbs are never listed.
/// </summary>
internal static class DutchWordClasses
{
    /// <summary>Articles, possessives, demonstratives, numbers and quantities: a noun phrase follows.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "geen", "elk", "elke", "ieder", "iedere", "alle", "onze", "ons", "hun", "haar", "mijn", "jouw", "uw",
        "deze", "dit", "welke", "veel", "vele", "meer", "minder", "weinig", "enkele", "sommige", "meerdere", "diverse", "zon",
        "dezelfde", "hetzelfde", "beide", "eén", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
        "elf", "twaalf", "twintig", "dertig", "veertig", "vijftig", "honderd", "honderden", "duizend", "duizenden", "tientallen",
    };

    /// <summary>Prepositions: the noun phrase they govern follows.</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "aan", "achter", "bij", "binnen", "boven", "buiten", "door", "in", "langs", "met", "na", "naar", "naast", "om", "onder",
        "op", "over", "per", "rond", "sinds", "ten", "ter", "tegen", "tijdens", "tot", "tussen", "uit", "van", "vanaf", "vanuit",
        "via", "voor", "zonder", "zoals", "richting", "dankzij", "ondanks", "ongeacht",
    };

    /// <summary>Conjunctions that open a clause: its subject, often a noun phrase, follows ("waar hulp dichtbij is").</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "als", "waar", "zodat", "omdat", "wanneer", "terwijl", "voordat", "nadat", "zodra", "doordat", "hoewel", "waardoor",
    };

    /// <summary>"en" and "of": after a noun the list goes on ("armoede en schulden").</summary>
    public static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal) { "en", "of", "noch" };

    /// <summary>Auxiliaries, copulas and the commonest verbs: they end a noun phrase, and close a clause whose last word is its predicate.</summary>
    public static readonly HashSet<string> ClosingVerbs = new(StringComparer.Ordinal)
    {
        "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "kan", "kunnen", "kon", "konden", "moet", "moeten",
        "mag", "mogen", "wil", "willen", "wilt", "zal", "zullen", "zou", "zouden", "heeft", "hebben", "had", "hadden", "heb",
        "hebt", "staat", "staan", "gaat", "gaan", "komt", "komen", "blijft", "blijven", "raakt", "raken", "lijkt", "lijken",
        "krijgt", "krijgen", "doet", "doen", "hoeft", "hoeven", "weet", "weten", "kost", "kosten", "maakt", "maken", "zit",
        "zitten", "ligt", "liggen", "loopt", "lopen", "wordt", "geeft", "geven", "houdt", "houden", "vindt", "vinden", "ziet",
        "zien", "kent", "kennen", "laat", "laten",
    };

    /// <summary>Pronouns, adverbs, particles and other words that are never part of a noun phrase.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "jullie", "men", "er", "zich", "zichzelf", "elkaar", "mij", "me",
        "hem", "hen", "hun", "die", "dat", "wat", "wie", "welk", "waarom", "hoe", "hier", "daar", "daarom", "daarbij", "daarmee",
        "ermee", "erbij", "eraan", "ervoor", "niets", "iets", "alles", "niet", "nog", "al", "ook", "wel", "pas", "nu", "dan",
        "toen", "zo", "zeer", "heel", "erg", "echt", "vaak", "soms", "altijd", "nooit", "steeds", "weer", "even", "eerder",
        "later", "samen", "zelf", "zelfs", "alleen", "vooral", "misschien", "graag", "liefst", "meestal", "nauwelijks",
        "opnieuw", "elders", "thuis", "daarna", "eerst", "verder", "dus", "toch", "want", "maar", "te", "dat", "of", "ook",
        "meteen", "direct", "snel", "vroeg", "laat", "tevoren", "vooraf", "achteraf", "ongeveer", "bijna", "ruim", "minstens",
        "hoogstens", "liefst", "wellicht", "mee", "heen", "terug", "af", "uit", "aan", "toe", "op", "door", "om", "weg", "rond",
        "ja", "nee", "enz", "etc", "bijv", "waarbij", "waarmee", "waarin", "waarvoor", "tegelijk",
        "evenveel", "genoeg", "teveel", "zoveel", "hoeveel", "wekelijks", "maandelijks", "jaarlijks", "dagelijks", "doordeweeks",
        "iedereen", "niemand", "iemand", "allemaal", "velen", "anderen", "ieder", "elk",
    };

    /// <summary>
    /// Nouns that can stand for anything or anyone, or for the place every partner in a coalition works:
    /// a phrase headed by one says no subject ("de mensen", "huishoudens", "op die manier", "in de wijk").
    /// </summary>
    public static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "mens", "mensen", "persoon", "personen", "inwoner", "inwoners", "burger", "burgers", "huishouden", "huishoudens", "ding", "dingen", "manier", "manieren", "keer", "keren", "plaats", "kant",
        "deel", "delen", "stuk", "soort", "vorm", "jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "uur",
        "moment", "momenten", "begin", "eind", "einde", "rest", "geval", "gevallen", "punt", "beeld", "kwestie", "sprake",
        "wijk", "wijken", "buurt", "buurten", "stad", "dorp", "regio", "straat",
    };

    /// <summary>Quantities: the noun after them is the head ("een stapel ongeopende post", "een aantal gezinnen").</summary>
    public static readonly HashSet<string> Quantities = new(StringComparer.Ordinal)
    {
        "aantal", "stapel", "groep", "paar", "reeks", "hoop", "berg", "rij", "handvol", "tal", "percentage", "deel",
    };

    /// <summary>Common adjectives whose form does not show they are one.</summary>
    private static readonly HashSet<string> Adjectives = new(StringComparer.Ordinal)
    {
        "nieuw", "vast", "groot", "klein", "sterk", "zwak", "oud", "jong", "hoog", "laag", "lang", "kort", "goed", "slecht",
        "beter", "duur", "zwaar", "licht", "gezond", "ziek", "gewoon", "eigen", "ander", "juist", "echt", "open", "vrij", "leeg",
        "rijk", "arm", "warm", "koud", "breed", "smal", "heel", "half", "extra", "zelfde", "eerste", "tweede", "laatste",
        "sociaal", "digitaal", "financieel", "structureel", "lokaal", "regionaal", "centraal", "speciaal", "informeel", "formeel",
        "professioneel", "individueel", "praktisch", "preventief", "actief", "positief", "negatief", "meer", "minder", "weinig",
        "snel", "vroeg", "laat", "dicht", "helder", "schoon", "stil", "druk", "gratis", "dubbel", "apart",
    };

    /// <summary>Endings that make a word an adjective (uninflected or with -e): -ig, -lijk, -isch, -baar, -ief, -loos, -zaam, -aal, -eel.</summary>
    private static readonly string[] AdjectiveEndings =
    [
        "ig", "ige", "lijk", "lijke", "isch", "ische", "baar", "bare", "ief", "ieve", "loos", "loze", "zaam", "zame", "ale", "ele",
    ];

    public static bool StartsPhrase(string word) =>
        Determiners.Contains(word) || Prepositions.Contains(word) || ClauseOpeners.Contains(word) || word.All(char.IsAsciiDigit);

    /// <summary>A word that can be part of a noun phrase: none of the closed classes above.</summary>
    public static bool IsContent(string word) =>
        !StartsPhrase(word) && !Coordinators.Contains(word) && !ClosingVerbs.Contains(word) && !FunctionWords.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/>, followed by another word of its phrase, is an adjective before it:
    /// a known one or one by its ending (<paramref name="shapeOnly"/> false also: a participle, "ongeopende",
    /// "getrainde", or a short word inflected with -e, "vroege", "vaste"; a long word in -e is a noun,
    /// "recreatieruimte"). Only the surer signs may start a phrase where nothing else says one starts.
    /// </summary>
    public static bool IsAdjective(string word, bool shapeOnly = false)
    {
        var bare = word.Length > 3 && word.EndsWith('e') ? word[..^1] : word;
        if (Adjectives.Contains(word) || Adjectives.Contains(bare) || Adjectives.Contains(LongVowel(bare)))
            return true;
        if (AdjectiveEndings.Any(e => word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal)))
            return true;
        if (shapeOnly)
            return false;
        return IsParticiple(word)
            || (word.EndsWith('e') && word.Length <= 8 && !word.EndsWith("ie", StringComparison.Ordinal) && !word.EndsWith("ee", StringComparison.Ordinal));
    }

    /// <summary>Particles a separable verb's participle starts with: "uitgebreid", "toegelicht", "opgeleide".</summary>
    private static readonly string[] Particles = ["", "on", "uit", "toe", "op", "aan", "af", "in", "mee", "voor", "door", "terug", "samen", "over", "na", "bij"];

    /// <summary>
    /// A past participle by its shape: a particle, "ge", and -d or -t, inflected or not ("getrainde",
    /// "ongeopende", "uitgebreid"). Short words in ge- ("geld") and -heid nouns ("gezondheid") are nouns.
    /// </summary>
    private static bool IsParticiple(string word)
    {
        if (word.Length < 7 || word.EndsWith("heid", StringComparison.Ordinal))
            return false;
        var bare = word.EndsWith('e') ? word[..^1] : word;
        return (bare.EndsWith('d') || bare.EndsWith('t'))
            && Particles.Any(p => word.StartsWith(p + "ge", StringComparison.Ordinal));
    }

    /// <summary>
    /// The adjective an inflected form was made from, as the list holds it: a doubled consonant undone
    /// ("snell" from "snelle" is "snel"), or an open syllable's vowel written long again ("grot" from
    /// "grote" is "groot", "hog" from "hoge" is "hoog").
    /// </summary>
    private static string LongVowel(string bare)
    {
        if (bare.Length >= 3 && bare[^1] == bare[^2])
            return bare[..^1];
        if (bare.Length >= 3 && "aeou".Contains(bare[^2], StringComparison.Ordinal) && !"aeiou".Contains(bare[^3], StringComparison.Ordinal))
            return bare.Insert(bare.Length - 1, bare[^2].ToString());
        return bare;
    }
}
