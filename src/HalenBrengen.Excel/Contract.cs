namespace HalenBrengen.Excel;

/// <summary>
/// The workbook contract: every sheet name, label and column header the reader looks for and the
/// templates write. One place, so the two can never drift apart.
/// </summary>
public static class Contract
{
    /// <summary>The forms' own sheets that hold no partner's words: the explanation and the hidden drop-down lists.</summary>
    public const string Uitleg = "Uitleg";
    public const string Keuzelijsten = "Keuzelijsten";

    /// <summary>The afsprakenlijst's first sheet, in Dutch and in English (AgreementTexts): how it is recognised among the inputs.</summary>
    public static readonly string[] Afsprakenlijst = ["Suggesties", "Suggestions"];

    public static class Belangenkaart
    {
        public const string Sheet = "Belangenkaart";
        public const string Partij = "Partij";
        public const string Contactpersoon = "Contactpersoon";
        public const string EigenBelang = "Eigen belang";
        public const string GezamenlijkBelang = "Gezamenlijk belang";
        public const string Ambitie = "Ambitie";
        public const string Krantenkop = "Krantenkop";
        public static readonly IReadOnlyList<string> Labels = [Partij, Contactpersoon, EigenBelang, GezamenlijkBelang, Ambitie, Krantenkop];
    }

    public static class Halen
    {
        public const string Sheet = "Halen";
        public const string Wat = "Wat";
        public const string Soort = "Soort";
        public const string WensOfEis = "Wens of eis";
        public const string Toelichting = "Toelichting";
        public static readonly IReadOnlyList<string> Optional = [Soort, WensOfEis, Toelichting];
    }

    public static class Brengen
    {
        public const string Sheet = "Brengen";
        public const string Wat = "Wat";
        public const string Soort = "Soort";
        public const string Omvang = "Omvang";
        public const string Toelichting = "Toelichting";
        public static readonly IReadOnlyList<string> Optional = [Soort, Omvang, Toelichting];
    }

    public static class Samenwerking
    {
        public const string Sheet = "Samenwerking";
        public const string Naam = "Naam samenwerking";
        public const string Opgave = "Opgave";
        public const string GedeeldeAmbitie = "Gedeelde ambitie";
        public const string Krantenkop = "Krantenkop";
        public const string DatumSessie = "Datum sessie";
        public const string Begeleider = "Begeleider";
        public const string Sessieduur = "Sessieduur (minuten)";
        /// <summary>Only for a session held as two meetings (many partners): the second's date.</summary>
        public const string DatumTweede = "Datum tweede bijeenkomst";
        public static readonly IReadOnlyList<string> Labels = [Naam, Opgave, GedeeldeAmbitie, Krantenkop, DatumSessie, Begeleider, Sessieduur, DatumTweede];
    }

    public static class Krachtenveld
    {
        public const string Sheet = "Krachtenveld";
        public const string Partij = "Partij";
        public const string NodigVoor = "Nodig voor";
        public const string Invloed = "Invloed";
        public const string BelangenEnDrijfveren = "Belangen en drijfveren";
        public const string Houding = "Houding (4D)";
        public const string Randvoorwaarden = "Randvoorwaarden";
        public static readonly IReadOnlyList<string> Optional = [NodigVoor, Invloed, BelangenEnDrijfveren, Houding, Randvoorwaarden];
    }

    public static class Interventies
    {
        public const string Sheet = "Interventies";
        public const string Partij = "Partij";
        public const string Interventie = "Interventie";
        public const string SluitAanBij = "Sluit aan bij";
        public const string Gekozen = "Gekozen";
        public static readonly IReadOnlyList<string> Optional = [Partij, SluitAanBij, Gekozen];
    }

    public static class Activiteiten
    {
        public const string Sheet = "Activiteiten";
        public const string Partij = "Partij";
        public const string Activiteit = "Activiteit";
        public const string Wanneer = "Wanneer";
        public static readonly IReadOnlyList<string> Optional = [Partij, Wanneer];
    }
}
