using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Tests.Analysis;

/// <summary>Small coalitions written out by hand, every value with a cell of its own.</summary>
internal static class Build
{
    private static int _row = 1;

    private static SourceRef Cell(string file, string sheet) => new(file, sheet, $"A{Interlocked.Increment(ref _row)}");

    public static Item Halen(string text, Soort? soort = null, WensOfEis wens = WensOfEis.Wens, string file = "kaart.xlsx", string? toelichting = null)
    {
        var source = Cell(file, "Halen");
        return new Item(ItemKind.Halen, new Sourced<string>(text, source),
            soort is { } s ? new Choice<Soort>(s, ValueLists.Label(s), source with { Cell = "B" + source.Cell![1..] }) : null,
            new Choice<WensOfEis>(wens, ValueLists.Label(wens), source with { Cell = "C" + source.Cell![1..] }),
            Toelichting: toelichting is null ? null : new Sourced<string>(toelichting, source with { Cell = "D" + source.Cell![1..] }));
    }

    public static Item Brengen(string text, Soort? soort = null, string file = "kaart.xlsx", string? omvang = null, string? toelichting = null)
    {
        var source = Cell(file, "Brengen");
        return new Item(ItemKind.Brengen, new Sourced<string>(text, source),
            soort is { } s ? new Choice<Soort>(s, ValueLists.Label(s), source with { Cell = "B" + source.Cell![1..] }) : null,
            Omvang: omvang is null ? null : new Sourced<string>(omvang, source with { Cell = "C" + source.Cell![1..] }),
            Toelichting: toelichting is null ? null : new Sourced<string>(toelichting, source with { Cell = "D" + source.Cell![1..] }));
    }

    public static Partner Partner(string name, Item[] halen, Item[] brengen, string? eigenBelang = null, string? ambitie = null, string? kop = null,
        string? gezamenlijkBelang = null)
    {
        var file = name.ToLowerInvariant().Replace(' ', '-') + ".xlsx";
        var kaart = new Belangenkaart(new Sourced<string>(name, new SourceRef(file, "Belangenkaart", "B4")), null,
            eigenBelang is null ? null : new Sourced<string>(eigenBelang, new SourceRef(file, "Belangenkaart", "B6")),
            gezamenlijkBelang is null ? null : new Sourced<string>(gezamenlijkBelang, new SourceRef(file, "Belangenkaart", "B7")),
            ambitie is null ? null : new Sourced<string>(ambitie, new SourceRef(file, "Belangenkaart", "B8")),
            kop is null ? null : new Sourced<string>(kop, new SourceRef(file, "Belangenkaart", "B9")),
            halen, brengen);
        return new Partner(name, kaart, null);
    }

    public static Partner WithKrachtenveld(Partner partner, Invloed? invloed, Houding4D? houding, string? randvoorwaarden = null)
    {
        var source = Cell("krachtenveld.xlsx", "Krachtenveld");
        return partner with
        {
            Krachtenveld = new KrachtenveldRij(new Sourced<string>(partner.Naam, source), null,
                invloed is { } i ? new Choice<Invloed>(i, ValueLists.Label(i), source) : null, null,
                houding is { } h ? new Choice<Houding4D>(h, ValueLists.Label(h), source) : null,
                randvoorwaarden is null ? null : new Sourced<string>(randvoorwaarden, source)),
        };
    }

    public static Interventie Interventie(string partij, string text, bool gekozen = false)
    {
        var source = Cell("krachtenveld.xlsx", "Interventies");
        return new Interventie(new Sourced<string>(partij, source), new Sourced<string>(text, source), null,
            new Choice<bool>(gekozen, gekozen ? "Ja" : "Nee", source));
    }

    public static Coalition Coalition(params Partner[] partners) => new(new Samenwerking(), partners, [], []);
}
