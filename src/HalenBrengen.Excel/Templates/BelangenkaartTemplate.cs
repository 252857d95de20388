using ClosedXML.Excel;
using HalenBrengen.Core.Model;
using C = HalenBrengen.Excel.Contract;

namespace HalenBrengen.Excel.Templates;

/// <summary>The belangenkaart form each partner fills in: instructions, its card, and what it halen and brengen.</summary>
public static class BelangenkaartTemplate
{
    private static readonly (string, string)[] Instructions =
    [
        ("Waarvoor is dit formulier?",
            "Binnenkort gaan de partners van deze samenwerking samen om tafel. Elke partij vertelt dan even lang " +
            "wat zij wil halen uit de samenwerking en wat zij wil brengen. Met dit formulier bereidt u dat voor. " +
            "Uw antwoorden worden op een grote poster (A0) gedrukt die tijdens de bijeenkomst aan de muur hangt, " +
            "en komen in de presentatie van de begeleider. Schrijf dus zo dat een andere partner het begrijpt."),
        ("Hoe vult u het in?",
            "Vul alleen de gele cellen in. Begin op het blad 'Belangenkaart' met de naam van uw organisatie: " +
            "die is verplicht. Ga dan naar 'Halen' en 'Brengen' en zet op elke rij één punt. " +
            "Een cel mag meerdere zinnen of regels bevatten (Alt+Enter voor een nieuwe regel).\n" +
            "Bij 'Soort', 'Wens of eis' en andere keuzevelden klikt u op het pijltje in de cel en kiest u uit de lijst."),
        ("Belangenkaart: uw belang",
            "Eigen belang: wat uw organisatie zelf nodig heeft of wil bereiken, ook als dat niet altijd hardop gezegd wordt. " +
            "Gezamenlijk belang: waarom de samenwerking als geheel volgens u de moeite waard is. " +
            "Ambitie: de gezamenlijke ambitie in uw eigen woorden, nog zonder te schaven. " +
            "Krantenkop: de kop die u aan het eind van de samenwerking in de krant zou willen lezen."),
        ("Halen: wat wilt u eruit halen?",
            "Denk aan kennis, toegang tot een netwerk of een doelgroep, geld, zichtbaarheid, capaciteit, " +
            "of het voortbestaan van uw organisatie. Geef bij elk punt aan of het een wens is (daarover valt te praten) " +
            "of een eis (daar kunt u niet van afwijken). Wees zuinig met eisen: alleen wat echt niet onderhandelbaar is."),
        ("Brengen: wat wilt u erin stoppen?",
            "Denk aan budget, mensen en uren, deskundigheid, bereik van uw doelgroep, ruimte of faciliteiten, " +
            "of een stukje zeggenschap. Bij 'Omvang' kunt u aangeven hoeveel, bijvoorbeeld '8 uur per week' of '€ 15.000 per jaar'."),
        ("Goed om te weten",
            "Halen en brengen hoeven niet even groot te zijn. Het gaat erom dat het voor iedereen de moeite waard is " +
            "en dat duidelijk is wat partners van elkaar verwachten. U mag rijen, kolommen en een logo toevoegen; " +
            "laat de namen van de bladen en de kolomkoppen wel staan."),
    ];

    internal static readonly LabelField[] Fields =
    [
        new(C.Belangenkaart.Partij, "Verplicht. De naam van uw organisatie, zoals de andere partners haar kennen.", 30),
        new(C.Belangenkaart.Contactpersoon, "Wie namens uw organisatie aan tafel zit.", 22),
        new(C.Belangenkaart.EigenBelang, "Wat heeft uw organisatie zelf nodig of wil zij bereiken?", 75),
        new(C.Belangenkaart.GezamenlijkBelang, "Waarom is deze samenwerking voor het geheel de moeite waard?", 75),
        new(C.Belangenkaart.Ambitie, "De gezamenlijke ambitie in uw eigen woorden.", 60),
        new(C.Belangenkaart.Krantenkop, "De kop die u aan het eind in de krant wilt lezen.", 30),
    ];

    private static readonly TableColumn[] HalenColumns =
    [
        new(C.Halen.Wat, 60, "Eén punt per rij: wat wil uw organisatie uit de samenwerking halen?"),
        new(C.Halen.Soort, 28, "Kies het soort dat het best past.", C.Halen.Soort),
        new(C.Halen.WensOfEis, 14, "Wens: onderhandelbaar. Eis: niet onderhandelbaar.", C.Halen.WensOfEis),
        new(C.Halen.Toelichting, 55, "Waarom is dit belangrijk, of wat bedoelt u precies?"),
    ];

    private static readonly TableColumn[] BrengenColumns =
    [
        new(C.Brengen.Wat, 60, "Eén punt per rij: wat wil uw organisatie in de samenwerking stoppen?"),
        new(C.Brengen.Soort, 28, "Kies het soort dat het best past.", C.Brengen.Soort),
        new(C.Brengen.Omvang, 22, "Hoeveel? Bijvoorbeeld '8 uur per week' of '€ 15.000 per jaar'."),
        new(C.Brengen.Toelichting, 55, "Voorwaarden, of wat u precies bedoelt."),
    ];

    public static XLWorkbook Build(BelangenkaartInvulling? data = null)
    {
        var workbook = new XLWorkbook();
        TemplateSheets.ApplyProperties(workbook, "Belangenkaart");
        TemplateSheets.Instructions(workbook, "Belangenkaart: uitleg", Instructions);
        var card = TemplateSheets.Labels(workbook, C.Belangenkaart.Sheet, "Belangenkaart",
            "Vul de gele cellen in. Alleen 'Partij' is verplicht; hoe meer u invult, hoe beter het gesprek.", Fields);
        var halen = TemplateSheets.Table(workbook, C.Halen.Sheet, "Halen: wat wilt u uit de samenwerking halen?",
            "Eén punt per rij. Geef bij elk punt aan of het een wens is (onderhandelbaar) of een eis (niet onderhandelbaar).",
            HalenColumns);
        var brengen = TemplateSheets.Table(workbook, C.Brengen.Sheet, "Brengen: wat wilt u in de samenwerking stoppen?",
            "Eén punt per rij. Denk aan geld, mensen en uren, kennis, bereik, ruimte of zeggenschap.", BrengenColumns);
        TemplateSheets.Lists(workbook,
        [
            (C.Halen.Soort, TemplateSheets.Labels(ValueLists.Soorten)),
            (C.Halen.WensOfEis, TemplateSheets.Labels(ValueLists.WensenOfEisen)),
        ]);
        if (data is not null)
            Fill(card, halen, brengen, data);
        card.SetTabActive();
        return workbook;
    }

    private static void Fill(IXLWorksheet card, IXLWorksheet halen, IXLWorksheet brengen, BelangenkaartInvulling data)
    {
        string?[] values = [data.Partij, data.Contactpersoon, data.EigenBelang, data.GezamenlijkBelang, data.Ambitie, data.Krantenkop];
        for (var i = 0; i < values.Length; i++)
            card.Cell(4 + i, 2).SetValue(values[i] ?? string.Empty);
        TemplateFill.Rows(halen, data.Halen ?? [], r => [r.Wat, r.Soort, r.WensOfEis, r.Toelichting]);
        TemplateFill.Rows(brengen, data.Brengen ?? [], r => [r.Wat, r.Soort, r.Omvang, r.Toelichting]);
    }
}

internal static class TemplateFill
{
    public const int FirstDataRow = 4;

    public static void Rows<T>(IXLWorksheet sheet, IReadOnlyList<T> rows, Func<T, string?[]> cells)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var values = cells(rows[r]);
            for (var c = 0; c < values.Length; c++)
            {
                if (!string.IsNullOrEmpty(values[c]))
                    sheet.Cell(FirstDataRow + r, c + 1).SetValue(values[c]);
            }
            sheet.Row(FirstDataRow + r).Height =
                TemplateStyle.RowHeightFor(values.Select((text, c) => (text, sheet.Column(c + 1).Width)));
        }
    }
}
