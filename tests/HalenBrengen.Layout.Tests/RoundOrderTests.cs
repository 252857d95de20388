using HalenBrengen.Core.Analysis;

namespace HalenBrengen.Layout.Tests;

/// <summary>
/// The opening and the order of the round, for the room: the facilitator's name on a line of its own; the order
/// is the turns and their times only, none of them shorter than five minutes; a session of two hours or more pauses
/// after the round, and the order ends with it.
/// </summary>
public sealed class RoundOrderTests
{
    /// <summary>
    /// The map's questions say in the first one's notes how much time they share: the map's minutes without half a minute a party for
    /// its slides, over the question slides (readers: seven questions in half an hour, said nowhere), never more than the agenda gives.
    /// </summary>
    /// <summary>
    /// The balance questions go round every party only when a question's share of the map's time gives a minute a party: the example's
    /// seven partners with some three minutes a question write on sticky notes instead (a reader: "ieder om de beurt" with three
    /// minutes for seven); two partners take their turns; above twelve, never.
    /// </summary>
    [Theory]
    [InlineData("voorbeeld", false)]
    [InlineData("2", true)]
    [InlineData("16", false)]
    public void The_balance_goes_round_the_parties_only_when_the_time_holds_a_minute_each(string which, bool inTurn)
    {
        var planned = Coalitions.Of(which);
        var t = planned.Session.Context.Words.Session;
        var agenda = Agenda.Of(planned.Coalition);
        var partners = planned.Coalition.Partners.Count;
        var share = Deck.QuestionSlides.Minutes(agenda, partners) / (t.Questions.Count + 1 + t.BalanceQuestions.Count);
        Assert.Equal(inTurn, share >= partners && partners <= Deck.QuestionSlides.ManyPartners);
        Assert.Equal(inTurn, Deck.QuestionSlides.InTurn(t, partners, agenda));
        var first = (inTurn ? t.BalanceWork : t.BalanceWorkMany)[0];
        Assert.Contains(planned.Session.Slides, s => s.Elements.OfType<TextElement>().Any(e => e.Paragraphs.Any(p => p.Text == first)));
        Assert.DoesNotContain(planned.Session.Slides, s => s.Elements.OfType<TextElement>().Any(e => e.Paragraphs.Any(p => p.Text == (inTurn ? t.BalanceWorkMany : t.BalanceWork)[0])));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    public void The_first_question_says_how_many_minutes_the_questions_share(string which)
    {
        var planned = Coalitions.Of(which);
        var (words, shapes) = (planned.Session.Context.Words.Session, planned.Session.Context.Words.Shapes);
        var agenda = Agenda.Of(planned.Coalition);
        var map = agenda.Items.Where(i => i.Part == AgendaPart.SamenKaart).Sum(i => i.Minutes);
        var questions = planned.Session.Slides.Where(s => Rules.FrontPageRules.PartOf(s, shapes) is var part
            && (part.StartsWith(words.QuestionsKicker[..8], StringComparison.Ordinal) || part.StartsWith(words.BalanceKicker[..8], StringComparison.Ordinal)
                || part == words.ThemesTitle || part == words.ThemesOpenTitle)).ToList();
        Assert.True(questions.Count >= 6, $"{questions.Count} question slides");
        var minutes = map - planned.Coalition.Partners.Count / 4;
        Assert.InRange(minutes, questions.Count, map);
        // The questions the show shows: the shared subjects' slide is hidden, in reserve, and takes none of the minutes.
        var shown = questions.Count(s => !s.Hidden);
        var said = words.QuestionsTime.Fill(shown, minutes, minutes / shown);
        Assert.StartsWith(said, questions[0].Notes, StringComparison.Ordinal);
        Assert.Single(planned.Session.Slides, s => s.Notes.Contains(said, StringComparison.Ordinal));
        // Each question its share on its label, whole minutes within the part's; who can bring what, the core, the most (two readers:
        // seven questions at four minutes each left the core question four minutes).
        var shares = questions.Select(s => (s.TitleText, Label: s.Elements.OfType<TextElement>().SingleOrDefault(e => e.Name == shapes.Kicker)?.Paragraphs.Single().Text))
            .Where(x => x.Label is not null).Select(x => (x.TitleText, Minutes: int.Parse(System.Text.RegularExpressions.Regex.Match(x.Label!, @"([0-9]+) min$").Groups[1].Value,
                System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(6, shares.Count);
        Assert.All(shares, x => Assert.True(x.Minutes >= 1, x.TitleText));
        // Every minute to a question the show shows (the hidden subjects' slide takes none).
        Assert.Equal(minutes, shares.Sum(x => x.Minutes));
        Assert.Equal(words.Questions[1], shares.MaxBy(x => x.Minutes).TitleText);
        // Each balance question four minutes at least (every reader of a later session: two minutes for the right parties at the table and
        // for feeling an equal partner were too short for the method's heart; 4 or 5 in the example, 7 at 16 partners, 6 at 24).
        Assert.All(shares.Where(x => words.BalanceQuestions.Contains(x.TitleText)), x => Assert.True(x.Minutes >= 4, $"{x.TitleText}: {x.Minutes} min"));
        // Twelve minutes at least for the core where the part holds them and two minutes for each other question (two readers: ten at 24 partners).
        if (minutes - Deck.QuestionSlides.CoreLeast >= 2 * (shown - 1))
            Assert.True(shares.Single(x => x.TitleText == words.Questions[1]).Minutes >= Deck.QuestionSlides.CoreLeast, $"{minutes} minutes for the questions");
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("9")]
    [InlineData("16")]
    [InlineData("24")]
    public void Every_turn_in_the_order_is_five_minutes_or_more_and_the_pause_follows_the_turn_before_it(string which)
    {
        var planned = Coalitions.Of(which);
        var words = planned.Session.Context.Words;
        var agenda = Agenda.Of(planned.Coalition);
        Assert.InRange(agenda.SpeakingMinutes, Agenda.ShortestTurn, 60);
        var order = planned.Session.Slides.Where(s => s.TitleText?.StartsWith(words.Session.OrderTitle, StringComparison.Ordinal) == true).ToList();
        // A round in blocks (16 and 24 partners) has no order slide: its dividers are the order, every partner once with the start
        // of its turn (readers found four order slides and four dividers saying the same, and at 16 partners one order slide, then
        // the same names on the dividers).
        var divided = planned.Session.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == words.Shapes.BlockNames)
            .SelectMany(e => e.Paragraphs).Select(p => p.Text).ToList();
        var turns = agenda.Turns(planned.Coalition.Partners.Count).ToList();
        if (divided.Count > 0)
            Assert.Equal(planned.Coalition.Partners.Select((p, i) => $"{Deck.AgendaSlides.At(agenda, turns[i], words.Session)}  {p.Naam}"), divided);
        Assert.Equal(divided.Count > 0, order.Count == 0);
        Assert.Equal(which != "voorbeeld", divided.Count > 0);
        Assert.Equal(planned.Coalition.Partners.Count * agenda.SpeakingMinutes > Agenda.LongestListening, agenda.PauseInRound);
        if (order.Count == 0)
            return;
        // One paragraph a turn (under a heading a block), the pause after them, and last how long each turn is, its changeover
        // said on the screen the room reads (a reader: turns seven minutes apart under an agenda saying six): nothing else on the order.
        var lines = order.SelectMany(s => s.Elements.OfType<TextElement>()).SelectMany(e => e.Paragraphs).Select(p => p.Text)
            .Where(text => !text.StartsWith(words.Session.RoundBlock[..5], StringComparison.Ordinal)).ToList();
        Assert.Equal(planned.Coalition.Partners.Count + 2, lines.Count);
        Assert.Equal(words.Session.TurnLength.Fill(agenda.TellingMinutes), lines[^1]);
        // 150 minutes: a pause after the round (the order's last line), or after the first half of a round of more than 75
        // minutes (16 partners: after the eighth).
        Assert.EndsWith(words.Session.AgendaParts[AgendaPart.Pauze], lines[agenda.TurnsBeforePause], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("16")]
    [InlineData("24")]
    public void Every_divider_names_its_partners_at_one_size_in_one_column_where_the_body_s_largest_size_holds_them(string which)
    {
        // Two fresh readers: 22 pt on one divider and 23 on the next, in two thin columns with half the slide empty.
        var planned = Coalitions.Of(which);
        var c = planned.Session.Context;
        var dividers = planned.Session.Slides.Select(s => s.Elements.OfType<TextElement>().Where(e => e.Name == c.Words.Shapes.BlockNames).ToList())
            .Where(x => x.Count > 0).ToList();
        Assert.True(dividers.Count > 1, $"{dividers.Count} dividers");
        Assert.Single(dividers.SelectMany(x => x).Select(e => e.FontSizePt).Distinct());
        Assert.All(dividers, x => Assert.Single(x));
        // Eight names (16 partners in two blocks) hold one column at 24 pt, six (24 partners in four) at 28.
        Assert.All(dividers.SelectMany(x => x), e => Assert.True(e.FontSizePt >= (which == "24" ? c.Scale.BodyMax : 24), $"{e.FontSizePt} pt"));
    }

    [Fact]
    public void The_facilitator_stands_on_a_line_of_their_own_on_the_title_slide()
    {
        var planned = Coalitions.Of("voorbeeld");
        var words = planned.Session.Context.Words;
        var details = planned.Session.Slides[0].Elements.OfType<TextElement>().Single(e => e.Name == words.Shapes.Coalition);
        var facilitator = planned.Coalition.Samenwerking.Begeleider!.Value;
        var line = details.Paragraphs.Single(p => p.Text.Contains(facilitator, StringComparison.Ordinal));
        Assert.Equal($"{words.Session.Facilitator}: {facilitator}", line.Text);
        Assert.Equal(1, planned.Session.Context.Text.LineCount(line, TextLayout.Inner(details.Box.Width, details.InsetX), details.FontSizePt));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("24")]
    public void Every_part_of_the_agenda_is_one_line_at_the_body_size_the_times_column_as_wide_as_its_times(string which)
    {
        // A fixed share for the times left their column half empty and wrapped the round's line ("… (7 minuten per / partij)", readers).
        var planned = Coalitions.Of(which);
        var c = planned.Session.Context;
        var table = planned.Session.Slides.SelectMany(s => s.Elements.OfType<TableElement>()).First(e => e.Name == c.Words.Shapes.Agenda);
        // 24 partners' agenda has eleven parts (three pauses): it takes a smaller size, never below the room's body size.
        if (which == "24")
            Assert.InRange(table.FontSizePt, c.Scale.BodyMin, c.Scale.BodyMax);
        else
            Assert.Equal(c.Scale.BodyMax, table.FontSizePt);
        Assert.All(table.Rows.Prepend(table.Header), row => Assert.All(row.Select((cell, k) => (cell, k)), x =>
            Assert.Equal(1, c.Text.LineCount(new TextParagraph(x.cell), TextLayout.Inner(table.ColumnWidths[x.k], table.CellInsetX), table.FontSizePt))));
        var widest = table.Rows.Max(r => c.Text.Regular.Width(r[0], table.FontSizePt));
        Assert.True(TextLayout.Inner(table.ColumnWidths[0], table.CellInsetX) < widest * 1.25, "the times' column no wider than its times need");
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("24")]
    public void After_the_round_the_screen_says_the_pause_until_when_and_what_comes_next(string which)
    {
        // The agenda and the order announce the pause; the screen shows it while the room stands up: its time and the next part.
        var planned = Coalitions.Of(which);
        var (t, shapes) = (planned.Session.Context.Words.Session, planned.Session.Context.Words.Shapes);
        var agenda = Agenda.Of(planned.Coalition);
        var at = agenda.Items.ToList().FindIndex(i => i.Part == AgendaPart.Pauze);
        Assert.True(at > 0, "the example's session of 150 minutes pauses");
        var slides = planned.Session.Slides.ToList();
        var pause = slides.FindIndex(s => s.Elements.Any(e => e is TextElement x && x.Name == shapes.Pause));
        // After the last turn before it: the round's last, or the twelfth of 24 (the round's second half after it).
        var before = planned.Coalition.Partners[agenda.TurnsBeforePause - 1];
        var lastTurn = slides.FindLastIndex(s => s.TitleText == before.Naam);
        Assert.Equal(lastTurn + 1, pause);
        Assert.Equal(which == "24", agenda.PauseInRound);
        var next = slides[pause].Elements.OfType<TextElement>().Single(e => e.Name == shapes.Pause);
        // After turns, the questions on the posters are answered there, in writing (a reader: they were never picked up again).
        Assert.Equal([t.PauseNext.Fill(Lower(agenda.PauseInRound ? t.RoundContinued : t.AgendaParts[agenda.Items[at + 1].Part])),
            t.PauseQuestions.Fill(planned.Session.Context.Words.Posters.Questions)], next.Paragraphs.Select(p => p.Text));
        // Its end as the slide's one title, large and centred in the middle, the next part under it: not two small lines at the left.
        var end = Dates.Clock(agenda.Start!.Value.AddMinutes(agenda.Items[at].EndMinute));
        var title = slides[pause].Title!;
        Assert.Equal(t.PauseUntil.Fill(end), slides[pause].TitleText);
        Assert.Equal((TextAlign.Center, TextAlign.Center, Deck.QuestionSlides.QuestionTitleMax), (title.Align, next.Align, title.FontSizePt));
        var middle = planned.Session.Context.Page.Height / 2;
        Assert.True(title.Box.Y < middle && next.Box.Bottom > middle, "the pause's block stands in the slide's middle");
        Assert.True(next.FontSizePt >= 24 && next.FontSizePt < title.FontSizePt);
        static string Lower(string part) => char.ToLowerInvariant(part[0]) + part[1..];
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    public void Every_pause_of_the_agenda_has_its_slide_in_its_place_until_its_end(string which)
    {
        // 16 and 24 partners' sessions pause again after the round (two readers: 2 h 10 of work without a break): each pause's
        // slide stands right before the first slide of the part after it, and says until when.
        var planned = Coalitions.Of(which);
        var (t, shapes) = (planned.Session.Context.Words.Session, planned.Session.Context.Words.Shapes);
        var agenda = Agenda.Of(planned.Coalition);
        var slides = planned.Session.Slides.ToList();
        var pauses = agenda.Items.Select((item, k) => (item, k)).Where(x => x.item.Part == AgendaPart.Pauze).ToList();
        // (16 and 24 partners meet twice: a pause in the round, and one in the second meeting before the ambition.)
        Assert.Equal(which == "voorbeeld" ? 1 : 2, pauses.Count);
        var shown = slides.Select((s, k) => (s, k)).Where(x => x.s.Elements.Any(e => e is TextElement { Name: var n } && n == shapes.Pause)).Select(x => x.k).ToList();
        Assert.Equal(pauses.Select(p => t.PauseUntil.Fill(Dates.Clock(agenda.Start!.Value.AddMinutes(p.item.EndMinute)))), shown.Select(k => slides[k].TitleText));
        // Its notes say what to lay out meanwhile, by what follows (a reader: every pause said to hang up the maps, also after the map).
        Assert.All(pauses.Zip(shown), x => Assert.EndsWith(t.PauseBefore(agenda.Items[x.First.k + 1].Part)!, slides[x.Second].Notes, StringComparison.Ordinal));
        // Only a pause after turns, in their meeting, sends the room to the questions on its posters.
        Assert.All(pauses.Zip(shown), x => Assert.Equal(agenda.Items.Take(x.First.k).Any(i => i.Part == AgendaPart.Ronde && i.Meeting == x.First.item.Meeting),
            slides[x.Second].Elements.OfType<TextElement>().Single(e => e.Name == shapes.Pause).Paragraphs.Any(p => p.Text == t.PauseQuestions.Fill(planned.Session.Context.Words.Posters.Questions))));
        foreach (var ((item, k), slide) in pauses.Skip(1).Zip(shown.Skip(1)))
        {
            var first = agenda.Items[k + 1].Part switch
            {
                AgendaPart.SamenKaart => t.MapTitle,
                AgendaPart.Ambitie => t.AmbitionChoiceTitle,
                _ => t.ActivitiesTitle,
            };
            Assert.StartsWith(first, slides[slide + 1].TitleText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("24-en")]
    public void A_map_in_parts_gives_its_instruction_once_and_each_later_part_its_number_and_pace(string which)
    {
        // A reader: the same notes word for word on six map slides.
        var planned = Coalitions.Of(which);
        var t = planned.Session.Context.Words.Session;
        var maps = planned.Session.Slides.Where(s => s.TitleText.StartsWith(t.MapTitle, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(maps);
        Assert.Equal(maps.Count, maps.Select(m => m.Notes).Distinct().Count());
        Assert.Contains(t.MapNotes, maps[0].Notes, StringComparison.Ordinal);
        Assert.All(maps.Skip(1), m => Assert.DoesNotContain(t.MapNotes, m.Notes, StringComparison.Ordinal));
        Assert.All(maps.Skip(1).Select((m, i) => (m, i)), x => Assert.StartsWith(t.MapPartNotes.Fill(x.i + 2, maps.Count) + " " + t.MapLaterNotes, x.m.Notes, StringComparison.Ordinal));
        // Every tile leads with what its partner brings, then what it wants (four readers: a row of demands was the room's first look).
        var shapes = planned.Session.Context.Words.Shapes;
        var tiles = maps.SelectMany(m => m.Elements.OfType<TextElement>()).Where(e => planned.Coalition.Partners.Any(p => e.Name == shapes.TileContent.Fill(p.Naam))).ToList();
        Assert.Equal(planned.Coalition.Partners.Count, tiles.Count);
        Assert.All(tiles, e => Assert.Equal([t.MapBrings + ": ", t.MapGets + ": "], e.Paragraphs.Select(p => p.Runs[0].Text)));
    }

    [Theory]
    [InlineData("9")]
    [InlineData("16")]
    [InlineData("24")]
    public void The_rounds_blocks_end_where_the_agenda_ends_the_round_and_never_overlap(string which)
    {
        // A reader: "Deel 1 · 13:40–14:36" on the divider under an agenda saying 13:40–14:40 for the same turns.
        var planned = Coalitions.Of(which);
        var agenda = Agenda.Of(planned.Coalition);
        var blocks = Deck.RoundSlides.Blocks(planned.Coalition, agenda);
        var rounds = agenda.Items.Where(i => i.Part == AgendaPart.Ronde).ToList();
        Assert.Equal(rounds.Select(r => r.EndMinute), blocks.Where(b => rounds.Any(r => r.EndMinute == b.EndMinute)).Select(b => b.EndMinute));
        Assert.Equal(rounds[^1].EndMinute, blocks[^1].EndMinute);
        Assert.All(blocks.Zip(blocks.Skip(1)), p => Assert.True(p.First.EndMinute <= p.Second.StartMinute, $"block {p.First.Number} ends after {p.Second.Number} starts"));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("24+licht")]
    public void A_session_of_two_meetings_ends_the_first_after_the_last_turn_and_opens_the_second_with_its_agenda(string which)
    {
        // Eight readers of ten: 24 turns, the map, the ambition and the agreements in one afternoon is not a session anyone holds.
        var planned = Coalitions.Of(which);
        var t = planned.Session.Context.Words.Session;
        var agenda = Agenda.Of(planned.Coalition);
        var slides = planned.Session.Slides.ToList();
        var until = slides.FindIndex(s => s.TitleText == t.UntilNextTitle);
        Assert.Equal(which != "voorbeeld", agenda.TwoMeetings);
        // Every agenda's times and parts in the middle of their rows (a reader found the header's words against its top edge).
        Assert.All(slides.Where(s => s.TitleText == t.AgendaTitle || s.TitleText == t.SecondAgendaTitle).SelectMany(s => s.Elements.OfType<TableElement>()),
            table => Assert.True(table.Centred));
        if (!agenda.TwoMeetings)
        {
            Assert.Equal(-1, until);
            Assert.DoesNotContain(slides, s => s.TitleText == t.SecondAgendaTitle || s.Notes == t.SecondMeetingNotes);
            Assert.Single(slides, s => s.TitleText == t.RulesTitle);
            Assert.Equal(t.TitleNotes, slides[0].Notes);
            Assert.Null(planned.Session.SecondMeetingFrom);
            Assert.Same(planned.Session, Assert.Single(planned.Session.Files));
            return;
        }
        // Each meeting a file of its own (every reader of the eleventh session: the second meeting's slides are not slide 31 of the
        // first's file): the first ends with its last slide, the second opens with its title; nothing lost, nothing twice.
        var files = planned.Session.Files;
        Assert.Equal(2, files.Count);
        Assert.Equal(until + 1, planned.Session.SecondMeetingFrom);
        Assert.Equal(slides, files[0].Slides.Concat(files[1].Slides));
        Assert.Equal((t.UntilNextTitle, planned.Coalition.Naam), (files[0].Slides[^1].TitleText, files[1].Slides[0].TitleText));
        Assert.All(files, f => Assert.Null(f.SecondMeetingFrom));
        // The headline proposals' front pages in reserve are named by their numbers in the second meeting's file, where they are.
        var reserve = files[1].Slides.Select((s, i) => (s, i)).Where(x => x.s.Hidden && x.s.TitleText != t.ThemesTitle).Select(x => x.i + 1).ToList();
        Assert.NotEmpty(reserve);
        var numbers = string.Join(" · ", reserve.Select((n, i) => t.ReserveNumber.Fill(Deck.ChoiceSlides.Letter(i), n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Contains(files[1].Slides, s => s.Notes.Contains(t.HeadlineChoicePagesNote.Fill(numbers), StringComparison.Ordinal));
        // Each page in reserve says how to go on, by the number 'Wie doet wat?' has in that file.
        var activities = files[1].Slides.ToList().FindIndex(s => s.TitleText == t.ActivitiesTitle) + 1;
        var choice = files[1].Slides.ToList().FindIndex(s => s.TitleText == t.HeadlineChoiceTitle) + 1;
        var pages = files[1].Slides.Where(s => s.Hidden && s.TitleText != t.ThemesTitle).ToList();
        Assert.All(pages, s => Assert.EndsWith(t.ProposalPageBack.Fill(choice, activities), s.Notes, StringComparison.Ordinal));
        // The shared subjects' slide in reserve, named by its number in that file in the notes of the slide before it.
        var themes = files[1].Slides.ToList().FindIndex(s => s.TitleText == t.ThemesTitle);
        Assert.True(themes > 0 && files[1].Slides[themes].Hidden);
        Assert.EndsWith(t.ThemesReserve.Fill(themes + 1), files[1].Slides[themes - 1].Notes, StringComparison.Ordinal);
        // A click on a page in reserve goes back to the choice, by its number in that file.
        Assert.All(pages, s => Assert.All(s.Drawn.OfType<TextElement>(), e => Assert.Equal(choice, e.Slide)));
        // And each proposal's letter links to its page in that file.
        var links = files[1].Slides.SelectMany(s => s.Elements.OfType<TextElement>()).SelectMany(e => e.Paragraphs).SelectMany(p => p.Runs).Select(r => r.Slide).OfType<int>().ToList();
        Assert.Equal(reserve, links);
        Assert.DoesNotContain(files[0].Slides.SelectMany(s => s.Elements.OfType<TextElement>()).SelectMany(e => e.Paragraphs).SelectMany(p => p.Runs), r => r.Slide is not null);
        // Right after the last partner's last slide, then the welcome back, then the second meeting's agenda, then the map.
        var lastTurn = slides.FindLastIndex(s => s.TitleText == planned.Coalition.Partners[^1].Naam);
        Assert.Equal(lastTurn + 1, until);
        // (The second's title slide as the first's: the coalition's name, then which meeting instead of a date; the rules again.)
        // (Then why we are here again: the task and what this meeting does; a reader found no recap two weeks later.)
        Assert.Equal([t.UntilNextTitle, planned.Coalition.Naam, t.PurposeTitle, t.RulesTitle, t.SecondAgendaTitle], slides.Skip(until).Take(5).Select(s => s.TitleText));
        // After the shortest turns (24 partners: four minutes to speak, no minute for questions) the questions went on sticky notes
        // by the posters, as the blocks' dividers told the room; the second meeting's welcome has them read out first (a reader).
        var shortTurns = agenda.ShortTurns;
        Assert.Equal(which.StartsWith("24", StringComparison.Ordinal), shortTurns);
        var prompts = slides.Take(until).SelectMany(s => s.Elements.OfType<TextElement>()).Where(e => e.Name == planned.Session.Context.Words.Shapes.Question)
            .Select(e => e.Paragraphs[0].Text.Replace("\n", " ", StringComparison.Ordinal).Replace(t.BlockStretch + " ", "", StringComparison.Ordinal)).Distinct();
        Assert.Equal([shortTurns ? t.BlockPromptShort : t.BlockPrompt], prompts);
        // A block straight after another, no pause between, starts with the room standing up a moment (eight readers: an hour of turns
        // without a break); after the start or a pause, not.
        var blocks = Deck.RoundSlides.Blocks(planned.Coalition, agenda);
        var dividers = slides.Take(until).Where(s => s.Elements.OfType<TextElement>().Any(e => e.Name == planned.Session.Context.Words.Shapes.BlockNames)).ToList();
        Assert.Equal(blocks.Count, dividers.Count);
        var stretched = dividers.Select(d => d.Elements.OfType<TextElement>().Single(e => e.Name == planned.Session.Context.Words.Shapes.Question).Paragraphs[0].Text
            .StartsWith(t.BlockStretch + " ", StringComparison.Ordinal)).ToList();
        Assert.Equal(blocks.Select((b, i) => i > 0 && b.StartMinute - blocks[i - 1].EndMinute < Agenda.PauseMinutes), stretched);
        Assert.Equal(which.StartsWith("24", StringComparison.Ordinal), stretched.Contains(true));
        // Where on the poster: its field for questions, by the name the poster gives it.
        Assert.Contains("‘" + planned.Session.Context.Words.Posters.Questions + "’", t.BlockPromptShort, StringComparison.Ordinal);
        Assert.Contains("‘" + planned.Session.Context.Words.Posters.Questions + "’", t.SecondMeetingQuestions, StringComparison.Ordinal);
        // The first meeting's ground rules say so too (a reader found 'We stellen open, nieuwsgierige vragen' at odds with the post-it
        // on the dividers); the second's, whose questions are asked in the open, keep the rule as it is.
        string[] Rules(SlidePlan rules) => [.. rules.Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs).Select(p => p.Text)];
        Assert.Contains(t.AskRule, t.GroundRules);
        var ruleSlides = slides.Where(s => s.TitleText == t.RulesTitle).ToList();
        Assert.Equal(2, ruleSlides.Count);
        Assert.Equal(t.GroundRules.Select(r => shortTurns && r == t.AskRule ? t.AskRuleShort : r), Rules(ruleSlides[0]));
        Assert.Equal(t.GroundRules, Rules(ruleSlides[1]));
        // Above twelve partners a few look back, not everyone: a round of 24 sentences does not fit the welcome (a reader).
        var welcome = planned.Coalition.Partners.Count > Deck.QuestionSlides.ManyPartners ? t.SecondMeetingNotesMany : t.SecondMeetingNotes;
        Assert.Equal((SlideLayoutKind.Titel, shortTurns ? welcome + " " + t.SecondMeetingQuestions : welcome, t.PurposeNotesSecond, t.RulesAgainNotes),
            (slides[until + 1].Layout, slides[until + 1].Notes, slides[until + 2].Notes, slides[until + 3].Notes));
        Assert.Equal([planned.Coalition.Samenwerking.Opgave!.Value, t.PurposeTextSecond], slides[until + 2].Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs).Select(p => p.Text));
        // After its agenda the welcome back on a slide of its own, what stayed with the partners (readers: the agenda's first part had no
        // slide); with the round's questions on sticky notes, those too. Then the map.
        Assert.Equal(t.RecapTitle, slides[until + 5].TitleText);
        Assert.Equal(shortTurns, string.Join(" ", slides[until + 5].Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs).Select(p => p.Text)).Contains(t.RecapQuestions, StringComparison.Ordinal));
        Assert.StartsWith(t.MapTitle, slides[until + 6].TitleText, StringComparison.Ordinal);
        // The first agenda has the first meeting's parts only; the second's the second's, with their own times from its start.
        var tables = slides.Where(s => s.TitleText == t.AgendaTitle || s.TitleText == t.SecondAgendaTitle).Select(s => s.Elements.OfType<TableElement>().Single()).ToList();
        Assert.Equal(2, tables.Count);
        foreach (var (table, meeting) in tables.Zip([1, 2]))
            Assert.Equal(agenda.Meeting(meeting).Select(i => Deck.AgendaSlides.Part(agenda, i, t)), table.Rows.Select(r => r[1]));
        // The first's last in the slide's middle, large, the line under it smaller: as the pause's.
        Assert.Equal(TextAlign.Center, slides[until].Title!.Align);
        // The second meeting's welcome names the coalition and the meeting; its agenda's notes speak of that day, not of the round
        // (a reader: "vandaag de ronde" on the second day); the title slide and the purpose say there are two (a reader: they promised
        // a headline today).
        var kind = string.Join(" ", slides[until + 1].Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs).Select(p => p.Text));
        Assert.Contains(" · " + t.SecondMeetingKind, kind, StringComparison.Ordinal);
        Assert.DoesNotContain(Dates.Long(planned.Coalition.Samenwerking.Datum!, planned.Session.Context.Language), kind, StringComparison.Ordinal);
        var second = slides[until + 4].Notes;
        Assert.StartsWith(t.SecondAgendaNotes, second, StringComparison.Ordinal);
        var why = t.TwoMeetingsNote.Fill(planned.Coalition.Partners.Count, agenda.PlannedMinutes, agenda.SpeakingMinutes);
        Assert.DoesNotContain(why, second, StringComparison.Ordinal);
        Assert.Contains(why, slides.First(s => s.TitleText == t.AgendaTitle).Notes, StringComparison.Ordinal);
        Assert.Equal(t.TitleNotesTwo, slides[0].Notes);
        // The first meeting's title slide says it is the first, as the second's says it is the second (a reader).
        var opening = string.Join(" ", slides[0].Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs).Select(p => p.Text));
        Assert.Contains(" · " + t.FirstMeetingKind, opening, StringComparison.Ordinal);
        Assert.DoesNotContain(t.SecondMeetingKind, opening, StringComparison.Ordinal);
        Assert.Contains(slides, s => s.Elements.OfType<TextElement>().Any(e => e.Paragraphs.Any(p => p.Text == t.PurposeTextTwo)));
    }

    /// <summary>
    /// What the whole room is asked or told at once stands on the accent: the title, every question to the group, a pause, the end of a
    /// meeting; what a partner says and the map stand on the page (a designer: nothing marked the turn from listening to working
    /// together). The look's own background elsewhere; a look with a logo keeps its background everywhere (the logo was drawn for it).
    /// </summary>
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("24")]
    public void What_the_whole_room_is_asked_or_told_stands_on_the_accent(string which)
    {
        var planned = Coalitions.Of(which);
        var (plan, shapes, t) = (planned.Session, planned.Session.Context.Words.Shapes, planned.Session.Context.Words.Session);
        var accent = plan.Context.Colours.Accent;
        bool Room(SlidePlan s) => s.Layout == SlideLayoutKind.Titel || s.Elements.OfType<TextElement>().Any(e => e.Name == shapes.Kicker || e.Name == shapes.Pause)
            || s.TitleText.StartsWith(t.PauseUntil[..t.PauseUntil.IndexOf('{')], StringComparison.Ordinal) || s.TitleText == t.UntilNextTitle || s.TitleText == t.RecapTitle;
        var room = plan.Slides.Where(Room).ToList();
        Assert.True(room.Count >= 8, $"{room.Count} slides to the room");
        Assert.All(room, s => Assert.Equal((s.TitleText, accent), (s.TitleText, s.Background)));
        Assert.All(plan.Slides.Where(s => !Room(s)), s => Assert.Null(s.Background));
        Assert.Contains(plan.Slides, s => s.Background is null && planned.Coalition.Partners.Any(p => s.TitleText == p.Naam));
    }

    /// <summary>
    /// No note has the facilitator pick a few parties to speak: what stayed with them is written by every party on a sticky note
    /// (two readers: "laat een paar partijen antwoorden" and "vraag drie of vier partijen" beside the rule that every party gets
    /// equal time).
    /// </summary>
    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("24-en")]
    public void No_note_has_the_facilitator_pick_a_few_parties_to_speak(string which)
    {
        var notes = Coalitions.Of(which).Session.Slides.Select(s => s.Notes).ToList();
        var few = new System.Text.RegularExpressions.Regex(@"\b(een paar|drie of vier|twee of drie|a few|three or four|two or three) (partijen|parties)\b");
        Assert.DoesNotContain(notes, n => few.IsMatch(n));
    }

    [Theory]
    [InlineData("16")]
    [InlineData("24")]
    public void Every_divider_s_line_for_a_breath_runs_on_over_its_panel_alike(string which)
    {
        // Three readers: on some dividers the line stood balanced in two short lines with the panel half empty, on others it ran on.
        var planned = Coalitions.Of(which);
        var shapes = planned.Session.Context.Words.Shapes;
        var lines = planned.Session.Slides.Where(s => s.Elements.OfType<TextElement>().Any(e => e.Name == shapes.BlockNames))
            .Select(s => s.Elements.OfType<TextElement>().Single(e => e.Name == shapes.Question)).ToList();
        Assert.True(lines.Count > 1);
        Assert.All(lines, e => Assert.DoesNotContain('\n', e.Paragraphs.Single().Text));
        Assert.Single(lines.Select(e => e.Box.Width).Distinct());
        Assert.All(lines, e => Assert.True(planned.Session.Context.Text.Fits(e.Paragraphs, e.Box, e.FontSizePt)));
    }
}
