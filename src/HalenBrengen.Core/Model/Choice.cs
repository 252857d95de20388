namespace HalenBrengen.Core.Model;

/// <summary>
/// A value from a value list (a drop-down in the templates). <see cref="Value"/> is null when the text
/// is not on the list: it is kept as unknown, never guessed, and <see cref="Raw"/> keeps what was typed.
/// </summary>
public sealed record Choice<T>(T? Value, string Raw, SourceRef Source) where T : struct
{
    public bool IsKnown => Value.HasValue;
}
