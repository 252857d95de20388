using System.Globalization;
using System.Xml;
using ExcelNumberFormat;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Excel.Package;

/// <summary>
/// The number formats of a workbook's cell styles (xl/styles.xml: numFmts and cellXfs, ECMA-376 Part 1,
/// 18.8.30–31), and the text a number shows with each in Dutch Excel: "10%", "€ 120.000", "1/2",
/// "14:00". Format codes are interpreted by ExcelNumberFormat; this class only finds the code of a
/// style, supplies the built-in codes a file leaves out, and rounds the way Excel does.
/// </summary>
/// <remarks>
/// ClosedXML 0.95.4 formats cells through an older ExcelNumberFormat API that 1.1.0 no longer has
/// (it throws MissingMethodException at run time), so this path never touches ClosedXML.
/// </remarks>
internal sealed class NumberFormats
{
    private static readonly CultureInfo Dutch = Locales.Dutch;

    // Excel refuses format codes longer than 255 characters; a longer one is not a real format.
    private const int MaxCodeLength = 1000;

    private readonly IReadOnlyList<int> _styleFormatIds;
    private readonly IReadOnlyDictionary<int, string> _customCodes;
    private readonly bool _date1904;
    private readonly Dictionary<int, NumberFormat?> _parsed = [];

    private NumberFormats(IReadOnlyList<int> styleFormatIds, IReadOnlyDictionary<int, string> customCodes, bool date1904)
    {
        _styleFormatIds = styleFormatIds;
        _customCodes = customCodes;
        _date1904 = date1904;
    }

    /// <summary>A workbook without a styles part: every cell is General.</summary>
    public static NumberFormats General(bool date1904) => new([], new Dictionary<int, string>(), date1904);

    /// <summary>Reads numFmts (the custom codes by id) and, per cellXfs entry in order, its numFmtId.</summary>
    public static NumberFormats Read(Stream part, bool date1904)
    {
        var customCodes = new Dictionary<int, string>();
        var styleFormatIds = new List<int>();
        using var reader = XmlReader.Create(part, XmlParts.Settings);
        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
                inCellXfs = false;
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            switch (reader.LocalName)
            {
                case "numFmt":
                    if (int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                        customCodes[id] = reader.GetAttribute("formatCode") ?? string.Empty;
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    if (styleFormatIds.Count >= XlsxLimits.MaxCellStyles)
                    {
                        throw new XlsxException(DiagnosticCode.TeGroot,
                            Words.Nl.Problems.TooManyStyles.Fill(XlsxLimits.MaxCellStyles.ToString("N0", Dutch)));
                    }
                    _ = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var formatId);
                    styleFormatIds.Add(formatId);
                    break;
            }
        }
        return new NumberFormats(styleFormatIds, customCodes, date1904);
    }

    /// <summary>Whether the style shows a number as a calendar date (not a time alone, not a duration like [h]:mm).</summary>
    public bool IsDate(int styleIndex) => FormatOf(styleIndex) is { IsDateTimeFormat: true };

    /// <summary>The number as the style shows it in Dutch Excel, surrounding padding removed.</summary>
    public string Format(double value, int styleIndex)
    {
        var format = FormatOf(styleIndex);
        var general = value.ToString("G15", Dutch);
        if (format is null || !double.IsFinite(value))
            return general;
        var isTime = format.IsDateTimeFormat || format.IsTimeSpanFormat;
        // Excel shows a date or time outside its calendar (before 1900, after 9999) as ####; the number says more.
        if (isTime && value is < 0 or >= MaxSerial)
            return general;
        try
        {
            return Tidy(format.Format(isTime ? value : RoundLikeExcel(value), Dutch, _date1904));
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException)
        {
            // ExcelNumberFormat 1.1.0 overflows on a few values it cannot place (0 in a scientific
            // format, a huge negative fraction, a duration past TimeSpan); the number itself is shown.
            return general;
        }
    }

    // 31 December 9999, the last day Excel's calendar holds.
    private const double MaxSerial = 2_958_466;

    private NumberFormat? FormatOf(int styleIndex)
    {
        var id = styleIndex >= 0 && styleIndex < _styleFormatIds.Count ? _styleFormatIds[styleIndex] : 0;
        if (_parsed.TryGetValue(id, out var format))
            return format;
        var code = _customCodes.TryGetValue(id, out var custom) ? SystemFormat(custom) : BuiltIn(id);
        format = code is null or { Length: 0 or > MaxCodeLength } || code.Trim().Equals("General", StringComparison.OrdinalIgnoreCase)
            ? null
            : new NumberFormat(code);
        if (format is { IsValid: false })
            format = null;
        _parsed[id] = format;
        return format;
    }

    /// <summary>
    /// Excel writes "the system's long date" and "the system's time" as codes tagged [$-F800] and
    /// [$-F400], whose own text is only an English fallback; Dutch Excel shows "donderdag 11 maart 2027"
    /// and "13:30:00".
    /// </summary>
    private static string SystemFormat(string code) =>
        code.Contains("[$-F800]", StringComparison.OrdinalIgnoreCase) ? "dddd d mmmm yyyy"
        : code.Contains("[$-F400]", StringComparison.OrdinalIgnoreCase) ? "h:mm:ss"
        : code;

    /// <summary>
    /// ECMA-376 Part 1, 18.8.30: the built-in formats, which a file names by id without writing their code.
    /// Ids 14 and 22 follow the system's short date and ids 5–8 and 41–44 its currency, so they are given
    /// here as Dutch Excel shows them (d-m-yyyy, €). Ids 27–36 and 50–58 belong to East Asian locales;
    /// they are dates there and show as the Dutch short date here. Any other id shows as General.
    /// </summary>
    internal static string? BuiltIn(int id) => id switch
    {
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        5 => "\"€\" #,##0;\"€\" -#,##0",
        6 => "\"€\" #,##0;[Red]\"€\" -#,##0",
        7 => "\"€\" #,##0.00;\"€\" -#,##0.00",
        8 => "\"€\" #,##0.00;[Red]\"€\" -#,##0.00",
        9 => "0%",
        10 => "0.00%",
        11 => "0.00E+00",
        12 => "# ?/?",
        13 => "# ??/??",
        14 => "d-m-yyyy",
        15 => "d-mmm-yy",
        16 => "d-mmm",
        17 => "mmm-yy",
        18 => "h:mm AM/PM",
        19 => "h:mm:ss AM/PM",
        20 => "h:mm",
        21 => "h:mm:ss",
        22 => "d-m-yyyy h:mm",
        37 => "#,##0 ;(#,##0)",
        38 => "#,##0 ;[Red](#,##0)",
        39 => "#,##0.00;(#,##0.00)",
        40 => "#,##0.00;[Red](#,##0.00)",
        41 => "_ * #,##0_ ;_ * -#,##0_ ;_ * \"-\"_ ;_ @_ ",
        42 => "_ \"€\" * #,##0_ ;_ \"€\" * -#,##0_ ;_ \"€\" * \"-\"_ ;_ @_ ",
        43 => "_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * \"-\"??_ ;_ @_ ",
        44 => "_ \"€\" * #,##0.00_ ;_ \"€\" * -#,##0.00_ ;_ \"€\" * \"-\"??_ ;_ @_ ",
        45 => "mm:ss",
        46 => "[h]:mm:ss",
        47 => "mm:ss.0",
        48 => "##0.0E+0",
        49 => "@",
        (>= 27 and <= 36) or (>= 50 and <= 58) => "d-m-yyyy",
        _ => null,
    };

    /// <summary>
    /// Excel keeps 15 significant digits and rounds a half away from zero (2,5 shows as 3 with format
    /// "0", 0,125 as 13% with "0%"); .NET's fixed-point formatting, which ExcelNumberFormat uses, rounds
    /// an exact half to even. Rounding to 15 digits and then stepping three units in the last place away
    /// from zero turns each such half into the value just past it and changes nothing else: two
    /// different 15-digit values lie at least 1e-15 apart (relative), three units in the last place
    /// are at most 6.7e-16.
    /// </summary>
    internal static double RoundLikeExcel(double value)
    {
        if (value == 0 || !double.IsFinite(value))
            return value;
        var magnitude = Math.Abs(double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        for (var i = 0; i < 3; i++)
            magnitude = Math.BitIncrement(magnitude);
        return Math.CopySign(magnitude, value);
    }

    /// <summary>
    /// Padding that only aligns a number in its column goes: the space of "_)" and "_ ", a fill "* "
    /// (which repeats to the cell's width), the blanks a "?" placeholder leaves. Runs of spaces become one.
    /// </summary>
    private static string Tidy(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (c == ' ' && builder.Length > 0 && builder[^1] == ' ')
                continue;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
