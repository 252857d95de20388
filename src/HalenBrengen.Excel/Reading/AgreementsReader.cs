using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Agreements;
using HalenBrengen.Excel.Package;

namespace HalenBrengen.Excel.Reading;

/// <summary>
/// Reads a filled-in afsprakenlijst: its sheet Suggesties (or Suggestions, as the English list names it), by its
/// column headers, so a person may sort, filter, add columns or delete rows. A row counts when its Afgesproken says
/// Ja or Later; a row with an agreement written but nothing chosen, and a value not on the list, are said with their
/// cell and not counted. Nothing in a list ever blocks a run: its problems are warnings.
/// </summary>
internal static class AgreementsReader
{
    private static readonly ProblemTexts Say = Words.Nl.Problems;

    public static IReadOnlyList<Agreement> Read(XlsxPackage package, SourceRef file, CellValues values)
    {
        var language = package.HasSheet(Words.Nl.Agreements.SuggestionsSheet) ? Words.Nl.Agreements : Words.En.Agreements;
        var headers = language.SuggestionHeaders;
        var grid = package.ReadSheets(language.SuggestionsSheet).FirstOrDefault();
        if (grid is null)
            return [];
        // The list's own problems never block: what would be an error in a form is a warning here.
        var found = new List<Diagnostic>();
        var rows = TableSheet.Read(grid, file, headers[Agreed], [.. headers.Where((_, i) => i != Agreed)], found);
        foreach (var d in found)
            values.Diagnostics.Add(d.Severity == Severity.Fout ? d with { Severity = Severity.Waarschuwing } : d);
        var agreements = new List<Agreement>();
        foreach (var row in rows ?? [])
        {
            var agreed = values.Choice(row[headers[Agreed]].Cell, row[headers[Agreed]].Source, headers[Agreed],
                ValueLists.AfgesprokenWaarden, ValueLists.ParseAfgesproken);
            var what = Text(row, headers[SuggestionColumn.What], values);
            var when = Text(row, headers[SuggestionColumn.When], values);
            if (agreed is null && (what is not null || when is not null))
            {
                values.Diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.Afsprakenlijst, row[headers[Agreed]].Source,
                    Say.AgreementNotChosen.Fill(headers[Agreed], (what ?? when)!.Value)));
                continue;
            }
            if (agreed?.Value is not (Afgesproken.Ja or Afgesproken.Later))
                continue;
            // The list fills in Sterkte for every suggestion: a row without it is one the group wrote itself.
            var suggested = row[headers[SuggestionColumn.Strength]].Cell is { } strength && TableSheet.IsFilled(strength);
            agreements.Add(new Agreement(Text(row, headers[SuggestionColumn.Want], values), Text(row, headers[SuggestionColumn.Wanter], values),
                Text(row, headers[SuggestionColumn.Offer], values), Text(row, headers[SuggestionColumn.Bringer], values), agreed, what, when, suggested));
        }
        return agreements;
    }

    private const int Agreed = SuggestionColumn.Agreed;

    private static Sourced<string>? Text(TableRow row, string header, CellValues values) => values.Text(row[header].Cell, row[header].Source);

    /// <summary>
    /// Each agreement held against the coalition as read now: a partner no longer at the table (or renamed), a
    /// suggested want or offer that no longer stands on its belangenkaart. Said with its cell; the agreement is kept as written.
    /// </summary>
    public static IEnumerable<Diagnostic> Check(Coalition coalition)
    {
        foreach (var agreement in coalition.Agreements)
        {
            foreach (var (partner, item, brengen) in new[] { (agreement.Wanter, agreement.Want, false), (agreement.Bringer, agreement.Offer, true) })
            {
                if (partner is null)
                    continue;
                if (coalition.FindPartner(partner.Value) is not { } found)
                {
                    yield return new Diagnostic(Severity.Waarschuwing, DiagnosticCode.Afsprakenlijst, partner.Source, Say.AgreementPartnerGone.Fill(partner.Value));
                    continue;
                }
                var items = brengen ? found.Brengen : found.Halen;
                // A row the group wrote itself names what it agreed in its own words: only a suggestion quotes a card.
                if (item is not null && agreement.Suggested && !items.Any(i => TextKey.Label(i.Text.Value) == TextKey.Label(item.Value)))
                    yield return new Diagnostic(Severity.Waarschuwing, DiagnosticCode.Afsprakenlijst, item.Source,
                        (brengen ? Say.AgreementOfferGone : Say.AgreementWantGone).Fill(item.Value, found.Naam));
            }
        }
    }
}
