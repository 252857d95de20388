using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Texts;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// The facilitator's briefing: everything the analysis knows, for the facilitator's eyes only. A cover
/// that says so, where to start, the krachtenveld and the interventions, the balance, the connections
/// and every want's best offers with why, the matrix, what nobody brings yet, the shared themes, the
/// ambition material, and a crib per partner; with an earlier round, what changed since, after the cover. Every slide carries a "do not project" footer.
/// </summary>
public static class BriefingPlanner
{
    internal static readonly TypeScale Scale = TypeScale.Briefing;

    /// <summary>The best offers listed for each want; the analysis keeps more, a facilitator needs these.</summary>
    public const int MatchesPerWant = AnalysisSlides.MatchesPerWant;

    /// <param name="changes">Set when an earlier round is given: what changed comes right after the cover.</param>
    /// <param name="look">The look to plan in: a house style's, or (null) the current one.</param>
    public static DeckPlan Plan(Coalition coalition, CoalitionAnalysis analysis, Language language, RoundChanges? changes = null, Style.Look? look = null)
    {
        using var scope = DeckTheme.Use(look ?? DeckTheme.Current);
        var t = BriefingTexts.For(language);
        var labels = ValueLabels.For(language);
        var slides = new List<SlidePlan> { Cover(coalition, t) };
        if (changes is not null)
            slides.AddRange(ChangeSlides.Plan(changes, t, labels));
        slides.AddRange(ForceFieldSlides.Plan(coalition, analysis, t, labels));
        slides.AddRange(AnalysisSlides.Plan(coalition, analysis, t, labels));
        slides.AddRange(CribSlides.Plan(coalition, analysis, t, labels));
        var footer = Footer(t);
        return new DeckPlan(t.CoverTitle + " · " + (coalition.Naam ?? ""), "HalenBrengen.Office", Dates.Tag(language), DeckTheme.SlideWidth, DeckTheme.SlideHeight,
            DeckTheme.WithLogo(slides.Select((s, i) => i == 0 ? s : s with { Elements = [.. s.Elements, footer] }).ToList(), DeckTheme.Logo)) { Look = DeckTheme.Current };
    }

    private static SlidePlan Cover(Coalition coalition, BriefingTexts t)
    {
        var margin = DeckTheme.Margin;
        var width = DeckTheme.SlideWidth - margin - margin;
        var title = Grammar.Element(DeckTheme.BesideLogo(new Rect(margin, Emu.FromMm(24), width, Emu.FromMm(34))), Grammar.Title(t.CoverTitle), Scale.TitleMax, anchor: Anchor.Bottom);
        var s = coalition.Samenwerking;
        var details = new List<string>();
        if (s.Naam is { } naam) details.Add(naam.Value);
        if (s.Datum is { } datum) details.Add(Dates.Long(datum, t.Language));
        var detailBox = DeckTheme.BesideLogo(new Rect(margin, Emu.FromMm(62), width, Emu.FromMm(30)));
        var band = DeckTheme.BesideLogo(new Rect(margin, Emu.FromMm(104), width, Emu.FromMm(62)));
        var warning = new TextParagraph([new TextRun(t.NotForProjection, true)], SpaceBeforeEm: 0);
        IReadOnlyList<TextParagraph> detail = details.Count == 0 ? [] : [new TextParagraph([new TextRun(string.Join(" · ", details), false, DeckTheme.Ink)], SpaceBeforeEm: 0)];
        return new SlidePlan(SlideLayoutKind.Titel, title,
        [
            new TextElement(detailBox, detail, TextLayout.LargestFit(detail, detailBox, 28, Scale.BodyMin) ?? Scale.BodyMin, DeckTheme.Ink, Name: "Samenwerking"),
            new TextElement(band, [warning], TextLayout.LargestFit([warning], band, 28, Scale.BodyMin) ?? Scale.BodyMin, DeckTheme.White, DeckTheme.Warning,
                Anchor.Middle, Name: "Niet projecteren"),
        ], t.CoverNotes);
    }

    /// <summary>On every page after the cover: for the facilitator only.</summary>
    private static TextElement Footer(BriefingTexts t) =>
        Grammar.Line(DeckTheme.BesideLogo(new Rect(DeckTheme.Margin, DeckTheme.SlideHeight - Emu.FromMm(10), DeckTheme.SlideWidth - DeckTheme.Margin - DeckTheme.Margin, Grammar.Lines(1, Scale.Caption))),
            [new TextRun("■ " + t.Footer, true)], Scale.Caption, Scale.Caption, DeckTheme.Warning, "Voettekst", anchor: Anchor.Bottom);

    /// <summary>Tables over slides with a (continued) title each.</summary>
    internal static IEnumerable<SlidePlan> TableSlides(string title, IReadOnlyList<double> shares, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, string notes, string continued, string name, int carry = 0)
    {
        var frame = Grammar.Frame(title, Scale);
        var pages = Tables.Plan(frame.Body, shares, header, rows, Scale.TableMax, Scale.TableMin, name, carry: carry);
        return pages.Select((table, i) => new SlidePlan(SlideLayoutKind.Inhoud,
            i == 0 ? frame.Title : Grammar.Frame(Grammar.Continued(title, i, continued), Scale).Title, [table], notes));
    }
}
