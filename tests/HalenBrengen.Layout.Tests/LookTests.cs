using HalenBrengen.Layout.Fonts;
using HalenBrengen.Layout.Style;

namespace HalenBrengen.Layout.Tests;

/// <summary>
/// The look of a house style without any file format: the palette and its contrast, fonts measured from
/// a TrueType file, a logo's corner and room. Templates are <see cref="HouseStyle"/> records here.
/// </summary>
public sealed class LookTests
{
    private static HouseStyle Style(string background, string text, string light2, params string[] accents) => new("proef.potx",
        new ThemeColours(text, background, "1B3A4B", light2, accents[0], accents[1], accents[2], accents[3], accents[4], accents[5], "0563C1", "954F72"),
        ColourMap.Standard, null, null, "Calibri", "Calibri", null, []);

    /// <summary>A dark template: its master maps the background to dk1 and the text to lt1.</summary>
    private static readonly HouseStyle Dark = Style("F2F2F2", "101820", "DDDDDD", "4FC3F7", "FFB300", "81C784", "E57373", "BA68C8", "4DB6AC") with
    {
        Map = new ColourMap(SchemeColour.Dark1, SchemeColour.Light1, SchemeColour.Dark2, SchemeColour.Light2),
    };

    public static TheoryData<string, HouseStyle> Styles => new()
    {
        { "Office 2013", Style("FFFFFF", "000000", "E7E6E6", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47") },
        { "pastels", Style("FFFFFF", "595959", "F2F2F2", "A9D18E", "FFE699", "F4B183", "BDD7EE", "C9C9C9", "FFD966") },
        { "cream", Style("FFF8E7", "3B3B3B", "FFEFD0", "C00000", "FFC000", "92D050", "00B0F0", "7030A0", "FF0000") },
        { "dark", Dark },
        { "grey on grey", Style("808080", "888888", "7F7F7F", "808080", "818181", "7E7E7E", "828282", "838383", "848484") },
    };

    [Theory]
    [MemberData(nameof(Styles))]
    public void Every_text_colour_has_4_5_to_1_on_every_surface_and_lines_3_to_1(string name, HouseStyle style)
    {
        var look = Look.Of(style, []);
        foreach (var palette in new[] { look.Palette, look.Print.Palette })
        {
            foreach (var text in new[] { palette.Ink, palette.Muted, palette.Accent, palette.Halen, palette.Brengen, palette.Eis, palette.Warning })
                foreach (var surface in palette.Surfaces)
                    Assert.True(Contrast.Ratio(text, surface) >= Contrast.Text, $"{name}: #{text} on #{surface}: {Contrast.Ratio(text, surface):F2}:1");
            foreach (var surface in new[] { palette.Background, palette.Light, palette.Paper })
                Assert.True(Contrast.Ratio(palette.Rule, surface) >= Contrast.Graphics, $"{name}: line #{palette.Rule} on #{surface}");
        }
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Every_change_of_a_template_colour_is_a_note_with_its_contrast_before_and_after(string name, HouseStyle style)
    {
        var look = Look.Of(style, []);
        var raw = new Dictionary<ColourRole, string>
        {
            [ColourRole.Text] = style.Text1, [ColourRole.Accent] = style.Colours.Accent1,
        };
        foreach (var (role, colour) in raw)
        {
            var used = role == ColourRole.Text ? look.Palette.Ink : look.Palette.Accent;
            var note = look.Notes.OfType<ColourAdjusted>().SingleOrDefault(n => n.Role == role);
            Assert.True(used == colour ? note is null : note is { } n && n.From == colour && n.To == used && n.Before < Contrast.Text && n.After >= Contrast.Text,
                $"{name}: {role} #{colour} used as #{used}, note {note}");
        }
    }

    [Fact]
    public void A_colour_is_changed_no_more_than_it_needs()
    {
        var adjusted = Contrast.Readable("FFC000", ["FFFFFF"], Contrast.Text)!;
        var step = Enumerable.Range(1, 100).First(s => Contrast.Mix("FFC000", "000000", s / 100.0) == adjusted);

        Assert.True(Contrast.Ratio(adjusted, "FFFFFF") >= Contrast.Text);
        Assert.True(Contrast.Ratio(Contrast.Mix("FFC000", "000000", (step - 1) / 100.0), "FFFFFF") < Contrast.Text);
        Assert.Equal("1F4E79", Contrast.Readable("1F4E79", ["FFFFFF"], Contrast.Text));
        Assert.Null(Contrast.Readable("808080", ["000000", "FFFFFF"], 5.0)); // no colour has 5:1 on both black and white
    }

    [Fact]
    public void Halen_and_brengen_take_two_accents_with_colour_that_differ_from_accent_1_and_each_other()
    {
        // Accent 2 is accent 1 again, accent 3 grey, accent 5 accent 4 again.
        var look = Look.Of(Style("FFFFFF", "000000", "F2F2F2", "1F4E79", "1F4E79", "A5A5A5", "C00000", "C00000", "00B050"), []);

        Assert.Equal("C00000", Chosen(look, ColourRole.Halen, look.Palette.Halen));
        Assert.Equal("00B050", Chosen(look, ColourRole.Brengen, look.Palette.Brengen));
    }

    /// <summary>The template colour chosen for a role: before its change for contrast, if it had one.</summary>
    private static string Chosen(Look look, ColourRole role, string used) =>
        look.Notes.OfType<ColourAdjusted>().SingleOrDefault(n => n.Role == role)?.From ?? used;

    [Fact]
    public void A_dark_page_is_kept_on_screen_and_the_posters_are_printed_light()
    {
        var look = Look.Of(Dark, []);

        Assert.False(Contrast.IsLight(look.Palette.Background));
        Assert.True(Contrast.IsLight(look.Print.Palette.Background));
        Assert.Contains(look.Notes, n => n is PrintedLight);
        Assert.Same(Look.House, Look.House.Print);
    }

    [Fact]
    public void The_house_look_is_the_colours_the_files_always_had()
    {
        Assert.Equal("1F4E79", Look.House.Palette.Accent);
        Assert.Equal("FFFFFF", Contexts.Session.Colours.Background);
        Assert.Equal("Calibri", Contexts.Session.Look.Body.Name);
        Assert.Empty(Look.House.Notes);
    }

    [Fact]
    public void A_font_the_layout_has_no_widths_for_is_replaced_by_calibri_with_a_note()
    {
        var look = Look.Of(Style("FFFFFF", "000000", "F2F2F2", "1F4E79", "C00000", "00B050", "7030A0", "0070C0", "FFC000") with { HeadingFont = "Georgia", BodyFont = "Carlito" }, []);

        Assert.Equal("Calibri", look.Heading.Name);
        Assert.Equal("Carlito", look.Body.Name);
        Assert.Equal("Georgia", Assert.Single(look.Notes.OfType<FontReplaced>()).Font);
        Assert.Same(FontMetrics.CarlitoRegular, look.Text.Regular);
    }

    [Fact]
    public void A_font_given_as_a_file_is_measured_from_it_and_bold_without_its_file_a_little_wider()
    {
        var regular = SystemFont("LiberationSans-Regular.ttf");
        var (font, problem) = TrueTypeFont.Read(regular);
        Assert.True(font is not null, problem);
        Assert.Equal("Liberation Sans", font.Family);
        Assert.False(font.Bold);

        var look = Look.Of(Style("FFFFFF", "000000", "F2F2F2", "1F4E79", "C00000", "00B050", "7030A0", "0070C0", "FFC000") with { HeadingFont = "Liberation Sans", BodyFont = "Liberation Sans" },
            [new FontFile("LiberationSans-Regular.ttf", font)]);

        Assert.Equal("Liberation Sans", look.Body.Name);
        Assert.True(Assert.Single(look.Notes.OfType<FontMeasured>()).BoldEstimated);
        // Liberation Sans has Arial's widths: 'W' is 1933 of 2048 units, so 10 W at 10 pt are 94.4 pt wide.
        Assert.Equal(1933 * 100 / 2048.0, look.Text.Regular.Width("WWWWWWWWWW", 10), 3);
        Assert.True(look.Text.Bold.Width("Halen en brengen", 20) > look.Text.Regular.Width("Halen en brengen", 20) * 1.07);
        Assert.True(look.Text.LineCount(new TextParagraph("WWWWWWWWWW"), 94.4 / 0.96 - 1, 10) == 2, "measured with the file's widths");
    }

    [Fact]
    public void The_font_reader_gives_the_same_widths_as_the_built_in_carlito_table()
    {
        var (font, _) = TrueTypeFont.Read(SystemFont("Carlito-Regular.ttf", "crosextra"));
        var metrics = FontMetrics.FromTrueType(font!);
        var sample = "Halen en brengen: één stap, 50 % — ‘zo’ ∑";

        Assert.Equal("Carlito", font!.Family);
        Assert.Equal(FontMetrics.CarlitoRegular.Width(sample, 28), metrics.Width(sample, 28), 6);
        Assert.Equal(FontMetrics.CarlitoRegular.LineHeight(28), metrics.LineHeight(28), 6);
    }

    [Fact]
    public void A_file_that_is_no_font_is_answered_with_why()
    {
        Assert.NotNull(TrueTypeFont.Read("not a font at all, just text"u8).Problem);
        Assert.NotNull(TrueTypeFont.Read(SystemFont("LiberationSans-Regular.ttf")[..1000]).Problem);
        Assert.NotNull(TrueTypeFont.Read([]).Problem);
    }

    [Fact]
    public void Text_measured_for_two_fonts_fits_the_wider_of_them_character_by_character()
    {
        var (font, _) = TrueTypeFont.Read(SystemFont("LiberationSans-Regular.ttf"));
        var liberation = FontMetrics.FromTrueType(font!);
        var widest = FontMetrics.Widest(liberation, FontMetrics.CarlitoRegular);

        foreach (var c in "aimW0 éß")
            Assert.Equal(Math.Max(liberation.Width(c.ToString(), 100), FontMetrics.CarlitoRegular.Width(c.ToString(), 100)), widest.Width(c.ToString(), 100), 1);
    }

    [Theory]
    [InlineData(0.05, 0.05, Corner.TopLeft)]
    [InlineData(0.8, 0.03, Corner.TopRight)]
    [InlineData(0.02, 0.9, Corner.BottomLeft)]
    [InlineData(0.85, 0.85, Corner.BottomRight)]
    public void The_logo_keeps_the_corner_it_has_on_the_template_and_its_aspect(double x, double y, Corner corner)
    {
        var picture = new Picture([0x89, 0x50, 0x4E, 0x47], "image/png");
        var look = Look.Of(Style("FFFFFF", "000000", "F2F2F2", "1F4E79", "C00000", "00B050", "7030A0", "0070C0", "FFC000") with
            { Logo = new TemplateLogo(picture, x, y, 0.1, 0.06, 3.0) }, []);

        Assert.Equal(corner, look.Logo!.Corner);
        var page = Page.Slide(look);
        var box = page.Logo!.Value;
        Assert.Equal(3.0, box.Width.Value / (double)box.Height.Value, 2);
        Assert.True(page.Bounds.Contains(box));
        Assert.False(page.TitleBox.Overlaps(box));
        Assert.False(page.BodyBox.Overlaps(box));
        Assert.True(page.BodyBox.Height.Mm >= 120 && page.TitleBox.Width.Mm >= 250, $"body {page.BodyBox}, title {page.TitleBox}");
    }

    [Fact]
    public void A_box_beside_another_keeps_its_largest_part_with_the_gap_between()
    {
        var title = Rect.Mm(12, 7, 314, 30);
        var logo = Rect.Mm(280, 7, 45, 15);

        var beside = title.Beside(logo, Emu.FromMm(6));

        Assert.Equal(Rect.Mm(12, 7, 262, 30), beside);
        Assert.Equal(Rect.Mm(12, 40, 314, 140), Rect.Mm(12, 40, 314, 140).Beside(logo, Emu.FromMm(6)));
        Assert.Equal(Rect.Mm(7, 28, 324, 155), Rect.Mm(7, 7, 324, 176).Beside(logo, Emu.FromMm(6)));
    }

    /// <summary>A font file of the machine's; .ci/run installs fonts-liberation2 and fonts-crosextra-carlito.</summary>
    private static byte[] SystemFont(string file, string folder = "liberation2")
    {
        var path = Path.Combine("/usr/share/fonts/truetype", folder, file);
        if (File.Exists(path))
            return File.ReadAllBytes(path);
        var message = $"{path} is not installed on this machine; .ci/run installs it.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(message + " Under CI this test may not be skipped.");
        Assert.Skip(message);
        return [];
    }
}
