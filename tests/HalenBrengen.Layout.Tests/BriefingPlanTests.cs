using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Posters;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Layout.Tests;

/// <summary>What the briefing's plan keeps of what a partner typed.</summary>
public sealed class BriefingPlanTests
{
    [Fact]
    public void A_line_break_a_partner_typed_in_a_cell_stays_a_line_break_in_its_crib()
    {
        const string Typed = "Eerste regel van de wens\nTweede regel van de wens";
        var coalition = Generated.Coalition(2, 2);
        var partner = coalition.Partners[0];
        var kaart = partner.Kaart! with
        {
            Halen = [partner.Halen[0] with { Text = partner.Halen[0].Text with { Value = Typed } }, .. partner.Halen.Skip(1)],
            Brengen = [partner.Brengen[0] with { Text = partner.Brengen[0].Text with { Value = Typed.Replace("wens", "aanbod", StringComparison.Ordinal) } }, .. partner.Brengen.Skip(1)],
        };
        coalition = coalition with { Partners = [partner with { Kaart = kaart }, .. coalition.Partners.Skip(1)] };

        var plan = BriefingPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), Contexts.Briefing);

        var paragraphs = Texts(plan);
        Assert.Contains(paragraphs, p => p.Contains(Typed, StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains(Typed.Replace("wens", "aanbod", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public void A_crib_counts_its_interventions_in_Dutch_one_idee_and_more_ideeen()
    {
        var example = Coalitions.Of("voorbeeld").Coalition;
        var partner = example.Interventies.First(i => i.Partij is not null).Partij!.Value;
        var one = example with { Interventies = [example.Interventies.First(i => i.Partij?.Value == partner)] };

        var plan = BriefingPlanner.Plan(one, CoalitionAnalysis.Of(one), Contexts.Briefing);

        var paragraphs = Texts(plan);
        Assert.Contains(paragraphs, p => p.Contains("Interventies · 1 idee; bedenk er nog 4", StringComparison.Ordinal));
        // Under the one written, four lines to write the others on: five in all, as the method asks.
        var box = plan.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).Single(e => e.Name == Contexts.Briefing.Words.Shapes.CribInterventions
            && e.Paragraphs.Any(p => p.Text.Contains("1 idee", StringComparison.Ordinal)));
        Assert.Equal(5, box.Paragraphs.Count(p => p.Bullet));
        Assert.Equal(4, box.Paragraphs.Count(p => p.Text.Length > 20 && p.Text.Trim('_').Length == 0));
        // Five written and one chosen: the heading asks nothing more (a reader: "bedenk er vijf, kies er één" over five, one chosen).
        var planned = Coalitions.Of("voorbeeld");
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var done = analysis.Priorities.Where(p => !p.FewInterventions && p.Chosen is not null).Select(p => p.Partner.Naam).ToList();
        Assert.NotEmpty(done);
        foreach (var name in done)
            Assert.Equal("Interventies", BeforePage(planned.Briefing, name).Elements.OfType<TextElement>()
                .Single(e => e.Name == Contexts.Briefing.Words.Shapes.CribInterventions).Paragraphs[0].Text);
        Assert.DoesNotContain(paragraphs, p => p.Contains("1 ideeën", StringComparison.Ordinal));
        // A task before the session, in the warning colour; not grey between brackets, which readers took for a placeholder.
        var runs = plan.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).SelectMany(e => e.Paragraphs).SelectMany(p => p.Runs).ToList();
        Assert.All(runs.Where(r => r.Text.Contains("bedenk er", StringComparison.Ordinal)), r => Assert.Equal(Contexts.Briefing.Colours.Warning, r.Color));
        Assert.Contains(runs, r => r.Text == "nog geen; bedenk er vijf vóór de sessie");
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("24-en")]
    public void The_summary_names_every_partner_none_of_whose_wants_has_a_strong_offer_once(string which)
    {
        // Readers: the same partners twice on one page, in a block of their own and on the shortlist. Each such partner stands once:
        // on the shortlist, with why, or (not on it) in the balance block; in balance by count, the note says the count is no all-clear.
        var planned = Coalitions.Of(which);
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var t = planned.Briefing.Context.Words.Briefing;
        var open = analysis.OpenNeeds.Select(o => o.Want).ToHashSet();
        var empty = planned.Coalition.Partners.Where(p => p.Halen.Count > 0 && p.Halen.All(open.Contains)).ToList();
        Assert.NotEmpty(empty); // these coalitions have partners whose wants nobody answers for sure
        var blocks = SummaryBlocks(planned).ToList();
        var start = blocks.Single(e => e.Paragraphs[0].Text == t.SummaryStart).Paragraphs.Skip(1).Select(p => p.Text).ToList();
        var balance = blocks.Single(e => e.Paragraphs[0].Text is var h && (h == t.SummaryNothingSureTitle || h == t.SummaryNothingSureAlso || h == t.SummaryBalance || h == t.SummaryInBalance))
            .Paragraphs.Select(p => p.Text).ToList();
        foreach (var partner in empty)
        {
            // On the shortlist, saying it gets no strong offer, or in the balance block.
            var shortlisted = start.Count(l => l.StartsWith(partner.Naam + ": ", StringComparison.Ordinal) && l.EndsWith(t.SummaryStartNothing.Split('}')[^1], StringComparison.Ordinal));
            var listed = balance.Count(l => l.StartsWith(partner.Naam + ": ", StringComparison.Ordinal));
            // Named once, or counted with the rest of the balance block where its box has no room for it.
            Assert.True(shortlisted + listed == 1 || shortlisted + listed == 0 && balance.Any(l => l.StartsWith("…", StringComparison.Ordinal)),
                $"{partner.Naam}: {shortlisted} on the shortlist, {listed} in the balance block");
        }
        if (analysis.Balances.All(b => b.Readings.Count == 0))
        {
            // The count no all-clear: said under the partners, unless their box counts some of them and has no room left for it.
            Assert.True(balance.Contains(t.SummaryCountedOnly) || balance.Any(l => l.StartsWith("…", StringComparison.Ordinal)), string.Join(" | ", balance));
            Assert.DoesNotContain(balance, p => p == t.SummaryBalanced);
        }
        // "ook" over the rest where the shortlist names some (readers: the rest alone read as if those were fine).
        var named = Briefing.SummarySlide.Shortlist(analysis).Select(p => p.Partner).ToHashSet();
        if (empty.Any(named.Contains) && empty.Any(p => !named.Contains(p)))
            Assert.True(balance[0] == t.SummaryNothingSureAlso || balance[0] == t.SummaryBalance, balance[0]);
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("9")]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("24-en")]
    public void The_summarys_partners_block_counts_what_it_leaves_out_in_partners_never_in_its_note(string which)
    {
        // A reader: four partners with nothing sure, all four listed, then "… en nog 1" (the one left was the note under them).
        var planned = Coalitions.Of(which);
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var t = planned.Briefing.Context.Words.Briefing;
        var open = analysis.OpenNeeds.Select(o => o.Want).ToHashSet();
        var known = analysis.Priorities.Where(p => p is { Score: not null, Invloed: { }, Houding: { } }).ToList();
        // Those that get no strong offer and are not on the shortlist (the previous test), and those out of balance.
        var named = Briefing.SummarySlide.Shortlist(analysis).Select(p => p.Partner).ToHashSet();
        var partners = planned.Coalition.Partners.Count(p => p.Halen.Count > 0 && p.Halen.All(open.Contains) && !named.Contains(p)) + analysis.Balances.Count(b => b.Readings.Count > 0);
        var block = SummaryBlocks(planned).Single(e => e.Paragraphs[0].Text is var h && (h == t.SummaryNothingSureTitle || h == t.SummaryNothingSureAlso || h == t.SummaryBalance || h == t.SummaryInBalance));
        var listed = block.Paragraphs.Count(p => p.Bullet);
        var more = block.Paragraphs.Select(p => p.Text).Where(p => p.StartsWith("…", StringComparison.Ordinal)).ToList();
        Assert.True(listed <= partners, $"{listed} listed of {partners}");
        // "… en nog 3, op de pagina's van hun partijen (blz. 15–62)", or none when every partner is listed.
        Assert.Equal(listed < partners ? 1 : 0, more.Count);
        Assert.All(more, m => Assert.True(m.StartsWith(t.SummaryMore.Fill(partners - listed), StringComparison.Ordinal)
            || m.StartsWith(t.SummaryMoreBalance.Fill(partners - listed), StringComparison.Ordinal), m));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    public void The_summary_says_of_each_demand_who_surely_answers_it_or_that_nobody_does_and_lists_the_open_demands_once(string which)
    {
        // The biggest risks at a glance: four of the example's seven demands have no sure offer, and the facilitator's own proposal
        // answers one of them. Each demand says so, names its sure bringer or the proposal's party; the block of open wants under it
        // lists the other wants only.
        var planned = Coalitions.Of(which);
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var t = planned.Briefing.Context.Words.Briefing;
        // Those nobody surely answers first (where not all fit, the ones shown are the risks), each part in the partners' order.
        // Answered by the proposal alone, it says where the proposals stand.
        var proposals = planned.Briefing.Slides.ToList().FindIndex(s => s.TitleText == t.ProposalsTitle) + 1;
        Assert.True(proposals > 0);
        var expected = planned.Coalition.Partners.SelectMany(p => p.Halen.Where(i => i.IsEis).Select(i => $"{p.Naam}: {i.Text.Value} → "
            + (analysis.Matches.Suggested(i).FirstOrDefault(m => m.IsStrong)?.Bringer.Naam
               ?? (analysis.Proposed.ContainsKey(i) ? t.SummaryProposed + t.SummaryPages.Fill(proposals) : t.SummaryNobodySure))))
            .OrderBy(e => e.EndsWith(t.SummaryNobodySure, StringComparison.Ordinal) ? 0 : 1).ToList();
        Assert.Equal(3, expected.Count(e => e.EndsWith(t.SummaryNobodySure, StringComparison.Ordinal)));
        Assert.Single(expected, e => e.EndsWith(" → " + t.SummaryProposed + t.SummaryPages.Fill(proposals), StringComparison.Ordinal));
        var blocks = SummaryBlocks(planned).ToList();
        Assert.Equal(expected, blocks.Single(e => e.Paragraphs[0].Text == t.SummaryDemands).Paragraphs.Skip(1).Select(p => p.Text));
        var others = blocks.Single(e => e.Paragraphs[0].Text == t.SummaryOpenOthers).Paragraphs.Select(p => p.Text).ToList();
        Assert.DoesNotContain(others, line => planned.Coalition.Partners.SelectMany(p => p.Halen).Any(i => i.IsEis && line.Contains(i.Text.Value, StringComparison.Ordinal)));
        // Listed or counted, the block's wants are the open wants but the demands.
        var block = blocks.Single(e => e.Paragraphs[0].Text == t.SummaryOpenOthers);
        var counted = int.Parse(System.Text.RegularExpressions.Regex.Match(block.Paragraphs[^1].Text, "[0-9]+").Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(analysis.OpenNeeds.Count(o => !o.Want.IsEis), block.Paragraphs.Count(p => p.Bullet) + counted);
    }

    [Theory]
    [InlineData("16")]
    [InlineData("24")]
    public void The_summary_names_together_the_partners_that_make_the_very_same_demand(string which)
    {
        // A reader at 24 partners found "… en nog 21" under the demands where a few stood three and four times. Partners asking the
        // very same with the same answer share a line, every one of them named.
        var planned = Coalitions.Of(which);
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var t = planned.Briefing.Context.Words.Briefing;
        // Who surely answers it: its first strong offer's bringer and those that offer the very same, named together.
        string Answer(Core.Model.Item i) => analysis.Matches.Suggested(i) is var s && s.FirstOrDefault(m => m.IsStrong) is { } best
            ? t.Listed(s.Where(m => m.IsStrong && m.Score == best.Score && m.Offer.Text.Value == best.Offer.Text.Value).Select(m => m.Bringer.Naam).Distinct().ToList())
            : analysis.Proposed.ContainsKey(i) ? t.SummaryProposed : t.SummaryNobodySure;
        var demands = planned.Coalition.Partners.SelectMany(p => p.Halen.Where(i => i.IsEis).Select(i => (Partner: p.Naam, Want: i.Text.Value, Answer: Answer(i)))).ToList();
        var lines = SummaryBlocks(planned).Single(e => e.Paragraphs[0].Text == t.SummaryDemands).Paragraphs.Where(p => p.Bullet).Select(p => p.Text).ToList();
        Assert.NotEmpty(lines);
        var shared = 0;
        foreach (var line in lines)
        {
            var group = demands.Where(d => line.EndsWith(": " + d.Want + " → " + d.Answer, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(group);
            var lead = line[..line.LastIndexOf(": " + group[0].Want + " → ", StringComparison.Ordinal)];
            Assert.Equal(t.Listed(group.Select(d => d.Partner).Distinct().ToList()), lead);
            shared += group.Select(d => d.Partner).Distinct().Count() > 1 ? 1 : 0;
        }
        Assert.True(shared > 0, "no line names partners together");
        Assert.Equal(lines.Count, lines.Distinct().Count());
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    public void The_summary_lists_every_demand_whole_where_the_grid_would_show_five_of_seven(string which)
    {
        // Seven demands, two lines each: the two by two grid holds five at 14 pt. The demands then stand over the
        // open wants down the left, all of them, and the open wants show what is left, counting the rest.
        var planned = Coalitions.Of(which);
        var t = planned.Briefing.Context.Words.Briefing;
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var demands = planned.Coalition.Partners.SelectMany(p => p.Halen.Where(i => i.IsEis).Select(i => (Text: p.Naam + ": " + i.Text.Value,
                Sure: analysis.Matches.Suggested(i).Any(m => m.IsStrong) || analysis.Proposed.ContainsKey(i))))
            .OrderBy(d => d.Sure ? 1 : 0).Select(d => d.Text).ToList();
        Assert.Equal(7, demands.Count);
        var blocks = SummaryBlocks(planned).ToList();
        var listed = blocks.Single(e => e.Paragraphs[0].Text == t.SummaryDemands).Paragraphs.Skip(1).Select(p => p.Text).ToList();
        Assert.Equal(demands.Count, listed.Count);
        Assert.All(demands.Zip(listed), x => Assert.StartsWith(x.First + " → ", x.Second, StringComparison.Ordinal));
        var open = blocks.Single(e => e.Paragraphs[0].Text == t.SummaryOpenOthers);
        Assert.True(open.Box.X == blocks[0].Box.X && open.Box.Y > blocks[0].Box.Y, "the open wants under the demands");
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("9")]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("9 lang")]
    [InlineData("16 lang")]
    [InlineData("24 lang")]
    public void At_a_glance_names_every_partner_to_speak_to_beforehand(string which)
    {
        // The first of the attention order (the method's: influence by relation), at most four (readers: three or four talks a
        // facilitator can have), each with its influence, relation and turn, and whether it gets no strong offer or has a demand
        // without one; what the box has no room for is counted with its page.
        var planned = Coalitions.Of(which);
        var t = planned.Briefing.Context.Words.Briefing;
        var start = SummaryBlocks(planned).Single(e => e.Paragraphs[0].Text == t.SummaryStart);
        var analysis = HalenBrengen.Core.Analysis.CoalitionAnalysis.Of(planned.Coalition);
        var known = analysis.Priorities.Where(p => p is { Score: not null, Invloed: { }, Houding: { } }).ToList();
        var named = Math.Min(Briefing.SummarySlide.StartMost, known.Count);
        var bullets = start.Paragraphs.Where(p => p.Bullet).Select(p => p.Text).ToList();
        // Read whole up to 24 partners; with texts of 400 characters what the box has no room for is counted with its page.
        if (which.Contains("lang", StringComparison.Ordinal))
            Assert.InRange(bullets.Count, 1, named);
        else
            Assert.Equal(named, bullets.Count);
        // Under them where they come from, with its page, where the others follow (readers: the shortlist stopped at three, the rest nowhere said).
        var page = planned.Briefing.Slides.ToList().FindIndex(s => s.TitleText == t.StartTitle) + 1;
        Assert.True(page > 0);
        Assert.Equal(t.SummaryStartSource.Fill(t.SummaryPages.Fill(page)), start.Paragraphs[^1].Text);
        var labels = planned.Briefing.Context.Words.Values;
        string Why(HalenBrengen.Core.Analysis.Priority p) => p.Partner.Naam + ": " + (p.NothingSure ? t.SummaryStartNothing : p.DemandOpen ? t.SummaryStartDemand : t.SummaryStartLine)
            .Replace("{0}", labels.Of(p.Invloed!.Value).ToLowerInvariant(), StringComparison.Ordinal).Replace("{1}", labels.Of(p.Houding!.Value), StringComparison.Ordinal).Split("{2}")[0];
        Assert.All(known.Take(named).Zip(bullets), x => Assert.StartsWith(Why(x.First), x.Second, StringComparison.Ordinal));
        Assert.All(known.Take(named).Zip(bullets), x => Assert.EndsWith((x.First.NothingSure ? t.SummaryStartNothing : x.First.DemandOpen ? t.SummaryStartDemand : t.SummaryStartLine).Split('}')[^1], x.Second, StringComparison.Ordinal));
        // In the grid's order: each line's partner numbered one more than the line before.
        Assert.Equal(Enumerable.Range(1, named), known.Take(named).Select(p => p.Rank));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16 lang")]
    public void Every_partner_s_own_words_and_the_facilitator_s_judgement_stand_in_its_crib_each_once(string which)
    {
        var planned = Coalitions.Of(which);
        var shapes = planned.Briefing.Context.Words.Shapes;
        var profile = planned.Briefing.Slides.SelectMany(s => s.Elements.OfType<TextElement>())
            .Where(e => e.Name == shapes.CribOwnWords || e.Name == shapes.ForceField).SelectMany(e => e.Paragraphs).Select(p => p.Text).ToList();
        foreach (var partner in planned.Coalition.Partners)
        {
            foreach (var text in new[] { partner.Kaart?.EigenBelang?.Value, partner.Kaart?.Krantenkop?.Value, partner.Krachtenveld?.NodigVoor?.Value }.OfType<string>())
                Assert.Equal(planned.Coalition.Partners.Count(p => p.Kaart?.EigenBelang?.Value == text || p.Kaart?.Krantenkop?.Value == text || p.Krachtenveld?.NodigVoor?.Value == text),
                    profile.Count(p => p.EndsWith(text, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("voorbeeld", false)]
    [InlineData("9", false)]
    [InlineData("12", true)]
    [InlineData("16", false)]
    [InlineData("24", false)]
    public void A_session_longer_than_planned_is_said_right_under_the_agenda_in_the_warnings_colour(string name, bool short_)
    {
        // 12 partners in the default 150 minutes: five minutes each makes it longer, which a facilitator must know before the session
        // (16 and 24 partners, longer by more than half an hour, meet twice instead).
        var planned = Coalitions.Of(name);
        var t = planned.Briefing.Context.Words.Briefing;
        var agenda = Agenda.Of(planned.Coalition);
        var first = planned.Briefing.Slides[0];
        var guide = first.Elements.OfType<TextElement>().Where(e => e.Name == planned.Briefing.Context.Words.Shapes.Guide).ToList();
        var watch = guide.Single(e => e.Paragraphs[0].Text == t.GuideWatchTitle);
        var warning = string.Format(System.Globalization.CultureInfo.InvariantCulture, t.GuideLonger, planned.Coalition.Partners.Count, agenda.SpeakingMinutes,
            agenda.Overrun, agenda.PlannedMinutes);
        Assert.Equal(short_, agenda.Overrun > 0);
        // Right under the times it moves, across the agenda's column, in the warning's colour; not again among the points to watch.
        var under = guide.Where(e => e.Paragraphs.Any(p => p.Text == warning)).ToList();
        Assert.DoesNotContain(warning, watch.Paragraphs.Select(p => p.Text));
        if (!short_)
        {
            Assert.Empty(under);
            return;
        }
        var note = Assert.Single(under);
        var parts = guide.Single(e => e.Paragraphs.Any(p => p.Text == AgendaSlides.Part(agenda, agenda.Items[^1], planned.Briefing.Context.Words.Session)));
        Assert.True(note.Box.Y >= parts.Box.Y + Emu.FromPt(planned.Briefing.Context.Text.Height(parts.Paragraphs, TextLayout.Inner(parts.Box.Width, TextLayout.InsetX), parts.FontSizePt)));
        Assert.True(note.Box.Right <= watch.Box.X);
        Assert.Equal(planned.Briefing.Context.Colours.Warning, note.Paragraphs[0].Runs[0].Color);
    }

    [Theory]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("24+licht")]
    public void A_session_of_two_meetings_has_both_on_the_first_page_the_second_under_a_line_that_asks_for_its_date(string name)
    {
        var planned = Coalitions.Of(name);
        var (t, session) = (planned.Briefing.Context.Words.Briefing, planned.Briefing.Context.Words.Session);
        var agenda = Agenda.Of(planned.Coalition);
        Assert.True(agenda.TwoMeetings);
        var guide = planned.Briefing.Slides[0].Elements.OfType<TextElement>().Where(e => e.Name == planned.Briefing.Context.Words.Shapes.Guide).ToList();
        var second = t.GuideSecondMeeting + t.GuideSetDate;
        var parts = guide.Single(e => e.Paragraphs.Any(p => p.Text == second));
        // Every part of both meetings in order, each meeting under its heading (a reader: one list, parted by a red line), the
        // second's asking in the warning's colour for its date.
        // The first's heading with its date (a reader: the page named one date for two meetings).
        var first = planned.Coalition.Samenwerking.Datum is { } datum ? t.GuideFirstMeeting + " · " + Dates.Long(datum, planned.Briefing.Context.Language) : t.GuideFirstMeeting;
        Assert.NotNull(planned.Coalition.Samenwerking.Datum);
        var expected = agenda.Meeting(1).Select(i => AgendaSlides.Part(agenda, i, session)).Prepend(first).Append(second)
            .Concat(agenda.Meeting(2).Select(i => AgendaSlides.Part(agenda, i, session)));
        Assert.Equal(expected, parts.Paragraphs.Select(p => p.Text));
        Assert.Equal(planned.Briefing.Context.Colours.Warning, parts.Paragraphs.Single(p => p.Text == second).Runs[1].Color);
        Assert.True(parts.Paragraphs.Single(p => p.Text == second).SpaceBeforeEm > parts.Paragraphs[1].SpaceBeforeEm, "the second meeting set apart");
        // Each time level with its part, a wrapped heading's lines counted (a reader's page had the second meeting's times a line high).
        var c = planned.Briefing.Context;
        var times = guide.Single(e => e.Paragraphs.Count == parts.Paragraphs.Count && e != parts && e.Box.Right <= parts.Box.X);
        IReadOnlyList<double> Tops(TextElement e)
        {
            var (tops, y) = (new List<double>(), 0.0);
            for (var i = 0; i < e.Paragraphs.Count; i++)
            {
                if (i > 0)
                    y += c.Text.LinesHeight(e.Paragraphs[i - 1], c.Text.LineCount(e.Paragraphs[i - 1], TextLayout.Inner(e.Box.Width, e.InsetX), e.FontSizePt), e.FontSizePt)
                        + TextLayout.SpaceBefore(e.Paragraphs[i], e.FontSizePt);
                tops.Add(y);
            }
            return tops;
        }
        Assert.All(Tops(times).Zip(Tops(parts)), pair => Assert.InRange(pair.First - pair.Second, -0.5, 0.5));
        Assert.Equal(session.WelcomeBack, AgendaSlides.Part(agenda, agenda.Meeting(2)[0], session));
        Assert.Equal(session.CloseFirstMeeting, AgendaSlides.Part(agenda, agenda.Meeting(1)[^1], session));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("9 lang")]
    public void The_summary_sends_the_reader_only_to_slides_the_briefing_has(string which)
    {
        var planned = Coalitions.Of(which);
        var t = planned.Briefing.Context.Words.Briefing;
        var titles = planned.Briefing.Slides.Select(s => s.TitleText).ToHashSet(StringComparer.Ordinal);
        var summary = SummaryBlocks(planned)
            .SelectMany(e => e.Paragraphs).Select(p => p.Text).ToList();

        foreach (var quoted in summary.SelectMany(p => System.Text.RegularExpressions.Regex.Matches(p, "'([^']+)'").Select(m => m.Groups[1].Value)))
            Assert.Contains(quoted, titles);
        // And a partner's line leads with its name in bold, the finding after it in plain text.
        var balance = SummaryBlocks(planned)
            .Single(e => e.Paragraphs[0].Text == t.SummaryBalance || e.Paragraphs[0].Text == t.SummaryInBalance || e.Paragraphs[0].Text == t.SummaryNothingSureTitle || e.Paragraphs[0].Text == t.SummaryNothingSureAlso);
        Assert.All(balance.Paragraphs.Where(p => p.Bullet), p => Assert.False(p.Runs.All(r => r.Bold), p.Text));
    }

    [Theory]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("24-en")]
    public void Above_the_matrix_s_size_the_strongest_connections_are_a_table_of_names_from_who_brings_to_who_wants(string which)
    {
        // Two readers of the twelfth session: 24 numbered nodes on a small wheel, an index of names beside it, the eye to and fro.
        var planned = Coalitions.Of(which);
        var t = planned.Briefing.Context.Words.Briefing;
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var names = analysis.Connections.Partners.Select(p => p.Naam).ToList();
        var slides = planned.Briefing.Slides.Where(s => s.TitleText.StartsWith(t.ConnectionsTitle, StringComparison.Ordinal)).ToList();
        Assert.Single(slides);
        Assert.DoesNotContain(slides.SelectMany(s => s.Elements), e => e is LineElement || e is TextElement { Geometry: Geometry.Ellipse });
        var tables = slides.SelectMany(s => s.Elements.OfType<TableElement>()).ToList();
        Assert.Equal(t.ConnectionsHeaders, tables[0].Header);
        // A bringer's name on every one of its rows (four readers found the blank cells under it a gap), its rows together.
        var rows = tables.SelectMany(x => x.Rows).ToList();
        Assert.DoesNotContain(rows, r => r[0] == "");
        Assert.Equal(rows.Select(r => r[0]).Distinct(), rows.Select(r => r[0]).Where((name, i) => i == 0 || rows[i - 1][0] != name));
        Assert.InRange(rows.Count, 1, ConnectionSlide.MostLines);

        // Each row a flow from who brings to who wants it, with its count (Connections[wanter, bringer]); a bringer's strongest first.
        foreach (var row in rows)
            Assert.Equal(analysis.Connections[names.IndexOf(row[1]), names.IndexOf(row[0])].ToString(System.Globalization.CultureInfo.InvariantCulture), row[2]);
        foreach (var group in rows.GroupBy(r => r[0]))
        {
            var counts = group.Select(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(counts.OrderDescending(), counts);
        }
        Assert.Equal(rows.Count, rows.Select(r => (r[0], r[1])).Distinct().Count());
        // Under it, what it shows and of how many.
        var flows = Enumerable.Range(0, names.Count).Sum(a => Enumerable.Range(0, names.Count).Count(b => a != b && analysis.Connections[a, b] > 0));
        // And who has no connection at all, by name (a reader: the table of the strongest hid that one partner had none).
        // Connected: a partner with a sure offer for one of its wants, and every partner its crib names for it (those that offer the very same).
        var linked = planned.Coalition.Partners.SelectMany(p => p.Halen.Select(w => analysis.Matches.Suggested(w)).Where(x => x is [{ IsStrong: true }, ..])
            .SelectMany(x => x.Where(m => m.IsStrong && m.Score == x[0].Score && m.Offer.Text.Value == x[0].Offer.Text.Value).Select(m => m.Bringer.Naam).Append(p.Naam))).ToHashSet();
        var none = planned.Coalition.Partners.Select(p => p.Naam).Where(n => !linked.Contains(n)).ToList();
        if (which != "16")
            Assert.NotEmpty(none);
        var key = t.ConnectionsTableKey.Fill(rows.Count, flows) + (none.Count > 0 ? t.ConnectionsNone.Fill(t.Listed(none)) : "");
        Assert.Contains(slides[^1].Elements.OfType<TextElement>(), e => e.Paragraphs.Any(p => p.Text == key));
    }

    [Fact]
    public void The_matrix_numbers_its_rows_as_who_comes_first_does()
    {
        // From 9 to 12 partners the pairs are a matrix with numbered rows and columns: the same numbers as 'Wie vooraf aandacht?'.
        var planned = Coalitions.Of("9");
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var table = planned.Briefing.Slides.Where(s => s.TitleText == planned.Briefing.Context.Words.Briefing.MatrixTitle)
            .SelectMany(s => s.Elements.OfType<TableElement>()).First();
        var rows = table.Rows.Select(r => r[0]).ToList();
        Assert.Equal(analysis.Priorities.OrderBy(p => p.Rank).Select(p => $"{p.Rank}. {p.Partner.Naam}"), rows);
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    public void Every_crib_s_header_is_alike_the_name_on_one_line_at_one_size_its_columns_starting_at_one_height(string which)
    {
        // A reader: a long name wrapped beside its turn, and its page started 15 mm lower than the others.
        var planned = Coalitions.Of(which);
        var c = planned.Briefing.Context;
        var cribs = planned.Briefing.Slides.Where(s => s.Elements.Any(e => e is TextElement t && t.Name == c.Words.Shapes.CribTurn)).ToList();
        Assert.True(cribs.Count >= planned.Coalition.Partners.Count);
        Assert.Single(cribs.Select(s => s.Title!.FontSizePt).Distinct());
        Assert.All(cribs, s => Assert.Equal(1, c.Text.LineCount(s.Title!.Paragraphs[0], TextLayout.Inner(s.Title.Box.Width, s.Title.InsetX), s.Title.FontSizePt)));
        Assert.Single(cribs.Select(s => s.Title!.Box.Bottom).Distinct());
        Assert.Single(cribs.Select(s => s.Elements.OfType<TextElement>().Single(e => e.Name == c.Words.Shapes.CribTurn).Box).Distinct());
    }

    [Fact]
    public void A_crib_is_two_pages_of_one_grid_the_judgement_beside_own_words_then_halen_beside_brengen()
    {
        // Five readers found the one-page cribs dense, their notes moving between the columns, and five interventions asked with no
        // place to write them. Every crib on two pages of one grid: before the session, the judgement and the interventions left
        // and the partner's own words right, side by side; for the turn, halen left and brengen right, side by side. The
        // municipality, given its offers three times over, goes on over a page, and still starts as every crib does.
        var (coalition, plan) = WithLongMunicipality();
        var (t, shapes) = (plan.Context.Words.Briefing, plan.Context.Words.Shapes);
        foreach (var partner in coalition.Partners)
        {
            var texts = BeforePage(plan, partner.Naam).Elements.OfType<TextElement>().ToList();
            var judgement = texts.Single(e => e.Name == shapes.ForceField);
            var own = texts.Single(e => e.Name == shapes.CribOwnWords);
            Assert.StartsWith(t.CribAssessment, judgement.Paragraphs[0].Text, StringComparison.Ordinal);
            Assert.StartsWith(t.CribOwnWords, own.Paragraphs[0].Text, StringComparison.Ordinal);
            Assert.True(own.Box.Y == judgement.Box.Y && own.Box.X > judgement.Box.Right, $"{partner.Naam}: own words beside the judgement");
            var interventions = texts.Single(e => e.Name == shapes.CribInterventions);
            Assert.True(interventions.Box.X == judgement.Box.X && interventions.Box.Y > judgement.Box.Bottom, $"{partner.Naam}: the interventions under the judgement");
            Assert.True(interventions.Paragraphs.Count(p => p.Bullet) >= Priority.InterventionsAsked, $"{partner.Naam}: fewer than five lines of interventions");
            var items = TurnPage(plan, partner.Naam).Elements.OfType<TextElement>().Where(e => e.Name == shapes.Crib).OrderBy(e => e.Box.X.Value).ToList();
            Assert.StartsWith(t.CribWants, items[0].Paragraphs[0].Text, StringComparison.Ordinal);
            Assert.StartsWith(t.CribBrings, items[^1].Paragraphs[0].Text, StringComparison.Ordinal);
            Assert.Equal(items[0].Box.Y, items[^1].Box.Y);
        }
        var municipality = Municipality(coalition);
        Assert.Contains(plan.Slides, s => s.TitleText.StartsWith(municipality.Naam + " (", StringComparison.Ordinal));
        // Partner by partner in the round's order, its page before the session, then its turn's, with no other partner's between
        // (five readers: a partner's two pages 7 to 24 pages apart).
        var slides = plan.Slides.ToList();
        var befores = coalition.Partners.Select(p => slides.IndexOf(BeforePage(plan, p.Naam))).ToList();
        var turnPages = coalition.Partners.Select(p => slides.IndexOf(TurnPage(plan, p.Naam))).ToList();
        Assert.Equal(turnPages.Order(), turnPages);
        Assert.Equal(befores.Order(), befores);
        Assert.All(befores.Zip(turnPages, befores.Skip(1).Append(slides.Count)), x => Assert.True(x.First < x.Second && x.Second < x.Third, $"pages {x.First}, {x.Second}, {x.Third}"));
    }

    [Theory]
    [InlineData("16")]
    [InlineData("24")]
    public void The_summarys_counted_rests_say_on_which_pages_they_stand(string which)
    {
        // Readers: "… en nog 21, op de pagina's van hun partijen" on the first pages, and no page to turn to in a booklet of 59.
        var planned = Coalitions.Of(which);
        var (plan, t) = (planned.Briefing, planned.Briefing.Context.Words.Briefing);
        var summary = plan.Slides.Single(s => s.TitleText == t.SummaryTitle);
        var rests = summary.Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs).Select(p => p.Text).Where(l => l.StartsWith("… ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rests);
        var names = planned.Coalition.Partners.Select(p => p.Naam).ToHashSet();
        foreach (var rest in rests)
        {
            var match = System.Text.RegularExpressions.Regex.Match(rest, @"\(blz\. (\d+)(?:–(\d+))?\)$");
            Assert.True(match.Success, $"'{rest}' says no page");
            var (first, last) = (int.Parse(match.Groups[1].Value) - 1, int.Parse(match.Groups[2].Success ? match.Groups[2].Value : match.Groups[1].Value) - 1);
            var titles = plan.Slides.Skip(first).Take(last - first + 1).Select(s => s.TitleText).ToList();
            // The cribs' pages for the partners' rests, the table's for the open wants: all of them, and nothing else.
            Func<string, bool> fits = rest.Contains("'" + t.OpenTitle + "'", StringComparison.Ordinal)
                ? x => x.StartsWith(t.OpenTitle, StringComparison.Ordinal) || x.StartsWith(t.OpenWishesTitle, StringComparison.Ordinal)
                : rest.Contains("'" + t.StartTitle + "'", StringComparison.Ordinal) ? x => x.StartsWith(t.StartTitle, StringComparison.Ordinal)
                : rest.Contains("'" + t.SummaryDemands + "'", StringComparison.Ordinal) ? x => x.StartsWith(t.SummaryDemands, StringComparison.Ordinal)
                : x => names.Any(n => x == n || x.StartsWith(n + " (", StringComparison.Ordinal));
            Assert.All(titles, x => Assert.True(fits(x), $"'{rest}': page '{x}'"));
            Assert.False(fits(plan.Slides[first - 1].TitleText), $"'{rest}': starts after the first");
            Assert.False(last + 1 < plan.Slides.Count && fits(plan.Slides[last + 1].TitleText), $"'{rest}': ends before the last");
        }
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("24")]
    public void What_to_set_out_counts_every_posters_sheets_and_the_walls_they_need(string which)
    {
        // Readers: "de gezamenlijke kaart, elk vel" gave no count, and 24 partners' 33 A0 sheets need some 28 m of wall.
        var planned = Coalitions.Of(which);
        var t = planned.Briefing.Context.Words.Briefing;
        var page = planned.Briefing.Slides.Single(s => s.TitleText == t.PrepTitle);
        var lines = page.Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs).Select(p => p.Text).ToList();
        int Sheets(PosterKind kind) => planned.Posters.Where(p => p.Kind == kind).Sum(p => p.Sheets.Slides.Count);
        string Said(int n) => n == 1 ? t.PrepSheet : t.PrepSheets.Fill(n);
        Assert.Contains(t.PrepPrintCounted[0].Fill(Said(planned.Coalition.Partners.Count)), lines);
        Assert.Contains(t.PrepPrintCounted[1].Fill(Said(Sheets(PosterKind.CombinedMap))), lines);
        Assert.Contains(t.PrepPrintCounted[2].Fill(Said(Sheets(PosterKind.WorkSheet))), lines);
        Assert.Contains(t.PrepTotal.Fill(planned.Posters.Sum(p => p.Sheets.Slides.Count)), lines);
        // The partners' wall: their posters with 20 cm between two, in whole metres rounded up (a reader: seven A0s on "6 m wand" left no
        // gap; 24 A0s of 84.1 cm and 23 gaps: 25 m; the example's seven: 8 m).
        var partners = planned.Posters.Where(p => p.Kind == PosterKind.Partner).ToList();
        var wall = (int)Math.Ceiling((partners.Sum(p => p.Sheets.Width.Mm) + 200 * (partners.Count - 1)) / 1000);
        Assert.Contains(t.PrepHangWalls[0].Fill(wall), lines);
        Assert.Equal(which == "24" ? 25 : 8, wall);
    }

    /// <summary>A partner's crib page before the session: titled with its name, the judgement on it.</summary>
    internal static SlidePlan BeforePage(PresentationPlan plan, string name) =>
        plan.Slides.Single(s => s.TitleText == name && s.Elements.Any(e => e is TextElement t && t.Name == plan.Context.Words.Shapes.ForceField));

    /// <summary>A partner's crib page for its turn: titled with its name, its items on it.</summary>
    internal static SlidePlan TurnPage(PresentationPlan plan, string name) =>
        plan.Slides.Single(s => s.TitleText == name && s.Elements.Any(e => e is TextElement t && t.Name == plan.Context.Words.Shapes.Crib));

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("16")]
    [InlineData("24")]
    public void Printed_on_both_sides_each_partners_two_pages_are_a_spread(string which)
    {
        // Readers asked for a partner's page before the session and its turn's side by side: printed on both sides, the first on an
        // even page (left), the second facing it; a page for the facilitator's own notes before the cribs where they would start odd.
        var planned = Coalitions.Of(which);
        var (plan, t) = (planned.Briefing, planned.Briefing.Context.Words.Briefing);
        var slides = plan.Slides.ToList();
        foreach (var partner in planned.Coalition.Partners)
        {
            var (before, turn) = (slides.IndexOf(BeforePage(plan, partner.Naam)) + 1, slides.IndexOf(TurnPage(plan, partner.Naam)) + 1);
            Assert.True(before % 2 == 0 && turn == before + 1, $"{partner.Naam}: pages {before} and {turn}");
        }
        Assert.True(slides.Count(s => s.TitleText == t.OwnNotesTitle) <= 1);
    }

    [Fact]
    public void The_page_of_own_notes_stands_where_the_cribs_would_start_odd_and_says_why()
    {
        // Where the cribs would start on an odd page, a page of ruled lines for the facilitator's own notes before them, saying why it
        // is there (a reader found it unexplained); nowhere else.
        var found = 0;
        foreach (var which in Coalitions.All)
        {
            var plan = Coalitions.Of(which).Briefing;
            var t = plan.Context.Words.Briefing;
            var slides = plan.Slides.ToList();
            var at = slides.FindIndex(s => s.TitleText == t.OwnNotesTitle);
            if (at < 0)
                continue;
            found++;
            Assert.Equal(t.CribBefore, slides[at + 1].Elements.OfType<TextElement>().Single(e => e.Name == plan.Context.Words.Shapes.CribTurn).Paragraphs[0].Text);
            Assert.True((at + 2) % 2 == 0, $"{which}: the cribs start on page {at + 2}");
            Assert.Contains(slides[at].Elements.OfType<TextElement>(), e => e.Paragraphs.Any(p => p.Text == t.OwnNotesNotes));
            Assert.True(slides[at].Elements.OfType<LineElement>().Count() >= 10, $"{which}: lines to write on");
        }
        Assert.True(found > 0, "no coalition has a page of own notes");
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("16")]
    [InlineData("24")]
    public void A_turn_page_says_what_to_watch_for_after_the_round_at_the_decks_question(string which)
    {
        // A reader: the analysis never reached the moment after the round it was made for. Over the notes of a turn's page: the
        // partner's demand nobody surely answers, else that it gets nothing sure, else an offer that surely answers another's want;
        // each at the deck's question it belongs to, word for word as the room sees it, under the partner's own words.
        var planned = Coalitions.Of(which);
        var (plan, coalition) = (planned.Briefing, planned.Coalition);
        var (t, shapes, session) = (plan.Context.Words.Briefing, plan.Context.Words.Shapes, plan.Context.Words.Session);
        var analysis = CoalitionAnalysis.Of(coalition);
        var titles = planned.Session.Slides.Select(s => s.TitleText).ToHashSet();
        var (probed, expected) = (0, 0);
        var kinds = new HashSet<bool>();
        foreach (var partner in coalition.Partners)
        {
            // On the turn's page, else on the page before the session, the other half of its spread; once.
            var holders = new[] { TurnPage(plan, partner.Naam), BeforePage(plan, partner.Naam) }.Where(p => p.Elements.OfType<TextElement>().Any(e => e.Name == shapes.CribProbe)).ToList();
            Assert.True(holders.Count <= 1, $"{partner.Naam}: the probe twice");
            var page = holders.FirstOrDefault() ?? TurnPage(plan, partner.Naam);
            if (holders.Count == 1)
                kinds.Add(ReferenceEquals(page, BeforePage(plan, partner.Naam)));
            var probe = page.Elements.OfType<TextElement>().SingleOrDefault(e => e.Name == shapes.CribProbe)?.Paragraphs.Single().Text;
            var open = partner.Halen.FirstOrDefault(w => w.IsEis && !analysis.Matches.Suggested(w).Any(m => m.IsStrong) && !analysis.Proposed.ContainsKey(w));
            var brings = analysis.Matches.Any(m => m.IsStrong && ReferenceEquals(m.Bringer, partner)
                && analysis.Matches.Suggested(m.Want) is var s && s[0].IsStrong && s[0].Offer.Text.Value == m.Offer.Text.Value && s[0].Score == m.Score);
            var question = open is not null ? session.Questions[2] : analysis.GetsNothingSure(partner) ? session.BalanceQuestions[0] : brings ? session.Questions[1] : null;
            if (question is null)
            {
                Assert.Null(probe);
                continue;
            }
            // Where neither column leaves room for it, it is left out: most turn pages have it.
            expected++;
            if (probe is null)
                continue;
            probed++;
            Assert.Contains(question, titles);
            Assert.Contains("'" + question + "'", probe, StringComparison.Ordinal);
            if (open is not null)
                Assert.Contains(open.Text.Value[..Math.Min(25, open.Text.Value.Length)], probe, StringComparison.Ordinal);
            // At the foot of a column, under its items (the wants, else the offers), never over them, and over the notes.
            var box = page.Elements.OfType<TextElement>().Single(e => e.Name == shapes.CribProbe).Box;
            var over = page.Elements.OfType<TextElement>().Where(e => (e.Name == shapes.Crib || e.Name == shapes.CribOwnWords) && e.Box.X == box.X).ToList();
            Assert.NotEmpty(over);
            Assert.All(over, items => Assert.True(box.Y >= items.Box.Bottom, $"{partner.Naam}: the probe is not under the items"));
            if (page.Elements.OfType<TextElement>().SingleOrDefault(e => e.Name == shapes.CribNoteSpace)?.Box is { } label)
                Assert.True(box.X != label.X || box.Bottom <= label.Y, $"{partner.Naam}: the probe runs into the notes");
            Assert.True(box.Bottom <= plan.Context.Page.BodyBox.Bottom + Emu.FromMm(1), $"{partner.Naam}: the probe below the page's body");
        }
        // At one place on every crib where the pages have room (two readers found it on either page): the page before the session.
        Assert.Equal([true], kinds);
        Assert.True(probed >= coalition.Partners.Count / 2 && probed * 4 >= expected * 3, $"{probed} of {coalition.Partners.Count} turn pages say what to watch for, of {expected} with something to watch for");
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    public void Every_open_want_stands_in_the_briefing_the_demands_in_the_table_and_the_wishes_it_leaves_a_line_a_partner(string which)
    {
        // Two fresh readers: four rows and "… en nog 12" where the page was half empty; two later ones found eight pages of open
        // wants at 24 partners repeating the cribs, and two after them a page cut at seven rows and "… en nog 9". A demand decides
        // whether a partner can take part: each stands in the table with what might answer it; the wishes fill the demands' pages
        // (one at least), and those left follow, each partner's on a line of its own.
        var planned = Coalitions.Of(which);
        var t = planned.Briefing.Context.Words.Briefing;
        var shapes = planned.Briefing.Context.Words.Shapes;
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var tables = planned.Briefing.Slides.Select(s => s.Elements.OfType<TableElement>().Where(e => e.Name == shapes.Open).ToList()).Where(x => x.Count > 0).ToList();
        var rows = tables.SelectMany(x => x).SelectMany(e => e.Rows).ToList();
        var lines = planned.Briefing.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == shapes.OpenWishes).SelectMany(e => e.Paragraphs).ToList();
        var summary = SummaryBlocks(planned).SelectMany(e => e.Paragraphs).Select(p => p.Text).ToList();
        Assert.True(analysis.OpenNeeds.Count > 10, $"{analysis.OpenNeeds.Count} open wants");
        // Each want by its partner and its words; partners that want the very same on one row, named together (a reader found one
        // copy's wish in the table and the other copies' very same wish in the lines after it).
        foreach (var open in analysis.OpenNeeds)
            Assert.True(rows.Any(r => Named(r[1], t).Contains(open.Wanter.Naam) && r[2] == open.Want.Text.Value)
                || (!open.Want.IsEis && lines.Any(p => Named(p.Runs[0].Text[..^2], t).Contains(open.Wanter.Naam) && p.Runs[1].Text.Split(" · ").Contains(open.Want.Text.Value)))
                || summary.Any(line => line.Contains(open.Wanter.Naam, StringComparison.Ordinal) && line.Contains(open.Want.Text.Value, StringComparison.Ordinal)),
                $"{open.Wanter.Naam}'s {(open.Want.IsEis ? "demand" : "wish")} '{open.Want.Text.Value}' is missing");
        Assert.DoesNotContain(rows, r => r[2].StartsWith("…", StringComparison.Ordinal));
        // No page of wishes alone in a table that lines follow: past the first, every page holds a demand; where the whole table
        // takes at most a page more than its demands, it stands whole and no lines follow (two readers: one table, not two
        // near-duplicates); and a partner's wishes on one line.
        var whole = lines.Count == 0 && rows.Sum(r => Named(r[1], t).Count) == analysis.OpenNeeds.Count;
        Assert.True(whole || tables.Count == 1 || tables.All(page => page.SelectMany(e => e.Rows).Any(r => r[0] == t.Demand)), $"{tables.Count} pages of the table");
        // Where lines follow, the demands' pages are filled with wishes, not left half empty (the whole table's pages are balanced,
        // so its first page alone held five rows of a page's eight).
        // Where the demands fill their pages (each partner's very same demand on one row, its names making it tall), none is added.
        static int Count(List<TableElement> page) => page.Sum(e => e.Rows.Count);
        Assert.True(whole || rows.Count > rows.Count(r => r[0] == t.Demand) || Count(tables[^1]) >= tables.Max(Count), $"{rows.Count} rows before the lines");
        Assert.Equal(lines.Count, lines.Select(p => p.Runs[0].Text).Distinct().Count());
        // The lines in the round's order, as the cribs are (a reader found them in neither the round's order nor the numbers').
        var round = planned.Coalition.Partners.Select(p => p.Naam).ToList();
        var firsts = lines.Select(p => round.IndexOf(Named(p.Runs[0].Text[..^2], t)[0])).ToList();
        Assert.DoesNotContain(-1, firsts);
        Assert.Equal(firsts.Order(), firsts);
        // Partners whose wishes left are the very same on one line (the copies at 16 and 24 partners).
        Assert.Equal(lines.Count, lines.Select(p => p.Runs[1].Text).Distinct().Count());
        Assert.Equal(analysis.OpenNeeds.Count(o => o.Want.IsEis), rows.Where(r => r[0] == t.Demand).Sum(r => Named(r[1], t).Count));
        // No two rows of the very same want with the very same answer.
        Assert.Equal(rows.Count, rows.Select(r => (r[0], r[2], r[3])).Distinct().Count());
        if (which != "voorbeeld")
            Assert.Contains(rows, r => Named(r[1], t).Count > 1);
        // Demands first, and within each kind what nothing answers, not even a 'misschien', before what something might (a reader:
        // the wants nobody at the table brings were mixed in with the rest).
        var order = rows.Select(r => (Wish: r[0] != t.Demand, Maybe: r[3] != t.OpenNoOffer)).ToList();
        Assert.Equal(order.OrderBy(o => o.Wish).ThenBy(o => o.Maybe), order);
        // Both kinds of answer in the table where it holds wishes too (at 16 partners the demands alone fill its page).
        if (order.Any(o => o.Wish))
            Assert.Contains(order, o => !o.Maybe);
        Assert.Contains(order, o => o.Maybe);
    }

    /// <summary>
    /// The facilitator writes during the turn, at one place on every crib (readers: the notes' room moved between the columns and
    /// was 3 to 8 lines long): at the foot of brengen on each turn page, the same box and ruled lines, four at least, under the words;
    /// from under the longest brengen down (a later reader: four lines and half the page empty), so in the example more than four.
    /// </summary>
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    public void A_cribs_turn_page_has_its_notes_room_at_one_place_and_size_on_every_crib(string which)
    {
        var planned = Coalitions.Of(which);
        var (shapes, page) = (planned.Briefing.Context.Words.Shapes, planned.Briefing.Context.Page);
        var cribs = planned.Coalition.Partners.Select(p => TurnPage(planned.Briefing, p.Naam)).ToList();
        var labels = cribs.Select(crib => crib.Elements.OfType<TextElement>().Single(e => e.Name == shapes.CribNoteSpace)).ToList();
        Assert.Single(labels.Select(l => l.Box).Distinct());
        var counts = new HashSet<int>();
        foreach (var (crib, label) in cribs.Zip(labels))
        {
            var lines = crib.Elements.OfType<LineElement>().Where(l => l.Name?.StartsWith(shapes.CribNoteLine.Fill(""), StringComparison.Ordinal) == true).ToList();
            Assert.True(lines.Count >= 4, $"{crib.TitleText}: {lines.Count} lines");
            counts.Add(lines.Count);
            var words = crib.Elements.OfType<TextElement>().Where(e => e.Name == shapes.Crib && e.Box.X == label.Box.X).ToList();
            Assert.NotEmpty(words);
            Assert.All(words, w => Assert.True(w.Box.Bottom <= label.Box.Y, $"{crib.TitleText}: {w.Name} runs into the notes"));
            Assert.All(lines, l => Assert.True(l.From.Y > label.Box.Bottom && l.From.Y <= page.BodyBox.Bottom + Emu.FromMm(1), $"{crib.TitleText}: a line at {l.From.Y.Mm:F0} mm"));
        }
        Assert.Single(counts);
        if (which == "voorbeeld")
            Assert.True(counts.Single() > 4, $"{counts.Single()} lines where the page has room");
        // Nowhere else: a page before the session or a continued one has no notes' room.
        Assert.Equal(cribs.Count, planned.Briefing.Slides.Count(s => s.Elements.Any(e => e is TextElement { Name: var n } && n == shapes.CribNoteSpace)));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("24+licht")]
    public void The_briefing_is_an_a4_landscape_page_printed_at_its_own_size(string which)
    {
        // Read up close and printed, not projected: on A4 a 16:9 slide shrank to 88 % and 12 pt to 10.5 (two fresh readers).
        var plan = Coalitions.Of(which).Briefing;
        Assert.Equal((297.0, 210.0), (Math.Round(plan.Width.Mm, 1), Math.Round(plan.Height.Mm, 1)));
        Assert.Equal((Math.Round(Page.SlideWidth.Mm, 1), Math.Round(Page.SlideHeight.Mm, 1)), (Math.Round(Coalitions.Of(which).Session.Width.Mm, 1), Math.Round(Coalitions.Of(which).Session.Height.Mm, 1)));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("9 lang")]
    public void Every_crib_is_set_at_one_size_and_a_long_one_goes_on_over_a_page_rather_than_smaller(string which)
    {
        // Two fresh readers found the example's cribs at 12, 13 and 14 pt by partner: a partner set smaller reads as
        // one that matters less; two more found second pages holding four lines. One size for every crib, the largest at
        // which each crib the smallest size holds on one page stands on one; past the briefing's most slides every crib
        // smaller together; only a crib longer than a page even at the smallest goes on over a second, titled as continued.
        var planned = Coalitions.Of(which);
        var plan = planned.Briefing;
        var (shapes, continued) = (plan.Context.Words.Shapes, "(" + plan.Context.Words.Briefing.Continued + ")");
        var cribs = planned.Coalition.Partners.Select(p => plan.Slides.Where(s => s.TitleText == p.Naam || s.TitleText.StartsWith(p.Naam + " " + continued, StringComparison.Ordinal)).ToList()).ToList();
        Assert.All(cribs, pages => Assert.NotEmpty(pages));
        Assert.InRange(plan.Slides.Count, 1, BriefingPlanner.MostSlides(planned.Coalition.Partners.Count));
        var sizes = cribs.SelectMany(pages => pages).SelectMany(s => s.Elements.OfType<TextElement>())
            .Where(e => e.Name == shapes.Crib || e.Name == shapes.ForceField || e.Name == shapes.CribOwnWords || e.Name == shapes.CribInterventions).Select(e => e.FontSizePt).Distinct().ToList();
        Assert.Single(sizes);
        Assert.InRange(sizes[0], TypeScale.CribMin, plan.Context.Scale.BodyMax);
        if (which == "voorbeeld")
            Assert.All(cribs, pages => Assert.Equal(2, pages.Count));
        // A crib too long for one page even at the smallest size keeps the others' size and goes on.
        var (coalition, longer) = WithLongMunicipality();
        var crib = shapes.Crib;
        var first = TurnPage(longer, Municipality(coalition).Naam).Elements.OfType<TextElement>().First(e => e.Name == crib);
        var others = coalition.Partners.Where(p => p != Municipality(coalition)).Select(p => TurnPage(longer, p.Naam).Elements.OfType<TextElement>().First(e => e.Name == crib).FontSizePt).Distinct().ToList();
        Assert.Equal([first.FontSizePt], others);
        Assert.Contains(longer.Slides, s => s.TitleText.StartsWith(Municipality(coalition).Naam + " " + continued, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("24")]
    public void A_cribs_sides_are_headed_a_step_above_their_items(string which)
    {
        // 'Wil halen' and 'Kan brengen' at the items' size did not stand out on a full page (a reader): two points more.
        var planned = Coalitions.Of(which);
        var plan = planned.Briefing;
        var t = plan.Context.Words.Briefing;
        var items = plan.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == plan.Context.Words.Shapes.Crib).ToList();
        var headings = items.SelectMany(e => e.Paragraphs.Where(p => p.Text == t.CribWants || p.Text == t.CribBrings).Select(p => (Paragraph: p, Items: e.FontSizePt))).ToList();
        Assert.Equal(2 * planned.Coalition.Partners.Count, headings.Count);
        Assert.All(headings, h => Assert.True(h.Paragraph.SizeIn(h.Items) >= h.Items + 2, $"'{h.Paragraph.Text}' at {h.Paragraph.SizeIn(h.Items)} pt over {h.Items}"));
    }

    [Fact]
    public void A_crib_sets_a_sure_suggestion_in_bold_and_the_accent_and_a_guess_in_grey()
    {
        // A reader found 'sterk:' and 'misschien:' in the same blue as the rest: apart only by reading them.
        var planned = Coalitions.Of("voorbeeld");
        var c = planned.Briefing.Context;
        var runs = planned.Briefing.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == c.Words.Shapes.Crib)
            .SelectMany(e => e.Paragraphs).SelectMany(p => p.Runs.Select((r, i) => (Lead: r, After: i + 1 < p.Runs.Count ? p.Runs[i + 1] : null))).ToList();
        var sure = runs.Where(x => x.Lead.Text == "\n" + c.Words.Briefing.Strong + ": ").ToList();
        var guesses = runs.Where(x => x.Lead.Text == "\n" + c.Words.Briefing.CribMaybe + ": ").ToList();
        Assert.NotEmpty(sure);
        Assert.NotEmpty(guesses);
        Assert.All(sure, x => Assert.True(x.Lead.Bold && x.Lead.Color == c.Colours.Accent && x.After?.Color == c.Colours.Accent));
        Assert.All(guesses, x => Assert.True(!x.Lead.Bold && x.Lead.Color == c.Colours.Muted && x.After?.Color == c.Colours.Muted));
        // A want nobody surely answers in the warning colour, in the crib and on the summary: in the accent it read as one more match (a reader).
        var nobody = runs.Select(x => x.Lead).Where(r => r.Text == " → " + c.Words.Briefing.CribNoHelp).ToList();
        Assert.NotEmpty(nobody);
        Assert.All(nobody, r => Assert.Equal(c.Colours.Warning, r.Color));
        var summary = planned.Briefing.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == c.Words.Shapes.Summary)
            .SelectMany(e => e.Paragraphs).SelectMany(p => p.Runs).Where(r => r.Text == " → " + c.Words.Briefing.SummaryNobodySure).ToList();
        Assert.NotEmpty(summary);
        Assert.All(summary, r => Assert.Equal(c.Colours.Warning, r.Color));
    }

    [Fact]
    public void A_crib_names_a_suggested_offer_whole_before_its_reason()
    {
        // The municipality's demand for early signals: the housing corporation's offer whole, with its condition (a reader found it
        // cut). On a turn page of its own every offer under a want stands whole in the example (a later reader: cut "exactly where it is needed").
        var planned = Coalitions.Of("voorbeeld");
        var t = planned.Briefing.Context.Words.Briefing;
        var page = TurnPage(planned.Briefing, Municipality(planned.Coalition).Naam);
        var lines = page.Elements.OfType<TextElement>().Where(e => e.Name == planned.Briefing.Context.Words.Shapes.Crib)
            .SelectMany(e => e.Paragraphs).SelectMany(p => p.Text.Split('\n')).ToList();

        Assert.Contains(lines, l => l.StartsWith(t.Strong + ": Woonstichting Dommelthuis" + t.CribOfferBy + "Signalen van huurachterstand, met toestemming van de huurder", StringComparison.Ordinal));
        var suggestions = planned.Coalition.Partners.Select(p => TurnPage(planned.Briefing, p.Naam)).SelectMany(s => s.Elements.OfType<TextElement>())
            .Where(e => e.Name == planned.Briefing.Context.Words.Shapes.Crib).SelectMany(e => e.Paragraphs).SelectMany(p => p.Text.Split('\n'))
            .Where(l => l.StartsWith(t.Strong + ": ", StringComparison.Ordinal) || l.StartsWith(t.CribMaybe + ": ", StringComparison.Ordinal)).ToList();
        Assert.True(suggestions.Count > 10, $"{suggestions.Count} suggestions");
        Assert.DoesNotContain(suggestions, l => l.Contains('…', StringComparison.Ordinal));
    }

    [Fact]
    public void A_crib_says_when_the_partner_speaks_and_whom_its_offers_would_answer()
    {
        // Read just before a turn: the crib names the turn's time beside the partner's name (the round's times, as the
        // guide has them), and after each offer that surely answers others' wants, whom it is for.
        var planned = Coalitions.Of("voorbeeld");
        var (plan, coalition) = (planned.Briefing, planned.Coalition);
        var (t, shapes) = (plan.Context.Words.Briefing, plan.Context.Words.Shapes);
        var analysis = CoalitionAnalysis.Of(coalition);
        var agenda = Agenda.Of(coalition);
        var starts = agenda.Turns(coalition.Partners.Count).ToList();
        foreach (var (partner, i) in coalition.Partners.Select((p, i) => (p, i)))
        {
            var page = TurnPage(plan, partner.Naam);
            var turn = page.Elements.OfType<TextElement>().Single(e => e.Name == shapes.CribTurn);
            Assert.Equal(t.CribBefore, BeforePage(plan, partner.Naam).Elements.OfType<TextElement>().Single(e => e.Name == shapes.CribTurn).Paragraphs[0].Text);
            Assert.Equal(t.CribTurn.Fill(Deck.AgendaSlides.Time(agenda, starts[i], starts[i] + agenda.SpeakingMinutes, plan.Context.Words.Session)), turn.Paragraphs[0].Text);
            Assert.True(turn.Box.X > page.Title!.Box.Right && turn.Box.Y == page.Title.Box.Y, "beside the name, on its line");
            // A long crib goes on over a second page, titled as continued: its offers may stand there.
            var offers = plan.Slides.Where(s => s == page || s.TitleText.StartsWith(partner.Naam + " (", StringComparison.Ordinal))
                .SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == shapes.Crib).SelectMany(e => e.Paragraphs).Select(p => p.Text).ToList();
            foreach (var offer in partner.Brengen)
            {
                // Only the wants whose own crib names this offer: their first strong suggestion, or one alike (a reader found "→ voor"
                // on an offer and the want's page naming another partner's).
                var named = coalition.Partners.SelectMany(p => p.Halen).Select(w => analysis.Matches.Suggested(w)).Where(s => s.Count > 0 && s[0].IsStrong)
                    .SelectMany(s => s.Where(m => m.IsStrong && m.Score == s[0].Score && m.Offer.Text.Value == s[0].Offer.Text.Value)).ToList();
                var wanters = named.Where(m => ReferenceEquals(m.Offer, offer)).Select(m => m.Wanter.Naam).Distinct().ToList();
                foreach (var m in named.Where(m => ReferenceEquals(m.Offer, offer)))
                {
                    var wants = plan.Slides.Where(s => s == TurnPage(plan, m.Wanter.Naam) || s.TitleText.StartsWith(m.Wanter.Naam + " (", StringComparison.Ordinal))
                        .SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == shapes.Crib).SelectMany(e => e.Paragraphs).Select(p => p.Text);
                    Assert.Contains(wants, l => l.Contains(m.Want.Text.Value, StringComparison.Ordinal) && l.Contains(partner.Naam, StringComparison.Ordinal));
                }
                var line = offers.Single(l => l.StartsWith(offer.Text.Value, StringComparison.Ordinal));
                if (wanters.Count == 0)
                    Assert.DoesNotContain(" → ", line, StringComparison.Ordinal);
                else
                    Assert.EndsWith(" → " + t.CribWantedBy.Fill(string.Join(", ", wanters)), line, StringComparison.Ordinal);
            }
        }
        // The housing corporation's signals of rent arrears answer the municipality's demand.
        var corporation = plan.Slides.Where(s => s.TitleText.StartsWith("Woonstichting Dommelthuis", StringComparison.Ordinal)).SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == shapes.Crib)
            .SelectMany(e => e.Paragraphs).Select(p => p.Text);
        Assert.Contains(corporation, l => l.StartsWith("Signalen van huurachterstand", StringComparison.Ordinal) && l.EndsWith(t.CribWantedBy.Fill(Municipality(coalition).Naam), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("24-en")]
    public void Every_demand_stands_on_a_page_right_after_the_summary_where_the_summary_shows_not_all(string which)
    {
        // Five readers at 16 and 24 partners: two demands and "… en nog 5, op de pagina's van hun partijen (blz. 12–59)" on the page
        // meant to be read at a glance. Where the summary does not show every demand, the page after it lists them all, a line each as
        // the summary words them, and the summary's count points to it; where it shows them all, there is no such page.
        var planned = Coalitions.Of(which);
        var t = planned.Briefing.Context.Words.Briefing;
        var slides = planned.Briefing.Slides.ToList();
        var summary = slides.FindIndex(s => s.TitleText == t.SummaryTitle);
        var block = SummaryBlocks(planned).Single(e => e.Paragraphs[0].Text == t.SummaryDemands);
        var pages = slides.Where(s => s.TitleText.StartsWith(t.SummaryDemands, StringComparison.Ordinal)).ToList();
        var demands = planned.Coalition.Partners.SelectMany(p => p.Halen.Where(i => i.IsEis).Select(i => (Partner: p.Naam, Want: i.Text.Value))).ToList();
        var all = block.Paragraphs.Count(p => p.Bullet) == demands.Select(d => d.Want).Distinct().Count() && !block.Paragraphs.Any(p => p.Text.StartsWith("… ", StringComparison.Ordinal));
        Assert.Equal(which == "voorbeeld", all);
        if (all)
        {
            Assert.Empty(pages);
            return;
        }
        Assert.InRange(pages.Count, 1, Briefing.SummarySlide.DemandsPagesMost);
        Assert.Equal(pages, slides.Skip(summary + 1).Take(pages.Count));
        var lines = pages.SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == planned.Briefing.Context.Words.Shapes.Demands)
            .SelectMany(e => e.Paragraphs).Where(p => p.Bullet).Select(p => p.Text).ToList();
        Assert.All(demands, d => Assert.Contains(lines, l => l.Contains(": " + d.Want + " → ", StringComparison.Ordinal) && Named(l[..l.IndexOf(": " + d.Want, StringComparison.Ordinal)], t).Contains(d.Partner)));
        // The summary's lines are among them, word for word; its count says where all of them stand.
        Assert.All(block.Paragraphs.Where(p => p.Bullet), p => Assert.Contains(p.Text, lines));
        var first = slides.IndexOf(pages[0]) + 1;
        var at = pages.Count == 1 ? $"{first}" : $"{first}–{first + 1}";
        Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(t.SummaryMoreDemands).Replace(@"\{0}", "[0-9]+", StringComparison.Ordinal)
            + System.Text.RegularExpressions.Regex.Escape(t.SummaryPages.Fill(at)) + "$", block.Paragraphs[^1].Text);
    }

    [Theory]
    [InlineData("16")]
    [InlineData("24")]
    public void Demands_the_overviews_cannot_show_are_counted_as_demands_and_those_shown_are_the_unanswered(string which)
    {
        // Sixteen and twenty-four partners: more demands than the summary and the table of open wants hold. The summary
        // shows those nobody surely answers first; the table's count says how many of the rest are demands.
        var planned = Coalitions.Of(which);
        var t = planned.Briefing.Context.Words.Briefing;
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var summary = SummaryBlocks(planned).Single(e => e.Paragraphs[0].Text == t.SummaryDemands);
        var shown = summary.Paragraphs.Where(p => p.Bullet).Select(p => p.Text).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, line => Assert.EndsWith("→ " + t.SummaryNobodySure, line, StringComparison.Ordinal));
        // The open wants' table holds every demand; none is left to the list of wishes after it.
        var tables = planned.Briefing.Slides.Where(s => s.TitleText.StartsWith(t.OpenTitle, StringComparison.Ordinal)).SelectMany(s => s.Elements.OfType<TableElement>()).ToList();
        var rows = tables.SelectMany(x => x.Rows).ToList();
        Assert.Equal(analysis.OpenNeeds.Count(o => o.Want.IsEis), rows.Where(r => r[0] == t.Demand).Sum(r => Named(r[1], t).Count));
        // No empty 'misschien': a want nothing might answer says so (a reader read the empty cells as a gap in the table).
        Assert.All(rows, r => Assert.NotEqual("", r[3]));
        var byText = analysis.OpenNeeds.ToLookup(o => o.Want.Text.Value);
        Assert.All(rows.Where(r => r[3] == t.OpenNoOffer), r => Assert.Contains(byText[r[2]], o => o.Maybe.Count == 0));
    }

    /// <summary>The partners a cell names: "a", "a en b", "a, b en c" (no partner's name here holds a comma or the word between the last two).</summary>
    private static List<string> Named(string cell, BriefingTexts t) =>
        cell.Split(t.And) is var parts && parts.Length == 2 ? [.. parts[0].Split(", "), parts[1]] : [cell];

    /// <summary>The text boxes of the briefing's summary page ("In één oogopslag").</summary>
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("24")]
    public void Whom_to_give_attention_first_comes_with_their_turn_in_the_round(string which)
    {
        // The advice and the order of the round meet: each partner named under "Vooraf even spreken met" with its turn's times,
        // the same as its crib and the order slide say.
        var planned = Coalitions.Of(which);
        var t = planned.Briefing.Context.Words.Briefing;
        var agenda = Agenda.Of(planned.Coalition);
        var turns = agenda.Turns(planned.Coalition.Partners.Count).ToList();
        var block = SummaryBlocks(planned).Single(e => e.Paragraphs[0].Text == t.SummaryStart);
        var named = block.Paragraphs.Skip(1).Where(p => p.Bullet).Select(p => p.Text).ToList();
        Assert.NotEmpty(named);
        var partners = planned.Coalition.Partners.ToList();
        string Turn(int i) => Deck.AgendaSlides.Time(agenda, turns[i], turns[i] + agenda.SpeakingMinutes, planned.Briefing.Context.Words.Session);
        Assert.All(named, line =>
        {
            // A line of its own ends with the partner's turn; a group names each partner with the start of its turn.
            var i = partners.FindIndex(p => line.StartsWith(p.Naam + ": ", StringComparison.Ordinal));
            if (i >= 0)
            {
                Assert.Contains(", " + (planned.Briefing.Context.Words.Briefing.SummaryStartLine.Contains("beurt", StringComparison.Ordinal) ? "beurt " : "turn ") + Turn(i), line, StringComparison.Ordinal);
                return;
            }
            var inGroup = partners.Select((p, k) => (At: line.IndexOf(p.Naam + " (", StringComparison.Ordinal), k)).Where(x => x.At >= 0).ToList();
            Assert.NotEmpty(inGroup);
            Assert.All(inGroup, x => Assert.Equal(partners[x.k].Naam + " (" + Turn(x.k).Split('–')[0] + ")",
                line.Substring(x.At, partners[x.k].Naam.Length + Turn(x.k).Split('–')[0].Length + 3)));
        });
    }

    [Theory]
    [InlineData("16")]
    [InlineData("24")]
    public void The_summarys_open_wishes_span_the_partners_before_a_second_of_one(string which)
    {
        // A reader found three wishes of one partner and "… en nog 38": each partner's first open wish first.
        var planned = Coalitions.Of(which);
        var t = planned.Briefing.Context.Words.Briefing;
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var block = SummaryBlocks(planned).Single(e => e.Paragraphs[0].Text == t.SummaryOpenOthers);
        var shown = block.Paragraphs.Where(p => p.Bullet).Select(p => planned.Coalition.Partners.Single(x => p.Text.StartsWith(x.Naam + ": ", StringComparison.Ordinal))).ToList();
        var wishing = analysis.OpenNeeds.Where(o => !o.Want.IsEis).Select(o => o.Wanter).Distinct().Count();
        Assert.True(shown.Count >= 2, $"{shown.Count} shown");
        Assert.Equal(Math.Min(shown.Count, wishing), shown.Take(wishing).Distinct().Count());
    }

    [Fact]
    public void A_want_names_every_partner_that_offers_the_very_same_as_well()
    {
        // A reader found four partners alike at 24 and only the first ever named under a want: all of them, in the partners' order.
        var planned = Coalitions.Of("24");
        var (t, shapes) = (planned.Briefing.Context.Words.Briefing, planned.Briefing.Context.Words.Shapes);
        var analysis = CoalitionAnalysis.Of(planned.Coalition);
        var cribs = string.Join("\n", planned.Briefing.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == shapes.Crib)
            .SelectMany(e => e.Paragraphs).Select(p => p.Text));
        var named = 0;
        foreach (var want in planned.Coalition.Partners.SelectMany(p => p.Halen))
        {
            if (analysis.Matches.Suggested(want).FirstOrDefault() is not { } best)
                continue;
            var alike = analysis.Matches.Suggested(want).Where(m => m.IsStrong == best.IsStrong && m.Score == best.Score && m.Offer.Text.Value == best.Offer.Text.Value)
                .Select(m => m.Bringer.Naam).Distinct().ToList();
            if (alike.Count < 2 || (!best.IsStrong && analysis.Proposed.ContainsKey(want)))
                continue;
            Assert.Contains((best.IsStrong ? t.Strong : t.CribMaybe) + ": " + string.Join(", ", alike.SkipLast(1)) + t.And + alike[^1] + t.CribOfferBy, cribs, StringComparison.Ordinal);
            named++;
        }
        Assert.True(named > 0, "no want with partners alike");
    }

    /// <summary>The ranks a line writes as "(6)–(12)" or "(2), (5) en (7)".</summary>
    private static HashSet<int> RanksIn(string line)
    {
        var found = System.Text.RegularExpressions.Regex.Matches(line, "\\(([0-9]+)\\)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return line.Contains(")–(", StringComparison.Ordinal) && found.Count == 2 ? Enumerable.Range(found[0], found[1] - found[0] + 1).ToHashSet() : found.ToHashSet();
    }

    private static IEnumerable<TextElement> SummaryBlocks(Planned planned) =>
        planned.Briefing.Slides.First(s => s.TitleText == planned.Briefing.Context.Words.Briefing.SummaryTitle).Elements.OfType<TextElement>();

    /// <summary>The example with the municipality's offers written three times: a crib no size holds on one page.</summary>
    internal static (Coalition Coalition, PresentationPlan Plan) WithLongMunicipality()
    {
        var example = Coalitions.Of("voorbeeld").Coalition;
        var municipality = Municipality(example);
        var offers = Enumerable.Range(1, 3).SelectMany(k => municipality.Brengen.Select(o => o with { Text = o.Text with { Value = $"{o.Text.Value} ({k})" } })).ToList();
        var longer = municipality with { Kaart = municipality.Kaart! with { Brengen = offers } };
        var coalition = example with { Partners = [.. example.Partners.Select(p => p == municipality ? longer : p)] };
        return (coalition, BriefingPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), Contexts.Briefing));
    }

    /// <summary>The example's municipality, wherever it stands in the round.</summary>
    internal static Partner Municipality(Coalition coalition) => coalition.FindPartner("Gemeente Dommelstede")!;

    /// <summary>Every paragraph's text of a plan, slide after slide.</summary>
    private static List<string> Texts(PresentationPlan plan) => plan.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).SelectMany(e => e.Paragraphs).Select(p => p.Text).ToList();
}
