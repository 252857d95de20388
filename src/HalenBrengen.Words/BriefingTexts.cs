using HalenBrengen.Core.Analysis;

namespace HalenBrengen;

/// <summary>
/// Every fixed text of the facilitator's briefing, and the wording of what the analysis found (it returns
/// data; the sentences are made here, from the formats below). The briefing names partners and reads the
/// krachtenveld: it is for the facilitator's eyes, and every page says so. Values: Nl/Briefing.cs, En/Briefing.cs.
/// </summary>
public sealed partial class BriefingTexts
{
    public required string CoverTitle { get; init; }
    public required string NotForProjection { get; init; }
    public required string Footer { get; init; }
    public required string CoverNotes { get; init; }
    public required string Continued { get; init; }
    public required string Unknown { get; init; }
    public required string Partner { get; init; }
    public required string NoRow { get; init; }

    public required string StartTitle { get; init; }
    /// <summary>The corner of the 4D × influence grid: rows are the relation's level, columns influence.</summary>
    public required string StartCorner { get; init; }
    /// <summary>The heading a list of chosen interventions had under the grid; rule BriefingOnce keeps it off that page (the cribs hold them).</summary>
    public required string StartChosen { get; init; }
    public required string StartNotes { get; init; }
    /// <summary>Interventions brainstormed below the five the method asks: "{0}" how many, "{1}" how many still to find.</summary>
    public required string FewInterventions { get; init; }
    /// <summary>As <see cref="FewInterventions"/> for one idea: "1 idee", not "1 ideeën".</summary>
    public required string OneIntervention { get; init; }
    public required string NoInterventions { get; init; }

    public required string InterventionsTitle { get; init; }
    public required IReadOnlyList<string> InterventionHeaders { get; init; }
    public required string InterventionsNotes { get; init; }

    public required string BalanceTitle { get; init; }
    public required string Gets { get; init; }
    public required string Brings { get; init; }
    public required string BalanceQuestionsTitle { get; init; }
    public required string BalanceNoQuestions { get; init; }
    /// <summary>The last line when the questions outgrow their slide; "{0}": how many more.</summary>
    public required string BalanceQuestionsMore { get; init; }
    public required string BalanceNotes { get; init; }

    /// <summary>The table of the strongest pairs (above the matrix's size): its headers, and the line under it ("{0}" shown of "{1}" pairs).</summary>
    public required IReadOnlyList<string> ConnectionsHeaders { get; init; }
    public required string ConnectionsTableKey { get; init; }
    public required string ConnectionsTableKeyAgreed { get; init; }
    /// <summary>After the table's key: the partners with no connection at all, "{0}" their names (a reader: a table of the strongest hides who has none).</summary>
    public required string ConnectionsNone { get; init; }
    public required string ConnectionsTitle { get; init; }
    public required string ConnectionsLegend { get; init; }
    /// <summary>The connections' legend when they are the group's agreements.</summary>
    public required string ConnectionsLegendAgreed { get; init; }
    public required string ConnectionsNotes { get; init; }
    /// <summary>The legend when only the strongest connections are drawn: "{0}" shown of "{1}".</summary>
    public required string ConnectionsStrongest { get; init; }

    public required string MatrixTitle { get; init; }
    /// <summary>The krachtenveld's proposed activities, the facilitator's to offer in "Wie doet wat?": never in the session deck's file, which the partners may get.</summary>
    public required string ProposalsTitle { get; init; }
    public required IReadOnlyList<string> ProposalsHeaders { get; init; }
    public required string ProposalsNotes { get; init; }
    /// <summary>Under the proposals' table, on the page: when to offer one (a reader: a list uneven between the partners, unguarded).</summary>
    public required string ProposalsKey { get; init; }
    public required string MatrixNotes { get; init; }
    public required string MatrixCorner { get; init; }
    /// <summary>The line under the matrix: what a number counts, and that the columns are numbered as the rows.</summary>
    /// <summary>The matrix's key when it counts the group's agreements rather than suggestions.</summary>
    public required string MatrixKeyAgreed { get; init; }
    public required string MatrixKey { get; init; }

    public required string OpenTitle { get; init; }
    /// <summary>The open wishes the table of open wants leaves, a line per partner.</summary>
    public required string OpenWishesTitle { get; init; }
    public required string OpenWishesNotes { get; init; }
    /// <summary>The page of offers that wants of several partners lean on: one offer, several askers, one budget or team.</summary>
    public required string TensionTitle { get; init; }
    public required string TensionNotes { get; init; }
    /// <summary>Under an offer several lean on, before its askers: "gevraagd door".</summary>
    public required string TensionAskedBy { get; init; }
    /// <summary>After the askers an offer lists: "{0}" how many lines more.</summary>
    public required string TensionMore { get; init; }
    /// <summary>The question under each such offer, to the facilitator.</summary>
    public required string TensionQuestion { get; init; }
    /// <summary>The open wants' table's "Misschien" cell where the analysis found no offer at all.</summary>
    public required string OpenNoOffer { get; init; }
    public required IReadOnlyList<string> OpenHeaders { get; init; }
    public required string OpenNotes { get; init; }
    public required string NoOpen { get; init; }
    public required string Demand { get; init; }
    public required string Wish { get; init; }

    public required string ThemesTitle { get; init; }
    public required string ThemesNotes { get; init; }
    public required string NoThemes { get; init; }
    /// <summary>The last line when the themes outgrow their slide; "{0}": how many more.</summary>
    public required string ThemesMore { get; init; }
    public required string ThemesOthers { get; init; }


    // The crib per partner
    public required string CribWants { get; init; }
    public required string CribBrings { get; init; }
    public required string CribNoHelp { get; init; }
    /// <summary>A crib's partner's turn in the round, beside its name; "{0}": from and to.</summary>
    public required string CribTurn { get; init; }
    /// <summary>After an offer in a crib that surely answers others' wants; "{0}": those partners.</summary>
    public required string CribWantedBy { get; init; }
    public required string CribRelation { get; init; }
    public required string CribInfluence { get; init; }
    public required string CribNeededFor { get; init; }
    public required string CribDrivers { get; init; }
    public required string CribPreconditions { get; init; }
    public required string CribInterventions { get; init; }
    /// <summary>Before the interest an intervention fits: "sluit aan bij".</summary>
    public required string CribFitsWith { get; init; }
    public required string CribBalance { get; init; }
    public required string CribAmbition { get; init; }
    public required string CribHeadline { get; init; }
    public required string CribOwnInterest { get; init; }
    public required string CribSharedInterest { get; init; }
    /// <summary>The crib's box of what the partner wrote on its belangenkaart, and where it comes from.</summary>
    public required string CribOwnWords { get; init; }
    /// <summary>Over the ruled lines at the foot of a crib's shorter column: room to write during the turn.</summary>
    public required string CribNoteSpace { get; init; }
    /// <summary>A page of ruled lines for the facilitator's own notes, where it makes each partner's two pages a spread.</summary>
    public required string OwnNotesTitle { get; init; }
    public required string OwnNotesNotes { get; init; }
    /// <summary>
    /// On a turn's page, over the notes: what to watch for after the round, at the deck's question it belongs to ("{0}"). A demand
    /// nobody surely answers ("{1}": the want); a partner that gets nothing sure ("{1}": the partner); an offer that surely answers
    /// another's want ("{1}": the offer, "{2}": the partner that wants it).
    /// </summary>
    public required string CribProbeOpen { get; init; }
    public required string CribProbeNothing { get; init; }
    public required string CribProbeBrings { get; init; }
    public required string CribOwnWordsSource { get; init; }
    /// <summary>The crib's box of the facilitator's own judgement (krachtenveld, interventions, the balance), and where it comes from.</summary>
    public required string CribAssessment { get; init; }
    public required string CribAssessmentSource { get; init; }
    public required string CribNotes { get; init; }
    /// <summary>
    /// A crib's first page, read while preparing: its tag beside the name where the turn page has the turn ("Voor de sessie"),
    /// its notes, and what the interventions' box asks where five are written and none is chosen ("kies er één vóór de sessie").
    /// </summary>
    public required string CribBefore { get; init; }
    /// <summary>After a line of the summary that counts the rest: the pages where they stand (" (blz. 12–59)").</summary>
    public required string SummaryPages { get; init; }
    public required string CribBeforeNotes { get; init; }
    public required string CribChooseOne { get; init; }
    /// <summary>After the items a crib lists: "… en nog {0}: alle staan op de dia's van deze partij".</summary>
    public required string CribMore { get; init; }
    public required string NothingYet { get; init; }
    public required string NoCard { get; init; }
    public required string Chosen { get; init; }

    // What the analysis found, worded
    /// <summary>The question a balance reading puts to the facilitator; "{0}": the partner (never projected).</summary>
    public required IReadOnlyDictionary<BalanceReading, string> BalanceQuestions { get; init; }
    /// <summary>Why, as a sentence: "{0}" the concepts both items are about, each with the words that say it.</summary>
    public required string WhyAbout { get; init; }
    /// <summary>Why, as a sentence: "{0}" the words both items use.</summary>
    public required string WhyMention { get; init; }
    /// <summary>Between the last two of a list: " en ".</summary>
    public required string And { get; init; }
    /// <summary>How sure a suggestion is, as a facilitator reads it: strong / possible.</summary>
    public required string Strong { get; init; }
    public required string Possible { get; init; }

    /// <summary>
    /// Why a brengen item could answer a halen item, as a short sentence: the subjects both are about ("Beide gaan
    /// over signalen, wonen en schulden"); only where they share no subject, the words both use ("Beide noemen
    /// 'avond'"; a word written in two forms named in the shorter, the other after it). The words behind a subject
    /// stand in both texts beside it, where a reader checks them.
    /// </summary>
    public string Why(Match match)
    {
        var concepts = match.Reasons.Where(r => r.Concept is not null).Select(r => r.Concept!).Distinct(StringComparer.Ordinal).ToList();
        var words = match.Reasons.Where(r => r.Concept is null).Select(r =>
        {
            var (shorter, longer) = r.WantWord.Length <= r.OfferWord.Length ? (Plain(r.WantWord), Plain(r.OfferWord)) : (Plain(r.OfferWord), Plain(r.WantWord));
            return string.Equals(shorter, longer, StringComparison.OrdinalIgnoreCase) ? $"'{shorter}'" : $"'{shorter}' ({longer})";
        }).ToList();
        var why = concepts.Count > 0 ? WhyAbout.Fill(Listed(concepts)) : words.Count > 0 ? WhyMention.Fill(Listed(words)) : "";
        return why.Length == 0 ? why : char.ToUpperInvariant(why[0]) + why[1..];
    }

    /// <summary>"a", "a en b", "a, b en c".</summary>
    public string Listed(IReadOnlyList<string> items) => items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + And + items[^1];

    /// <summary>A word as it would stand inside a sentence: a capital that only opened the partner's sentence is dropped ("Bereik" → "bereik", "GGD" stays).</summary>
    private static string Plain(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !word.Skip(1).Any(char.IsUpper) ? char.ToLowerInvariant(word[0]) + word[1..] : word;

    /// <summary>A match's strength in a word.</summary>
    public string StrengthOf(Match match) => match.IsStrong ? Strong : Possible;

    /// <summary>The question a balance reading puts to the facilitator, naming the partner (never projected).</summary>
    public string Question(BalanceReading reading, string partner) => BalanceQuestions[reading].Fill(partner);

    // The one-page summary after the guide: four short blocks, each the digest of what follows.
    public required string SummaryTitle { get; init; }
    public required string SummaryNotes { get; init; }
    public required string SummaryDemands { get; init; }
    public required string SummaryNoDemands { get; init; }
    /// <summary>The balance block's heading when no partner is out of balance.</summary>
    public required string SummaryInBalance { get; init; }
    public required string SummaryBalance { get; init; }
    /// <summary>The balance block's heading when the partners it names get nothing sure but none is out of balance by count.</summary>
    public required string SummaryNothingSureTitle { get; init; }
    /// <summary>The balance block's heading over partners with no strong offer when the shortlist names others that get none too.</summary>
    public required string SummaryNothingSureAlso { get; init; }
    /// <summary>After a partner's name: none of its wants has a sure (strong) offer at the table; "{0}": how many wants.</summary>
    public required string SummaryNothingSure { get; init; }
    /// <summary>After the name of a partner out of balance: "{0}" how many halen, "{1}" how many brengen.</summary>
    public required string SummaryBalanceLine { get; init; }
    /// <summary>Every partner gets and brings about as much, counted in wants and offers.</summary>
    public required string SummaryBalanced { get; init; }
    /// <summary>The block that says where to start: the first partners in the krachtenveld's order.</summary>
    public required string SummaryStart { get; init; }
    /// <summary>As <see cref="SummaryStartLine"/>, for a partner that gets a strong offer for nothing it wants: the same, and that.</summary>
    public required string SummaryStartNothing { get; init; }
    /// <summary>As <see cref="SummaryStartLine"/>, for a partner with a demand without a strong offer.</summary>
    public required string SummaryStartDemand { get; init; }
    /// <summary>Why a partner comes first, in words: "{0}" influence, "{1}" relation, "{2}" the partner's turn in the round ("13:47–13:54").</summary>
    public required string SummaryStartLine { get; init; }
    /// <summary>Under the partners to speak to beforehand: where their order comes from and the others follow, "{0}" its page (" (blz. 5)"), and why now.</summary>
    public required string SummaryStartSource { get; init; }
    /// <summary>The last line of the start block cut; "{0}": how many more, which stand on the attention list.</summary>
    public required string SummaryMoreStart { get; init; }
    public required string SummaryNoStart { get; init; }
    /// <summary>The last line of a block whose rest stands in the cribs; "{0}": how many more.</summary>
    public required string SummaryMore { get; init; }
    /// <summary>After the demands the summary shows, when all stand on a page of their own after it: "{0}" how many more.</summary>
    public required string SummaryMoreDemands { get; init; }
    /// <summary>The notes of the page with every demand.</summary>
    public required string DemandsApartNotes { get; init; }
    /// <summary>The last line of the balance block cut; "{0}": how many more, which stand on the balance slide.</summary>
    public required string SummaryMoreBalance { get; init; }
    /// <summary>The open wants the summary has no room for ({0}): all of them stand on the slides of open wants.</summary>
    public required string SummaryMoreOpen { get; init; }
    /// <summary>The summary's open wants where none of them is shown, the demands taking the room: how many ({0}), and where they stand.</summary>
    public required string SummaryOpenCounted { get; init; }
    /// <summary>Under partners that get nothing sure while every party is in balance by count: the count is no all-clear.</summary>
    public required string SummaryCountedOnly { get; init; }
    /// <summary>After a demand on the summary that no partner surely answers: "→ nobody for sure yet".</summary>
    public required string SummaryNobodySure { get; init; }
    /// <summary>After a demand no partner surely answers but the facilitator's own proposal for 'Wie doet wat?' does: said as the facilitator's alone, so it reads as no partner's answer yet.</summary>
    public required string SummaryProposed { get; init; }
    /// <summary>The summary's block of open wants when the open demands stand with the demands: the other wants.</summary>
    public required string SummaryOpenOthers { get; init; }
    /// <summary>That block when every want but a demand has a sure offer.</summary>
    public required string SummaryNoOpenOthers { get; init; }
    /// <summary>Under the "where to start" grid: what its shading means.</summary>
    public required string StartKey { get; init; }
    /// <summary>A match that rests on the Soort alone, said as a possibility under a want.</summary>
    public required string CribMaybe { get; init; }
    /// <summary>Before the facilitator's own proposal for 'Wie doet wat?' that answers a want nobody surely answers (a party and its activity).</summary>
    public required string Proposed { get; init; }
    /// <summary>
    /// Between the partner that could bring an offer and the offer, in a crib ("sterk: Woonstichting Dommelthuis — Signalen van …"):
    /// a dash, as a colon there made a chain of them with the lead's and the partner's own (three readers).
    /// </summary>
    public required string CribOfferBy { get; init; }

    public required string GuideTitle { get; init; }
    public required string GuideWatchTitle { get; init; }
    /// <summary>Three things to watch from the method: equal time, no conclusions before all have spoken, the group names overlaps.</summary>
    public required IReadOnlyList<string> GuideWatch { get; init; }
    public required string GuideNotes { get; init; }

    // The page that says what to set out before the session: what to print, where it hangs, what to bring.
    public required string PrepTitle { get; init; }
    public required string PrepPrintTitle { get; init; }
    /// <summary>What to print, the first line with the number of partner posters ("{0}").</summary>
    public required IReadOnlyList<string> PrepPrint { get; init; }
    /// <summary>
    /// What to print and where it hangs when the posters are known: each A0 poster with its sheets ("{0}", <see cref="PrepSheets"/> or
    /// <see cref="PrepSheet"/>), all of them together, and the walls' lengths in metres ("{0}").
    /// </summary>
    public required IReadOnlyList<string> PrepPrintCounted { get; init; }
    public required string PrepSheets { get; init; }
    public required string PrepSheet { get; init; }
    public required string PrepTotal { get; init; }
    public required IReadOnlyList<string> PrepHangWalls { get; init; }
    public required string PrepHangTitle { get; init; }
    public required IReadOnlyList<string> PrepHang { get; init; }
    /// <summary>Under where it hangs, for a session held as two meetings.</summary>
    public required string PrepKeep { get; init; }
    public required string PrepBringTitle { get; init; }
    public required IReadOnlyList<string> PrepBring { get; init; }
    /// <summary>The clock, with every party's speaking time ("{0}").</summary>
    public required string PrepClock { get; init; }
    public required string PrepNotes { get; init; }

    // The run sheet for the parts after the round: each part with its times, the deck's questions with where their answers go.
    /// <summary>Its title; with two meetings, the second's.</summary>
    public required string RunTitle { get; init; }
    public required string RunTitleTwo { get; init; }
    /// <summary>A question, its minutes and where its answers go: "{0} · ca. {1} min → {2}".</summary>
    public required string RunQuestion { get; init; }
    /// <summary>What the hidden themes' slide is for, after the questions: only where the group's search for overlaps stalls.</summary>
    public required string RunThemes { get; init; }
    /// <summary>Over the balance questions, at the head of the run sheet's second column: still the map's part.</summary>
    public required string RunBalance { get; init; }
    public required IReadOnlyList<string> RunAmbition { get; init; }
    public required IReadOnlyList<string> RunAgreements { get; init; }
    /// <summary>Under 'Wie doet wat' where the krachtenveld proposes no activities: so the facilitator knows there is no page of proposals, not a lost one.</summary>
    public required string RunNoProposals { get; init; }
    public required string RunNotes { get; init; }
    // The round turn by turn: every turn's start, its partner, one open question to ask in it, why that one, and its turn's page.
    public required string RoundTitle { get; init; }
    public required IReadOnlyList<string> RoundHeaders { get; init; }
    /// <summary>Under the table: when to ask; with turns so short that the others' questions go on sticky notes, <see cref="RoundKeyShort"/>.</summary>
    public required string RoundKey { get; init; }
    public required string RoundKeyShort { get; init; }
    public required string RoundNotes { get; init; }
    /// <summary>
    /// The questions, to understand and never to bargain, each with why it is asked: a demand nobody surely answers and a wish nobody
    /// surely answers ("{0}", the partner's words whole; partners for the same reason get the forms in turn), nothing strong to get, a
    /// relation at level 1 or 2 ("{0}" its number, "{1}" its name), the first wish, no wish, no belangenkaart. The partner's words
    /// stand on a line of their own over a plain question (two readers: quoted inside the sentence they read as a template).
    /// </summary>
    public required IReadOnlyList<string> RoundAskDemand { get; init; }
    public required string RoundWhyDemand { get; init; }
    public required IReadOnlyList<string> RoundAskOpenWish { get; init; }
    public required string RoundWhyOpenWish { get; init; }
    public required string RoundAskNothingSure { get; init; }
    public required string RoundWhyNothingSure { get; init; }
    public required string RoundAskPilot { get; init; }
    public required string RoundAskSelf { get; init; }
    public required string RoundWhyRelation { get; init; }
    public required string RoundAskWish { get; init; }
    public required string RoundWhyWish { get; init; }
    public required string RoundAskNoWish { get; init; }
    public required string RoundWhyNoWish { get; init; }
    public required string RoundAskNoCard { get; init; }
    public required string RoundWhyNoCard { get; init; }
    /// <summary>
    /// Said first under "watch for" when every party's turn is short ({0} parties, {1} minutes each): what the facilitator
    /// can do about it before the session.
    /// </summary>
    public required string GuideLonger { get; init; }
    /// <summary>The line over the second meeting's parts in the agenda, in the warning's colour: its date is to be set.</summary>
    public required string GuideSecondMeeting { get; init; }
    /// <summary>A session of two meetings: the heading over the first's parts on the guide, and what the second's heading asks after its name.</summary>
    public required string GuideFirstMeeting { get; init; }
    public required string GuideSetDate { get; init; }
    /// <summary>
    /// Said under "watch for" when a party of little influence ({0}) opens the round instead of the krachtenveld's first, which
    /// has much ({1}): who speaks first sets the tone.
    /// </summary>
    public required string GuideOpener { get; init; }
}
