using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Tests.Analysis;

/// <summary>
/// The facilitator's proposals for 'Wie doet wat?' (the krachtenveld's Activiteiten) read against the wants nobody at the table
/// surely answers: an activity of another partner that surely answers one is named with it; the partners' own suggestions stay as
/// they were.
/// </summary>
public sealed class ProposalTests
{
    private static Activiteit Activity(string? party, string text) =>
        new(party is null ? null : new Sourced<string>(party, new SourceRef("krachtenveld.xlsx", "Activiteiten", "A2")),
            new Sourced<string>(text, new SourceRef("krachtenveld.xlsx", "Activiteiten", "B2")), null);

    private static (Coalition Coalition, Item Phone) Example(params Activiteit[] activities)
    {
        var phone = Build.Halen("Eén telefoonnummer voor signalen over geldzorgen", wens: WensOfEis.Eis);
        var zorg = Build.Partner("Zorggroep", [phone, Build.Halen("Minder werkdruk voor wijkverpleegkundigen")], [Build.Brengen("Signalen van achter de voordeur")]);
        var gemeente = Build.Partner("Gemeente", [Build.Halen("Zicht op wat de aanpak oplevert")], [Build.Brengen("Budget voor de wijkaanpak"), Build.Brengen("Een projectleider")]);
        var school = Build.Partner("Kindcentrum", [Build.Halen("Kennis over armoede voor leerkrachten")], [Build.Brengen("Contact met bijna alle gezinnen")]);
        return (Build.Coalition(zorg, gemeente, school) with { Activiteiten = activities }, phone);
    }

    [Fact]
    public void An_open_want_names_another_partner_s_proposed_activity_that_surely_answers_it()
    {
        var loket = Activity("Gemeente", "Eén telefoonnummer en één loket voor alle signalen");
        var (coalition, phone) = Example(loket, Activity("Kindcentrum", "Een ouderavond over opvoeden"));
        var analysis = CoalitionAnalysis.Of(coalition);
        Assert.Contains(analysis.OpenNeeds, n => ReferenceEquals(n.Want, phone));
        Assert.Same(loket, analysis.Proposed[phone]);
        // Only the want it answers: an activity about something else answers nothing.
        Assert.Single(analysis.Proposed);
        // The partners' own suggestions as they were without the activities.
        var without = CoalitionAnalysis.Of(coalition with { Activiteiten = [] });
        Assert.Empty(without.Proposed);
        Assert.Equal(without.OpenNeeds.Select(n => n.Want.Text.Value), analysis.OpenNeeds.Select(n => n.Want.Text.Value));
    }

    [Theory]
    [InlineData("Zorggroep")]
    [InlineData(null)]
    [InlineData("Woningcorporatie buiten de tafel")]
    public void An_activity_of_the_wanter_itself_of_the_group_or_of_a_party_not_at_the_table_answers_nothing(string? party)
    {
        var (coalition, _) = Example(Activity(party, "Eén telefoonnummer en één loket voor alle signalen"));
        Assert.Empty(CoalitionAnalysis.Of(coalition).Proposed);
    }
}
