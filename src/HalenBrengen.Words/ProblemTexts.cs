namespace HalenBrengen;

/// <summary>
/// What the reader says about the workbooks it reads: the message of every diagnostic, as a format whose
/// "{0}", "{1}"… are the values named in its comment (file, sheet, cell, the text found). Dutch by design,
/// like the forms they are about (see <see cref="Words.En"/>). Values: Nl/Problems.cs.
/// </summary>
public sealed partial class ProblemTexts
{
    // Putting the coalition together (Core's AssemblyFinding, worded by the reader).
    /// <summary>{0}: the partner.</summary>
    public required string NoBelangenkaart { get; init; }
    /// <summary>{0}: the partner, {1}: the krachtenveld's file.</summary>
    public required string NotInKrachtenveld { get; init; }
    /// <summary>{0}: how many partners, {1}: how many the combined map is made for.</summary>
    public required string ManyPartners { get; init; }
    /// <summary>{0}: the partner, {1} and {2}: the two files.</summary>
    public required string TwoBelangenkaarten { get; init; }
    /// <summary>{0}: the minutes given, {1}: <see cref="SessionLengthKept"/> or <see cref="SessionLengthUsed"/>.</summary>
    public required string UnusualSessionLength { get; init; }
    /// <summary>"{0}": the second meeting's date as written.</summary>
    public required string SecondDateUnused { get; init; }
    /// <summary>"{0}": the second meeting's date, "{1}": the first's, as written.</summary>
    public required string SecondDateNotLater { get; init; }
    public required string SessionLengthKept { get; init; }
    /// <summary>{0}: the minutes the agenda uses.</summary>
    public required string SessionLengthUsed { get; init; }
    /// <summary>{0} and {1}: the two files.</summary>
    public required string TwoKrachtenvelden { get; init; }
    /// <summary>{0}: the partner, {1}: the cell of its first row.</summary>
    public required string RowTwice { get; init; }
    /// <summary>{0}: the name.</summary>
    public required string UnknownPartner { get; init; }

    // Files and folders.
    public required string NoWorkbooks { get; init; }
    /// <summary>{0} and {1}: the two sheets looked for, {2}: the sheets found.</summary>
    public required string UnknownWorkbook { get; init; }
    /// <summary>An afsprakenlijst's row with an agreement but nothing chosen; "{0}": the column, "{1}": what was written.</summary>
    public required string AgreementNotChosen { get; init; }
    /// <summary>"{0}": a partner named in the afsprakenlijst that is not at the table now.</summary>
    public required string AgreementPartnerGone { get; init; }
    /// <summary>"{0}": a want of the afsprakenlijst, "{1}": its partner, whose belangenkaart no longer holds it.</summary>
    public required string AgreementWantGone { get; init; }
    /// <summary>"{0}": an offer of the afsprakenlijst, "{1}": its partner, whose belangenkaart no longer holds it.</summary>
    public required string AgreementOfferGone { get; init; }
    /// <summary>Added to a file's problem when the file came from a folder and is no workbook by name.</summary>
    public required string NotForThisSession { get; init; }
    public required string SkippedFile { get; init; }
    public required string PathNotFound { get; init; }
    public required string FolderUnreadable { get; init; }
    public required string FolderNamedAsWorkbook { get; init; }
    /// <summary>{0}: the subfolder.</summary>
    public required string SubfolderMaybe { get; init; }
    /// <summary>{0}: the subfolder.</summary>
    public required string SubfolderOne { get; init; }
    /// <summary>{0}: the subfolder, {1}: how many workbooks.</summary>
    public required string SubfolderMany { get; init; }
    public required string ABelangenkaart { get; init; }
    public required string AKrachtenveld { get; init; }
    /// <summary>{0}: <see cref="ABelangenkaart"/> or <see cref="AKrachtenveld"/>, {1}: how the name starts.</summary>
    public required string HiddenForm { get; init; }
    /// <summary>{0}: <see cref="ABelangenkaart"/> or <see cref="AKrachtenveld"/>.</summary>
    public required string RenamedForm { get; init; }
    public required string NoAccess { get; init; }
    public required string ChangedWhileRead { get; init; }
    public required string Locked { get; init; }
    /// <summary>{0}: where the link points.</summary>
    public required string DanglingLink { get; init; }
    public required string Vanished { get; init; }
    public required string NotRegularFile { get; init; }

    // What a file is.
    public required string EmptyFile { get; init; }
    public required string Encrypted { get; init; }
    public required string OldXls { get; init; }
    /// <summary>{0}: <see cref="TextFile"/> or <see cref="NoWorkbook"/>.</summary>
    public required string NotAWorkbook { get; init; }
    public required string TextFile { get; init; }
    public required string NoWorkbook { get; init; }
    /// <summary>{0}: one of the other formats below.</summary>
    public required string OtherFormat { get; init; }
    public required string Xlsb { get; init; }
    public required string OpenDocument { get; init; }
    public required string Numbers { get; init; }
    public required string Csv { get; init; }
    /// <summary>{0}: nothing, <see cref="LooksLikeWord"/> or <see cref="LooksLikePowerPoint"/>.</summary>
    public required string ZipNotWorkbook { get; init; }
    public required string LooksLikeWord { get; init; }
    public required string LooksLikePowerPoint { get; init; }

    // Limits and damage.
    /// <summary>{0}: the largest number of parts.</summary>
    public required string TooManyParts { get; init; }
    /// <summary>{0}: the sheet.</summary>
    public required string SheetContentMissing { get; init; }
    /// <summary>{0}: the part, {1}: its size in MB, {2}: the limit in MB.</summary>
    public required string PartTooLarge { get; init; }
    /// <summary>{0}: the part, {1}: the limit in MB.</summary>
    public required string PartInflatesTooLarge { get; init; }
    /// <summary>{0}: the file's size in MB, {1}: the limit in MB.</summary>
    public required string FileTooLarge { get; init; }
    public required string Damaged { get; init; }
    /// <summary>{0}: the sheet, {1}: the largest number of cells.</summary>
    public required string TooManyCells { get; init; }
    /// <summary>{0}: the largest number of texts.</summary>
    public required string TooManyTexts { get; init; }
    /// <summary>{0}: the largest number of cell styles, written out.</summary>
    public required string TooManyStyles { get; init; }

    // Cells.
    /// <summary>{0}: the formula, as " (=…)" or nothing, {1}: <see cref="UncomputedRequired"/> or <see cref="UncomputedOptional"/>.</summary>
    public required string Uncomputed { get; init; }
    public required string UncomputedRequired { get; init; }
    public required string UncomputedOptional { get; init; }
    /// <summary>{0}: the error value.</summary>
    public required string ErrorValue { get; init; }
    public required string ControlCharacters { get; init; }
    /// <summary>"{0}": how many characters the text has, "{1}": how many are shown.</summary>
    public required string TextTooLong { get; init; }
    /// <summary>{0}: the invisible characters, as code points.</summary>
    public required string OnlyInvisible { get; init; }
    /// <summary>{0}: the value, {1}: the field, {2}: the allowed values.</summary>
    public required string UnknownValue { get; init; }
    /// <summary>{0}: the text.</summary>
    public required string BadDate { get; init; }
    /// <summary>{0}: the text, {1}: the field.</summary>
    public required string BadMinutes { get; init; }

    // Label sheets.
    public required string PartijCellEmpty { get; init; }
    public required string PartijLabelMissing { get; init; }
    /// <summary>{0}: <see cref="PartijCellEmpty"/> or <see cref="PartijLabelMissing"/>.</summary>
    public required string PartijRequired { get; init; }
    /// <summary>{0}: the label, {1}: the cell beside which the value is read, {2}: nothing or <see cref="LabelTwiceUnread"/>.</summary>
    public required string LabelTwice { get; init; }
    /// <summary>{0}: the cell not read.</summary>
    public required string LabelTwiceUnread { get; init; }
    /// <summary>{0}: the cells, {1}: the first text, shortened.</summary>
    public required string StrayText { get; init; }
    /// <summary>{0}: the sheet.</summary>
    public required string SamenwerkingMissing { get; init; }

    // Table sheets.
    /// <summary>{0}: the sheet, {1}: the sheets found.</summary>
    public required string TableSheetMissing { get; init; }
    /// <summary>{0}: the header, {1}: how many rows are searched, {2}: the sheet, {3}: the headers.</summary>
    public required string HeaderNotFound { get; init; }
    /// <summary>{0}: the row, {1}: the header row.</summary>
    public required string RepeatedHeader { get; init; }
    /// <summary>{0}: the text.</summary>
    public required string ListMarkOnly { get; init; }
    /// <summary>{0}: the header, {1}: the text, {2}: the other cells.</summary>
    public required string ListMarkBesides { get; init; }
    /// <summary>{0}: the row, {1}: the sheet, {2}: the other cells, {3}: the header.</summary>
    public required string MainCellEmpty { get; init; }
    /// <summary>{0}: the second table's header, {1}: its cell, {2}: the cells not read.</summary>
    public required string SecondTable { get; init; }
    /// <summary>{0}: the header, {1}: its cell, {2}: the column read, {3}: the cells not read.</summary>
    public required string MergedHeader { get; init; }
    /// <summary>{0}: the header, {1}: the cell read, {2}: the other cell, {3}: the cells not read.</summary>
    public required string HeaderTwice { get; init; }
    /// <summary>{0}: the header, {1}: its cell, {2}: the cells not read, {3}: the form's headers.</summary>
    public required string UnknownColumn { get; init; }
    /// <summary>{0}: the cells not read, {1}: the header row, {2}: the form's headers.</summary>
    public required string HeaderlessColumn { get; init; }

    // Sheets.
    /// <summary>{0}: the sheet read, {1}: the other, {2}: the name they share, {3}: the other's filled cells.</summary>
    public required string SheetTwiceFilled { get; init; }
    /// <summary>{0}: the empty sheet, {1}: the sheet read, {2}: the name they share.</summary>
    public required string SheetTwiceEmpty { get; init; }
    /// <summary>{0}: the sheet's name.</summary>
    public required string InvisibleInName { get; init; }
    public required string TheBelangenkaart { get; init; }
    public required string TheKrachtenveld { get; init; }
    /// <summary>{0}, {1}, {2}: the belangenkaart's sheets.</summary>
    public required string BelangenkaartSheets { get; init; }
    /// <summary>{0}, {1}, {2}, {3}: the krachtenveld's sheets.</summary>
    public required string KrachtenveldSheets { get; init; }
    /// <summary>{0}: the sheet, {1}: its filled cells, {2}: <see cref="TheBelangenkaart"/> or <see cref="TheKrachtenveld"/>, {3}: its sheets.</summary>
    public required string SheetNotRead { get; init; }
}
