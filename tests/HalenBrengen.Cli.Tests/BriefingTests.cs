using HalenBrengen.Tests.Shared;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Rules;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Layout.Style;
using static HalenBrengen.Cli.Tests.WordSearch;

namespace HalenBrengen.Cli.Tests;

/// <summary>The facilitator's briefing: everything the analysis knows, held to the same fit and nothing-lost rules as the deck.</summary>
public sealed class BriefingTests
{
    public static TheoryData<string> Coalitions => [.. Outputs.All];

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void The_briefing_is_valid_and_written_exactly_as_planned(string which)
    {
        var made = Outputs.Of(which);
        PackageChecks.AssertValid(made.BriefingPackage);
        WrittenDeck.AssertWrittenAsPlanned(made.Briefing, made.BriefingPackage);
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void The_briefing_holds_the_krachtenveld_the_interventions_every_want_with_its_best_offer_and_the_chart(string which)
    {
        var made = Outputs.Of(which);
        var t = HalenBrengen.Words.For(made.Language).Briefing;
        var slides = WrittenDeck.Read(made.BriefingPackage);
        var words = Words(string.Join(" ", slides.Select(s => s.Text)));
        // The krachtenveld's proposed activities have a page of their own, or stand in the guide's notes where the cribs need every page.
        var proposed = made.Coalition.Activiteiten.Select(a => a.Text.Value).ToHashSet();
        var withNotes = Words(string.Join(" ", slides.Select(s => s.Text + " " + s.Notes)));
        foreach (var text in Outputs.PrivateTexts(made.Coalition).Concat(Outputs.CardTexts(made.Coalition)))
            Assert.True(IsSubsequence(Words(text), proposed.Contains(text) ? withNotes : words), $"{which}: the briefing lost '{text[..Math.Min(60, text.Length)]}'");
        // A partner's crib is where its matches live: under every want, who could answer it best, and with what
        // (the offer cut to the line, never to fewer than 25 characters: it stands whole in its bringer's crib).
        foreach (var partner in made.Coalition.Partners)
        {
            var crib = string.Join(" ", slides.Where(s => s.Shapes.Single(x => x.IsTitle).Text is var title
                && (title == partner.Naam || title.StartsWith(partner.Naam + " (", StringComparison.Ordinal))).Select(s => s.Text));
            foreach (var want in partner.Halen)
            {
                var best = made.Analysis.Matches.Suggested(want).FirstOrDefault();
                // A guess is said as one ("misschien:"), a strong match as "sterk:"; a want
                // whose possible matches only share a word has no guess: nobody yet.
                var lead = best is { IsStrong: false } ? t.CribMaybe + ": " : t.Strong + ": ";
                // Without a sure offer, the facilitator's own proposal that answers it, where there is one, in place of a guess.
                var help = best is not { IsStrong: true } && made.Analysis.Proposed.TryGetValue(want, out var proposal)
                    ? $"{t.Proposed}: {proposal.Partij!.Value}{t.CribOfferBy}{Items.Shorten(proposal.Text.Value, 25).TrimEnd('…')}"
                    : best is null ? "→ " + t.CribNoHelp : $"{lead}{best.Bringer.Naam}{t.CribOfferBy}{Items.Shorten(best.Offer.Text.Value, 25).TrimEnd('…')}";
                Assert.True(crib.Contains(help, StringComparison.Ordinal), $"{which}: {partner.Naam}'s crib lacks '{help}'");
                // No reason quoted after the offer (two readers found "beide noemen 'kennis'" a word search, not a reason).
                if (best is { IsStrong: true })
                    Assert.DoesNotContain(t.CribOfferBy + best.Offer.Text.Value + " (", crib, StringComparison.Ordinal);
            }
        }
        // The balance chart only when some partner is out of balance: otherwise the summary says so in one line.
        if (made.Analysis.Balances.Any(b => b.Readings.Count > 0))
            Assert.Contains(slides, s => s.Shapes.Any(x => x.Kind == "chart"));
        else
            Assert.DoesNotContain(slides, s => s.Shapes.Any(x => x.Kind == "chart"));
        Assert.Contains(t.NotForProjection, slides[0].Text, StringComparison.Ordinal);
        Assert.All(slides.Skip(1), s => Assert.Contains(s.Shapes, x => x.Name == "Voettekst" && x.Text.Contains(t.Footer, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Briefing_text_fits_its_boxes_at_14_pt_or_more_a_crib_at_12_or_more_under_titles_of_32(string which)
    {
        var made = Outputs.Of(which);
        Assert.Empty(DesignRules.Check(made.Briefing, made.Coalition, [Rule.Fits, Rule.OnPage, Rule.NoOverlap]));
        var shapes = made.Briefing.Context.Words.Shapes;
        foreach (var slide in WrittenDeck.Read(made.BriefingPackage))
        {
            var title = slide.Shapes.Single(s => s.IsTitle).Runs.Min(r => r.SizePt);
            Assert.True(title >= TypeScale.Briefing.TitleMin);
            // A crib the body size would turn over a page is set smaller, down to its own floor, to stand on one; so is the round turn by turn.
            foreach (var shape in slide.Shapes.Where(s => !s.IsTitle))
            {
                var least = shape.Name == shapes.Crib || shape.Name == shapes.CribOwnWords || shape.Name == shapes.ForceField || shape.Name == shapes.CribInterventions
                    || shape.Name == shapes.CribProbe || shape.Name == shapes.RoundSheet ? TypeScale.CribMin : TypeScale.Briefing.BodyMin;
                Assert.All(shape.Runs, r => Assert.True(r.SizePt >= least && r.SizePt < title,
                    $"{which} briefing slide {slide.Number}: '{r.Text}' at {r.SizePt} pt under a title of {title}"));
            }
            foreach (var shape in slide.Shapes)
                Assert.All(shape.Runs, r => Assert.True(Outputs.Contrast(r.Color!, shape.Fill ?? made.Briefing.Look.Palette.Background) >= 4.5, $"{r.Color} on {shape.Fill}"));
        }
    }
    [Fact]
    public void A_crib_lists_sixty_items_a_side_and_says_how_many_more_the_partner_wrote()
    {
        var coalition = Generated.Coalition(2, 70);
        var briefing = BriefingPlanner.Plan(coalition, HalenBrengen.Core.Analysis.CoalitionAnalysis.Of(coalition), PlanContext.Briefing(Look.House, HalenBrengen.Core.Language.Nl));
        foreach (var partner in coalition.Partners)
        {
            var crib = briefing.Slides.Where(s => s.TitleText.Contains(partner.Naam, StringComparison.Ordinal)
                && s.Notes == briefing.Context.Words.Briefing.CribNotes).ToList();
            Assert.NotEmpty(crib);
            var text = string.Join("\n", crib.SelectMany(s => s.Elements.OfType<TextElement>()).SelectMany(e => e.Paragraphs).Select(p => p.Text));
            Assert.Equal(2, CountOf(text, "… en nog 10;"));
            // Every want listed carries one line on who could help.
            var t = briefing.Context.Words.Briefing;
            Assert.Equal(60, CountOf(text, "→ " + t.CribNoHelp) + CountOf(text, t.Strong + ": ") + CountOf(text, t.CribMaybe + ": "));
        }
    }

    private static int CountOf(string text, string part) =>
        Enumerable.Range(0, text.Length).Count(i => string.CompareOrdinal(text, i, part, 0, part.Length) == 0);
}
