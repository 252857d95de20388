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

    /// <summary>The question a reading puts to the group, in Dutch or English.</summary>
    public static string Question(BalanceReading reading, string partner, Language language) => (reading, language) switch
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
}

/// <summary>The language of every fixed text the tool writes.</summary>
public enum Language { Nl, En }
