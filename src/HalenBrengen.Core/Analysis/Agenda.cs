using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

/// <summary>One part of the session: when it starts (minutes from the start) and how long it takes.</summary>
/// <param name="Meeting">1, or 2 for the second meeting of a session held as two (its minutes counted from that meeting's start).</param>
public sealed record AgendaItem(AgendaPart Part, int StartMinute, int Minutes, int Meeting = 1)
{
    public int EndMinute => StartMinute + Minutes;
}

/// <summary>The parts of the session, in the order the session deck follows them.</summary>
public enum AgendaPart { Opening, Ronde, Pauze, SamenKaart, Ambitie, Afspraken, Afsluiting }

/// <summary>
/// The session's time table. Every party gets the same speaking time (METHOD.md): half of the time
/// between the fixed parts (welcome, who does what, close) goes to the round of parties, a quarter to
/// building the combined map together, the rest to sharpening the ambition and the headline. A session of
/// <see cref="PauseFrom"/> minutes or more has a pause of at least <see cref="PauseMinutes"/> after the round, before the
/// group builds the map together: after a long round of listening it needs air before it works. After the
/// round every part starts on whole <see cref="Step"/> minutes from the start (a start time of 14:45, not 14:44),
/// so a room can keep the times without a card: the round runs on to the next whole step (its odd minutes a changeover
/// after the last turn) and the close takes the session's own. A turn is never shorter than <see cref="ShortestTurn"/> minutes:
/// a partner cannot tell its map in less. The parts add up to the session length; only when that length cannot give every party
/// its shortest turn (many parties, a short session) does the round grow to hold them, the other parts keeping the minutes
/// the session gave them, and <see cref="Overrun"/> says how much longer the session then is. A round longer than
/// <see cref="LongestListening"/> minutes has the pause in its middle instead of after it (two parts of the round, each
/// ending on whole minutes): nobody listens to sixteen or twenty-four turns in one go. After the round the group's parts grow
/// with the group: the map at least <see cref="MapPerParty"/> minutes a party (every party answers its balance questions),
/// "Wie doet wat" at least <see cref="AgreementsPerParty"/> (and towards <see cref="AgreementsWanted"/> from what the ambition, then
/// the map, can still spare), and work after a pause longer than <see cref="LongestStretch"/>
/// minutes gets another pause; the minutes come from the ambition's and the map's spare first, and lengthen only a session
/// that grows anyway. A session that would so run more than <see cref="LongestOverrun"/> minutes past its planned length, and
/// longer than <see cref="LongestMeeting"/>, is held as two meetings of the planned length: the round, then the group's parts.
/// </summary>
/// <param name="SpeakingMinutes">A party's turn in the time table, its <see cref="Changeover"/> minute included.</param>
/// <param name="TurnsBeforePause">How many turns come before the pause in the round's middle; all of them when it has none.</param>
public sealed record Agenda(int PlannedMinutes, int SpeakingMinutes, IReadOnlyList<AgendaItem> Items, bool DurationGiven, TimeOnly? Start, int TurnsBeforePause)
{
    /// <summary>A round longer than this many minutes pauses in its middle, when the session has a pause.</summary>
    public const int LongestListening = 75;

    /// <summary>True when the pause falls between two parts of the round.</summary>
    public bool PauseInRound => Items.Count(i => i.Part == AgendaPart.Ronde) > 1;

    public const int DefaultMinutes = 150;

    /// <summary>A session this long (minutes) or longer has a pause of at least <see cref="PauseMinutes"/> after the round.</summary>
    public const int PauseFrom = 120, PauseMinutes = 15;

    /// <summary>No party's turn is shorter than this many minutes: time to tell one interest, one want and one offer, a question, and the change to the next.</summary>
    public const int ShortestTurn = 5;

    /// <summary>
    /// The last minute of every turn is for the change to the next party (to its sheet on the wall, the clock set again): the
    /// clock gives a party <see cref="TellingMinutes"/>, the time table <see cref="SpeakingMinutes"/> (readers: turns back to
    /// back left no minute between them).
    /// </summary>
    public const int Changeover = 1;

    /// <summary>Whether the turns are the shortest, with no minute left for questions: they go on sticky notes by the partner's map.</summary>
    public bool ShortTurns => SpeakingMinutes <= ShortestTurn;

    /// <summary>The minutes a party speaks in its turn: the turn without its changeover.</summary>
    public int TellingMinutes => SpeakingMinutes - Changeover;

    /// <summary>After the round every part starts on a multiple of this many minutes from the start.</summary>
    public const int Step = 5;

    /// <summary>A session length from 15 minutes to 8 hours is usual; outside it the facilitator is asked to look.</summary>
    public const int UsualShortest = 15, UsualLongest = 8 * 60;

    /// <summary>Up to a day is still used as given; a length outside 15 minutes to 24 hours is not used at all.</summary>
    public const int LongestUsed = 24 * 60;

    /// <summary>The session length the agenda works with: the one given when it is at all possible, else the default.</summary>
    public static int UsedMinutes(int? given) => given is { } m && m >= UsualShortest && m <= LongestUsed ? m : DefaultMinutes;

    /// <summary>Minutes from the start to the end of the longest meeting (the only one, mostly).</summary>
    public int TotalMinutes => Items.Max(i => i.EndMinute);

    /// <summary>True when the session is held as two meetings: the round, then the group's parts (see <see cref="LongestOverrun"/>).</summary>
    public bool TwoMeetings => Items[^1].Meeting == 2;

    /// <summary>The parts of one meeting: 1, or 2 when the session has two.</summary>
    public IReadOnlyList<AgendaItem> Meeting(int meeting) => Items.Where(i => i.Meeting == meeting).ToList();

    /// <summary>The pause in the round's middle or right after it; null when the round has none.</summary>
    public AgendaItem? RoundPause
    {
        get
        {
            var lastRound = Items.ToList().FindLastIndex(i => i.Part == AgendaPart.Ronde);
            return Items.Take(lastRound + 2).FirstOrDefault(i => i.Part == AgendaPart.Pauze);
        }
    }

    public int Overrun => Math.Max(0, TotalMinutes - PlannedMinutes);

    /// <summary>When each party's turn in the round starts, in minutes from the start, in the round's order.</summary>
    public IEnumerable<int> Turns(int parties)
    {
        var rounds = Items.Where(i => i.Part == AgendaPart.Ronde).ToList();
        return Enumerable.Range(0, parties).Select(i => i < TurnsBeforePause || rounds.Count == 1
            ? rounds[0].StartMinute + i * SpeakingMinutes
            : rounds[1].StartMinute + (i - TurnsBeforePause) * SpeakingMinutes);
    }

    public static Agenda Of(Coalition coalition)
    {
        var s = coalition.Samenwerking;
        var given = s.SessieduurMinuten?.Value;
        var total = UsedMinutes(given);
        var parties = Math.Max(1, coalition.Partners.Count);
        var plan = OneMeeting(total, parties);
        // A session that would run more than half an hour past its planned length, and longer than three hours, becomes two meetings
        // of that length (readers: nobody holds 24 turns, the map, the ambition and the agreements in one afternoon to 18:15).
        var length = plan.Parts.Sum(p => p.Minutes);
        if (parties > 1 && length - total > LongestOverrun && length > LongestMeeting)
            plan = InTwo(total, parties);
        var items = new List<AgendaItem>();
        var at = 0;
        foreach (var (part, minutes, meeting) in plan.Parts)
        {
            if (items.Count > 0 && items[^1].Meeting != meeting)
                at = 0;
            items.Add(new AgendaItem(part, at, minutes, meeting));
            at += minutes;
        }
        return new Agenda(total, plan.Speaking, items, given is not null && total == given, StartOf(s.Datum), plan.Before);
    }

    /// <summary>
    /// A session that would run longer than its planned length by more than <see cref="LongestOverrun"/> minutes, and longer than
    /// <see cref="LongestMeeting"/>, is held as two meetings.
    /// </summary>
    public const int LongestOverrun = 30, LongestMeeting = 180;

    /// <summary>The parts of the session in order, each with its minutes and its meeting (1 or 2), every party's speaking time, and the turns before the round's pause.</summary>
    private sealed record Planned(List<(AgendaPart Part, int Minutes, int Meeting)> Parts, int Speaking, int Before);

    /// <summary>The whole session in one meeting: the round, then the group's parts (see the type's summary).</summary>
    private static Planned OneMeeting(int total, int parties)
    {
        var (opening, agreements, close) = total >= 60 ? (10, 10, 5) : (5, 5, 5);
        var pause = total >= PauseFrom ? PauseMinutes : 0;
        var middle = total - opening - agreements - close - pause;
        var share = Math.Max(0, middle / 2);
        var speaking = Math.Max(ShortestTurn, share / parties);
        var round = speaking * parties;
        // The round longer than its share of the session: the session grows by the difference, to whole steps, and the
        // map and the ambition keep the minutes the session gave them.
        var length = round > share ? RoundUp(total + round - share) : total;
        // A long round pauses halfway, the first part running on to whole minutes as the round's end does.
        var before = pause > 0 && round > LongestListening ? (parties + 1) / 2 : parties;
        var first = before == parties ? 0 : RoundUp(opening + before * speaking) - opening;
        var second = round - before * speaking;
        var inRound = first > 0 ? pause : 0;
        (var changeover, pause, var map, var ambition, close) = AfterRound(length, opening + first + inRound + (first > 0 ? second : round), pause - inRound, agreements, close);

        (AgendaPart, int)[] roundAndPause = first > 0
            ? [(AgendaPart.Ronde, first), (AgendaPart.Pauze, inRound), (AgendaPart.Ronde, second + changeover)]
            : [(AgendaPart.Ronde, round + changeover), (AgendaPart.Pauze, pause)];
        var parts = roundAndPause.Prepend((AgendaPart.Opening, opening)).Where(p => p.Item1 != AgendaPart.Pauze || p.Item2 > 0).ToList();
        parts.AddRange(GroupParts(parties, map, ambition, agreements, close, parts.Sum(p => p.Item2) - LastPauseEnd(parts), parts.Any(p => p.Item1 == AgendaPart.Pauze), length > total));
        return new Planned(parts.Select(p => (p.Item1, p.Item2, 1)).ToList(), speaking, before);
    }

    /// <summary>
    /// Two meetings of the planned length each. The first is the round: a welcome, every party's turn (all the minutes between the
    /// welcome and a short close shared equally, never less than <see cref="ShortestTurn"/>), a pause in its middle when the session
    /// has one and the round is longer than <see cref="LongestListening"/>, and a close that looks ahead. The second opens with a look
    /// back and has the group's parts, grown with the group as in one meeting (they take what they need, lengthening the meeting only
    /// when its planned length cannot give it).
    /// </summary>
    private static Planned InTwo(int total, int parties)
    {
        var (opening, agreements, close) = total >= 60 ? (10, 10, 5) : (5, 5, 5);
        var pause = total >= PauseFrom ? PauseMinutes : 0;
        var speaking = Math.Max(ShortestTurn, (total - opening - close - pause) / parties);
        var round = speaking * parties;
        var before = pause > 0 && round > LongestListening ? (parties + 1) / 2 : parties;
        var first = RoundUp(opening + before * speaking) - opening;
        var end = opening + round + (before < parties ? pause + first - before * speaking : 0);
        (AgendaPart, int)[] roundParts = before < parties
            ? [(AgendaPart.Ronde, first), (AgendaPart.Pauze, pause), (AgendaPart.Ronde, round - before * speaking + RoundUp(end) - end)]
            : [(AgendaPart.Ronde, round + RoundUp(end) - end)];
        var parts = roundParts.Prepend((AgendaPart.Opening, opening)).Append((AgendaPart.Afsluiting, close)).Select(p => (p.Item1, p.Item2, 1)).ToList();
        var middle = Math.Max(0, total - opening - agreements - close);
        var map = middle / 2 / Step * Step;
        var ambition = (middle - map) / Step * Step;
        var group = GroupParts(parties, map, ambition, agreements, close + middle - map - ambition, opening, pause > 0, grows: true);
        parts.AddRange(group.Prepend((AgendaPart.Opening, opening)).Select(p => (p.Item1, p.Item2, 2)));
        return new Planned(parts, speaking, before);
    }

    /// <summary>
    /// The minutes that <see cref="Step"/> makes odd: the round runs on to the next whole <see cref="Step"/> (its changeover,
    /// so the room sees it end at 14:30, not 14:29, and the next part start there), the map and the ambition share the rest
    /// in whole steps (<see cref="MapShare"/> to the map), and the close takes the session's own odd minutes. When that leaves no room, the parts are as they
    /// would be unrounded.
    /// </summary>
    private static (int Changeover, int Pause, int Map, int Ambition, int Close) AfterRound(int total, int roundEnd, int pause, int agreements, int close)
    {
        var odd = (Step - roundEnd % Step) % Step;
        var lastClose = close + total % Step;
        var free = total - roundEnd - odd - pause - agreements - lastClose;
        if (free < 0)
        {
            var rest = Math.Max(0, total - roundEnd - pause - agreements - close);
            return (0, pause, rest / 2, rest - rest / 2, close);
        }
        var map = (int)(free * MapShare) / Step * Step;
        return (odd, pause, map, free - map, lastClose);
    }

    /// <summary>
    /// In one meeting, the map's share of the minutes the map and the ambition share (on whole steps): its seven questions, where the
    /// ambition has two (readers of six rounds: 25 minutes for the map's questions against 30 for ambition and headline).
    /// </summary>
    public const double MapShare = 2.0 / 3;

    /// <summary>The map built together (its balance questions asked of every party) takes at least this many minutes a party.</summary>
    public const int MapPerParty = 2;

    /// <summary>"Wie doet wat" takes at least a minute a party: every party says what it takes on.</summary>
    public const int AgreementsPerParty = 1;

    /// <summary>
    /// "Wie doet wat" grows towards this many minutes a party from the ambition's spare minutes, then the map's, never lengthening a
    /// meeting (readers: a minute a party is short for saying what it takes on, and when).
    /// </summary>
    public const int AgreementsWanted = 2;

    /// <summary>The ambition keeps at least this many of its minutes when the parts before and after it need more.</summary>
    public const int AmbitionLeast = 30;

    /// <summary>A stretch of work after the last pause longer than this many minutes gets a pause of its own.</summary>
    public const int LongestStretch = 90;

    /// <summary>
    /// The parts after the round, grown with the group: the map at least <see cref="MapPerParty"/> minutes a party and "Wie doet wat"
    /// at least <see cref="AgreementsPerParty"/> (on whole steps), and, when the work after the last pause would run longer than
    /// <see cref="LongestStretch"/>, a second pause where it leaves the shortest longest stretch. What they need more is taken from
    /// the ambition's minutes above <see cref="AmbitionLeast"/>, then from the map's above its least; only the rest makes the session longer.
    /// </summary>
    private static List<(AgendaPart, int)> GroupParts(int parties, int map, int ambition, int agreements, int close, int sincePause, bool paused, bool grows)
    {
        var mapLeast = RoundUp(MapPerParty * parties);
        var (ambitionSpare, mapSpare) = (Math.Max(0, ambition - AmbitionLeast) / Step * Step, Math.Max(0, map - mapLeast) / Step * Step);
        // Minutes wanted are given by the ambition first, then by the map; what they cannot give lengthens a session that grows
        // anyway (its round did not fit), and is not given in one that holds its length.
        int Give(int wanted)
        {
            var a = Math.Min(wanted, ambitionSpare);
            var m = Math.Min(wanted - a, mapSpare);
            (ambitionSpare, mapSpare, ambition, map) = (ambitionSpare - a, mapSpare - m, ambition - a, map - m);
            return grows ? wanted : a + m;
        }
        map += Give(Math.Max(0, mapLeast - map));
        agreements += Give(Math.Max(0, RoundUp(AgreementsPerParty * parties) - agreements));
        // A pause before the map, the ambition or "Wie doet wat", one at a time where it leaves the shortest longest stretch (the
        // earlier on a tie), while a stretch of work is longer than the longest and the minutes are there.
        var before = new SortedSet<int>();
        List<(AgendaPart, int)> Parts(IEnumerable<int> pauses)
        {
            List<(AgendaPart, int)> list = [(AgendaPart.SamenKaart, map), (AgendaPart.Ambitie, ambition), (AgendaPart.Afspraken, agreements), (AgendaPart.Afsluiting, close)];
            foreach (var k in pauses.OrderDescending())
                list.Insert(k, (AgendaPart.Pauze, PauseMinutes));
            return list;
        }
        int Longest(IEnumerable<int> pauses) => Stretches(sincePause, Parts(pauses)).Max();
        while (paused && Longest(before) > LongestStretch && (grows || ambitionSpare + mapSpare >= PauseMinutes))
        {
            var best = Enumerable.Range(0, 3).Where(k => !before.Contains(k)).DefaultIfEmpty(-1).MinBy(k => k < 0 ? int.MaxValue : Longest(before.Append(k)));
            if (best < 0 || Longest(before.Append(best)) >= Longest(before))
                break;
            Give(PauseMinutes);
            before.Add(best);
        }
        // What the ambition, then the map, can still spare after the pauses goes to "Wie doet wat", up to its wanted minutes, a step
        // at a time while no stretch of work grows past the longest; the meeting keeps its length.
        var longest = Math.Max(LongestStretch, Longest(before));
        while (agreements < RoundUp(AgreementsWanted * parties) && (ambitionSpare > 0 || mapSpare > 0))
        {
            var (a, m) = ambitionSpare > 0 ? (Step, 0) : (0, Step);
            (ambition, map, agreements) = (ambition - a, map - m, agreements + Step);
            if (Longest(before) > longest)
            {
                (ambition, map, agreements) = (ambition + a, map + m, agreements - Step);
                break;
            }
            (ambitionSpare, mapSpare) = (ambitionSpare - a, mapSpare - m);
        }
        return Parts(before);
    }

    /// <summary>The minutes of work between pauses, the first counted from <paramref name="sincePause"/> minutes already worked.</summary>
    private static IEnumerable<int> Stretches(int sincePause, IEnumerable<(AgendaPart Part, int Minutes)> parts)
    {
        var stretch = sincePause;
        foreach (var (part, minutes) in parts)
        {
            if (part != AgendaPart.Pauze)
            {
                stretch += minutes;
                continue;
            }
            yield return stretch;
            stretch = 0;
        }
        yield return stretch;
    }

    /// <summary>Minutes from the start to the end of the last pause among these parts; 0 without one.</summary>
    private static int LastPauseEnd(List<(AgendaPart Part, int Minutes)> parts)
    {
        var last = parts.FindLastIndex(p => p.Part == AgendaPart.Pauze);
        return last < 0 ? 0 : parts.Take(last + 1).Sum(p => p.Minutes);
    }

    private static int RoundUp(int minutes) => (minutes + Step - 1) / Step * Step;

    /// <summary>The session's start time, when its date carries one.</summary>
    private static TimeOnly? StartOf(SessieDatum? datum) => datum?.Date is null ? null : datum.Time;
}
