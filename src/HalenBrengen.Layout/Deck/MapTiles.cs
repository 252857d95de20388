using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Deck;

/// <summary>What a tile of the combined map shows, measured: how much of a partner's words it holds.</summary>
/// <param name="Least">The fewest words shown of an item that is shortened (<see cref="int.MaxValue"/> when every item shown is whole; 0 when nothing fits).</param>
/// <param name="Shown">The characters of the partner's own words on the tile, to compare arrangements and sizes by.</param>
/// <param name="Cut">The sides whose first item is shortened: "halen", "brengen".</param>
internal sealed record TileContent(IReadOnlyList<TextParagraph> Paragraphs, int Least, int Shown, IReadOnlyList<string>? Cut = null)
{
    public static readonly TileContent Nothing = new([], 0, 0);
}

/// <summary>
/// One partner's tile on the combined map: its name on a bar in the accent colour, and under it what it wants
/// to get and can bring in its own words: its first halen (demands before wishes: the first shown is the strongest, and two readers missed every demand when it was a wish) and its first brengen, whole,
/// and no more, so every partner gets the same space on the map; when they do not fit whole, each shortened at a
/// word boundary.
/// </summary>
internal static class MapTiles
{
    /// <summary>A tile's words keep this far from its edges: at a slide's few points they touched the tile's foot once drawn (a fresh reader).</summary>
    public static readonly Emu Pad = Emu.FromMm(3);

    public static IEnumerable<SlideElement> Tile(PlanContext c, Partner partner, Rect tile, Emu barHeight, double size, SessionTexts t)
    {
        // Only a tile too small for a line of words under the name is all name bar: the planner avoids it.
        var bar = tile.Height - barHeight < Slides.Lines(c, 1, size) ? tile : tile with { Height = barHeight };
        yield return new TextElement(bar, [new TextParagraph([new TextRun(partner.Naam, true)], SpaceBeforeEm: 0)], size, c.Colours.OnFill, c.Colours.Accent,
            Anchor.Middle, TextAlign.Center, partner.Naam);
        var body = new Rect(tile.X, bar.Bottom, tile.Width, tile.Bottom - bar.Bottom);
        if (body.Height.Value <= 0)
            yield break;
        yield return new TextElement(body, Content(c, partner, body, size, t).Paragraphs, size, c.Colours.Ink, c.Colours.Light, Name: c.Words.Shapes.TileContent.Fill(partner.Naam),
            Margin: Pad);
    }

    /// <summary>The name bar's height at a size: room for the longest of the names (as many lines as it takes), so every bar on a slide is the same.</summary>
    public static Emu NameBar(PlanContext c, IEnumerable<string> names, Emu width, double size)
    {
        var inner = TextLayout.Inner(width, TextLayout.InsetX);
        var lines = names.Max(n => c.Text.LineCount(new TextParagraph([new TextRun(n, true)], SpaceBeforeEm: 0), inner, size));
        return Emu.FromPt(lines * c.Text.LineHeight(size) + 2) + TextLayout.InsetY * 2;
    }

    /// <summary>
    /// Whether every word of every name fits a tile's line at a size: a name broken inside a word
    /// ("Bewonersvereni-ging") is read badly from the back of the room, so a size and arrangement that
    /// keep words whole win over one that shows a few more characters (a wider house font makes this matter).
    /// </summary>
    public static bool WholeWords(PlanContext c, IEnumerable<string> names, Emu width, double size)
    {
        var inner = TextLayout.Inner(width, TextLayout.InsetX);
        return names.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct()
            .All(word => c.Text.LineCount(new TextParagraph([new TextRun(word, true)], SpaceBeforeEm: 0), inner, size) == 1);
    }

    /// <summary>
    /// What the partner wants and brings, as it fits the tile's body at a size: the first item a side whole (a tile
    /// showing a second item where another shows one gives that partner more of the room); else the first item
    /// a side word by word, each time to the side that shows fewer words, until neither takes another.
    /// </summary>
    public static TileContent Content(PlanContext c, Partner partner, Rect body, double size, SessionTexts t)
    {
        // Measured in the room the tile's padding leaves, with a slide's own insets (as Fits takes them off).
        var (dx, dy) = (Pad - TextLayout.InsetX, Pad - TextLayout.InsetY);
        var box = new Rect(body.X + dx, body.Y + dy, body.Width - dx - dx, body.Height - dy - dy);
        if (partner.Kaart is null)
        {
            var nothing = Fit(c, [new TextParagraph([new TextRun(t.NothingYet, false, c.Colours.Muted)], SpaceBeforeEm: 0)], box, size);
            return new TileContent(nothing, nothing.Count > 0 ? int.MaxValue : 0, 0);
        }
        var halen = Items.DemandsFirst(partner.Halen).Select(i => (Item: i, Words: Split(i.Text.Value))).ToList();
        var brengen = partner.Brengen.Select(i => (Item: i, Words: Split(i.Text.Value))).ToList();
        TileContent? Try(int k, int halenWords, int brengenWords)
        {
            var shown = new List<TextParagraph>();
            var (least, chars) = (int.MaxValue, 0);
            var cut = new List<string>();
            void Side(string label, string color, List<(Item Item, string[] Words)> items, int words, bool demands)
            {
                var runs = new List<TextRun> { new(label + ": ", true, color) };
                if (items.Count == 0)
                    runs.Add(new TextRun(t.NothingYet, false, c.Colours.Muted));
                foreach (var (item, all) in items.Take(k))
                {
                    if (runs.Count > 1) runs.Add(new TextRun(" · ", false, c.Colours.Muted));
                    if (demands && item.IsEis) runs.Add(new TextRun(t.Demand + " ", true, c.Colours.Eis));
                    var text = Shortened(all, words);
                    if (words < all.Length)
                    {
                        least = Math.Min(least, words);
                        cut.Add(demands ? "halen" : "brengen");
                    }
                    chars += text.Length;
                    runs.Add(new TextRun(text));
                }
                shown.Add(new TextParagraph(runs, SpaceBeforeEm: shown.Count == 0 ? 0 : 0.2));
            }
            // What it brings first, then what it wants (its demand first): four readers found the room's first look at the shared
            // map a row of demands, just before the question where interests overlap.
            Side(t.MapBrings, c.Colours.Brengen, brengen, brengenWords, demands: false);
            Side(t.MapGets, c.Colours.Halen, halen, halenWords, demands: true);
            return c.Text.Fits(shown, box, size) ? new TileContent(shown, least, chars, cut) : null;
        }
        if (halen.Count + brengen.Count == 0)
            return Try(0, 0, 0) ?? TileContent.Nothing;
        if (Try(1, int.MaxValue, int.MaxValue) is { } whole)
            return whole;
        return WordByWord(halen, brengen, (get, bring) => Try(1, get, bring));
    }

    /// <summary>
    /// Not one whole item a side: the first of each, a word at a time, to the side that shows fewer; a short item (at most
    /// <see cref="Rules.SessionMapRules.WholeUpTo"/> characters) made whole before the other side's long one takes more.
    /// </summary>
    private static TileContent WordByWord(List<(Item Item, string[] Words)> halen, List<(Item Item, string[] Words)> brengen, Func<int, int, TileContent?> tryWords)
    {
        int get = 1, bring = 1;
        if (tryWords(get, bring) is not { } best)
            return TileContent.Nothing;
        bool getMore = Words(halen) > get, bringMore = Words(brengen) > bring;
        bool Short(List<(Item Item, string[] Words)> items, int words) => items.Count > 0 && items[0].Item.Text.Value.Length <= Rules.SessionMapRules.WholeUpTo && words < items[0].Words.Length;
        while (getMore || bringMore)
        {
            var (shortGet, shortBring) = (getMore && Short(halen, get), bringMore && Short(brengen, bring));
            var toGet = getMore && (!bringMore || (shortGet && !shortBring) || (shortGet == shortBring && get <= bring));
            if (tryWords(get + (toGet ? 1 : 0), bring + (toGet ? 0 : 1)) is { } longer)
            {
                (best, get, bring) = (longer, get + (toGet ? 1 : 0), bring + (toGet ? 0 : 1));
            }
            else if (toGet) getMore = false;
            else bringMore = false;
            getMore &= Words(halen) > get;
            bringMore &= Words(brengen) > bring;
        }
        return best;
    }

    private static int Words(List<(Item Item, string[] Words)> items) => items.Count == 0 ? 0 : items[0].Words.Length;

    /// <summary>
    /// The first <paramref name="count"/> words of a text, marked "…" when that is not all of them (the whole item
    /// stands on the partner's own slides): a partner's words are shortened only between words, never inside one.
    /// </summary>
    public static string Shortened(string[] words, int count) =>
        count >= words.Length ? string.Join(' ', words) : string.Join(' ', words.Take(count)).TrimEnd(',', ';', ':', '.', '-', '–') + "…";

    /// <summary>A text's words, its typed line breaks read as spaces: a tile is too small to keep them.</summary>
    public static string[] Split(string text) => text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static IReadOnlyList<TextParagraph> Fit(PlanContext c, IReadOnlyList<TextParagraph> paragraphs, Rect box, double size) =>
        c.Text.Fits(paragraphs, box, size) ? paragraphs : [];
}
