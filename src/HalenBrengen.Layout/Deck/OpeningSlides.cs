using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Texts;

namespace HalenBrengen.Layout.Deck;

/// <summary>The opening: the title slide, why we are here, the ground rules.</summary>
internal static class OpeningSlides
{
    private static readonly TypeScale Scale = TypeScale.Session;

    public static IEnumerable<SlidePlan> Plan(Coalition coalition, SessionTexts t) =>
        Title(coalition, t).Concat(Purpose(coalition, t)).Concat(Rules(t));

    /// <summary>The krantenkop (or the promise to choose one), the coalition, the date and the facilitator, over an accent band.</summary>
    private static IEnumerable<SlidePlan> Title(Coalition coalition, SessionTexts t)
    {
        var s = coalition.Samenwerking;
        var margin = DeckTheme.Margin;
        var width = DeckTheme.SlideWidth - margin - margin;
        var band = DeckTheme.BesideLogo(new Rect(new Emu(0), DeckTheme.SlideHeight - Emu.FromMm(14), DeckTheme.SlideWidth, Emu.FromMm(14)));
        var titleBox = DeckTheme.BesideLogo(new Rect(margin, Emu.FromMm(30), width, Emu.FromMm(72)));
        var headline = Grammar.Title(s.Krantenkop?.Value ?? t.NoHeadline);
        var titleSize = TextLayout.LargestFit([headline], titleBox, Scale.TitleMax, Scale.TitleMin) ?? Scale.TitleMin;

        var lines = new List<TextParagraph>();
        if (s.Naam is { } naam)
            lines.Add(new TextParagraph([new TextRun(naam.Value, true, DeckTheme.Ink)], SpaceBeforeEm: 0));
        var details = new List<string> { t.SessionKind };
        if (s.Datum is { } datum)
            details.Add(Dates.Long(datum, t.Language));
        if (s.Begeleider is { } begeleider)
            details.Add($"{t.Facilitator}: {begeleider.Value}");
        lines.Add(new TextParagraph([new TextRun(string.Join(" · ", details), false, DeckTheme.Muted)], SpaceBeforeEm: lines.Count == 0 ? 0 : 0.3));
        var detailBox = DeckTheme.BesideLogo(new Rect(margin, titleBox.Bottom + Emu.FromMm(6), width, band.Y - titleBox.Bottom - Emu.FromMm(12)));
        var detailSize = TextLayout.LargestFit(lines, detailBox, Math.Min(Scale.BodyMax, titleSize - 4), Scale.BodyMin);

        if (TextLayout.Fits([headline], titleBox, titleSize) && detailSize is { } size)
        {
            yield return new SlidePlan(SlideLayoutKind.Titel, Grammar.Element(titleBox, headline, titleSize, anchor: Anchor.Bottom),
            [
                new TextElement(detailBox, lines, size, DeckTheme.Ink, Name: "Samenwerking"),
                new TextElement(band, [], Scale.BodyMin, DeckTheme.White, DeckTheme.Accent, Name: "Band"),
            ], t.TitleNotes);
            yield break;
        }
        // A headline or name too long for a title slide: the same words as an ordinary list, nothing dropped.
        foreach (var slide in Grammar.ListSlides(s.Krantenkop?.Value ?? t.NoHeadline, lines, Scale, t.TitleNotes, t.Continued, "Samenwerking"))
            yield return slide;
    }

    private static IEnumerable<SlidePlan> Purpose(Coalition coalition, SessionTexts t)
    {
        var paragraphs = new List<TextParagraph>();
        if (coalition.Samenwerking.Opgave is { } opgave)
            paragraphs.Add(new TextParagraph([new TextRun(opgave.Value, false, DeckTheme.Ink)], SpaceBeforeEm: 0));
        paragraphs.Add(new TextParagraph([new TextRun(t.PurposeText, false, DeckTheme.Muted)], SpaceBeforeEm: paragraphs.Count == 0 ? 0 : 0.8));
        return Grammar.ListSlides(t.PurposeTitle, paragraphs, Scale, t.PurposeNotes, t.Continued, "Opgave");
    }

    private static IEnumerable<SlidePlan> Rules(SessionTexts t) =>
        Grammar.ListSlides(t.RulesTitle, t.GroundRules.Select((rule, i) => new TextParagraph([new TextRun(rule)], Bullet: true, SpaceBeforeEm: i == 0 ? 0 : 0.6)).ToList(),
            Scale, t.RulesNotes, t.Continued, "Spelregels");
}
