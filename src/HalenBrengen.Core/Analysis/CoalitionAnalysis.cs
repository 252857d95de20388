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

    /// <summary>Whether a partner wants something and gets a strong offer for none of it: the method's warning sign.</summary>
    public bool GetsNothingSure(Partner partner) => Priorities.Any(p => ReferenceEquals(p.Partner, partner) && p.NothingSure);

    /// <summary>
    /// Who means something to whom, as the overview draws it: what the group agreed (the afsprakenlijst's Ja rows,
    /// [receiver, bringer]) when it agreed anything, else the strong suggestions (<see cref="Matrix"/>).
    /// </summary>
    public MatchMatrix Connections { get; init; } = null!;

    /// <summary>Whether <see cref="Connections"/> counts agreements rather than suggestions.</summary>
    public bool ConnectionsAgreed { get; init; }

    public static CoalitionAnalysis Of(Coalition coalition)
    {
        var partners = coalition.Partners;
        var matches = Matching.Find(partners);
        var agreed = Agreed(coalition);
        return new CoalitionAnalysis(
            partners.Select(Balance.Of).ToList(),
            matches,
            Analysis.Themes.Find(partners),
            Analysis.Priorities.Order(coalition, NothingSure(partners, matches)),
            AmbitionMaterial.Of(coalition))
        { Connections = agreed ?? matches.Matrix, ConnectionsAgreed = agreed is not null };
    }

    /// <summary>The partners that want something and get a strong offer for none of it: the method's warning sign.</summary>
    private static IReadOnlySet<Partner> NothingSure(IReadOnlyList<Partner> partners, MatchSet matches)
    {
        var open = matches.OpenNeeds.Select(o => o.Want).ToHashSet();
        return new HashSet<Partner>(partners.Where(p => p.Halen.Count > 0 && p.Halen.All(open.Contains)), ReferenceEqualityComparer.Instance);
    }

    /// <summary>The agreements per (receiver, bringer) pair of partners at the table; null when nothing was agreed.</summary>
    private static MatchMatrix? Agreed(Coalition coalition)
    {
        var partners = coalition.Partners;
        var counts = new int[partners.Count, partners.Count];
        var any = false;
        foreach (var agreement in coalition.Agreements.Where(a => a.Agreed.Value == Afgesproken.Ja))
        {
            if (agreement.Wanter is { } w && coalition.IndexOf(w.Value) is { } wanter
                && agreement.Bringer is { } b && coalition.IndexOf(b.Value) is { } bringer && wanter != bringer)
            {
                counts[wanter, bringer]++;
                any = true;
            }
        }
        return any ? new MatchMatrix(partners, counts) : null;
    }
}
