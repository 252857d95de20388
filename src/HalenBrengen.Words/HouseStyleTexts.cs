namespace HalenBrengen;

/// <summary>
/// What a run says about a house style handed in: why it cannot be used, and one line per thing it needed
/// changed (a colour made darker for contrast, a font replaced). Part of the report, not of the files, so
/// worded in the report's language. Values: Nl/HouseStyle.cs, En/HouseStyle.cs.
/// </summary>
public sealed partial class HouseStyleTexts
{
    // Why the template cannot be used: after its file name and ": ".
    public required string NotAPackage { get; init; }
    public required string NotAPresentation { get; init; }
    public required string NoMaster { get; init; }
    /// <summary>"{0}": the largest template allowed, in MB.</summary>
    public required string TooLarge { get; init; }
    /// <summary>"{0}": the most a part of the template may unpack to, in MB.</summary>
    public required string PartTooLarge { get; init; }
    public required string Damaged { get; init; }
    public required string FileMissing { get; init; }
    public required string FileUnreadable { get; init; }
    /// <summary>A link whose target is gone.</summary>
    public required string LinkDangling { get; init; }
    /// <summary>A folder, a pipe, a device or an empty file where a file was asked for.</summary>
    public required string NotAFile { get; init; }
    /// <summary>An Office file encrypted with a password (an OLE compound file, not a zip).</summary>
    public required string Encrypted { get; init; }

    /// <summary>Every note's line: "{0}": the note.</summary>
    public required string Note { get; init; }
    /// <summary>A note about the posters' colours only: "{0}": the note.</summary>
    public required string PostersNote { get; init; }
    /// <summary>"{0}": the colour's role, "{1}": the template's colour, "{2}": its contrast, "{3}": the surface, "{4}": <see cref="Darker"/> or <see cref="Lighter"/>, "{5}": the colour used, "{6}": its contrast.</summary>
    public required string ColourAdjusted { get; init; }
    public required string Darker { get; init; }
    public required string Lighter { get; init; }
    /// <summary>"{0}": the colour's role, "{1}": the template's colour, "{2}": the generator's colour used instead.</summary>
    public required string ColourReplaced { get; init; }
    /// <summary>"{0}": the font, "{1}": the font used instead, "{2}": <see cref="FontFileOption"/> or <see cref="FontFileAlong"/>.</summary>
    public required string FontReplaced { get; init; }
    /// <summary>How the command line takes a font file.</summary>
    public required string FontFileOption { get; init; }
    /// <summary>How the page takes a font file: chosen along with the template.</summary>
    public required string FontFileAlong { get; init; }
    /// <summary>"{0}": the font, "{1}": its file.</summary>
    public required string FontMeasured { get; init; }
    /// <summary>After <see cref="FontMeasured"/>: "{0}": how much wider bold is reckoned, as a percentage.</summary>
    public required string BoldEstimated { get; init; }
    /// <summary>"{0}": the file, "{1}": the font family in it.</summary>
    public required string FontFileUnused { get; init; }
    /// <summary>"{0}": the file, "{1}": why it cannot be measured (the font reader's own words).</summary>
    public required string FontFileUnreadable { get; init; }
    /// <summary>"{0}": the percentage of the slide the picture covers.</summary>
    public required string LogoTooLarge { get; init; }
    /// <summary>"{0}": the picture's format (EMF, SVG…).</summary>
    public required string LogoFormat { get; init; }
    /// <summary>"{0}": the light colour the posters are printed on.</summary>
    public required string PrintedLight { get; init; }
    /// <summary>"{0}": the background colour used instead.</summary>
    public required string BackgroundPictureSkipped { get; init; }

    // What each colour of the template is for.
    public required string TextColour { get; init; }
    public required string MutedTextColour { get; init; }
    public required string AccentColour { get; init; }
    public required string HalenColour { get; init; }
    public required string BrengenColour { get; init; }
    public required string EisColour { get; init; }
    public required string WarningColour { get; init; }
    public required string RuleColour { get; init; }
}
