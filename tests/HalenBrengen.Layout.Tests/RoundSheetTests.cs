using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Deck;

namespace HalenBrengen.Layout.Tests;

/// <summary>The briefing's round, turn by turn: every turn's time, its partner, one question for it and why, and its crib's page.</summary>
public sealed class RoundSheetTests
{
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("9")]
    [InlineData("16")]
    [InlineData("24+licht")]
    public void After_the_summary_the_round_stands_turn_by_turn_with_one_question_and_the_page_of_each_turn(string which)
    {
        // Readers of many rounds asked for the turns on one sheet beside the clock: time, partner, one question.
        var planned = Coalitions.Of(which);
        var (c, t) = (planned.Briefing.Context, planned.Briefing.Context.Words.Briefing);
        var (slides, partners) = (planned.Briefing.Slides, planned.Coalition.Partners);
        var agenda = Agenda.Of(planned.Coalition);
        var pages = slides.Select((s, i) => (s, i)).Where(x => x.s.Elements.OfType<TableElement>().Any(e => e.Name == c.Words.Shapes.RoundSheet)).ToList();
        Assert.InRange(pages.Count, 1, 3);
        Assert.Equal(t.RoundTitle, pages[0].s.TitleText);
        var tables = pages.Select(x => x.s.Elements.OfType<TableElement>().Single(e => e.Name == c.Words.Shapes.RoundSheet)).ToList();
        Assert.All(tables, e => Assert.InRange(e.FontSizePt, TypeScale.CribMin, c.Scale.TableMax));
        Assert.All(tables, e => Assert.True(e.RowHeights.Aggregate(0L, (sum, h) => sum + h.Value) <= e.Box.Height.Value));
        var pause = c.Words.Session.AgendaParts[AgendaPart.Pauze];
        var rows = tables.SelectMany(e => e.Rows).ToList();
        // The pause in the round's middle a row of its own, where the round has one.
        Assert.Equal(agenda.PauseInRound ? 1 : 0, rows.Count(r => r[1] == pause));
        rows = rows.Where(r => r[1] != pause).ToList();
        Assert.Equal(partners.Select(p => p.Naam), rows.Select(r => r[1]));
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var turns = AgendaSlides.TurnTimes(agenda, partners.Count, c.Words.Session);
        var reasons = new Dictionary<string, int>();
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            // Its turn's start, as the crib's turn says it; its page is that crib's turn page.
            Assert.StartsWith(row[0] + "–", turns[i], StringComparison.Ordinal);
            var page = slides[int.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture) - 1];
            Assert.Equal(partners[i].Naam, page.TitleText);
            Assert.Contains(page.Elements.OfType<TextElement>(), e => e.Name == c.Words.Shapes.CribTurn && e.Paragraphs[0].Text == t.CribTurn.Fill(turns[i]));
            // One open question, and why that one: the first of the reasons that holds for the partner; a quote is the partner's own
            // words whole (the facilitator reads them out), and partners asked for the same reason get its forms in turn.
            Assert.EndsWith("?", row[2], StringComparison.Ordinal);
            var (forms, why) = Expected(partners[i], analysis, t, c.Words.Values);
            Assert.Equal(why, row[3]);
            var k = reasons.GetValueOrDefault(why);
            reasons[why] = k + 1;
            var quote = row[2].Contains('‘', StringComparison.Ordinal) ? row[2][(row[2].IndexOf('‘', StringComparison.Ordinal) + 1)..row[2].IndexOf('’', StringComparison.Ordinal)] : "";
            Assert.Equal(forms[k % forms.Count].Fill(quote), row[2]);
            Assert.True(quote.Length == 0 || partners[i].Halen.Any(item => Kit.Items.OneLine(item.Text.Value) == quote), quote);
        }
        // Asked after the story and the others' questions; with turns too short for questions, only when time is left.
        Assert.All(pages, x => Assert.Contains(x.s.Elements.OfType<TextElement>(), e => e.Paragraphs.Count > 0 && e.Paragraphs[0].Text == (agenda.ShortTurns ? t.RoundKeyShort : t.RoundKey)));
        // Held in the session, with the parts after the round: right after the summary (and the demands' pages), the page for after the
        // round right after it (two readers: the session's sheet among the preparation's pages, the turns only from page 12).
        var before = slides[pages[0].i - 1].TitleText;
        Assert.True(pages[0].i == 1 + 1 + slides.Count(s => s.TitleText.StartsWith(t.SummaryDemands, StringComparison.Ordinal)), before);
        Assert.Equal(agenda.TwoMeetings ? t.RunTitleTwo : t.RunTitle, slides[pages[^1].i + 1].TitleText);
        Assert.InRange(slides.Count, 1, BriefingPlanner.MostSlides(partners.Count));
    }

    /// <summary>The rule's order, said again: no map, a demand nobody surely answers, nothing strong to get, relation 1 or 2, a wish nobody surely answers, a first wish.</summary>
    private static (IReadOnlyList<string> Forms, string Why) Expected(Partner p, CoalitionAnalysis analysis, BriefingTexts t, ValueLabels labels) =>
        p.Kaart is null ? ([t.RoundAskNoCard], t.RoundWhyNoCard)
        : analysis.OpenNeeds.Any(o => ReferenceEquals(o.Wanter, p) && o.Want.IsEis) ? (t.RoundAskDemand, t.RoundWhyDemand)
        : analysis.GetsNothingSure(p) ? ([t.RoundAskNothingSure], t.RoundWhyNothingSure)
        : p.Krachtenveld?.Houding?.Value is (Houding4D.AutomatischePiloot or Houding4D.Eigenbelang) and var level
            ? ([level == Houding4D.AutomatischePiloot ? t.RoundAskPilot : t.RoundAskSelf], t.RoundWhyRelation.Fill((int)level, labels.Of(level)[2..].ToLowerInvariant()))
        : analysis.OpenNeeds.Any(o => ReferenceEquals(o.Wanter, p)) ? (t.RoundAskOpenWish, t.RoundWhyOpenWish)
        : p.Halen.Count > 0 ? ([t.RoundAskWish], t.RoundWhyWish) : ([t.RoundAskNoWish], t.RoundWhyNoWish);

    [Fact]
    public void A_quote_is_the_partner_s_words_on_one_line()
    {
        Assert.Equal("Een vaste contactpersoon bij de gemeente", Kit.Items.OneLine("Een vaste\ncontactpersoon  bij de gemeente "));
    }
}
