using HalenBrengen.Layout;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Fonts;

namespace HalenBrengen.Layout.Tests;

public sealed class UnitTests
{
    [Fact]
    public void Lengths_convert_exactly_between_mm_points_and_emu()
    {
        Assert.Equal(36_000, Emu.FromMm(1).Value);
        Assert.Equal(12_700, Emu.FromPt(1).Value);
        Assert.Equal(914_400, Emu.FromInch(1).Value);
        Assert.Equal(841, Emu.FromMm(841).Mm, 6);
        Assert.Equal(72, Emu.FromInch(1).Pt, 6);
    }

    [Fact]
    public void A_no_break_space_keeps_an_amount_on_one_line()
    {
        // "€ 15.000" with U+00A0: at a width that breaks after "(€" with a plain space, the amount moves whole.
        var plain = Contexts.Text.Wrap(new TextParagraph("Geld (€ 15.000)"), Contexts.Text.Regular.Width("Geld (€ 15.00", 20), 20);
        var kept = Contexts.Text.Wrap(new TextParagraph("Geld (€\u00A015.000)"), Contexts.Text.Regular.Width("Geld (€ 15.00", 20), 20);
        Assert.Contains(plain, l => l.TrimEnd().EndsWith('€'));
        Assert.Contains(kept, l => l.Contains("€\u00A015.000)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_deck_is_16_by_9() => Assert.Equal(16.0 / 9, Page.SlideWidth.Value / (double)Page.SlideHeight.Value, 3);
}

public sealed class FontMetricsTests
{
    [Fact]
    public void A_run_in_the_mastheads_serif_is_measured_with_its_widths_not_calibris()
    {
        // Times New Roman bold, measured with Liberation Serif bold (the same advances): 'W' is a full em there, 2048 units of 2048.
        Assert.Equal(40.0, Fonts.FontMetrics.MastheadBold.Width("W", 40), 6);
        var name = "Wijkalliantie De Hoge Akkers";
        var serif = new TextParagraph([new TextRun(name, true, Font: Fonts.FontMetrics.MastheadFont)], SpaceBeforeEm: 0);
        var sans = new TextParagraph([new TextRun(name, true)], SpaceBeforeEm: 0);
        // A box just wide enough for the name in Calibri bold is too narrow for it in the serif, and the other way round.
        var calibri = Contexts.Text.Bold.Width(name, 40) / 0.96 + 1;
        var times = Fonts.FontMetrics.MastheadBold.Width(name, 40) / 0.96 + 1;
        Assert.NotEqual(Contexts.Text.LineCount(serif, Math.Min(calibri, times), 40), Contexts.Text.LineCount(sans, Math.Min(calibri, times), 40));
        Assert.Equal(1, Contexts.Text.LineCount(serif, times, 40));
    }

    [Fact]
    public void A_regular_run_in_the_serif_is_measured_with_the_regular_serifs_widths()
    {
        // Liberation Serif regular (Times New Roman's advances): 'a' 909 units of 2048, bold 1024; the front page's lead is set in it,
        // and measured with the bold face its lines came out one word short (a lone last word on the slide).
        Assert.Equal(909 * 36.0 / 2048, Fonts.FontMetrics.MastheadRegular.Width("a", 36), 6);
        Assert.Equal(1024 * 36.0 / 2048, Fonts.FontMetrics.MastheadBold.Width("a", 36), 6);
        var lead = "Elk huishouden in De Hoge Akkers met geldzorgen is binnen een stap bij de juiste hulp";
        var regular = new TextParagraph([new TextRun(lead, false, Font: Fonts.FontMetrics.MastheadFont)], SpaceBeforeEm: 0);
        var width = Fonts.FontMetrics.MastheadRegular.Width(lead, 36) / 0.96 + 1;
        Assert.Equal(1, Contexts.Text.LineCount(regular, width, 36));
    }

    [Fact]
    public void Widths_are_calibris_known_advances()
    {
        // Calibri/Carlito at 2048 units per em: space 463, 'A' 1185, 'm' 1636.
        Assert.Equal(463 * 10.0 / 2048, Contexts.Text.Regular.Width(" ", 10), 6);
        Assert.Equal(1185 * 10.0 / 2048, Contexts.Text.Regular.Width("A", 10), 6);
        Assert.True(Contexts.Text.Bold.Width("Halen en brengen", 20) > Contexts.Text.Regular.Width("Halen en brengen", 20));
        Assert.Equal(1.2207, Contexts.Text.Regular.LineHeightEm, 3);
    }

    [Fact]
    public void Characters_the_font_lacks_count_as_a_full_em_and_emoji_as_their_fonts_width()
    {
        Assert.Equal(12 * Fallback.EmojiWidthEm, Contexts.Text.Regular.Width("💪", 12), 6);
        Assert.Equal(12, Contexts.Text.Regular.Width("✔", 12), 6);
        Assert.Equal(12 * Fallback.EmojiWidthEm, Contexts.Text.Regular.Width("✔\uFE0F", 12), 6);
        Assert.Equal(24, Contexts.Text.Regular.Width("تع", 12), 6);
    }
}

public sealed class TextLayoutTests
{
    [Fact]
    public void Text_wraps_at_spaces_and_breaks_a_word_longer_than_the_line()
    {
        var lines = Contexts.Text.Wrap(new TextParagraph("een twee drie vier"), Contexts.Text.Regular.Width("een twee", 20) / 0.96 + 0.5, 20);
        Assert.Equal(["een twee", "drie vier"], lines);

        var longWord = new string('m', 40);
        var broken = Contexts.Text.Wrap(new TextParagraph(longWord), 100, 20);
        Assert.True(broken.Count > 1);
        Assert.Equal(longWord, string.Concat(broken));
    }

    [Fact]
    public void A_line_break_in_a_cell_starts_a_new_line()
    {
        Assert.Equal(["eerste", "tweede"], Contexts.Text.Wrap(new TextParagraph("eerste\ntweede"), 500, 12));
    }

    [Fact]
    public void The_largest_size_that_fits_is_chosen_and_none_below_the_minimum()
    {
        var box = Rect.Mm(0, 0, 100, 20);
        var shortText = new[] { new TextParagraph("Kort") };
        Assert.Equal(30, Contexts.Text.LargestFit(shortText, box, 30, 12));
        var longText = new[] { new TextParagraph(string.Join(" ", Enumerable.Repeat("woord", 200))) };
        Assert.Null(Contexts.Text.LargestFit(longText, box, 30, 12));
    }

    [Fact]
    public void Paginating_keeps_every_word_in_order_even_for_a_paragraph_taller_than_a_page()
    {
        var huge = string.Join(" ", Enumerable.Range(0, 3000).Select(i => $"w{i}"));
        var paragraphs = new[] { new TextParagraph("begin"), new TextParagraph(huge, bullet: true), new TextParagraph("einde") };
        var box = Rect.Mm(0, 0, 150, 80);

        var pages = Contexts.Text.Paginate(paragraphs, box, 12);

        Assert.True(pages.Count > 3);
        Assert.All(pages, page => Assert.True(Contexts.Text.Fits(page, box, 12)));
        var words = pages.SelectMany(p => p).SelectMany(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(paragraphs.SelectMany(p => p.Text.Split(' ')), words);
    }

    [Fact]
    public void A_table_that_does_not_fit_one_slide_is_paged_with_its_header_and_every_row()
    {
        var rows = Enumerable.Range(0, 60).Select(i => (IReadOnlyList<string>)[$"Partij {i}", string.Join(" ", Enumerable.Repeat("tekst", 20 + i % 7))]).ToList();

        var pages = Tables.Plan(Contexts.Session, Contexts.Session.Page.BodyBox, [1, 3], ["Partij", "Wat"], rows, 24, 18);

        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.Equal(["Partij", "Wat"], p.Header));
        Assert.All(pages, p => Assert.True(p.Box.Height <= Contexts.Session.Page.BodyBox.Height && p.FontSizePt == 18));
        // Balanced: no continued page is much emptier than the others.
        Assert.All(pages, p => Assert.True(p.Box.Height.Value >= Contexts.Session.Page.BodyBox.Height.Value * Pages.MinimumFill, $"{p.Rows.Count} rows only"));
        Assert.Equal(rows.Select(r => r[0]), pages.SelectMany(p => p.Rows).Select(r => r[0]));
    }

    [Fact]
    public void A_page_that_starts_inside_a_group_repeats_the_groups_leading_cells()
    {
        var rows = Enumerable.Range(0, 40).Select(i => (IReadOnlyList<string>)(i % 5 == 0
            ? [$"Wens {i / 5}", $"Partij {i / 5}", string.Join(" ", Enumerable.Repeat("aanbod", 12))]
            : ["", "", string.Join(" ", Enumerable.Repeat("aanbod", 12))])).ToList();

        var pages = Tables.Plan(Contexts.Session, Contexts.Session.Page.BodyBox, [1, 1, 3], ["Wens", "Van", "Aanbod"], rows, 16, 14, carry: 2);

        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.True(p.Rows[0][0].Length > 0 && p.Rows[0][1].Length > 0, "a page starts with rows of unknown belonging"));
        Assert.All(pages, p => Assert.True(p.Box.Bottom <= Contexts.Session.Page.BodyBox.Bottom));
        Assert.Equal(rows.Select(r => r[2]), pages.SelectMany(p => p.Rows).Select(r => r[2]));
    }

    [Fact]
    public void A_small_table_fits_one_slide_at_the_largest_size()
    {
        var pages = Tables.Plan(Contexts.Session, Contexts.Session.Page.BodyBox, [1, 1], ["A", "B"], [["een", "twee"]], 24, 18);
        Assert.Equal(24, Assert.Single(pages).FontSizePt);
    }
}

public sealed class LineCountTests
{
    /// <summary>Words of every kind a card holds: short, long, unbreakable, accented, a surrogate pair, spaces in runs.</summary>
    private static readonly string[] Words =
    [
        "de", "wijk", "huurachterstand", "schuldhulpverlening", "é", "Ĳsselmonde", "🙂", "  ", " ", "\n", "\n\n",
        "arbeidsmarktparticipatiebevorderingsprogramma", "€ 120.000", "a", "ZORG", "vroegsignalering,",
    ];

    [Fact]
    public void Counting_lines_gives_exactly_the_lines_wrapping_makes()
    {
        var random = new Random(20261123);
        for (var n = 0; n < 3000; n++)
        {
            var runs = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
                new TextRun(string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(0, 25)).Select(_ => Words[random.Next(Words.Length)])),
                    random.Next(2) == 0)).ToList();
            var paragraph = new TextParagraph(runs, Bullet: random.Next(2) == 0);
            var width = random.Next(20, 900);
            var size = random.Next(8, 72);

            Assert.Equal(Contexts.Text.WrapRuns(paragraph, width, size).Count, Contexts.Text.LineCount(paragraph, width, size));
        }
    }
}
