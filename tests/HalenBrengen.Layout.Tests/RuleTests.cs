using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Rules;
using HalenBrengen.Layout.Style;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Layout.Tests;

/// <summary>
/// Each design rule catches what it is for: a small plan made by hand breaks one rule on purpose, and the
/// rule names it; the same plan made well breaks none.
/// </summary>
public sealed class RuleTests
{
    private static readonly Coalition Two = Generated.Coalition(2, 1);
    private static readonly PlanContext Session = Contexts.Session;
    private static readonly Palette Colours = Look.House.Palette;

    private static TextElement Title(string text = "Wat we halen en brengen", double size = 40) =>
        new(Session.Page.TitleBox, [new TextParagraph([new TextRun(text, true)], SpaceBeforeEm: 0)], size, Colours.Accent, Name: "Titel", Heading: true);

    private static TextElement Body(string text, double size = 24, Rect? box = null, string? colour = null, string? fill = null, string? name = "Tekst") =>
        new(box ?? Session.Page.BodyBox, [new TextParagraph(text)], size, colour ?? Colours.Ink, fill, Name: name);

    private static PresentationPlan Deck(params SlideElement[] elements) =>
        Session.Presentation("Proef", [new SlidePlan(SlideLayoutKind.Inhoud, Title(), elements, "")]);

    /// <summary>The plan with one element of one of its slides replaced: how a test breaks a rule on a real plan.</summary>
    private static PresentationPlan WithElement(PresentationPlan plan, SlidePlan slide, SlideElement old, SlideElement replacement) =>
        plan with { Slides = plan.Slides.Select(s => s != slide ? s : s with { Elements = s.Elements.Select(e => e == old ? replacement : e).ToList() }).ToList() };

    private static IReadOnlyList<Rule> Broken(PresentationPlan plan, Rule rule) =>
        DesignRules.Check(plan, Two, [rule]).Select(v => v.Rule).Distinct().ToList();

    [Fact]
    public void A_well_made_slide_breaks_no_rule_of_the_page()
    {
        var plan = Deck(Body("Een gewone zin die ruim past."));
        Assert.Empty(DesignRules.Check(plan, Two, [Rule.Fits, Rule.OnPage, Rule.NoOverlap, Rule.Sizes, Rule.TitleLargest, Rule.Contrast]));
    }

    [Fact]
    public void Text_too_long_for_its_box_does_not_fit() =>
        Assert.Equal([Rule.Fits], Broken(Deck(Body(string.Join(" ", Enumerable.Repeat("veel te veel woorden", 200)))), Rule.Fits));

    [Fact]
    public void A_box_past_the_slide_edge_is_off_the_page() =>
        Assert.Equal([Rule.OnPage], Broken(Deck(Body("Rand", box: Rect.Mm(300, 100, 60, 20))), Rule.OnPage));

    [Fact]
    public void A_session_box_on_the_page_but_in_the_margin_a_projector_crops_breaks_on_page()
    {
        // The old map slide's tiles: 3 mm from the left edge, on the page but where overscan cuts.
        Assert.Equal([Rule.OnPage], Broken(Deck(Body("Tegel", box: Rect.Mm(3, 60, 80, 30))), Rule.OnPage));
        Assert.Equal([Rule.OnPage], Broken(Deck(Body("Tegel", box: Rect.Mm(20, 160, 80, 28))), Rule.OnPage));
        Assert.Empty(Broken(Deck(Body("Tegel", box: Rect.Mm(12, 100, 80, 70))), Rule.OnPage));
    }

    [Fact]
    public void Two_boxes_on_one_spot_overlap() =>
        Assert.Equal([Rule.NoOverlap], Broken(Deck(Body("Een", box: Rect.Mm(20, 50, 80, 30)), Body("Twee", box: Rect.Mm(60, 60, 80, 30))), Rule.NoOverlap));

    [Fact]
    public void Body_text_under_20_pt_in_the_room_is_too_small() =>
        Assert.Equal([Rule.Sizes], Broken(Deck(Body("Klein", size: 18)), Rule.Sizes));

    [Fact]
    public void Text_as_large_as_the_title_breaks_title_largest() =>
        Assert.Equal([Rule.TitleLargest], Broken(Deck(Body("Even groot", size: 40)), Rule.TitleLargest));

    [Fact]
    public void Light_grey_on_white_has_too_little_contrast() =>
        Assert.Equal([Rule.Contrast], Broken(Deck(Body("Lichtgrijs", colour: "BBBBBB")), Rule.Contrast));

    [Fact]
    public void A_table_header_in_the_colour_of_its_fill_cannot_be_read()
    {
        var style = Session.Table with { HeaderText = Session.Table.HeaderFill };
        var table = new TableElement(Rect.Mm(12, 40, 200, 20), [Emu.FromMm(100), Emu.FromMm(100)], ["Partij", "Wens"], [["A", "B"]],
            [Emu.FromMm(10), Emu.FromMm(10)], 20, style, "Tabel");
        Assert.Equal([Rule.Contrast], Broken(Deck(table), Rule.Contrast));
    }

    [Fact]
    public void A_word_a_partner_wrote_that_is_missing_is_lost()
    {
        var all = string.Join(" ", Two.Partners.SelectMany(p => p.Halen.Concat(p.Brengen)).SelectMany(i => new[] { i.Text.Value, i.Toelichting?.Value, i.Omvang?.Value }));
        var k = Two.Partners[0].Kaart!;
        var whole = string.Join(" ", new[] { Two.Naam, Two.Samenwerking.Opgave?.Value, Two.Samenwerking.GedeeldeAmbitie?.Value, Two.Krantenkop,
            Two.Samenwerking.Begeleider?.Value, string.Join(" ", Two.Activiteiten.Select(a => a.Text.Value + " " + a.Wanneer?.Value)) }
            .Concat(Two.Partners.SelectMany(p => new[] { p.Naam, p.Kaart?.EigenBelang?.Value, p.Kaart?.GezamenlijkBelang?.Value, p.Kaart?.Ambitie?.Value, p.Kaart?.Krantenkop?.Value }))) + " " + all;
        PresentationPlan Listing(string text) => Session.Presentation("Proef", [new SlidePlan(SlideLayoutKind.Inhoud, Title(), [Body(text, box: Rect.Mm(0, 0, 5000, 5000))], "")]);

        Assert.Empty(DesignRules.Check(Listing(whole), Two, [Rule.NothingLost]));
        Assert.Equal([Rule.NothingLost], Broken(Listing(whole.Replace(k.EigenBelang!.Value, "", StringComparison.Ordinal)), Rule.NothingLost));
    }

    [Fact]
    public void An_item_cut_over_two_slides_is_not_read_whole()
    {
        var items = Two.Partners.SelectMany(p => p.Halen.Concat(p.Brengen)).Select(i => i.Text.Value).ToList();
        var first = items[0];
        var cut = first.Length / 2;
        PresentationPlan Slides(IEnumerable<string> paragraphs) => Session.Presentation("Proef",
            paragraphs.Select(t => new SlidePlan(SlideLayoutKind.Inhoud, Title(), [Body(t)], "")).ToList());

        Assert.Empty(DesignRules.Check(Slides(items), Two, [Rule.ItemWhole]));
        Assert.Equal([Rule.ItemWhole], Broken(Slides([first[..cut], first[cut..], .. items.Skip(1)]), Rule.ItemWhole));
    }

    [Fact]
    public void An_item_marked_continued_though_it_fits_one_slide_is_not_read_whole()
    {
        var items = Two.Partners.SelectMany(p => p.Halen.Concat(p.Brengen)).Select(i => i.Text.Value).ToList();
        var first = items[0];
        var cut = first.IndexOf(' ', first.Length / 2);
        var mark = Session.Words.Session.ContinuedItem;
        PresentationPlan Slides(IEnumerable<string> paragraphs) => Session.Presentation("Proef",
            paragraphs.Select(t => new SlidePlan(SlideLayoutKind.Inhoud, Title(), [Body(t)], "")).ToList());

        Assert.Equal([Rule.ItemWhole], Broken(Slides([first[..cut], mark + " " + first[(cut + 1)..], .. items.Skip(1)]), Rule.ItemWhole));
    }

    [Fact]
    public void A_sub_line_under_20_pt_is_too_small_though_its_box_is_not()
    {
        var detail = new TextElement(Session.Page.BodyBox, [new TextParagraph("Een item"), new TextParagraph([new TextRun("toelichting")], SizePt: 16)], 24,
            Colours.Ink, Name: "Tekst");
        Assert.Equal([Rule.Sizes], Broken(Deck(detail), Rule.Sizes));
    }

    /// <summary>Both partners' slides, titled with their names at these sizes, each over a text at <paramref name="body"/> pt.</summary>
    private static PresentationPlan PartnerDeck(double first, double second, double body) => Session.Presentation("Proef",
        [.. Two.Partners.Zip([first, second]).Select(x => new SlidePlan(SlideLayoutKind.Inhoud, Title(x.First.Naam, x.Second), [Body("Wat we halen", body)], ""))]);

    [Fact]
    public void A_partners_name_less_than_one_and_a_half_times_its_text_breaks_partner_title()
    {
        Assert.Empty(DesignRules.Check(PartnerDeck(40, 40, 24), Two, [Rule.PartnerTitle, Rule.EqualPartners]));
        Assert.Equal([Rule.PartnerTitle], Broken(PartnerDeck(40, 40, 28), Rule.PartnerTitle));
    }

    [Fact]
    public void Partners_named_at_different_sizes_are_not_equal() =>
        Assert.Equal([Rule.EqualPartners], Broken(PartnerDeck(40, 36, 20), Rule.EqualPartners));

    [Fact]
    public void An_emoji_left_in_the_theme_font_breaks_fallback_font()
    {
        var plan = Deck(Body("Goed gedaan \U0001F642"));
        Assert.Empty(DesignRules.Check(plan, Two, [Rule.FallbackFont]));
        var bare = plan with { Slides = [.. plan.Slides.Select(s => s with { Elements = [.. s.Elements.Select(e => e is TextElement t
            ? t with { Paragraphs = [.. t.Paragraphs.Select(p => p with { Runs = [new TextRun(p.Text)] })] } : e)] })] };
        Assert.Equal([Rule.FallbackFont], Broken(bare, Rule.FallbackFont));
    }

    [Fact]
    public void Unequal_or_lopsided_tiles_break_equal_tiles_and_symmetry()
    {
        var (a, b) = (Two.Partners[0].Naam, Two.Partners[1].Naam);
        // Around the middle of the slide (the title spans it), 169.3 mm from the left edge.
        var centre = Body("Ambitie", box: Rect.Mm(139.3, 80, 60, 40), name: "Ambitie");
        PresentationPlan Map(Rect first, Rect second) => Deck(centre, Body(a, box: first, name: a), Body(b, box: second, name: b));

        var mirrored = Map(Rect.Mm(59.3, 80, 60, 40), Rect.Mm(219.3, 80, 60, 40));
        Assert.Empty(DesignRules.Check(mirrored, Two, [Rule.EqualTiles, Rule.Symmetry]));
        Assert.Equal([Rule.EqualTiles], Broken(Map(Rect.Mm(59.3, 80, 60, 40), Rect.Mm(219.3, 80, 60, 60)), Rule.EqualTiles));
        Assert.Equal([Rule.Symmetry], Broken(Map(Rect.Mm(60, 40, 60, 30), Rect.Mm(60, 130, 60, 30)), Rule.Symmetry));
    }

    [Fact]
    public void A_briefing_longer_than_three_slides_a_partner_and_ten_or_with_a_row_twice_is_not_short()
    {
        var briefing = Contexts.Briefing;
        var items = string.Join(" ", Two.Partners.SelectMany(p => p.Halen.Concat(p.Brengen)).Select(i => i.Text.Value));
        SlidePlan Slide(params SlideElement[] elements) => new(SlideLayoutKind.Inhoud, Title(), elements, "");
        var table = new TableElement(Rect.Mm(12, 40, 200, 20), [Emu.FromMm(100), Emu.FromMm(100)], ["Partij", "Wens"], [["A", "B"]],
            [Emu.FromMm(10), Emu.FromMm(10)], 20, briefing.Table, "Tabel");
        PresentationPlan Briefing(int slides, bool rowTwice) => briefing.Presentation("Proef",
            [Slide(Body(items), table), .. Enumerable.Range(1, slides - 1).Select(k => k == 1 && rowTwice ? Slide(table) : Slide(Body("Dia " + k)))]);

        var most = 3 * Two.Partners.Count + 10;
        Assert.Empty(DesignRules.Check(Briefing(most, rowTwice: false), Two, [Rule.ShortBriefing, Rule.BriefingItemsWhole]));
        Assert.Equal([Rule.ShortBriefing], Broken(Briefing(most + 1, rowTwice: false), Rule.ShortBriefing));
        Assert.Equal([Rule.ShortBriefing], Broken(Briefing(most, rowTwice: true), Rule.ShortBriefing));
        // The same deck is no briefing in the session's context: the rule is the briefing's only.
        Assert.Empty(DesignRules.Check(Session.Presentation("Proef", Briefing(most + 1, rowTwice: true).Slides), Two, [Rule.ShortBriefing]));
        // A row that leaves its first cell empty goes on with the group above it: the same words under two groups are two rows, under
        // one group twice they stand twice (the connections' table: one receiver under two bringers).
        TableElement Grouped(string first, string second) => table with { Rows = [[first, "B"], ["", "C"]], RowHeights = [Emu.FromMm(10), Emu.FromMm(10), Emu.FromMm(10)], Box = Rect.Mm(12, 40, 200, 30) };
        PresentationPlan Two_(string first, string second) => briefing.Presentation("Proef", [Slide(Body(items), Grouped(first, "")), Slide(Grouped(second, ""))]);
        Assert.Empty(Broken(Two_("A", "X"), Rule.ShortBriefing));
        Assert.Equal([Rule.ShortBriefing], Broken(Two_("A", "A"), Rule.ShortBriefing));
    }

    [Fact]
    public void The_generated_briefing_is_short_until_a_table_slide_is_repeated()
    {
        var plan = Tests.Coalitions.Of("2").Briefing;
        var coalition = Tests.Coalitions.Of("2").Coalition;
        Assert.Empty(DesignRules.Check(plan, coalition, [Rule.ShortBriefing, Rule.BriefingItemsWhole]));
        var tableSlide = plan.Slides.First(s => s.Elements.OfType<TableElement>().Any());
        Assert.Equal([Rule.ShortBriefing], DesignRules.Check(plan with { Slides = [.. plan.Slides, tableSlide] }, coalition, [Rule.ShortBriefing])
            .Select(v => v.Rule).Distinct());
    }

    [Fact]
    public void An_item_cut_over_two_paragraphs_of_the_briefing_is_not_whole()
    {
        var briefing = Contexts.Briefing;
        var items = Two.Partners.SelectMany(p => p.Halen.Concat(p.Brengen)).Select(i => i.Text.Value).ToList();
        var cut = items[0].Length / 2;
        PresentationPlan Crib(IEnumerable<string> paragraphs) => briefing.Presentation("Proef",
            [new SlidePlan(SlideLayoutKind.Inhoud, Title(), [new TextElement(briefing.Page.BodyBox, paragraphs.Select(p => new TextParagraph(p)).ToList(), 12, Colours.Ink, Name: "Spiekbriefje")], "")]);

        Assert.Empty(DesignRules.Check(Crib(items), Two, [Rule.BriefingItemsWhole]));
        Assert.Equal([Rule.BriefingItemsWhole], Broken(Crib([items[0][..cut], items[0][cut..], .. items.Skip(1)]), Rule.BriefingItemsWhole));
    }

    [Fact]
    public void An_offer_cut_to_one_line_where_two_hold_it_breaks_the_wrapping_promise()
    {
        var planned = Tests.Coalitions.Of("voorbeeld");
        var shapes = planned.Briefing.Context.Words.Shapes;
        var strong = "\n" + planned.Briefing.Context.Words.Briefing.Strong + ": ";
        Assert.Empty(DesignRules.Check(planned.Briefing, planned.Coalition, [Rule.BriefingWrapsBeforeCut]));
        // The first crib's first offer longer than its cut: cut it short by hand, as one line used to. The lead ("sterk: ") is a run of
        // its own (bold), the partner and the offer the run after it.
        static bool Long(TextParagraph p, string lead, int i) => p.Runs[i].Text == lead && i + 1 < p.Runs.Count && p.Runs[i + 1].Text.Length > 50;
        static TextParagraph Cut(TextParagraph p, string lead, string? leadInstead) => p with { Runs = p.Runs.Select((r, i) =>
            Long(p, lead, i) ? r with { Text = leadInstead ?? r.Text } : i > 0 && Long(p, lead, i - 1) ? r with { Text = r.Text[..40] + "…" } : r).ToList() };
        var (slide, crib) = planned.Briefing.Slides.SelectMany(s => s.Elements.OfType<TextElement>().Where(e => e.Name == shapes.Crib).Select(e => (s, e)))
            .First(x => x.e.Paragraphs.Any(p => p.Runs.Select((_, i) => Long(p, strong, i)).Any(b => b)));
        var cut = crib with { Paragraphs = crib.Paragraphs.Select(p => Cut(p, strong, null)).ToList() };
        var broken = WithElement(planned.Briefing, slide, crib, cut);
        Assert.Equal([Rule.BriefingWrapsBeforeCut], DesignRules.Check(broken, planned.Coalition, [Rule.BriefingWrapsBeforeCut]).Select(v => v.Rule).Distinct());
        // The same offer as a guess ("misschien: partner: offer…"), cut as short: the rule reads that lead too.
        var maybe = "\n" + planned.Briefing.Context.Words.Briefing.CribMaybe + ": ";
        var guessed = crib with { Paragraphs = crib.Paragraphs.Select(p => Cut(p, strong, maybe)).ToList() };
        var brokenGuess = WithElement(planned.Briefing, slide, crib, guessed);
        Assert.Equal([Rule.BriefingWrapsBeforeCut], DesignRules.Check(brokenGuess, planned.Coalition, [Rule.BriefingWrapsBeforeCut]).Select(v => v.Rule).Distinct());
    }

    [Fact]
    public void A_summary_missing_misplaced_too_long_or_too_small_breaks_the_one_page_digest()
    {
        var planned = Tests.Coalitions.Of("voorbeeld");
        var plan = planned.Briefing;
        var shapes = plan.Context.Words.Shapes;
        Assert.Empty(DesignRules.Check(plan, planned.Coalition, [Rule.BriefingSummary]));
        var summary = plan.Slides.Single(s => s.Elements.Any(e => e is TextElement t && t.Name == shapes.Summary));
        var without = plan.Slides.Where(s => s != summary).ToList();
        PresentationPlan With(IReadOnlyList<SlidePlan> slides) => plan with { Slides = slides };
        SlidePlan Blocks(Func<TextElement, TextElement> change) => summary with { Elements = summary.Elements.Select(e => e is TextElement t && t.Name == shapes.Summary ? change(t) : e).ToList() };
        var at = plan.Slides.ToList().IndexOf(summary);
        SlidePlan[] Replaced(SlidePlan slide) => [.. plan.Slides.Take(at), slide, .. plan.Slides.Skip(at + 1)];

        Assert.Equal([Rule.BriefingSummary], Broken(With(without), Rule.BriefingSummary));
        Assert.Equal([Rule.BriefingSummary], Broken(With([.. without, summary]), Rule.BriefingSummary));
        Assert.Equal([Rule.BriefingSummary], Broken(With(Replaced(Blocks(t => t with { FontSizePt = plan.Context.Scale.BodyMin - 2 }))), Rule.BriefingSummary));
        Assert.Equal([Rule.BriefingSummary], Broken(With(Replaced(Blocks(t => t with { Paragraphs = [.. t.Paragraphs, .. Enumerable.Repeat(new TextParagraph("meer"), Briefing.SummarySlide.MostLines + 3)] }))), Rule.BriefingSummary));
        // One block a point larger than the others: the four no longer share one size.
        var first = summary.Elements.OfType<TextElement>().First(t => t.Name == shapes.Summary);
        Assert.Equal([Rule.BriefingSummary], Broken(With(Replaced(Blocks(t => t == first ? t with { FontSizePt = t.FontSizePt + 1 } : t))), Rule.BriefingSummary));
    }

    [Fact]
    public void A_crib_column_of_items_without_its_heading_breaks_headed()
    {
        var planned = Tests.Coalitions.Of("voorbeeld");
        var plan = planned.Briefing;
        var crib = plan.Context.Words.Shapes.Crib;
        Assert.Empty(DesignRules.Check(plan, planned.Coalition, [Rule.BriefingCribHeaded]));
        // The example's first crib: its column of items opens with its heading. Take the heading off.
        var slide = plan.Slides.First(s => s.Elements.OfType<TextElement>().Any(e => e.Name == crib));
        var column = slide.Elements.OfType<TextElement>().First(e => e.Name == crib);
        var headless = column with { Paragraphs = column.Paragraphs.Skip(1).ToList() };
        var broken = WithElement(plan, slide, column, headless);
        Assert.Equal([Rule.BriefingCribHeaded], Broken(broken, Rule.BriefingCribHeaded));
    }

    [Fact]
    public void A_crib_with_its_sides_swapped_breaks_the_order()
    {
        var planned = Tests.Coalitions.Of("voorbeeld");
        var plan = planned.Briefing;
        var shapes = plan.Context.Words.Shapes;
        Assert.Empty(DesignRules.Check(plan, planned.Coalition, [Rule.BriefingCribOrder]));
        // The example's first turn page with brengen on the left and halen on the right: halen stands elsewhere, and does not open the left column.
        var slide = plan.Slides.First(s => s.Elements.Any(e => e is TextElement { Name: var n } && n == shapes.Crib));
        var items = slide.Elements.OfType<TextElement>().First(e => e.Name == shapes.Crib);
        var brings = slide.Elements.OfType<TextElement>().Last(e => e.Name == shapes.Crib);
        var swapped = plan with { Slides = plan.Slides.Select(s => s != slide ? s : s with { Elements = s.Elements.Select(e => e is not TextElement t ? e
            : ReferenceEquals(t, items) ? t with { Box = t.Box with { X = brings.Box.X } }
            : ReferenceEquals(t, brings) ? t with { Box = t.Box with { X = items.Box.X } } : e).ToList() }).ToList() };
        Assert.Equal([Rule.BriefingCribOrder], Broken(swapped, Rule.BriefingCribOrder));
        // A "(continued)" heading read before its section starts: the offers' heading, continued, under the first want's.
        var t = plan.Context.Words.Briefing;
        var early = items with { Paragraphs = [items.Paragraphs[0], new TextParagraph(Kit.Slides.Continued(t.CribBrings, 1, t.Continued)), .. items.Paragraphs.Skip(1)] };
        Assert.Equal([Rule.BriefingCribOrder], Broken(WithElement(plan, slide, items, early), Rule.BriefingCribOrder));
    }

    [Fact]
    public void A_crib_page_continued_for_one_lone_item_breaks_the_fair_share()
    {
        var (coalition, plan) = BriefingPlanTests.WithLongMunicipality();
        var (shapes, mark) = (plan.Context.Words.Shapes, "(" + plan.Context.Words.Briefing.Continued + ")");
        Assert.Empty(DesignRules.Check(plan, coalition, [Rule.BriefingCribContinued]));
        // The municipality's continued crib page, left with one short offer: the page of round 5's Gemeente Dommelstede.
        var slide = plan.Slides.First(s => s.Title?.Paragraphs[0].Text.EndsWith(mark, StringComparison.Ordinal) == true
            && s.Elements.Any(e => e is TextElement { Name: var n } && n == shapes.Crib));
        var column = slide.Elements.OfType<TextElement>().First(e => e.Name == shapes.Crib);
        var lone = column with { Paragraphs = [new TextParagraph([new TextRun("Kan brengen (vervolg): Een projectleider die de alliantie trekt")])] };
        var broken = plan with { Slides = plan.Slides.Select(s => s != slide ? s
            : s with { Elements = [.. s.Elements.Where(e => e is not TextElement t || t.Name != shapes.Crib && t.Name != shapes.CribOwnWords && t.Name != shapes.ForceField), lone] }).ToList() };
        Assert.Equal([Rule.BriefingCribContinued], Broken(broken, Rule.BriefingCribContinued));
    }

    [Fact]
    public void A_partner_without_its_slide_about_what_drives_it_breaks_turn_slides()
    {
        // Sixteen partners have the shortest turn: their about slides stay (three readers: the room never saw an interest).
        var planned = Tests.Coalitions.Of("16");
        var plan = planned.Session;
        Assert.Empty(DesignRules.Check(plan, planned.Coalition, [Rule.TurnSlides]));
        var about = plan.Slides.First(s => s.Elements.Any(e => e is TextElement { Name: var n } && n == plan.Context.Words.Shapes.Interest));
        var without = plan with { Slides = plan.Slides.Where(s => !ReferenceEquals(s, about)).ToList() };
        Assert.Equal([Rule.TurnSlides], DesignRules.Check(without, planned.Coalition, [Rule.TurnSlides]).Select(v => v.Rule).Distinct());
    }

    [Fact]
    public void A_briefing_that_says_a_thing_twice_breaks_once()
    {
        var planned = Tests.Coalitions.Of("voorbeeld");
        var plan = planned.Briefing;
        var shapes = plan.Context.Words.Shapes;
        Assert.Empty(DesignRules.Check(plan, planned.Coalition, [Rule.BriefingOnce]));
        // The example is in balance (the summary says so): a balance chart, and its questions twice, repeat it.
        var cover = plan.Slides[1];
        var box = new Rect(Emu.FromMm(10), Emu.FromMm(40), Emu.FromMm(150), Emu.FromMm(100));
        var chart = new ChartElement(box, "balans", ["a"], [new ChartSeries("haalt", "000000", [1.0])], 14, "000000", shapes.Balance);
        var panel = new TextElement(box, [new TextParagraph("vraag")], 14, "000000", Name: shapes.Questions);
        var balance = cover with { Elements = [chart, panel] };
        Assert.Equal([Rule.BriefingOnce], Broken(plan with { Slides = [.. plan.Slides, balance] }, Rule.BriefingOnce));
        Assert.Equal(2, DesignRules.Check(plan with { Slides = [.. plan.Slides, balance, balance] }, planned.Coalition, [Rule.BriefingOnce]).Count);
    }

    [Fact]
    public void A_heat_map_shade_too_deep_for_its_numbers_breaks_contrast()
    {
        // Nine partners: the matrix's size (up to eight a diagram stands in its place).
        var planned = Tests.Coalitions.Of("9");
        var matrix = planned.Briefing.Context.Words.Shapes.Matrix;
        var slide = planned.Briefing.Slides.First(s => s.Elements.OfType<TableElement>().Any(e => e.Name == matrix));
        var table = slide.Elements.OfType<TableElement>().Single(e => e.Name == matrix);
        Assert.NotEmpty(table.CellFills);
        Assert.Empty(DesignRules.Check(planned.Briefing, planned.Coalition, [Rule.Contrast]));
        // Shade the strongest cells as deep as the text: the numbers vanish.
        var deep = table with { CellFills = table.CellFills.ToDictionary(f => f.Key, _ => table.Style.BodyText) };
        var broken = WithElement(planned.Briefing, slide, table, deep);
        Assert.Equal([Rule.Contrast], DesignRules.Check(broken, planned.Coalition, [Rule.Contrast]).Select(v => v.Rule).Distinct());
    }

    [Fact]
    public void A_round_of_more_than_eight_partners_without_its_dividers_runs_too_long()
    {
        var planned = Tests.Coalitions.Of("24");
        var names = planned.Session.Context.Words.Shapes.BlockNames;
        // Four blocks of six (two on either side of the pause in the round), each announced by its divider, "Deel 1" too.
        Assert.Equal(4, planned.Session.Slides.Count(s => s.Elements.Any(e => e is TextElement t && t.Name == names)));
        Assert.Empty(DesignRules.Check(planned.Session, planned.Coalition, [Rule.RoundBlocks]));
        // Take the dividers out: 24 partners' parts in one run.
        var broken = planned.Session with { Slides = planned.Session.Slides.Where(s => !s.Elements.Any(e => e is TextElement t && t.Name == names)).ToList() };
        Assert.Equal([Rule.RoundBlocks], DesignRules.Check(broken, planned.Coalition, [Rule.RoundBlocks]).Select(v => v.Rule).Distinct());
    }

    [Fact]
    public void A_map_has_no_empty_copies_to_fill_in_live()
    {
        var small = Tests.Coalitions.Of("voorbeeld");
        var shapes = small.Session.Context.Words.Shapes;
        bool Named(SlidePlan s, string suffix) => s.Elements.Any(e => e is TextElement t && t.Name?.EndsWith(suffix, StringComparison.Ordinal) == true);
        var map = small.Session.Slides.First(s => Named(s, shapes.Ambition) && Named(s, shapes.TileContent.Fill("")));
        Assert.Empty(DesignRules.Check(small.Session, small.Coalition, [Rule.LiveMap]));
        // An empty copy of the map: its tiles' words become fields to write in, which the werkvel on the wall is for.
        var empty = map with { Elements = [.. map.Elements.Select(e => e is TextElement t && t.Name?.EndsWith(shapes.TileContent.Fill(""), StringComparison.Ordinal) == true
            ? t with { Paragraphs = [], Name = t.Name.Replace(shapes.TileContent.Fill(""), shapes.TileHalen.Fill(""), StringComparison.Ordinal) } : e)] };
        var broken = small.Session with { Slides = [.. small.Session.Slides, empty] };
        Assert.Equal([Rule.LiveMap], DesignRules.Check(broken, small.Coalition, [Rule.LiveMap]).Select(v => v.Rule).Distinct());
    }
}
