using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using static HalenBrengen.Core.Tests.Analysis.Build;

namespace HalenBrengen.Core.Tests.Analysis;

/// <summary>
/// The rules of the matching, each on a small hand-made coalition. How well the whole judges real
/// coalitions is <see cref="MatchJudgementTests"/>' question.
/// </summary>
public sealed class MatchingTests
{
    // Four partners, so a word one partner uses is rare and a word all four use is not.
    private static Partner Filler(string name, params Item[] brengen) =>
        Partner(name, [Halen("Aandacht voor " + name.ToLowerInvariant() + " in de wijk")], brengen);

    [Fact]
    public void Different_words_for_money_meet_and_the_reason_quotes_both()
    {
        var want = Halen("Cofinanciering voor het buurtfeest", Soort.GeldEnBudget);
        var offer = Brengen("Steun voor het buurtfeest", omvang: "€ 25.000 per jaar");
        var set = Matching.Find([Partner("A", [want], []), Partner("B", [], [offer]), Filler("C"), Filler("D")]);

        var match = Assert.Single(set.For(want));
        Assert.Same(offer, match.Offer);
        Assert.True(match.IsStrong, $"{match.Score}");
        Assert.Contains(new MatchReason("geld", "Cofinanciering", "€ 25.000 per jaar"), match.Reasons);
    }

    [Fact]
    public void An_offer_a_partner_brings_itself_in_the_same_words_never_answers_what_it_wants()
    {
        // A reader found a partner's demand 'surely' answered by its copy's offer, word for word one of its own: what a partner
        // brings itself is not what it asks another for. The same offer in other words still answers.
        var want = Halen("Cofinanciering voor het buurtfeest", Soort.GeldEnBudget);
        var own = Brengen("Steun voor het buurtfeest", omvang: "€ 25.000 per jaar");
        var same = Brengen("steun voor het  buurtfeest.", omvang: "€ 25.000 per jaar");
        var other = Brengen("Een bijdrage aan het buurtfeest", omvang: "€ 5.000");
        var set = Matching.Find([Partner("A", [want], [own]), Partner("B", [], [same]), Partner("C", [], [other]), Filler("D")]);

        Assert.DoesNotContain(set.For(want), m => m.Offer == same);
        Assert.Contains(set.For(want), m => m.Offer == other);
    }

    [Fact]
    public void The_same_soort_alone_never_makes_a_match()
    {
        var want = Halen("Een jurist", Soort.KennisEnExpertise);
        var offer = Brengen("Een fotograaf", Soort.KennisEnExpertise);

        var set = Matching.Find([Partner("A", [want], []), Partner("B", [], [offer]), Filler("C"), Filler("D")]);

        Assert.Empty(set);
        Assert.Contains(set.OpenNeeds, o => o.Want == want);
    }

    [Fact]
    public void A_word_every_partner_uses_weighs_almost_nothing()
    {
        // "bewoners" and "wijk" are on every card: no reason to match. "taalcafé" is one offer's own.
        var want = Halen("Bewoners in de wijk die een taalcafé willen");
        var generic = Brengen("Bewoners uit de hele wijk");
        var rare = Brengen("Een taalcafé op dinsdag");
        var partners = new[]
        {
            Partner("A", [want], []), Partner("B", [Halen("Bewoners in de wijk")], [generic]),
            Partner("C", [Halen("Bewoners van de wijk betrekken")], [rare]), Partner("D", [Halen("Wijk en bewoners")], []),
        };

        var found = Matching.Find(partners).For(want);

        Assert.Equal([rare], found.Select(m => m.Offer));
    }

    [Fact]
    public void A_want_to_receive_does_not_match_an_offer_that_also_asks_to_receive()
    {
        var want = Halen("Meldingen over overlast ontvangen");
        var receiving = Brengen("Wij ontvangen graag meldingen over overlast");
        var giving = Brengen("Meldingen over overlast doorgeven");
        var partners = new[] { Partner("A", [want], []), Partner("B", [], [receiving]), Partner("C", [], [giving]), Filler("D") };

        var found = Matching.Find(partners).For(want);

        Assert.Same(giving, found[0].Offer);
        Assert.True(found[0].Score > 2 * (found.FirstOrDefault(m => m.Offer == receiving)?.Score ?? 0));
    }

    [Fact]
    public void What_an_offer_says_it_is_not_for_is_no_evidence_that_it_is()
    {
        var want = Halen("Geld voor de catering van het zomerfeest", Soort.GeldEnBudget);
        var excluding = Brengen("Fonds voor buurtinitiatieven", Soort.GeldEnBudget, toelichting: "Niet voor catering van feesten of borrels.");
        var set = Matching.Find([Partner("A", [want], []), Partner("B", [], [excluding]), Filler("C"), Filler("D")]);

        Assert.DoesNotContain(set.For(want), m => m.IsStrong);
        Assert.DoesNotContain(set.For(want), m => m.Reasons.Any(r => r.OfferWord.Contains("catering", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_partner_copied_twice_changes_no_pairs_strength()
    {
        // Two readers found the example's municipality's demand for early signals surely answered among its 7 partners and only
        // possibly among 16 that held the municipality three times over: the copies made the words they repeat weigh less. A copy
        // (every want and offer the same) counts once in the words' weights, so every pair keeps its score and strength.
        var partners = MatchJudgementTests.Load("voorbeeld.oordeel.json").Partners;
        var municipality = partners.Single(p => p.Naam.StartsWith("Gemeente", StringComparison.Ordinal));
        var copies = partners.Concat([municipality with { Naam = municipality.Naam + " 2" }, municipality with { Naam = municipality.Naam + " 3" }]).ToList();
        var (alone, copied) = (Matching.Find(partners), Matching.Find(copies));
        var pairs = 0;
        foreach (var want in partners.SelectMany(p => p.Halen))
        {
            // The copies' own offers may take a place among the matches kept; every pair kept in both is the same.
            var after = copied.For(want).ToDictionary(m => (m.Bringer.Naam, m.Offer.Text.Value), m => (m.Score, m.Strength));
            foreach (var match in alone.For(want).Where(m => after.ContainsKey((m.Bringer.Naam, m.Offer.Text.Value))))
            {
                Assert.Equal((match.Score, match.Strength), after[(match.Bringer.Naam, match.Offer.Text.Value)]);
                pairs++;
            }
        }
        Assert.True(pairs > 20, $"{pairs} pairs");
    }

    [Fact]
    public void An_offer_only_for_something_else_is_no_sure_answer()
    {
        var want = Halen("Geld voor instrumenten van de harmonie", Soort.GeldEnBudget);
        var limited = Brengen("Subsidie voor instrumenten", Soort.GeldEnBudget, toelichting: "Alleen voor sportverenigingen in de kern.");
        var open = Brengen("Subsidie voor instrumenten", Soort.GeldEnBudget);
        var set = Matching.Find([Partner("A", [want], []), Partner("B", [], [limited]), Partner("C", [], [open]), Filler("D")]);

        Assert.Contains(set.For(want), m => m.Offer == open && m.IsStrong);
        Assert.Contains(set.For(want), m => m.Offer == limited && !m.IsStrong);
    }

    [Fact]
    public void A_want_for_people_who_do_something_asks_for_menskracht()
    {
        var want = Halen("Mensen die op zaterdag de kraam willen bemannen");
        var volunteers = Brengen("Vrijwilligers uit ons netwerk");
        var other = Brengen("Een kraam en een partytent");
        var set = Matching.Find([Partner("A", [want], []), Partner("B", [], [volunteers]), Partner("C", [], [other]), Filler("D")]);

        Assert.Contains(set.For(want, 3), m => m.Offer == volunteers && m.Reasons.Any(r => r.Concept == "menskracht"));
    }

    [Fact]
    public void A_place_for_a_trainee_is_work_not_menskracht()
    {
        // Stageplekken are places where someone learns the trade, not hands that someone brings: they answer a want of work
        // experience, never a want of volunteers.
        var want = Halen("Nieuwe vrijwilligers", Soort.CapaciteitEnMenskracht);
        var places = Brengen("Stageplekken", Soort.CapaciteitEnMenskracht);
        var set = Matching.Find([Partner("A", [want], []), Partner("B", [], [places]), Filler("C"), Filler("D")]);

        Assert.DoesNotContain(set.For(want), m => m.Offer == places && m.IsStrong);
        Assert.Contains(set.OpenNeeds, o => o.Want == want);
    }

    [Fact]
    public void Two_means_that_agree_are_no_second_reason_to_pass_over_the_purpose()
    {
        // Both Wats are first of all about geld, for different ends: the words alone are not enough for a sure suggestion.
        var want = Halen("Subsidie voor een nieuwe speeltuin", Soort.GeldEnBudget, toelichting: "Een bijdrage in de kosten van de toestellen.");
        var offer = Brengen("Subsidie voor schuldhulpmaatjes", Soort.GeldEnBudget, toelichting: "Een bijdrage in de kosten van de training.");
        var set = Matching.Find([Partner("A", [want], []), Partner("B", [], [offer]), Filler("C"), Filler("D")]);

        Assert.DoesNotContain(set.For(want), m => m.IsStrong);
    }

    [Fact]
    public void A_compound_meets_its_parts()
    {
        var want = Halen("Avondsurveillance bij het winkelcentrum");
        var offer = Brengen("Extra toezicht in de avond");
        var set = Matching.Find([Partner("A", [want], []), Partner("B", [], [offer]), Filler("C"), Filler("D")]);

        Assert.Contains(set.For(want), m => m.Offer == offer && m.Reasons.Any(r => r.WantWord == "Avondsurveillance"));
    }

    [Fact]
    public void The_toelichting_and_the_omvang_are_read_but_weigh_less_than_the_wat()
    {
        var want = Halen("Hulp bij ons plan", toelichting: "We zoeken een vergaderzaal voor twintig mensen.");
        var inToelichting = Brengen("Ondersteuning", toelichting: "Onze zaal is op dinsdag vrij.");
        var inWat = Brengen("Een zaal voor bijeenkomsten");
        var set = Matching.Find([Partner("A", [want], []), Partner("B", [], [inToelichting]), Partner("C", [], [inWat]), Filler("D")]);

        var found = set.For(want);
        Assert.Contains(found, m => m.Offer == inToelichting);
        Assert.Contains(found, m => m.Offer == inWat);
        // The want's zaal is in its Toelichting: it counts half, whatever the offer's side.
        Assert.All(found, m => Assert.True(m.Score < 1, $"{m.Score}"));
    }

    [Fact]
    public void A_want_without_a_strong_suggestion_is_an_open_need_with_its_possible_offers()
    {
        var demand = Halen("Een jurist voor bezwaarschriften", wens: WensOfEis.Eis);
        var wish = Halen("Vrijwilligers voor het buurtfeest");
        var maybe = Brengen("Vrijwilligers", Soort.CapaciteitEnMenskracht);
        var set = Matching.Find([Partner("A", [wish, demand], []), Partner("B", [], [maybe]), Filler("C"), Filler("D")]);

        // The demand first; the wish keeps what might still answer it.
        Assert.Equal(demand, set.OpenNeeds[0].Want);
        Assert.Empty(set.OpenNeeds[0].Maybe);
        Assert.DoesNotContain(set.OpenNeeds, o => o.Want == wish && o.Maybe.Any(m => m.IsStrong));
        Assert.All(set.OpenNeeds, o => Assert.DoesNotContain(set.For(o.Want), m => m.IsStrong));
    }

    [Fact]
    public void The_matrix_counts_a_want_once_for_the_bringer_of_its_first_strong_suggestion()
    {
        var want = Halen("Budget voor de speeltuin");
        var a = Partner("A", [want], []);
        var b = Partner("B", [], [Brengen("Budget voor speeltuinen", omvang: "€ 10.000"), Brengen("Subsidie voor de speeltuin")]);
        var c = Partner("C", [], [Brengen("Geld voor een speeltuin")]);

        var set = Matching.Find([a, b, c, Filler("D")]);

        var first = set.For(want)[0];
        Assert.True(first.IsStrong);
        var bringer = first.Bringer == b ? 1 : 2;
        Assert.Equal(1, set.Matrix[0, bringer]);
        Assert.Equal(0, set.Matrix[0, 3 - bringer]); // a strong second suggestion is not counted: the crib names the first
        Assert.Equal(1, set.Matrix.Counts.Cast<int>().Sum());
    }

    [Fact]
    public void The_matrix_counts_a_want_for_every_partner_that_offers_the_very_same_as_its_first_strong_suggestion()
    {
        // Two readers found one of four partners with the very same offer the bringer of seven connections, the other three of none:
        // the crib names them together, so the matrix counts the want for each of them.
        var want = Halen("Budget voor de speeltuin");
        var a = Partner("A", [want], []);
        var b = Partner("B", [], [Brengen("Budget voor speeltuinen")]);
        var c = Partner("C", [], [Brengen("Budget voor speeltuinen")]);

        var set = Matching.Find([a, b, c, Filler("D")]);

        Assert.True(set.For(want)[0].IsStrong);
        Assert.Equal((1, 1), (set.Matrix[0, 1], set.Matrix[0, 2]));
        Assert.Equal(2, set.Matrix.Counts.Cast<int>().Sum());
    }

    [Fact]
    public void A_want_shows_its_strong_suggestions_only_and_an_open_need_its_best_guess()
    {
        var answered = Halen("Budget voor de speeltuin");
        var open = Halen("Hulp bij het schrijven van een subsidieaanvraag voor de speeltuin");
        var partners = new[]
        {
            Partner("A", [answered, open], []),
            Partner("B", [], [Brengen("Budget voor speeltuinen", omvang: "€ 10.000"), Brengen("Een speeltuin in het park")]),
            Partner("C", [], [Brengen("Geld voor buurtfeesten"), Brengen("Subsidie voor verenigingen")]),
            Filler("D", Brengen("Speeltoestellen")),
        };

        var set = Matching.Find(partners);

        foreach (var want in new[] { answered, open })
        {
            var all = set.For(want);
            var strong = all.Count(m => m.IsStrong);
            var expected = Math.Min(all.Count, strong > 0 ? strong : MatchSet.SuggestedOpen);
            Assert.Equal(all.Take(expected).Select(m => m.Offer), set.Suggested(want).Select(m => m.Offer));
        }
        Assert.True(set.For(answered).Count(m => m.IsStrong) is > 0 and < 3, string.Join(" | ", set.For(answered).Select(m => $"{m.Offer.Text.Value} {m.Strength}")));
        Assert.True(set.For(answered).Count > set.Suggested(answered).Count, "the guesses after a strong suggestion are left out");
        Assert.All(set.Suggested(answered), m => Assert.True(m.IsStrong));
        Assert.True(set.For(open).Count > 1, "the open need has more than one guess");
        Assert.Same(set.For(open)[0].Offer, Assert.Single(set.Suggested(open)).Offer);
    }

    [Fact]
    public void Stronger_evidence_comes_first_and_equal_evidence_follows_the_partner_order()
    {
        var want = Halen("Budget voor de speeltuin");
        var d = Partner("D", [], [Brengen("Budget")]);
        var e = Partner("E", [], [Brengen("Budget voor de speeltuin")]);
        var f = Partner("F", [], [Brengen("Budget")]);

        var found = Matching.Find([Partner("A", [want], []), d, e, f]).For(want).Select(m => m.Bringer.Naam).ToList();

        Assert.Equal(["E", "D", "F"], found);
    }

    [Fact]
    public void Words_with_diacritics_and_ligatures_match_their_plain_spelling()
    {
        var a = Partner("A", [Halen("Steun van een coöperatie"), Halen("Contact met de Ĳsselzorg")], []);
        var b = Partner("B", [], [Brengen("Cooperatie-leden"), Brengen("IJsselzorg")]);

        var matches = Matching.Find([a, b]);

        Assert.Equal("Cooperatie-leden", matches.For(a.Halen[0])[0].Offer.Text.Value);
        Assert.Contains(matches.For(a.Halen[1]), m => m.Offer.Text.Value == "IJsselzorg" && m.Reasons.Any(r => r.WantWord == "Ĳsselzorg"));
        Assert.Contains(matches.For(a.Halen[0])[0].Reasons, r => r.WantWord == "coöperatie" && r.OfferWord == "Cooperatie");
    }

    [Fact]
    public void However_dense_the_coalition_the_matches_kept_grow_with_the_wants_not_with_their_square()
    {
        // 20 partners of 150 halen and 150 brengen, all about kennis: every want meets every other partner's offer (each partner's
        // offers in words of its own: another's offer word for word one's own answers nothing of one's wants).
        var partners = Enumerable.Range(0, 20).Select(p => Partner($"P{p}",
            Enumerable.Range(0, 150).Select(i => Halen($"Kennis {i}")).ToArray(),
            Enumerable.Range(0, 150).Select(i => Brengen($"Kennis en advies {i} van p{p}")).ToArray())).ToArray();

        var set = Matching.Find(partners);

        const int wants = 20 * 150;
        Assert.Equal((long)wants * 19 * 150, set.Possible); // 8.5 million matches exist
        Assert.True(set.Count <= wants * (Matching.KeptPerWant + 19), $"{set.Count} kept");
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
    public void Every_match_and_open_need_points_at_its_cells()
    {
        var want = Halen("Budget voor de speeltuin");
        var open = Halen("Een jurist");
        var offer = Brengen("Subsidie voor speeltuinen");
        var analysis = CoalitionAnalysis.Of(Coalition(Partner("A", [want, open], []), Partner("B", [], [offer]), Filler("C"), Filler("D")));

        var match = Assert.Single(analysis.Matches);
        Assert.Equal(want.Text.Source, match.Want.Text.Source);
        Assert.Equal(offer.Text.Source, match.Offer.Text.Source);
        Assert.Equal("Halen", match.Want.Text.Source.Sheet);
        Assert.Equal("Brengen", match.Offer.Text.Source.Sheet);
        Assert.Equal(open.Text.Source, Assert.Single(analysis.OpenNeeds, o => o.Wanter.Naam == "A").Want.Text.Source);
    }

    private static readonly ConceptList WithRelated = ConceptList.Parse(new StringReader(
        "geld: geld, budget\nruimte: zaal, lokaal\n[onderwerpen]\nfeest: buurtfeest\n[verwant]\ngeld: centen, duiten\n"));

    [Fact]
    public void Related_words_find_a_possible_offer_and_never_make_it_sure()
    {
        var want = Halen("Budget voor de kinderboerderij", Soort.GeldEnBudget);
        var sure = Brengen("Geld voor de kinderboerderij", Soort.GeldEnBudget);
        var related = Brengen("Centen voor de kinderboerderij", Soort.GeldEnBudget);
        var partners = new[] { Partner("A", [want], []), Partner("B", [], [related]), Partner("C", [], [sure]), Filler("D") };

        var found = Matching.Find(partners, WithRelated).For(want);

        Assert.Equal([sure, related], found.Select(m => m.Offer));
        Assert.True(found[0].IsStrong, $"{found[0].Score}");
        Assert.False(found[1].IsStrong, $"{found[1].Score}");
        Assert.Contains(new MatchReason("geld", "Budget", "Centen"), found[1].Reasons);
        // The sure one names its concept once, though both items reach it through related words too.
        Assert.Single(found[0].Reasons, r => r.Concept == "geld");
    }

    [Fact]
    public void Without_its_related_words_the_same_want_finds_no_such_offer()
    {
        var want = Halen("Budget", Soort.GeldEnBudget);
        var related = Brengen("Duiten", Soort.GeldEnBudget);
        var partners = new[] { Partner("A", [want], []), Partner("B", [], [related]), Filler("C"), Filler("D") };
        var plain = ConceptList.Parse(new StringReader("geld: geld, budget\n"));

        Assert.Empty(Matching.Find(partners, plain).For(want));
        var match = Assert.Single(Matching.Find(partners, WithRelated).For(want));
        Assert.False(match.IsStrong);
        // An open need still, with the related offer as its guess ('misschien').
        var open = Assert.Single(Matching.Find(partners, WithRelated).OpenNeeds, o => o.Want == want);
        Assert.Same(related, Assert.Single(open.Maybe).Offer);
    }

    [Fact]
    public void Related_words_name_a_concept_of_the_list_and_are_never_its_own()
    {
        Assert.Equal([0], WithRelated.RelatedOf("centen", DutchWords.Stem("centen")));
        Assert.Equal([0], WithRelated.RelatedOf("feestcenten", DutchWords.Stem("feestcenten")));
        Assert.Empty(WithRelated.RelatedOf("budget", DutchWords.Stem("budget")));
        Assert.Empty(WithRelated.Of("centen", DutchWords.Stem("centen")));
        Assert.Throws<FormatException>(() => ConceptList.Parse(new StringReader("geld: geld\n[verwant]\nvervoer: busje\n")));
    }

    [Fact]
    public void The_concept_list_is_data_a_facilitator_can_extend()
    {
        var list = ConceptList.Parse(new StringReader("# commentaar\nfietsen: fiets, rijwiel\n[onderwerpen]\nsport: voetbal\n@geven: uitlenen\n"));

        Assert.Equal(["fietsen", "sport"], list.Names);
        Assert.Equal([0], list.Of("rijwielen", DutchWords.Stem("rijwielen")));
        Assert.Equal([0], list.Of("fietsenstalling", DutchWords.Stem("fietsenstalling")));
        Assert.False(list.IsSubject(0));
        Assert.True(list.IsSubject(1));
        Assert.True(list.Gives(DutchWords.Stem("uitlenen")));
        Assert.True(ConceptList.Instance.Names.Count >= 40, $"{ConceptList.Instance.Names.Count} concepts");
    }
}
