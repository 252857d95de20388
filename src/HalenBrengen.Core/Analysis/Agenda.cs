using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

/// <summary>One part of the session, in minutes.</summary>
public sealed record AgendaItem(AgendaPart Part, int Minutes);

public enum AgendaPart { Opening, Ronde, SamenKaart, Ambitie, Afspraken }

/// <summary>
/// The session's time table. Every party gets the same speaking time (METHOD.md): half of the time
/// between a 10-minute opening and 10 minutes of agreements goes to the round of parties, a quarter to
/// building the combined map together, the rest to sharpening the ambition and the headline.
/// </summary>
public sealed record Agenda(int TotalMinutes, int SpeakingMinutes, IReadOnlyList<AgendaItem> Items, bool DurationGiven)
{
    public const int DefaultMinutes = 150;
    private const int Opening = 10, Closing = 10;

    public static Agenda Of(Coalition coalition)
    {
        var given = coalition.Samenwerking.SessieduurMinuten?.Value;
        var total = Math.Max(given ?? DefaultMinutes, 30);
        var parties = Math.Max(1, coalition.Partners.Count);
        var middle = total - Opening - Closing;
        var speaking = Math.Max(1, middle / 2 / parties);
        var round = speaking * parties;
        // With very many parties in a short session the round takes everything; the rest is then zero.
        var map = Math.Max(0, (middle - round) / 2);
        var ambition = Math.Max(0, middle - round - map);
        return new Agenda(total, speaking,
        [
            new AgendaItem(AgendaPart.Opening, Opening),
            new AgendaItem(AgendaPart.Ronde, round),
            new AgendaItem(AgendaPart.SamenKaart, map),
            new AgendaItem(AgendaPart.Ambitie, ambition),
            new AgendaItem(AgendaPart.Afspraken, Closing),
        ], given is not null);
    }
}
