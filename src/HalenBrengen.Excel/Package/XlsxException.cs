using HalenBrengen.Core.Model;

namespace HalenBrengen.Excel.Package;

/// <summary>
/// Thrown inside the package layer when a file cannot be read as a workbook; the reader turns it into a
/// <see cref="Diagnostic"/> at the file boundary and never lets it escape. The message is already the
/// Dutch sentence a facilitator reads.
/// </summary>
public sealed class XlsxException(DiagnosticCode code, string message) : Exception(message)
{
    public DiagnosticCode Code { get; } = code;
}
