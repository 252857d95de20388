using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// The facilitator's briefing: everything the analysis knows, for the facilitator's eyes only. A cover
/// that says so, where to start, the krachtenveld and the interventions, the balance, the connections
/// and every want's best offers with why, the matrix, what nobody brings yet, the shared themes, the
/// ambition material, and a crib per partner; with an earlier round, what changed since, after the cover. Every slide carries a "do not project" footer.
/// </summary>
public static class BriefingPlanner
{

    /// <summary>The best offers listed for each want; the analysis keeps more, a facilitator needs these.</summary>
    public const int MatchesPerWant = AnalysisSlides.MatchesPerWant;

    /// <param name="c">The briefing's context: <see cref="PlanContext.Briefing"/>.</param>
    /// <param name="changes">Set when an earlier round is given: what changed comes right after the cover.</param>
    public static PresentationPlan Plan(Coalition coalition, CoalitionAnalysis analysis, PlanContext c, RoundChanges? changes = null)
    {
        var t = c.Words.Briefing;
        var labels = c.Words.Values;
        var slides = new List<SlidePlan> { Cover(c, coalition, t) };
        if (changes is not null)
            slides.AddRange(ChangeSlides.Plan(c, changes, t, labels));
        slides.AddRange(ForceFieldSlides.Plan(c, coalition, analysis, t, labels));
        slides.AddRange(AnalysisSlides.Plan(c, coalition, analysis, t, labels));
        slides.AddRange(CribSlides.Plan(c, coalition, analysis, t, labels));
        var footer = Footer(c, t);
        return c.Presentation(t.CoverTitle + " · " + (coalition.Naam ?? ""), slides.Select((s, i) => i == 0 ? s : s with { Elements = [.. s.Elements, footer] }).ToList());
    }

    private static SlidePlan Cover(PlanContext c, Coalition coalition, BriefingTexts t)
    {
        var margin = c.Page.Margin;
        var width = c.Page.Width - margin - margin;
        var title = Slides.Element(c, c.Page.BesideLogo(new Rect(margin, Emu.FromMm(24), width, Emu.FromMm(34))), Slides.Title(c, t.CoverTitle), c.Scale.TitleMax, anchor: Anchor.Bottom);
        var s = coalition.Samenwerking;
        var details = new List<string>();
        if (s.Naam is { } naam) details.Add(naam.Value);
        if (s.Datum is { } datum) details.Add(Dates.Long(datum, c.Language));
        var detailBox = c.Page.BesideLogo(new Rect(margin, Emu.FromMm(62), width, Emu.FromMm(30)));
        var band = c.Page.BesideLogo(new Rect(margin, Emu.FromMm(104), width, Emu.FromMm(62)));
        var warning = new TextParagraph([new TextRun(t.NotForProjection, true)], SpaceBeforeEm: 0);
        IReadOnlyList<TextParagraph> detail = details.Count == 0 ? [] : [new TextParagraph([new TextRun(string.Join(" · ", details), false, c.Colours.Ink)], SpaceBeforeEm: 0)];
        return new SlidePlan(SlideLayoutKind.Titel, title,
        [
            new TextElement(detailBox, detail, c.Text.LargestFit(detail, detailBox, 28, c.Scale.BodyMin) ?? c.Scale.BodyMin, c.Colours.Ink, Name: c.Words.Shapes.Coalition),
            new TextElement(band, [warning], c.Text.LargestFit([warning], band, 28, c.Scale.BodyMin) ?? c.Scale.BodyMin, c.Colours.OnFill, c.Colours.Warning,
                Anchor.Middle, Name: c.Words.Shapes.DoNotProject),
        ], t.CoverNotes);
    }

    /// <summary>On every page after the cover: for the facilitator only.</summary>
    private static TextElement Footer(PlanContext c, BriefingTexts t) =>
        Slides.Line(c, c.Page.BesideLogo(new Rect(c.Page.Margin, c.Page.Height - Emu.FromMm(10), c.Page.Width - c.Page.Margin - c.Page.Margin, Slides.Lines(c, 1, c.Scale.Caption))),
            [new TextRun("■ " + t.Footer, true)], c.Scale.Caption, c.Scale.Caption, c.Colours.Warning, c.Words.Shapes.Footer, anchor: Anchor.Bottom);

    /// <summary>Tables over slides with a (continued) title each.</summary>
    internal static IEnumerable<SlidePlan> TableSlides(PlanContext c, string title, IReadOnlyList<double> shares, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, string notes, string continued, string name, int carry = 0)
    {
        var frame = Slides.Frame(c, title);
        var pages = Tables.Plan(c, frame.Body, shares, header, rows, c.Scale.TableMax, c.Scale.TableMin, name, carry: carry);
        return pages.Select((table, i) => new SlidePlan(SlideLayoutKind.Inhoud,
            i == 0 ? frame.Title : Slides.Frame(c, Slides.Continued(title, i, continued)).Title, [table], notes));
    }
}
