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

    /// <summary>
    /// The columns' widths, in characters: narrow enough that a page of A4 landscape, one page wide, prints the
    /// 11-point text at no less than 9 points (<see cref="PrintedSize"/>); the long texts wrap.
    /// </summary>
    internal static readonly double[] SuggestionWidths = [24, 17, 8, 22, 17, 19, 9, 12, 27, 11];
    internal static readonly double[] OpenWidths = [36, 18, 8, 60];

    /// <summary>A free row's height, in points: about 9 mm printed at the list's scale, room for a handwritten line.</summary>
    private const double FreeRowHeight = 30;

    /// <summary>The text's size on screen, in points (the styles' font).</summary>
    internal const double FontSize = 11;

    /// <summary>
    /// The size, in points, at which a sheet of these column widths prints its text on A4 landscape fitted to one
    /// page wide (ECMA-376 Part 1, 18.3.1.13 col width: a character is the width of a digit of the font, about 7
    /// pixels at 96 per inch for Calibri 11, plus 5 pixels of padding; the margins as <see cref="SpreadsheetSheet"/> sets them).
    /// </summary>
    internal static double PrintedSize(IReadOnlyList<double> widths)
    {
        var pixels = widths.Sum(w => Math.Truncate((w * 7 + 5) / 7 * 256) / 256 * 7);
        var printable = (11.69 - 2 * SpreadsheetSheet.SideMargin) * 96;
        return FontSize * Math.Min(1, printable / pixels);
    }

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
        var rows = new List<(double, IReadOnlyList<SheetCell>)> { Header(t.SuggestionHeaders, SuggestionWidths) };
        foreach (var want in analysis.Matrix.Partners.SelectMany(p => p.Halen))
        {
            var first = true;
            foreach (var match in analysis.Matches.Suggested(want))
            {
                // A want's suggestions read as one group: a line above its first (not above the first of all).
                var start = first && rows.Count > 1;
                string[] given = [match.Want.Text.Value, match.Wanter.Naam, match.Want.IsEis ? t.Demand : t.Wish, match.Offer.Text.Value, match.Bringer.Naam,
                    words.Briefing.Why(match), words.Briefing.StrengthOf(match)];
                // A demand and a strong suggestion's Sterkte in bold: what cannot wait, and the rows to discuss first, stand out.
                var cells = given.Select((v, c) => new SheetCell(v, (c == SuggestionColumn.Strength && match.IsStrong) || (c == SuggestionColumn.Demand && match.Want.IsEis)
                        ? start ? CellLook.StrongGroupStart : CellLook.Strong
                        : start ? CellLook.TextGroupStart : CellLook.Text))
                    .Concat(Enumerable.Range(0, SuggestionWidths.Length - given.Length).Select(_ => new SheetCell("", start ? CellLook.InputGroupStart : CellLook.Input)));
                rows.Add((Height(given, SuggestionWidths), cells.ToList()));
                first = false;
            }
        }
        var lastSuggestion = rows.Count;
        // Free rows tall enough to write in by hand on paper; Waarom and Sterkte are the list's, not the group's.
        for (var i = 0; i < FreeRows; i++)
            rows.Add((FreeRowHeight, SuggestionWidths.Select((_, c) => new SheetCell("", c is SuggestionColumn.Why or SuggestionColumn.Strength ? CellLook.Text : CellLook.Input)).ToList()));
        var last = rows.Count;
        var agreed = SpreadsheetPackage.Column(SuggestionColumn.Agreed + 1);
        var errors = Words.Nl.Forms;
        return new SheetPlan(t.SuggestionsSheet, SuggestionWidths, rows, $"A1:{SpreadsheetPackage.Column(SuggestionWidths.Length)}{last}",
            [new ListValidation($"{agreed}2:{agreed}{last}", ListName, t.SuggestionHeaders[SuggestionColumn.Agreed], t.AgreedHint, t.SuggestionHeaders[SuggestionColumn.Agreed], errors.ChooseFromList)],
            [new InputPrompt($"A{lastSuggestion + 1}:A{last}", t.SuggestionHeaders[0], t.FreeRowHint)], PageTitle: Title(coalition, t.SuggestionsSheet));
    }

    private static SheetPlan Open(CoalitionAnalysis analysis, AgreementTexts t, string? coalition)
    {
        var rows = new List<(double, IReadOnlyList<SheetCell>)> { Header(t.OpenHeaders, OpenWidths) };
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

    /// <summary>The header row, as tall as its longest header wrapped ("Wens of eis" in a narrow column takes two lines).</summary>
    private static (double, IReadOnlyList<SheetCell>) Header(IReadOnlyList<string> headers, double[] widths) =>
        (Math.Max(22, Height(headers, widths) + 4), headers.Select(h => new SheetCell(h, CellLook.Header)).ToList());

    /// <summary>A row as tall as its longest cell, wrapped: the forms' estimate.</summary>
    private static double Height(IReadOnlyList<string> values, double[] widths) =>
        Templates.RowHeights.Estimate(values.Select((text, c) => ((string?)text, widths[c])), byWords: true);
}
