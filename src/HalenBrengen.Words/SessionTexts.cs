using HalenBrengen.Core.Analysis;

namespace HalenBrengen;

/// <summary>
/// Every fixed text of the session deck, the deck the whole room sees. The speaker notes are the
/// facilitator's guidance for the moment, in our own words. Nothing here names or judges a partner: the
/// facilitator's view of the partners lives in <see cref="BriefingTexts"/>. Values: Nl/Session.cs, En/Session.cs.
/// </summary>
public sealed partial class SessionTexts
{
    // Opening
    public required string SessionKind { get; init; }
    public required string NoHeadline { get; init; }
    public required string Facilitator { get; init; }
    public required string TitleNotes { get; init; }
    public required string PurposeTitle { get; init; }
    public required string PurposeText { get; init; }
    public required string PurposeNotes { get; init; }
    public required string RulesTitle { get; init; }
    public required IReadOnlyList<string> GroundRules { get; init; }
    /// <summary>The ground rule about questions, one of <see cref="GroundRules"/>: "We stellen open, nieuwsgierige vragen."</summary>
    public required string AskRule { get; init; }
    /// <summary>The same rule where the turns leave no minute for questions: they go on a sticky note (a reader found the rule and the round's slides at odds).</summary>
    public required string AskRuleShort { get; init; }
    public required string RulesNotes { get; init; }

    // Agenda
    public required string AgendaTitle { get; init; }
    public required string TimeHeader { get; init; }
    public required string PartHeader { get; init; }
    public required IReadOnlyDictionary<AgendaPart, string> AgendaParts { get; init; }
    /// <summary>After the round's name: "{0} minuten per partij".</summary>
    public required string PerParty { get; init; }
    /// <summary>Minutes from the start when the session has no start time: "{0}–{1} min".</summary>
    public required string FromStart { get; init; }
    /// <summary>A turn's start in minutes from the start, without a start time: "na {0} min".</summary>
    public required string AfterMinutes { get; init; }
    public required string AgendaNotes { get; init; }
    public required string NoDurationNote { get; init; }
    public required string OverrunNote { get; init; }
    /// <summary>The title slide's notes and the purpose's line for a session held as two meetings: today is the round only.</summary>
    public required string TitleNotesTwo { get; init; }
    public required string PurposeTextTwo { get; init; }

    // A session held as two meetings (Agenda.TwoMeetings): the round, then the group's parts.
    /// <summary>The agenda's notes: "{0}" parties, "{1}" minutes planned, "{2}" minutes a party.</summary>
    public required string TwoMeetingsNote { get; init; }
    /// <summary>The first meeting's close on the agenda, and the second meeting's opening.</summary>
    public required string CloseFirstMeeting { get; init; }
    public required string WelcomeBack { get; init; }
    /// <summary>The slide that ends the first meeting: its title, the line that says what comes next time, and its notes.</summary>
    /// <summary>The second meeting's "Waarom we hier zijn": what the last meeting did and this one does; its notes.</summary>
    public required string PurposeTextSecond { get; init; }
    public required string PurposeNotesSecond { get; init; }
    /// <summary>The notes of a map's later parts, after <see cref="MapPartNotes"/>: as the first, and the pace.</summary>
    public required string MapLaterNotes { get; init; }
    /// <summary>After a reserve front page's notes: "{0}" the choice's number, which a click on the page shows again; "{1}" the number of 'Wie doet wat?' in the file, to go on from it.</summary>
    public required string ProposalPageBack { get; init; }
    /// <summary>Under the first meeting's last question: how every party answers it (a reader: the slide did not say to write it down).</summary>
    public required string UntilNextWrite { get; init; }
    public required string UntilNextTitle { get; init; }
    /// <summary>"{0}": the second meeting's date.</summary>
    public required string UntilNextLine { get; init; }
    /// <summary>What comes next time when the krachtenveld gives no date, without one (readers found dots to type over a blank on the screen, then 'the date follows' beside the briefing's 'set it before the first meeting').</summary>
    public required string UntilNextNoDate { get; init; }
    /// <summary>In the notes ("{0}" of <see cref="UntilNextNotes"/>) when the date is not known: say it, or when everyone hears it.</summary>
    public required string UntilNextTypeDate { get; init; }
    public required string UntilNextNotes { get; init; }
    /// <summary>The second meeting's welcome back, after its agenda: what stayed with the partners last time, read out without names.</summary>
    public required string RecapTitle { get; init; }
    public required string RecapLine { get; init; }
    /// <summary>Under <see cref="RecapLine"/> where the round's questions went on sticky notes.</summary>
    public required string RecapQuestions { get; init; }
    public required string RecapNotes { get; init; }
    /// <summary>
    /// The second meeting's title slide: which meeting, after the kind of session ("tweede bijeenkomst"), and its notes; the ground
    /// rules' notes when they are gone through again; its agenda's title and notes.
    /// </summary>
    public required string SecondMeetingKind { get; init; }
    /// <summary>On the first meeting's title slide, when the session has two.</summary>
    public required string FirstMeetingKind { get; init; }
    /// <summary>The second meeting's welcome notes above <c>QuestionSlides.ManyPartners</c> partners: a few look back, not everyone.</summary>
    public required string SecondMeetingNotesMany { get; init; }
    public required string SecondMeetingNotes { get; init; }
    public required string RulesAgainNotes { get; init; }
    public required string SecondAgendaTitle { get; init; }
    public required string SecondAgendaNotes { get; init; }
    public required string OrderTitle { get; init; }
    /// <summary>The order slide's notes: {0} the minutes a party speaks.</summary>
    public required string OrderNotes { get; init; }
    /// <summary>The first question's notes open with the time: {0} questions, {1} minutes for them; each question's share stands on its slide.</summary>
    public required string QuestionsTime { get; init; }
    /// <summary>A question's label with its share of the time: "{0}" the label ("Waar belangen elkaar raken · 1/3"), "{1}" its minutes.</summary>
    public required string QuestionMinutes { get; init; }
    /// <summary>A block of the round, on the order slide and its divider: "Deel {0} · {1}", its number and its times.</summary>
    public required string RoundBlock { get; init; }
    /// <summary>The round's part after a pause in its middle, on the agenda.</summary>
    public required string RoundContinued { get; init; }
    /// <summary>
    /// One line for the breath between two blocks of the round that asks only to listen and to understand, naming no
    /// one: halfway through the round nothing is concluded yet, not until every party has spoken (METHOD.md).
    /// </summary>
    /// <summary>On a block's divider right after another block, with no pause between: the room stands up a moment.</summary>
    public required string BlockStretch { get; init; }
    public required string BlockPrompt { get; init; }
    /// <summary>A block's prompt when turns are the shortest: listen, and a question goes on a sticky note by the partner's poster.</summary>
    public required string BlockPromptShort { get; init; }
    /// <summary>Added to the second meeting's welcome notes when the round's turns were the shortest: the sticky-note questions first.</summary>
    public required string SecondMeetingQuestions { get; init; }
    /// <summary>Under the order of the round: "{0}" the minutes a party speaks, then the changeover.</summary>
    public required string TurnLength { get; init; }
    /// <summary>"Deel {0} van {1} …": the block and how many; the divider's notes.</summary>
    public required string BlockNotes { get; init; }

    // A partner's part
    public required string OwnInterest { get; init; }
    public required string SharedInterest { get; init; }
    public required string Ambition { get; init; }
    public required string Gets { get; init; }
    public required string Brings { get; init; }
    public required string Demand { get; init; }
    public required string NothingYet { get; init; }
    public required string NoCard { get; init; }
    /// <summary>"Spreektijd: {0} minuten".</summary>
    public required string SpeakingTime { get; init; }
    /// <summary>"Vervolg van de beurt": on a turn's later slides, where the first says its speaking time; no minutes, so two slides never read as twice the time (readers).</summary>
    public required string SpeakingTimeGoesOn { get; init; }
    public required string Continued { get; init; }
    /// <summary>
    /// What starts the rest of an item too long for one page, on the next: "(vervolg)". The briefing and the
    /// posters mark a continued item with it too.
    /// </summary>
    public required string ContinuedItem { get; init; }
    /// <summary>
    /// A speaker note for an item whose explanation and size are not on the slide (they would be smaller than
    /// the room can read): "Toelichting bij ‘{0}’: {1}." with the item (shortened) and its explanation.
    /// </summary>
    public required string DetailNote { get; init; }
    /// <summary>"{0} heeft {1} minuten…": the partner and its minutes.</summary>
    public required string PartnerNotes { get; init; }
    /// <summary>A turn's notes when turns are the shortest (no minute left for questions): {0} the partner, {1} its minutes.</summary>
    public required string PartnerNotesShort { get; init; }
    public required string PartnerGetsNotes { get; init; }

    // The combined map
    /// <summary>The short labels on a map tile: halen and brengen, the method's own words.</summary>
    public required string MapGets { get; init; }
    public required string MapBrings { get; init; }
    public required string NoAmbition { get; init; }
    /// <summary>Before the shared ambition in a map slide's centre: the one from the workbooks, which the group sharpens later.</summary>
    public required string MapAmbitionLabel { get; init; }
    /// <summary>Before the notes of a map cut in parts: "Deel {0} van {1} …": this part and how many.</summary>
    public required string MapPartNotes { get; init; }
    public required string MapNotes { get; init; }
    /// <summary>The last map slide's notes: the group writes its work on the A0 werkvel on the wall, one place.</summary>
    public required string MapOnSheetNotes { get; init; }
    /// <summary>The title of every map slide, naming what its tiles show: the room must not take a selection for the whole.</summary>
    public required string MapTitle { get; init; }
    /// <summary>After the title of a map cut in parts: " · deel {0} van {1}".</summary>
    public required string MapTitlePart { get; init; }

    // Open questions
    /// <summary>Above each open question, its part as a label with its place ("{0}/{1}"): a question over a question asked two at once (a reader).</summary>
    public required string QuestionsKicker { get; init; }
    public required string BalanceKicker { get; init; }
    public required string QuestionsTitle { get; init; }
    public required IReadOnlyList<string> Questions { get; init; }
    public required string QuestionsNotes { get; init; }
    /// <summary>Under each question, one line a question: how the group works on it and where its notes go (the work sheet's fields by name).</summary>
    public required IReadOnlyList<string> QuestionsWork { get; init; }
    /// <summary>The second slide of questions, one idea each: the first asks where the partners meet, this one whether the whole stays in balance.</summary>
    public required string BalanceTitle { get; init; }
    public required IReadOnlyList<string> BalanceQuestions { get; init; }
    public required string BalanceNotes { get; init; }
    /// <summary>Under each balance question, how the group answers it.</summary>
    public required IReadOnlyList<string> BalanceWork { get; init; }
    /// <summary>The balance questions' working lines for a large group: a round of every party would take the part's whole time.</summary>
    public required IReadOnlyList<string> BalanceWorkMany { get; init; }
    public required string ThemesTitle { get; init; }
    public required string ThemesQuestion { get; init; }
    public required string ThemesNotes { get; init; }
    /// <summary>In the notes of the slide before the hidden themes' slide: how to show it; "{0}": its number.</summary>
    public required string ThemesReserve { get; init; }
    /// <summary>With fewer than three subjects the partners share, the themes slide asks the group instead of offering words.</summary>
    public required string ThemesOpenQuestion { get; init; }
    /// <summary>The themes slide's title when it asks instead of offering words.</summary>
    public required string ThemesOpenTitle { get; init; }
    public required string ThemesOpenNotes { get; init; }


    // The front page
    /// <summary>Before the front page's notes when every proposal has a front page in reserve: show the chosen one.</summary>
    public required string FrontPageChosen { get; init; }
    public required string FrontPageNotes { get; init; }
    public required string CandidateNotes { get; init; }
    /// <summary>The notes of a proposed headline shown as the front page it would make, with the shared ambition as its lead ("{0}": its letter).</summary>
    public required string ProposalPageNotes { get; init; }
    /// <summary>Added to the choice slide's notes when every proposal has a front page in reserve at the deck's end ("{0}": their letters and numbers).</summary>
    public required string HeadlineChoicePagesNote { get; init; }
    /// <summary>A reserve front page's letter and slide number in the choice's notes: "{0}: dia {1}".</summary>
    public required string ReserveNumber { get; init; }
    /// <summary>Above a candidate front page: "Voorstel {0}" with a letter.</summary>
    public required string Candidate { get; init; }
    /// <summary>The front page's edition line, before the date a year after the session: "Editie over een jaar · maart 2028".</summary>
    public required string Edition { get; init; }
    /// <summary>Over the front page's colophon, the partners' names a line each: "Een uitgave van".</summary>
    public required string PublishedBy { get; init; }

    /// <summary>The front page's foot: "{0}" every partner's name, in the round's order.</summary>
    public required string Publishers { get; init; }
    /// <summary>The front page's foot when the names would take more than three lines: "{0}" the number of partners.</summary>
    public required string PublishersMany { get; init; }
    /// <summary>Above a headline proposed in the workbooks, before the group has chosen one: it is a working title.</summary>
    public required string WorkingTitle { get; init; }
    /// <summary>The slide before the front page that puts every proposed headline side by side: its title, question and notes.</summary>
    public required string HeadlineChoiceTitle { get; init; }
    public required string HeadlineChoiceQuestion { get; init; }
    public required string HeadlineChoiceNotes { get; init; }
    /// <summary>The slide before the front page that puts every proposed ambition side by side: its title, question and notes.</summary>
    public required string AmbitionChoiceTitle { get; init; }
    /// <summary>Before the ambition or headline from the workbooks in the lists to choose from: the version the group works from.</summary>
    public required string WorkingVersion { get; init; }
    public required string AmbitionChoiceQuestion { get; init; }
    public required string AmbitionChoiceNotes { get; init; }
    /// <summary>In the notes of the ambition slide, before the partners' own ambitions (unnamed, a line each).</summary>
    public required string AmbitionOwnNotes { get; init; }
    public required string EmptyHeadline { get; init; }
    public required string EmptyLead { get; init; }
    public required string EmptyFrontPageNotes { get; init; }

    // Agreements and close
    public required string ActivitiesTitle { get; init; }
    /// <summary>Under the pause's time on its slide: what comes after it ("{0}": the next part of the agenda); and its notes.</summary>
    public required string PauseNext { get; init; }
    /// <summary>On a pause after turns: the questions on the posters' field ("{0}": its label) answered there, in writing.</summary>
    public required string PauseQuestions { get; init; }
    /// <summary>The pause slide's title with a clock: "Pauze tot {0}" (its end).</summary>
    public required string PauseUntil { get; init; }
    /// <summary>The pause slide's title without a clock: "Pauze van {0} minuten".</summary>
    public required string PauseFor { get; init; }
    public required string PauseNotes { get; init; }
    /// <summary>What to prepare during a pause, by the part that follows it: the round's second half, the map, the ambition, who does what.</summary>
    public required string PauseBeforeRound { get; init; }
    public required string PauseBeforeMap { get; init; }
    public required string PauseBeforeAmbition { get; init; }
    public required string PauseBeforeAgreements { get; init; }

    /// <summary>What to prepare during a pause before this part of the agenda; none before a part no pause comes before.</summary>
    public string? PauseBefore(AgendaPart next) => next switch
    {
        AgendaPart.Ronde => PauseBeforeRound,
        AgendaPart.SamenKaart => PauseBeforeMap,
        AgendaPart.Ambitie => PauseBeforeAmbition,
        AgendaPart.Afspraken => PauseBeforeAgreements,
        _ => null,
    };
    /// <summary>Above 'Wie doet wat?', the part it belongs to: the work sheet's field where the agreements go.</summary>
    public required string ActivitiesKicker { get; init; }
    /// <summary>Under 'Wie doet wat?': how the group works on it, and where it writes.</summary>
    public required string ActivitiesWork { get; init; }
    /// <summary>As <see cref="ActivitiesWork"/>, with the time each party has in turn ("{0}": <see cref="EachMinutes"/> or <see cref="EachMinute"/>) and the time left for what the parties do together ("{1}").</summary>
    public required string ActivitiesWorkTimed { get; init; }
    /// <summary>"{0} minuten".</summary>
    public required string EachMinutes { get; init; }
    /// <summary>"1 minuut".</summary>
    public required string EachMinute { get; init; }
    public required string Together { get; init; }
    public required string ActivitiesNotes { get; init; }
    public required string ClosingTitle { get; init; }
    public required IReadOnlyList<string> NextSteps { get; init; }
    public required string ClosingNotes { get; init; }
}
