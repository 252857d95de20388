namespace HalenBrengen;

/// <summary>
/// Every text of the page and the Office task pane (the same page), and of the worker behind it. The site
/// hands the page both languages in one JSON object (Site.cs, App's PageWords), so the page reads in either
/// language before and without the WebAssembly part; the worker asks the WebAssembly part for its own.
/// A "{0}" is filled in by the page (app.js, <c>fill</c>). Values: Nl/Page.cs, En/Page.cs.
/// </summary>
public sealed partial class PageTexts
{
    // What the page says before anything is chosen: the elements marked data-t="…" in index.html.
    public required string Intro { get; init; }
    /// <summary>The button that switches to the other language, in that language.</summary>
    public required string OtherLanguage { get; init; }
    public required string Starting { get; init; }
    public required string Step1 { get; init; }
    public required string Drop { get; init; }
    public required string UseOpen { get; init; }
    public required string Forms { get; init; }
    public required string Example { get; init; }
    public required string PreviousSummary { get; init; }
    public required string PreviousHelp { get; init; }
    public required string Step2 { get; init; }
    public required string Nothing { get; init; }
    public required string Kind { get; init; }
    public required string Where { get; init; }
    public required string Message { get; init; }
    public required string Step3 { get; init; }
    public required string StyleLabel { get; init; }
    public required string Generate { get; init; }
    public required string Busy { get; init; }
    public required string Zip { get; init; }
    public required string InsertDeck { get; init; }
    public required string OpenDeck { get; init; }

    // What the page says as it goes.
    /// <summary>"{0}": why (<see cref="NoWasm"/>, or the worker's message).</summary>
    public required string NoEngine { get; init; }
    public required string NoWasm { get; init; }
    public required string Checking { get; init; }
    public required string Ready { get; init; }
    /// <summary>"{0}": how many warnings, counted in words (<see cref="WarningOne"/>, <see cref="WarningMany"/>).</summary>
    public required string ReadyWarnings { get; init; }
    /// <summary>"{0}": how many errors, counted in words.</summary>
    public required string Blocked { get; init; }
    /// <summary>"{0}": how many parties, counted in words; after the coalition's name when the krachtenveld gives one.</summary>
    public required string Partners { get; init; }
    // Counted things, one and many: Dutch plurals, never "(en)". The page puts the number before them.
    public required string ErrorOne { get; init; }
    public required string ErrorMany { get; init; }
    public required string WarningOne { get; init; }
    public required string WarningMany { get; init; }
    public required string PartnerOne { get; init; }
    public required string PartnerMany { get; init; }
    public required string WorkbookOne { get; init; }
    public required string WorkbookMany { get; init; }
    public required string Halen { get; init; }
    public required string Brengen { get; init; }
    public required string DemandOne { get; init; }
    public required string DemandMany { get; init; }
    public required string NoCard { get; init; }
    // A diagnostic's kind, as the check names it (fout, waarschuwing, opmerking).
    public required string Error { get; init; }
    public required string Warning { get; init; }
    public required string Note { get; init; }
    /// <summary>"{0}": what went wrong.</summary>
    public required string Failed { get; init; }
    /// <summary>"{0}": the number of files.</summary>
    public required string Made { get; init; }
    public required string Remove { get; init; }
    public required string ExampleFailed { get; init; }
    /// <summary>"{0}": how many workbooks, "{1}": how many parties, both counted in words.</summary>
    public required string PreviousReady { get; init; }
    /// <summary>"{0}": how many errors, counted in words.</summary>
    public required string PreviousBlocked { get; init; }
    public required string PreviousChecking { get; init; }
    public required string Template { get; init; }
    public required string Font { get; init; }
    public required string NoTemplate { get; init; }
    // Beside each file made, what it is (App's GeneratedKind).
    public required string KindDeck { get; init; }
    public required string KindBriefing { get; init; }
    public required string KindCombinedMap { get; init; }
    public required string KindPartnerPoster { get; init; }
    public required string KindWorkSheet { get; init; }
    public required string KindAgreements { get; init; }
    public required string KindReport { get; init; }

    // In Office.
    public required string Inserted { get; init; }
    public required string Opened { get; init; }
    public required string NoInsert { get; init; }
    public required string NoOpen { get; init; }
    /// <summary>The name Excel's open workbook is given when Office does not say its own.</summary>
    public required string OpenWorkbook { get; init; }
    /// <summary>How Office lists the add-in (manifest.xml).</summary>
    public required string AddinDescription { get; init; }

    // The worker, when a request fails (worker.js), once the WebAssembly part runs.
    public required string WorkerBadRequest { get; init; }
    public required string WorkerCheck { get; init; }
    public required string WorkerGenerate { get; init; }
    public required string WorkerZip { get; init; }
}
