using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;

namespace HalenBrengen.App;

/// <summary>
/// The session as the deck will show it: the date written the deck's way, the start and end on the
/// clock, the length the agenda works with, every party's speaking time. <c>check</c> prints this, so
/// what it says is exactly what the deck says.
/// </summary>
/// <param name="End">The end of the (first) meeting on the clock.</param>
/// <param name="SpeakingMinutes">A party's turn, its changeover minute included (<see cref="Agenda.SpeakingMinutes"/>).</param>
/// <param name="TwoMeetings">The session is held as two meetings of <paramref name="Minutes"/>: the round, then the group's parts.</param>
public sealed record SessionSummary(string? Date, string? Start, string? End, int Minutes, bool MinutesGiven, int SpeakingMinutes, int Overrun, bool TwoMeetings = false)
{
    /// <summary>The minutes a party speaks: its turn without the changeover.</summary>
    public int TellingMinutes => SpeakingMinutes - Agenda.Changeover;

    public static SessionSummary Of(Coalition coalition, Language language = Language.Nl)
    {
        var agenda = Agenda.Of(coalition);
        var date = coalition.Samenwerking.Datum is { } datum ? Dates.Long(datum, language) : null;
        return new SessionSummary(date,
            agenda.Start is { } start ? Dates.Clock(start) : null,
            agenda.Start is { } from ? Dates.Clock(from.AddMinutes(agenda.Meeting(1)[^1].EndMinute)) : null,
            agenda.PlannedMinutes, agenda.DurationGiven, agenda.SpeakingMinutes, agenda.Overrun, agenda.TwoMeetings);
    }
}
