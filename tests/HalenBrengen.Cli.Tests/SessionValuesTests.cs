using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Style;

namespace HalenBrengen.Cli.Tests;

/// <summary>Session values that make no sense are named, and <c>check</c> says exactly what the deck will say (issue 11, item 11).</summary>
public sealed class SessionValuesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The example's belangenkaarten with a krachtenveld whose session length and date are as given.</summary>
    private string Coalition(string lengthCell, string date)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, Guid.NewGuid().ToString("N")[..6])).FullName;
        foreach (var file in Directory.GetFiles(Repository.PathOf("templates", "voorbeeld"), "0*.xlsx"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        new RawWorkbook()
            .Sheet("Samenwerking", RawWorkbook.Rows(1, ["Naam samenwerking", "Proefalliantie"], ["Datum sessie", date]) +
                $"<row r=\"3\">{RawWorkbook.InlineCell("A3", "Sessieduur (minuten)")}{lengthCell}</row>")
            .TextSheet("Krachtenveld", ["Partij"], ["Gemeente Dommelstede"])
            .SaveTo(Path.Combine(folder, "krachtenveld.xlsx"));
        return folder;
    }

    private static (string Output, Coalition Coalition) Check(string folder)
    {
        var output = new StringWriter();
        CliApp.Run(["check", folder], output, new StringWriter());
        return (output.ToString(), WorkbookReader.Read([folder]).Coalition);
    }

    /// <summary>The agenda's last time on the deck: "145–150 min" ends the session at 150 minutes.</summary>
    private static string AgendaEnd(Coalition coalition)
    {
        var plan = DeckPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), PlanContext.Session(Look.House, Language.Nl));
        return plan.Slides.SelectMany(s => s.Elements.OfType<TableElement>()).First(t => t.Name == "Agenda").Rows[^1][0];
    }

    [Theory]
    [InlineData("<c r=\"B3\"><v>1E+12</v></c>")]
    [InlineData("<c r=\"B3\"><v>0.5</v></c>")]
    [InlineData("<c r=\"B3\" t=\"inlineStr\"><is><t>1000000000000 minuten</t></is></c>")]
    public void A_session_length_out_of_all_proportion_is_named_and_check_and_deck_both_use_the_default(string cell)
    {
        var folder = Coalition(cell, "11-3-2027");
        var before = Damage.Fingerprint(folder);

        var (output, coalition) = Check(folder);

        Assert.Contains("B3", output, StringComparison.Ordinal);
        Assert.Matches("(ongebruikelijk|geen aantal minuten)", output);
        Assert.Contains($"{Agenda.DefaultMinutes} minuten (geen bruikbare duur", output, StringComparison.Ordinal);
        Assert.EndsWith($"–{Agenda.DefaultMinutes} min", AgendaEnd(coalition), StringComparison.Ordinal);
        Assert.DoesNotContain("536870906", output, StringComparison.Ordinal);
        Assert.Equal(before, Damage.Fingerprint(folder));
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(600, true)]
    public void A_session_length_outside_a_quarter_of_an_hour_to_eight_hours_gets_a_warning(int minutes, bool used)
    {
        var folder = Coalition($"<c r=\"B3\"><v>{minutes}</v></c>", "11-3-2027");
        var before = Damage.Fingerprint(folder);

        var (output, coalition) = Check(folder);
        Assert.Equal(before, Damage.Fingerprint(folder));

        Assert.Contains("ongebruikelijk", output, StringComparison.Ordinal);
        var expected = used ? minutes : Agenda.DefaultMinutes;
        Assert.Contains($"{expected} minuten", output, StringComparison.Ordinal);
        Assert.EndsWith($"–{expected} min", AgendaEnd(coalition), StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_too_short_for_five_minute_turns_grows_and_check_says_by_how_much_as_the_deck_does()
    {
        // Seven partners in 30 minutes: the round alone takes 35, so the session grows; and growing anyway, the map takes two
        // minutes a party (15) and 'Wie doet wat' a minute (10): it runs to 75 and check says 45 minutes longer.
        var folder = Coalition("<c r=\"B3\"><v>30</v></c>", "11-3-2027");
        var (output, coalition) = Check(folder);
        var agenda = Agenda.Of(coalition);
        Assert.Equal((Agenda.ShortestTurn, 45, 75), (agenda.SpeakingMinutes, agenda.Overrun, agenda.TotalMinutes));
        Assert.Contains("Let op: met 7 partijen en beurten van 5 minuten (spreken en wisselen) duurt de sessie 45 minuten langer dan de geplande 30.", output, StringComparison.Ordinal);
        Assert.EndsWith("–75 min", AgendaEnd(coalition), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_shows_the_date_as_the_deck_shows_it()
    {
        var folder = Coalition("<c r=\"B3\"><v>120</v></c>", "03/11/2027");
        var before = Damage.Fingerprint(folder);

        var (output, coalition) = Check(folder);
        Assert.Equal(before, Damage.Fingerprint(folder));

        Assert.Contains("Sessie: 3 november 2027, 120 minuten", output, StringComparison.Ordinal);
        var title = DeckPlanner.Plan(coalition, CoalitionAnalysis.Of(coalition), PlanContext.Session(Look.House, Language.Nl)).Slides[0];
        Assert.Contains(title.Elements.OfType<TextElement>().SelectMany(e => e.Paragraphs), p => p.Text.Contains("3 november 2027", StringComparison.Ordinal));
        Assert.DoesNotContain("03/11/2027", output, StringComparison.Ordinal);
    }
}
