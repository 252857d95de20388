using System.Text.RegularExpressions;
using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Rules;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Layout.Style;
using HalenBrengen.Tests.Shared;
using static HalenBrengen.Cli.Tests.WordSearch;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// The session deck's bars (the deck issue's "Done when"), for the example and generated coalitions of
/// 2, 9, 16 and 24 partners, in Dutch and English. Sizes, colours and texts are read back from the
/// written package, not taken from the plan.
/// </summary>
public sealed partial class SessionDeckTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Coalitions => [.. Outputs.All];

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void The_deck_is_valid_and_written_exactly_as_planned(string which)
    {
        var made = Outputs.Of(which);
        PackageChecks.AssertValid(made.SessionPackage);
        WrittenDeck.AssertWrittenAsPlanned(made.Session, made.SessionPackage);
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void The_room_never_sees_the_krachtenveld_4d_levels_influence_interventions_or_match_reasons(string which)
    {
        var made = Outputs.Of(which);
        var slides = WrittenDeck.Read(made.SessionPackage);
        var text = string.Join("\n", slides.Select(s => s.Text + "\n" + s.Notes));
        // A krachtenveld text that a partner also wrote on its own card (a 'nodig voor' that is one of its offers) may show.
        var room = string.Join("\n", Outputs.RoomTexts(made.Coalition));
        foreach (var secret in Outputs.PrivateTexts(made.Coalition).Where(p => !room.Contains(p, StringComparison.Ordinal)))
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{which}: the session deck shows '{secret}'");

        // Value-list words of the krachtenveld, in both languages, unless a partner wrote the word itself.
        var own = Outputs.RoomTexts(made.Coalition).SelectMany(t => Words(t)).Select(w => w.ToLowerInvariant()).ToHashSet();
        var words = Words(text).Select(w => w.ToLowerInvariant()).ToHashSet();
        foreach (var labels in new[] { HalenBrengen.Words.Nl.Values, HalenBrengen.Words.En.Values })
        {
            foreach (var value in Enum.GetValues<Houding4D>())
                Assert.DoesNotContain(labels.Of(value), text, StringComparison.OrdinalIgnoreCase);
            foreach (var value in Enum.GetValues<Invloed>())
            {
                var word = labels.Of(value).ToLowerInvariant();
                Assert.False(words.Contains(word) && !own.Contains(word), $"{which}: influence '{word}' in the session deck");
            }
        }
        foreach (var forbidden in new[] { "4D", "invloed", "influence", "interventie", "intervention", "zelfde soort", "gedeelde woorden", "same kind", "shared words", "score" })
            Assert.False(Regex.IsMatch(text, $@"\b{Regex.Escape(forbidden)}\b", RegexOptions.IgnoreCase) && !own.Contains(forbidden.ToLowerInvariant()),
                $"{which}: '{forbidden}' in the session deck");
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void The_combined_map_under_its_title_shows_the_working_ambition_in_its_centre_and_every_partner_on_equal_tiles_equally_far_from_it(string which)
    {
        var made = Outputs.Of(which);
        var words = HalenBrengen.Words.For(made.Language);
        // Before the group chooses: in its centre the ambition from the workbooks as a working version, no krantenkop (neither a
        // proposal with a head start nor an empty place for one as its loudest text: fresh readers).
        var ambition = made.Coalition.Samenwerking.GedeeldeAmbitie?.Value ?? words.Session.NoAmbition;
        // A map slide has a title of its own (what its tiles show, and the part).
        var maps = made.Session.Slides.Where(s => s.TitleText?.StartsWith(words.Session.MapTitle, StringComparison.Ordinal) == true
            && made.Coalition.Partners.Any(p => s.Elements.OfType<TextElement>().Any(e => e.Name == p.Naam))).ToList();
        // The map on one slide or cut in parts of the circle, no empty copies (the group writes on the A0 werkvel):
        // every partner stands on exactly one map slide.
        Assert.All(made.Coalition.Partners, p => Assert.Equal(1, maps.Count(s => s.Elements.OfType<TextElement>().Any(e => e.Name == p.Naam))));
        foreach (var map in maps)
        {
            Assert.DoesNotContain(map.Elements.OfType<TextElement>(), e => e.Name == words.Shapes.Headline);
            Assert.EndsWith(ambition, map.Elements.OfType<TextElement>().Single(e => e.Name == words.Shapes.Ambition).Paragraphs[0].Text, StringComparison.Ordinal);
            var tiles = made.Coalition.Partners.Where(p => map.Elements.OfType<TextElement>().Any(e => e.Name == p.Naam)).Select(p => map.Elements.OfType<TextElement>()
                .Where(e => e.Name == p.Naam || e.Name!.StartsWith(p.Naam + " ", StringComparison.Ordinal))
                .Select(e => e.Box).Aggregate((a, b) => Rect.Spanning(new Point(Min(a.X, b.X), Min(a.Y, b.Y)), new Point(Max(a.Right, b.Right), Max(a.Bottom, b.Bottom))))).ToList();
            var areas = tiles.Select(t => (double)t.Width.Value * t.Height.Value).ToList();
            Assert.True(areas.Max() <= areas.Min() * 1.05, $"{which}: tiles differ in area");
            var centre = map.Elements.OfType<TextElement>().Where(e => e.Fill == Outputs.LookOf(which).Palette.Accent && !made.Coalition.Partners.Any(p => e.Name == p.Naam))
                .Select(e => e.Box).Aggregate((a, b) => Rect.Spanning(new Point(Min(a.X, b.X), Min(a.Y, b.Y)), new Point(Max(a.Right, b.Right), Max(a.Bottom, b.Bottom))));
            var distances = tiles.Select(t => t.GutterTo(centre)).ToList();
            Assert.True(distances.Max() - distances.Min() <= Emu.FromMm(0.2).Value, $"{which}: tiles at {Emu.FromMm(0).Value + distances.Min() / Emu.PerMm:F1}–{distances.Max() / Emu.PerMm:F1} mm from the centre");
        }
        // As written: the title the largest text, nothing under it at or above the title's size, and nothing below the room's 20 pt.
        var written = WrittenDeck.Read(made.SessionPackage)[made.Session.Slides.ToList().IndexOf(maps[0])];
        var title = written.Shapes.Single(s => s.IsTitle);
        Assert.StartsWith(words.Session.MapTitle, title.Text, StringComparison.Ordinal);
        Assert.All(written.Runs.Except(title.Runs), r => Assert.True(r.SizePt < title.Runs.Min(t => t.SizePt), $"'{r.Text}' at {r.SizePt} pt next to the title"));
        Assert.All(written.Runs, r => Assert.True(r.SizePt >= 20, $"'{r.Text}' at {r.SizePt} pt"));
    }

    private static Emu Min(Emu a, Emu b) => a < b ? a : b;
    private static Emu Max(Emu a, Emu b) => a > b ? a : b;

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void A_room_can_read_every_slide_titles_lead_and_nothing_is_below_20_pt_or_18_in_tables(string which)
    {
        var made = Outputs.Of(which);
        foreach (var slide in WrittenDeck.Read(made.SessionPackage))
        {
            var title = slide.Shapes.Where(s => s.IsTitle).ToList();
            Assert.True(title.Count == 1, $"{which} slide {slide.Number}: {title.Count} titles");
            var titleSize = title[0].Runs.Min(r => r.SizePt);
            Assert.True(titleSize >= TypeScale.Session.TitleMin, $"{which} slide {slide.Number}: title at {titleSize} pt");
            foreach (var shape in slide.Shapes.Where(s => !s.IsTitle))
            {
                var least = shape.Kind == "cell" ? TypeScale.Session.TableMin : TypeScale.Session.BodyMin;
                Assert.All(shape.Runs, r => Assert.True(r.SizePt >= least, $"{which} slide {slide.Number} {shape.Name}: '{r.Text}' at {r.SizePt} pt"));
                Assert.All(shape.Runs, r => Assert.True(r.SizePt < titleSize, $"{which} slide {slide.Number}: '{r.Text}' at {r.SizePt} pt, the title at {titleSize}"));
                if (shape.Kind == "cell" && shape.IsHeader)
                    Assert.All(shape.Runs, r => Assert.True(r.SizePt >= slide.Shapes.Where(c => c.Kind == "cell" && !c.IsHeader).SelectMany(c => c.Runs).Select(x => x.SizePt).DefaultIfEmpty(0).Max()));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void The_front_page_headline_is_the_largest_text_in_the_deck_over_a_lead_of_28_pt(string which)
    {
        var made = Outputs.Of(which);
        var slides = WrittenDeck.Read(made.SessionPackage);
        var largest = slides.SelectMany(s => s.Runs).Max(r => r.SizePt);
        var front = slides.Where(s => s.Shapes.Any(x => x.Name == "Kop van de krant")).ToList();
        Assert.NotEmpty(front);
        foreach (var page in front)
        {
            var headline = page.Shapes.Single(s => s.IsTitle);
            Assert.All(headline.Runs, r => Assert.True(r.SizePt >= TypeScale.HeadlineMin && r.SizePt == largest, $"{which}: headline at {r.SizePt}, largest {largest}"));
            Assert.All(page.Shapes.Where(s => s.Name == "Ambitie").SelectMany(s => s.Runs), r => Assert.True(r.SizePt >= TypeScale.LeadMin));
        }
        if (made.Coalition.Samenwerking.GedeeldeAmbitie is { } ambition)
            Assert.Contains(front, p => p.Shapes.Any(s => s.Name == "Ambitie" && s.Text.Contains(ambition.Value[..20], StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Every_partner_gets_the_same_type_sizes_part_for_part_and_every_item_whole(string which)
    {
        // Continued pages may be emptier rather than cut an item (issue 19, item 1): whole items come before balance.
        var made = Outputs.Of(which);
        Assert.Empty(DesignRules.Check(made.Session, made.Coalition, [Rule.EqualPartners, Rule.PartnerTitle, Rule.ItemWhole]));
        foreach (var partner in made.Coalition.Partners)
        {
            var part = made.Session.Slides.Where(s => s.TitleText == partner.Naam || s.TitleText.StartsWith(partner.Naam + " (", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(part);
            var sizes = part.SelectMany(s => s.Elements.OfType<TextElement>()).SelectMany(e => e.Paragraphs.Select(p => p.SizeIn(e.FontSizePt)));
            Assert.True(sizes.Min() >= TypeScale.Session.BodyMin, $"{which} '{partner.Naam}': text at {sizes.Min()} pt");
        }
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Nothing_runs_out_of_its_box_off_the_slide_or_over_another_element(string which)
    {
        var made = Outputs.Of(which);
        var broken = DesignRules.Check(made.Session, made.Coalition, [Rule.Fits, Rule.OnPage, Rule.NoOverlap]);
        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Every_word_a_partner_wrote_is_in_the_session_deck(string which)
    {
        var made = Outputs.Of(which);
        var slides = WrittenDeck.Read(made.SessionPackage);
        var deckWords = Words(string.Join(" ", slides.Select(s => s.Text)));
        // An item's explanation and size stand under it only when they can be 20 pt; else in the speaker notes (issue 19, item 3).
        var withNotes = Words(string.Join(" ", slides.Select(s => s.Text + " " + s.Notes)));
        var details = made.Coalition.Partners.SelectMany(p => p.Halen.Concat(p.Brengen)).SelectMany(i => new[] { i.Toelichting, i.Omvang })
            .OfType<Sourced<string>>().Select(v => v.Value).ToHashSet();
        foreach (var text in Outputs.RoomTexts(made.Coalition))
            Assert.True(IsSubsequence(Words(text), details.Contains(text) ? withNotes : deckWords), $"{which}: lost '{text[..Math.Min(80, text.Length)]}'");
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void No_slide_counts_where_the_content_could_stand(string which)
    {
        var made = Outputs.Of(which);
        var own = string.Join(" ", Outputs.RoomTexts(made.Coalition));
        foreach (var slide in WrittenDeck.Read(made.SessionPackage))
        {
            var text = slide.Text;
            foreach (Match m in Count().Matches(text))
                Assert.True(own.Contains(m.Value, StringComparison.Ordinal), $"{which} slide {slide.Number}: '{m.Value}'");
        }
    }

    [GeneratedRegex(@"\(\d+\)|\b\d+ (punten|items|wensen|wants)\b|(halen|brengen|get|bring)\s*:\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Text_has_at_least_4_5_to_1_contrast_on_what_it_is_written_on(string which)
    {
        foreach (var slide in WrittenDeck.Read(Outputs.Of(which).SessionPackage))
            foreach (var shape in slide.Shapes)
                Assert.All(shape.Runs, r => Assert.True(Outputs.Contrast(r.Color!, shape.Fill ?? slide.Background ?? Outputs.LookOf(which).Palette.Background) >= 4.5,
                    $"{which} slide {slide.Number} {shape.Name}: {r.Color} on {shape.Fill ?? slide.Background ?? Outputs.LookOf(which).Palette.Background}"));
    }

    [Theory]
    [MemberData(nameof(Coalitions))]
    public void Every_slide_has_speaker_notes_and_none_is_a_connections_diagram(string which)
    {
        var made = Outputs.Of(which);
        var slides = WrittenDeck.Read(made.SessionPackage);
        Assert.All(slides, s => Assert.False(string.IsNullOrWhiteSpace(s.Notes), $"{which}: no notes on slide {s.Number}"));
        // The group finds its overlaps itself: the diagram of who fits whom is the briefing's.
        var connections = slides.Where(s => s.Shapes.Count(x => x.Kind == "line") > 2 && !s.Shapes.Any(x => x.Name == "Kop van de krant")).ToList();
        Assert.True(connections.Count == 0, $"{which}: {connections.Count} connection slides");
    }

    [Theory]
    [InlineData("voorbeeld-en")]
    [InlineData("9-en")]
    [InlineData("24-en")]
    public void The_english_deck_and_briefing_are_english(string which)
    {
        var made = Outputs.Of(which);
        var own = Outputs.RoomTexts(made.Coalition).Concat(Outputs.PrivateTexts(made.Coalition)).SelectMany(t => Words(t)).Select(w => w.ToLowerInvariant()).ToHashSet();
        var dutch = ValueLists.Soorten.Select(s => s.Label).Concat(ValueLists.Invloeden.Select(s => s.Label)).Concat(ValueLists.Houdingen.Select(s => s.Label[2..]))
            .Concat(ValueLists.WensenOfEisen.Select(s => s.Label)).Concat(["Ja", "Nee", "EIS", "Wil halen", "Kan brengen", "vervolg", "Spreektijd", "zelfde", "minuten", "dia"]).ToList();
        foreach (var package in new[] { made.SessionPackage, made.BriefingPackage })
        {
            var slides = WrittenDeck.Read(package);
            Assert.All(slides.SelectMany(s => s.Runs.Concat(s.NoteRuns)), r => Assert.Equal("en-GB", r.Language));
            var text = string.Join("\n", slides.Select(s => s.Text + "\n" + s.Notes));
            foreach (var label in dutch)
            {
                var found = Regex.Matches(text, $@"(?<![\p{{L}}]){Regex.Escape(label)}(?![\p{{L}}])", RegexOptions.IgnoreCase).Count > 0;
                Assert.False(found && !Words(label).All(w => own.Contains(w.ToLowerInvariant())), $"{which}: Dutch '{label}' in the English files");
            }
        }
    }

    [Fact]
    public void Who_does_what_is_asked_in_the_written_deck_and_sends_the_agreements_to_the_work_sheet()
    {
        // Read back from the file: the question on a slide of its own, the line under it naming the work sheet's field, no table
        // to type into live (readers: the facilitator had to leave the slide show in front of the room).
        var made = Outputs.Of("voorbeeld");
        var asked = WrittenDeck.Read(made.SessionPackage).Single(s => s.Shapes.Any(x => x.IsTitle && x.Text == "Wie doet wat?"));
        Assert.Contains(asked.Shapes, x => x.Text == "Onze afspraken");
        Assert.Contains(asked.Shapes, x => x.Text.EndsWith("Het komt op het werkvel bij ‘Onze afspraken’.", StringComparison.Ordinal));
        Assert.DoesNotContain(asked.Shapes, x => x.Kind == "cell");
    }

    [Fact]
    public void The_agenda_runs_on_the_clock_from_the_start_time_and_adds_up_to_the_session()
    {
        var made = Outputs.Of("voorbeeld");
        var agenda = WrittenDeck.Read(made.SessionPackage).Single(s => s.Shapes.Any(x => x.Name == "Agenda"));
        var times = agenda.Shapes.Where(s => s.Kind == "cell" && !s.IsHeader).Select(s => s.Text).Where(t => Regex.IsMatch(t, @"^\d\d:\d\d–\d\d:\d\d$")).ToList();
        // Six parts and, in a session of 150 minutes, the pause after the round.
        Assert.Equal(7, times.Count);
        Assert.StartsWith("13:30–", times[0], StringComparison.Ordinal);
        Assert.EndsWith("–16:00", times[^1], StringComparison.Ordinal); // 150 minutes from 13:30
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.Equal(pair.First[6..], pair.Second[..5]));
    }

    [Slow(Needs.LibreOffice)]
    [Fact]
    public void The_example_deck_opens_in_libreoffice_with_one_page_per_slide()
    {
        var made = Outputs.Of("voorbeeld");
        // One page per slide the show shows: the hidden reserve of front pages is no page, as it is no slide of the show.
        Assert.Contains(made.Session.Slides, s => s.Hidden);
        foreach (var (name, package, count) in new[] { ("sessie", made.SessionPackage, made.Session.Slides.Count(s => !s.Hidden)), ("begeleider", made.BriefingPackage, made.Briefing.Slides.Count(s => !s.Hidden)) })
            Assert.Equal(count, LibreOffice.PageCount(_folder, name, package));
    }
}

/// <summary>Opens a package in LibreOffice, as a second real reader, and counts the pages of the PDF it makes.</summary>
internal static partial class LibreOffice
{
    public static int PageCount(TempFolder folder, string name, byte[] package)
    {
        var soffice = ExternalTools.RequireSoffice();
        var path = folder.File(name + ".pptx");
        File.WriteAllBytes(path, package);
        var profile = new Uri(Path.Combine(folder.Path, "lo")).AbsoluteUri;
        var (exit, output) = ExternalTools.Run(soffice, [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder.Path, path], TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, output);
        return PdfPage().Matches(File.ReadAllText(folder.File(name + ".pdf"), System.Text.Encoding.Latin1)).Count;
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();
}
