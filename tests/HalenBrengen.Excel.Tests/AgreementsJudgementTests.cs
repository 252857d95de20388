using System.Globalization;
using ClosedXML.Excel;
using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Agreements;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Excel.Tests;

/// <summary>
/// The matching judged as a facilitator meets it in the afsprakenlijst (issue 20: "measured on coalitions you have not
/// seen, through the Suggesties sheet"): for each coalition of the unseen sets the list is written, read back by its
/// sheet and column names as a spreadsheet program shows them, and each want's rows are held to the judgement. A want's
/// first row marked 'sterk' is a sure suggestion; a want without one is an open need, and must stand on the sheet Open
/// behoeften. The figures must be the ones the matcher itself gives (MatchJudgementTests): the list loses and adds
/// nothing. Only figures are printed, never a text of these sets.
/// </summary>
public sealed class AgreementsJudgementTests
{
    public static TheoryData<string> Unseen => ["unseen/werk-en-inkomen-havenstad.json", "unseen/water-en-groen-polder.json",
        "unseen2/mantelzorg-en-dementie-lindeveld.json", "unseen2/binnenstad-cultuur-zwolburg.json",
        "unseen3/nieuwkomers-meerstad.json", "unseen3/korte-keten-vallei.json", "unseen4/bereikbaar-platteland.json", "unseen4/circulair-bedrijventerrein.json"];

    [Theory]
    [MemberData(nameof(Unseen))]
    public void Through_the_Suggesties_sheet_an_unseen_coalition_scores_what_the_matcher_scores(string file)
    {
        var (partners, judged) = JudgedCoalitions.Load(file, Repository.PathOf);
        var analysis = CoalitionAnalysis.Of(new Coalition(new Samenwerking(), partners, [], []));
        using var workbook = new XLWorkbook(new MemoryStream(AgreementsWorkbook.Bytes(analysis, Words.For(Language.Nl))));
        var rows = Rows(workbook.Worksheet("Suggesties"), ["Wil halen", "Van", "Kan brengen", "Door", "Sterkte"]);
        var open = Rows(workbook.Worksheet("Open behoeften"), ["Wil halen", "Van"]).Select(r => (r[0], r[1])).ToHashSet();

        var sheet = new Tally();
        var matcher = new Tally();
        foreach (var (want, wanter, good) in judged)
        {
            var key = (want.Text.Value, wanter.Naam);
            var mine = rows.Where(r => (r[0], r[1]) == key).ToList();
            var goodNames = good.Select(g => (g.Text.Value, partners.Single(p => p.Brengen.Contains(g)).Naam)).ToHashSet();
            var first = mine.FirstOrDefault();
            var sure = first?[4] == "sterk";
            Assert.Equal(!sure, open.Contains(key));
            sheet.Add(sure, sure && goodNames.Contains((first![2], first[3])), good.Count == 0,
                !sure && first is not null, !sure && first is not null && goodNames.Contains((first[2], first[3])));

            var suggested = analysis.Matches.Suggested(want);
            var strong = suggested.FirstOrDefault()?.IsStrong == true;
            matcher.Add(strong, strong && good.Contains(suggested[0].Offer), good.Count == 0,
                !strong && suggested.Count > 0, !strong && suggested.Count > 0 && good.Contains(suggested[0].Offer));
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{file} through the Suggesties sheet: {sheet}");
        Assert.Equal(matcher, sheet);
        Assert.True(sheet.Wants >= 28, $"{sheet.Wants} wants");
    }

    /// <summary>The data rows of a sheet, the given columns found by their header in row 1, wherever they stand.</summary>
    private static List<string[]> Rows(IXLWorksheet sheet, string[] headers)
    {
        var header = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber, StringComparer.Ordinal);
        var columns = headers.Select(h => header[h]).ToArray();
        return sheet.RowsUsed().Skip(1).Select(r => columns.Select(c => r.Cell(c).GetString()).ToArray())
            .Where(r => r[0].Length > 0).ToList();
    }

    /// <summary>How a set of wants fares: sure suggestions and how many are right, open needs both ways, guesses and how many are right.</summary>
    private sealed record Tally
    {
        public int Wants { get; private set; }
        public int Sure { get; private set; }
        public int SureRight { get; private set; }
        public int ReportedOpen { get; private set; }
        public int TrulyOpen { get; private set; }
        public int OpenBoth { get; private set; }
        public int Guessed { get; private set; }
        public int GuessedRight { get; private set; }

        public void Add(bool sure, bool sureRight, bool trulyOpen, bool guessed, bool guessedRight)
        {
            Wants++;
            Sure += sure ? 1 : 0;
            SureRight += sureRight ? 1 : 0;
            ReportedOpen += sure ? 0 : 1;
            TrulyOpen += trulyOpen ? 1 : 0;
            OpenBoth += !sure && trulyOpen ? 1 : 0;
            Guessed += guessed ? 1 : 0;
            GuessedRight += guessedRight ? 1 : 0;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Wants} wants: 'sterk' first right {SureRight}/{Sure}, open needs on 'Open behoeften' right {OpenBoth}/{ReportedOpen}, "
            + $"found {OpenBoth}/{TrulyOpen}, the one 'mogelijk' row right {GuessedRight}/{Guessed}");
    }
}
