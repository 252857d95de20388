using HalenBrengen.Core;
using HalenBrengen.Core.Model;

namespace HalenBrengen.App;

/// <summary>What a run says of the earlier round it was given (<c>--vorige</c>) before comparing with it.</summary>
public static class PreviousRound
{
    private static ReportTexts Said => Words.Nl.Reports;

    /// <summary>
    /// A warning when the earlier round looks like another coalition's: its name differs, or fewer than half of its
    /// partners sit at the table now. A round in which partners joined or left is normal and says nothing here (the
    /// briefing lists who came and went); null then.
    /// </summary>
    public static string? OtherCoalition(Coalition then, Coalition now)
    {
        var only = then.Partners.Where(p => now.FindPartner(p.Naam) is null).Select(p => p.Naam).ToList();
        var common = then.Partners.Count - only.Count;
        var renamed = then.Naam is { Length: > 0 } a && now.Naam is { Length: > 0 } b && TextKey.Name(a) != TextKey.Name(b);
        if (!renamed && common * 2 >= Math.Max(1, then.Partners.Count))
            return null;
        var newly = now.Partners.Where(p => then.FindPartner(p.Naam) is null).Select(p => p.Naam).ToList();
        static string Names(List<string> names) => names.Count == 0 ? "—" : string.Join(", ", names);
        return Said.OtherCoalition.Fill(renamed ? Said.OtherCoalitionName.Fill(then.Naam, now.Naam) : Said.OtherCoalitionPartners.Fill(common, then.Partners.Count),
            Names(only), Names(newly));
    }
}
