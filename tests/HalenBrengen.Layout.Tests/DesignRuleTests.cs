using HalenBrengen.Layout.Posters;
using HalenBrengen.Layout.Rules;

namespace HalenBrengen.Layout.Tests;

/// <summary>
/// Every plan the generator makes — session deck, briefing, each poster — for the example and for
/// coalitions of 2, 5, 9, 16 and 24 partners (the example's partners repeated, and generated long texts),
/// in the house look and in two house styles, is held to every design rule. Plans only: no file is written,
/// so the whole matrix runs in seconds. Where the current design breaks a rule, the break is pinned below,
/// exactly: a new break fails, and so does one that is mended (then take it off the list).
/// </summary>
public sealed class DesignRuleTests
{
    /// <summary>The example and the example's partners repeated; <see cref="LongTextDesignRuleTests"/> runs the rest beside it.</summary>
    public static TheoryData<string> Coalitions => [.. Tests.Coalitions.All.Where(c => !c.Contains("lang", StringComparison.Ordinal))];

    /// <summary>
    /// The rules the current design breaks, and where: the design round that follows (issue 19) mends these.
    /// A map slide of 24 partners has tiles too small for their names at 20 pt, the session deck's table size
    /// a dense map's tiles take (the example's names, numbered, and the generated ones); the maps' tiles are
    /// not mirrored left and right of the centre (the work sheet with 3 tiles on one side, 4 on the other).
    /// </summary>
    private static readonly Dictionary<(string Coalition, string File, Rule Rule), int> Known = new()
    {
        // Where items of up to 400 characters would pass the bar on the grid, the longest cribs are read in plain order
        // (profile, then halen, then brengen, column after column): their "Wil halen" does not stand beside the profile.
        // (Round 9, 2026-12-06: the briefing on A4 and every crib at one size, going smaller together past the bar: the
        // briefing now keeps to its most slides everywhere (three gaps fewer), 27 cribs in plain order instead of 43, and
        // one guess of the 9 long ones named in one line where two would hold it. Sixth session: a dash between an offer's partner
        // and its words, a character shorter than ": ", keeps one more crib of 16 long dark ones on the grid. Tenth round: a word's
        // weight by its share of the offers, not fewer for a larger coalition, gives the generated words of 24 partners' 288 offers
        // the weight they have among 9 partners' (more sure suggestions: 16 of their longest cribs in plain order) and 9 long ones fewer.)
        // 2026-12-07: a crib on two pages of one grid, before the session and for the turn, with lines to write interventions on:
        // a crib that the grid would take past the bar is read in plain order on fewer pages, both pages' words column after column;
        // every first page of such a crib breaks the grid. 5 long ones now keep it; more of the longest 9, 16 and 24 do not; the
        // guess of the 9 long ones is now cut where one line holds it no more. Thirteenth session: the line under 'Vooraf even spreken
        // met' says it names the attention list's first three, shorter than the criteria it repeated; with it one more of the 24
        // long cribs is read in plain order (measured, not traced: the cribs take the room the first page and the overview leave).
        // 2026-12-07, evening: no reason quoted after a sure offer in a crib; three of the 9 long ones with marks, whose cribs give an
        // offer one line, now show it cut where two would hold it (the reason after it hid the cut from the rule before), and three
        // more of them are read in plain order.)
        [("9 lang", "briefing", Rule.BriefingCribOrder)] = 4,
        [("9 lang tekens+licht", "briefing", Rule.BriefingCribOrder)] = 9,
        [("9 lang tekens+licht", "briefing", Rule.BriefingWrapsBeforeCut)] = 3,
        [("16 lang", "briefing", Rule.BriefingCribOrder)] = 11,
        [("24 lang", "briefing", Rule.BriefingCribOrder)] = 20,
        [("16 lang+donker", "briefing", Rule.BriefingCribOrder)] = 13,
    };

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Every_plan_keeps_every_design_rule_but_the_known_gaps_of_the_current_design(string which) => AssertKnownGapsOnly(which);

    internal static void AssertKnownGapsOnly(string which)
    {
        var planned = Tests.Coalitions.Of(which);
        var found = new List<(string File, Violation Violation)>();
        found.AddRange(DesignRules.Check(planned.Session, planned.Coalition).Select(v => ("session", v)));
        found.AddRange(DesignRules.Check(planned.Briefing, planned.Coalition).Select(v => ("briefing", v)));
        foreach (var poster in planned.Posters)
            found.AddRange(DesignRules.Check(poster, planned.Coalition).Select(v => (File(poster), v)));

        var broken = found.GroupBy(f => (f.File, f.Violation.Rule)).ToDictionary(g => g.Key, g => g.Count());
        var known = Known.Where(k => k.Key.Coalition == which).ToDictionary(k => (k.Key.File, k.Key.Rule), k => k.Value);
        // Every difference at once, so a change that moves several gaps shows them all.
        var differences = broken.Where(b => known.GetValueOrDefault(b.Key) != b.Value)
            .Select(b => $"{which} {b.Key.File}: {b.Key.Rule} broken {b.Value} times ({known.GetValueOrDefault(b.Key)} known), first: " +
                found.First(f => f.File == b.Key.File && f.Violation.Rule == b.Key.Rule).Violation)
            .Concat(known.Where(k => !broken.ContainsKey(k.Key))
                .Select(k => $"{which} {k.Key.File}: {k.Key.Rule} is kept now ({k.Value} known breaks): take it off the list of known gaps")).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static string File(PosterPlan poster) => poster.Kind == PosterKind.Partner ? "poster " + poster.Partner!.Naam : poster.Kind.ToString();
}

/// <summary>The same rules for generated long texts, in a class of its own so the two halves run side by side.</summary>
public sealed class LongTextDesignRuleTests
{
    public static TheoryData<string> LongTexts => [.. Tests.Coalitions.All.Where(c => c.Contains("lang", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(LongTexts))]
    public void Long_texts_keep_every_design_rule_but_the_known_gaps(string which) => DesignRuleTests.AssertKnownGapsOnly(which);
}
