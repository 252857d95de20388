namespace HalenBrengen.Core.Model;

/// <summary>What the group decided about a connection in the afsprakenlijst's Afgesproken column.</summary>
public enum Afgesproken { Ja, Nee, Later }

/// <summary>
/// One row of a filled-in afsprakenlijst that the group agreed on (Ja) or put off (Later): which want of which
/// partner, which offer of which other, what exactly and by when, each with its cell. Wants and offers are the
/// texts as they stand in the list; whether they still stand on the belangenkaarten is the reader's to say.
/// <paramref name="Suggested"/>: a row the list suggested (its Sterkte filled), not one the group wrote in a free row.
/// </summary>
public sealed record Agreement(
    Sourced<string>? Want,
    Sourced<string>? Wanter,
    Sourced<string>? Offer,
    Sourced<string>? Bringer,
    Choice<Afgesproken> Agreed,
    Sourced<string>? What,
    Sourced<string>? When,
    bool Suggested = true);
