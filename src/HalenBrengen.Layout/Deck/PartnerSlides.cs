using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

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
    /// <summary>The speaking-time line under a partner's first slide, and the room above it.</summary>
    private static Emu CaptionHeight(PlanContext c) => Slides.Lines(c, 1, c.Scale.Caption) + Emu.FromMm(2);

    private sealed record Part(Partner Partner, SlideFrame Frame, SlideFrame ItemsFrame,
        IReadOnlyList<(IReadOnlyList<TextParagraph> Paragraphs, Rect Box)> About,
        IReadOnlyList<(IReadOnlyList<TextParagraph> Paragraphs, Rect Box)> Items, Rect LabelRow);

    /// <param name="newItems">Items new since the earlier round, marked as new on their partner's slide (none without one).</param>
    public static PartnerPart Plan(PlanContext c, Coalition coalition, Agenda agenda, SessionTexts t, int firstNumber, IReadOnlySet<Item> newItems, string newTag)
    {
        var parts = coalition.Partners.Select(p => Prepare(c, p, t, newItems, newTag)).ToList();
        var size = Columns.SharedSize(c, parts.SelectMany(p => p.About.Concat(p.Items)), c.Scale.BodyMax, c.Scale.BodyMin) ?? c.Scale.BodyMin;
        var slides = new List<SlidePlan>();
        var itemsSlide = new Dictionary<Partner, int>(ReferenceEqualityComparer.Instance);
        foreach (var part in parts)
        {
            var notes = string.Format(CultureInfo.InvariantCulture, t.PartnerNotes, part.Partner.Naam, agenda.SpeakingMinutes);
            slides.AddRange(About(c, part, size, agenda, t, notes));
            itemsSlide[part.Partner] = firstNumber + slides.Count - (part.Items.Count == 0 ? 1 : 0);
            slides.AddRange(ItemSlides(c, part, size, t, notes + " " + t.PartnerGetsNotes));
        }
        return new PartnerPart(slides, itemsSlide);
    }

    private static Part Prepare(PlanContext c, Partner partner, SessionTexts t, IReadOnlySet<Item> newItems, string newTag)
    {
        var frame = Slides.Frame(c, partner.Naam);
        var body = frame.Body with { Height = frame.Body.Height - CaptionHeight(c) };
        var about = new List<(IReadOnlyList<TextParagraph>, Rect)>();
        var left = new List<TextParagraph>();
        var right = new List<TextParagraph>();
        if (partner.Kaart is not { } kaart)
            left.Add(new TextParagraph([new TextRun(t.NoCard, false, c.Colours.Muted)], SpaceBeforeEm: 0));
        else
        {
            if (kaart.EigenBelang is { } eigen) left.AddRange(Items.Labelled(t.OwnInterest, eigen.Value, c.Colours.Accent, left.Count == 0));
            if (kaart.GezamenlijkBelang is { } gezamenlijk) left.AddRange(Items.Labelled(t.SharedInterest, gezamenlijk.Value, c.Colours.Accent, left.Count == 0));
            if (kaart.Ambitie is { } ambitie) right.AddRange(Items.Labelled(t.Ambition, ambitie.Value, c.Colours.Accent, right.Count == 0));
            if (kaart.Krantenkop is { } kop) right.AddRange(Items.Labelled(t.Headline, kop.Value, c.Colours.Accent, right.Count == 0));
            if (left.Count == 0 && right.Count == 0)
                left.Add(new TextParagraph([new TextRun(t.NothingYet, false, c.Colours.Muted)], SpaceBeforeEm: 0));
        }
        if (right.Count == 0)
            about.Add((left, body));
        else if (left.Count == 0)
            about.Add((right, body));
        else
        {
            about.Add((left, Columns.Of(body, 0, 2, c.Page.Gap)));
            about.Add((right, Columns.Of(body, 1, 2, c.Page.Gap)));
        }

        var itemsFrame = Slides.Frame(c, partner.Naam);
        if (partner.Kaart is null)
            return new Part(partner, frame, itemsFrame, about, [], itemsFrame.Body);
        // Room for a label at the largest body size: the label is never smaller than the words under it.
        var labelRow = itemsFrame.Body with { Height = Emu.FromPt(c.Text.LineHeight(c.Scale.BodyMax) + 2) + TextLayout.InsetY * 2 };
        var columnsArea = itemsFrame.Body with { Y = labelRow.Bottom + Emu.FromMm(3), Height = itemsFrame.Body.Height - labelRow.Height - Emu.FromMm(3) };
        var halen = Items.DemandsFirst(partner.Halen)
            .Select((item, i) => Items.Bullet(c, item, item.IsEis ? t.Demand : null, item.Toelichting?.Value, inline: false, i == 0 ? 0 : 0.45,
                mark: newItems.Contains(item) ? newTag : null)).ToList();
        var brengen = partner.Brengen.Select((item, i) => Items.Bullet(c, item, null, Items.BringDetail(item), inline: false, i == 0 ? 0 : 0.45,
            mark: newItems.Contains(item) ? newTag : null)).ToList();
        List<TextParagraph> OrNothing(List<TextParagraph> list) => list.Count > 0 ? list : [new TextParagraph([new TextRun(t.NothingYet, false, c.Colours.Muted)], SpaceBeforeEm: 0)];
        return new Part(partner, frame, itemsFrame, about,
            [(OrNothing(halen), Columns.Of(columnsArea, 0, 2, c.Page.Gap)), (OrNothing(brengen), Columns.Of(columnsArea, 1, 2, c.Page.Gap))], labelRow);
    }

    private static IEnumerable<SlidePlan> About(PlanContext c, Part part, double size, Agenda agenda, SessionTexts t, string notes)
    {
        var pages = Columns.Paged(c, part.About, size);
        var caption = new Rect(part.Frame.Body.X, part.Frame.Body.Bottom - CaptionHeight(c) + Emu.FromMm(2), part.Frame.Body.Width, CaptionHeight(c) - Emu.FromMm(2));
        for (var p = 0; p < pages.Count; p++)
        {
            var frame = p == 0 ? part.Frame : Slides.Frame(c, Slides.Continued(part.Partner.Naam, p, t.Continued));
            var elements = new List<SlideElement>();
            for (var k = 0; k < part.About.Count; k++)
            {
                if (pages[p][k].Count == 0) continue;
                // The ambition and headline sit on a light panel, as tall as its words: the partner's own proposal for the front page.
                var panel = part.About.Count == 2 && k == 1;
                var box = part.About[k].Box;
                if (panel)
                    box = box with { Height = Min(box.Height, Slides.Height(c, pages[p][k], box.Width, size) + Emu.FromMm(3)) };
                elements.Add(new TextElement(box, pages[p][k], size, c.Colours.Ink, panel ? c.Colours.Light : null, Name: k == 0 ? c.Words.Shapes.Interest : c.Words.Shapes.Ambition));
            }
            if (p == 0)
                elements.Add(Slides.Line(c, caption, [new TextRun(string.Format(CultureInfo.InvariantCulture, t.SpeakingTime, agenda.SpeakingMinutes), true)],
                    c.Scale.Caption, c.Scale.Caption, c.Colours.Muted, c.Words.Shapes.SpeakingTime, anchor: Anchor.Bottom));
            yield return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title, elements, notes);
        }
    }

    private static Emu Min(Emu a, Emu b) => a < b ? a : b;

    private static IEnumerable<SlidePlan> ItemSlides(PlanContext c, Part part, double size, SessionTexts t, string notes)
    {
        if (part.Items.Count == 0)
            yield break;
        var pages = Columns.Paged(c, part.Items, size);
        var labels = new[] { (t.Gets, c.Colours.Halen), (t.Brings, c.Colours.Brengen) };
        for (var p = 0; p < pages.Count; p++)
        {
            var frame = p == 0 ? part.ItemsFrame : Slides.Frame(c, Slides.Continued(part.Partner.Naam, p, t.Continued));
            var elements = new List<SlideElement>();
            for (var k = 0; k < 2; k++)
            {
                if (pages[p][k].Count == 0) continue;
                var label = Columns.Of(part.LabelRow, k, 2, c.Page.Gap);
                elements.Add(new TextElement(label, [new TextParagraph([new TextRun(labels[k].Item1, true)], SpaceBeforeEm: 0)], size,
                    c.Colours.OnFill, labels[k].Item2, Anchor.Middle, Name: labels[k].Item1));
                elements.Add(new TextElement(part.Items[k].Box, pages[p][k], size, c.Colours.Ink, Name: $"{labels[k].Item1} {p + 1}"));
            }
            yield return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title, elements, notes);
        }
    }
}
