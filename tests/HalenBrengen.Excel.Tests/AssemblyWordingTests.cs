using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;

namespace HalenBrengen.Excel.Tests;

/// <summary>Core says what putting the coalition together found, as data; the reader words it in Dutch.</summary>
public sealed class AssemblyWordingTests
{
    private static Sourced<string> At(string value, string cell) => new(value, new SourceRef("kv.xlsx", "Krachtenveld", cell));

    public static TheoryData<AssemblyFinding> EveryFinding =>
    [
        new PartnerWithoutBelangenkaart(At("Alfa", "A4")),
        new PartnerNotInKrachtenveld(At("Alfa", "B4"), new SourceRef("kv.xlsx")),
        new ManyPartners(30, 24, new SourceRef("kv.xlsx")),
        new BelangenkaartTwice(At("Alfa", "B4"), "a.xlsx", "b.xlsx"),
        new UnusualSessionLength(new Sourced<int>(5, new SourceRef("kv.xlsx", "Samenwerking", "B10")), 15),
        new KrachtenveldTwice(new SourceRef("kv.xlsx"), new SourceRef("kv2.xlsx")),
        new RowTwice(At("Alfa", "A9"), "A4"),
        new UnknownPartner(At("Onbekend", "A4")),
    ];

    [Theory]
    [MemberData(nameof(EveryFinding))]
    public void Every_finding_is_worded_with_its_kind_and_place(AssemblyFinding finding)
    {
        var diagnostic = AssemblyWording.Word(finding, Words.Nl.Problems);

        Assert.Equal((finding.Severity, finding.Code, finding.Where), (diagnostic.Severity, diagnostic.Code, diagnostic.Where));
        Assert.DoesNotContain("{", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Beyond_the_partners_the_combined_map_is_made_for_the_facilitator_is_pointed_to_the_partners_posters() =>
        Assert.Equal("met 30 partijen wordt de gezamenlijke A0-kaart erg vol: ze is gemaakt voor ten hoogste 24 partijen " +
            "en loopt over meerdere vellen. Hang liever de poster van elke partij op, en bouw samen op het werkvel.",
            AssemblyWording.Word(new ManyPartners(30, 24, new SourceRef("kv.xlsx")), Words.Nl.Problems).Message);

    [Fact]
    public void A_partner_twice_in_the_krachtenveld_is_named_with_its_first_cell() =>
        Assert.Equal("partij 'Alfa' staat twee keer in het krachtenveld (ook in cel A4). Voeg de twee rijen samen tot één.",
            AssemblyWording.Word(new RowTwice(At("Alfa", "A9"), "A4"), Words.Nl.Problems).Message);

    [Theory]
    [InlineData(5, 15, "De agenda gaat nu uit van 15 minuten; vul de werkelijke duur in minuten in.")]
    [InlineData(600, 600, "De agenda gaat uit van deze duur; klopt die niet, pas het getal aan.")]
    public void An_unusual_session_length_says_what_the_agenda_uses(int minutes, int used, string ending) =>
        Assert.Equal($"een sessie van {minutes} minuten is ongebruikelijk: verwacht tussen 15 minuten en 8 uur. {ending}",
            AssemblyWording.Word(new UnusualSessionLength(new Sourced<int>(minutes, new SourceRef("kv.xlsx")), used), Words.Nl.Problems).Message);
}
