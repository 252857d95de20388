using HalenBrengen.Core.Model;

namespace HalenBrengen;

public sealed partial class ValueLabels
{
    /// <summary>The value lists in English, for the files made in English; the forms keep the contract's Dutch.</summary>
    internal static readonly ValueLabels En = new()
    {
        Soorten = new Dictionary<Soort, string>
        {
            [Soort.KennisEnExpertise] = "Knowledge and expertise",
            [Soort.NetwerkEnContacten] = "Network and contacts",
            [Soort.BereikVanDeDoelgroep] = "Reach of the target group",
            [Soort.GeldEnBudget] = "Money and budget",
            [Soort.CapaciteitEnMenskracht] = "Capacity and people",
            [Soort.ReputatieEnZichtbaarheid] = "Reputation and visibility",
            [Soort.Continuiteit] = "Continuity",
            [Soort.FaciliteitenEnLocatie] = "Facilities and location",
            [Soort.ZeggenschapEnMandaat] = "Say and mandate",
            [Soort.DataEnInformatie] = "Data and information",
            [Soort.Overig] = "Other",
        },
        Invloeden = new Dictionary<Invloed, string> { [Invloed.Groot] = "Large", [Invloed.Middel] = "Medium", [Invloed.Klein] = "Small" },
        Houdingen = new Dictionary<Houding4D, string>
        {
            [Houding4D.AutomatischePiloot] = "1 Automatic pilot",
            [Houding4D.Eigenbelang] = "2 Self-interest",
            [Houding4D.RespectEnInteresse] = "3 Respect and interest",
            [Houding4D.Samenhang] = "4 Coherence",
        },
        WensenOfEisen = new Dictionary<WensOfEis, string> { [WensOfEis.Wens] = "Wish", [WensOfEis.Eis] = "Demand" },
        Yes = "Yes",
        No = "No",
    };
}
