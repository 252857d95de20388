using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

/// <summary>A plain reading of one partner's get/bring balance: a prompt for the conversation, not a verdict.</summary>
public enum BalanceReading
{
    /// <summary>No belangenkaart: nothing is known yet of what the partner wants or brings.</summary>
    NoBelangenkaart,
    /// <summary>Nothing to get: commitment is at risk.</summary>
    NothingToGet,
    BringsNothing,
    /// <summary>At least twice as many halen as brengen items, and at least two more.</summary>
    GetsMuchMore,
    /// <summary>At least twice as many brengen as halen items, and at least two more.</summary>
    BringsMuchMore,
}

/// <summary>One partner's numbers and the readings they prompt.</summary>
public sealed record PartnerBalance(Partner Partner, int Halen, int Brengen, int Eisen, IReadOnlyList<BalanceReading> Readings);

public static class Balance
{
    public static PartnerBalance Of(Partner partner)
    {
        int halen = partner.Halen.Count, brengen = partner.Brengen.Count;
        var readings = new List<BalanceReading>();
        if (partner.Kaart is null)
            readings.Add(BalanceReading.NoBelangenkaart);
        else
        {
            if (halen == 0) readings.Add(BalanceReading.NothingToGet);
            if (brengen == 0) readings.Add(BalanceReading.BringsNothing);
            if (brengen > 0 && halen >= 2 * brengen && halen - brengen >= 2) readings.Add(BalanceReading.GetsMuchMore);
            if (halen > 0 && brengen >= 2 * halen && brengen - halen >= 2) readings.Add(BalanceReading.BringsMuchMore);
        }
        return new PartnerBalance(partner, halen, brengen, partner.Halen.Count(i => i.IsEis), readings);
    }
}
