using HalenBrengen.Core;
using HalenBrengen.Excel.Templates;

namespace HalenBrengen.Excel.Reading;

/// <summary>
/// The hints our own forms print beside the labels ("Wie namens uw organisatie aan tafel zit."): the
/// form's words, not a partner's, so a filled-in form reads without a message about them. Folded like
/// labels; a hint from another version of the form is named like any other stray text.
/// </summary>
internal static class FormHints
{
    public static readonly IReadOnlySet<string> Belangenkaart = Keys(BelangenkaartTemplate.Fields);
    public static readonly IReadOnlySet<string> Samenwerking = Keys(KrachtenveldTemplate.Fields);

    private static HashSet<string> Keys(IEnumerable<LabelField> fields) =>
        fields.Select(f => TextKey.Label(f.Hint)).ToHashSet(StringComparer.Ordinal);
}
