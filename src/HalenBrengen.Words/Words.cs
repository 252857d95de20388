using HalenBrengen.Core;

namespace HalenBrengen;

/// <summary>
/// Every fixed text a user reads, one table per language, made of one table per view: what the command
/// line says (<see cref="Cli"/>), the texts of the forms (<see cref="Forms"/>) and the wording of what the
/// reader finds in the workbooks (<see cref="Problems"/>). The shape of each view's table is a class in
/// this folder; its Dutch values are in Nl/, its English values in En/, so a translator finds all of one
/// language in one folder.
/// </summary>
public sealed class Words
{
    public required Language Language { get; init; }

    /// <summary>The help pages and the messages for a command line that cannot be followed.</summary>
    public required CliTexts Cli { get; init; }

    /// <summary>The forms' sheet titles, hints and explanations. Dutch in both languages: see <see cref="En"/>.</summary>
    public required FormTexts Forms { get; init; }

    /// <summary>What the reader says about the workbooks. Dutch in both languages: see <see cref="En"/>.</summary>
    public required ProblemTexts Problems { get; init; }

    public static Words Nl { get; } = new()
    {
        Language = Language.Nl,
        Cli = CliTexts.Nl,
        Forms = FormTexts.Nl,
        Problems = ProblemTexts.Nl,
    };

    /// <summary>
    /// English where a view has an English table. The forms and the messages about them stay Dutch: the
    /// forms' labels and headers are the workbook contract, which is Dutch, and the messages name them.
    /// </summary>
    public static Words En { get; } = new()
    {
        Language = Language.En,
        Cli = CliTexts.En,
        Forms = FormTexts.Nl,
        Problems = ProblemTexts.Nl,
    };

    public static Words For(Language language) => language == Language.En ? En : Nl;
}
