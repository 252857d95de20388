using ClosedXML.Excel;
using HalenBrengen.Core.Model;
using C = HalenBrengen.Excel.Contract;

namespace HalenBrengen.Excel.Templates;

/// <summary>The belangenkaart form each partner fills in: instructions, its card, and what it halen and brengen.</summary>
public static class BelangenkaartTemplate
{
    /// <summary>The forms are Dutch, like the workbook contract they carry.</summary>
    private static readonly FormTexts F = Words.Nl.Forms;

    internal static readonly LabelField[] Fields =
    [
        new(C.Belangenkaart.Partij, F.PartijHint, 30),
        new(C.Belangenkaart.Contactpersoon, F.ContactpersoonHint, 22),
        new(C.Belangenkaart.EigenBelang, F.EigenBelangHint, 75),
        new(C.Belangenkaart.GezamenlijkBelang, F.GezamenlijkBelangHint, 75),
        new(C.Belangenkaart.Ambitie, F.AmbitieHint, 60),
        new(C.Belangenkaart.Krantenkop, F.KrantenkopHint, 30),
    ];

    private static readonly TableColumn[] HalenColumns =
    [
        new(C.Halen.Wat, 60, F.HalenWatHint),
        new(C.Halen.Soort, 28, F.HalenSoortHint, C.Halen.Soort),
        new(C.Halen.WensOfEis, 14, F.WensOfEisHint, C.Halen.WensOfEis),
        new(C.Halen.Toelichting, 55, F.HalenToelichtingHint),
    ];

    private static readonly TableColumn[] BrengenColumns =
    [
        new(C.Brengen.Wat, 60, F.BrengenWatHint),
        new(C.Brengen.Soort, 28, F.BrengenSoortHint, C.Brengen.Soort),
        new(C.Brengen.Omvang, 22, F.OmvangHint),
        new(C.Brengen.Toelichting, 55, F.BrengenToelichtingHint),
    ];

    /// <summary>The drop-downs' lists: on the hidden list sheet, and on paper above their columns.</summary>
    private static readonly (string Name, IReadOnlyList<string> Values)[] Lists =
    [
        (C.Halen.Soort, TemplateSheets.Labels(ValueLists.Soorten)),
        (C.Halen.WensOfEis, TemplateSheets.Labels(ValueLists.WensenOfEisen)),
    ];

    public static XLWorkbook Build(BelangenkaartInvulling? data = null)
    {
        var workbook = new XLWorkbook();
        TemplateSheets.ApplyProperties(workbook, F.BelangenkaartTitle);
        TemplateSheets.Instructions(workbook, F.BelangenkaartExplanationTitle, F.BelangenkaartExplanation);
        var card = TemplateSheets.Labels(workbook, C.Belangenkaart.Sheet, F.BelangenkaartTitle, F.CardHint, Fields);
        var halen = TemplateSheets.Table(workbook, C.Halen.Sheet, F.HalenTitle, F.HalenHint, HalenColumns, Lists);
        var brengen = TemplateSheets.Table(workbook, C.Brengen.Sheet, F.BrengenTitle, F.BrengenHint, BrengenColumns, Lists);
        TemplateSheets.Lists(workbook, Lists);
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
                RowHeights.Estimate(values.Select((text, c) => (text, sheet.Column(c + 1).Width)));
        }
    }
}
