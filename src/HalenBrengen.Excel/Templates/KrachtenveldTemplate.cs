using ClosedXML.Excel;
using HalenBrengen.Core.Model;
using C = HalenBrengen.Excel.Contract;

namespace HalenBrengen.Excel.Templates;

/// <summary>The facilitator's krachtenveld form: the coalition, the force field, interventions and activities.</summary>
public static class KrachtenveldTemplate
{
    private static readonly (string, string)[] Instructions =
    [
        ("Waarvoor is dit formulier?",
            "Dit formulier vult u als begeleider (of initiatiefnemer) in, één keer voor de hele samenwerking. " +
            "Samen met de belangenkaarten van de partners wordt het de presentatie voor de bijeenkomst en de posters."),
        ("Samenwerking",
            "De naam van de samenwerking, de opgave in een paar zinnen, de gedeelde ambitie zoals die er nu ligt " +
            "(ruw mag; u scherpt haar samen aan) en de krantenkop als die er al is. Datum, begeleider en de duur " +
            "van de bijeenkomst in minuten bepalen de agenda: elke partij krijgt even veel spreektijd."),
        ("Krachtenveld",
            "Eén rij per partij die ertoe doet, ook partijen die (nog) niet aan tafel zitten. " +
            "Nodig voor: waarvoor heeft u deze partij nodig (instemming, kennis, uitvoering, geld, draagvlak)? " +
            "Invloed: groot, middel of klein. Belangen en drijfveren: wat beweegt deze partij? " +
            "Houding (4D): hoe is de relatie nu? 1 automatische piloot (geen contact), 2 eigenbelang (weerstand, strijd), " +
            "3 respect en interesse (uitwisseling, voortgang), 4 samenhang (samen ontwikkelen en creëren). " +
            "Randvoorwaarden: wat moet er geregeld zijn voordat deze partij meedoet? " +
            "Schrijf de partijnamen hetzelfde als op de belangenkaarten (hoofdletters en accenten maken niet uit)."),
        ("Interventies",
            "Bedenk per relatie minstens vijf mogelijke acties. Kies daarna de acties die aansluiten bij de belangen en " +
            "drijfveren van de ander, en markeer met 'Ja' de actie die ook bij uzelf past. Vaak loont het om een relatie " +
            "van niveau 2 naar niveau 3 te brengen."),
        ("Activiteiten",
            "Wie doet wat, en wanneer? Vul dit na de bijeenkomst in, of tijdens, als de afspraken gemaakt worden. " +
            "Laat 'Partij' leeg voor iets wat de samenwerking samen doet."),
    ];

    internal static readonly LabelField[] Fields =
    [
        new(C.Samenwerking.Naam, "Hoe heet de samenwerking?", 22),
        new(C.Samenwerking.Opgave, "De gezamenlijke opgave, in een paar zinnen.", 60),
        new(C.Samenwerking.GedeeldeAmbitie, "De ambitie zoals die nu ligt; ruw mag.", 60),
        new(C.Samenwerking.Krantenkop, "De krantenkop, als die er al is.", 30),
        new(C.Samenwerking.DatumSessie, "Bijvoorbeeld 11-3-2027 13:30 (de tijd mag weg).", 22, Date: true),
        new(C.Samenwerking.Begeleider, "Wie begeleidt de bijeenkomst?", 22),
        new(C.Samenwerking.Sessieduur, "Hoe lang duurt de bijeenkomst, in minuten? Bijvoorbeeld 150.", 30, WholeNumber: true),
    ];

    private static readonly TableColumn[] ForceFieldColumns =
    [
        new(C.Krachtenveld.Partij, 26, "De naam van de partij, zoals op haar belangenkaart."),
        new(C.Krachtenveld.NodigVoor, 34, "Waarvoor heeft u deze partij nodig?"),
        new(C.Krachtenveld.Invloed, 12, "Hoe groot is de invloed van deze partij op het doel?", C.Krachtenveld.Invloed),
        new(C.Krachtenveld.BelangenEnDrijfveren, 40, "Wat beweegt deze partij?"),
        new(C.Krachtenveld.Houding, 24, "Hoe is de relatie nu, op het 4D-model?", C.Krachtenveld.Houding),
        new(C.Krachtenveld.Randvoorwaarden, 40, "Wat moet geregeld zijn voordat deze partij meedoet?"),
    ];

    private static readonly TableColumn[] InterventionColumns =
    [
        new(C.Interventies.Partij, 26, "Voor welke partij is deze actie?"),
        new(C.Interventies.Interventie, 60, "Eén mogelijke actie per rij."),
        new(C.Interventies.SluitAanBij, 40, "Bij welk belang of welke drijfveer van de ander sluit zij aan?"),
        new(C.Interventies.Gekozen, 12, "'Ja' voor de actie die u gaat doen.", C.Interventies.Gekozen),
    ];

    private static readonly TableColumn[] ActivityColumns =
    [
        new(C.Activiteiten.Partij, 26, "Wie neemt dit op zich? Leeg: de samenwerking samen."),
        new(C.Activiteiten.Activiteit, 70, "Eén activiteit per rij."),
        new(C.Activiteiten.Wanneer, 22, "Wanneer, bijvoorbeeld 'voor de zomer' of '1 juni 2027'."),
    ];

    public static XLWorkbook Build(KrachtenveldInvulling? data = null)
    {
        var workbook = new XLWorkbook();
        TemplateSheets.ApplyProperties(workbook, "Krachtenveld");
        TemplateSheets.Instructions(workbook, "Krachtenveld: uitleg voor de begeleider", Instructions);
        var coalition = TemplateSheets.Labels(workbook, C.Samenwerking.Sheet, "Samenwerking",
            "Vul de gele cellen in. Wat u hier invult, komt op de titeldia, de agenda en in het midden van de poster.", Fields);
        var forceField = TemplateSheets.Table(workbook, C.Krachtenveld.Sheet, "Krachtenveld",
            "Eén rij per partij die ertoe doet. Gebruik dezelfde namen als op de belangenkaarten.", ForceFieldColumns);
        var interventions = TemplateSheets.Table(workbook, C.Interventies.Sheet, "Interventies",
            "Minstens vijf mogelijke acties per relatie; zet 'Ja' bij de actie die u kiest.", InterventionColumns);
        var activities = TemplateSheets.Table(workbook, C.Activiteiten.Sheet, "Activiteiten: wie doet wat?",
            "De afspraken: welke partij neemt welke activiteit op zich, en wanneer.", ActivityColumns);
        TemplateSheets.Lists(workbook,
        [
            (C.Krachtenveld.Invloed, TemplateSheets.Labels(ValueLists.Invloeden)),
            (C.Krachtenveld.Houding, TemplateSheets.Labels(ValueLists.Houdingen)),
            (C.Interventies.Gekozen, TemplateSheets.Labels(ValueLists.JaNee)),
        ]);
        PartnerDropDown(interventions, C.Interventies.Partij);
        PartnerDropDown(activities, C.Activiteiten.Partij);
        if (data is not null)
            Fill(coalition, forceField, interventions, activities, data);
        coalition.SetTabActive();
        return workbook;
    }

    /// <summary>
    /// The Partij column of the interventions and activities offers the names typed in the force field,
    /// with a warning (not a stop), since a partner may be named before it is in the force field.
    /// </summary>
    private static void PartnerDropDown(IXLWorksheet sheet, string header)
    {
        var range = sheet.Range(TemplateFill.FirstDataRow, 1, TemplateFill.FirstDataRow + TemplateSheets.InputRows - 1, 1);
        var validation = range.SetDataValidation();
        validation.List($"{C.Krachtenveld.Sheet}!$A${TemplateFill.FirstDataRow}:$A${TemplateFill.FirstDataRow + TemplateSheets.InputRows - 1}", true);
        validation.IgnoreBlanks = true;
        validation.ErrorStyle = XLErrorStyle.Warning;
        validation.ErrorTitle = header;
        validation.ErrorMessage = "Deze naam staat (nog) niet in het krachtenveld. Klopt de spelling?";
        validation.InputTitle = header;
        validation.InputMessage = "Kies een partij uit het krachtenveld.";
    }

    private static void Fill(IXLWorksheet coalition, IXLWorksheet forceField, IXLWorksheet interventions,
        IXLWorksheet activities, KrachtenveldInvulling data)
    {
        string?[] texts = [data.NaamSamenwerking, data.Opgave, data.GedeeldeAmbitie, data.Krantenkop];
        for (var i = 0; i < texts.Length; i++)
            coalition.Cell(4 + i, 2).SetValue(texts[i] ?? string.Empty);
        if (data.DatumSessie is { } date)
        {
            var cell = coalition.Cell(8, 2);
            cell.Value = date.ToDateTime(data.StarttijdSessie ?? TimeOnly.MinValue);
            if (data.StarttijdSessie is not null)
                cell.Style.DateFormat.Format = TemplateSheets.DateTimeFormat;
        }
        coalition.Cell(9, 2).SetValue(data.Begeleider ?? string.Empty);
        if (data.SessieduurMinuten is { } minutes)
            coalition.Cell(10, 2).Value = minutes;
        TemplateFill.Rows(forceField, data.Krachtenveld ?? [],
            r => [r.Partij, r.NodigVoor, r.Invloed, r.BelangenEnDrijfveren, r.Houding, r.Randvoorwaarden]);
        TemplateFill.Rows(interventions, data.Interventies ?? [], r => [r.Partij, r.Interventie, r.SluitAanBij, r.Gekozen]);
        TemplateFill.Rows(activities, data.Activiteiten ?? [], r => [r.Partij, r.Activiteit, r.Wanneer]);
    }
}
