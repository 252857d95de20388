using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Layout.Deck;

/// <summary>Title, purpose and ground rules, agenda with the order of the parties.</summary>
internal static class SessionSlides
{
    public static IEnumerable<SlidePlan> Plan(Coalition coalition, Agenda agenda, DeckTexts t)
    {
        yield return Title(coalition, t);
        foreach (var slide in Purpose(coalition, t)) yield return slide;
        foreach (var slide in AgendaSlides(coalition, agenda, t)) yield return slide;
    }

    private static SlidePlan Title(Coalition coalition, DeckTexts t)
    {
        var s = coalition.Samenwerking;
        var lines = new List<TextParagraph>();
        if (s.Naam is { } naam)
            lines.Add(new TextParagraph([new TextRun(naam.Value, true, DeckTheme.Ink)], SpaceBeforeEm: 0));
        var details = new List<string>();
        if (s.Datum is { } datum)
            details.Add(datum.Date is { } d ? d.ToString(t.Language == Language.Nl ? "d MMMM yyyy" : "MMMM d, yyyy", CultureInfo.GetCultureInfo(t.Language == Language.Nl ? "nl-NL" : "en-GB")) : datum.Text);
        if (s.Begeleider is { } begeleider)
            details.Add($"{t.Facilitator}: {begeleider.Value}");
        if (details.Count > 0)
            lines.Add(new TextParagraph([new TextRun(string.Join(" · ", details), false, DeckTheme.Muted)]));
        var box = new Rect(DeckTheme.Margin, Emu.FromMm(100), DeckTheme.BodyBox.Width, Emu.FromMm(50));
        var size = TextLayout.LargestFit(lines, box, 26, DeckTheme.BodyMin) ?? DeckTheme.BodyMin;
        IReadOnlyList<SlideElement> elements = lines.Count == 0 ? [] : [new TextElement(box, lines, size, DeckTheme.Ink, Name: "Samenwerking")];
        return new SlidePlan(SlideLayoutKind.Titel, s.Krantenkop?.Value ?? t.NoHeadline, elements, t.TitleNotes);
    }

    private static IEnumerable<SlidePlan> Purpose(Coalition coalition, DeckTexts t)
    {
        var paragraphs = new List<TextParagraph>();
        if (coalition.Samenwerking.Opgave is { } opgave)
            paragraphs.Add(new TextParagraph([new TextRun(opgave.Value, false, DeckTheme.Ink)], SpaceBeforeEm: 0));
        paragraphs.Add(new TextParagraph([new TextRun(t.PurposeText, false, DeckTheme.Muted)]));
        paragraphs.AddRange(t.GroundRules.Select(rule => new TextParagraph([new TextRun(rule, true)], Bullet: true, SpaceBeforeEm: 0.4)));
        return SlideKit.List(t.PurposeTitle, DeckTheme.BodyBox, paragraphs, t.PurposeNotes, t);
    }

    private static IEnumerable<SlidePlan> AgendaSlides(Coalition coalition, Agenda agenda, DeckTexts t)
    {
        var left = SlideKit.Column(DeckTheme.BodyBox, 0, 2, Emu.FromMm(10), Emu.FromMm(0), Emu.FromMm(0));
        var right = SlideKit.Column(DeckTheme.BodyBox, 1, 2, Emu.FromMm(10), Emu.FromMm(0), Emu.FromMm(0));
        var rows = agenda.Items.Select(i => (IReadOnlyList<string>)[t.AgendaParts[i.Part], i.Minutes.ToString(CultureInfo.InvariantCulture)]).ToList();
        var table = TablePlanner.Plan(left, [4, 1], [t.AgendaPartHeader, t.AgendaTimeHeader], rows, maxPt: 18, name: "Agenda")[0];
        var notes = t.AgendaNotes + (agenda.DurationGiven ? "" : " " + string.Format(CultureInfo.InvariantCulture, t.NoDurationNote, agenda.TotalMinutes));

        var order = new List<TextParagraph> { new([new TextRun($"{t.OrderTitle} · {t.SpeakingTime} {agenda.SpeakingMinutes} {t.Minutes}", true, DeckTheme.Accent)], SpaceBeforeEm: 0) };
        order.AddRange(coalition.Partners.Select((p, i) => new TextParagraph([new TextRun($"{i + 1}. {p.Naam}")], SpaceBeforeEm: 0.2)));
        var pages = ListPlanner.Plan(right, order, 20);
        for (var i = 0; i < pages.Count; i++)
        {
            IReadOnlyList<SlideElement> elements = i == 0
                ? [table, new TextElement(right, pages[i].Paragraphs, pages[i].Size, DeckTheme.Ink, Name: "Volgorde")]
                : [new TextElement(right, pages[i].Paragraphs, pages[i].Size, DeckTheme.Ink, Name: "Volgorde")];
            yield return new SlidePlan(SlideLayoutKind.Inhoud, SlideKit.PageTitle(t.AgendaTitle, i, pages.Count, t), elements, notes);
        }
    }
}
