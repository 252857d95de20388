using HalenBrengen.Core.Analysis;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Deck;

namespace HalenBrengen.Layout.Tests;

/// <summary>The briefing's first page (what it is, and how the session runs) and its shared themes: what the reviewers of issue 19 asked for.</summary>
public sealed class BriefingGuideTests
{
    private static IEnumerable<string> Texts(SlidePlan slide, string name) =>
        slide.Elements.OfType<TextElement>().Where(e => e.Name == name).SelectMany(e => e.Paragraphs).Select(p => p.Text);

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    public void The_first_page_says_what_the_booklet_is_and_gives_every_part_of_the_session_its_time_from_the_session_agenda(string name)
    {
        var planned = Coalitions.Of(name);
        var words = planned.Briefing.Context.Words;
        var agenda = Agenda.Of(planned.Coalition);
        var guide = planned.Briefing.Slides[0];

        // A cover of its own was a page with one line on it (a reader): the first page says what the booklet is, for which session, and how it runs.
        Assert.Equal(words.Briefing.CoverTitle, guide.TitleText);
        Assert.Equal(words.Briefing.NotForProjection, Assert.Single(Texts(guide, words.Shapes.DoNotProject)));
        Assert.Single(Texts(guide, words.Shapes.Coalition));
        var lines = Texts(guide, words.Shapes.Guide).ToList();
        Assert.Contains(words.Briefing.GuideTitle, lines);
        // The times in a column of their own, each level with its part beside it.
        foreach (var item in agenda.Items)
        {
            Assert.Contains(AgendaSlides.Time(agenda, item.StartMinute, item.EndMinute, words.Session), lines);
            Assert.Contains(AgendaSlides.Part(agenda, item, words.Session), lines);
        }
        foreach (var watch in words.Briefing.GuideWatch)
            Assert.Contains(watch, lines);
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    public void A_party_of_little_influence_that_opens_the_round_instead_of_the_krachtenvelds_first_is_said_in_the_guide(string name)
    {
        // The example's krachtenveld puts the municipality (much influence) first; the debt buddies (little) open instead.
        var planned = Coalitions.Of(name);
        var t = planned.Briefing.Context.Words.Briefing;
        var partners = planned.Coalition.Partners;
        var watch = planned.Briefing.Slides[0].Elements.OfType<TextElement>()
            .Single(e => e.Paragraphs[0].Text == t.GuideWatchTitle).Paragraphs.Select(p => p.Text).ToList();
        var headed = Assert.IsType<Core.Model.Partner>(planned.Coalition.OpensInsteadOf);

        Assert.Equal(Core.Model.Invloed.Klein, partners[0].Krachtenveld?.Invloed?.Value);
        Assert.Equal(Core.Model.Invloed.Groot, headed.Krachtenveld?.Invloed?.Value);
        Assert.Contains(t.GuideOpener.Fill(partners[0].Naam, headed.Naam), watch);
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("24")]
    public void Every_page_has_its_number_beside_the_footer(string which)
    {
        // The booklet is printed and its pages point to each other by title: a reader found no page numbers to find them by.
        var planned = Coalitions.Of(which);
        var shapes = planned.Briefing.Context.Words.Shapes;
        var slides = planned.Briefing.Slides;
        for (var i = 0; i < slides.Count; i++)
        {
            var number = Assert.Single(slides[i].Elements.OfType<TextElement>(), e => e.Name == shapes.PageNumber);
            var footer = Assert.Single(slides[i].Elements.OfType<TextElement>(), e => e.Name == shapes.Footer);
            Assert.Equal($"{i + 1} / {slides.Count}", number.Paragraphs[0].Text);
            Assert.True(footer.Box.Right <= number.Box.X && number.Box.Y == footer.Box.Y);
        }
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("24 lang")]
    public void Where_to_start_is_one_picture_on_one_page_at_a_crib_size_or_larger(string which)
    {
        // A reader found 24 partners' grid over two half-empty pages: a picture cut in two is not read at a glance.
        var planned = Coalitions.Of(which);
        var grid = planned.Briefing.Slides.SelectMany(s => s.Elements.OfType<TableElement>()).Where(t => t.Name == planned.Briefing.Context.Words.Shapes.Priorities).ToList();
        var table = Assert.Single(grid);
        Assert.InRange(table.FontSizePt, TypeScale.CribMin, TypeScale.Briefing.TableMax);
        Assert.Equal(planned.Coalition.Partners.Count, table.Rows.SelectMany(r => r.Skip(1)).Sum(cell => cell.Split([" · ", "\n"], StringSplitOptions.RemoveEmptyEntries).Length));
        // Every partner numbered in the order attention pays off (two readers: the shading alone fades in a grey print; later
        // readers: one number a cell read as the first name's alone, and a partner without a number as forgotten): each name its
        // own number, one to the last without a gap or a tie, and a deeper shade never holding a higher number than a lighter one.
        // An unshaded cell (a banded row's fill or none) is the lightest, whatever its row.
        var cells = table.Rows.SelectMany((row, r) => row.Skip(1).Select((cell, k) => (Names: cell.Split([" · ", "\n"], StringSplitOptions.RemoveEmptyEntries),
            Depth: table.CellFills.ContainsKey((r + 1, k + 1)) ? Style.Contrast.Ratio(table.Style.BodyText, table.FillOf(r + 1, k + 1)) : double.MaxValue))).Where(x => x.Names.Length > 0).ToList();
        Assert.All(cells.SelectMany(x => x.Names), name => Assert.Matches(@"^\(\d+\)\u00A0", name));
        int Rank(string name) => int.Parse(name[1..name.IndexOf(')')], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Enumerable.Range(1, planned.Coalition.Partners.Count), cells.SelectMany(x => x.Names).Select(Rank).Order());
        // One order, the grid's: a deeper cell never holds a higher number than a lighter one, and the key says so (six readers: partners
        // flagged ahead of the grid's order read as against the grid and the method; the flags stand on the summary and in the cribs).
        var words = planned.Briefing.Context.Words.Briefing;
        Assert.Contains(planned.Briefing.Slides.SelectMany(s => s.Elements.OfType<TextElement>()), e => e.Name == planned.Briefing.Context.Words.Shapes.Explanation
            && e.Paragraphs[0].Text == words.StartKey);
        var numbered = cells.SelectMany(x => x.Names.Select(n => (Rank: Rank(n), x.Depth))).ToList();
        Assert.All(numbered, a => Assert.All(numbered.Where(b => b.Rank > a.Rank), b => Assert.True(a.Depth <= b.Depth + 1e-9, $"({a.Rank}) lighter than ({b.Rank})")));
        // In steps a print keeps apart (four readers: the tints barely differed): the first partner's cell on the accent itself, its names
        // in the colour text has on a fill; every shaded cell's names at 7:1 or more on it.
        var c = planned.Briefing.Context;
        var first = table.Rows.SelectMany((row, r) => row.Select((cell, k) => (cell, r, k))).Single(x => x.cell.StartsWith("(1)", StringComparison.Ordinal));
        Assert.Equal((c.Colours.Accent, c.Colours.OnFill), (table.FillOf(first.r + 1, first.k), table.TextColorOf(first.r + 1, first.k)));
        Assert.All(table.CellFills, f => Assert.True(Style.Contrast.Ratio(table.TextColorOf(f.Key.Row, f.Key.Column), f.Value) >= ForceFieldSlides.ShadeContrast, $"cell {f.Key}"));
    }

    [Theory]
    [InlineData("16")]
    [InlineData("24")]
    public void Where_to_start_never_breaks_a_partners_number_from_its_name_nor_ends_a_line_on_a_dot(string which)
    {
        // A reader found 'Stichting Welzijn Dommelstede' at a line's end and '06' on the next in the grid of 16 partners.
        var planned = Coalitions.Of(which);
        var context = planned.Briefing.Context;
        var grid = planned.Briefing.Slides.SelectMany(s => s.Elements.OfType<TableElement>()).Where(t => t.Name == context.Words.Shapes.Priorities).ToList();
        Assert.NotEmpty(grid);
        foreach (var table in grid)
        {
            foreach (var row in table.Rows)
            {
                for (var k = 1; k < row.Count; k++)
                {
                    var lines = context.Text.Wrap(new TextParagraph(row[k]), TextLayout.Inner(table.ColumnWidths[k], TextLayout.InsetX), table.FontSizePt);
                    Assert.DoesNotContain(lines.Skip(1), l => System.Text.RegularExpressions.Regex.IsMatch(l.Trim(), @"^\d{1,3}\b"));
                    // A reader found a stray " ·" at every line's end of 24 partners' cells: a name a line while that fits at a crib's size.
                    Assert.DoesNotContain(lines, l => l.TrimEnd().EndsWith('·'));
                }
            }
        }
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("9")]
    [InlineData("16")]
    [InlineData("24")]
    public void Shared_themes_read_as_plain_phrases_each_with_its_partners_by_name_at_most_eight_and_the_rest_counted(string name)
    {
        var planned = Coalitions.Of(name);
        var words = planned.Briefing.Context.Words;
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var shown = Kit.ThemeWords.Shown(analysis, words.Values).ToList();
        var slide = planned.Briefing.Slides.Single(s => s.Elements.Any(e => e is TextElement { Name: var n } && n == words.Shapes.Themes));
        Assert.Empty(slide.Elements.OfType<TableElement>());
        var lines = slide.Elements.OfType<TextElement>().Single(e => e.Name == words.Shapes.Themes).Paragraphs.ToList();
        var themes = lines.Where(p => p.Bullet).ToList();
        Assert.InRange(themes.Count, 1, AnalysisSlides.MostThemes);
        // Each line the theme, then the partners it comes back with, by name, in the round's order: no numbers to look up; beyond
        // six, the first five and how many others (a reader: 24 partners' lines were walls of names).
        for (var i = 0; i < themes.Count; i++)
        {
            var names = analysis.Matrix.Partners.Where(shown[i].Theme.Partners.Contains).Select(p => p.Naam.Replace(' ', '\u00A0')).ToList();
            var named = names.Count <= 6 ? string.Join(", ", names) : string.Join(", ", names.Take(5)) + " " + words.Briefing.ThemesOthers.Fill(names.Count - 5);
            Assert.Equal(char.ToUpperInvariant(shown[i].Label[0]) + shown[i].Label[1..] + ": " + named, themes[i].Text);
            Assert.DoesNotContain(themes[i].Text, l => l == '\'');
        }
        if (name == "24")
            Assert.Contains(shown.Take(themes.Count), x => x.Theme.Partners.Count > 6);
        // The rest named on the last line, in their order (readers: "… en nog 22 onderwerpen" led nowhere).
        if (shown.Count > themes.Count)
            Assert.Equal(words.Briefing.ThemesMore.Fill(shown.Count - themes.Count) + string.Join(" · ", shown.Skip(themes.Count).Select(x => char.ToUpperInvariant(x.Label[0]) + x.Label[1..])),
                lines[^1].Text);
        else
            Assert.Equal(themes.Count, lines.Count);
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("16")]
    [InlineData("24+licht")]
    public void After_the_session_s_sheets_a_page_says_what_to_print_where_it_hangs_and_what_to_bring(string which)
    {
        // Readers: the booklet said how the session runs, never what the room needs before it starts.
        var planned = Coalitions.Of(which);
        var (c, t) = (planned.Briefing.Context, planned.Briefing.Context.Words.Briefing);
        var agenda = Agenda.Of(planned.Coalition);
        // Right after the summary, the page of every demand where the summary does not show them all, and the sheets held in the session.
        var page = planned.Briefing.Slides[3 + Demands(planned) + RoundPages(planned)];
        Assert.Equal(t.PrepTitle, page.TitleText);
        Assert.DoesNotContain(t.PrepTitle, planned.Briefing.Slides[0].Notes, StringComparison.Ordinal);
        var columns = page.Elements.OfType<TextElement>().Where(e => e.Name == c.Words.Shapes.Preparation).ToList();
        Assert.Equal([t.PrepPrintTitle, t.PrepHangTitle, t.PrepBringTitle], columns.Select(e => e.Paragraphs[0].Text));
        var lines = columns.SelectMany(e => e.Paragraphs.Skip(1)).Select(p => p.Text).ToList();
        Assert.Contains(t.PrepPrint[0].Fill(planned.Coalition.Partners.Count), lines);
        Assert.Contains(t.PrepClock.Fill(agenda.TellingMinutes), lines);
        Assert.Equal(agenda.TwoMeetings, lines.Contains(t.PrepKeep));
        // Side by side, at one size the page's body allows, every line whole in its column.
        Assert.Single(columns.Select(e => e.FontSizePt).Distinct());
        Assert.InRange(columns[0].FontSizePt, c.Scale.BodyMin, c.Scale.BodyMax);
        Assert.All(columns, e => Assert.True(c.Text.Fits(e.Paragraphs, e.Box, e.FontSizePt)));
        Assert.True(columns[0].Box.Right <= columns[1].Box.X && columns[1].Box.Right <= columns[2].Box.X);
    }

    [Fact]
    public void Without_proposed_activities_the_page_after_the_round_says_there_are_none()
    {
        // Three readers looked for the proposals' page at 16 and 24 partners, whose krachtenveld proposed nothing.
        var coalition = Coalitions.Of("voorbeeld").Coalition with { Activiteiten = [] };
        var c = PlanContext.Briefing(Style.Look.House, HalenBrengen.Core.Language.Nl);
        var t = c.Words.Briefing;
        var briefing = BriefingPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), c);
        Assert.DoesNotContain(briefing.Slides, s => s.TitleText == t.ProposalsTitle);
        var page = briefing.Slides.Single(s => s.TitleText == t.RunTitle);
        Assert.Contains(t.RunNoProposals, Texts(page, c.Words.Shapes.RunSheet));
    }

    [Theory]
    [InlineData("9 lang")]
    public void Where_the_cribs_need_every_page_what_to_set_out_stands_in_the_first_pages_notes(string which)
    {
        // Long items fill three crib pages a partner: the booklet keeps its most, the page's lines go to the first page's notes.
        var planned = Coalitions.Of(which);
        var t = planned.Briefing.Context.Words.Briefing;
        var slides = planned.Briefing.Slides;
        Assert.DoesNotContain(slides, s => s.TitleText == t.PrepTitle);
        Assert.Contains(t.PrepTitle + ". " + t.PrepNotes, slides[0].Notes, StringComparison.Ordinal);
        Assert.Contains(t.PrepPrintTitle + ": " + t.PrepPrint[0].Fill(planned.Coalition.Partners.Count), slides[0].Notes, StringComparison.Ordinal);
        Assert.DoesNotContain(slides, s => s.TitleText == t.RunTitle);
        Assert.Contains(t.RunTitle + ". " + t.RunNotes, slides[0].Notes, StringComparison.Ordinal);
        // So does the round turn by turn, a line a turn with its question.
        Assert.DoesNotContain(slides, s => s.TitleText == t.RoundTitle);
        Assert.Contains(t.RoundTitle + ". " + t.RoundNotes, slides[0].Notes, StringComparison.Ordinal);
        var first = planned.Coalition.Partners[0];
        Assert.Contains(" · " + first.Naam + " · " + RoundSheetSlide.Questions(planned.Coalition.Partners, CoalitionAnalysis.Of(planned.Coalition), t, planned.Briefing.Context.Words.Values)[0].Question.Replace('\n', ' '),
            slides[0].Notes, StringComparison.Ordinal);
        Assert.InRange(slides.Count, 1, BriefingPlanner.MostSlides(planned.Coalition.Partners.Count));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("16")]
    [InlineData("24+licht")]
    public void After_the_round_turn_by_turn_a_page_runs_the_parts_after_the_round_with_the_decks_questions_and_where_their_answers_go(string which)
    {
        // A reader: how to run the map, the ambition and the agreements stood only in the deck's notes, not in the printed booklet.
        var planned = Coalitions.Of(which);
        var (c, t) = (planned.Briefing.Context, planned.Briefing.Context.Words.Briefing);
        var s = c.Words.Session;
        var agenda = Agenda.Of(planned.Coalition);
        var page = planned.Briefing.Slides[2 + Demands(planned) + RoundPages(planned)];
        Assert.Equal(agenda.TwoMeetings ? t.RunTitleTwo : t.RunTitle, page.TitleText);
        var lines = page.Elements.OfType<TextElement>().Where(e => e.Name == c.Words.Shapes.RunSheet).SelectMany(e => e.Paragraphs).Select(p => p.Text).ToList();
        // Every question of the deck with the same words as its slide, the minutes its slide's label gives it (a reader: the printed page
        // alone should run the part) and where its answers go; every part after the round with its times.
        var balance = QuestionSlides.InTurn(s, planned.Coalition.Partners.Count, agenda) ? s.BalanceWork : s.BalanceWorkMany;
        var shapes = planned.Session.Context.Words.Shapes;
        string Said(string question) => planned.Session.Slides.Single(x => x.TitleText == question).Elements.OfType<TextElement>().Single(e => e.Name == shapes.Kicker)
            .Paragraphs[0].Text is var label ? System.Text.RegularExpressions.Regex.Match(label, "([0-9]+) min$").Groups[1].Value : "";
        foreach (var (question, work) in s.Questions.Zip(s.QuestionsWork).Concat(s.BalanceQuestions.Zip(balance)))
            Assert.Contains(t.RunQuestion.Fill(question, Said(question), work), lines);
        // The shared subjects' slide is hidden in the deck: the page says it is only for a search that stalls.
        Assert.Contains(t.RunThemes, lines);
        // Where the krachtenveld proposes no activities the page says so (three readers looked for the proposals' page).
        Assert.Equal(planned.Coalition.Activiteiten.Count == 0, lines.Contains(t.RunNoProposals));
        foreach (var item in agenda.Items.Where(i => i.Part is AgendaPart.SamenKaart or AgendaPart.Ambitie or AgendaPart.Afspraken))
            Assert.Contains(AgendaSlides.Time(agenda, item.StartMinute, item.EndMinute, s) + "  " + AgendaSlides.Part(agenda, item, s), lines);
        Assert.All(page.Elements.OfType<TextElement>().Where(e => e.Name == c.Words.Shapes.RunSheet), e => Assert.True(c.Text.Fits(e.Paragraphs, e.Box, e.FontSizePt)));
        Assert.InRange(page.Elements.OfType<TextElement>().First(e => e.Name == c.Words.Shapes.RunSheet).FontSizePt, c.Scale.BodyMin, c.Scale.BodyMax);
    }

    /// <summary>
    /// A want nobody at the table surely answers but the facilitator's own proposal for 'Wie doet wat?' does: the partner's crib and the
    /// table of open wants name the proposal with it (a reader found the municipality's proposed phone number on one page and the
    /// demand for it marked unanswered on another); the example's is the Zorggroep's demand for one phone number.
    /// </summary>
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    public void A_want_that_the_facilitator_s_own_proposal_answers_names_it_in_the_crib_and_the_open_wants(string which)
    {
        var planned = Coalitions.Of(which);
        var (t, shapes) = (planned.Briefing.Context.Words.Briefing, planned.Briefing.Context.Words.Shapes);
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var (want, activity) = Assert.Single(analysis.Proposed);
        Assert.Contains(analysis.OpenNeeds, n => ReferenceEquals(n.Want, want));
        var wanter = planned.Coalition.Partners.Single(p => p.Halen.Contains(want));
        Assert.NotEqual(wanter.Naam, activity.Partij!.Value);
        var crib = planned.Briefing.Slides.Where(s => s.TitleText == wanter.Naam).SelectMany(s => s.Elements.OfType<TextElement>())
            .Where(e => e.Name == shapes.Crib).SelectMany(e => e.Paragraphs).Single(p => p.Text.Contains(want.Text.Value, StringComparison.Ordinal));
        Assert.Contains("\n" + t.Proposed + ": " + activity.Partij.Value, crib.Text, StringComparison.Ordinal);
        Assert.Contains(activity.Text.Value, crib.Text, StringComparison.Ordinal);
        var row = planned.Briefing.Slides.SelectMany(s => s.Elements.OfType<TableElement>()).Where(e => e.Name == shapes.Open).SelectMany(e => e.Rows)
            .Single(r => r[2] == want.Text.Value);
        Assert.StartsWith(t.Proposed + ": " + activity.Partij.Value + ": ", row[3], StringComparison.Ordinal);
    }

    /// <summary>The facilitator's proposals for 'Wie doet wat?' say on their page when to offer one (a reader: uneven between the partners and unguarded, read out in the room they steer the group).</summary>
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    public void The_proposals_page_says_when_to_offer_one(string which)
    {
        var planned = Coalitions.Of(which);
        var (t, shapes) = (planned.Briefing.Context.Words.Briefing, planned.Briefing.Context.Words.Shapes);
        var page = planned.Briefing.Slides.Single(s => s.TitleText == t.ProposalsTitle);
        Assert.Equal(t.ProposalsKey, Assert.Single(Texts(page, shapes.Explanation)));
        Assert.Contains(page.Elements, e => e is TableElement x && x.Name == shapes.Activities);
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("16")]
    [InlineData("24")]
    public void Where_it_may_chafe_names_the_offers_several_partners_lean_on_with_who_asks_what(string which)
    {
        // A reader: the municipality's budget is the first suggestion for a demand for multi-year funding, a demand to co-decide on the
        // money and school trips, and nothing said so. The page lists the offers that are the first suggestion for wants of more than
        // one partner, those with most demands first, each with every asker and its want, a guess said as one.
        var planned = Coalitions.Of(which);
        var (t, shapes) = (planned.Briefing.Context.Words.Briefing, planned.Briefing.Context.Words.Shapes);
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var firsts = planned.Coalition.Partners.SelectMany(p => p.Halen).Select(w => analysis.Matches.Suggested(w).FirstOrDefault()).OfType<Match>().ToList();
        var leaned = firsts.GroupBy(m => m.Offer, ReferenceEqualityComparer.Instance).Select(g => g.ToList())
            .Where(g => g.Select(m => m.Wanter.Naam).Distinct().Count() > 1).ToList();
        Assert.NotEmpty(leaned);
        var pages = planned.Briefing.Slides.Where(s => s.TitleText.StartsWith(t.TensionTitle, StringComparison.Ordinal)).ToList();
        var page = Assert.Single(pages);
        var listed = Texts(page, shapes.Tension).Skip(1).ToList();
        Assert.Equal(t.TensionQuestion, Texts(page, shapes.Tension).First());
        Assert.InRange(listed.Count, 1, Math.Min(TensionSlide.MostOffers, leaned.Count));
        if (which.StartsWith("voorbeeld", StringComparison.Ordinal))
            Assert.Equal(Math.Min(TensionSlide.MostOffers, leaned.Count), listed.Count);
        // Most demands first, then most askers; none left out that leans more than the last listed.
        static (int Demands, int Askers) Key(List<Match> g) => (g.Count(m => m.Want.IsEis), g.Count);
        var keys = new List<(int Demands, int Askers)>();
        // An offer's bringer named with those that offer the very same to the same wants, in the partners' order, as the cribs name them.
        var order = planned.Coalition.Partners.ToList();
        string Head(List<Match> g) => t.Listed(g.SelectMany(m => analysis.Matches.Suggested(m.Want) is var s ? s.Where(x => x.IsStrong == s[0].IsStrong
            && x.Score == s[0].Score && x.Offer.Text.Value == s[0].Offer.Text.Value) : []).Select(x => x.Bringer).Distinct().OrderBy(order.IndexOf)
            .Select(p => p.Naam).Distinct().ToList()) + ": " + g[0].Offer.Text.Value + "\n";
        if (which == "16")
            Assert.Contains(leaned, g => Head(g).Contains(t.And, StringComparison.Ordinal));
        foreach (var line in listed)
        {
            var asked = Assert.Single(leaned, g => line.StartsWith(Head(g), StringComparison.Ordinal));
            keys.Add(Key(asked));
            // Partners that want the very same on one line; past the most lines, the rest counted.
            var groups = asked.GroupBy(m => (m.Want.Text.Value, m.Want.IsEis, m.IsStrong)).ToList();
            foreach (var g in groups.Take(TensionSlide.MostAskers))
                Assert.Contains("\n– " + t.Listed(g.Select(m => m.Wanter.Naam).Distinct().ToList()) + ": " + (g.Key.IsEis ? t.Demand.ToUpperInvariant() + " " : "")
                    + g.Key.Item1 + (g.Key.IsStrong ? "" : $" ({t.CribMaybe})"), line, StringComparison.Ordinal);
            var more = groups.Count - TensionSlide.MostAskers;
            Assert.Equal(Math.Min(groups.Count, TensionSlide.MostAskers) + (more > 0 ? 1 : 0), line.Split("\n– ").Length - 1);
            if (more > 0)
                Assert.EndsWith("\n– " + t.TensionMore.Fill(more), line, StringComparison.Ordinal);
        }
        Assert.Equal(keys.OrderByDescending(k => k.Demands).ThenByDescending(k => k.Askers), keys);
        Assert.DoesNotContain(leaned, g => Key(g).CompareTo(keys[^1]) > 0 && !listed.Any(l => l.StartsWith(Head(g), StringComparison.Ordinal)));
    }

    /// <summary>The pages of every demand after the summary: none where the summary shows them all.</summary>
    private static int RoundPages(Planned planned) =>
        planned.Briefing.Slides.Count(s => s.Elements.OfType<TableElement>().Any(e => e.Name == planned.Briefing.Context.Words.Shapes.RoundSheet));

    private static int Demands(Planned planned) =>
        planned.Briefing.Slides.Count(s => s.TitleText.StartsWith(planned.Briefing.Context.Words.Briefing.SummaryDemands, StringComparison.Ordinal));
}
