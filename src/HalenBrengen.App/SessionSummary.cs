using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;

namespace HalenBrengen.App;

/// <summary>
/// The session as the deck will show it: the date written the deck's way, the start and end on the
/// clock, the length the agenda works with, every party's speaking time. <c>check</c> prints this, so
/// what it says is exactly what the deck says.
/// </summary>
public sealed record SessionSummary(string? Date, string? Start, string? End, int Minutes, bool MinutesGiven, int SpeakingMinutes, int Overrun)
{
    public static SessionSummary Of(Coalition coalition, Language language = Language.Nl)
    {
        var agenda = Agenda.Of(coalition);
        var date = coalition.Samenwerking.Datum is { } datum ? Dates.Long(datum, language) : null;
        return new SessionSummary(date,
            agenda.Start is { } start ? Dates.Clock(start) : null,
            agenda.Start is { } from ? Dates.Clock(from.AddMinutes(agenda.TotalMinutes)) : null,
            agenda.PlannedMinutes, agenda.DurationGiven, agenda.SpeakingMinutes, agenda.Overrun);
    }
}
