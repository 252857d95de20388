using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using static HalenBrengen.Core.Tests.Analysis.Build;

namespace HalenBrengen.Core.Tests.Analysis;

public sealed class AgendaTests
{
    private static Coalition Session(int partners, int? minutes, TimeOnly? start = null) =>
        Coalition(Enumerable.Range(1, partners).Select(i => Partner($"P{i}", [], [])).ToArray()) with
        {
            Samenwerking = new Samenwerking(
                SessieduurMinuten: minutes is { } m ? new Sourced<int>(m, new SourceRef("kv.xlsx")) : null,
                Datum: start is { } s ? new SessieDatum(new DateOnly(2027, 3, 11), "11-3-2027", new SourceRef("kv.xlsx"), s) : null),
        };

    /// <summary>Coalitions from 2 to 24 partners in sessions from 45 minutes to 5 hours.</summary>
    public static readonly TheoryData<int, int> Sessions = new() { { 2, 60 }, { 7, 150 }, { 9, 180 }, { 16, 240 }, { 24, 300 }, { 3, 45 } };

    [Theory]
    [MemberData(nameof(Sessions))]
    public void The_parts_follow_each_other_and_add_up_to_the_session_with_equal_speaking_time(int partners, int minutes)
    {
        var agenda = Agenda.Of(Session(partners, minutes));

        // A session of two hours or more has a pause after the round, or in its middle when the round is longer than 75 minutes
        // (the round then in two parts); a shorter session none.
        Assert.Equal(Enum.GetValues<AgendaPart>().Where(p => p != AgendaPart.Pauze || minutes >= Agenda.PauseFrom), agenda.Items.Select(i => i.Part).Distinct());
        var rounds = agenda.Items.Where(i => i.Part == AgendaPart.Ronde).ToList();
        Assert.Equal(minutes >= Agenda.PauseFrom && partners * agenda.SpeakingMinutes > Agenda.LongestListening ? 2 : 1, rounds.Count);
        Assert.Equal(rounds.Count == 2, agenda.PauseInRound);
        if (agenda.PauseInRound)
            Assert.Equal([AgendaPart.Ronde, AgendaPart.Pauze, AgendaPart.Ronde], agenda.Items.Skip(1).Take(3).Select(i => i.Part));
        // The round runs on to the next whole five minutes, so a pause is fifteen minutes.
        Assert.All(agenda.Items.Where(i => i.Part == AgendaPart.Pauze), p => Assert.Equal(Agenda.PauseMinutes, p.Minutes));
        Assert.Equal(0, agenda.Items[0].StartMinute);
        Assert.All(agenda.Items.Zip(agenda.Items.Skip(1)), p => Assert.Equal(p.First.EndMinute, p.Second.StartMinute));
        Assert.Equal(minutes, agenda.TotalMinutes);
        Assert.Equal(0, agenda.Overrun);
        // Equal turns, then the minutes to the next whole five (a changeover): the room sees each part of the round end at 14:30, not 14:29.
        Assert.InRange(rounds.Sum(r => r.Minutes), partners * agenda.SpeakingMinutes, partners * agenda.SpeakingMinutes + rounds.Count * (Agenda.Step - 1));
        Assert.All(rounds, r => Assert.Equal(0, r.EndMinute % Agenda.Step));
        var before = agenda.TurnsBeforePause;
        Assert.Equal(rounds.Count == 1 ? partners : (partners + 1) / 2, before);
        Assert.Equal(Enumerable.Range(0, partners).Select(i => i < before ? rounds[0].StartMinute + i * agenda.SpeakingMinutes : rounds[1].StartMinute + (i - before) * agenda.SpeakingMinutes),
            agenda.Turns(partners));
    }

    [Theory]
    [MemberData(nameof(Sessions))]
    [InlineData(13, 187)]
    [InlineData(11, 153)]
    public void After_the_round_and_its_pause_every_part_starts_on_a_multiple_of_five_minutes(int partners, int minutes)
    {
        var agenda = Agenda.Of(Session(partners, minutes));
        var after = agenda.Items.SkipWhile(i => i.Part != AgendaPart.Ronde).Skip(1).ToList();
        // The round runs on to whole five minutes (its odd minutes a changeover), so every part after it starts on whole five minutes.
        Assert.All(after, i => Assert.True(i.StartMinute % Agenda.Step == 0, $"{i.Part} starts at {i.StartMinute} min"));
        Assert.Equal(minutes, agenda.TotalMinutes);
    }

    [Fact]
    public void Sixteen_partners_in_four_hours_keep_six_minute_turns_and_pause_in_the_middle_of_the_round()
    {
        // 96 minutes of listening: eight turns from 10 to 58 and 2 to change over, the pause to 75, eight more to 123 and 2; then
        // map and ambition 50 each, agreements 10, close 5, but 'Wie doet wat' takes a minute a party (20, ten from the ambition)
        // and the 115 minutes of work after the pause get a pause of their own (fifteen more from the ambition and the map:
        // map 45, its least 32 on whole steps, and the ambition its least 30), before the ambition: 45 then 55, where before the
        // map would leave 50 then 115. Then the map's ten minutes above its least go to 'Wie doet wat' (30, towards two minutes a
        // party; the work after the second pause 65). The session keeps its four hours.
        var agenda = Agenda.Of(Session(16, 240));
        Assert.Equal(6, agenda.SpeakingMinutes);
        Assert.Equal([0, 10, 60, 75, 125, 160, 175, 205, 235], agenda.Items.Select(i => i.StartMinute));
        Assert.Equal([10, 50, 15, 50, 35, 15, 30, 30, 5], agenda.Items.Select(i => i.Minutes));
        Assert.Equal(0, agenda.Overrun);
        Assert.Equal(8, agenda.TurnsBeforePause);
        Assert.Equal(75, agenda.Turns(16).ElementAt(8));
    }

    [Fact]
    public void Seven_partners_in_the_default_session_give_the_map_two_thirds_of_what_it_shares_with_the_ambition()
    {
        // The example: seven turns of seven minutes from 13:40 (49, on to 50), the pause, then the 60 minutes the map and the ambition
        // share after 'Wie doet wat' (10) and the close (5): two thirds to the map (40), the rest to the ambition (20); 'Wie doet wat'
        // takes five of the map's minutes above its least (14, on whole steps 15) towards two minutes a party. Readers of six rounds
        // found 25 minutes for the map's seven questions against 30 for the ambition's two (sharpen it, choose a headline).
        var agenda = Agenda.Of(Session(7, null));
        Assert.False(agenda.TwoMeetings);
        Assert.Equal([AgendaPart.Opening, AgendaPart.Ronde, AgendaPart.Pauze, AgendaPart.SamenKaart, AgendaPart.Ambitie, AgendaPart.Afspraken, AgendaPart.Afsluiting],
            agenda.Items.Select(i => i.Part));
        Assert.Equal([10, 50, 15, 35, 20, 15, 5], agenda.Items.Select(i => i.Minutes));
        Assert.Equal(0, agenda.Overrun);
    }

    [Fact]
    public void Twenty_four_partners_in_the_default_session_meet_twice_first_for_the_round_then_for_the_map()
    {
        // In one meeting the session ran 135 minutes past its 150, to 18:15 (eight readers of ten: nobody holds that). Two meetings of
        // 150 instead. The first: welcome, twelve turns of five minutes, the pause, twelve more, a close that looks ahead. The second:
        // a look back, the map (two minutes a party, here the 60 its half gives), a pause before the ambition (work from 10 to 70, then
        // 85 to 150), the ambition 35 after 'Wie doet wat' took a minute a party (25) and the pause 15 from it, then five more of the
        // ambition's spare and ten of the map's above its least 48 to 'Wie doet wat' (40, towards two minutes a party; the ambition
        // keeps its least 30), and the close.
        var agenda = Agenda.Of(Session(24, null));
        Assert.True(agenda.TwoMeetings);
        Assert.Equal(Agenda.ShortestTurn, agenda.SpeakingMinutes);
        Assert.Equal([AgendaPart.Opening, AgendaPart.Ronde, AgendaPart.Pauze, AgendaPart.Ronde, AgendaPart.Afsluiting], agenda.Meeting(1).Select(i => i.Part));
        Assert.Equal([0, 10, 70, 85, 145], agenda.Meeting(1).Select(i => i.StartMinute));
        Assert.Equal([AgendaPart.Opening, AgendaPart.SamenKaart, AgendaPart.Pauze, AgendaPart.Ambitie, AgendaPart.Afspraken, AgendaPart.Afsluiting], agenda.Meeting(2).Select(i => i.Part));
        Assert.Equal([10, 50, 15, 30, 40, 5], agenda.Meeting(2).Select(i => i.Minutes));
        Assert.Equal(0, agenda.Overrun);
        Assert.Equal(12, agenda.TurnsBeforePause);
        Assert.Equal(85, agenda.Turns(24).ElementAt(12));
        Assert.Same(agenda.Items[2], agenda.RoundPause);
    }

    [Fact]
    public void Wie_doet_wat_takes_spare_minutes_only_while_no_stretch_of_work_grows_past_the_longest()
    {
        // 28 partners in two meetings of three hours: the second's ambition and map give 'Wie doet wat' minutes towards two a party
        // (56), five at a time, but only while the work after the pause stays within 90: at 55 it is 30 + 55 + 5; five more, as
        // the map could still give (its least 56), would make it 95.
        var agenda = Agenda.Of(Session(28, 180));
        Assert.True(agenda.TwoMeetings);
        Assert.Equal([AgendaPart.Opening, AgendaPart.SamenKaart, AgendaPart.Pauze, AgendaPart.Ambitie, AgendaPart.Afspraken, AgendaPart.Afsluiting], agenda.Meeting(2).Select(i => i.Part));
        Assert.Equal([10, 65, 15, 30, 55, 5], agenda.Meeting(2).Select(i => i.Minutes));
    }

    [Fact]
    public void Sixteen_partners_in_the_default_session_meet_twice_and_get_seven_minutes_each()
    {
        // One meeting ran to 17:00 with five-minute turns; the first of two meetings gives the round all but its welcome, pause and
        // close: 120 minutes, seven each (8 turns to 66, on to 70; the pause to 85; 8 more to 141, on to 145). The second: the
        // ambition's ten minutes above its least, then five of the map's above its least 32, go to 'Wie doet wat' (20 to 35, two
        // minutes a party on whole steps), the meeting as long.
        var agenda = Agenda.Of(Session(16, null));
        Assert.True(agenda.TwoMeetings);
        Assert.Equal(7, agenda.SpeakingMinutes);
        Assert.Equal([10, 60, 15, 60, 5], agenda.Meeting(1).Select(i => i.Minutes));
        Assert.Equal([10, 55, 15, 30, 35, 5], agenda.Meeting(2).Select(i => i.Minutes));
    }

    [Theory]
    [InlineData(16, null)]
    [InlineData(24, null)]
    [InlineData(20, 180)]
    [InlineData(30, 240)]
    [InlineData(20, 120)]
    [InlineData(40, 45)]
    public void A_session_that_would_run_more_than_half_an_hour_long_and_over_three_hours_becomes_two_meetings(int partners, int? minutes)
    {
        var agenda = Agenda.Of(Session(partners, minutes));
        var planned = Agenda.UsedMinutes(minutes);
        Assert.True(agenda.TwoMeetings);
        // The first meeting is the round; the second every part of the group's, none of the round's.
        var (first, second) = (agenda.Meeting(1), agenda.Meeting(2));
        Assert.Equal(AgendaPart.Opening, first[0].Part);
        Assert.Equal(AgendaPart.Afsluiting, first[^1].Part);
        Assert.All(first.Skip(1).SkipLast(1), i => Assert.Contains(i.Part, new[] { AgendaPart.Ronde, AgendaPart.Pauze }));
        Assert.Equal([AgendaPart.Opening, AgendaPart.SamenKaart, AgendaPart.Ambitie, AgendaPart.Afspraken, AgendaPart.Afsluiting],
            second.Where(i => i.Part != AgendaPart.Pauze).Select(i => i.Part));
        Assert.Equal(first.Count + second.Count, agenda.Items.Count);
        foreach (var meeting in new[] { first, second })
        {
            Assert.Equal(0, meeting[0].StartMinute);
            Assert.All(meeting.Zip(meeting.Skip(1)), p => Assert.Equal(p.First.EndMinute, p.Second.StartMinute));
            Assert.All(meeting.Where(i => i.Part != AgendaPart.Ronde), i => Assert.Equal(0, i.StartMinute % Agenda.Step));
        }
        // Each meeting keeps the planned length where the shortest turns fit in it; the group's parts grow with the group, and a meeting
        // of two hours or more has a pause.
        Assert.True(agenda.SpeakingMinutes >= Agenda.ShortestTurn);
        Assert.True(first[^1].EndMinute <= planned || agenda.SpeakingMinutes == Agenda.ShortestTurn, $"first meeting {first[^1].EndMinute} min");
        Assert.True(second.Where(i => i.Part == AgendaPart.SamenKaart).Sum(i => i.Minutes) >= Agenda.MapPerParty * partners);
        Assert.True(second.Where(i => i.Part == AgendaPart.Afspraken).Sum(i => i.Minutes) >= Agenda.AgreementsPerParty * partners);
        Assert.Equal(planned >= Agenda.PauseFrom, second.Any(i => i.Part == AgendaPart.Pauze));
        Assert.Equal(planned >= Agenda.PauseFrom && agenda.SpeakingMinutes * partners > Agenda.LongestListening, agenda.PauseInRound);
        Assert.Equal(Math.Max(0, agenda.TotalMinutes - planned), agenda.Overrun);
    }

    [Theory]
    [InlineData(12, 150)]
    [InlineData(13, 150)]
    [InlineData(16, 240)]
    [InlineData(24, 300)]
    [InlineData(9, 60)]
    [InlineData(7, 30)]
    public void A_session_at_most_half_an_hour_long_or_of_three_hours_at_most_stays_one_meeting(int partners, int minutes)
    {
        // Nine partners in an hour run to an hour and a half: long, but one afternoon still holds it.
        var agenda = Agenda.Of(Session(partners, minutes));
        Assert.False(agenda.TwoMeetings);
        Assert.True(agenda.Overrun <= Agenda.LongestOverrun || agenda.TotalMinutes <= Agenda.LongestMeeting, $"{agenda.TotalMinutes} min");
        Assert.All(agenda.Items, i => Assert.Equal(1, i.Meeting));
    }

    [Theory]
    [InlineData(7, null)]
    [InlineData(9, 150)]
    [InlineData(12, 180)]
    [InlineData(16, null)]
    [InlineData(16, 240)]
    [InlineData(24, null)]
    [InlineData(24, 300)]
    [InlineData(30, 240)]
    public void The_groups_parts_grow_with_the_group_and_no_stretch_of_work_runs_long_where_the_session_can_hold_a_pause(int partners, int? minutes)
    {
        // Two readers: after the round the map, its balance questions asked of every party, and 'Wie doet wat' had the same
        // minutes for 24 partners as for 7, and 24 partners worked 2 h 10 without a break.
        var agenda = Agenda.Of(Session(partners, minutes));
        int Of(AgendaPart part) => agenda.Items.Where(i => i.Part == part).Sum(i => i.Minutes);
        var grows = agenda.Overrun > 0;
        if (grows || minutes is null || minutes >= 180)
        {
            Assert.True(Of(AgendaPart.SamenKaart) >= 2 * partners, $"map {Of(AgendaPart.SamenKaart)} min");
            Assert.True(Of(AgendaPart.Afspraken) >= partners, $"wie doet wat {Of(AgendaPart.Afspraken)} min");
        }
        Assert.True(Of(AgendaPart.Ambitie) >= Math.Min(Agenda.AmbitionLeast, Of(AgendaPart.Ambitie)));
        // Between two pauses, and after the last, at most 90 minutes of work when the session grows anyway (the stretch before the
        // first pause is the round's, halved at 75 minutes of listening).
        // (Of the meeting with the group's parts, when the session has two.)
        var items = agenda.Meeting(agenda.TwoMeetings ? 2 : 1);
        var pauses = items.Select((item, k) => (item, k)).Where(x => x.item.Part == AgendaPart.Pauze).Select(x => x.k).ToList();
        Assert.NotEmpty(pauses);
        var ends = pauses.Select(k => items[k].StartMinute).Skip(1).Append(items[^1].EndMinute);
        var starts = pauses.Select(k => items[k].EndMinute);
        if (grows)
            Assert.All(starts.Zip(ends), x => Assert.True(x.Second - x.First <= Agenda.LongestStretch, $"{x.Second - x.First} min of work from minute {x.First}"));
        Assert.All(items.Skip(pauses[0] + 1).Where(i => i.Part != AgendaPart.Ronde), i => Assert.Equal(0, i.StartMinute % Agenda.Step));
    }

    [Theory]
    [InlineData(40, 45)]
    [InlineData(12, 150)]
    [InlineData(13, 150)]
    [InlineData(60, 240)]
    public void No_turn_is_shorter_than_five_minutes_and_a_session_too_short_for_that_grows_on_whole_steps(int partners, int minutes)
    {
        var agenda = Agenda.Of(Session(partners, minutes));
        Assert.Equal(Agenda.ShortestTurn, agenda.SpeakingMinutes);
        Assert.True(agenda.Overrun > 0);
        Assert.Equal(agenda.PlannedMinutes + agenda.Overrun, agenda.TotalMinutes);
        Assert.Equal(0, agenda.TotalMinutes % Agenda.Step);
        Assert.All(agenda.Items.Zip(agenda.Items.Skip(1)).Where(p => p.First.Meeting == p.Second.Meeting), p => Assert.Equal(p.First.EndMinute, p.Second.StartMinute));
        Assert.All(agenda.Items, i => Assert.True(i.Minutes >= 0));
    }

    [Fact]
    public void The_start_time_comes_from_the_session_date_and_is_absent_without_one()
    {
        Assert.Equal(new TimeOnly(13, 30), Agenda.Of(Session(3, 120, new TimeOnly(13, 30))).Start);
        Assert.Null(Agenda.Of(Session(3, 120)).Start);
        var noLength = Agenda.Of(Session(3, null));
        Assert.False(noLength.DurationGiven);
        Assert.Equal(Agenda.DefaultMinutes, noLength.TotalMinutes);
    }
}
