using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

/// <summary>One partner's ambition in its own words and the headline it proposes.</summary>
public sealed record PartnerAmbition(Partner Partner, Sourced<string>? Ambitie, Sourced<string>? Krantenkop);

/// <summary>What the group sharpens its ambition from: every partner's words, then the coalition's own.</summary>
public sealed record AmbitionMaterial(IReadOnlyList<PartnerAmbition> Partners, Sourced<string>? GedeeldeAmbitie, Sourced<string>? Krantenkop)
{
    public static AmbitionMaterial Of(Coalition coalition) => new(
        coalition.Partners
            .Where(p => p.Kaart?.Ambitie is not null || p.Kaart?.Krantenkop is not null)
            .Select(p => new PartnerAmbition(p, p.Kaart!.Ambitie, p.Kaart.Krantenkop))
            .ToList(),
        coalition.Samenwerking.GedeeldeAmbitie,
        coalition.Samenwerking.Krantenkop);
}

/// <summary>
/// What the facilitator cannot see from twelve sheets on a wall, computed from the partners' own words:
/// balance, who could bring what another wants, wants nobody answers, shared themes, where to start.
/// Deterministic: the same coalition always gives the same result in the same order.
/// </summary>
public sealed record CoalitionAnalysis(
    IReadOnlyList<PartnerBalance> Balances,
    MatchSet Matches,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<Priority> Priorities,
    AmbitionMaterial Ambition)
{
    public MatchMatrix Matrix => Matches.Matrix;
    public IReadOnlyList<OpenNeed> OpenNeeds => Matches.OpenNeeds;

    public static CoalitionAnalysis Of(Coalition coalition)
    {
        var partners = coalition.Partners;
        var matches = Matching.Find(partners);
        return new CoalitionAnalysis(
            partners.Select(Balance.Of).ToList(),
            matches,
            Analysis.Themes.Find(partners),
            Analysis.Priorities.Order(coalition),
            AmbitionMaterial.Of(coalition));
    }
}
