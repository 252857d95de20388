namespace HalenBrengen.Core;

/// <summary>
/// The language of every fixed text the tool writes. The analysis returns data, not sentences; each
/// view words it from its own per-language table.
/// </summary>
public enum Language { Nl, En }
