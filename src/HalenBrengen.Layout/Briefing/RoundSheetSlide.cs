using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// The round turn by turn, to lay beside the clock (readers of many rounds asked for it): every turn's start and partner, one open
/// question to ask in it and why that one, and the page of its crib; the pause in the round's middle a row of its own. The question is
/// to understand the partner, never to bargain (two readers: "what makes it a demand?" challenged a demand before everyone), from its
/// own map or the facilitator's krachtenveld, the first of: no belangenkaart, a demand nobody surely answers, nothing strong to get
/// (the method: a party with nothing to get will not stay committed), a relation at level 1 or 2 (the step from 2 to 3 pays off
/// most), a wish nobody surely answers, its first wish. Partners asked for the same reason get its forms in turn (two readers heard
/// one question six times as a test), and the partner's words stand whole: the facilitator reads them out.
/// </summary>
internal static class RoundSheetSlide
{
    /// <param name="pages">Each partner's turn page, where known: the last column says it.</param>
    public static IReadOnlyList<SlidePlan> Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels,
        IReadOnlyList<string>? pages = null)
    {
        var s = c.Words.Session;
        var agenda = Agenda.Of(coalition);
        // A turn's start alone: the next row's is its end.
        var times = agenda.Turns(coalition.Partners.Count).Select(start => AgendaSlides.At(agenda, start, s)).ToList();
        var pause = agenda.PauseInRound ? agenda.Items.FirstOrDefault(i => i.Part == AgendaPart.Pauze) : null;
        var questions = Questions(coalition.Partners, analysis, t, labels);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (partner, i) in coalition.Partners.Select((p, i) => (p, i)))
        {
            if (pause is not null && i == agenda.TurnsBeforePause)
                rows.Add([AgendaSlides.At(agenda, pause.StartMinute, s), s.AgendaParts[AgendaPart.Pauze], "", "", ""]);
            rows.Add([times[i], partner.Naam, questions[i].Question, questions[i].Why, pages?[i] ?? ""]);
        }
        // At the cribs' smallest size where the briefing's table size would take more pages, as the attention grid.
        return BriefingPlanner.KeyedTableSlides(c, t.RoundTitle, [0.9, 2.6, 5, 2.1, 0.6], t.RoundHeaders, rows, t.RoundNotes,
            c.Words.Shapes.RoundSheet, agenda.ShortTurns ? t.RoundKeyShort : t.RoundKey, least: TypeScale.CribMin).ToList();
    }

    /// <summary>Every partner's question and why, in the round's order; partners asked for the same reason get its forms in turn.</summary>
    public static IReadOnlyList<(string Question, string Why)> Questions(IReadOnlyList<Partner> partners, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        var asked = new Dictionary<string, int>();
        return partners.Select(p =>
        {
            var (forms, quoted, why) = Reason(p, analysis, t, labels);
            var k = asked.GetValueOrDefault(why);
            asked[why] = k + 1;
            return (forms[k % forms.Count].Fill(quoted is null ? "" : Items.OneLine(quoted)), why);
        }).ToList();
    }

    /// <summary>Why a partner is asked what: the question's forms, the partner's words it quotes, the reason.</summary>
    private static (IReadOnlyList<string> Forms, string? Quoted, string Why) Reason(Partner partner, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels)
    {
        if (partner.Kaart is null)
            return ([t.RoundAskNoCard], null, t.RoundWhyNoCard);
        var open = analysis.OpenNeeds.Where(o => ReferenceEquals(o.Wanter, partner)).ToList();
        if (open.FirstOrDefault(o => o.Want.IsEis) is { } demand)
            return (t.RoundAskDemand, demand.Want.Text.Value, t.RoundWhyDemand);
        if (analysis.GetsNothingSure(partner))
            return ([t.RoundAskNothingSure], null, t.RoundWhyNothingSure);
        if (partner.Krachtenveld?.Houding?.Value is (Houding4D.AutomatischePiloot or Houding4D.Eigenbelang) and var level)
            return ([level == Houding4D.AutomatischePiloot ? t.RoundAskPilot : t.RoundAskSelf], null, Relation(level, t, labels));
        if (open.FirstOrDefault() is { } wish)
            return (t.RoundAskOpenWish, wish.Want.Text.Value, t.RoundWhyOpenWish);
        return partner.Halen.Count > 0 ? ([t.RoundAskWish], partner.Halen[0].Text.Value, t.RoundWhyWish) : ([t.RoundAskNoWish], null, t.RoundWhyNoWish);
    }

    /// <summary>A relation in words, not as the krachtenveld's list value ("relatie op niveau 2 (eigenbelang)"; a reader: "2 Eigenbelang" is raw data).</summary>
    internal static string Relation(Houding4D level, BriefingTexts t, ValueLabels labels)
    {
        var label = labels.Of(level);
        var number = ((int)level).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var name = label.StartsWith(number + " ", StringComparison.Ordinal) ? label[(number.Length + 1)..] : label;
        return t.RoundWhyRelation.Fill(number, name.ToLowerInvariant());
    }
}
