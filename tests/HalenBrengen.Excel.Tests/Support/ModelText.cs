using System.Text;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Excel.Tests.Support;

/// <summary>
/// Every value of a coalition as plain text, without where it came from: two workbooks written by
/// different tools that follow the contract must give the same text.
/// </summary>
internal static class ModelText
{
    public static string Of(Coalition coalition)
    {
        var b = new StringBuilder();
        var s = coalition.Samenwerking;
        b.AppendLine($"S|{s.Naam?.Value}|{s.Opgave?.Value}|{s.GedeeldeAmbitie?.Value}|{s.Krantenkop?.Value}|" +
                     $"{s.Datum?.Date:yyyy-MM-dd} {s.Datum?.Time:HH\\:mm}|{s.Begeleider?.Value}|{s.SessieduurMinuten?.Value}");
        foreach (var p in coalition.Partners)
        {
            var k = p.Kaart;
            b.AppendLine($"P|{p.Naam}|{k?.Contactpersoon?.Value}|{k?.EigenBelang?.Value}|{k?.GezamenlijkBelang?.Value}|{k?.Ambitie?.Value}|{k?.Krantenkop?.Value}");
            foreach (var i in p.Halen)
                b.AppendLine($" H|{i.Text.Value}|{i.Soort?.Value}|{i.WensOfEis?.Value}|{i.Toelichting?.Value}");
            foreach (var i in p.Brengen)
                b.AppendLine($" B|{i.Text.Value}|{i.Soort?.Value}|{i.Omvang?.Value}|{i.Toelichting?.Value}");
            if (p.Krachtenveld is { } r)
                b.AppendLine($" K|{r.Partij.Value}|{r.NodigVoor?.Value}|{r.Invloed?.Value}|{r.BelangenEnDrijfveren?.Value}|{r.Houding?.Value}|{r.Randvoorwaarden?.Value}");
        }
        foreach (var i in coalition.Interventies)
            b.AppendLine($"I|{i.Partij?.Value}|{i.Text.Value}|{i.SluitAanBij?.Value}|{i.Gekozen?.Value}");
        foreach (var a in coalition.Activiteiten)
            b.AppendLine($"A|{a.Partij?.Value}|{a.Text.Value}|{a.Wanneer?.Value}");
        return b.ToString();
    }
}
