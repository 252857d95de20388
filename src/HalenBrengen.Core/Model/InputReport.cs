namespace HalenBrengen.Core.Model;

/// <summary>What reading the input gave: the coalition, every diagnostic, and the workbooks read.</summary>
public sealed record InputReport(Coalition Coalition, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> FilesRead)
{
    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);

    /// <summary>Errors always block generation; with <paramref name="strict"/>, warnings block too.</summary>
    public bool CanGenerate(bool strict) =>
        Count(Severity.Fout) == 0 && (!strict || Count(Severity.Waarschuwing) == 0) && Coalition.Partners.Count > 0;
}
