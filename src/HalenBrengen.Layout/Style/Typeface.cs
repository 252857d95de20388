using HalenBrengen.Layout.Fonts;

namespace HalenBrengen.Layout.Style;

/// <summary>A font the files are set in: the name written into every run, and the faces it is measured with.</summary>
public sealed record Typeface(string Name, FontMetrics Regular, FontMetrics Bold)
{
    /// <summary>The house font: Calibri, measured with Carlito (the same advance widths).</summary>
    public static readonly Typeface Calibri = new(FontMetrics.FontName, FontMetrics.CarlitoRegular, FontMetrics.CarlitoBold);

    /// <summary>
    /// A bold face PowerPoint makes up from the regular one when no bold file is installed is a little
    /// wider; without the bold file, bold is measured this much wider than regular.
    /// </summary>
    public const double MadeUpBold = 1.08;

    /// <summary>The fonts whose widths are built in: Calibri and Carlito, which is metric-compatible with it.</summary>
    public static bool IsBuiltIn(string name) =>
        name.Equals("Calibri", StringComparison.OrdinalIgnoreCase) || name.Equals("Carlito", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The typeface for a font a house style names: built in (Calibri, Carlito) as it is; else measured from
    /// the facilitator's font files of that family (bold from its bold file, or estimated); else Calibri,
    /// with a note saying so. Fonts are matched by family name, in any case.
    /// </summary>
    public static (Typeface Typeface, StyleNote? Note) For(string? name, IReadOnlyList<FontFile> files)
    {
        if (string.IsNullOrWhiteSpace(name))
            return (Calibri, null);
        if (IsBuiltIn(name))
            return (Calibri with { Name = name }, null);
        var family = files.Where(f => f.Font.Family.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
        var regular = family.FirstOrDefault(f => !f.Font.Bold);
        var bold = family.FirstOrDefault(f => f.Font.Bold);
        if (regular is null)
            return (Calibri, new FontReplaced(name, Calibri.Name));
        var regularMetrics = FontMetrics.FromTrueType(regular.Font);
        var boldMetrics = bold is null ? FontMetrics.FromTrueType(regular.Font, MadeUpBold) : FontMetrics.FromTrueType(bold.Font);
        return (new Typeface(name, regularMetrics, boldMetrics), new FontMeasured(name, regular.Name, bold is null));
    }
}

/// <summary>A font file a facilitator gave, read.</summary>
public sealed record FontFile(string Name, TrueTypeFont Font);
