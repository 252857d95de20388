namespace HalenBrengen;

public sealed partial class ShapeNames
{
    /// <summary>
    /// The shapes' names in the English files: for now the Dutch names themselves. They are what the tests and
    /// the design rules find elements by, and the English files have always carried them; English names
    /// belong to a change of their own, which renames them in every English file and says so, not to moving
    /// the words into this table (which keeps every file byte for byte as it was).
    /// </summary>
    internal static ShapeNames En => Nl;
}
