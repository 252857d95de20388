using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Texts;

namespace HalenBrengen.Layout.Deck;

/// <summary>The partners' slides, and where each partner's items start (the map points there).</summary>
internal sealed record PartnerPart(IReadOnlyList<SlidePlan> Slides, IReadOnlyDictionary<Partner, int> ItemsSlide);

/// <summary>
/// One part per partner, the same for every partner: a slide with what drives it (its interests, its
/// ambition and proposed headline) and a slide with what it wants to get and can bring. Every partner's
/// words are set at one size, the largest at which every partner fits its slides; a partner that does
/// not fit continues on balanced slides at that size rather than getting smaller type.
/// </summary>
internal static class PartnerSlides
{
    private static readonly TypeScale Scale = TypeScale.Session;
    // Measured in the look of the plan being made, not cached: a static field kept the line height of the
    // first look it was read in, so a house style planned first left the house look's caption too low to fit.
    private static Emu CaptionHeight => Grammar.Lines(1, TypeScale.Session.Caption) + Emu.FromMm(2);

    private sealed record Part(Partner Partner, SlideFrame Frame, SlideFrame ItemsFrame,
        IReadOnlyList<(IReadOnlyList<TextParagraph> Paragraphs, Rect Box)> About,
        IReadOnlyList<(IReadOnlyList<TextParagraph> Paragraphs, Rect Box)> Items, Rect LabelRow);

    /// <param name="newItems">Items new since the earlier round, marked as new on their partner's slide (none without one).</param>
    public static PartnerPart Plan(Coalition coalition, Agenda agenda, SessionTexts t, int firstNumber, IReadOnlySet<Item> newItems, string newTag)
    {
        var parts = coalition.Partners.Select(p => Prepare(p, t, newItems, newTag)).ToList();
        var size = Columns.SharedSize(parts.SelectMany(p => p.About.Concat(p.Items)), Scale.BodyMax, Scale.BodyMin) ?? Scale.BodyMin;
        var slides = new List<SlidePlan>();
        var itemsSlide = new Dictionary<Partner, int>(ReferenceEqualityComparer.Instance);
        foreach (var part in parts)
        {
            var notes = string.Format(CultureInfo.InvariantCulture, t.PartnerNotes, part.Partner.Naam, agenda.SpeakingMinutes);
            slides.AddRange(About(part, size, agenda, t, notes));
            itemsSlide[part.Partner] = firstNumber + slides.Count - (part.Items.Count == 0 ? 1 : 0);
            slides.AddRange(ItemSlides(part, size, t, notes + " " + t.PartnerGetsNotes));
        }
        return new PartnerPart(slides, itemsSlide);
    }

    private static Part Prepare(Partner partner, SessionTexts t, IReadOnlySet<Item> newItems, string newTag)
    {
        var frame = Grammar.Frame(partner.Naam, Scale);
        var body = frame.Body with { Height = frame.Body.Height - CaptionHeight };
        var about = new List<(IReadOnlyList<TextParagraph>, Rect)>();
        var left = new List<TextParagraph>();
        var right = new List<TextParagraph>();
        if (partner.Kaart is not { } kaart)
            left.Add(new TextParagraph([new TextRun(t.NoCard, false, DeckTheme.Muted)], SpaceBeforeEm: 0));
        else
        {
            if (kaart.EigenBelang is { } eigen) left.AddRange(Items.Labelled(t.OwnInterest, eigen.Value, DeckTheme.Accent, left.Count == 0));
            if (kaart.GezamenlijkBelang is { } gezamenlijk) left.AddRange(Items.Labelled(t.SharedInterest, gezamenlijk.Value, DeckTheme.Accent, left.Count == 0));
            if (kaart.Ambitie is { } ambitie) right.AddRange(Items.Labelled(t.Ambition, ambitie.Value, DeckTheme.Accent, right.Count == 0));
            if (kaart.Krantenkop is { } kop) right.AddRange(Items.Labelled(t.Headline, kop.Value, DeckTheme.Accent, right.Count == 0));
            if (left.Count == 0 && right.Count == 0)
                left.Add(new TextParagraph([new TextRun(t.NothingYet, false, DeckTheme.Muted)], SpaceBeforeEm: 0));
        }
        if (right.Count == 0)
            about.Add((left, body));
        else if (left.Count == 0)
            about.Add((right, body));
        else
        {
            about.Add((left, Columns.Of(body, 0, 2, DeckTheme.Gap)));
            about.Add((right, Columns.Of(body, 1, 2, DeckTheme.Gap)));
        }

        var itemsFrame = Grammar.Frame(partner.Naam, Scale);
        if (partner.Kaart is null)
            return new Part(partner, frame, itemsFrame, about, [], itemsFrame.Body);
        // Room for a label at the largest body size: the label is never smaller than the words under it.
        var labelRow = itemsFrame.Body with { Height = Emu.FromPt(Fonts.FontMetrics.Regular.LineHeight(Scale.BodyMax) + 2) + TextLayout.InsetY * 2 };
        var columnsArea = itemsFrame.Body with { Y = labelRow.Bottom + Emu.FromMm(3), Height = itemsFrame.Body.Height - labelRow.Height - Emu.FromMm(3) };
        var halen = Items.DemandsFirst(partner.Halen)
            .Select((item, i) => Items.Bullet(item, item.IsEis ? t.Demand : null, item.Toelichting?.Value, inline: false, i == 0 ? 0 : 0.45,
                mark: newItems.Contains(item) ? newTag : null)).ToList();
        var brengen = partner.Brengen.Select((item, i) => Items.Bullet(item, null, Items.BringDetail(item), inline: false, i == 0 ? 0 : 0.45,
            mark: newItems.Contains(item) ? newTag : null)).ToList();
        List<TextParagraph> OrNothing(List<TextParagraph> list) => list.Count > 0 ? list : [new TextParagraph([new TextRun(t.NothingYet, false, DeckTheme.Muted)], SpaceBeforeEm: 0)];
        return new Part(partner, frame, itemsFrame, about,
            [(OrNothing(halen), Columns.Of(columnsArea, 0, 2, DeckTheme.Gap)), (OrNothing(brengen), Columns.Of(columnsArea, 1, 2, DeckTheme.Gap))], labelRow);
    }

    private static IEnumerable<SlidePlan> About(Part part, double size, Agenda agenda, SessionTexts t, string notes)
    {
        var pages = Columns.Paged(part.About, size);
        var caption = new Rect(part.Frame.Body.X, part.Frame.Body.Bottom - CaptionHeight + Emu.FromMm(2), part.Frame.Body.Width, CaptionHeight - Emu.FromMm(2));
        for (var p = 0; p < pages.Count; p++)
        {
            var frame = p == 0 ? part.Frame : Grammar.Frame(Grammar.Continued(part.Partner.Naam, p, t.Continued), Scale);
            var elements = new List<SlideElement>();
            for (var c = 0; c < part.About.Count; c++)
            {
                if (pages[p][c].Count == 0) continue;
                // The ambition and headline sit on a light panel, as tall as its words: the partner's own proposal for the front page.
                var panel = part.About.Count == 2 && c == 1;
                var box = part.About[c].Box;
                if (panel)
                    box = box with { Height = Min(box.Height, Grammar.Height(pages[p][c], box.Width, size) + Emu.FromMm(3)) };
                elements.Add(new TextElement(box, pages[p][c], size, DeckTheme.Ink, panel ? DeckTheme.Light : null, Name: c == 0 ? "Belang" : "Ambitie"));
            }
            if (p == 0)
                elements.Add(Grammar.Line(caption, [new TextRun(string.Format(CultureInfo.InvariantCulture, t.SpeakingTime, agenda.SpeakingMinutes), true)],
                    Scale.Caption, Scale.Caption, DeckTheme.Muted, "Spreektijd", anchor: Anchor.Bottom));
            yield return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title, elements, notes);
        }
    }

    private static Emu Min(Emu a, Emu b) => a < b ? a : b;

    private static IEnumerable<SlidePlan> ItemSlides(Part part, double size, SessionTexts t, string notes)
    {
        if (part.Items.Count == 0)
            yield break;
        var pages = Columns.Paged(part.Items, size);
        var labels = new[] { (t.Gets, DeckTheme.Halen), (t.Brings, DeckTheme.Brengen) };
        for (var p = 0; p < pages.Count; p++)
        {
            var frame = p == 0 ? part.ItemsFrame : Grammar.Frame(Grammar.Continued(part.Partner.Naam, p, t.Continued), Scale);
            var elements = new List<SlideElement>();
            for (var c = 0; c < 2; c++)
            {
                if (pages[p][c].Count == 0) continue;
                var label = Columns.Of(part.LabelRow, c, 2, DeckTheme.Gap);
                elements.Add(new TextElement(label, [new TextParagraph([new TextRun(labels[c].Item1, true)], SpaceBeforeEm: 0)], size,
                    DeckTheme.White, labels[c].Item2, Anchor.Middle, Name: labels[c].Item1));
                elements.Add(new TextElement(part.Items[c].Box, pages[p][c], size, DeckTheme.Ink, Name: $"{labels[c].Item1} {p + 1}"));
            }
            yield return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title, elements, notes);
        }
    }
}
