using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Deck;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// The round on one page, to lay beside the clock (readers of many rounds asked for it): every turn's time and partner, one open
/// question to ask in it and why that one, and the page of its crib; the pause in the round's middle a row of its own. The
/// question comes from the partner's own map or the facilitator's krachtenveld, first of: no belangenkaart, a demand nobody surely
/// answers, nothing strong to get (the method: a party with nothing to get will not stay committed), a relation at level 1 or 2
/// (the step from 2 to 3 pays off most), a demand (keep wishes and demands apart), its first wish.
/// </summary>
internal static class RoundSheetSlide
{
    /// <summary>A partner's item in a question is cut at a word to about this many characters: it stands whole on the partner's crib.</summary>
    public const int QuotedChars = 36;

    /// <param name="pages">Each partner's turn page, where known: the last column says it.</param>
    public static IReadOnlyList<SlidePlan> Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels,
        IReadOnlyList<string>? pages = null)
    {
        // A partner's words quoted whole where that takes no more pages than the shortest quotes and no smaller type than the table's
        // (the example's page holds them whole), else as long as that holds.
        IReadOnlyList<SlidePlan> Quoting(int? chars) => Sheet(c, coalition, analysis, t, labels, pages, chars);
        var shortest = Quoting(QuotedChars);
        var size = Size(shortest);
        return QuotedLonger.Select(chars => Quoting(chars)).FirstOrDefault(sheet => sheet.Count == shortest.Count && Size(sheet) >= Math.Min(size, c.Scale.TableMin))
            ?? shortest;
    }

    /// <summary>The quotes tried before the shortest, longest first; none is whole.</summary>
    private static readonly int?[] QuotedLonger = [null, 80, 60, 48];

    private static double Size(IReadOnlyList<SlidePlan> sheet) => sheet.SelectMany(s => s.Elements).OfType<TableElement>().Min(e => e.FontSizePt);

    private static IReadOnlyList<SlidePlan> Sheet(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels,
        IReadOnlyList<string>? pages, int? chars)
    {
        var s = c.Words.Session;
        var agenda = Agenda.Of(coalition);
        // A turn's start alone: the next row's is its end.
        var times = agenda.Turns(coalition.Partners.Count).Select(start => AgendaSlides.At(agenda, start, s)).ToList();
        var pause = agenda.PauseInRound ? agenda.Items.FirstOrDefault(i => i.Part == AgendaPart.Pauze) : null;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (partner, i) in coalition.Partners.Select((p, i) => (p, i)))
        {
            if (pause is not null && i == agenda.TurnsBeforePause)
                rows.Add([AgendaSlides.At(agenda, pause.StartMinute, s), s.AgendaParts[AgendaPart.Pauze], "", "", ""]);
            var (question, why) = Question(partner, analysis, t, labels, chars);
            rows.Add([times[i], partner.Naam, question, why, pages?[i] ?? ""]);
        }
        // At the cribs' smallest size where the briefing's table size would take more pages: a page at 7 partners, two at 24.
        return BriefingPlanner.KeyedTableSlides(c, t.RoundTitle, [0.9, 2.8, 4.8, 2.1, 0.6], t.RoundHeaders, rows, t.RoundNotes,
            c.Words.Shapes.RoundSheet, t.RoundKey, least: TypeScale.CribMin).ToList();
    }

    /// <summary>The one question for a partner's turn, and why that one.</summary>
    internal static (string Question, string Why) Question(Partner partner, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels, int? chars = QuotedChars)
    {
        if (partner.Kaart is null)
            return (t.RoundAskNoCard, t.RoundWhyNoCard);
        var open = analysis.OpenNeeds.FirstOrDefault(o => ReferenceEquals(o.Wanter, partner) && o.Want.IsEis);
        if (open is not null)
            return (t.RoundAskDemand.Fill(Quoted(open.Want.Text.Value, chars)), t.RoundWhyDemandOpen);
        if (analysis.GetsNothingSure(partner))
            return (t.RoundAskNothingSure, t.RoundWhyNothingSure);
        if (partner.Krachtenveld?.Houding?.Value is { } level && level is Houding4D.AutomatischePiloot or Houding4D.Eigenbelang)
            return (level == Houding4D.AutomatischePiloot ? t.RoundAskPilot : t.RoundAskSelf, t.RoundWhyRelation.Fill(labels.Of(level)));
        if (partner.Halen.FirstOrDefault(i => i.IsEis) is { } demand)
            return (t.RoundAskDemand.Fill(Quoted(demand.Text.Value, chars)), t.RoundWhyDemand);
        return partner.Halen.Count > 0 ? (t.RoundAskWish.Fill(Quoted(partner.Halen[0].Text.Value, chars)), t.RoundWhyWish) : (t.RoundAskNoWish, t.RoundWhyNoWish);
    }

    /// <summary>An item as a question quotes it: on one line, cut at a word past <paramref name="chars"/> with an ellipsis (whole when null).</summary>
    internal static string Quoted(string text, int? chars = QuotedChars)
    {
        text = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (chars is not { } most || text.Length <= most)
            return text;
        var cut = text.LastIndexOf(' ', most);
        return text[..(cut > most / 2 ? cut : most)].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }
}
