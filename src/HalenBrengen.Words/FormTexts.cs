namespace HalenBrengen;

/// <summary>A heading and its text on a form's explanation sheet.</summary>
public sealed record FormSection(string Heading, string Text);

/// <summary>
/// The texts of the forms a partner and a facilitator fill in: sheet titles, the hint beside every label
/// and above every column, the explanation sheet, the drop-downs' messages. The labels, headers and
/// sheet names themselves are the workbook contract (HalenBrengen.Excel's Contract): the reader looks
/// for them, so they are no wording to translate. Dutch, like the contract (see <see cref="Words.En"/>).
/// Values: Nl/Forms.cs.
/// </summary>
public sealed partial class FormTexts
{
    /// <summary>The belangenkaart workbook's title and its card sheet's title.</summary>
    public required string BelangenkaartTitle { get; init; }
    public required string BelangenkaartExplanationTitle { get; init; }
    public required IReadOnlyList<FormSection> BelangenkaartExplanation { get; init; }
    public required string CardHint { get; init; }
    public required string PartijHint { get; init; }
    public required string ContactpersoonHint { get; init; }
    public required string EigenBelangHint { get; init; }
    public required string GezamenlijkBelangHint { get; init; }
    public required string AmbitieHint { get; init; }
    public required string KrantenkopHint { get; init; }
    public required string HalenTitle { get; init; }
    public required string HalenHint { get; init; }
    public required string HalenWatHint { get; init; }
    public required string HalenSoortHint { get; init; }
    public required string WensOfEisHint { get; init; }
    public required string HalenToelichtingHint { get; init; }
    public required string BrengenTitle { get; init; }
    public required string BrengenHint { get; init; }
    public required string BrengenWatHint { get; init; }
    public required string BrengenSoortHint { get; init; }
    public required string OmvangHint { get; init; }
    public required string BrengenToelichtingHint { get; init; }
    /// <summary>The krachtenveld workbook's title and its force field sheet's title.</summary>
    public required string KrachtenveldTitle { get; init; }
    public required string KrachtenveldExplanationTitle { get; init; }
    public required IReadOnlyList<FormSection> KrachtenveldExplanation { get; init; }
    public required string SamenwerkingTitle { get; init; }
    public required string SamenwerkingHint { get; init; }
    public required string NaamHint { get; init; }
    public required string OpgaveHint { get; init; }
    public required string GedeeldeAmbitieHint { get; init; }
    public required string SamenwerkingKrantenkopHint { get; init; }
    public required string DatumSessieHint { get; init; }
    public required string BegeleiderHint { get; init; }
    public required string SessieduurHint { get; init; }
    public required string DatumTweedeHint { get; init; }
    public required string ForceFieldHint { get; init; }
    public required string ForceFieldPartijHint { get; init; }
    public required string NodigVoorHint { get; init; }
    public required string InvloedHint { get; init; }
    public required string BelangenEnDrijfverenHint { get; init; }
    public required string HoudingHint { get; init; }
    public required string RandvoorwaardenHint { get; init; }
    public required string InterventiesTitle { get; init; }
    public required string InterventiesHint { get; init; }
    public required string InterventiePartijHint { get; init; }
    public required string InterventieHint { get; init; }
    public required string SluitAanBijHint { get; init; }
    public required string GekozenHint { get; init; }
    public required string ActiviteitenTitle { get; init; }
    public required string ActiviteitenHint { get; init; }
    public required string ActiviteitPartijHint { get; init; }
    public required string ActiviteitHint { get; init; }
    public required string WanneerHint { get; init; }
    /// <summary>The warning when an intervention or activity names a partner the force field does not list.</summary>
    public required string PartnerNotInForceField { get; init; }
    /// <summary>The prompt of the Partij column of the interventions and activities.</summary>
    public required string ChoosePartner { get; init; }
    /// <summary>The stop when the session length is no whole number of minutes.</summary>
    public required string WholeMinutes { get; init; }
    /// <summary>Before a drop-down column's values on the printed form, after its name: "Soort, kies uit: …".</summary>
    public required string ChooseOnPaper { get; init; }
    /// <summary>What a partner column's drop-down offers, on the printed form.</summary>
    public required string PartnerOnPaper { get; init; }
    /// <summary>The stop when a value is not in its drop-down list.</summary>
    public required string ChooseFromList { get; init; }
    /// <summary>The warning when a name is not in its drop-down list.</summary>
    public required string NameNotInList { get; init; }
    /// <summary>Every printed page's footer, in Excel's header and footer codes (&amp;A the sheet, &amp;P the page, &amp;N the pages).</summary>
    public required string Footer { get; init; }
}
