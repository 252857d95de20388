using HalenBrengen.Core.Model;

namespace HalenBrengen;

/// <summary>
/// The label of every value-list value in the language of the file being made. Dutch labels are the
/// workbook contract's own (<see cref="ValueLists"/>); English ones are ours. A partner's own words are
/// never translated; these are the only values the tool itself names. Values: Nl/Values.cs, En/Values.cs.
/// </summary>
public sealed partial class ValueLabels
{
    public required IReadOnlyDictionary<Soort, string> Soorten { get; init; }
    public required IReadOnlyDictionary<Invloed, string> Invloeden { get; init; }
    public required IReadOnlyDictionary<Houding4D, string> Houdingen { get; init; }
    public required IReadOnlyDictionary<WensOfEis, string> WensenOfEisen { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }

    public string Of(Soort value) => Soorten[value];
    public string Of(Invloed value) => Invloeden[value];
    public string Of(Houding4D value) => Houdingen[value];
    public string Of(WensOfEis value) => WensenOfEisen[value];
    public string Of(bool value) => value ? Yes : No;

    /// <summary>The label when the value is on its list; what was typed, marked unknown, when it was not (never dropped).</summary>
    public string Of<T>(Choice<T>? choice, Func<T, string> label, string unknown) where T : struct =>
        choice is null ? "" : choice.Value is { } v ? label(v) : $"{choice.Raw} ({unknown})";
}
