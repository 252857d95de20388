namespace HalenBrengen.Core.Model;

public enum ItemKind { Halen, Brengen }

/// <summary>
/// One thing a partner wants to get (halen) or is willing to bring (brengen), one row of its table.
/// <see cref="WensOfEis"/> is only asked for halen, <see cref="Omvang"/> only for brengen.
/// </summary>
public sealed record Item(
    ItemKind Kind,
    Sourced<string> Text,
    Choice<Soort>? Soort = null,
    Choice<WensOfEis>? WensOfEis = null,
    Sourced<string>? Omvang = null,
    Sourced<string>? Toelichting = null)
{
    /// <summary>A demand: not negotiable. Anything else (a wish, or nothing filled in) is a wish.</summary>
    public bool IsEis => WensOfEis?.Value == Model.WensOfEis.Eis;
}

/// <summary>One partner's interest card, as read from its workbook.</summary>
public sealed record Belangenkaart(
    Sourced<string> Partij,
    Sourced<string>? Contactpersoon,
    Sourced<string>? EigenBelang,
    Sourced<string>? GezamenlijkBelang,
    Sourced<string>? Ambitie,
    Sourced<string>? Krantenkop,
    IReadOnlyList<Item> Halen,
    IReadOnlyList<Item> Brengen)
{
    public string File => Partij.Source.File;
}
