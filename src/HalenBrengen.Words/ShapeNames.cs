namespace HalenBrengen;

/// <summary>
/// The names of the shapes, placeholders and layouts of every file made: what PowerPoint shows in its
/// selection pane and layout menu, and how the design rules and the tests find an element in a plan.
/// A partner's own name, or a label the room reads, names some shapes as they are; these are the rest.
/// Values: Nl/Shapes.cs, En/Shapes.cs.
/// </summary>
public sealed partial class ShapeNames
{
    // Every file.
    public required string Title { get; init; }
    public required string Logo { get; init; }
    public required string TitleLayout { get; init; }
    public required string ContentLayout { get; init; }
    /// <summary>The notes page's picture of the slide.</summary>
    public required string SlideImage { get; init; }
    public required string Notes { get; init; }
    /// <summary>A shape the plan left unnamed: "{0}": its number on the slide.</summary>
    public required string Text { get; init; }
    /// <summary>"{0}": its number on the slide.</summary>
    public required string Table { get; init; }
    /// <summary>"{0}": its number on the slide.</summary>
    public required string Chart { get; init; }
    /// <summary>"{0}": its number on the slide.</summary>
    public required string Line { get; init; }
    /// <summary>The sheet of a chart's data, as Excel shows it on "Edit Data".</summary>
    public required string ChartSheet { get; init; }

    // Shared by deck, briefing and posters.
    public required string Coalition { get; init; }
    public required string Ambition { get; init; }
    public required string Legend { get; init; }
    /// <summary>"{0}": the part's number.</summary>
    public required string LegendPart { get; init; }
    /// <summary>The numbers beside a part of a numbered legend, so a wrapped name hangs clear of its number: "{0}": the part's number.</summary>
    public required string LegendNumbers { get; init; }
    public required string Explanation { get; init; }
    /// <summary>A partner's circle in a diagram: "{0}": the partner.</summary>
    public required string Node { get; init; }
    /// <summary>The line between two partners: "{0}" and "{1}": the two.</summary>
    public required string Connection { get; init; }
    /// <summary>"{0}": the theme's word.</summary>
    public required string Theme { get; init; }
    /// <summary>A partner's tile on a map: "{0}": the partner.</summary>
    public required string TileContent { get; init; }
    /// <summary>"{0}": the partner.</summary>
    public required string TileHalen { get; init; }
    /// <summary>"{0}": the partner.</summary>
    public required string TileBrengen { get; init; }
    /// <summary>"{0}": the partner.</summary>
    public required string TileBoth { get; init; }
    /// <summary>The kicker above a front page's headline that is still a proposal.</summary>
    public required string Questions { get; init; }
    /// <summary>Above a question that is its slide's title: the part of the session it belongs to.</summary>
    public required string Kicker { get; init; }
    /// <summary>Under a question to the group: how it works on it and where its notes go.</summary>
    public required string WorkingLine { get; init; }

    // The session deck.
    public required string FrontPage { get; init; }
    public required string RuleAbove { get; init; }
    public required string RuleBelow { get; init; }
    /// <summary>The front page's foot with the partners that publish it, and the rule above it.</summary>
    public required string Publishers { get; init; }
    public required string OpenWishes { get; init; }
    /// <summary>The offers several partners' wants lean on.</summary>
    public required string Tension { get; init; }
    /// <summary>On a turn's page: what to watch for after the round.</summary>
    public required string CribProbe { get; init; }
    public required string HeadlineField { get; init; }
    /// <summary>The card's colour around the headline's field: left (1), right (2) and under it (3).</summary>
    public required string HeadlineFrame { get; init; }
    public required string RuleAboveFoot { get; init; }
    public required string Date { get; init; }
    public required string Proposal { get; init; }
    /// <summary>The title slide's accent band of the first design; no slide draws it now (kept: Words tables are shared, only added to).</summary>
    public required string Band { get; init; }
    /// <summary>The front page's edition line, right: what kind of session it is.</summary>
    public required string Section { get; init; }
    /// <summary>"{0}": the gap's number, from 1: the rule between two columns of the front page's lead.</summary>
    public required string ColumnRule { get; init; }
    /// <summary>The title slide's short accent rule above the headline.</summary>
    public required string Accent { get; init; }
    public required string Task { get; init; }
    public required string GroundRules { get; init; }
    public required string Agenda { get; init; }
    public required string Order { get; init; }
    /// <summary>"{0}": the column's number.</summary>
    public required string OrderPart { get; init; }
    public required string Interest { get; init; }
    public required string SpeakingTime { get; init; }
    public required string SinceLastTime { get; init; }
    public required string Question { get; init; }
    public required string Activities { get; init; }
    public required string NextSteps { get; init; }
    /// <summary>The names of a block's partners on the divider before it: how a check finds the round's dividers.</summary>
    public required string BlockNames { get; init; }

    // The briefing.
    public required string DoNotProject { get; init; }
    public required string Footer { get; init; }
    /// <summary>A briefing page's number at the right of its footer ('3 / 16'): the printed booklet refers to its pages by title.</summary>
    public required string PageNumber { get; init; }
    public required string Balance { get; init; }
    public required string Summary { get; init; }
    /// <summary>The briefing's page of every demand, after the summary where it does not show them all.</summary>
    public required string Demands { get; init; }
    public required string Matches { get; init; }
    public required string Matrix { get; init; }
    /// <summary>The briefing's table of the strongest pairs, above the matrix's size.</summary>
    public required string Connections { get; init; }
    public required string Open { get; init; }
    public required string Themes { get; init; }
    public required string Guide { get; init; }
    public required string Preparation { get; init; }
    public required string RunSheet { get; init; }
    /// <summary>The briefing's table of the round: every turn's time, its partner and one question to ask in it.</summary>
    public required string RoundSheet { get; init; }
    public required string Ambitions { get; init; }
    public required string Priorities { get; init; }
    public required string ForceField { get; init; }
    public required string Interventions { get; init; }
    public required string Changes { get; init; }
    public required string Crib { get; init; }
    /// <summary>A crib's box of the partner's own words (its belangenkaart).</summary>
    public required string CribOwnWords { get; init; }
    /// <summary>A crib's box of the interventions for the partner, with lines to write more on.</summary>
    public required string CribInterventions { get; init; }
    /// <summary>A crib's line beside the partner's name: its turn in the round.</summary>
    public required string CribTurn { get; init; }
    /// <summary>A crib's room for the facilitator's notes, and its ruled lines ("{0}" their number).</summary>
    public required string CribNoteSpace { get; init; }
    public required string CribNoteLine { get; init; }

    // The posters.
    public required string Headline { get; init; }
    public required string Header { get; init; }
    /// <summary>The work sheet's field for what the group agrees: who does what.</summary>
    public required string Agreements { get; init; }
    /// <summary>The work sheet's field for who brings what for whom.</summary>
    public required string Together { get; init; }
    /// <summary>The work sheet's picture of the wall in its header: sheet {0} as it hangs, this one filled.</summary>
    public required string WallSheet { get; init; }
    /// <summary>The work sheet's field for the wants nobody brings yet, and who is missing.</summary>
    public required string Unanswered { get; init; }
    /// <summary>The work sheet's field for the balance questions' notes.</summary>
    public required string EnoughField { get; init; }
    public required string EqualField { get; init; }
    /// <summary>The deck's list of proposed headlines to choose from.</summary>
    public required string Proposals { get; init; }
    /// <summary>The deck's pause slide: its time and what comes after it.</summary>
    public required string Pause { get; init; }
    /// <summary>The deck's list of proposed ambitions to sharpen into one.</summary>
    public required string AmbitionProposals { get; init; }
}
