using HalenBrengen.App;
using HalenBrengen.Core;
using HalenBrengen.Excel.Templates;
using HalenBrengen.Pptx.Tests.Support;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// Two rounds of the example: the second edited by code (a partner added, one gone, an item edited, one
/// added and one dropped, a wish turned demand, a 4D level moved). The briefing lists exactly those
/// changes; the deck marks exactly the new item and asks the group, naming nobody.
/// </summary>
public sealed class RoundsTests
{
    private const string Gemeente = "Gemeente Dommelstede";
    private const string Woonstichting = "Woonstichting Dommelthuis";
    private const string Maatje = "Schuldhulpmaatje Dommelstede";
    private const string Bibliotheek = "Bibliotheek Dommelstede";
    private const string NewWant = "Een vaste plek in het buurthuis voor het loket";

    private static IReadOnlyList<FileContent> Files(ExampleCoalition coalition) =>
        TemplateWriter.Coalition(coalition).Select(f => new FileContent(f.Name, f.Content)).ToList();

    /// <summary>The example, edited as a facilitator's second round might be.</summary>
    private static ExampleCoalition SecondRound()
    {
        var first = ExampleCoalition.Load();
        var k = first.Krachtenveld;
        var partners = first.Partners.Where(p => p.Kaart.Partij != Maatje).Select(p =>
        {
            if (p.Kaart.Partij != Gemeente)
                return p;
            var halen = p.Kaart.Halen!.ToList();
            halen[1] = halen[1] with { Wat = halen[1].Wat + " en verhalen" };
            halen[2] = halen[2] with { WensOfEis = "Eis" };
            halen.Add(new HalenRegel(NewWant, "Ruimte en locatie", "Wens"));
            var brengen = p.Kaart.Brengen!.Where((_, i) => i != 2).ToList();
            return p with { Kaart = p.Kaart with { Halen = halen, Brengen = brengen } };
        }).ToList();
        partners.Add(new ExamplePartner("08-bibliotheek.xlsx", new BelangenkaartInvulling(Bibliotheek,
            Halen: [new HalenRegel("Bezoekers die hulp zoeken bij formulieren")], Brengen: [new BrengenRegel("Een digicafé op dinsdag")])));
        var rows = k.Krachtenveld!.Where(r => r.Partij != Maatje)
            .Select(r => r.Partij == Woonstichting ? r with { Houding = "3 Respect en interesse" } : r)
            .Append(new KrachtenveldRegel(Bibliotheek, "Een plek om laagdrempelig binnen te lopen", "Klein", Houding: "2 Eigenbelang")).ToList();
        return new ExampleCoalition(k with
        {
            Krachtenveld = rows,
            Interventies = k.Interventies!.Where(i => i.Partij != Maatje).ToList(),
            Activiteiten = k.Activiteiten!.Where(a => a.Partij != Maatje).ToList(),
        }, partners);
    }

    private static (IReadOnlyList<WrittenSlide> Briefing, IReadOnlyList<WrittenSlide> Deck) Generate(ExampleCoalition now, ExampleCoalition earlier, Language language)
    {
        var made = UseCases.Generate(Files(now), language, previous: Files(earlier));
        Assert.True(made.Generated, string.Join("\n", made.Check.Diagnostics.Concat(made.PreviousCheck?.Diagnostics ?? [])));
        return (WrittenDeck.Read(made.Files.Single(f => f.Kind == GeneratedKind.Briefing).Content),
            WrittenDeck.Read(made.Files.Single(f => f.Kind == GeneratedKind.Deck).Content));
    }

    /// <summary>The rows of the "what changed per partner" table, over all its slides, each cell's text on one line.</summary>
    private static List<string[]> ChangeRows(IReadOnlyList<WrittenSlide> briefing) =>
        briefing.SelectMany(s => s.Shapes).Where(s => s.Kind == "cell" && s.Name == "Veranderingen" && !s.IsHeader)
            .Select(s => string.Join(" | ", s.Paragraphs ?? [])).Chunk(4).ToList();

    [Fact]
    public void The_briefing_lists_exactly_the_changes_made_and_the_deck_marks_exactly_the_new_item()
    {
        var (briefing, deck) = Generate(SecondRound(), ExampleCoalition.Load(), Language.Nl);
        var t = Words.Nl.Changes;

        // The library (little influence) opens the new round before the municipality (much), so it is listed first.
        Assert.Equal(
        [
            [Bibliotheek, "nieuw aan tafel", "", "1 halen, 1 brengen"],
            [Gemeente, "halen: andere woorden", "Zicht op wat de wijkaanpak oplevert, in cijfers", "Zicht op wat de wijkaanpak oplevert, in cijfers en verhalen"],
            ["", "halen: wens werd eis", "Bereik van gezinnen die niet zelf naar het loket komen\n· Wens", "Bereik van gezinnen die niet zelf naar het loket komen\n· Eis"],
            ["", "halen: nieuw", "", NewWant],
            ["", "brengen: vervallen", "Mandaat om regels te versoepelen bij maatwerk", ""],
            [Woonstichting, "relatie (4D)", "2 Eigenbelang", "3 Respect en interesse"],
            [Maatje, "niet meer aan tafel", "4 halen, 3 brengen", ""],
        ], ChangeRows(briefing));
        var coalition = Assert.Single(briefing, s => s.Shapes.Any(x => x.IsTitle && x.Text == t.CoalitionTitle));
        Assert.Contains(t.JoinedList + Bibliotheek, coalition.Text);
        Assert.Contains(t.LeftList + Maatje, coalition.Text);
        // Right after the cover, and traceable: the notes name the cells of both rounds.
        Assert.Equal(t.CoalitionTitle, briefing[1].Shapes.Single(x => x.IsTitle).Text);
        Assert.Contains("eerder 01-gemeente-dommelstede.xlsx › Halen", briefing[2].Notes);

        var marks = deck.SelectMany(s => s.Runs.Select(r => (Slide: s, Run: r))).Where(x => x.Run.Text.Trim() == t.NewTag).ToList();
        var mark = Assert.Single(marks);
        Assert.StartsWith(Gemeente, mark.Slide.Shapes.Single(x => x.IsTitle).Text);
        Assert.Contains(NewWant, mark.Slide.Text);
        var questions = Assert.Single(deck, s => s.Shapes.Any(x => x.IsTitle && x.Text == t.QuestionsTitle));
        foreach (var partner in new[] { Gemeente, Woonstichting, Maatje, Bibliotheek, "Kindcentrum", "Zorggroep", "Bewonersvereniging", "Stichting Welzijn" })
            Assert.DoesNotContain(partner, questions.Text + questions.Notes);
    }

    [Fact]
    public void The_same_round_twice_says_no_changes_and_marks_nothing_new()
    {
        var (briefing, deck) = Generate(ExampleCoalition.Load(), ExampleCoalition.Load(), Language.Nl);
        var t = Words.Nl.Changes;

        Assert.Empty(ChangeRows(briefing));
        Assert.Equal(t.Title, briefing[1].Shapes.Single(x => x.IsTitle).Text);
        Assert.Contains(t.NoChanges, briefing[1].Text);
        Assert.DoesNotContain(deck.SelectMany(s => s.Runs), r => r.Text.Trim() == t.NewTag);
        Assert.Single(deck, s => s.Shapes.Any(x => x.IsTitle && x.Text == t.QuestionsTitle));
    }

    [Fact]
    public void Without_an_earlier_round_there_is_no_change_part_and_no_mark()
    {
        var made = UseCases.Generate(Files(SecondRound()), Language.En);
        var briefing = WrittenDeck.Read(made.Files.Single(f => f.Kind == GeneratedKind.Briefing).Content);
        var deck = WrittenDeck.Read(made.Files.Single(f => f.Kind == GeneratedKind.Deck).Content);

        Assert.DoesNotContain(briefing, s => s.Shapes.Any(x => x.IsTitle && (x.Text == Words.En.Changes.Title || x.Text == Words.En.Changes.CoalitionTitle)));
        Assert.DoesNotContain(deck.SelectMany(s => s.Runs), r => r.Text.Trim() == Words.En.Changes.NewTag);
        Assert.DoesNotContain(deck, s => s.Text.Contains(Words.En.Changes.QuestionsTitle, StringComparison.Ordinal));
    }

    [Fact]
    public void In_english_the_changes_and_the_mark_are_english()
    {
        var (briefing, deck) = Generate(SecondRound(), ExampleCoalition.Load(), Language.En);

        Assert.Contains([Woonstichting, "relation (4D)", "2 Self-interest", "3 Respect and interest"], ChangeRows(briefing));
        Assert.Single(deck.SelectMany(s => s.Runs), r => r.Text.Trim() == Words.En.Changes.NewTag);
    }

    [Fact]
    public void On_the_command_line_vorige_takes_the_earlier_rounds_folder_and_an_unreadable_earlier_round_blocks()
    {
        using var folder = new HalenBrengen.Excel.Tests.Support.TempFolder();
        var earlier = Path.Combine(folder.Path, "ronde1");
        var now = Path.Combine(folder.Path, "ronde2");
        Assert.True(UseCases.Write(earlier, Files(ExampleCoalition.Load())).Succeeded);
        Assert.True(UseCases.Write(now, Files(SecondRound())).Succeeded);

        var (exit, output) = CommandRun.Run("generate", now, "--vorige", earlier, "--out", Path.Combine(folder.Path, "uit"));

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("Vergeleken met de vorige ronde (8 werkmappen)", output, StringComparison.Ordinal);
        var briefing = Directory.GetFiles(Path.Combine(folder.Path, "uit"), "* - voorbereiding begeleider.pptx").Single();
        Assert.Equal(7, ChangeRows(WrittenDeck.Read(File.ReadAllBytes(briefing))).Count);

        // An earlier round with an error blocks, and says which round.
        File.WriteAllText(Path.Combine(earlier, "krachtenveld-kopie.xlsx"), "geen werkmap");
        File.Copy(Path.Combine(earlier, "krachtenveld.xlsx"), Path.Combine(earlier, "krachtenveld-2.xlsx"));
        (exit, output) = CommandRun.Run("generate", now, "--vorige", earlier, "--out", Path.Combine(folder.Path, "uit2"));

        Assert.Equal(CliApp.Blocked, exit);
        Assert.Contains("Vorige ronde (--vorige):", output, StringComparison.Ordinal);
        Assert.Contains("krachtenveld-2.xlsx", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "uit2")));
    }
}
