using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using static HalenBrengen.Core.Tests.Analysis.Build;

namespace HalenBrengen.Core.Tests.Analysis;

public sealed class RoundComparisonTests
{
    private static Coalition Round(params Partner[] partners) => Coalition(partners);

    [Fact]
    public void The_same_round_twice_has_no_changes()
    {
        Coalition Make() => Round(
            WithKrachtenveld(Partner("Gemeente", [Halen("Meer bewoners bereiken", wens: WensOfEis.Eis)], [Brengen("Subsidie voor de wijk")]), Invloed.Groot, Houding4D.Eigenbelang),
            Partner("School", [Halen("Ouders betrekken")], [Brengen("Een lokaal op woensdag")]));

        var changes = RoundComparison.Compare(Make(), Make());

        Assert.True(changes.None);
        Assert.All(changes.Partners, p => Assert.False(p.Any));
        Assert.Empty(changes.NewItems);
    }

    [Fact]
    public void Case_accents_and_spacing_alone_are_no_change()
    {
        var before = Round(Partner("Gemeente", [Halen("Meer bewoners bereiken")], []));
        var after = Round(Partner("gemeente ", [Halen("meer  bewoners BEREIKEN ")], []));

        Assert.True(RoundComparison.Compare(before, after).None);
    }

    [Fact]
    public void An_edited_item_is_matched_to_its_earlier_wording_not_shown_as_dropped_and_added()
    {
        var before = Round(Partner("Gemeente", [Halen("Meer bewoners bereiken in de wijk"), Halen("Een plek voor jongeren")], []));
        var after = Round(Partner("Gemeente", [Halen("Een plek voor jongeren"), Halen("Meer bewoners bereiken in de hele wijk")], []));

        var change = Assert.Single(Assert.Single(RoundComparison.Compare(before, after).Changed).Items);

        Assert.Equal("Meer bewoners bereiken in de wijk", change.Before!.Text.Value);
        Assert.Equal("Meer bewoners bereiken in de hele wijk", change.After!.Text.Value);
        Assert.Equal([ItemAspect.Text], change.Changed);
    }

    [Fact]
    public void Added_dropped_and_a_wish_become_a_demand_each_say_so_with_their_cells()
    {
        var wish = Halen("Ouders betrekken");
        var dropped = Brengen("Een lokaal op woensdag");
        var before = Round(Partner("School", [wish], [dropped]));
        var demand = Halen("Ouders betrekken", wens: WensOfEis.Eis);
        var added = Brengen("Een conciërge op zaterdag");
        var after = Round(Partner("School", [demand], [added]));

        var changes = RoundComparison.Compare(before, after);
        var items = Assert.Single(changes.Changed).Items;

        Assert.Collection(items,
            c => { Assert.Same(wish, c.Before); Assert.Same(demand, c.After); Assert.Equal([ItemAspect.WensOfEis], c.Changed); },
            c => { Assert.True(c.IsAdded); Assert.Same(added, c.After); },
            c => { Assert.True(c.IsDropped); Assert.Same(dropped, c.Before); });
        Assert.Equal([added], changes.NewItems);
    }

    [Fact]
    public void Unrelated_wordings_are_dropped_and_added_not_paired()
    {
        var before = Round(Partner("School", [Halen("Ouders betrekken bij de les")], []));
        var after = Round(Partner("School", [Halen("Geld voor een nieuw schoolplein")], []));

        var items = Assert.Single(RoundComparison.Compare(before, after).Changed).Items;

        Assert.Equal(2, items.Count);
        Assert.True(items[0].IsAdded);
        Assert.True(items[1].IsDropped);
    }

    [Fact]
    public void Partners_who_joined_or_left_and_a_moved_4D_level_influence_and_balance_are_named()
    {
        var gemeente = Partner("Gemeente", [Halen("a1"), Halen("a2")], [Brengen("b1"), Brengen("b2")]);
        var before = Round(WithKrachtenveld(gemeente, Invloed.Groot, Houding4D.Eigenbelang), Partner("Bibliotheek", [Halen("boeken")], [Brengen("ruimte")]));
        var more = gemeente with { Kaart = gemeente.Kaart! with { Halen = [Halen("a1"), Halen("a2"), Halen("eerste nieuwe wens"), Halen("tweede nieuwe wens")], Brengen = [Brengen("b1")] } };
        var after = Round(WithKrachtenveld(more, Invloed.Middel, Houding4D.RespectEnInteresse), Partner("Zorggroep", [Halen("zorg")], [Brengen("tijd")]));

        var changes = RoundComparison.Compare(before, after);

        Assert.Equal(["Gemeente", "Zorggroep", "Bibliotheek"], changes.Partners.Select(p => p.Naam));
        Assert.Equal([Presence.Stayed, Presence.Joined, Presence.Left], changes.Partners.Select(p => p.Presence));
        var g = changes.Partners[0];
        Assert.Equal(Houding4D.Eigenbelang, g.Houding!.Before!.Value);
        Assert.Equal(Houding4D.RespectEnInteresse, g.Houding.After!.Value);
        Assert.Equal(Invloed.Middel, g.Invloed!.After!.Value);
        Assert.Equal([BalanceReading.GetsMuchMore], g.Balance!.Value.After.Readings);
        Assert.Empty(g.Balance.Value.Before.Readings);
        Assert.Empty(changes.Partners[1].Items);
    }

    [Fact]
    public void The_shared_ambition_and_headline_are_compared_as_text()
    {
        var source = new SourceRef("krachtenveld.xlsx", "Samenwerking", "B5");
        var before = Round(Partner("School", [], [])) with { Samenwerking = new Samenwerking(GedeeldeAmbitie: new("Samen sterk", source), Krantenkop: new("Wijk bloeit", source)) };
        var after = before with { Samenwerking = new Samenwerking(GedeeldeAmbitie: new("samen  sterk", source), Krantenkop: new("Wijk bloeit op", source)) };

        var changes = RoundComparison.Compare(before, after);

        Assert.False(changes.AmbitionChanged);
        Assert.True(changes.HeadlineChanged);
        Assert.False(changes.None);
    }

    [Fact]
    public void A_belangenkaart_that_went_missing_is_one_change_not_every_item_dropped()
    {
        var school = Partner("School", [Halen("Ouders betrekken"), Halen("Een schoolplein")], [Brengen("Een lokaal")]);
        var before = Round(school);
        var after = Round(school with { Kaart = null });

        var change = Assert.Single(RoundComparison.Compare(before, after).Changed);

        Assert.True(change.CardMissing);
        Assert.Empty(change.Items);
        Assert.Null(change.Balance);
        Assert.True(Assert.Single(RoundComparison.Compare(after, before).Changed).CardAdded);
    }

    [Theory]
    [InlineData("Zicht op de wijkaanpak, in cijfers", "Zicht op de wijkaanpak, in cijfers en verhalen", true)]
    [InlineData("Ouders betrekken", "Een nieuw schoolplein", false)]
    [InlineData("Snelle hulp voor huurders", "Snelle hulp voor huurders met een achterstand", true)]
    [InlineData("Budget", "Budget voor de wijkaanpak en de projectleider", false)]
    public void Two_wordings_are_one_item_edited_when_they_share_enough(string before, string after, bool paired)
    {
        var items = Assert.Single(RoundComparison.Compare(Round(Partner("School", [Halen(before)], [])), Round(Partner("School", [Halen(after)], []))).Changed).Items;

        Assert.Equal(paired ? 1 : 2, items.Count);
    }

    [Fact]
    public void A_changed_omvang_toelichting_or_soort_is_each_reported_as_that_change_alone()
    {
        var before = Round(Partner("School",
            [Halen("Ouders betrekken", toelichting: "Bij de ouderavond")],
            [
                Brengen("Een lokaal op woensdag", Soort.FaciliteitenEnLocatie, omvang: "2 uur per week", toelichting: "Na schooltijd"),
                Brengen("Subsidie voor de wijk", Soort.GeldEnBudget, omvang: "5.000 euro", toelichting: "Eenmalig"),
                Brengen("Vrijwilligers", Soort.CapaciteitEnMenskracht, omvang: "3 mensen"),
                Brengen("Een conciërge", Soort.CapaciteitEnMenskracht, omvang: "1 dag", toelichting: "In overleg"),
            ]));
        var after = Round(Partner("School",
            [Halen("Ouders betrekken", toelichting: "Bij elke ouderavond")],
            [
                Brengen("Een lokaal op woensdag", Soort.FaciliteitenEnLocatie, omvang: "4 uur per week", toelichting: "Na schooltijd"),
                Brengen("Subsidie voor de wijk", Soort.GeldEnBudget, omvang: "5.000 euro", toelichting: "Elk jaar opnieuw"),
                Brengen("Vrijwilligers", Soort.KennisEnExpertise, omvang: "3 mensen"),
                Brengen("Een conciërge", Soort.CapaciteitEnMenskracht, omvang: "1 dag", toelichting: "In overleg"),
            ]));

        var items = Assert.Single(RoundComparison.Compare(before, after).Changed).Items;

        Assert.Equal(
        [
            (ItemKind.Halen, "Ouders betrekken", "Toelichting"),
            (ItemKind.Brengen, "Een lokaal op woensdag", "Omvang"),
            (ItemKind.Brengen, "Subsidie voor de wijk", "Toelichting"),
            (ItemKind.Brengen, "Vrijwilligers", "Soort"),
        ], items.Select(i => (i.Kind, i.After!.Text.Value, string.Join(",", i.Changed))));
        Assert.All(items, i => Assert.Equal(i.Before!.Text.Value, i.After!.Text.Value));
    }

    [Fact]
    public void Of_two_earlier_wordings_an_edited_item_is_paired_with_the_more_alike_one()
    {
        // The more alike earlier wording is listed second, so only its likeness can choose it.
        var before = Round(Partner("Gemeente", [Halen("Meer bewoners bereiken in de stad en de regio"), Halen("Meer bewoners bereiken in de wijk")], []));
        var after = Round(Partner("Gemeente", [Halen("Meer bewoners bereiken in de hele wijk")], []));

        var items = Assert.Single(RoundComparison.Compare(before, after).Changed).Items;

        Assert.Collection(items,
            edited =>
            {
                Assert.Equal("Meer bewoners bereiken in de wijk", edited.Before!.Text.Value);
                Assert.Equal("Meer bewoners bereiken in de hele wijk", edited.After!.Text.Value);
                Assert.Equal([ItemAspect.Text], edited.Changed);
            },
            dropped => Assert.Equal("Meer bewoners bereiken in de stad en de regio", Assert.IsType<Item>(dropped.Before).Text.Value));
        Assert.True(items[1].IsDropped);
    }

    [Fact]
    public void Of_two_earlier_wordings_equally_alike_the_edited_item_is_paired_with_the_first()
    {
        // "met Anna" and "met Bram" each add the same number of letter triples to "Een wijkkrant maken".
        var before = Round(Partner("Bibliotheek", [], [Brengen("Een wijkkrant maken met Anna"), Brengen("Een wijkkrant maken met Bram")]));
        var after = Round(Partner("Bibliotheek", [], [Brengen("Een wijkkrant maken")]));

        var items = Assert.Single(RoundComparison.Compare(before, after).Changed).Items;

        Assert.Equal(2, items.Count);
        Assert.Equal(("Een wijkkrant maken met Anna", "Een wijkkrant maken"), (items[0].Before!.Text.Value, items[0].After!.Text.Value));
        Assert.True(items[1].IsDropped);
        Assert.Equal("Een wijkkrant maken met Bram", items[1].Before!.Text.Value);
    }

    [Fact]
    public void The_same_wording_twice_pairs_one_to_one_so_the_second_is_added_or_dropped()
    {
        var once = Round(Partner("School", [Halen("Ouders betrekken")], []));
        var first = Halen("Ouders betrekken");
        var second = Halen("ouders  betrekken");
        var twice = Round(Partner("School", [first, second], []));

        var added = Assert.Single(Assert.Single(RoundComparison.Compare(once, twice).Changed).Items);
        var dropped = Assert.Single(Assert.Single(RoundComparison.Compare(twice, once).Changed).Items);

        Assert.True(added.IsAdded);
        Assert.Same(second, added.After);
        Assert.True(dropped.IsDropped);
        Assert.Same(second, dropped.Before);
        Assert.True(RoundComparison.Compare(twice, Round(Partner("School", [Halen("Ouders betrekken"), Halen("Ouders betrekken")], []))).None);
    }

    [Fact]
    public void Each_earlier_agreement_says_whether_this_round_still_holds_its_want_and_its_offer()
    {
        var source = new SourceRef("afspraken.xlsx", "Suggesties", "G2");
        Sourced<string> S(string text) => new(text, source);
        Agreement Agreed(string want, string wanter, string offer, string bringer, bool suggested = true) =>
            new(S(want), S(wanter), S(offer), S(bringer), new Choice<Afgesproken>(Afgesproken.Ja, "Ja", source), S("afspraak"), S("mei"), suggested);
        var before = Round(Partner("A", [Halen("Budget voor de speeltuin"), Halen("Vrijwilligers")], [Brengen("Een zaal")]),
            Partner("B", [Halen("Een zaal")], [Brengen("Subsidie"), Brengen("Handjes")]), Partner("C", [], [Brengen("Kennis")])) with
        {
            Agreements =
            [
                Agreed("Budget voor de speeltuin", "A", "Subsidie", "B"),
                Agreed("Vrijwilligers", "A", "Handjes", "B"),
                Agreed("Een zaal", "B", "Een zaal", "A"),
                Agreed("Advies", "A", "Kennis", "C"),
                Agreed("Iets wat de groep zelf schreef", "B", "in eigen woorden", "A", suggested: false),
            ],
        };
        // This round: A no longer wants volunteers, B no longer offers subsidie, C left.
        var after = Round(Partner("A", [Halen("budget voor de  speeltuin")], [Brengen("Een zaal")]),
            Partner("B", [Halen("Een zaal")], [Brengen("Handjes")]));

        var checks = RoundComparison.Compare(before, after).Agreements;

        Assert.Equal([AgreementHold.OfferChanged, AgreementHold.WantChanged, AgreementHold.Kept, AgreementHold.PartnerLeft, AgreementHold.Kept],
            checks.Select(c => c.Hold));
        Assert.Same(before.Agreements[0], checks[0].Agreement);
        Assert.Empty(RoundComparison.Compare(after, before).Agreements);
    }
}
