using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// The parts after the round on one page, to run them from the printed booklet (a reader: how to run the map, the ambition and
/// the agreements stood only in the deck's notes): each part with its times, the deck's questions each with where its answers go
/// (the same words as the slides), the themes after them, then the ambition and "Wie doet wat".
/// </summary>
internal static class RunSheetSlide
{
    public static SlidePlan Plan(PlanContext c, Coalition coalition, BriefingTexts t)
    {
        var s = c.Words.Session;
        var agenda = Agenda.Of(coalition);
        TextParagraph Head(AgendaPart part) => agenda.Items.FirstOrDefault(i => i.Part == part) is { } item
            ? new([new TextRun(AgendaSlides.Time(agenda, item.StartMinute, item.EndMinute, s) + "  ", true, c.Colours.Accent), new TextRun(AgendaSlides.Part(agenda, item, s), true)], SpaceBeforeEm: 0)
            : new([new TextRun(s.AgendaParts[part], true)], SpaceBeforeEm: 0);
        static TextParagraph Line(string text) => new([new TextRun(text)], Bullet: true, SpaceBeforeEm: 0.4);
        var balance = QuestionSlides.BalanceWork(s, coalition.Partners.Count, agenda);
        IReadOnlyList<TextParagraph> map =
        [
            Head(AgendaPart.SamenKaart),
            .. s.Questions.Zip(s.QuestionsWork, (q, w) => Line(t.RunQuestion.Fill(q, w))),
            Line(t.RunThemes),
            .. s.BalanceQuestions.Zip(balance, (q, w) => Line(t.RunQuestion.Fill(q, w))),
        ];
        IReadOnlyList<TextParagraph> rest =
        [
            Head(AgendaPart.Ambitie),
            .. t.RunAmbition.Select(Line),
            Head(AgendaPart.Afspraken) with { SpaceBeforeEm = 1 },
            .. t.RunAgreements.Select(Line),
        ];
        return Columns.Page(c, agenda.TwoMeetings ? t.RunTitleTwo : t.RunTitle, [map, rest], t.RunNotes, c.Words.Shapes.RunSheet);
    }
}
