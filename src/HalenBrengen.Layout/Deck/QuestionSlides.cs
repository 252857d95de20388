using HalenBrengen.Core.Analysis;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// Open questions to the group that name no partner, one to a slide, and the subjects that come back with
/// more than one partner, as words offered to check: the group finds the overlaps itself and decides (METHOD.md).
/// </summary>
internal static class QuestionSlides
{
    /// <summary>The themes a room can take in at once, the most shared first; the briefing lists them all.</summary>
    public const int ThemesShown = 8;

    /// <summary>
    /// The questions, the first with the time they share in its notes: the map's part of the agenda without the half minute a party its
    /// slides take, shared over the questions, so the facilitator chooses beforehand which to take wide and which short (readers: seven
    /// questions in half an hour, nowhere said).
    /// </summary>
    /// <param name="agenda">The session's agenda: the minutes of building the map together, and so how the balance is asked.</param>
    public static IEnumerable<SlidePlan> Plan(PlanContext c, CoalitionAnalysis analysis, SessionTexts t, ValueLabels labels, RoundChanges? changes, Agenda agenda)
    {
        var partners = analysis.Matrix.Partners.Count;
        var slides = All(c, analysis, t, labels, changes, BalanceWork(t, partners, agenda)).ToList();
        if (slides.Count == 0)
            return slides;
        // The questions the show shows: the hidden themes' slide is none of them.
        var shown = slides.Count(s => !s.Hidden);
        var forQuestions = Math.Max(shown, Minutes(agenda, partners));
        slides[0] = slides[0] with { Notes = t.QuestionsTime.Fill(shown, forQuestions, Math.Max(1, forQuestions / shown)) + " " + slides[0].Notes };
        return Timed(c, slides, t, forQuestions);
    }

    /// <summary>
    /// What each question weighs in the time: who can bring what another needs most, the core of the session, then where interests
    /// meet, then the balance, each of its three alike (two readers: seven questions at four minutes each left the core question four
    /// minutes; every reader of a later session: two minutes for whether the right parties sit at the table, and for whether everyone
    /// feels an equal partner, read out from every party's note, is too short for the method's heart). In the order of
    /// <see cref="SessionTexts.Questions"/> and then <see cref="SessionTexts.BalanceQuestions"/>; a visible slide without a share counts as one.
    /// </summary>
    private static readonly double[] QuestionShares = [2, 3, 1], BalanceShares = [1.5, 1.5, 1.5];

    /// <summary>The minutes the core question, who can bring what another needs, has at least where its part holds them.</summary>
    public const int CoreLeast = 12;

    /// <summary>
    /// Each question's share of the minutes on its label ("Waar belangen elkaar raken · 1/3 · ca. 9 min"), whole minutes that add up
    /// to the part's, the largest remainders rounded up; a slide without a label (the themes') takes its share unsaid.
    /// </summary>
    private static List<SlidePlan> Timed(PlanContext c, List<SlidePlan> slides, SessionTexts t, int minutes)
    {
        var whole = Whole(slides, t, minutes);
        var kicker = c.Words.Shapes.Kicker;
        return slides.Select((s, i) => s with
        {
            Elements = s.Elements.Select(e => e is TextElement { Name: var n } k && n == kicker
                ? k with { Paragraphs = [k.Paragraphs[0] with { Runs = [k.Paragraphs[0].Runs[0] with { Text = t.QuestionMinutes.Fill(k.Paragraphs[0].Text, whole[i]) }] }] } : e).ToList(),
        }).ToList();
    }

    /// <summary>Each question slide's whole minutes, in their order: its share of <paramref name="minutes"/>, none for a hidden one.</summary>
    private static List<int> Whole(List<SlidePlan> slides, SessionTexts t, int minutes)
    {
        // A hidden slide takes no minutes: the show passes over it.
        double Share(SlidePlan s) => s.Hidden ? 0 : t.Questions.ToList().IndexOf(s.TitleText) is var q and >= 0 && q < QuestionShares.Length ? QuestionShares[q]
            : t.BalanceQuestions.ToList().IndexOf(s.TitleText) is var b and >= 0 && b < BalanceShares.Length ? BalanceShares[b] : 1;
        var shares = slides.Select(Share).ToList();
        var exact = shares.Select(s => minutes * s / shares.Sum()).ToList();
        // The core question twelve minutes at least where the part holds that and two minutes for each other question (two readers:
        // at 24 partners it had ten minutes, less than at 16; a quarter of an hour left the balance two minutes a question); the others
        // share the rest as they weigh.
        var core = slides.FindIndex(s => s.TitleText == t.Questions[1]);
        if (core >= 0 && exact[core] < CoreLeast && minutes - CoreLeast >= 2 * (slides.Count(s => !s.Hidden) - 1))
        {
            var rest = shares.Sum() - shares[core];
            exact = shares.Select((s, i) => i == core ? CoreLeast : (minutes - CoreLeast) * s / rest).ToList();
        }
        var whole = exact.Select((e, i) => slides[i].Hidden ? 0 : Math.Max(1, (int)Math.Floor(e))).ToList();
        foreach (var i in Enumerable.Range(0, slides.Count).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).Take(Math.Max(0, minutes - whole.Sum())))
            whole[i]++;
        return whole;
    }

    /// <summary>
    /// The minutes each question of the map's part has, by its title, as the session deck's slides say them (the briefing's run sheet
    /// gives them too, so the printed page alone runs the part; a reader). A question over two slides has each one's.
    /// </summary>
    public static IReadOnlyList<(string Title, int Minutes)> Minutes(PlanContext c, CoalitionAnalysis analysis, RoundChanges? changes, Agenda agenda)
    {
        var t = c.Words.Session;
        var partners = analysis.Matrix.Partners.Count;
        var slides = All(c, analysis, t, c.Words.Values, changes, BalanceWork(t, partners, agenda)).ToList();
        var whole = Whole(slides, t, Math.Max(slides.Count(s => !s.Hidden), Minutes(agenda, partners)));
        return slides.Select((s, i) => (s.TitleText, whole[i])).Where((_, i) => !slides[i].Hidden).ToList();
    }

    /// <summary>
    /// The minutes the map's questions share: building the map together in the agenda, without a quarter of a minute a party for its
    /// slides, read out at the pace of a slide a minute (a reader took half a minute a party, at 24 partners twelve minutes unlabelled,
    /// for unplanned time the balance questions lacked).
    /// </summary>
    public static int Minutes(Agenda agenda, int partners) => agenda.Items.Where(i => i.Part == AgendaPart.SamenKaart).Sum(i => i.Minutes) - partners / 4;

    private static IEnumerable<SlidePlan> All(PlanContext c, CoalitionAnalysis analysis, SessionTexts t, ValueLabels labels, RoundChanges? changes, IReadOnlyList<string> work)
    {
        // With an earlier round: what changed since, asked of the whole group; the same questions whatever changed.
        if (changes is not null)
        {
            var changed = c.Words.Changes;
            foreach (var slide in Slides.List(c, changed.QuestionsTitle,
                         changed.Questions.Select((q, i) => new TextParagraph([new TextRun(q)], Bullet: true, SpaceBeforeEm: i == 0 ? 0 : 0.5)).ToList(),
                         changed.QuestionsNotes, t.Continued, c.Words.Shapes.SinceLastTime))
                yield return slide;
        }
        // The same questions whatever the analysis found: a question asked only when something is wrong would tell the room.
        // A question a slide: where the partners meet, then whether the whole is in balance. The shared
        // subjects stand between them, hidden, to offer only where the group's own search for its overlaps stalls.
        foreach (var slide in Questions(c, t.QuestionsTitle, t.QuestionsKicker, t.Questions, t.QuestionsWork, t.QuestionsNotes))
            yield return slide;
        foreach (var slide in Themes(c, analysis, t, labels))
            yield return slide;
        foreach (var slide in Questions(c, t.BalanceTitle, t.BalanceKicker, t.BalanceQuestions, work, t.BalanceNotes))
            yield return slide;
    }

    /// <summary>Above this many partners the balance questions are answered by hands, not a round of every party.</summary>
    public const int ManyPartners = 12;

    /// <summary>
    /// How each balance question is answered: in turn, a minute a party, when a question's share of the map's time holds that; else,
    /// and always above <see cref="ManyPartners"/> partners, on sticky notes (readers: a round of 24 per question takes the part's whole
    /// time; "ieder om de beurt" for seven with some three minutes a question is a promise the agenda cannot keep).
    /// </summary>
    public static IReadOnlyList<string> BalanceWork(SessionTexts t, int partners, Agenda agenda) =>
        InTurn(t, partners, agenda) ? t.BalanceWork : t.BalanceWorkMany;

    /// <summary>Whether the balance questions go round every party: at most <see cref="ManyPartners"/>, and a minute a party within a question's share of the time.</summary>
    public static bool InTurn(SessionTexts t, int partners, Agenda agenda) =>
        partners <= ManyPartners && Minutes(agenda, partners) / (t.Questions.Count + 1 + t.BalanceQuestions.Count) >= partners;

    /// <summary>The largest a slide's one line stands in its middle (the pause's times): read from the back of the room.</summary>
    public const double QuestionMax = 36;

    /// <summary>The largest a question is set as its slide's title: the one idea of the slide, the largest text on it.</summary>
    public const double QuestionTitleMax = 48;

    /// <summary>The part's name above the question: smaller than the question, so the question is what the room reads.</summary>
    public const double KickerPt = 28;

    /// <summary>The line under a question saying how the group works on it: smaller than the question, read from the back all the same.</summary>
    public const double WorkingPt = 28;

    /// <summary>The line under a pause's or a meeting's end's title: as large as the working line (two readers: at 24 pt on the accent
    /// it was the weakest text of the deck).</summary>
    public const double NextPt = 28;

    /// <summary>One question asked of the room on a slide of its own, as the map's are: its part above it, how the group works on it under it.</summary>
    public static IEnumerable<SlidePlan> Asked(PlanContext c, string label, string question, string work, string notes) =>
        Questions(c, question, label, [question], [work], notes);

    /// <summary>
    /// One question a slide, the question itself the slide's title, large in its middle, and the part it belongs to as a label with
    /// the question's place ("Waar belangen elkaar raken · 1/3") smaller above it (a question over the question asked two at once, a reader): the facilitator asks them one by one, three on a slide are read
    /// ahead of the talk, and a question under a larger repeated heading reads as a footnote (fresh readers, twice). Right under
    /// the question, one block with it, one line says how the group works on it and where its notes go (two readers asked for it:
    /// a question alone leaves the room waiting for the facilitator to say what now; in a grey band at the slide's foot it sat
    /// where heads hide it in a flat room, a later reader).
    /// </summary>
    private static IEnumerable<SlidePlan> Questions(PlanContext c, string title, string label, IReadOnlyList<string> questions, IReadOnlyList<string> work, string notes)
    {
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            var frame = Slides.Frame(c, title);
            var paragraph = Slides.Title(c, question, c.Colours.Ink);
            var place = label.Fill((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), questions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var kicker = new TextParagraph([new TextRun(place, true, c.Colours.Accent)], SpaceBeforeEm: 0);
            var kickerBox = c.Page.TitleBox with { Height = Slides.Lines(c, 1, KickerPt) };
            var line = i < work.Count ? work[i] : "";
            var withWork = line.Length > 0;
            var working = new TextParagraph([new TextRun(line, false, c.Colours.Ink)], SpaceBeforeEm: 0);
            var (workingHeight, gap) = withWork ? (Slides.Height(c, [working], frame.Body.Width, WorkingPt), Emu.FromMm(6)) : (new Emu(0), new Emu(0));
            var room = frame.Body with { Y = kickerBox.Bottom, Height = frame.Body.Bottom - kickerBox.Bottom };
            // In the middle of the slide, where a question asked of the room stands; one too long for that goes on as any list does.
            if (c.Text.Fits([kicker], kickerBox, KickerPt) && c.Text.LargestFit([paragraph], room with { Height = room.Height - workingHeight - gap }, QuestionTitleMax, c.Scale.TitleMin) is { } size)
            {
                var questionHeight = Slides.Height(c, [paragraph], room.Width, size);
                var questionBox = room with { Y = room.Y + (room.Height - questionHeight - gap - workingHeight) / 2, Height = questionHeight };
                yield return Slides.OnAccent(c, new SlidePlan(SlideLayoutKind.Inhoud, Slides.Element(c, questionBox, paragraph, size, c.Colours.Ink, anchor: Anchor.Bottom),
                    [new TextElement(kickerBox, [kicker], KickerPt, c.Colours.Accent, Name: c.Words.Shapes.Kicker),
                     .. withWork ? [new TextElement(room with { Y = questionBox.Bottom + gap, Height = workingHeight }, [working], WorkingPt, c.Colours.Ink, Name: c.Words.Shapes.WorkingLine)] : Array.Empty<SlideElement>()], notes));
            }
            else
                foreach (var slide in Slides.List(c, title, withWork ? [paragraph, working with { SpaceBeforeEm = 0.8 }] : [paragraph], notes, c.Words.Session.Continued, c.Words.Shapes.Questions, maxPt: QuestionMax))
                    yield return Slides.OnAccent(c, slide);
        }
    }

    /// <summary>
    /// The subjects two or more partners share, as chips, most shared first: three or more, or none. With
    /// fewer the slide asks the group to name them (an open question, no chips): two words on a slide
    /// would look like the facilitator's conclusion, not an offer.
    /// </summary>
    private static string Capitalised(string word) =>
        word.Length == 0 ? word : char.ToUpper(word[0], System.Globalization.CultureInfo.InvariantCulture) + word[1..];

    private static IEnumerable<SlidePlan> Themes(PlanContext c, CoalitionAnalysis analysis, SessionTexts t, ValueLabels labels)
    {
        // Every chip starts with a capital ("Post" beside "Capaciteit en menskracht"): display only, the briefing keeps its own style.
        var words = ThemeWords.Shown(analysis, labels).OrderByDescending(t => t.Theme.Partners.Count).Select(t => Capitalised(t.Label)).Take(ThemesShown).ToList();
        // Hidden, in reserve where it would stand: the slide show passes over it, and the facilitator shows it only where the group's
        // own search for overlaps stalls (every reader of two rounds: projected, the tool names the common ground for the group).
        if (words.Count >= MinimumThemes && ThemeChips(c, t, words) is { } chips)
        {
            yield return chips with { Hidden = true };
            yield break;
        }
        var question = new TextParagraph([new TextRun(t.ThemesOpenQuestion, false, c.Colours.Ink)], SpaceBeforeEm: 0);
        foreach (var slide in Slides.List(c, t.ThemesOpenTitle, [question], t.ThemesOpenNotes, t.Continued, c.Words.Shapes.Question))
            yield return slide;
    }

    /// <summary>Fewer shared subjects than this and the slide asks instead of offering them.</summary>
    public const int MinimumThemes = 3;

    /// <summary>As many themes as fit (at least three) as chips at a size larger than the question under them.</summary>
    private static SlidePlan? ThemeChips(PlanContext c, SessionTexts t, IReadOnlyList<string> words)
    {
        var frame = Slides.Frame(c, t.ThemesTitle);
        var question = new TextParagraph([new TextRun(t.ThemesQuestion, false, c.Colours.Ink)], SpaceBeforeEm: 0);
        var questionSize = c.Text.LargestFit([question], frame.Body with { Height = Emu.FromMm(40) }, c.Scale.BodyMax, c.Scale.BodyMin) ?? c.Scale.BodyMin;
        var questionHeight = Emu.FromPt(c.Text.Height([question], TextLayout.Inner(frame.Body.Width, TextLayout.InsetX), questionSize) + 2) + TextLayout.InsetY * 2;
        var questionBox = new Rect(frame.Body.X, frame.Body.Bottom - questionHeight, frame.Body.Width, questionHeight);
        var chipArea = frame.Body with { Height = questionBox.Y - frame.Body.Y - Emu.FromMm(6) };
        for (var count = words.Count; count >= MinimumThemes; count--)
        {
            for (var size = c.Scale.TitleMin - 2; size >= Math.Min(questionSize + 2, c.Scale.TitleMin - 2); size -= 2)
            {
                if (Chips.Flow(c, chipArea, words.Take(count).ToList(), size, Emu.FromMm(5), c.Colours.Light, c.Colours.Accent) is { } chips)
                    return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title,
                        [.. chips, new TextElement(questionBox, [question], questionSize, c.Colours.Ink, Name: c.Words.Shapes.Question)], t.ThemesNotes);
            }
        }
        return null;
    }
}
