using HalenBrengen.Core.Model;

namespace HalenBrengen.Pptx.Tests.Support;

/// <summary>A small coalition written in code: two partners and a krachtenveld, short words, every slide kind once.</summary>
public static class Tiny
{
    private static Sourced<string> S(string value, string file = "kaart.xlsx") => new(value, new SourceRef(file, "Blad", "B2"));

    public static Coalition Coalition(bool withSharedAmbition = true)
    {
        var gemeente = new Belangenkaart(S("Gemeente Proefstad"), null, S("Minder schulden in de wijk."), S("Vroege hulp dichtbij."),
            S("Elk gezin vindt hulp."), S("Proefstad helpt eerder"),
            [
                new Item(ItemKind.Halen, S("Signalen van huurachterstand"), new Choice<Soort>(Soort.DataEnInformatie, "Data en informatie", new SourceRef("k")),
                    new Choice<WensOfEis>(WensOfEis.Eis, "Eis", new SourceRef("k")), Toelichting: S("De wet vraagt het.")),
                new Item(ItemKind.Halen, S("Vrijwilligers voor de administratie"), new Choice<Soort>(Soort.CapaciteitEnMenskracht, "x", new SourceRef("k"))),
            ],
            [new Item(ItemKind.Brengen, S("Budget voor de wijkaanpak"), new Choice<Soort>(Soort.GeldEnBudget, "x", new SourceRef("k")), Omvang: S("€ 50.000"))]);
        var woon = new Belangenkaart(S("Woonstichting Proef"), null, S("Geen huisuitzettingen."), null, null, S("Nul uitzettingen"),
            [new Item(ItemKind.Halen, S("Snelle hulp voor huurders"), new Choice<Soort>(Soort.KennisEnExpertise, "x", new SourceRef("k")))],
            [
                new Item(ItemKind.Brengen, S("Signalen van huurachterstand bij twee maanden"), new Choice<Soort>(Soort.DataEnInformatie, "x", new SourceRef("k"))),
                new Item(ItemKind.Brengen, S("Vrijwilligers uit de huurdersraad"), new Choice<Soort>(Soort.CapaciteitEnMenskracht, "x", new SourceRef("k"))),
            ]);
        var kv = "kv.xlsx";
        var rows = new[]
        {
            new KrachtenveldRij(S("Gemeente Proefstad", kv), S("Budget en mandaat", kv), new Choice<Invloed>(Invloed.Groot, "Groot", new SourceRef(kv)),
                S("Minder dure hulp", kv), new Choice<Houding4D>(Houding4D.RespectEnInteresse, "3", new SourceRef(kv)), S("Meetbaar resultaat", kv)),
            new KrachtenveldRij(S("Woonstichting Proef", kv), S("Signalen", kv), new Choice<Invloed>(Invloed.Middel, "Middel", new SourceRef(kv)),
                S("Minder achterstand", kv), new Choice<Houding4D>(Houding4D.Eigenbelang, "2", new SourceRef(kv)), S("Privacy geregeld", kv)),
        };
        var samenwerking = new Samenwerking(S("Proefalliantie", kv), S("Geldzorgen komen te laat in beeld.", kv),
            withSharedAmbition ? S("Niemand raakt uit beeld.", kv) : null, withSharedAmbition ? S("Proefstad: niemand valt ertussen", kv) : null,
            new SessieDatum(new DateOnly(2027, 3, 11), "11-3-2027 13:30", new SourceRef(kv), new TimeOnly(13, 30)), S("Marieke", kv), new Sourced<int>(120, new SourceRef(kv)));
        return new Coalition(samenwerking,
            [new Partner("Gemeente Proefstad", gemeente, rows[0]), new Partner("Woonstichting Proef", woon, rows[1])],
            [new Interventie(S("Woonstichting Proef", kv), S("Samen een convenant opstellen", kv), S("Privacy", kv), new Choice<bool>(true, "Ja", new SourceRef(kv)))],
            [new Activiteit(S("Gemeente Proefstad", kv), S("Eén loket voor geldzorgen", kv), S("Voor 1 juni", kv))]);
    }
}
