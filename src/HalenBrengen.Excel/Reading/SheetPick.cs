using HalenBrengen.Core;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Package;

namespace HalenBrengen.Excel.Reading;

/// <summary>
/// Which sheet to read when more than one has the contract's name once case, accents, spaces and
/// invisible characters are ignored ("Halen" and "HALEN "): the one with content. An empty namesake is
/// a note; two with content block, since the reader cannot tell which holds the partner's words and
/// reading one would silently drop the other.
/// </summary>
internal static class SheetPick
{
    /// <summary>The reader speaks Dutch, like the forms it reads.</summary>
    private static readonly ProblemTexts Say = Words.Nl.Problems;

    /// <summary>The sheet to read, or null when the workbook has no sheet of this name.</summary>
    public static SheetGrid? Choose(XlsxPackage package, string name, SourceRef file,
        Func<SheetGrid, bool> hasContent, ICollection<Diagnostic> diagnostics)
    {
        var sheets = package.ReadSheets(name);
        if (sheets.Count <= 1)
            return sheets.FirstOrDefault();
        var withContent = sheets.Where(hasContent).ToList();
        var chosen = withContent.FirstOrDefault() ?? sheets[0];
        foreach (var other in sheets.Where(s => s != chosen))
        {
            if (withContent.Contains(other))
            {
                var cells = CellRanges.Bounds(other.AllCells.Where(TableSheet.IsFilled));
                diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.DubbelBlad, file.At(other.Name, cells),
                    Say.SheetTwiceFilled.Fill(Quote(chosen.Name), Quote(other.Name), name, cells)));
            }
            else
            {
                diagnostics.Add(new Diagnostic(Severity.Opmerking, DiagnosticCode.DubbelBlad, file.At(other.Name),
                    Say.SheetTwiceEmpty.Fill(Quote(other.Name), Quote(chosen.Name), name)));
            }
        }
        return chosen;
    }

    /// <summary>A sheet name in quotes, saying so when it holds a character nobody can see.</summary>
    private static string Quote(string sheet) =>
        sheet.EnumerateRunes().Any(TextKey.IsDefaultIgnorable) ? Say.InvisibleInName.Fill(sheet) : $"'{sheet}'";
}
