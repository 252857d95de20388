namespace HalenBrengen.Layout.Tests;
public sealed class TmpDump
{
    [Fact]
    public void Dump()
    {
        foreach (var which in new[] { "voorbeeld", "9 lang", "16 lang", "16 lang+donker", "24 lang", "24", "9 lang tekens+licht" })
        {
            if (!Tests.Coalitions.All.Contains(which)) { File.AppendAllText("/tmp/b19b-dump.txt", "no " + which + "\n"); continue; }
            var plan = Tests.Coalitions.Of(which).Briefing;
            var titles = plan.Slides.Select(s => string.Join("", s.Title?.Paragraphs.Select(p => p.Text) ?? [])).ToList();
            var groups = titles.Select(t => t.Contains('(') ? t[..t.IndexOf('(')].Trim() : t).GroupBy(t => t).Where(g => g.Count() > 1 || !Tests.Coalitions.Of(which).Coalition.Partners.Any(p => p.Naam == g.Key)).Select(g => $"{g.Key} x{g.Count()}");
            File.AppendAllText("/tmp/b19b-dump.txt", $"{which}: {plan.Slides.Count}: {string.Join(" | ", groups)}\n");
        }
    }
}
