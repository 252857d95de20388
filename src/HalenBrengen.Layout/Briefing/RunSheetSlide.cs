using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// The parts after the round on one page, to run them from the printed booklet (a reader: how to run the map, the ambition and
/// the agreements stood only in the deck's notes): each part with its times, the deck's questions each with where its answers go
/// (the same words as the slides) and its minutes, the hidden themes' slide for where the search stalls, then the ambition and "Wie doet wat".
/// </summary>
internal static class RunSheetSlide
{
    public static SlidePlan Plan(PlanContext c, Coalition coalition, CoalitionAnalysis analysis, RoundChanges? changes, BriefingTexts t)
    {
        var s = c.Words.Session;
        var agenda = Agenda.Of(coalition);
        // Each question with its minutes, as its slide in the deck says them (a reader: the printed page alone should run the part).
        var minutes = QuestionSlides.Minutes(PlanContext.Session(c.Look, c.Language), analysis, changes, agenda);
        // The question in bold, what follows it not: the page is read at a glance while the room works (a reader: give each question its line).
        TextParagraph Timed(string question, string work) =>
            t.RunQuestion.Fill(question, minutes.FirstOrDefault(m => m.Title == question).Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture), work) is var line
            && line.StartsWith(question, StringComparison.Ordinal)
                ? new([new TextRun(question, true), new TextRun(line[question.Length..])], Bullet: true, SpaceBeforeEm: 0.4) : Line(line);
        TextParagraph Head(AgendaPart part) => agenda.Items.FirstOrDefault(i => i.Part == part) is { } item
            ? new([new TextRun(AgendaSlides.Time(agenda, item.StartMinute, item.EndMinute, s) + "  ", true, c.Colours.Accent), new TextRun(AgendaSlides.Part(agenda, item, s), true)], SpaceBeforeEm: 0)
            : new([new TextRun(s.AgendaParts[part], true)], SpaceBeforeEm: 0);
        static TextParagraph Line(string text) => new([new TextRun(text)], Bullet: true, SpaceBeforeEm: 0.4);
        var balance = QuestionSlides.BalanceWork(s, coalition.Partners.Count, agenda);
        // One flow over two columns, parted where both hold their share at the smallest size, at a heading where one does (with each
        // question's minutes the map's part no longer fits the left column alone).
        List<TextParagraph> flow =
        [
            Head(AgendaPart.SamenKaart),
            .. s.Questions.Zip(s.QuestionsWork, Timed),
            Line(t.RunThemes),
            new([new TextRun(t.RunBalance, true)], SpaceBeforeEm: 0.8),
            .. s.BalanceQuestions.Zip(balance, Timed),
            Head(AgendaPart.Ambitie) with { SpaceBeforeEm = 1 },
            .. t.RunAmbition.Select(Line),
            Head(AgendaPart.Afspraken) with { SpaceBeforeEm = 1 },
            .. t.RunAgreements.Select(Line),
            // Where the krachtenveld proposes nothing, said (three readers looked for the proposals' page at 16 and 24 partners).
            .. coalition.Activiteiten.Count == 0 ? [Line(t.RunNoProposals)] : Array.Empty<TextParagraph>(),
        ];
        var title = agenda.TwoMeetings ? t.RunTitleTwo : t.RunTitle;
        var body = Slides.Frame(c, title).Body;
        var (left, right) = (Columns.Of(body, 0, 2, c.Page.Gap), Columns.Of(body, 1, 2, c.Page.Gap));
        // Parted where the two columns share the largest size (a reader found the page at 14 pt with half its right column empty), at a
        // heading before between two lines of a part, and on a tie the later.
        double Size(int k) => Columns.SharedSize(c, [(flow[..k], left), (flow[k..], right)], c.Scale.BodyMax, c.Scale.BodyMin) ?? 0;
        var split = Enumerable.Range(1, flow.Count - 1).Where(k => !flow[k].Bullet || flow[k - 1].Bullet).Select(k => (At: k, Size: Size(k)))
            .Where(x => x.Size > 0).OrderByDescending(x => x.Size).ThenBy(x => flow[x.At].Bullet).ThenByDescending(x => x.At).Select(x => x.At).FirstOrDefault();
        if (split == 0)
            split = flow.FindIndex(p => p.Runs[0].Text == t.RunBalance);
        // The right column starts without space above it.
        IReadOnlyList<TextParagraph> second = [flow[split] with { SpaceBeforeEm = 0 }, .. flow[(split + 1)..]];
        return Columns.Page(c, title, [flow[..split], second], t.RunNotes, c.Words.Shapes.RunSheet);
    }
}
