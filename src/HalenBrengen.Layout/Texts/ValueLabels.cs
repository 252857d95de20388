using HalenBrengen.Core;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Layout.Texts;

/// <summary>
/// The label of every value-list value in the language of the file being made. Dutch labels are the
/// workbook contract's own (<see cref="ValueLists"/>); English ones are ours. A partner's own words are
/// never translated; these are the only values the tool itself names.
/// </summary>
public sealed class ValueLabels
{
    private readonly Func<Soort, string> _soort;
    private readonly Func<Invloed, string> _invloed;
    private readonly Func<Houding4D, string> _houding;
    private readonly Func<WensOfEis, string> _wensOfEis;
    private readonly Func<bool, string> _jaNee;

    private ValueLabels(Language language, Func<Soort, string> soort, Func<Invloed, string> invloed, Func<Houding4D, string> houding,
        Func<WensOfEis, string> wensOfEis, Func<bool, string> jaNee)
    {
        Language = language;
        _soort = soort;
        _invloed = invloed;
        _houding = houding;
        _wensOfEis = wensOfEis;
        _jaNee = jaNee;
    }

    public Language Language { get; }

    public string Of(Soort value) => _soort(value);
    public string Of(Invloed value) => _invloed(value);
    public string Of(Houding4D value) => _houding(value);
    public string Of(WensOfEis value) => _wensOfEis(value);
    public string Of(bool value) => _jaNee(value);

    /// <summary>The label when the value is on its list; what was typed, marked unknown, when it was not (never dropped).</summary>
    public string Of<T>(Choice<T>? choice, Func<T, string> label, string unknown) where T : struct =>
        choice is null ? "" : choice.Value is { } v ? label(v) : $"{choice.Raw} ({unknown})";

    public static ValueLabels For(Language language) => language == Language.En ? English : Dutch;

    public static readonly ValueLabels Dutch = new(Language.Nl, ValueLists.Label, ValueLists.Label, ValueLists.Label, ValueLists.Label,
        v => v ? "Ja" : "Nee");

    public static readonly ValueLabels English = new(Language.En,
        soort => soort switch
        {
            Soort.KennisEnExpertise => "Knowledge and expertise",
            Soort.NetwerkEnContacten => "Network and contacts",
            Soort.BereikVanDeDoelgroep => "Reach of the target group",
            Soort.GeldEnBudget => "Money and budget",
            Soort.CapaciteitEnMenskracht => "Capacity and people",
            Soort.ReputatieEnZichtbaarheid => "Reputation and visibility",
            Soort.Continuiteit => "Continuity",
            Soort.FaciliteitenEnLocatie => "Facilities and location",
            Soort.ZeggenschapEnMandaat => "Say and mandate",
            Soort.DataEnInformatie => "Data and information",
            _ => "Other",
        },
        invloed => invloed switch { Invloed.Groot => "Large", Invloed.Middel => "Medium", _ => "Small" },
        houding => houding switch
        {
            Houding4D.AutomatischePiloot => "1 Automatic pilot",
            Houding4D.Eigenbelang => "2 Self-interest",
            Houding4D.RespectEnInteresse => "3 Respect and interest",
            _ => "4 Coherence",
        },
        wensOfEis => wensOfEis == WensOfEis.Eis ? "Demand" : "Wish",
        v => v ? "Yes" : "No");
}
