using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Core.Tests.Support;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Core.Tests.Analysis;

/// <summary>
/// The matching held to a judged set (MatchJudgement/README.md): for every want, the offers of other
/// partners a facilitator accepts as an answer, or none (a true open need). Measured as a facilitator
/// meets the suggestions in the briefing:
/// - top-1 precision: of the wants whose first suggestion is strong (an arrow in the briefing), the share
///   where it is an accepted answer;
/// - top-3 recall: of the wants that have an answer at the table, the share with one among the first three
///   suggestions, strong or possible;
/// - open needs: the wants without a strong suggestion, against the wants nobody at the table can answer,
///   both ways (precision and recall).
/// The tuned coalitions must reach the issue's thresholds; the held-out ones (written by someone else,
/// not read by whoever tuned) are measured and must not fall far below.
/// </summary>
public sealed class MatchJudgementTests
{
    public static readonly string[] Tuned =
        ["voorbeeld.oordeel.json", "buurt-veilig-west.json", "energie-coop-rivierenland.json", "jeugd-onderwijs-noordrand.json"];

    public static readonly string[] HeldOut = ["heldout/zorg-thuis-oost.json", "heldout/cultuur-en-sport-dorp.json"];

    /// <summary>
    /// Written by someone who read no code and no other coalition of this set, after the matching was last tuned; its
    /// texts are never printed (only its figures), so whoever tunes the matching next cannot tune to its words.
    /// </summary>
    public static readonly string[] Unseen = ["unseen/werk-en-inkomen-havenstad.json", "unseen/water-en-groen-polder.json"];

    /// <summary>
    /// Written the same way after the rules a helper drew from the unseen set's misses (described by how they fail, never
    /// by their words) were built: measured once before and once after those rules, never read by anyone who tunes.
    /// </summary>
    public static readonly string[] Unseen2 = ["unseen2/mantelzorg-en-dementie-lindeveld.json", "unseen2/binnenstad-cultuur-zwolburg.json"];

    /// <summary>
    /// Written the same way on 2026-12-06 (newcomers in a town; a region's short food chain), before the related words of the
    /// concept list were kept: measured once without them and once with them, never read by anyone who tunes.
    /// </summary>
    public static readonly string[] Unseen3 = ["unseen3/nieuwkomers-meerstad.json", "unseen3/korte-keten-vallei.json"];

    /// <summary>
    /// Written the same way on 2026-12-06 (getting around in a rural region; a circular business park) while the related words
    /// were widened field by field: measured once before and once after that, never read by anyone who tunes.
    /// </summary>
    public static readonly string[] Unseen4 = ["unseen4/bereikbaar-platteland.json", "unseen4/circulair-bedrijventerrein.json"];

    /// <summary>What issue 20 asks: top-1 precision, top-3 recall, open needs both ways.</summary>
    public const double Top1 = .85, Top3 = .90, OpenBothWays = .80;

    /// <summary>
    /// What the matching reaches today (README, 'Hoe goed zijn de suggesties?'), a little below the figures measured
    /// on 2026-12-05 and 2026-12-06: a change that makes the suggestions worse fails here. The issue's thresholds above are not reached
    /// yet; <see cref="Report"/> prints both.
    /// </summary>
    private static readonly Floors TunedFloor = new(.93, .68, .43, .97, .25), HeldOutFloor = new(.72, .72, .30, .90, .38),
        UnseenFloor = new(.57, .84, .42, .83, .19), Unseen2Floor = new(.52, .64, .42, .83, .19),
        Unseen3Floor = new(.45, .40, .38, .90, .08), Unseen4Floor = new(.48, .62, .38, .80, .08);

    /// <param name="Guesses">The guesses' precision: 25 % and 44 % measured once a mere shared word no longer makes a guess (23 % and 40 % before).</param>
    private sealed record Floors(double Top1, double Top3, double OpenPrecision, double OpenRecall, double Guesses);

    [Fact]
    public void On_the_tuned_coalitions_the_suggestions_do_not_fall_below_what_was_measured()
    {
        var score = Score(Tuned);
        Assert.True(score.Wants >= 60, $"{score.Wants} judged wants");
        Report(score, TunedFloor);
    }

    [Fact]
    public void On_the_held_out_coalitions_the_suggestions_do_not_fall_below_what_was_measured()
    {
        var score = Score(HeldOut);
        Assert.True(score.Wants >= 40, $"{score.Wants} judged wants");
        Report(score, HeldOutFloor);
    }

    /// <summary>The sets nobody who tunes has read, by name, with their files and floors.</summary>
    public static TheoryData<string> UnseenSets => ["unseen", "unseen2", "unseen3", "unseen4"];

    [Theory]
    [MemberData(nameof(UnseenSets))]
    public void On_an_unseen_set_the_suggestions_do_not_fall_below_what_was_measured_and_its_texts_are_never_shown(string set)
    {
        var (files, floor) = set switch
        {
            "unseen" => (Unseen, UnseenFloor),
            "unseen2" => (Unseen2, Unseen2Floor),
            "unseen3" => (Unseen3, Unseen3Floor),
            _ => (Unseen4, Unseen4Floor),
        };
        var score = Score(files, quiet: true);
        Assert.True(score.Wants >= 50, $"{score.Wants} judged wants");
        Report(score, floor);
    }

    private static void Report(Figures score, Floors floor)
    {
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"issue 20 asks top-1 ≥ {Top1:P0}, top-3 ≥ {Top3:P0}, open needs ≥ {OpenBothWays:P0} both ways; "
            + $"reached: {(score.Top1Precision >= Top1 && score.Top3Recall >= Top3 && score.OpenPrecision >= OpenBothWays && score.OpenRecall >= OpenBothWays ? "yes" : "not yet")}"));
        Assert.True(score.Top1Precision >= floor.Top1, score.ToString());
        Assert.True(score.Top3Recall >= floor.Top3, score.ToString());
        Assert.True(score.OpenPrecision >= floor.OpenPrecision, score.ToString());
        Assert.True(score.OpenRecall >= floor.OpenRecall, score.ToString());
        Assert.True(score.GuessPrecision >= floor.Guesses, score.ToString());
    }

    public sealed record Figures(int Wants, int StrongFirst, int StrongFirstRight, int Answerable, int InTop3, int FirstRight,
        int ReportedOpen, int TrulyOpen, int OpenBoth, int Guessed = 0, int GuessedRight = 0)
    {
        /// <summary>Of the wants without a strong suggestion that name a guess ("misschien"), the share where it is an accepted answer.</summary>
        public double GuessPrecision => Ratio(GuessedRight, Guessed);
        public double Top1Precision => Ratio(StrongFirstRight, StrongFirst);
        public double Top3Recall => Ratio(InTop3, Answerable);
        public double OpenPrecision => Ratio(OpenBoth, ReportedOpen);
        public double OpenRecall => Ratio(OpenBoth, TrulyOpen);

        private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Wants} wants: top-1 precision {Top1Precision:P0} ({StrongFirstRight}/{StrongFirst} strong firsts), top-3 recall {Top3Recall:P0} ({InTop3}/{Answerable}), "
            + $"first suggestion right {Ratio(FirstRight, Answerable):P0} of answerable, open needs precision {OpenPrecision:P0} ({OpenBoth}/{ReportedOpen}), recall {OpenRecall:P0} ({OpenBoth}/{TrulyOpen}), "
            + $"guesses ('misschien') right {GuessPrecision:P0} ({GuessedRight}/{Guessed})");
    }

    private static Figures Score(IReadOnlyList<string> files, bool quiet = false)
    {
        var output = TestContext.Current.TestOutputHelper;
        var total = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);
        foreach (var file in files)
        {
            var (partners, judged) = Load(file);
            var set = Matching.Find(partners);
            var score = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);
            foreach (var (want, wanter, good) in judged)
            {
                var suggestions = set.For(want);
                bool Right(Match m) => good.Contains(m.Offer);
                var first = suggestions.FirstOrDefault();
                var strongFirst = first?.IsStrong == true;
                var open = good.Count == 0;
                var guess = strongFirst ? null : set.Suggested(want).FirstOrDefault();
                score = score with
                {
                    Wants = score.Wants + 1,
                    StrongFirst = score.StrongFirst + (strongFirst ? 1 : 0),
                    StrongFirstRight = score.StrongFirstRight + (strongFirst && Right(first!) ? 1 : 0),
                    Answerable = score.Answerable + (open ? 0 : 1),
                    InTop3 = score.InTop3 + (!open && suggestions.Take(3).Any(Right) ? 1 : 0),
                    FirstRight = score.FirstRight + (!open && first is not null && Right(first) ? 1 : 0),
                    ReportedOpen = score.ReportedOpen + (strongFirst ? 0 : 1),
                    TrulyOpen = score.TrulyOpen + (open ? 1 : 0),
                    OpenBoth = score.OpenBoth + (!strongFirst && open ? 1 : 0),
                    Guessed = score.Guessed + (guess is null ? 0 : 1),
                    GuessedRight = score.GuessedRight + (guess is not null && Right(guess) ? 1 : 0),
                };
                var wrong = strongFirst ? !Right(first!) : !open;
                if (!quiet && (wrong || (!open && !suggestions.Take(3).Any(Right))))
                    output?.WriteLine($"  {file}: {wanter.Naam} wil '{want.Text.Value}' → "
                        + (first is null ? "niets" : string.Join(" | ", suggestions.Take(3).Select(m =>
                            $"{(m.IsStrong ? "STERK" : "mogelijk")} {m.Score:0.00} {m.Bringer.Naam}: '{m.Offer.Text.Value}' [{string.Join("; ", m.Reasons.Select(r => $"{r.Concept}:{r.WantWord}↔{r.OfferWord}"))}]")))
                        + (open ? "  (goed: niemand)" : $"  (goed: {string.Join(" | ", good.Select(g => g.Text.Value))})"));
            }
            output?.WriteLine($"{file}: {score}");
            total = new Figures(total.Wants + score.Wants, total.StrongFirst + score.StrongFirst, total.StrongFirstRight + score.StrongFirstRight,
                total.Answerable + score.Answerable, total.InTop3 + score.InTop3, total.FirstRight + score.FirstRight,
                total.ReportedOpen + score.ReportedOpen, total.TrulyOpen + score.TrulyOpen, total.OpenBoth + score.OpenBoth,
                total.Guessed + score.Guessed, total.GuessedRight + score.GuessedRight);
        }
        output?.WriteLine($"all: {total}");
        return total;
    }

    /// <summary>The partners of a judged file and, per want, the offers judged an answer (none: a true open need).</summary>
    public static (IReadOnlyList<Partner> Partners, IReadOnlyList<(Item Want, Partner Wanter, IReadOnlySet<Item> Good)> Judged) Load(string file) =>
        JudgedCoalitions.Load(file, Repository.PathOf);
}
