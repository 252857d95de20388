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
        string Timed(string question, string work) =>
            t.RunQuestion.Fill(question, minutes.FirstOrDefault(m => m.Title == question).Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture), work);
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
            .. s.Questions.Zip(s.QuestionsWork, (q, w) => Line(Timed(q, w))),
            Line(t.RunThemes),
            new([new TextRun(t.RunBalance, true)], SpaceBeforeEm: 0.8),
            .. s.BalanceQuestions.Zip(balance, (q, w) => Line(Timed(q, w))),
            Head(AgendaPart.Ambitie) with { SpaceBeforeEm = 1 },
            .. t.RunAmbition.Select(Line),
            Head(AgendaPart.Afspraken) with { SpaceBeforeEm = 1 },
            .. t.RunAgreements.Select(Line),
        ];
        var title = agenda.TwoMeetings ? t.RunTitleTwo : t.RunTitle;
        var body = Slides.Frame(c, title).Body;
        var (left, right) = (Columns.Of(body, 0, 2, c.Page.Gap), Columns.Of(body, 1, 2, c.Page.Gap));
        bool Parts(int k) => k > 0 && c.Text.Fits(flow[..k], left, c.Scale.BodyMin) && c.Text.Fits(flow[k..], right, c.Scale.BodyMin);
        var splits = Enumerable.Range(1, flow.Count - 1).Reverse().ToList();
        var split = splits.Where(k => !flow[k].Bullet).FirstOrDefault(Parts) is var at and > 0 ? at : splits.FirstOrDefault(k => Parts(k) && flow[k - 1].Bullet);
        if (split == 0)
            split = flow.FindIndex(p => p.Runs[0].Text == t.RunBalance);
        // The right column starts without space above it.
        IReadOnlyList<TextParagraph> second = [flow[split] with { SpaceBeforeEm = 0 }, .. flow[(split + 1)..]];
        return Columns.Page(c, title, [flow[..split], second], t.RunNotes, c.Words.Shapes.RunSheet);
    }
}
