using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Rules;
using HalenBrengen.Layout.Style;

namespace HalenBrengen.Layout.Tests;

/// <summary>
/// The front page, title slide and themes rules catch what they are for: the example's own session deck
/// keeps them, and the same deck with one thing broken on purpose breaks exactly the rule for it.
/// </summary>
public sealed class FrontPageRuleTests
{
    private static readonly Planned Example = Tests.Coalitions.Of("voorbeeld");
    private static ShapeNames Shapes => Example.Session.Context.Words.Shapes;

    private static IReadOnlyList<Rule> Broken(PresentationPlan plan, Rule rule) =>
        DesignRules.Check(plan, Example.Coalition, [rule]).Select(v => v.Rule).Distinct().ToList();

    /// <summary>The deck with every slide passed through <paramref name="change"/>.</summary>
    private static PresentationPlan Changed(Func<SlidePlan, SlidePlan> change) =>
        Example.Session with { Slides = Example.Session.Slides.Select(change).ToList() };

    private static bool IsFront(SlidePlan s) => s.Elements.Any(e => e is TextElement t && t.Name == Shapes.FrontPage);

    private static SlidePlan ThemesSlide => Example.Session.Slides.Single(s => s.TitleText == Example.Session.Context.Words.Session.ThemesTitle);

    private static bool IsChip(SlideElement e) => e is TextElement t && t.Name?.StartsWith(Shapes.Theme.Fill(""), StringComparison.Ordinal) == true;

    [Fact]
    public void The_example_keeps_the_front_page_and_themes_rules() =>
        Assert.Empty(DesignRules.Check(Example.Session, Example.Coalition, [Rule.FrontPage, Rule.Themes]));

    [Fact]
    public void A_front_page_without_its_edition_line_is_no_newspaper() =>
        Assert.Equal([Rule.FrontPage], Broken(Changed(s => IsFront(s)
            ? s with { Elements = s.Elements.Where(e => !(e is TextElement t && t.Name == Shapes.Date)).ToList() } : s), Rule.FrontPage));

    [Fact]
    public void A_title_as_large_as_the_headline_breaks_the_front_page()
    {
        var headline = Example.Session.Slides.First(IsFront).Title!.FontSizePt;
        Assert.Equal([Rule.FrontPage], Broken(Changed(s => !IsFront(s) && s.Title is { } title
            ? s with { Title = title with { FontSizePt = headline } } : s), Rule.FrontPage));
    }

    [Fact]
    public void A_band_on_the_title_slide_breaks_the_front_page()
    {
        var band = new TextElement(Rect.Mm(0, 176, 338.7, 14), [], 20, "FFFFFF", "C0504D", Name: "Band");
        var first = Example.Session.Slides[0];
        Assert.Equal([Rule.FrontPage], Broken(Changed(s => s == first ? s with { Elements = [.. s.Elements, band] } : s), Rule.FrontPage));
    }

    [Fact]
    public void The_front_page_has_no_working_title_label_that_would_stay_once_the_choice_is_typed_over_it()
    {
        var fronts = Example.Session.Slides.Where(IsFront).ToList();
        Assert.NotEmpty(fronts);
        Assert.All(fronts, f => Assert.DoesNotContain(f.Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs),
            p => p.Text.Contains(Example.Session.Context.Words.Session.WorkingTitle, StringComparison.Ordinal)));
        // Nor the working title itself: a place for the chosen headline, typed over; and no slide before the choice shows a
        // headline (a proposal in the map's centre got a head start, two fresh readers; its "still to choose" in the centre said
        // nothing as the loudest text of the map, two more).
        var t = Example.Session.Context.Words.Session;
        var choiceAt = Example.Session.Slides.ToList().FindIndex(s => s.TitleText == t.HeadlineChoiceTitle);
        Assert.Equal(t.EmptyHeadline, Example.Session.Slides[choiceAt + 1].TitleText);
        var krantenkop = Example.Coalition.Samenwerking.Krantenkop!.Value;
        var choice = Example.Session.Slides.ToList().FindIndex(s => s.TitleText == t.HeadlineChoiceTitle);
        Assert.DoesNotContain(Example.Session.Slides.Take(choice), s => s.Drawn.OfType<TextElement>().Any(e => e.Paragraphs.Any(p => p.Text.Contains(krantenkop, StringComparison.Ordinal))));
        Assert.DoesNotContain(Example.Session.Slides.Take(choice), s => s.Drawn.OfType<TextElement>().Any(e => e.Paragraphs.Any(p => p.Text.Contains(t.NoHeadline, StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("24")]
    public void The_headlines_place_holds_every_proposal_whole_so_the_chosen_one_typed_over_it_never_runs_into_the_lead(string which)
    {
        // A fresh reader typed the working title over the place in a copy: two lines at 66 pt in a one-line box, over the lead.
        var planned = Tests.Coalitions.Of(which);
        var c = planned.Session.Context;
        var front = planned.Session.Slides.Last(IsFront);
        var title = front.Title!;
        var s = planned.Coalition.Samenwerking;
        var proposals = new[] { s.Krantenkop?.Value }.Concat(planned.Coalition.Partners.Select(p => p.Kaart?.Krantenkop?.Value)).OfType<string>().ToList();
        Assert.NotEmpty(proposals);
        Assert.All(proposals, p => Assert.True(c.Text.Fits([Kit.Slides.Title(c, p)], title.Box, title.FontSizePt), $"'{p}' at {title.FontSizePt} pt"));
        var lead = front.Elements.OfType<TextElement>().Where(e => e.Name == Shapes.Ambition).ToList();
        Assert.All(lead, l => Assert.True(title.Box.Bottom <= l.Box.Y));
    }

    [Fact]
    public void The_title_slide_opens_with_the_coalition_not_with_a_headline_the_group_has_yet_to_choose()
    {
        // The group chooses its headline in the session: a proposal on the first slide anchors it (two fresh readers).
        var first = Example.Session.Slides[0];
        Assert.Equal(Example.Coalition.Samenwerking.Naam!.Value, first.TitleText);
        // The file's title too (a reader found the workbooks' headline in the deck's properties).
        Assert.Equal(Example.Coalition.Samenwerking.Naam!.Value, Example.Session.Title);
        var text = string.Join("\n", first.Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs).Select(p => p.Text)) + first.Notes;
        Assert.DoesNotContain(Example.Coalition.Samenwerking.Krantenkop!.Value, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Example.Session.Context.Words.Session.WorkingTitle, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_offers_at_least_three_themes() =>
        Assert.True(ThemesSlide.Elements.Count(IsChip) >= 3, "the example's partners share three subjects or more");

    [Fact]
    public void Themes_shown_after_the_balance_question_come_too_late()
    {
        var slides = Example.Session.Slides.Where(s => s != ThemesSlide).ToList();
        var balance = slides.FindLastIndex(s => FrontPageRules.PartOf(s, Shapes).StartsWith(Example.Session.Context.Words.Session.BalanceTitle, StringComparison.Ordinal));
        slides.Insert(balance + 1, ThemesSlide);
        Assert.Equal([Rule.Themes], Broken(Example.Session with { Slides = slides }, Rule.Themes));
    }

    [Fact]
    public void Two_themes_on_the_slide_are_too_few_to_offer()
    {
        var chips = ThemesSlide.Elements.Where(IsChip).Skip(2).ToHashSet();
        Assert.Equal([Rule.Themes], Broken(Changed(s => s == ThemesSlide ? s with { Elements = s.Elements.Where(e => !chips.Contains(e)).ToList() } : s), Rule.Themes));
    }

    [Fact]
    public void A_filler_word_no_partner_wrote_as_a_phrase_is_no_theme()
    {
        var chip = (TextElement)ThemesSlide.Elements.First(IsChip);
        var filler = chip with { Paragraphs = [new TextParagraph("toegelicht meedoet")] };
        Assert.Equal([Rule.Themes], Broken(Changed(s => s == ThemesSlide ? s with { Elements = s.Elements.Select(e => e == chip ? filler : e).ToList() } : s), Rule.Themes));
    }

    [Fact]
    public void A_word_partners_wrote_that_names_no_subject_breaks_the_themes_rule()
    {
        // 'Bewoners' stands on several cards, but the concept list knows no subject of it: it says nothing the partners share.
        var chip = (TextElement)ThemesSlide.Elements.First(IsChip);
        var generic = chip with { Paragraphs = [new TextParagraph("Bewoners")] };
        Assert.Equal([Rule.Themes], Broken(Changed(s => s == ThemesSlide ? s with { Elements = s.Elements.Select(e => e == chip ? generic : e).ToList() } : s), Rule.Themes));
    }

    [Fact]
    public void One_subject_offered_as_two_themes_breaks_the_themes_rule()
    {
        // 'Schulden' beside 'Geldzorgen' (both of the concept schulden) reads as the tool's conclusion, not an offer.
        var chips = ThemesSlide.Elements.Where(IsChip).Cast<TextElement>().ToList();
        var first = chips[0];
        var twin = chips[1] with { Paragraphs = [new TextParagraph("Schulden")] };
        var one = first with { Paragraphs = [new TextParagraph("Geldzorgen")] };
        Assert.Equal([Rule.Themes], Broken(Changed(s => s == ThemesSlide
            ? s with { Elements = s.Elements.Select(e => e == first ? one : e == chips[1] ? twin : e).ToList() } : s), Rule.Themes));
    }

    [Fact]
    public void An_open_question_that_names_a_partner_breaks_the_themes_rule()
    {
        var question = new TextElement(Rect.Mm(20, 50, 290, 40), [new TextParagraph($"Wat deelt {Example.Coalition.Partners[0].Naam} met de rest?")], 28, "000000",
            Name: Shapes.Question);
        Assert.Equal([Rule.Themes], Broken(Changed(s => s == ThemesSlide ? s with { Elements = [.. s.Elements.Where(e => !IsChip(e) && !(e is TextElement t && t.Name == Shapes.Question)), question] } : s), Rule.Themes));
    }

    [Fact]
    public void Partners_who_share_no_subject_are_asked_an_open_question_that_names_no_one()
    {
        static Partner Alone(Partner p, string want) => p with
        {
            Kaart = p.Kaart! with
            {
                EigenBelang = null, GezamenlijkBelang = null, Ambitie = null,
                Halen = [new Item(ItemKind.Halen, new Sourced<string>(want, new SourceRef(p.Naam, "Halen", "A4")))], Brengen = [],
            },
        };
        var example = Example.Coalition;
        var coalition = example with { Partners = [Alone(example.Partners[0], "Een sleutel van de gymzaal"), Alone(example.Partners[1], "Drie tolken Arabisch")] };
        var plan = DeckPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), PlanContext.Session(Look.House, Language.Nl));
        var slide = plan.Slides.Single(s => s.TitleText == plan.Context.Words.Session.ThemesOpenTitle);

        Assert.DoesNotContain(slide.Elements, IsChip);
        Assert.Contains(slide.Elements, e => e is TextElement t && t.Paragraphs.Any(p => p.Text == plan.Context.Words.Session.ThemesOpenQuestion));
        Assert.Empty(DesignRules.Check(plan, coalition, [Rule.FrontPage, Rule.Themes]));
    }
    /// <summary>The lead's pieces on the front pages of a coalition whose shared ambition is <paramref name="ambition"/>.</summary>
    private static IReadOnlyList<string> LeadPieces(string ambition)
    {
        var source = Example.Coalition;
        var coalition = source with { Samenwerking = source.Samenwerking with { GedeeldeAmbitie = new Sourced<string>(ambition, new SourceRef("kv.xlsx")) } };
        var deck = DeckPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), PlanContext.Session(Look.House, Language.Nl));
        // The last front page, the place for the group's own headline (each proposal's page before it sets the same lead).
        return deck.Slides.Where(IsFront).TakeLast(1).SelectMany(s => s.Elements.OfType<TextElement>()).Where(t => t.Name == Shapes.Ambition).Select(t => t.Paragraphs[0].Text.Replace('\n', ' ')).ToList();
    }

    [Fact]
    public void The_ambition_on_the_map_band_and_the_front_page_ends_in_more_than_one_word()
    {
        // The example's ambition left "beeld." alone on its last line in the band and in the standfirst; its lines are balanced now.
        var ambitions = Example.Session.Slides.SelectMany(s => s.Elements.OfType<TextElement>()).Where(t => t.Name == Shapes.Ambition && t.Paragraphs.Count > 0).ToList();
        Assert.True(ambitions.Count >= 2, "the map band and the front page both hold the ambition");
        Assert.All(ambitions, a =>
        {
            var lines = Example.Session.Context.Text.Wrap(a.Paragraphs[0], TextLayout.Inner(a.Box.Width, a.InsetX), a.FontSizePt);
            Assert.True(lines.Count == 1 || lines[^1].Trim().Contains(' ', StringComparison.Ordinal), $"last line '{lines[^1]}' of {string.Join(" / ", lines)}");
        });
    }

    [Theory]
    [InlineData("2", true)]
    [InlineData("voorbeeld", true)]
    [InlineData("9", false)]
    [InlineData("16", false)]
    [InlineData("24", false)]
    public void The_front_page_names_its_publishers_every_partner_alike_and_whole_beside_the_story_or_all_by_their_number_at_its_foot(string which, bool named)
    {
        // A newspaper names who publishes it (readers of several rounds: every partner by name, alike): "Een uitgave van" over every
        // partner's name, a line each, in alphabetical order (the round's puts a party of little influence first, which the paper has
        // no reason to repeat), in a column beside the lead where they fit; else "all 16 partners" across the foot, on a rule.
        var planned = Tests.Coalitions.Of(which);
        var c = planned.Session.Context;
        var t = c.Words.Session;
        var front = planned.Session.Slides.Last(IsFront);
        var publishers = front.Elements.OfType<TextElement>().Single(e => e.Name == Shapes.Publishers);
        var lead = front.Elements.OfType<TextElement>().Where(e => e.Name == Shapes.Ambition).ToList();
        Assert.NotEmpty(lead);
        Assert.True(front.Title!.Box.Bottom <= publishers.Box.Y, "under the headline");
        if (named)
        {
            var names = planned.Coalition.Partners.Select(p => p.Naam).Order(StringComparer.OrdinalIgnoreCase);
            Assert.Equal([t.PublishedBy, .. names], publishers.Paragraphs.Select(p => p.Text));
            Assert.All(publishers.Paragraphs, p => Assert.Equal(1, c.Text.LineCount(p, TextLayout.Inner(publishers.Box.Width, publishers.InsetX), publishers.FontSizePt)));
            Assert.All(lead, l => Assert.True(l.Box.Right < publishers.Box.X && l.FontSizePt > publishers.FontSizePt, "the story, then the column, smaller"));
            Assert.True(publishers.FontSizePt >= c.Scale.BodyMin);
            var rule = Assert.Single(front.Elements.OfType<LineElement>(), l => l.Name == Shapes.ColumnRule.Fill("1"));
            Assert.InRange(rule.From.X.Value, lead.Max(l => l.Box.Right.Value), publishers.Box.X.Value);
            return;
        }
        Assert.Equal(t.PublishersMany.Fill(planned.Coalition.Partners.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), publishers.Paragraphs.Single().Text);
        Assert.Equal(c.Scale.BodyMin, publishers.FontSizePt);
        Assert.All(lead, l => Assert.True(l.Box.Bottom < publishers.Box.Y, "the lead stands above the foot"));
        Assert.Contains(front.Elements, e => e is LineElement l && l.Name == Shapes.RuleAboveFoot);
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("voorbeeld-en")]
    public void The_front_page_has_no_empty_frame_to_read_as_a_template_its_headline_in_the_masthead_s_serif(string which)
    {
        // Readers of several rounds: an empty picture frame (and a prompt or a caption in it) made the front page read as an
        // unfilled template; the headline in the slide's face made it read as a plain slide. No shape without text on the page; the
        // headline in the masthead's serif, the lead under it; the headline's place in the middle of the room held for the longest
        // proposal, shrinking what is typed beyond it, so it never grows into the lead or the masthead.
        var planned = Tests.Coalitions.Of(which);
        var front = planned.Session.Slides.Last(IsFront);
        Assert.DoesNotContain(front.Elements.OfType<TextElement>(), e => e.Paragraphs.Count == 0);
        Assert.True(front.Title!.ShrinkOnOverflow, "the headline's place shrinks what is typed beyond it");
        Assert.Equal(Anchor.Middle, front.Title.Anchor);
        var masthead = Assert.Single(front.Elements.OfType<TextElement>(), e => e.Name == Shapes.FrontPage);
        Assert.All(masthead.Paragraphs.Concat(front.Title.Paragraphs).SelectMany(p => p.Runs), r => Assert.Equal(Fonts.FontMetrics.MastheadFont, r.Font));
        var lead = front.Elements.OfType<TextElement>().Where(e => e.Name == Shapes.Ambition).ToList();
        Assert.NotEmpty(lead);
        // The lead in the same serif, regular, as a paper's standfirst (in the slide's sans it read as a slide under a masthead, readers).
        Assert.All(lead.SelectMany(l => l.Paragraphs).SelectMany(p => p.Runs), r => Assert.Equal((Fonts.FontMetrics.MastheadFont, false), (r.Font, r.Bold)));
        Assert.All(lead, l => Assert.True(front.Title.Box.Bottom <= l.Box.Y, "the lead under the headline"));
        Assert.Equal(masthead.Box.X, lead.Min(l => l.Box.X));
    }

    [Fact]
    public void A_headline_the_foot_would_shrink_below_50_pt_gets_the_page_without_it()
    {
        // Without a shared headline every partner's proposal is a candidate front page: a long one keeps the foot's room and
        // stays larger than every title of the deck.
        var source = Example.Coalition;
        var coalition = source with
        {
            Samenwerking = source.Samenwerking with { Krantenkop = null, GedeeldeAmbitie = null },
            Partners = [.. source.Partners.Select(p => p with { Kaart = p.Kaart! with { Krantenkop = new Sourced<string>(string.Join(" ", Enumerable.Repeat(p.Kaart!.Krantenkop!.Value, 2)), new SourceRef("p.xlsx")) } })],
        };
        var deck = DeckPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), PlanContext.Session(Look.House, Language.Nl));
        var front = deck.Slides.Where(IsFront).Where(s => s.Title is { } title && coalition.Partners.Any(p => title.Paragraphs[0].Text == p.Kaart!.Krantenkop!.Value)).ToList();
        Assert.NotEmpty(front);
        bool Footed(SlidePlan page) => page.Elements.Any(e => e is TextElement x && x.Name == Shapes.Publishers);
        // A foot only where the headline stays 50 pt or more over it; the longest proposals get the page without it.
        Assert.All(front, page => Assert.True(!Footed(page) || page.Title!.FontSizePt >= 50, $"{page.Title!.FontSizePt} pt over a foot"));
        Assert.Contains(front, page => !Footed(page));
        Assert.Contains(Example.Session.Slides.Where(IsFront), s => Footed(s) && s.Title!.FontSizePt >= 50);
    }

    [Fact]
    public void A_short_lead_stands_across_the_page_and_a_longer_one_breaks_its_columns_between_clauses()
    {
        Assert.Equal([Example.Coalition.Samenwerking.GedeeldeAmbitie!.Value], LeadPieces(Example.Coalition.Samenwerking.GedeeldeAmbitie!.Value));
        // Two sentences of unequal length: halfway through the words is inside the first; the second column starts at the second.
        var clauses = "Elk huishouden in de wijk met geldzorgen weet binnen een week bij wie het terecht kan voor hulp en raad zonder formulier of wachtlijst. "
            + "Scholen, huurders en zorg delen hun signalen op tijd met elkaar en met de gemeente.";
        var pieces = LeadPieces(clauses);
        Assert.Equal(2, pieces.Count);
        Assert.Equal(clauses, string.Join(" ", pieces));
        Assert.Matches(@"[.;:,]$", pieces[0]);
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("16")]
    public void A_partner_s_proposed_headline_is_neither_on_its_slides_nor_in_the_decks_notes_but_in_its_crib(string which)
    {
        // Two fresh readers: the headline on the partner's own slide carried its name, undoing the unnamed list of proposals,
        // and made four ideas on one slide; a later one found it in the slide's notes, which go home with the deck.
        var planned = Tests.Coalitions.Of(which);
        var shapes = planned.Briefing.Context.Words.Shapes;
        var cribs = planned.Briefing.Slides.Where(s => s.Elements.OfType<TextElement>().Any(e => e.Name == shapes.Crib || e.Name == shapes.CribOwnWords)).ToList();
        foreach (var partner in planned.Coalition.Partners.Where(p => p.Kaart?.Krantenkop is not null))
        {
            var own = planned.Session.Slides.Where(s => s.TitleText.StartsWith(partner.Naam, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(own);
            var headline = partner.Kaart!.Krantenkop!.Value;
            Assert.DoesNotContain(own, s => s.Drawn.OfType<TextElement>().Any(e => e.Paragraphs.Any(p => p.Text.Contains(headline, StringComparison.Ordinal))));
            Assert.DoesNotContain(planned.Session.Slides, s => s.Notes.Contains(partner.Naam, StringComparison.Ordinal) && s.Notes.Contains(headline, StringComparison.Ordinal));
            Assert.Contains(cribs, s => s.TitleText.StartsWith(partner.Naam, StringComparison.Ordinal)
                && s.Elements.OfType<TextElement>().Any(e => e.Paragraphs.Any(p => p.Text.Contains(headline, StringComparison.Ordinal))));
        }
    }

    [Fact]
    public void Before_the_front_page_the_group_sees_every_proposed_headline_side_by_side_without_names()
    {
        // The method has the group find its headline: the slide before the front page lists the working title and each
        // partner's proposal once, unnamed and at one size, and asks; the front page after it is where the choice goes
        // (two fresh readers read a front page shown before the choice as the choice made, two more asked for it after).
        var slides = Example.Session.Slides.ToList();
        var t = Example.Session.Context.Words.Session;
        var choice = slides.FindIndex(s => s.TitleText == t.HeadlineChoiceTitle);
        Assert.True(choice >= 0 && choice + 1 < slides.Count && IsFront(slides[choice + 1]), "the front page right after the choice");
        var list = slides[choice].Elements.OfType<TextElement>().Single(e => e.Name == Shapes.Proposals);
        // The working title one proposal among equals: unmarked, in the same type (marked, it steered the group, a fresh reader),
        // and in alphabetical order, not first (two more: the first anchors the choice).
        var expected = new[] { Example.Coalition.Samenwerking.Krantenkop!.Value }.Concat(Example.Coalition.Partners.Select(p => p.Kaart!.Krantenkop!.Value)).Distinct()
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        Assert.NotEqual(Example.Coalition.Samenwerking.Krantenkop!.Value, expected[0]);
        // Each with its letter (A, B, …), the letter the only bold: the group names the one it chooses by it.
        var items = list.Paragraphs.SkipLast(1).ToList();
        Assert.Equal(expected.Select((h, i) => Deck.ChoiceSlides.Letter(i) + "\u2002" + h), items.Select(p => p.Text));
        Assert.All(items, p => Assert.Equal([true, false, false], p.Runs.Select(r => r.Bold)));
        Assert.Equal(t.HeadlineChoiceQuestion, list.Paragraphs[^1].Text);
        Assert.DoesNotContain(list.Paragraphs, p => Example.Coalition.Partners.Any(partner => p.Text.Contains(partner.Naam, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_proposal_has_a_front_page_in_reserve_at_the_decks_end_numbered_in_the_choices_notes()
    {
        // Readers of every round found the front page with a place to type read as a template, and a working title printed there
        // steered the group; eight near-alike pages in the running order were a detour (two later readers). After the choice the
        // place for the group's headline; every proposal's finished front page after the close, in the choice's order, with its
        // letter on the edition line, all at one headline size with the shared lead; the choice's notes give their numbers.
        // Past eight proposals only the place: a run of near-alike pages.
        var slides = Example.Session.Slides.ToList();
        var t = Example.Session.Context.Words.Session;
        var choice = slides.FindIndex(s => s.TitleText == t.HeadlineChoiceTitle);
        var headlines = Deck.ChoiceSlides.Headlines(Example.Coalition);
        Assert.Equal(t.EmptyHeadline, slides[choice + 1].TitleText);
        var closing = slides.FindIndex(s => s.TitleText == t.ClosingTitle);
        var reserve = slides.Skip(closing + 1).ToList();
        Assert.All(reserve, p => Assert.True(IsFront(p) && p.Hidden, p.TitleText));
        // Hidden, so a click past the close never projects one as if chosen (two readers); nothing else is but the shared subjects'
        // slide, in reserve where the group's search for overlaps may stall.
        Assert.Equal([t.ThemesTitle], slides.Take(closing + 1).Where(s => s.Hidden).Select(s => s.TitleText));
        Assert.Equal(headlines, reserve.Select(p => p.TitleText));
        // Each page the finished one, the session's kind on its edition line as on the place's: "Voorstel B" there made the chosen
        // page read as a draft (two readers); its letter in its notes.
        Assert.All(reserve, p => Assert.DoesNotContain(p.Elements, e => e is TextElement x && x.Name == Shapes.Proposal));
        Assert.All(reserve, p => Assert.Equal(t.SessionKind, p.Elements.OfType<TextElement>().Single(e => e.Name == Shapes.Section).Paragraphs[0].Text));
        var fronts = reserve.Append(slides[choice + 1]).ToList();
        // The open page, right after the choice, says to show the chosen proposal's page: only where there are such pages.
        Assert.Equal(t.FrontPageChosen + " " + t.FrontPageNotes, slides[choice + 1].Notes);
        Assert.Single(fronts.Select(p => p.Title!.FontSizePt).Distinct());
        Assert.Single(fronts.Select(p => string.Join("|", p.Elements.OfType<TextElement>().Where(e => e.Name == Shapes.Ambition).Select(e => e.Paragraphs[0].Text))).Distinct());
        // Each says how to go on: the number of 'Wie doet wat?' (past a hidden slide the slide show ends, a reader found a dead end).
        var activities = slides.FindIndex(s => s.TitleText == t.ActivitiesTitle) + 1;
        Assert.Equal(headlines.Select((_, i) => t.ProposalPageNotes.Fill(Deck.ChoiceSlides.Letter(i)) + " " + t.ProposalPageBack.Fill(choice + 1, activities)), reserve.Select(p => p.Notes));
        // And a click anywhere on its words goes back to the choice (a reader: from a hidden page nothing led back), by the shapes'
        // own link, not the runs' (a run's link is drawn underlined in the link colour across the newspaper's type).
        Assert.All(reserve, p => Assert.All(p.Drawn.OfType<TextElement>(), e => Assert.Equal(choice + 1, e.Slide)));
        Assert.All(reserve, p => Assert.DoesNotContain(p.Drawn.OfType<TextElement>().SelectMany(e => e.Paragraphs).SelectMany(x => x.Runs), r => r.Slide is not null));
        Assert.DoesNotContain(slides.Take(closing + 1).SelectMany(s => s.Drawn.OfType<TextElement>()), e => e.Slide is not null);
        // "A: dia 35 · B: dia 36 …", the numbers as the slides stand (1-based).
        Assert.Contains(t.HeadlineChoicePagesNote.Fill(string.Join(" · ", headlines.Select((_, i) => t.ReserveNumber.Fill(Deck.ChoiceSlides.Letter(i), (closing + 2 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))))),
            slides[choice].Notes, StringComparison.Ordinal);
        // Each letter a link to its page: a click in the slide show shows it (a reader: typing a hidden slide's number is fiddly).
        var letters = slides[choice].Elements.OfType<TextElement>().Where(e => e.Name == Shapes.Proposals).SelectMany(e => e.Paragraphs)
            .Select(p => p.Runs[0]).Where(r => r.Slide is not null).ToList();
        Assert.Equal(headlines.Select((_, i) => closing + 2 + i), letters.Select(r => r.Slide!.Value));
        Assert.All(letters.Zip(headlines), x => Assert.Equal(x.Second, slides[x.First.Slide!.Value - 1].TitleText));
        var source = Tests.Coalitions.Of("16").Coalition;
        var many = source with { Partners = [.. source.Partners.Select(p => p with { Kaart = p.Kaart! with { Krantenkop = new Sourced<string>(p.Kaart!.Krantenkop!.Value + " " + p.Naam[^2..], new SourceRef("p.xlsx")) } })] };
        Assert.True(Deck.ChoiceSlides.Headlines(many).Count > Deck.FrontPageSlides.MostProposalPages);
        var deck = DeckPlanner.Plan(many, CoalitionAnalysis.Of(many), PlanContext.Session(Look.House, Language.Nl));
        Assert.Equal([t.EmptyHeadline], deck.Slides.Where(IsFront).Select(p => p.TitleText));
    }

    [Fact]
    public void Before_the_headline_the_group_sharpens_the_working_ambition_the_partners_own_in_the_notes_without_names()
    {
        // One idea on the slide: the working version of the ambition under its label, large, and the questions that sharpen it.
        // Each partner's own ambition, once and unnamed, in the notes for the facilitator to bring in: listed on the slide,
        // eight ambitions were a wall the room reads instead of talking (two fresh readers).
        var slides = Example.Session.Slides.ToList();
        var t = Example.Session.Context.Words.Session;
        var first = slides.FindIndex(s => s.TitleText == t.AmbitionChoiceTitle);
        var choice = slides.FindIndex(s => s.TitleText == t.HeadlineChoiceTitle);
        Assert.True(first >= 0 && first < choice, "the ambition before the headline");
        var slide = slides[first];
        var text = slide.Elements.OfType<TextElement>().Single(e => e.Name == Shapes.AmbitionProposals);
        var shared = Example.Coalition.Samenwerking.GedeeldeAmbitie!.Value;
        Assert.Equal([t.WorkingVersion, shared, t.AmbitionChoiceQuestion], text.Paragraphs.Select(p => p.Text));
        Assert.True(text.FontSizePt >= 28, $"the working version at {text.FontSizePt} pt");
        var own = Example.Coalition.Partners.Select(p => p.Kaart!.Ambitie!.Value).Where(a => a != shared).Distinct().ToList();
        Assert.True(own.Count >= 2);
        foreach (var ambition in own)
        {
            Assert.DoesNotContain(ambition, string.Join("\n", text.Paragraphs.Select(p => p.Text)), StringComparison.Ordinal);
            Assert.Contains("• " + ambition, slide.Notes, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(Example.Coalition.Partners, partner => slide.Notes.Contains(partner.Naam, StringComparison.Ordinal));
    }

    [Fact]
    public void The_front_page_is_dated_a_year_after_the_session()
    {
        // The headline is the one the coalition wants to read later on: the example's session is on 11 March 2027.
        var t = Example.Session.Context.Words.Session;
        Assert.Equal(new DateOnly(2027, 3, 11), Example.Coalition.Samenwerking.Datum!.Date);
        var fronts = Example.Session.Slides.Where(IsFront).ToList();
        Assert.Equal(9, fronts.Count);
        Assert.All(fronts, front => Assert.Equal(t.Edition + " · maart 2028", front.Elements.OfType<TextElement>().Single(e => e.Name == Shapes.Date).Paragraphs.Single().Text));
    }

    [Theory]
    [InlineData("voorbeeld")]
    [InlineData("voorbeeld-en")]
    [InlineData("24")]
    public void The_group_is_asked_one_question_a_slide_large(string which)
    {
        // The notes say to ask them one by one; three on a slide at 28 pt were read ahead of the talk (a fresh reader).
        var plan = Tests.Coalitions.Of(which).Session;
        var t = plan.Context.Words.Session;
        // The question is the slide's title, large (32 pt and up, the largest text on it), the part's name small above it
        // (two fresh readers: a question under a larger repeated heading reads as a footnote).
        // Under each, at the slide's foot, how the group works on it and where its notes go (two readers asked for it).
        // Above twelve partners the balance is answered by hands: a round of 24 per question would take the part's whole time (a reader).
        var partners = Tests.Coalitions.Of(which).Coalition.Partners.Count;
        var balanceWork = Deck.QuestionSlides.InTurn(t, partners, Agenda.Of(Tests.Coalitions.Of(which).Coalition)) ? t.BalanceWork : t.BalanceWorkMany;
        Assert.Equal(t.BalanceWork.Count, t.BalanceWorkMany.Count);
        foreach (var (label, questions, work) in new[] { (t.QuestionsKicker, t.Questions, t.QuestionsWork), (t.BalanceKicker, t.BalanceQuestions, balanceWork) })
        {
            // Above each, its part as a label with its place, not a question over the question (a reader: two asked at once).
            var kickers = questions.Select((_, i) => label.Fill((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), questions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            Assert.All(kickers, k => Assert.False(k.EndsWith('?'), k));
            // Each with its share of the time after it ("· ca. 9 min").
            string Label(SlidePlan s) => s.Elements.OfType<TextElement>().Single(e => e.Name == plan.Context.Words.Shapes.Kicker).Paragraphs.Single().Text;
            var slides = plan.Slides.Where(s => s.Elements.OfType<TextElement>().Any(e => e.Name == plan.Context.Words.Shapes.Kicker
                && kickers.Any(k => e.Paragraphs.Single().Text.StartsWith(k + " · ", StringComparison.Ordinal)))).ToList();
            Assert.Equal(kickers, slides.Select(s => kickers.Single(k => Label(s).StartsWith(k + " · ", StringComparison.Ordinal))));
            Assert.Equal(questions, slides.Select(s => s.TitleText));
            Assert.All(slides, s => Assert.InRange(s.Title!.FontSizePt, 32, QuestionSlides.QuestionTitleMax));
            Assert.All(slides, s => Assert.True(s.Elements.OfType<TextElement>().All(e => e.FontSizePt < s.Title!.FontSizePt)));
            var lines = slides.Select(s => s.Elements.OfType<TextElement>().Single(e => e.Name == plan.Context.Words.Shapes.WorkingLine)).ToList();
            Assert.Equal(work, lines.Select(l => l.Paragraphs.Single().Text));
            // Right under the question, one block with it, on no band of its own (a reader: in a grey band at the foot, heads hide it
            // in a flat room), in the colour text has on the accent the slide stands on (a designer: the room sees the turn from
            // listening to working together); the block in the slide's middle.
            Assert.All(slides.Zip(lines), x =>
            {
                var gap = x.Second.Box.Y - x.First.Title!.Box.Bottom;
                Assert.True(gap >= new Emu(0) && gap <= Emu.FromMm(10), $"{x.Second.Paragraphs[0].Text}: {gap.Mm:F0} mm under the question");
                Assert.Equal((QuestionSlides.WorkingPt, null, plan.Context.Colours.OnFill, plan.Context.Colours.Accent), (x.Second.FontSizePt, x.Second.Fill, x.Second.TextColor, x.First.Background));
                var middle = (x.First.Title.Box.Y + x.Second.Box.Bottom) / 2;
                var body = plan.Context.Page.BodyBox;
                Assert.True(Math.Abs((middle - (body.Y + body.Bottom) / 2).Mm) < 25, $"the block's middle {(middle - body.Y).Mm:F0} mm into the body");
            });
        }
    }
}
