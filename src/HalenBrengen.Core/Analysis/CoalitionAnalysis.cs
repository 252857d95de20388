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

    /// <summary>
    /// For a want nobody at the table surely answers, the facilitator's own proposal for 'Wie doet wat?' (the krachtenveld's
    /// Activiteiten) that does, by another partner: read as that partner's offer and matched as every offer is, sure only
    /// (a reader found the municipality's proposed single phone number beside a demand for it marked 'nog geen sterk aanbod').
    /// </summary>
    public IReadOnlyDictionary<Item, Activiteit> Proposed { get; init; } = new Dictionary<Item, Activiteit>();

    public static CoalitionAnalysis Of(Coalition coalition)
    {
        var partners = coalition.Partners;
        var matches = Matching.Find(partners);
        var agreed = Agreed(coalition);
        return new CoalitionAnalysis(
            partners.Select(Balance.Of).ToList(),
            matches,
            Analysis.Themes.Find(partners),
            Analysis.Priorities.Order(coalition, NothingSure(partners, matches), DemandOpen(partners, matches)),
            AmbitionMaterial.Of(coalition))
        { Connections = agreed ?? matches.Matrix, ConnectionsAgreed = agreed is not null, Proposed = Proposals(coalition, matches) };
    }

    /// <summary>
    /// Each open want's first sure answer among the proposed activities: each activity an offer of the partner it names, matched in a
    /// run of its own, so the partners' own suggestions and their words' weights stay as they are. An activity for the group as a
    /// whole, or for a party not at the table, answers nothing here.
    /// </summary>
    private static Dictionary<Item, Activiteit> Proposals(Coalition coalition, MatchSet matches)
    {
        var proposed = new Dictionary<Item, Activiteit>(ReferenceEqualityComparer.Instance);
        // Each activity an offer of the partner it names, looked up once; a partner without a belangenkaart has no offers to add to.
        var activities = new Dictionary<Item, Activiteit>(ReferenceEqualityComparer.Instance);
        var offers = coalition.Partners.Select(_ => new List<Item>()).ToList();
        foreach (var activity in coalition.Activiteiten)
        {
            if (activity.Partij is { } party && coalition.IndexOf(party.Value) is { } at && coalition.Partners[at].Kaart is not null)
            {
                var item = new Item(ItemKind.Brengen, activity.Text);
                activities[item] = activity;
                offers[at].Add(item);
            }
        }
        if (activities.Count == 0 || matches.OpenNeeds.Count == 0)
            return proposed;
        var partners = coalition.Partners.Select((partner, i) => offers[i].Count == 0 ? partner
            : partner with { Kaart = partner.Kaart! with { Brengen = [.. partner.Brengen, .. offers[i]] } }).ToList();
        var withActivities = Matching.Find(partners);
        foreach (var need in matches.OpenNeeds)
        {
            if (withActivities.For(need.Want).FirstOrDefault(m => m.IsStrong && activities.ContainsKey(m.Offer)) is { } match)
                proposed[need.Want] = activities[match.Offer];
        }
        return proposed;
    }

    /// <summary>The partners that want something and get a strong offer for none of it: the method's warning sign.</summary>
    private static IReadOnlySet<Partner> NothingSure(IReadOnlyList<Partner> partners, MatchSet matches)
    {
        var open = matches.OpenNeeds.Select(o => o.Want).ToHashSet();
        return new HashSet<Partner>(partners.Where(p => p.Halen.Count > 0 && p.Halen.All(open.Contains)), ReferenceEqualityComparer.Instance);
    }

    /// <summary>The partners with a demand that has no strong offer: a condition for taking part that nobody surely meets.</summary>
    private static IReadOnlySet<Partner> DemandOpen(IReadOnlyList<Partner> partners, MatchSet matches)
    {
        var open = matches.OpenNeeds.Where(o => o.Want.IsEis).Select(o => o.Want).ToHashSet();
        return new HashSet<Partner>(partners.Where(p => p.Halen.Any(open.Contains)), ReferenceEqualityComparer.Instance);
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
