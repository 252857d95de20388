namespace HalenBrengen;

/// <summary>
/// What a run reports on the command line: what the check found, what was written or why not (a folder that
/// cannot be written into, a file held open, LibreOffice missing), what to do next, and the page served on
/// this computer. Dutch in both languages, like the diagnostics it prints (<see cref="ProblemTexts"/>):
/// <c>--lang</c> chooses the language of the files, not of the report. Values: Nl/Reports.cs.
/// </summary>
public sealed partial class ReportTexts
{
    // The check: what was read ("{0}": a count with its noun, from the pairs below).
    public required string Read { get; init; }
    /// <summary>"{0}": the collaboration's name.</summary>
    public required string Coalition { get; init; }
    public required string NoCoalitionName { get; init; }
    public required string Task { get; init; }
    public required string SharedAmbition { get; init; }
    public required string Headline { get; init; }
    public required string Session { get; init; }
    /// <summary>"{0}": the session's length in minutes.</summary>
    public required string Minutes { get; init; }
    /// <summary>"{0}": the length the agenda assumes when none could be read.</summary>
    public required string MinutesAssumed { get; init; }
    /// <summary>"{0}": each party's speaking time in minutes.</summary>
    public required string SpeakingTime { get; init; }
    /// <summary>"{0}": the facilitator's name.</summary>
    public required string Facilitator { get; init; }
    /// <summary>"{0}": the number of parties, "{1}": the minutes the session grows by, "{2}": the minutes of a turn, "{3}": the planned minutes.</summary>
    public required string Overrun { get; init; }
    /// <summary>The session held as two meetings: "{0}" parties, "{1}" minutes each, "{2}" planned.</summary>
    public required string TwoMeetings { get; init; }
    /// <summary>The second meeting's date's label, under <see cref="TwoMeetings"/>.</summary>
    public required string SecondMeeting { get; init; }
    /// <summary>"{0}": the number of partners.</summary>
    public required string Partners { get; init; }
    public required string NoCard { get; init; }
    /// <summary>"{0}": the number of halen items.</summary>
    public required string Halen { get; init; }
    /// <summary>After <see cref="Halen"/>: "{0}": how many of them are demands, with its noun.</summary>
    public required string Demands { get; init; }
    /// <summary>"{0}": the number of brengen items.</summary>
    public required string Brengen { get; init; }
    /// <summary>"{0}": the partner's influence, "{1}": its attitude (1 to 4).</summary>
    public required string ForceFieldRow { get; init; }
    public required string NotInForceField { get; init; }
    /// <summary>"{0}": rows, "{1}": interventions, "{2}": activities, each a count with its noun.</summary>
    public required string ForceField { get; init; }
    /// <summary>"{0}": errors, "{1}": warnings, "{2}": notes, each a count with its noun.</summary>
    public required string Messages { get; init; }
    public required string Error { get; init; }
    public required string Warning { get; init; }
    public required string Note { get; init; }

    // A count's noun, one and many.
    public required string WorkbookOne { get; init; }
    public required string WorkbookMany { get; init; }
    public required string RowOne { get; init; }
    public required string RowMany { get; init; }
    public required string InterventionOne { get; init; }
    public required string InterventionMany { get; init; }
    public required string ActivityOne { get; init; }
    public required string ActivityMany { get; init; }
    public required string ErrorOne { get; init; }
    public required string ErrorMany { get; init; }
    public required string WarningOne { get; init; }
    public required string WarningMany { get; init; }
    public required string NoteOne { get; init; }
    public required string NoteMany { get; init; }
    public required string DemandOne { get; init; }
    public required string DemandMany { get; init; }

    // The check's verdict ("{0}": a count with its noun).
    public required string Ready { get; init; }
    public required string ReadyWithWarnings { get; init; }
    public required string FixErrors { get; init; }
    public required string NoParty { get; init; }
    public required string StrictWarnings { get; init; }

    // Files written ("{0}": the file or folder, "{1}": why not).
    /// <summary>What a filled-in afsprakenlijst among the inputs says: "{0}": the agreements (Ja), "{1}": how many are put off (Later).</summary>
    public required string AgreementsRead { get; init; }
    public required string AgreementOne { get; init; }
    public required string AgreementMany { get; init; }
    public required string Written { get; init; }
    /// <summary>An afsprakenlijst already in the folder with other contents: "{0}": its path.</summary>
    public required string KeptFilledIn { get; init; }
    public required string NotWritten { get; init; }
    public required string FileNotWritten { get; init; }
    /// <summary>After the blank forms are written (an example folder in the text: "&lt;map&gt;").</summary>
    public required string TemplatesNext { get; init; }
    /// <summary>After the example is written, a line each: "{0}": its folder as it can be typed.</summary>
    public required IReadOnlyList<string> ExampleNext { get; init; }

    // Generate.
    /// <summary>"{0}": the house style's problem.</summary>
    public required string StyleNotMade { get; init; }
    public required string PreviousRound { get; init; }
    /// <summary>"{0}": the number of warnings.</summary>
    public required string Warnings { get; init; }
    /// <summary>"{0}": the number of workbooks of the previous round.</summary>
    public required string Compared { get; init; }
    /// <summary>
    /// The earlier round seems to be of another coalition: "{0}" why (<see cref="OtherCoalitionName"/> or
    /// <see cref="OtherCoalitionPartners"/>), "{1}" the partners only then, "{2}" only now.
    /// </summary>
    public required string OtherCoalition { get; init; }
    /// <summary>"{0}": the earlier round's coalition, "{1}": this one.</summary>
    public required string OtherCoalitionName { get; init; }
    /// <summary>"{0}": how many of the earlier partners are at the table now, "{1}": of how many.</summary>
    public required string OtherCoalitionPartners { get; init; }
    /// <summary>"{0}": the number of files, "{1}": the folder.</summary>
    public required string AllWritten { get; init; }
    /// <summary>"{0}": written, "{1}": all, "{2}": the folder, "{3}": not written.</summary>
    public required string SomeWritten { get; init; }
    /// <summary>"{0}": why no PDF was made.</summary>
    public required string NoPdf { get; init; }
    /// <summary>"{0}": the number of PDFs.</summary>
    public required string AllPdf { get; init; }
    /// <summary>"{0}": made, "{1}": all, "{2}": not made.</summary>
    public required string SomePdf { get; init; }

    // Why a file was not written ("{0}": a folder or path).
    public required string OutIsFile { get; init; }
    /// <summary>"{0}": the folder asked for, a link; "{1}": where it points, which is not there.</summary>
    public required string OutDangling { get; init; }
    /// <summary>"{0}": the folder asked for, "{1}": the file in its way.</summary>
    public required string OutUnderFile { get; init; }
    public required string IsInput { get; init; }
    /// <summary>"{0}": why (one of the causes below).</summary>
    public required string NotWrittenBecause { get; init; }
    public required string NameTooLong { get; init; }
    public required string FolderInTheWay { get; init; }
    public required string ReadOnlyFile { get; init; }
    public required string ReadOnlyDisk { get; init; }
    public required string DiskFull { get; init; }
    /// <summary>"{0}": the program it is likely open in.</summary>
    public required string HeldOpen { get; init; }
    public required string NotAllowed { get; init; }
    public required string FolderGone { get; init; }
    public required string WriteFailed { get; init; }
    public required string PdfReader { get; init; }
    public required string OtherProgram { get; init; }

    // The PDFs, through LibreOffice.
    /// <summary>"{0}": the environment variable, "{1}": the file it names.</summary>
    public required string SofficeMissing { get; init; }
    public required string LibreOfficeNotFound { get; init; }
    public required string InstallLibreOffice { get; init; }
    /// <summary>"{0}": the program, "{1}": why it did not start.</summary>
    public required string LibreOfficeNotStarted { get; init; }
    /// <summary>"{0}": how long it was given.</summary>
    public required string PdfTimedOut { get; init; }
    public required string PdfFailed { get; init; }
    /// <summary>"{0}": the system's message.</summary>
    public required string PdfFolderFailed { get; init; }
    /// <summary>"{0}": a number of seconds.</summary>
    public required string Seconds { get; init; }
    /// <summary>"{0}": a number of minutes.</summary>
    public required string MinutesLong { get; init; }

    // The page on this computer (serve, site, a double-click).
    public required string BundleMissing { get; init; }
    /// <summary>"{0}": why not.</summary>
    public required string NotStarted { get; init; }
    /// <summary>"{0}": the address.</summary>
    public required string Serving { get; init; }
    /// <summary>The port is taken by another program; "{0}": the port, "{1}": one to try instead.</summary>
    public required string PortBusy { get; init; }
    /// <summary>After a blocked generate's verdict: no file was written.</summary>
    public required string NothingWritten { get; init; }
    /// <summary>"{0}": the address (ending in '/').</summary>
    public required string ServingAddin { get; init; }
    /// <summary>"{0}": the number of files, "{1}": the folder.</summary>
    public required string SiteWritten { get; init; }
    /// <summary>"{0}": the site's address (ending in '/').</summary>
    public required string SitePublish { get; init; }
    /// <summary>"{0}": the site's address (ending in '/').</summary>
    public required string SiteOpen { get; init; }
    public required string SiteNotHttps { get; init; }
    public required string Starting { get; init; }
    /// <summary>"{0}": the address.</summary>
    public required string OpenAddress { get; init; }
    public required string BrowserOpens { get; init; }
    public required string OpenYourself { get; init; }
    public required string StaysHere { get; init; }
    public required string HowToStop { get; init; }
    public required string CommandsHelp { get; init; }
    public required string PressEnter { get; init; }

    /// <summary>A fault in HalenBrengen itself, a line each; then its details, or <see cref="DebugHint"/>.</summary>
    public required IReadOnlyList<string> InternalError { get; init; }
    public required string DebugHint { get; init; }
}
