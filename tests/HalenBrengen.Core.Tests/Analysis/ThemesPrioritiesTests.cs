using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using static HalenBrengen.Core.Tests.Analysis.Build;

namespace HalenBrengen.Core.Tests.Analysis;

public sealed class ThemesTests
{
    [Fact]
    public void Phrases_and_soorten_shared_by_two_or_more_partners_become_questions_most_shared_first_own_words_before_soorten()
    {
        var a = Partner("A", [Halen("Signalen van schulden", Soort.DataEnInformatie)], [], eigenBelang: "Minder schulden in de wijk");
        var b = Partner("B", [Halen("Vroege signalen", Soort.DataEnInformatie)], [], eigenBelang: "Schulden voorkomen");
        var c = Partner("C", [Halen("Huurders met schulden", Soort.GeldEnBudget)], []);
        var d = Partner("D", [Halen("Een plek in de wijk")], []);

        var themes = Themes.Find([a, b, c, d]);

        // "wijk" is where every partner works, not a subject.
        Assert.Equal(
        [
            (ThemeKind.Phrase, "schulden", "A,B,C"),
            (ThemeKind.Phrase, "signalen", "A,B"),
            (ThemeKind.Soort, "Data en informatie", "A,B"),
        ], themes.Select(t => (t.Kind, t.Label, string.Join(",", t.Partners.Select(p => p.Naam)))));
        Assert.Equal(4, themes[0].Sources.Count);
        Assert.Equal(Soort.DataEnInformatie, themes[2].Soort);
        Assert.Null(themes[0].Soort);
    }

    [Fact]
    public void A_word_shared_only_in_the_gezamenlijk_belang_is_a_theme()
    {
        var a = Partner("A", [Halen("Subsidie")], [], gezamenlijkBelang: "Een buurthuis dat open blijft");
        var b = Partner("B", [Halen("Vrijwilligers")], [], gezamenlijkBelang: "Het buurthuis als thuis voor jongeren");

        var theme = Assert.Single(Themes.Find([a, b]));

        Assert.Equal((ThemeKind.Phrase, "buurthuis", "A,B"), (theme.Kind, theme.Label, string.Join(",", theme.Partners.Select(p => p.Naam))));
        Assert.Equal([("a.xlsx", "B7"), ("b.xlsx", "B7")], theme.Sources.Select(s => (s.File, s.Cell!)));
    }

    [Fact]
    public void Verbs_adverbs_and_fillers_two_partners_share_are_no_theme()
    {
        var a = Partner("A", [Halen("Dat alles uitgebreid wordt toegelicht")], [], eigenBelang: "We willen dat iedereen meedoet en zich gehoord voelt.");
        var b = Partner("B", [Halen("Niet dubbel werken")], [], eigenBelang: "Iedereen doet mee, en voelt zich welkom. Dat wordt uitgebreid toegelicht.");

        Assert.Empty(Themes.Find([a, b]));
    }

    [Fact]
    public void A_head_and_the_compound_a_partner_uses_it_for_are_one_theme_named_by_the_compound()
    {
        var a = Partner("A", [Halen("Eén telefoonnummer voor geldzorgen")], [], gezamenlijkBelang: "Ouderen zonder zorgen over geld");
        var b = Partner("B", [Halen("Minder huisuitzettingen om geldzorgen")], []);
        var c = Partner("C", [Halen("Kinderen die zonder zorgen leren")], []);

        var theme = Assert.Single(Themes.Find([a, b, c]));

        Assert.Equal(("geldzorgen", "A,B,C"), (theme.Label, string.Join(",", theme.Partners.Select(p => p.Naam))));
    }

    [Fact]
    public void The_word_for_what_kind_of_organisation_a_partner_is_names_that_partner_and_is_no_theme()
    {
        var school = Partner("Basisschool De Regenboog", [Halen("Vrijwilligers voor het ontbijt op school")], []);
        var club = Partner("Voetbalvereniging Zuid", [Halen("Afspraken met de school over vrijwilligers")], []);

        var theme = Assert.Single(Themes.Find([school, club]));

        Assert.Equal("vrijwilligers", theme.Label);
    }

    [Fact]
    public void A_phrase_every_partner_wrote_is_the_label()
    {
        var a = Partner("A", [Halen("Kennis over gezonde voeding")], []);
        var b = Partner("B", [Halen("Een boodschap over gezonde voeding")], []);

        Assert.Equal("gezonde voeding", Assert.Single(Themes.Find([a, b])).Label);
    }
}

public sealed class PrioritiesTests
{
    [Fact]
    public void Large_influence_with_a_weak_relation_comes_first_unknowns_last()
    {
        var p1 = WithKrachtenveld(Partner("Eén", [], []), Invloed.Groot, Houding4D.Eigenbelang, "Budget rond");
        var p2 = WithKrachtenveld(Partner("Twee", [], []), Invloed.Klein, Houding4D.RespectEnInteresse);
        var p3 = WithKrachtenveld(Partner("Drie", [], []), Invloed.Groot, Houding4D.AutomatischePiloot);
        var p4 = WithKrachtenveld(Partner("Vier", [], []), Invloed.Middel, Houding4D.Eigenbelang);
        var p5 = WithKrachtenveld(Partner("Vijf", [], []), null, Houding4D.Eigenbelang);
        var p6 = WithKrachtenveld(Partner("Zes", [], []), Invloed.Groot, Houding4D.Samenhang);
        var p7 = Partner("Zeven", [], []);
        var coalition = Coalition(p1, p2, p3, p4, p5, p6, p7) with
        {
            Interventies =
            [
                Interventie("één", "Koffie drinken"), Interventie("EEN", "Wijkwandeling", gekozen: true),
                .. Enumerable.Range(1, 5).Select(i => Interventie("Drie", $"Actie {i}")),
            ],
        };

        var priorities = Priorities.Order(coalition);

        Assert.Equal(
        [
            ("Eén", 9), ("Drie", 6), ("Vier", 6), ("Twee", 1), ("Zes", 0), ("Vijf", -1), ("Zeven", -1),
        ], priorities.Select(p => (p.Partner.Naam, p.Score ?? -1)));
        Assert.Equal(Enumerable.Range(1, 7), priorities.Select(p => p.Rank));
        Assert.Equal(["Koffie drinken", "Wijkwandeling"], priorities[0].Interventies.Select(i => i.Text.Value));
        Assert.Equal("Wijkwandeling", priorities[0].Chosen?.Text.Value);
        Assert.True(priorities[0].FewInterventions);
        Assert.False(priorities[1].FewInterventions);
        Assert.Equal("Budget rond", priorities[0].Randvoorwaarden?.Value);
        Assert.Equal("krachtenveld.xlsx", priorities[0].Partner.Krachtenveld!.Partij.Source.File);
    }

    [Fact]
    public void Of_two_relations_with_the_same_score_the_larger_influence_comes_first()
    {
        // Each pair has the same score; the one with the smaller influence stands first in the krachtenveld.
        var welzijn = WithKrachtenveld(Partner("Welzijn", [], []), Invloed.Middel, Houding4D.Eigenbelang);              // 2 × 3 = 6
        var corporatie = WithKrachtenveld(Partner("Corporatie", [], []), Invloed.Groot, Houding4D.AutomatischePiloot);  // 3 × 2 = 6
        var bibliotheek = WithKrachtenveld(Partner("Bibliotheek", [], []), Invloed.Klein, Houding4D.Eigenbelang);       // 1 × 3 = 3
        var zorggroep = WithKrachtenveld(Partner("Zorggroep", [], []), Invloed.Groot, Houding4D.RespectEnInteresse);    // 3 × 1 = 3

        var priorities = Priorities.Order(Coalition(welzijn, corporatie, bibliotheek, zorggroep));

        Assert.Equal([("Corporatie", 6), ("Welzijn", 6), ("Zorggroep", 3), ("Bibliotheek", 3)], priorities.Select(p => (p.Partner.Naam, p.Score ?? -1)));
    }
}

public sealed class AmbitionTests
{
    [Fact]
    public void Every_partner_ambition_and_headline_comes_with_the_coalitions_own()
    {
        var a = Partner("A", [], [], ambitie: "Niemand uit beeld", kop: "Wijk kijkt om");
        var b = Partner("B", [], []);
        var c = Partner("C", [], [], kop: "Samen sterk");
        var src = new SourceRef("krachtenveld.xlsx", "Samenwerking", "B6");
        var coalition = Coalition(a, b, c) with
        {
            Samenwerking = new Samenwerking(GedeeldeAmbitie: new Sourced<string>("Eén stap naar hulp", src), Krantenkop: new Sourced<string>("Hier valt niemand buiten", src)),
        };

        var material = AmbitionMaterial.Of(coalition);

        Assert.Equal([("A", "Niemand uit beeld", "Wijk kijkt om"), ("C", null, "Samen sterk")],
            material.Partners.Select(p => (p.Partner.Naam, p.Ambitie?.Value, p.Krantenkop?.Value)));
        Assert.Equal("Eén stap naar hulp", material.GedeeldeAmbitie?.Value);
        Assert.Equal("Hier valt niemand buiten", material.Krantenkop?.Value);
        Assert.Equal("B9", material.Partners[0].Krantenkop!.Source.Cell);
    }

    [Fact]
    public void The_same_coalition_always_gives_the_same_analysis()
    {
        var partners = Enumerable.Range(0, 12).Select(i => Partner($"P{i}",
            [Halen($"Vrijwilligers en kennis {i % 3}", (Soort)(i % 11)), Halen($"cijfers {i % 4}")],
            [Brengen($"vrijwilliger {i % 5}", (Soort)((i + 1) % 11)), Brengen($"kennis cijfer {i % 2}")])).ToArray();

        string Dump() => string.Join("\n", CoalitionAnalysis.Of(Coalition(partners)) is var a
            ? a.Matches.Select(m => $"{m.Wanter.Naam}:{m.Want.Text.Value}>{m.Bringer.Naam}:{m.Offer.Text.Value}:{m.SameSoort}:{m.Score}:{string.Join(",", m.Reasons)}")
                .Concat(a.OpenNeeds.Select(o => o.Want.Text.Value)).Concat(a.Themes.Select(t => t.Label))
            : []);

        var first = Dump();
        Assert.NotEmpty(first);
        Assert.Equal(first, Dump());
    }
}
