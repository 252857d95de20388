using HalenBrengen.Core.Model;

namespace HalenBrengen.Layout.Kit;

/// <summary>How every view shows a partner's items: demands first and marked in words and colour.</summary>
public static class Items
{
    /// <summary>Demands (eisen) first, then wishes, each in the partner's order.</summary>
    public static IEnumerable<Item> DemandsFirst(IReadOnlyList<Item> items) =>
        items.Where(i => i.IsEis).Concat(items.Where(i => !i.IsEis));

    /// <summary>
    /// An item as a bullet: its mark (NIEUW, since the earlier round) and its tag (EIS) in words and colour, its text, and a muted detail (size,
    /// explanation) on a line of its own or, where room is scarce, in brackets after it.
    /// </summary>
    public static TextParagraph Bullet(PlanContext c, Item item, string? tag, string? detail, bool inline, double spaceBeforeEm, string? text = null, string? mark = null)
    {
        var runs = new List<TextRun>();
        if (mark is not null)
            runs.Add(new TextRun(mark + " ", true, c.Colours.Accent));
        if (tag is not null)
            runs.Add(new TextRun(tag + " ", true, c.Colours.Eis));
        runs.Add(new TextRun(text ?? item.Text.Value));
        if (!string.IsNullOrEmpty(detail))
            runs.Add(new TextRun(inline ? " (" + detail + ")" : "\n" + detail, false, c.Colours.Muted));
        return new TextParagraph(runs, Bullet: true, SpaceBeforeEm: spaceBeforeEm);
    }

    /// <summary>
    /// An item as the line of a list the room reads: its mark (NIEUW) and tag (EIS) in words and colour, then
    /// its text; its detail, when shown, in a paragraph of its own (<see cref="Detail"/>).
    /// </summary>
    public static TextParagraph Line(PlanContext c, Item item, string? tag, string? mark, double spaceBeforeEm)
    {
        var runs = new List<TextRun>();
        if (mark is not null)
            runs.Add(new TextRun(mark + " ", true, c.Colours.Accent));
        if (tag is not null)
            runs.Add(new TextRun(tag + " ", true, c.Colours.Eis));
        runs.Add(new TextRun(item.Text.Value));
        return new TextParagraph(runs, Bullet: true, SpaceBeforeEm: spaceBeforeEm);
    }

    /// <summary>An item's detail (explanation, size) under its line: muted, smaller, starting where the item's text does.</summary>
    public static TextParagraph Detail(PlanContext c, string detail, double sizePt) =>
        new([new TextRun(detail, false, c.Colours.Muted)], SpaceBeforeEm: 0.1, Indented: true, SizePt: sizePt);

    /// <summary>What a halen item adds: its explanation.</summary>
    public static string WantDetail(Item item) => item.Toelichting?.Value ?? "";

    /// <summary>What a brengen item adds: its size (omvang) and explanation.</summary>
    public static string BringDetail(Item item, bool withExplanation = true) =>
        string.Join(" · ", new[] { item.Omvang?.Value, withExplanation ? item.Toelichting?.Value : null }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>A partner's words on one line: every run of spaces and typed line breaks one space (as a question quotes them, as a rule compares them).</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// A shortened form of a partner's text, cut at a word boundary and marked with "…". Only where the
    /// full text stands elsewhere in the same file (on the partner's own slide or poster).
    /// </summary>
    public static string Shorten(string text, int max)
    {
        var flat = text.Replace('\n', ' ');
        if (flat.Length <= max)
            return flat;
        var cut = flat.LastIndexOf(' ', max - 1);
        return flat[..(cut > max / 2 ? cut : max - 1)].TrimEnd(' ', ',', ';', ':', '.') + "…";
    }

    /// <summary>A label and its text in one paragraph: "Invloed: Groot", the label bold in its colour.</summary>
    public static TextParagraph Inline(string label, string text, string labelColor, bool first) =>
        new([new TextRun(label + ": ", true, labelColor), new TextRun(text)], SpaceBeforeEm: first ? 0 : 0.45);

    /// <summary>A label over text: the label bold in its colour, the text below it.</summary>
    /// <param name="labelPt">The label's own size, smaller than the text it heads (a reader: "Eigen belang" in bold at the size of its text).</param>
    public static IEnumerable<TextParagraph> Labelled(string label, string text, string labelColor, bool first, string? textColor = null, double? labelPt = null)
    {
        yield return new TextParagraph([new TextRun(label, true, labelColor)], SpaceBeforeEm: first ? 0 : 0.7, SizePt: labelPt);
        yield return new TextParagraph([new TextRun(text, false, textColor)], SpaceBeforeEm: 0.1);
    }
}
