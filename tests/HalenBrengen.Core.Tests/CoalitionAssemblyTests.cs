using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Tests;

public sealed class CoalitionAssemblyTests
{
    private static Sourced<string> At(string value, string file, string cell = "B4") => new(value, new SourceRef(file, "Blad", cell));

    private static Belangenkaart Kaart(string partij, string file) =>
        new(At(partij, file), null, null, null, null, null, [new Item(ItemKind.Halen, At("Iets", file, "A4"))], []);

    private static KrachtenveldRij Row(string partij, string cell) => new(At(partij, "kv.xlsx", cell), null, null, null, null, null);

    private static KrachtenveldKaart Veld(params KrachtenveldRij[] rows) => new(new SourceRef("kv.xlsx"), new Samenwerking(), rows, [], []);

    [Theory]
    [InlineData(24, false)]
    [InlineData(30, true)]
    public void Beyond_the_partners_the_combined_map_is_made_for_the_facilitator_is_pointed_to_the_partners_posters(int count, bool said)
    {
        var findings = new List<AssemblyFinding>();
        CoalitionAssembly.Combine(Enumerable.Range(1, count).Select(i => Kaart($"Partij {i}", $"p{i}.xlsx")).ToList(), [], findings);

        var note = findings.OfType<ManyPartners>().SingleOrDefault();
        Assert.Equal(said, note is not null);
        if (note is not null)
        {
            Assert.Equal(Severity.Opmerking, note.Severity);
            Assert.Equal((count, Coalition.MapPartners), (note.Count, note.MapPartners));
        }
    }

    [Fact]
    public void Partners_follow_the_krachtenveld_order_then_the_remaining_belangenkaarten()
    {
        var findings = new List<AssemblyFinding>();
        var coalition = CoalitionAssembly.Combine(
            [Kaart("Alfa", "a.xlsx"), Kaart("Bèta", "b.xlsx"), Kaart("Gamma", "c.xlsx")],
            [Veld(Row("beta", "A4"), Row("ALFA", "A5"))],
            findings);

        Assert.Equal(["Bèta", "Alfa", "Gamma"], coalition.Partners.Select(p => p.Naam));
        Assert.Equal(DiagnosticCode.PartijZonderKrachtenveld, Assert.Single(findings).Code);
        Assert.Equal("c.xlsx", findings[0].Where.File);
    }

    private static KrachtenveldRij Row(string partij, string cell, Invloed invloed) =>
        Row(partij, cell) with { Invloed = new Choice<Invloed>(invloed, invloed.ToString(), new SourceRef("kv.xlsx", "Blad", "C" + cell[1..])) };

    [Theory]
    [InlineData(Invloed.Groot, "Delta,Alfa,Bèta,Gamma", "Alfa")]
    [InlineData(Invloed.Middel, "Alfa,Bèta,Gamma,Delta", null)]
    public void A_round_headed_by_much_influence_is_opened_by_the_first_party_of_little_influence(Invloed first, string order, string? headed)
    {
        // Whoever opens sets the tone: not the municipality at the head of the krachtenveld, but the first party of little
        // influence; the rest keep the krachtenveld's order.
        var findings = new List<AssemblyFinding>();
        var coalition = CoalitionAssembly.Combine(
            [Kaart("Alfa", "a.xlsx"), Kaart("Bèta", "b.xlsx"), Kaart("Gamma", "c.xlsx"), Kaart("Delta", "d.xlsx")],
            [Veld(Row("Alfa", "A4", first), Row("Bèta", "A5", Invloed.Middel), Row("Gamma", "A6", Invloed.Groot), Row("Delta", "A7", Invloed.Klein))],
            findings);

        Assert.Empty(findings);
        Assert.Equal(order.Split(','), coalition.Partners.Select(p => p.Naam));
        Assert.Equal(headed, coalition.OpensInsteadOf?.Naam);
    }

    [Fact]
    public void A_round_headed_by_much_influence_keeps_its_order_when_nobody_has_little()
    {
        var coalition = CoalitionAssembly.Combine([Kaart("Alfa", "a.xlsx"), Kaart("Bèta", "b.xlsx")],
            [Veld(Row("Alfa", "A4", Invloed.Groot), Row("Bèta", "A5", Invloed.Middel))], new List<AssemblyFinding>());

        Assert.Equal(["Alfa", "Bèta"], coalition.Partners.Select(p => p.Naam));
        Assert.Null(coalition.OpensInsteadOf);
    }

    [Fact]
    public void Without_a_krachtenveld_no_partner_is_reported_missing_from_it()
    {
        var findings = new List<AssemblyFinding>();
        var coalition = CoalitionAssembly.Combine([Kaart("Alfa", "a.xlsx")], [], findings);

        Assert.Empty(findings);
        Assert.Null(Assert.Single(coalition.Partners).Krachtenveld);
    }

    [Fact]
    public void A_partner_twice_in_the_krachtenveld_is_an_error_naming_both_cells()
    {
        var findings = new List<AssemblyFinding>();
        CoalitionAssembly.Combine([], [Veld(Row("Alfa", "A4"), Row("alfa ", "A9"))], findings);

        var error = Assert.IsType<RowTwice>(findings.Single(d => d.Code == DiagnosticCode.DubbelePartij));
        Assert.Equal(Severity.Fout, error.Severity);
        Assert.Equal("A9", error.Where.Cell);
        Assert.Equal("A4", error.EarlierCell);
    }

    [Fact]
    public void Interventions_and_activities_for_an_unknown_partner_are_kept_with_a_warning()
    {
        var findings = new List<AssemblyFinding>();
        var veld = Veld(Row("Alfa", "A4")) with
        {
            Interventies = [new Interventie(At("Onbekend", "kv.xlsx", "A4"), At("Bellen", "kv.xlsx", "B4"), null, null)],
            Activiteiten = [new Activiteit(null, At("Samen evalueren", "kv.xlsx", "B4"), null)],
        };

        var coalition = CoalitionAssembly.Combine([Kaart("Alfa", "a.xlsx")], [veld], findings);

        Assert.Single(coalition.Interventies);
        Assert.Single(coalition.Activiteiten);
        Assert.Equal(DiagnosticCode.OnbekendePartij, Assert.Single(findings).Code);
    }

    [Fact]
    public void A_report_blocks_on_errors_always_and_on_warnings_only_when_strict()
    {
        var coalition = new Coalition(new Samenwerking(), [new Partner("Alfa", null, null)], [], []);
        var warning = new Diagnostic(Severity.Waarschuwing, DiagnosticCode.OnbekendeWaarde, new SourceRef("a.xlsx"), "x");
        var error = warning with { Severity = Severity.Fout };

        Assert.True(new InputReport(coalition, [warning], []).CanGenerate(strict: false));
        Assert.False(new InputReport(coalition, [warning], []).CanGenerate(strict: true));
        Assert.False(new InputReport(coalition, [error], []).CanGenerate(strict: false));
        Assert.False(new InputReport(coalition with { Partners = [] }, [], []).CanGenerate(strict: false));
    }

    [Fact]
    public void A_source_reads_as_file_sheet_and_cell() =>
        Assert.Equal("kaart.xlsx › Halen › B7", new SourceRef("kaart.xlsx", "Halen", "B7").ToString());
}
