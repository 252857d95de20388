using HalenBrengen.Core;

namespace HalenBrengen;

/// <summary>
/// Every fixed text a user reads, one table per language, made of one table per view: what the command
/// line says (<see cref="Cli"/>), the texts of the forms (<see cref="Forms"/>), the wording of what the
/// reader finds in the workbooks (<see cref="Problems"/>), the session deck (<see cref="Session"/>), the
/// facilitator's briefing (<see cref="Briefing"/>), what changed between two rounds (<see cref="Changes"/>),
/// the posters (<see cref="Posters"/>), the value lists' labels (<see cref="Values"/>), the names of the files
/// (<see cref="Files"/>) and of the shapes in them (<see cref="Shapes"/>), what a run reports (<see cref="Reports"/>,
/// <see cref="HouseStyle"/>) and the page (<see cref="Page"/>). The shape of each
/// view's table is a class in this folder; its Dutch values are in Nl/, its English values in En/, so a
/// translator finds all of one language in one folder.
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

    /// <summary>The session deck the whole room sees: titles, fixed slides, speaker notes.</summary>
    public required SessionTexts Session { get; init; }

    /// <summary>The facilitator's briefing, and the sentences that word what the analysis found.</summary>
    public required BriefingTexts Briefing { get; init; }

    /// <summary>What changed since the previous round: the briefing's part and the session deck's marks.</summary>
    public required ChangeTexts Changes { get; init; }

    /// <summary>The A0 posters.</summary>
    public required PosterTexts Posters { get; init; }

    /// <summary>The labels of the value lists' values (Soort, Invloed, 4D, wens or eis, ja or nee).</summary>
    public required ValueLabels Values { get; init; }

    /// <summary>The afsprakenlijst: its sheets, columns and drop-down values.</summary>
    public required AgreementTexts Agreements { get; init; }

    /// <summary>The words in the names of the files made.</summary>
    public required FileTexts Files { get; init; }

    /// <summary>The names of the shapes, placeholders and layouts in the files. Dutch in both languages: see <see cref="ShapeNames"/>.</summary>
    public required ShapeNames Shapes { get; init; }

    /// <summary>What a run reports on the command line. Dutch in both languages: see <see cref="ReportTexts"/>.</summary>
    public required ReportTexts Reports { get; init; }

    /// <summary>What a run says about a house style: why it cannot be used, what it needed changed.</summary>
    public required HouseStyleTexts HouseStyle { get; init; }

    /// <summary>The page and the Office task pane.</summary>
    public required PageTexts Page { get; init; }

    public static Words Nl { get; } = new()
    {
        Language = Language.Nl,
        Cli = CliTexts.Nl,
        Forms = FormTexts.Nl,
        Problems = ProblemTexts.Nl,
        Session = SessionTexts.Nl,
        Briefing = BriefingTexts.Nl,
        Changes = ChangeTexts.Nl,
        Posters = PosterTexts.Nl,
        Values = ValueLabels.Nl,
        Agreements = AgreementTexts.Nl,
        Files = FileTexts.Nl,
        Shapes = ShapeNames.Nl,
        Reports = ReportTexts.Nl,
        HouseStyle = HouseStyleTexts.Nl,
        Page = PageTexts.Nl,
    };

    /// <summary>
    /// English where a view has an English table. The forms and the messages about them stay Dutch: the
    /// forms' labels and headers are the workbook contract, which is Dutch, and the messages name them; so
    /// does what the command line reports, which prints those messages. The shapes keep their Dutch names
    /// for now (<see cref="ShapeNames"/>).
    /// </summary>
    public static Words En { get; } = new()
    {
        Language = Language.En,
        Cli = CliTexts.En,
        Forms = FormTexts.Nl,
        Problems = ProblemTexts.Nl,
        Session = SessionTexts.En,
        Briefing = BriefingTexts.En,
        Changes = ChangeTexts.En,
        Posters = PosterTexts.En,
        Values = ValueLabels.En,
        Agreements = AgreementTexts.En,
        Files = FileTexts.En,
        Shapes = ShapeNames.En,
        Reports = ReportTexts.Nl,
        HouseStyle = HouseStyleTexts.En,
        Page = PageTexts.En,
    };

    public static Words For(Language language) => language == Language.En ? En : Nl;
}
