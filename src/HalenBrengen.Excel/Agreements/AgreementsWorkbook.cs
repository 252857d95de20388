using HalenBrengen.Core.Analysis;

namespace HalenBrengen.Excel.Agreements;

/// <summary>
/// The afsprakenlijst: where the group writes down, during or after the session, which suggested
/// connections it agreed on, what exactly and by when. Its first sheet has one header row and then one row per
/// suggested match (<see cref="MatchSet.Suggested"/>), grouped by want in partner and item order, strongest
/// first; below them free rows for connections nobody suggested. Its second sheet lists the open needs with
/// what might still answer them. The wants and offers are the partners' own words, whole; what the group
/// fills in (Afgesproken, Afspraak, Wanneer) is yellow, like every input of the forms. Planned here, written by
/// <see cref="SpreadsheetPackage"/>.
/// </summary>
public static class AgreementsWorkbook
{
    /// <summary>The free rows under the suggestions, for connections nobody suggested.</summary>
    public const int FreeRows = 25;

    private static readonly double[] SuggestionWidths = [42, 22, 42, 22, 40, 10, 13, 42, 16];
    private static readonly double[] OpenWidths = [48, 24, 12, 70];

    /// <summary>The first of the columns the group fills in (Afgesproken, Afspraak, Wanneer), 0-based.</summary>
    private const int Agreed = 6;

    /// <summary>The name of the range that feeds the Afgesproken drop-down, and the hidden sheet it is on.</summary>
    private const string ListName = "lijst_Afgesproken", ListSheet = Contract.Keuzelijsten;

    /// <param name="coalition">The coalition's name, at the top of every printed page (none: the sheet's name alone).</param>
    public static byte[] Bytes(CoalitionAnalysis analysis, Words words, string? coalition = null)
    {
        var t = words.Agreements;
        var suggestions = Suggestions(analysis, words, coalition);
        var lists = new SheetPlan(ListSheet, [30], [(15, [new SheetCell("Afgesproken", CellLook.Plain)]),
            .. t.AgreedValues.Select(v => (15.0, (IReadOnlyList<SheetCell>)[new SheetCell(v, CellLook.Plain)]))], Hidden: true);
        return SpreadsheetPackage.Write([suggestions, Open(analysis, t, coalition), lists],
            [(ListName, SpreadsheetPackage.Absolute(ListSheet, $"A2:A{t.AgreedValues.Count + 1}"))], t.SuggestionsSheet);
    }

    private static SheetPlan Suggestions(CoalitionAnalysis analysis, Words words, string? coalition)
    {
        var t = words.Agreements;
        var rows = new List<(double, IReadOnlyList<SheetCell>)> { Header(t.SuggestionHeaders) };
        foreach (var want in analysis.Matrix.Partners.SelectMany(p => p.Halen))
        {
            var first = true;
            foreach (var match in analysis.Matches.Suggested(want))
            {
                // A want's suggestions read as one group: a line above its first (not above the first of all).
                var start = first && rows.Count > 1;
                string[] given = [match.Want.Text.Value, match.Wanter.Naam, match.Offer.Text.Value, match.Bringer.Naam,
                    words.Briefing.Why(match), words.Briefing.StrengthOf(match)];
                // A strong suggestion's Sterkte in bold: the rows to discuss first stand out.
                var cells = given.Select((v, c) => new SheetCell(v, c == given.Length - 1 && match.IsStrong
                        ? start ? CellLook.StrongGroupStart : CellLook.Strong
                        : start ? CellLook.TextGroupStart : CellLook.Text))
                    .Concat(Enumerable.Range(0, SuggestionWidths.Length - given.Length).Select(_ => new SheetCell("", start ? CellLook.InputGroupStart : CellLook.Input)));
                rows.Add((Height(given, SuggestionWidths), cells.ToList()));
                first = false;
            }
        }
        var lastSuggestion = rows.Count;
        for (var i = 0; i < FreeRows; i++)
            rows.Add((Height([], SuggestionWidths), SuggestionWidths.Select(_ => new SheetCell("", CellLook.Input)).ToList()));
        var last = rows.Count;
        var agreed = SpreadsheetPackage.Column(Agreed + 1);
        var errors = Words.Nl.Forms;
        return new SheetPlan(t.SuggestionsSheet, SuggestionWidths, rows, $"A1:{SpreadsheetPackage.Column(SuggestionWidths.Length)}{last}",
            [new ListValidation($"{agreed}2:{agreed}{last}", ListName, t.SuggestionHeaders[Agreed], t.AgreedHint, t.SuggestionHeaders[Agreed], errors.ChooseFromList)],
            [new InputPrompt($"A{lastSuggestion + 1}:A{last}", t.SuggestionHeaders[0], t.FreeRowHint)], PageTitle: Title(coalition, t.SuggestionsSheet));
    }

    private static SheetPlan Open(CoalitionAnalysis analysis, AgreementTexts t, string? coalition)
    {
        var rows = new List<(double, IReadOnlyList<SheetCell>)> { Header(t.OpenHeaders) };
        foreach (var need in analysis.OpenNeeds)
        {
            string[] given = [need.Want.Text.Value, need.Wanter.Naam, need.Want.IsEis ? t.Demand : t.Wish,
                string.Join("\n", need.Maybe.Select(m => $"{m.Bringer.Naam}: {m.Offer.Text.Value}"))];
            rows.Add((Height(given, OpenWidths), given.Select(v => new SheetCell(v, CellLook.Text)).ToList()));
        }
        if (rows.Count == 1)
            rows.Add((15, [new SheetCell(t.NoOpenNeeds, CellLook.Text)]));
        return new SheetPlan(t.OpenSheet, OpenWidths, rows, $"A1:{SpreadsheetPackage.Column(OpenWidths.Length)}{rows.Count}",
            PageTitle: Title(coalition, t.OpenSheet));
    }

    /// <summary>A printed page's title: the coalition's name and the sheet's ("Wijkalliantie De Hoge Akkers · Suggesties").</summary>
    private static string Title(string? coalition, string sheet) => string.IsNullOrWhiteSpace(coalition) ? sheet : $"{coalition} · {sheet}";

    private static (double, IReadOnlyList<SheetCell>) Header(IReadOnlyList<string> headers) =>
        (22, headers.Select(h => new SheetCell(h, CellLook.Header)).ToList());

    /// <summary>A row as tall as its longest cell, wrapped: the forms' estimate.</summary>
    private static double Height(IReadOnlyList<string> values, double[] widths) =>
        Templates.RowHeights.Estimate(values.Select((text, c) => ((string?)text, widths[c])));
}
