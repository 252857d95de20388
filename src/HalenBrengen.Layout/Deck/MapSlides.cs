using System.Globalization;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// The combined map: the ambition in the middle with every partner around it (up to eight partners),
/// then an overview table of what each partner wants and brings, split over slides, never shrunk.
/// </summary>
internal static class MapSlides
{
    public const int MaxAroundCentre = 8;

    public static IEnumerable<SlidePlan> Plan(Coalition coalition, DeckTexts t)
    {
        if (coalition.Partners.Count <= MaxAroundCentre)
            yield return Map(coalition, t);
        // Up to eight partners every item; beyond that a summary by Soort, so the overview stays an overview.
        var detailed = coalition.Partners.Count <= MaxAroundCentre;
        var rows = coalition.Partners.Select(p => (IReadOnlyList<string>)(detailed
            ? [p.Naam, Join(p.Halen, i => (i.IsEis ? t.Demand + " " : "") + i.Text.Value, t), Join(p.Brengen, i => i.Text.Value, t)]
            : [p.Naam, SlideKit.BySoort(p.Halen, t), SlideKit.BySoort(p.Brengen, t)])).ToList();
        var pages = TablePlanner.Plan(DeckTheme.BodyBox, [1, 2, 2], [t.PartyHeader, t.Gets, t.Brings], rows, name: "Overzicht");
        foreach (var slide in SlideKit.Tables(t.OverviewTitle, pages, t.MapNotes, t)) yield return slide;
    }

    private static string Join(IReadOnlyList<Item> items, Func<Item, string> text, DeckTexts t) =>
        items.Count == 0 ? t.NothingYet : string.Join("\n", items.Select(i => "• " + text(i)));

    private static SlidePlan Map(Coalition coalition, DeckTexts t)
    {
        var body = DeckTheme.BodyBox;
        var partners = coalition.Partners;
        var top = (partners.Count + 1) / 2;
        var bottom = partners.Count - top;
        var rowHeight = Emu.FromMm(36);
        var gap = Emu.FromMm(5);
        var elements = new List<SlideElement>();
        var centre = new Rect(body.X + Emu.FromMm(40), body.Y + rowHeight + gap, body.Width - Emu.FromMm(80), body.Height - (rowHeight + gap) * 2);
        var ambition = coalition.Samenwerking.GedeeldeAmbitie?.Value ?? t.NoAmbition;
        var centreText = new List<TextParagraph>
        {
            new([new TextRun(t.MapAmbitionLabel, true, "FFFFFF")], SpaceBeforeEm: 0),
            new([new TextRun(ambition, false, "FFFFFF")]),
        };
        elements.Add(new TextElement(centre, centreText, TextLayout.LargestFit(centreText, centre, 24, DeckTheme.BodyMin) ?? DeckTheme.BodyMin,
            "FFFFFF", DeckTheme.Accent, Anchor.Middle, Centered: true, Name: "Ambitie"));
        for (var i = 0; i < partners.Count; i++)
        {
            var inTop = i < top;
            var count = inTop ? top : bottom;
            var index = inTop ? i : i - top;
            var column = SlideKit.Column(body, index, count, gap, Emu.FromMm(0), Emu.FromMm(0));
            var box = column with { Y = inTop ? body.Y : body.Bottom - rowHeight, Height = rowHeight };
            var p = partners[i];
            var text = new List<TextParagraph>
            {
                new([new TextRun(p.Naam, true, DeckTheme.Ink)], SpaceBeforeEm: 0),
                new([new TextRun($"{t.Gets}: {p.Halen.Count.ToString(CultureInfo.InvariantCulture)} · {t.Brings}: {p.Brengen.Count.ToString(CultureInfo.InvariantCulture)}", false, DeckTheme.Muted)], SpaceBeforeEm: 0.2),
            };
            elements.Add(new TextElement(box, text, TextLayout.LargestFit(text, box, 18, DeckTheme.BodyMin) ?? DeckTheme.BodyMin,
                DeckTheme.Ink, DeckTheme.Light, Anchor.Middle, Centered: true, Name: p.Naam));
        }
        return new SlidePlan(SlideLayoutKind.Inhoud, t.MapTitle, elements, t.MapNotes);
    }
}
