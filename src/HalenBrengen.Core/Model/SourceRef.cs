namespace HalenBrengen.Core.Model;

/// <summary>Where a value came from: a file, and where known the sheet and the cell (A1 style).</summary>
public sealed record SourceRef(string File, string? Sheet = null, string? Cell = null)
{
    /// <summary>The form a facilitator reads in every message: <c>file › sheet › cell</c>.</summary>
    public override string ToString() =>
        string.Join(" › ", new[] { File, Sheet, Cell }.Where(part => !string.IsNullOrEmpty(part)));

    public SourceRef At(string sheet, string? cell = null) => this with { Sheet = sheet, Cell = cell };
}

/// <summary>A value read from a workbook together with the cell it came from.</summary>
public sealed record Sourced<T>(T Value, SourceRef Source)
{
    public override string ToString() => $"{Value}";
}
