using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>
/// What comes before the front page: the group sharpens the ambition (the working version, the partners' own in the notes)
/// and chooses its headline among every proposal, unnamed and alike.
/// </summary>
internal static class ChoiceSlides
{
    /// <summary>
    /// "Onze ambitie aanscherpen": the shared ambition from the workbooks and every partner's own, each once, without
    /// names and at one size, and the questions that sharpen it (concrete enough to be held to, fair to every interest).
    /// None with fewer than two different ambitions.
    /// </summary>
    public static IEnumerable<SlidePlan> Ambitions(PlanContext c, Coalition coalition, SessionTexts t)
    {
        var partners = coalition.Partners.Select(p => p.Kaart?.Ambitie?.Value);
        if (coalition.Samenwerking.GedeeldeAmbitie?.Value.Trim() is not { Length: > 0 } shared)
            return Proposed(c, t, Ordered(null, partners), t.AmbitionChoiceTitle, t.AmbitionChoiceQuestion, t.AmbitionChoiceNotes, c.Words.Shapes.AmbitionProposals);
        var own = partners.OfType<string>().Select(a => a.Trim()).Where(a => a.Length > 0 && !a.Equals(shared, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (own.Count == 0)
            return [];
        return [Working(c, t, shared, own)];
    }

    /// <summary>The largest the working version of the ambition is set: it is the one idea of its slide.</summary>
    private const double WorkingMax = 36;

    /// <summary>
    /// With a shared ambition from the workbooks: one idea on the slide, the working version large under its label and the
    /// question under it; the partners' own ambitions, unnamed, in the notes for the facilitator to bring in (eight of them
    /// as a list are a wall the room reads instead of talking, and they stand on the partners' own slides and the map).
    /// </summary>
    private static SlidePlan Working(PlanContext c, SessionTexts t, string shared, IReadOnlyList<string> own)
    {
        var frame = Slides.Frame(c, t.AmbitionChoiceTitle);
        var label = new TextParagraph([new TextRun(t.WorkingVersion, true, c.Colours.Accent)], SpaceBeforeEm: 0);
        var text = new TextParagraph([new TextRun(shared, false, c.Colours.Ink)], SpaceBeforeEm: 0.3);
        var question = new TextParagraph([new TextRun(t.AmbitionChoiceQuestion, true, c.Colours.Accent)], SpaceBeforeEm: 1);
        var size = c.Text.LargestFit([label, text, question], frame.Body, WorkingMax, c.Scale.BodyMin) ?? c.Scale.BodyMin;
        var notes = t.AmbitionChoiceNotes + "\n\n" + t.AmbitionOwnNotes + "\n" + string.Join("\n", own.Select(a => "• " + a));
        return new SlidePlan(SlideLayoutKind.Inhoud, frame.Title,
            [new TextElement(frame.Body, [label, text, question], size, c.Colours.Ink, Name: c.Words.Shapes.AmbitionProposals)], notes);
    }

    /// <summary>The working version from the workbooks and the partners' texts, each once, in alphabetical order (the working one first steered the group, two fresh readers).</summary>
    private static List<string> Ordered(string? working, IEnumerable<string?> partners)
    {
        var shared = working?.Trim() is { Length: > 0 } w ? w : null;
        return new[] { shared }.Concat(partners).OfType<string>().Select(h => h.Trim()).Where(h => h.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The headlines proposed, the working title among them, in the order and with the letters of the choice slide.</summary>
    public static IReadOnlyList<string> Headlines(Coalition coalition) =>
        Ordered(coalition.Samenwerking.Krantenkop?.Value, coalition.Partners.Select(p => p.Kaart?.Krantenkop?.Value));

    /// <summary>A, B, …, Z, AA, AB: proposals are told apart without numbering the partners.</summary>
    public static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : Letter(index / 26 - 1) + Letter(index % 26);

    /// <summary>
    /// The proposals, each once, unnamed and alike, as a list under a title, and the question after them; none under two. Lettered
    /// (A, B, …) where each follows as a front page of its own, so the group names the one it chooses.
    /// </summary>
    private static IEnumerable<SlidePlan> Proposed(PlanContext c, SessionTexts t, IReadOnlyList<string> proposals, string title, string question, string notes, string name,
        bool lettered = false)
    {
        if (proposals.Count < 2)
            return [];
        // Every proposal alike, the working one among them: marked or set apart, it steers the group (a fresh reader).
        var paragraphs = proposals.Select((h, i) => lettered
                ? new TextParagraph([new TextRun(Letter(i), true, c.Colours.Accent), new TextRun("\u2002"), new TextRun(h)], SpaceBeforeEm: i == 0 ? 0 : 0.4)
                : new TextParagraph([new TextRun(h)], Bullet: true, SpaceBeforeEm: i == 0 ? 0 : 0.4))
            .Append(new TextParagraph([new TextRun(question, true, c.Colours.Accent)], SpaceBeforeEm: 0.8)).ToList();
        return Slides.List(c, title, paragraphs, notes, t.Continued, name);
    }

    /// <summary>
    /// "Welke krantenkop wordt het?": the working title and every partner's proposed headline, each once, without
    /// names and at one size, and the question whether one of them fits everyone or the group writes its own.
    /// None with fewer than two different proposals. <paramref name="lettered"/> where each has a front page of its own to show by its letter.
    /// </summary>
    public static IEnumerable<SlidePlan> Choice(PlanContext c, Coalition coalition, SessionTexts t, bool lettered) =>
        Proposed(c, t, Headlines(coalition), t.HeadlineChoiceTitle, t.HeadlineChoiceQuestion, t.HeadlineChoiceNotes, c.Words.Shapes.Proposals, lettered);
}
