using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Layout.Deck;

/// <summary>One slide per partner (more when its words do not fit): interests, halen and brengen, speaking time.</summary>
internal static class PartnerSlides
{
    private static readonly Emu Gap = Emu.FromMm(6);
    private static readonly Emu LabelHeight = Emu.FromMm(10);
    private static readonly Emu FooterHeight = Emu.FromMm(12);

    public static IEnumerable<SlidePlan> Plan(Coalition coalition, Agenda agenda, DeckTexts t) =>
        coalition.Partners.SelectMany(partner => Slides(partner, agenda, t));

    private static IEnumerable<SlidePlan> Slides(Partner partner, Agenda agenda, DeckTexts t)
    {
        var body = DeckTheme.BodyBox;
        var boxes = Enumerable.Range(0, 3).Select(i => SlideKit.Column(body, i, 3, Gap, LabelHeight + Emu.FromMm(2), FooterHeight)).ToList();
        var labels = Enumerable.Range(0, 3).Select(i => SlideKit.Column(body, i, 3, Gap, Emu.FromMm(0), Emu.FromMm(0)) with { Height = LabelHeight }).ToList();
        var footer = new Rect(body.X, body.Bottom - FooterHeight + Emu.FromMm(2), body.Width, FooterHeight - Emu.FromMm(2));
        var columns = new[] { Interests(partner, t), Halen(partner, t), Brengen(partner, t) };
        var pages = SlideKit.Columns(columns.Select((c, i) => (boxes[i], (IReadOnlyList<TextParagraph>)c)).ToList(), 20);
        var speaking = $"{t.SpeakingTime}: {agenda.SpeakingMinutes.ToString(CultureInfo.InvariantCulture)} {t.Minutes}";
        var notes = string.Format(CultureInfo.InvariantCulture, t.PartnerNotes, partner.Naam, agenda.SpeakingMinutes);
        for (var p = 0; p < pages.Count; p++)
        {
            var elements = new List<SlideElement>
            {
                SlideKit.Label(labels[0], t.Interest, DeckTheme.Light, DeckTheme.Ink),
                SlideKit.Label(labels[1], t.Gets, DeckTheme.Halen, "FFFFFF"),
                SlideKit.Label(labels[2], t.Brings, DeckTheme.Brengen, "FFFFFF"),
            };
            for (var c = 0; c < 3; c++)
                elements.Add(new TextElement(boxes[c], pages[p][c].Paragraphs, pages[p][c].Size, DeckTheme.Ink, Name: $"Kolom {c + 1}"));
            var line = new TextParagraph([new TextRun(speaking, true, DeckTheme.Muted)], SpaceBeforeEm: 0);
            elements.Add(new TextElement(footer, [line], TextLayout.LargestFit([line], footer, 16, DeckTheme.BodyMin) ?? DeckTheme.BodyMin,
                DeckTheme.Muted, Anchor: Anchor.Bottom, Name: "Spreektijd"));
            yield return new SlidePlan(SlideLayoutKind.Inhoud, SlideKit.PageTitle(partner.Naam, p, pages.Count, t), elements, notes);
        }
    }

    private static List<TextParagraph> Interests(Partner partner, DeckTexts t)
    {
        if (partner.Kaart is not { } kaart)
            return [new TextParagraph([new TextRun(t.NoCard, false, DeckTheme.Muted)], SpaceBeforeEm: 0)];
        var result = new List<TextParagraph>();
        void Add(string label, Sourced<string>? text)
        {
            if (text is null) return;
            result.Add(new TextParagraph([new TextRun(label, true, DeckTheme.Accent)], SpaceBeforeEm: result.Count == 0 ? 0 : 0.6));
            result.Add(new TextParagraph([new TextRun(text.Value)], SpaceBeforeEm: 0.1));
        }
        Add(t.OwnInterest, kaart.EigenBelang);
        Add(t.SharedInterest, kaart.GezamenlijkBelang);
        if (result.Count == 0)
            result.Add(new TextParagraph([new TextRun(t.NothingYet, false, DeckTheme.Muted)], SpaceBeforeEm: 0));
        return result;
    }

    /// <summary>Demands first, marked in words and colour; then wishes. Explanations follow in muted text.</summary>
    private static List<TextParagraph> Halen(Partner partner, DeckTexts t)
    {
        var result = SlideKit.DemandsFirst(partner.Halen)
            .Select(item => SlideKit.ItemBullet(item, item.IsEis ? t.Demand : null, item.Toelichting?.Value, inline: false, 0.35)).ToList();
        return result.Count > 0 ? result : [new TextParagraph([new TextRun(t.NothingYet, false, DeckTheme.Muted)], SpaceBeforeEm: 0)];
    }

    private static List<TextParagraph> Brengen(Partner partner, DeckTexts t)
    {
        var result = partner.Brengen.Select(item => SlideKit.ItemBullet(item, null,
            string.Join(" · ", new[] { item.Omvang?.Value, item.Toelichting?.Value }.Where(s => !string.IsNullOrEmpty(s))), inline: false, 0.35)).ToList();
        return result.Count > 0 ? result : [new TextParagraph([new TextRun(t.NothingYet, false, DeckTheme.Muted)], SpaceBeforeEm: 0)];
    }
}
