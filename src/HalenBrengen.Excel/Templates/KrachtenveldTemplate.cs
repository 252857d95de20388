using ClosedXML.Excel;
using HalenBrengen.Core.Model;
using C = HalenBrengen.Excel.Contract;

namespace HalenBrengen.Excel.Templates;

/// <summary>The facilitator's krachtenveld form: the coalition, the force field, interventions and activities.</summary>
public static class KrachtenveldTemplate
{
    /// <summary>The forms are Dutch, like the workbook contract they carry.</summary>
    private static readonly FormTexts F = Words.Nl.Forms;

    internal static readonly LabelField[] Fields =
    [
        new(C.Samenwerking.Naam, F.NaamHint, 22),
        new(C.Samenwerking.Opgave, F.OpgaveHint, 60),
        new(C.Samenwerking.GedeeldeAmbitie, F.GedeeldeAmbitieHint, 60),
        new(C.Samenwerking.Krantenkop, F.SamenwerkingKrantenkopHint, 30),
        new(C.Samenwerking.DatumSessie, F.DatumSessieHint, 22, Date: true),
        new(C.Samenwerking.Begeleider, F.BegeleiderHint, 22),
        new(C.Samenwerking.Sessieduur, F.SessieduurHint, 30, WholeNumber: true),
        new(C.Samenwerking.DatumTweede, F.DatumTweedeHint, 22, Date: true),
    ];

    private static readonly TableColumn[] ForceFieldColumns =
    [
        new(C.Krachtenveld.Partij, 26, F.ForceFieldPartijHint),
        new(C.Krachtenveld.NodigVoor, 34, F.NodigVoorHint),
        new(C.Krachtenveld.Invloed, 12, F.InvloedHint, C.Krachtenveld.Invloed),
        new(C.Krachtenveld.BelangenEnDrijfveren, 40, F.BelangenEnDrijfverenHint),
        new(C.Krachtenveld.Houding, 24, F.HoudingHint, C.Krachtenveld.Houding),
        new(C.Krachtenveld.Randvoorwaarden, 40, F.RandvoorwaardenHint),
    ];

    private static readonly TableColumn[] InterventionColumns =
    [
        new(C.Interventies.Partij, 26, F.InterventiePartijHint, OnPaper: F.PartnerOnPaper),
        new(C.Interventies.Interventie, 60, F.InterventieHint),
        new(C.Interventies.SluitAanBij, 40, F.SluitAanBijHint),
        new(C.Interventies.Gekozen, 12, F.GekozenHint, C.Interventies.Gekozen),
    ];

    private static readonly TableColumn[] ActivityColumns =
    [
        new(C.Activiteiten.Partij, 26, F.ActiviteitPartijHint, OnPaper: F.PartnerOnPaper),
        new(C.Activiteiten.Activiteit, 70, F.ActiviteitHint),
        new(C.Activiteiten.Wanneer, 22, F.WanneerHint),
    ];

    /// <summary>The drop-downs' lists: on the hidden list sheet, and on paper above their columns.</summary>
    private static readonly (string Name, IReadOnlyList<string> Values)[] Lists =
    [
        (C.Krachtenveld.Invloed, TemplateSheets.Labels(ValueLists.Invloeden)),
        (C.Krachtenveld.Houding, TemplateSheets.Labels(ValueLists.Houdingen)),
        (C.Interventies.Gekozen, TemplateSheets.Labels(ValueLists.JaNee)),
    ];

    public static XLWorkbook Build(KrachtenveldInvulling? data = null)
    {
        var workbook = new XLWorkbook();
        TemplateSheets.ApplyProperties(workbook, F.KrachtenveldTitle);
        TemplateSheets.Instructions(workbook, F.KrachtenveldExplanationTitle, F.KrachtenveldExplanation);
        var coalition = TemplateSheets.Labels(workbook, C.Samenwerking.Sheet, F.SamenwerkingTitle, F.SamenwerkingHint, Fields);
        var forceField = TemplateSheets.Table(workbook, C.Krachtenveld.Sheet, F.KrachtenveldTitle, F.ForceFieldHint, ForceFieldColumns, Lists);
        var interventions = TemplateSheets.Table(workbook, C.Interventies.Sheet, F.InterventiesTitle, F.InterventiesHint, InterventionColumns, Lists);
        var activities = TemplateSheets.Table(workbook, C.Activiteiten.Sheet, F.ActiviteitenTitle, F.ActiviteitenHint, ActivityColumns, Lists);
        TemplateSheets.Lists(workbook, Lists);
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
        validation.ErrorMessage = F.PartnerNotInForceField;
        validation.InputTitle = header;
        validation.InputMessage = F.ChoosePartner;
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
        if (data.DatumTweede is { } second)
            coalition.Cell(11, 2).Value = second.ToDateTime(TimeOnly.MinValue);
        TemplateFill.Rows(forceField, data.Krachtenveld ?? [],
            r => [r.Partij, r.NodigVoor, r.Invloed, r.BelangenEnDrijfveren, r.Houding, r.Randvoorwaarden]);
        TemplateFill.Rows(interventions, data.Interventies ?? [], r => [r.Partij, r.Interventie, r.SluitAanBij, r.Gekozen]);
        TemplateFill.Rows(activities, data.Activiteiten ?? [], r => [r.Partij, r.Activiteit, r.Wanneer]);
    }
}
