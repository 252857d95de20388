using HalenBrengen.Core;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

/// <summary>
/// Where attention pays off, for one partner: its place in the order, the numbers behind it, its
/// preconditions and the interventions brainstormed for it.
/// </summary>
public sealed record Priority(
    int Rank,
    Partner Partner,
    int? Score,
    Invloed? Invloed,
    Houding4D? Houding,
    Sourced<string>? Randvoorwaarden,
    IReadOnlyList<Interventie> Interventies,
    bool NothingSure = false,
    bool DemandOpen = false)
{
    /// <summary>The method asks for at least five possible interventions per relationship.</summary>
    public const int InterventionsAsked = 5;

    public bool FewInterventions => Interventies.Count < InterventionsAsked;
    public Interventie? Chosen => Interventies.FirstOrDefault(i => i.IsGekozen);
}

public static class Priorities
{
    /// <summary>
    /// Score = influence weight × need weight. Influence: Groot 3, Middel 2, Klein 1. Need, from the
    /// 4D level: 2 (self-interest) 3, since moving a relation from 2 to 3 is usually the most effective
    /// step; 1 (automatic pilot) 2; 3 (respect and interest) 1; 4 (coherence) 0. So large influence at
    /// level 1 or 2 (6–9) always comes before small influence at level 3 or 4 (0–1). Ties: larger
    /// influence first, then the krachtenveld's order. Partners whose influence or level is unknown
    /// come last, in order, without a score. The partners in <paramref name="nothingSure"/> (every want without a strong offer) and
    /// <paramref name="demandOpen"/> (a demand without a strong offer) are flagged, not moved: the order is the method's, influence by
    /// relation (six readers: a partner with nothing sure numbered first from a light cell read as against the grid and the method).
    /// </summary>
    public static IReadOnlyList<Priority> Order(Coalition coalition, IReadOnlySet<Partner>? nothingSure = null, IReadOnlySet<Partner>? demandOpen = null)
    {
        var entries = coalition.Partners.Select((partner, index) =>
        {
            var row = partner.Krachtenveld;
            var invloed = row?.Invloed?.Value;
            var houding = row?.Houding?.Value;
            int? score = invloed is { } i && houding is { } h ? InfluenceWeight(i) * NeedWeight(h) : null;
            var interventies = coalition.Interventies
                .Where(x => x.Partij is not null && TextKey.Name(x.Partij.Value) == partner.Key)
                .ToList();
            return (Index: index, Partner: partner, Score: score, Invloed: invloed, Houding: houding, Row: row, Interventies: interventies,
                NothingSure: nothingSure?.Contains(partner) == true, DemandOpen: demandOpen?.Contains(partner) == true);
        }).ToList();

        return entries
            .OrderBy(e => e.Score is null ? 1 : 0)
            .ThenByDescending(e => e.Score ?? 0)
            .ThenByDescending(e => e.Invloed is { } i ? InfluenceWeight(i) : 0)
            .ThenBy(e => e.Index)
            .Select((e, rank) => new Priority(rank + 1, e.Partner, e.Score, e.Invloed, e.Houding, e.Row?.Randvoorwaarden, e.Interventies, e.NothingSure, e.DemandOpen))
            .ToList();
    }

    public static int InfluenceWeight(Invloed invloed) => invloed switch
    {
        Invloed.Groot => 3,
        Invloed.Middel => 2,
        _ => 1,
    };

    public static int NeedWeight(Houding4D houding) => houding switch
    {
        Houding4D.Eigenbelang => 3,
        Houding4D.AutomatischePiloot => 2,
        Houding4D.RespectEnInteresse => 1,
        _ => 0,
    };
}
