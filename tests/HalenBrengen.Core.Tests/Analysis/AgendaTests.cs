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

    [Theory]
    [InlineData(2, 60)]
    [InlineData(7, 150)]
    [InlineData(9, 180)]
    [InlineData(16, 240)]
    [InlineData(24, 300)]
    [InlineData(5, 45)]
    public void The_parts_follow_each_other_and_add_up_to_the_session_with_equal_speaking_time(int partners, int minutes)
    {
        var agenda = Agenda.Of(Session(partners, minutes));

        // A session of two hours or more has a pause after the round; a shorter one none.
        Assert.Equal(Enum.GetValues<AgendaPart>().Where(p => p != AgendaPart.Pauze || minutes >= Agenda.PauseFrom), agenda.Items.Select(i => i.Part));
        if (minutes >= Agenda.PauseFrom)
            Assert.Equal(Agenda.PauseMinutes, agenda.Items.Single(i => i.Part == AgendaPart.Pauze).Minutes);
        Assert.Equal(0, agenda.Items[0].StartMinute);
        Assert.All(agenda.Items.Zip(agenda.Items.Skip(1)), p => Assert.Equal(p.First.EndMinute, p.Second.StartMinute));
        Assert.Equal(minutes, agenda.TotalMinutes);
        Assert.Equal(0, agenda.Overrun);
        var round = agenda.Items.Single(i => i.Part == AgendaPart.Ronde);
        Assert.Equal(partners * agenda.SpeakingMinutes, round.Minutes);
        Assert.Equal(Enumerable.Range(0, partners).Select(i => round.StartMinute + i * agenda.SpeakingMinutes), agenda.Turns(partners));
    }

    [Fact]
    public void A_round_that_does_not_fit_the_session_is_reported_as_an_overrun()
    {
        var agenda = Agenda.Of(Session(40, 45));
        Assert.True(agenda.Overrun > 0);
        Assert.Equal(agenda.PlannedMinutes + agenda.Overrun, agenda.TotalMinutes);
        Assert.Equal(1, agenda.SpeakingMinutes);
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
