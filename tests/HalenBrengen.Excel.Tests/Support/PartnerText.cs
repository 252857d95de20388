using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;

namespace HalenBrengen.Excel.Tests.Support;

/// <summary>
/// The promise that no word of a partner is lost unnoticed, as a check: every cell a partner filled is
/// either a value in the model (by its source) or named by a diagnostic (its cell, or a range or list
/// of ranges such as "E5:E9, F3" that holds it).
/// </summary>
internal static class PartnerText
{
    public static void AssertNoneLost(InputReport report, string file, string sheet, params string[] cells)
    {
        var sources = SourcesOf(report.Coalition);
        foreach (var cell in cells)
        {
            var where = new SourceRef(file, sheet, cell);
            var named = sources.Contains(where) || report.Diagnostics.Any(d =>
                d.Where.File == file && d.Where.Sheet == sheet && d.Where.Cell is { } range && Holds(range, cell));
            Assert.True(named, $"{where} is niet in het model en geen melding noemt de cel:\n{string.Join("\n", report.Diagnostics)}");
        }
    }

    /// <summary>Whether a cell list like "E5:E9, F3" holds the cell.</summary>
    public static bool Holds(string ranges, string cell)
    {
        if (!CellAddress.TryParse(cell, out var row, out var column))
            throw new ArgumentException($"'{cell}' is geen cel", nameof(cell));
        foreach (var part in ranges.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split(':');
            if (!CellAddress.TryParse(ends[0], out var r1, out var c1))
                continue;
            var (r2, c2) = (r1, c1);
            if (ends.Length == 2 && !CellAddress.TryParse(ends[1], out r2, out c2))
                continue;
            if (row >= Math.Min(r1, r2) && row <= Math.Max(r1, r2) && column >= Math.Min(c1, c2) && column <= Math.Max(c1, c2))
                return true;
        }
        return false;
    }

    public static IReadOnlySet<SourceRef> SourcesOf(Coalition coalition)
    {
        var sources = new HashSet<SourceRef>();
        void Add(SourceRef? source)
        {
            if (source is not null)
                sources.Add(source);
        }
        var s = coalition.Samenwerking;
        foreach (var value in new[] { s.Naam, s.Opgave, s.GedeeldeAmbitie, s.Krantenkop, s.Begeleider })
            Add(value?.Source);
        Add(s.Datum?.Source);
        Add(s.SessieduurMinuten?.Source);
        foreach (var partner in coalition.Partners)
        {
            if (partner.Kaart is { } k)
            {
                foreach (var value in new[] { k.Partij, k.Contactpersoon, k.EigenBelang, k.GezamenlijkBelang, k.Ambitie, k.Krantenkop })
                    Add(value?.Source);
                foreach (var item in k.Halen.Concat(k.Brengen))
                {
                    Add(item.Text.Source);
                    Add(item.Soort?.Source);
                    Add(item.WensOfEis?.Source);
                    Add(item.Omvang?.Source);
                    Add(item.Toelichting?.Source);
                }
            }
            if (partner.Krachtenveld is { } r)
            {
                foreach (var value in new[] { r.Partij, r.NodigVoor, r.BelangenEnDrijfveren, r.Randvoorwaarden })
                    Add(value?.Source);
                Add(r.Invloed?.Source);
                Add(r.Houding?.Source);
            }
        }
        foreach (var i in coalition.Interventies)
        {
            Add(i.Partij?.Source);
            Add(i.Text.Source);
            Add(i.SluitAanBij?.Source);
            Add(i.Gekozen?.Source);
        }
        foreach (var a in coalition.Activiteiten)
        {
            Add(a.Partij?.Source);
            Add(a.Text.Source);
            Add(a.Wanneer?.Source);
        }
        return sources;
    }
}
