namespace HalenBrengen.Core.Model;

public enum Soort
{
    KennisEnExpertise,
    NetwerkEnContacten,
    BereikVanDeDoelgroep,
    GeldEnBudget,
    CapaciteitEnMenskracht,
    ReputatieEnZichtbaarheid,
    Continuiteit,
    FaciliteitenEnLocatie,
    ZeggenschapEnMandaat,
    DataEnInformatie,
    Overig,
}

/// <summary>A wish is negotiable; a demand (eis) is not (METHOD.md: wens / eis).</summary>
public enum WensOfEis { Wens, Eis }

public enum Invloed { Groot, Middel, Klein }

/// <summary>The 4D model of relationship quality, levels 1 to 4.</summary>
public enum Houding4D
{
    AutomatischePiloot = 1,
    Eigenbelang = 2,
    RespectEnInteresse = 3,
    Samenhang = 4,
}

/// <summary>
/// The value lists of the workbook contract: the Dutch label of every value, as the templates'
/// drop-downs show it, and tolerant parsing (case, diacritics, spacing; a bare digit for 4D).
/// </summary>
public static class ValueLists
{
    public static readonly IReadOnlyList<(Soort Value, string Label)> Soorten =
    [
        (Soort.KennisEnExpertise, "Kennis en expertise"),
        (Soort.NetwerkEnContacten, "Netwerk en contacten"),
        (Soort.BereikVanDeDoelgroep, "Bereik van de doelgroep"),
        (Soort.GeldEnBudget, "Geld en budget"),
        (Soort.CapaciteitEnMenskracht, "Capaciteit en menskracht"),
        (Soort.ReputatieEnZichtbaarheid, "Reputatie en zichtbaarheid"),
        (Soort.Continuiteit, "Continuïteit"),
        (Soort.FaciliteitenEnLocatie, "Faciliteiten en locatie"),
        (Soort.ZeggenschapEnMandaat, "Zeggenschap en mandaat"),
        (Soort.DataEnInformatie, "Data en informatie"),
        (Soort.Overig, "Overig"),
    ];

    /// <summary>The afsprakenlijst's Afgesproken values, in Dutch and as the English list writes them.</summary>
    public static readonly IReadOnlyList<(Afgesproken Value, string Label)> AfgesprokenWaarden =
    [
        (Afgesproken.Ja, "Ja"), (Afgesproken.Nee, "Nee"), (Afgesproken.Later, "Later"),
        (Afgesproken.Ja, "Yes"), (Afgesproken.Nee, "No"),
    ];

    public static Afgesproken? ParseAfgesproken(string text) => Find(AfgesprokenWaarden, text);

    public static readonly IReadOnlyList<(WensOfEis Value, string Label)> WensenOfEisen =
        [(WensOfEis.Wens, "Wens"), (WensOfEis.Eis, "Eis")];

    public static readonly IReadOnlyList<(Invloed Value, string Label)> Invloeden =
        [(Invloed.Groot, "Groot"), (Invloed.Middel, "Middel"), (Invloed.Klein, "Klein")];

    public static readonly IReadOnlyList<(Houding4D Value, string Label)> Houdingen =
    [
        (Houding4D.AutomatischePiloot, "1 Automatische piloot"),
        (Houding4D.Eigenbelang, "2 Eigenbelang"),
        (Houding4D.RespectEnInteresse, "3 Respect en interesse"),
        (Houding4D.Samenhang, "4 Samenhang"),
    ];

    public static readonly IReadOnlyList<(bool Value, string Label)> JaNee = [(true, "Ja"), (false, "Nee")];

    public static string Label(Soort value) => Soorten.First(s => s.Value == value).Label;
    public static string Label(WensOfEis value) => WensenOfEisen.First(s => s.Value == value).Label;
    public static string Label(Invloed value) => Invloeden.First(s => s.Value == value).Label;
    public static string Label(Houding4D value) => Houdingen.First(s => s.Value == value).Label;

    public static Soort? ParseSoort(string text) => Find(Soorten, text);
    public static WensOfEis? ParseWensOfEis(string text) => Find(WensenOfEisen, text);
    public static Invloed? ParseInvloed(string text) => Find(Invloeden, text);

    /// <summary>"3 Respect en interesse", "3", "3.0" (a number cell) or "Respect en interesse".</summary>
    public static Houding4D? ParseHouding(string text)
    {
        var key = TextKey.Label(text);
        if (key.Length > 0 && key[0] is >= '1' and <= '4')
        {
            var level = (Houding4D)(key[0] - '0');
            var rest = key[1..].TrimStart('.', ',', ')', '-', ' ');
            if (rest.Length == 0 || rest.All(c => c == '0'))
                return level;
            var expected = TextKey.Label(Label(level)[1..]);
            return rest == expected ? level : null;
        }
        foreach (var (value, label) in Houdingen)
        {
            if (key == TextKey.Label(label[2..]))
                return value;
        }
        return null;
    }

    /// <summary>Ja/Nee, and what Excel users also type for it: x, waar/onwaar, true/false, 1/0.</summary>
    public static bool? ParseJaNee(string text) => TextKey.Label(text) switch
    {
        "ja" or "j" or "x" or "waar" or "true" or "1" or "yes" => true,
        "nee" or "n" or "onwaar" or "false" or "0" or "no" => false,
        _ => null,
    };

    public static string AllowedText<T>(IReadOnlyList<(T Value, string Label)> list) =>
        string.Join(", ", list.Select(entry => $"'{entry.Label}'"));

    private static T? Find<T>(IReadOnlyList<(T Value, string Label)> list, string text) where T : struct
    {
        var key = TextKey.Label(text);
        foreach (var (value, label) in list)
        {
            if (TextKey.Label(label) == key)
                return value;
        }
        return null;
    }
}
