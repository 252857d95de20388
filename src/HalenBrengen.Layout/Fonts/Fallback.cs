using System.Globalization;
using System.Text;

namespace HalenBrengen.Layout.Fonts;

/// <summary>
/// Characters a look's font lacks that a reader must still see: emoji (🙂, 💪) and symbols (✔, ■). The plan
/// writes each run of them in a font that has them (<see cref="TextRun.Font"/>), and the writer names that
/// font in every slot a renderer may take a run's font from (ECMA-376 Part 1, 21.1.2.3.7 latin, 21.1.2.3.3 ea,
/// 21.1.2.3.1 cs, 21.1.2.3.10 sym): LibreOffice's import sets a run's Western, Asian and complex fonts from
/// latin, ea and cs and treats emoji as Western text, so a run left in Calibri shows a box where no font
/// fallback finds the glyph; fontconfig maps "Segoe UI Emoji" to the system's emoji font (45-generic.conf),
/// Windows has it by that name. Letters of other scripts are left to the application's East Asian and
/// complex-script fonts, as before.
/// </summary>
public static class Fallback
{
    /// <summary>The fonts named for emoji and for other symbols: on every Windows since 8, mapped by fontconfig elsewhere.</summary>
    public const string EmojiFont = "Segoe UI Emoji", SymbolFont = "Segoe UI Symbol";

    /// <summary>
    /// An emoji's advance, in ems. Noto Color Emoji's is 2550 units of 2048 (1.245 em, read from the font);
    /// Segoe UI Emoji's cannot be read here, so every emoji counts a little wider than Noto's, on the safe side.
    /// </summary>
    public const double EmojiWidthEm = 1.3;

    /// <summary>
    /// A line holding a fallback character, in ems: an emoji font's line is taller than Calibri's 1.22 em
    /// (Noto Color Emoji's 1.17 em, Segoe UI's family about 1.33 em); a paragraph holding one is measured at
    /// this line height throughout, on the safe side.
    /// </summary>
    public const double LineHeightEm = 1.35;

    /// <summary>
    /// Whether a code point is an emoji whatever follows it: the pictographic planes (🙂, 💪, flags). A symbol
    /// of the basic plane (✓, ■, ☺) is drawn as text unless an emoji selector (U+FE0F) follows it.
    /// </summary>
    public static bool IsEmoji(int codePoint) => codePoint is >= 0x1F000 and <= 0x1FAFF;

    /// <summary>The emoji presentation selector: the symbol before it is drawn as an emoji.</summary>
    public const char EmojiSelector = '\uFE0F';

    /// <summary>Characters that join an emoji to the one before it: a joiner, variation selectors, a keycap, skin tones, tags.</summary>
    private static bool Joins(int codePoint) =>
        codePoint is 0x200D or 0xFE0E or 0xFE0F or 0x20E3 or >= 0x1F3FB and <= 0x1F3FF or >= 0xE0020 and <= 0xE007F;

    /// <summary>
    /// The font a code point needs instead of the face, or null when the face has it (or it is a letter, left
    /// to the application's own fonts for its script): an emoji's font for an emoji, or for a symbol an emoji
    /// selector follows (<paramref name="selected"/>); a symbol font for any other symbol the face lacks.
    /// </summary>
    public static string? FontFor(int codePoint, FontMetrics face, bool selected = false)
    {
        if (codePoint <= 0xFFFF && face.Has((char)codePoint))
            return null;
        if (IsEmoji(codePoint))
            return EmojiFont;
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol ? selected ? EmojiFont : SymbolFont : null;
    }

    /// <summary>Whether a text holds a character the face lacks and a fallback font draws (cheap for text without one).</summary>
    public static bool Needs(string text, FontMetrics face)
    {
        // Latin text, its punctuation, the euro and the bullet all lie below the letterlike symbols.
        if (text.AsSpan().IndexOfAnyInRange('\u2100', '\uFFFF') < 0)
            return false;
        foreach (var rune in text.EnumerateRunes())
            if (FontFor(rune.Value, face) is not null)
                return true;
        return false;
    }

    /// <summary>
    /// A run cut where its font must change: what the face has stays in the run's own font, each stretch of
    /// emoji (with their joiners) or symbols the face lacks becomes a run of the same weight and colour in its
    /// fallback font. A run the face covers comes back as it is.
    /// </summary>
    public static IReadOnlyList<TextRun> Split(TextRun run, TextLayout text)
    {
        var face = text.For(run.Bold);
        if (run.Font is not null || !Needs(run.Text, face))
            return [run];
        var runs = new List<TextRun>();
        var piece = new StringBuilder();
        string? font = null;
        void Flush()
        {
            if (piece.Length > 0)
                runs.Add(run with { Text = piece.ToString(), Font = font });
            piece.Clear();
        }
        var runes = run.Text.EnumerateRunes().ToList();
        for (var i = 0; i < runes.Count; i++)
        {
            var rune = runes[i].Value;
            // A joiner or selector stays with the emoji it belongs to; a space between two emoji stays in the text's own font.
            var selected = i + 1 < runes.Count && runes[i + 1].Value == EmojiSelector;
            var wanted = font == EmojiFont && Joins(rune) ? EmojiFont : FontFor(rune, face, selected);
            if (wanted != font)
            {
                Flush();
                font = wanted;
            }
            piece.Append(runes[i].ToString());
        }
        Flush();
        return runs;
    }

    /// <summary>A paragraph's runs, each cut where its font must change.</summary>
    public static TextParagraph Split(TextParagraph paragraph, TextLayout text) =>
        paragraph.Runs.Any(r => r.Font is null && Needs(r.Text, text.For(r.Bold)))
            ? paragraph with { Runs = paragraph.Runs.SelectMany(r => Split(r, text)).ToList() }
            : paragraph;

    /// <summary>A slide with every text's runs and every table's cells cut where their font must change; the same slide when none must.</summary>
    public static SlidePlan Apply(SlidePlan slide, TextLayout text)
    {
        SlideElement Of(SlideElement element) => element switch
        {
            TextElement t when t.Paragraphs.Any(p => p.Runs.Any(r => r.Font is null && Needs(r.Text, text.For(r.Bold)))) =>
                t with { Paragraphs = t.Paragraphs.Select(p => Split(p, text)).ToList() },
            TableElement t when t.Header.Concat(t.Rows.SelectMany(r => r)).Any(cell => Needs(cell, text.Regular)) => t with
            {
                Fallbacks = t.Header.Concat(t.Rows.SelectMany(r => r)).Where(cell => Needs(cell, text.Regular)).Distinct()
                    .ToDictionary(cell => cell, cell => Split(new TextRun(cell), text)),
            },
            _ => element,
        };
        var elements = slide.Elements.Select(Of).ToList();
        var title = slide.Title is { } t ? (TextElement)Of(t) : null;
        return elements.SequenceEqual(slide.Elements) && ReferenceEquals(title, slide.Title) ? slide : slide with { Title = title, Elements = elements };
    }
}
