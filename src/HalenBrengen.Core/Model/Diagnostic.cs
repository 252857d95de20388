namespace HalenBrengen.Core.Model;

public enum Severity
{
    /// <summary>Worth knowing, changes nothing (a skipped file in a folder).</summary>
    Opmerking,
    /// <summary>Generation can go ahead, but the facilitator should look (blocks with --strict).</summary>
    Waarschuwing,
    /// <summary>Generation cannot go ahead until this is fixed.</summary>
    Fout,
}

/// <summary>
/// A message about the input, for a facilitator: Dutch, names the file (and sheet and cell where there
/// is one), the value found and what is allowed. Input errors are data, not exceptions (rule 8).
/// </summary>
public sealed record Diagnostic(Severity Severity, DiagnosticCode Code, SourceRef Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}

/// <summary>What kind of problem a diagnostic reports, so callers and tests need not parse text.</summary>
public enum DiagnosticCode
{
    PadNietGevonden,
    GeenWerkmappen,
    BestandOvergeslagen,
    LeegBestand,
    GeenWerkmap,
    OudXlsFormaat,
    Versleuteld,
    Beschadigd,
    TeGroot,
    OnbekendeWerkmap,
    BladOntbreekt,
    KolomOntbreekt,
    VerplichtVeldLeeg,
    DubbelePartij,
    DubbelLabel,
    MeerdereKrachtenvelden,
    OnbekendeWaarde,
    FoutwaardeInCel,
    OngeldigeDatum,
    OngeldigGetal,
    RijZonderHoofdwaarde,
    TekensVerwijderd,
    /// <summary>A text longer than any slide or poster can show whole: shown shortened, whole in the workbook.</summary>
    TekstTeLang,
    PartijZonderBelangenkaart,
    PartijZonderKrachtenveld,
    OnbekendePartij,
    VerborgenInhoud,
    OngebruikelijkeSessieduur,
    /// <summary>A second meeting's date that is not used (the session is one meeting) or not after the first's.</summary>
    DatumTweedeBijeenkomst,
    VeelPartijen,

    // Filled cells the reader does not read, and rows that are no item (issue 11, items 4 and 6).
    KolomZonderKop,
    DubbeleKolom,
    TweedeTabel,
    OnbekendeKolom,
    LosseTekst,
    DubbelBlad,
    HerhaaldeKopregel,
    OpsommingZonderTekst,

    // Cells whose text cannot be read as written (issue 11, items 3 and 5).
    OnzichtbareTekst,
    FormuleZonderWaarde,

    /// <summary>A spreadsheet in another format (.xlsb, .ods, .numbers, .csv): it must be saved as .xlsx.</summary>
    AnderRekenbladFormaat,
    /// <summary>Not a regular file (a named pipe, a device): only regular files are read.</summary>
    GeenGewoonBestand,
    /// <summary>A folder inside a given folder that holds workbooks: folders are read one level deep.</summary>
    SubmapOvergeslagen,
    /// <summary>A sheet that is not part of the form, with text on it: that text is not read.</summary>
    BladNietGelezen,
    /// <summary>A belangenkaart or krachtenveld in a folder under a name that is not read (another extension, a leading dot).</summary>
    FormulierOnderAndereNaam,
    /// <summary>A problem in a filled-in afsprakenlijst among the inputs: a row not chosen, a partner, want or offer no longer at the table.</summary>
    Afsprakenlijst,
}
