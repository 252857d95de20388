using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using static HalenBrengen.Core.Tests.Analysis.Build;

namespace HalenBrengen.Core.Tests.Analysis;

/// <summary>
/// A hand-worked coalition. Scores: same Soort 1, every shared meaningful word 2.
///   Gemeente wants  h1 "Vrijwilligers voor de schuldhulpverlening" (Capaciteit, eis)
///                   h2 "Cijfers over armoede" (Data)
///                   h3 "Een nieuwe sporthal" (Faciliteiten)
///            brings "Vrijwilligers" (Capaciteit)                  — its own, never a match for itself
///   Maatje   wants  h5 "Een vaste contactpersoon" (Netwerk, eis)
///            brings b1 "Getrainde vrijwilliger" (Capaciteit), b2 "Kennis van schuldhulpverlening" (Kennis)
///   Woon     wants  h4 "Kennis over schulden" (Kennis)
///            brings c1 "Cijfer over huurachterstand" (Data), c2 "Een ontmoetingsruimte" (Overig)
/// Expected: h1 → b1 (soort + vrijwilligers = 3), b2 (schuldhulpverlening = 2); h2 → c1 (soort + cijfers = 3);
/// h4 → b2 (soort + kennis = 3); h3 and h5 open, h5 first because it is a demand.
/// </summary>
public sealed class MatchingTests
{
    private readonly Item _h1 = Halen("Vrijwilligers voor de schuldhulpverlening", Soort.CapaciteitEnMenskracht, WensOfEis.Eis);
    private readonly Item _h2 = Halen("Cijfers over armoede", Soort.DataEnInformatie);
    private readonly Item _h3 = Halen("Een nieuwe sporthal", Soort.FaciliteitenEnLocatie);
    private readonly Item _own = Brengen("Vrijwilligers", Soort.CapaciteitEnMenskracht);
    private readonly Item _h5 = Halen("Een vaste contactpersoon", Soort.NetwerkEnContacten, WensOfEis.Eis);
    private readonly Item _b1 = Brengen("Getrainde vrijwilliger", Soort.CapaciteitEnMenskracht);
    private readonly Item _b2 = Brengen("Kennis van schuldhulpverlening", Soort.KennisEnExpertise);
    private readonly Item _h4 = Halen("Kennis over schulden", Soort.KennisEnExpertise);
    private readonly Item _c1 = Brengen("Cijfer over huurachterstand", Soort.DataEnInformatie);
    private readonly Item _c2 = Brengen("Een ontmoetingsruimte", Soort.Overig);
    private readonly Partner _gemeente, _maatje, _woon;

    public MatchingTests()
    {
        _gemeente = Partner("Gemeente", [_h1, _h2, _h3], [_own]);
        _maatje = Partner("Maatje", [_h5], [_b1, _b2]);
        _woon = Partner("Woon", [_h4], [_c1, _c2]);
    }

    [Fact]
    public void Every_want_finds_the_offers_of_other_partners_best_first_with_why()
    {
        var matches = Matching.Find([_gemeente, _maatje, _woon]);

        Assert.Equal(
        [
            (_h1, _b1, 3, true, "vrijwilligers"),
            (_h1, _b2, 2, false, "schuldhulpverlening"),
            (_h2, _c1, 3, true, "cijfers"),
            (_h4, _b2, 3, true, "kennis"),
        ], matches.Select(m => (m.Want, m.Offer, m.Score, m.SameSoort, string.Join(",", m.SharedWords))));
        Assert.DoesNotContain(matches, m => ReferenceEquals(m.Wanter, m.Bringer));
    }

    [Fact]
    public void The_matches_of_one_want_can_be_read_best_first_and_capped()
    {
        var set = Matching.Find([_gemeente, _maatje, _woon]);

        Assert.Equal([_b1, _b2], set.For(_h1).Select(m => m.Offer));
        Assert.Equal([_b1], set.For(_h1, most: 1).Select(m => m.Offer));
        Assert.Empty(set.For(_h3));
        Assert.Empty(set.For(_b1));
        Assert.Equal(4, set.Count);
    }

    [Fact]
    public void Wants_nobody_answers_are_open_needs_with_demands_first()
    {
        var partners = new[] { _gemeente, _maatje, _woon };

        var open = Matching.Find(partners).OpenNeeds;

        Assert.Equal([(_maatje, _h5), (_gemeente, _h3)], open.Select(o => (o.Wanter, o.Want)));
    }

    [Fact]
    public void The_matrix_counts_the_wants_one_partner_could_answer_for_another()
    {
        var partners = new[] { _gemeente, _maatje, _woon };

        var matrix = Matching.Find(partners).Matrix;

        // Gemeente's want of volunteers is answered by two of Maatje's offers: one want, counted once.
        int[,] expected = { { 0, 1, 1 }, { 0, 0, 0 }, { 0, 1, 0 } };
        Assert.Equal(expected, matrix.Counts);
    }

    [Fact]
    public void However_dense_the_coalition_the_matches_kept_grow_with_the_wants_not_with_their_square()
    {
        // 20 partners of 150 halen and 150 brengen, all one Soort: every want meets every other partner's offer.
        // (The benchmark's 40 × 250 once needed gigabytes; see docs/performance.md.)
        var partners = Enumerable.Range(0, 20).Select(p => Partner($"P{p}",
            Enumerable.Range(0, 150).Select(i => Halen($"wens {i}", Soort.KennisEnExpertise)).ToArray(),
            Enumerable.Range(0, 150).Select(i => Brengen($"aanbod {i}", Soort.KennisEnExpertise)).ToArray())).ToArray();

        var set = Matching.Find(partners);

        const int wants = 20 * 150;
        Assert.Equal((long)wants * 19 * 150, set.Possible); // 8.5 million matches exist
        Assert.True(set.Count <= wants * (Matching.KeptPerWant + 19), $"{set.Count} kept"); // tens of thousands are kept
        Assert.Equal(150, set.Matrix[0, 1]); // every one of P0's wants could be answered by P1
        Assert.Empty(set.OpenNeeds);
    }

    [Fact]
    public void Per_want_only_the_strongest_few_and_the_strongest_of_each_other_partner_are_kept()
    {
        // One want, and 30 partners with 20 offers each that all share its Soort: 600 matches.
        var want = Halen("Kennis over schulden", Soort.KennisEnExpertise);
        var bringers = Enumerable.Range(0, 30).Select(p => Partner($"B{p}", [],
            Enumerable.Range(0, 20).Select(i => Brengen(i == 7 && p == 29 ? "Kennis over schulden en geld" : $"Aanbod {i}", Soort.KennisEnExpertise)).ToArray())).ToList();
        var wanter = Partner("A", [want], []);

        var set = Matching.Find([wanter, .. bringers]);

        Assert.Equal(600, set.Possible);
        Assert.Equal(30, set.Matrix.Counts.Cast<int>().Sum()); // one want, answerable by 30 partners
        var kept = set.For(want);
        Assert.True(kept.Count <= Matching.KeptPerWant + bringers.Count, $"{kept.Count} kept");
        Assert.Equal(30, kept.Select(m => m.Bringer.Naam).Distinct().Count()); // the strongest of every partner
        Assert.Equal("Kennis over schulden en geld", kept[0].Offer.Text.Value); // the strongest first, from the last partner
        Assert.Equal(kept.OrderByDescending(m => m.Score).Select(m => m.Score), kept.Select(m => m.Score));
    }

    [Fact]
    public void Ties_follow_the_partner_order_then_the_item_order()
    {
        var want = Halen("Budget voor activiteiten", Soort.GeldEnBudget);
        var d = Partner("D", [], [Brengen("Budget", Soort.GeldEnBudget), Brengen("Extra budget", Soort.GeldEnBudget)]);
        var e = Partner("E", [], [Brengen("Budget", Soort.GeldEnBudget)]);
        var a = Partner("A", [want], []);

        var forward = Matching.Find([a, d, e]).Select(m => (m.Bringer.Naam, m.Offer.Text.Value));
        var backward = Matching.Find([a, e, d]).Select(m => (m.Bringer.Naam, m.Offer.Text.Value));

        Assert.Equal([("D", "Budget"), ("D", "Extra budget"), ("E", "Budget")], forward);
        Assert.Equal([("E", "Budget"), ("D", "Budget"), ("D", "Extra budget")], backward);
    }

    [Fact]
    public void Overig_and_an_unknown_soort_are_no_reason_to_match()
    {
        var a = Partner("A", [Halen("Iets anders", Soort.Overig), Halen("Advies")], []);
        var b = Partner("B", [], [Brengen("Nog iets", Soort.Overig), Brengen("Ruimte")]);

        Assert.Empty(Matching.Find([a, b]));
    }

    [Fact]
    public void Words_with_diacritics_and_ligatures_match_their_plain_spelling()
    {
        var a = Partner("A", [Halen("Steun van een coöperatie"), Halen("Contact met de Ĳsselzorg")], []);
        var b = Partner("B", [], [Brengen("Cooperatie-leden"), Brengen("IJsselzorg")]);

        var matches = Matching.Find([a, b]);

        Assert.Equal(["coöperatie", "ĳsselzorg"], matches.Select(m => Assert.Single(m.SharedWords)));
    }

    [Fact]
    public void One_partner_alone_has_only_open_needs()
    {
        var alone = Partner("Alleen", [Halen("Geld", Soort.GeldEnBudget)], [Brengen("Geld", Soort.GeldEnBudget)]);

        var analysis = CoalitionAnalysis.Of(Coalition(alone));

        Assert.Empty(analysis.Matches);
        Assert.Equal(0, analysis.Matrix[0, 0]);
        Assert.Single(analysis.OpenNeeds);
    }

    [Fact]
    public void A_partner_with_no_items_neither_wants_nor_offers()
    {
        var empty = Partner("Leeg", [], []);

        var analysis = CoalitionAnalysis.Of(Coalition(_gemeente, empty, _maatje));

        Assert.Equal(0, Enumerable.Range(0, 3).Sum(i => analysis.Matrix[1, i] + analysis.Matrix[i, 1]));
        Assert.Equal([BalanceReading.NothingToGet, BalanceReading.BringsNothing], analysis.Balances[1].Readings);
    }

    [Fact]
    public void Every_match_and_open_need_points_at_its_cells()
    {
        var analysis = CoalitionAnalysis.Of(Coalition(_gemeente, _maatje, _woon));

        Assert.All(analysis.Matches, m =>
        {
            Assert.Equal("Halen", m.Want.Text.Source.Sheet);
            Assert.Equal("Brengen", m.Offer.Text.Source.Sheet);
            Assert.NotNull(m.Want.Text.Source.Cell);
            Assert.NotNull(m.Offer.Text.Source.Cell);
        });
        Assert.Equal(_h1.Text.Source, analysis.Matches[0].Want.Text.Source);
        Assert.Equal(_b1.Text.Source, analysis.Matches[0].Offer.Text.Source);
        Assert.Equal(_h5.Text.Source, analysis.OpenNeeds[0].Want.Text.Source);
    }
}
