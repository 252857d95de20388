using HalenBrengen.Core.Model;

namespace HalenBrengen.Core.Analysis;

/// <summary>Whether a partner sat at the table in both rounds, only in this one, or only in the earlier one.</summary>
public enum Presence { Stayed, Joined, Left }

/// <summary>What can change about an item that is still there: its words, wish or demand, its kind, its size, its explanation.</summary>
public enum ItemAspect { Text, WensOfEis, Soort, Omvang, Toelichting }

/// <summary>
/// One item's change: added (<see cref="Before"/> null), dropped (<see cref="After"/> null), or the same
/// item in both rounds with the aspects that changed. Both items carry their cells.
/// </summary>
public sealed record ItemChange(ItemKind Kind, Item? Before, Item? After, IReadOnlyList<ItemAspect> Changed)
{
    public bool IsAdded => Before is null;
    public bool IsDropped => After is null;
}

/// <summary>A value of the krachtenveld in both rounds (null where the round has none); only kept when it moved.</summary>
public sealed record ChoiceChange<T>(Choice<T>? Before, Choice<T>? After) where T : struct;

/// <summary>
/// What changed for one partner between two rounds: at the table or not, its items, its 4D level and
/// influence in the facilitator's krachtenveld, and its balance when the reading changed.
/// </summary>
public sealed record PartnerChanges(
    string Naam,
    Presence Presence,
    Partner? Before,
    Partner? After,
    IReadOnlyList<ItemChange> Items,
    ChoiceChange<Houding4D>? Houding,
    ChoiceChange<Invloed>? Invloed,
    (PartnerBalance Before, PartnerBalance After)? Balance)
{
    /// <summary>The partner's belangenkaart is there in this round and was not before (its items are not listed one by one).</summary>
    public bool CardAdded => Presence == Presence.Stayed && Before!.Kaart is null && After!.Kaart is not null;

    /// <summary>The partner is still at the table, but its belangenkaart is missing in this round.</summary>
    public bool CardMissing => Presence == Presence.Stayed && Before!.Kaart is not null && After!.Kaart is null;

    public bool Any => Presence != Presence.Stayed || CardAdded || CardMissing || Items.Count > 0 || Houding is not null || Invloed is not null || Balance is not null;
}

/// <summary>
/// What changed between an earlier round and this one, per partner (this round's order, then the
/// partners who left, in the earlier round's order) and for the coalition: its shared ambition and
/// headline. Deterministic: the same two rounds always give the same changes in the same order.
/// </summary>
public sealed record RoundChanges(
    IReadOnlyList<PartnerChanges> Partners,
    Sourced<string>? AmbitionBefore,
    Sourced<string>? AmbitionAfter,
    bool AmbitionChanged,
    Sourced<string>? HeadlineBefore,
    Sourced<string>? HeadlineAfter,
    bool HeadlineChanged)
{
    /// <summary>The earlier round's agreements (from its filled-in afsprakenlijst), each with whether this round still holds it.</summary>
    public IReadOnlyList<AgreementCheck> Agreements { get; init; } = [];

    public IEnumerable<PartnerChanges> Changed => Partners.Where(p => p.Any);
    public bool None => !AmbitionChanged && !HeadlineChanged && !Changed.Any();

    /// <summary>This round's items that were not there before (added, not edited): the deck marks them new.</summary>
    public IReadOnlySet<Item> NewItems { get; } =
        new HashSet<Item>(Partners.SelectMany(p => p.Items).Where(i => i.IsAdded).Select(i => i.After!), ReferenceEqualityComparer.Instance);
}

/// <summary>Whether a new round still holds an earlier agreement.</summary>
public enum AgreementHold { Kept, WantChanged, OfferChanged, BothChanged, PartnerLeft }

/// <summary>An earlier round's agreement and whether this round still holds it.</summary>
public sealed record AgreementCheck(Agreement Agreement, AgreementHold Hold);

/// <summary>
/// Compares two rounds of the same coalition. Partners are the same partner when their names are
/// (case, accents and spacing ignored). Items are paired per partner and per side (halen, brengen):
/// first the ones with the same words (case, accents and spacing ignored), then an edited item with its
/// earlier wording when the two share enough: at least <see cref="SameItem"/> of their letter triples
/// (Dice's coefficient over the folded text), the most alike pairs first. What is left is added or dropped.
/// </summary>
public static class RoundComparison
{
    /// <summary>How alike two wordings must be to count as one item edited (0 to 1).</summary>
    public const double SameItem = 0.5;

    public static RoundChanges Compare(Coalition before, Coalition after)
    {
        var earlier = before.Partners.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var now = after.Partners.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var partners = new List<PartnerChanges>();
        foreach (var partner in after.Partners)
            partners.Add(earlier.TryGetValue(partner.Key, out var was) ? Stayed(was, partner) : Joined(partner));
        foreach (var partner in before.Partners.Where(p => !now.Contains(p.Key)))
            partners.Add(new PartnerChanges(partner.Naam, Presence.Left, partner, null, [], null, null, null));

        var (ambitionBefore, ambitionAfter) = (before.Samenwerking.GedeeldeAmbitie, after.Samenwerking.GedeeldeAmbitie);
        var (headlineBefore, headlineAfter) = (before.Samenwerking.Krantenkop, after.Samenwerking.Krantenkop);
        return new RoundChanges(partners,
            ambitionBefore, ambitionAfter, !SameText(ambitionBefore?.Value, ambitionAfter?.Value),
            headlineBefore, headlineAfter, !SameText(headlineBefore?.Value, headlineAfter?.Value))
        { Agreements = before.Agreements.Select(a => Check(a, after)).ToList() };
    }

    /// <summary>
    /// Whether this round still holds an earlier agreement: both partners at the table, the want still on the one's
    /// belangenkaart and the offer on the other's (a row the group wrote in its own words is held by its partners).
    /// A want or an offer that is gone means something happened: the method's question for the next session.
    /// </summary>
    private static AgreementCheck Check(Agreement agreement, Coalition after)
    {
        var wanter = agreement.Wanter is { } w ? after.FindPartner(w.Value) : null;
        var bringer = agreement.Bringer is { } b ? after.FindPartner(b.Value) : null;
        if (wanter is null || bringer is null)
            return new AgreementCheck(agreement, AgreementHold.PartnerLeft);
        if (!agreement.Suggested)
            return new AgreementCheck(agreement, AgreementHold.Kept);
        bool On(IReadOnlyList<Item> items, Sourced<string>? text) => text is null || items.Any(i => SameText(i.Text.Value, text.Value));
        var (want, offer) = (On(wanter.Halen, agreement.Want), On(bringer.Brengen, agreement.Offer));
        return new AgreementCheck(agreement, (want, offer) switch
        {
            (true, true) => AgreementHold.Kept,
            (false, true) => AgreementHold.WantChanged,
            (true, false) => AgreementHold.OfferChanged,
            _ => AgreementHold.BothChanged,
        });
    }

    /// <summary>A partner new at the table: all its items are new with it, so they are not listed one by one.</summary>
    private static PartnerChanges Joined(Partner partner) => new(partner.Naam, Presence.Joined, null, partner, [], null, null, null);

    private static PartnerChanges Stayed(Partner before, Partner after)
    {
        // A belangenkaart that came or went is one change, not every item on it.
        var items = before.Kaart is null || after.Kaart is null
            ? []
            : Pair(ItemKind.Halen, before.Halen, after.Halen).Concat(Pair(ItemKind.Brengen, before.Brengen, after.Brengen)).ToList();
        var (balanceBefore, balanceAfter) = (Analysis.Balance.Of(before), Analysis.Balance.Of(after));
        return new PartnerChanges(after.Naam, Presence.Stayed, before, after, items,
            Moved(before.Krachtenveld?.Houding, after.Krachtenveld?.Houding),
            Moved(before.Krachtenveld?.Invloed, after.Krachtenveld?.Invloed),
            before.Kaart is null || after.Kaart is null || balanceBefore.Readings.SequenceEqual(balanceAfter.Readings) ? null : (balanceBefore, balanceAfter));
    }

    private static ChoiceChange<T>? Moved<T>(Choice<T>? before, Choice<T>? after) where T : struct =>
        SameChoice(before, after) ? null : new ChoiceChange<T>(before, after);

    /// <summary>Two values of a list are the same when both are the same list value, or both are the same unknown text.</summary>
    private static bool SameChoice<T>(Choice<T>? a, Choice<T>? b) where T : struct =>
        a?.Value is { } x && b?.Value is { } y ? EqualityComparer<T>.Default.Equals(x, y) : a?.Value is null && b?.Value is null && SameText(a?.Raw, b?.Raw);

    private static bool SameText(string? a, string? b) => TextKey.Label(a) == TextKey.Label(b);

    /// <summary>
    /// The changes of one side of one partner, in this round's order (dropped items after, in the earlier
    /// round's order). Unchanged items are left out.
    /// </summary>
    private static IEnumerable<ItemChange> Pair(ItemKind kind, IReadOnlyList<Item> before, IReadOnlyList<Item> after)
    {
        var partnerOf = new int?[after.Count];
        var taken = new bool[before.Count];
        // Same words first, in order: two identical items pair one to one.
        for (var a = 0; a < after.Count; a++)
        {
            var key = TextKey.Label(after[a].Text.Value);
            for (var b = 0; b < before.Count; b++)
            {
                if (taken[b] || TextKey.Label(before[b].Text.Value) != key)
                    continue;
                (partnerOf[a], taken[b]) = (b, true);
                break;
            }
        }
        // Then edited items: the most alike pairs first, ties in order.
        var candidates = new List<(double Score, int Before, int After)>();
        for (var a = 0; a < after.Count; a++)
        {
            if (partnerOf[a] is not null)
                continue;
            var triplesAfter = Triples(after[a].Text.Value);
            for (var b = 0; b < before.Count; b++)
            {
                if (taken[b])
                    continue;
                var score = Dice(Triples(before[b].Text.Value), triplesAfter);
                if (score >= SameItem)
                    candidates.Add((score, b, a));
            }
        }
        foreach (var (_, b, a) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.After).ThenBy(c => c.Before))
        {
            if (partnerOf[a] is not null || taken[b])
                continue;
            (partnerOf[a], taken[b]) = (b, true);
        }

        for (var a = 0; a < after.Count; a++)
        {
            if (partnerOf[a] is not { } b)
            {
                yield return new ItemChange(kind, null, after[a], []);
                continue;
            }
            var changed = Aspects(before[b], after[a]);
            if (changed.Count > 0)
                yield return new ItemChange(kind, before[b], after[a], changed);
        }
        for (var b = 0; b < before.Count; b++)
        {
            if (!taken[b])
                yield return new ItemChange(kind, before[b], null, []);
        }
    }

    private static List<ItemAspect> Aspects(Item before, Item after)
    {
        var changed = new List<ItemAspect>();
        if (!SameText(before.Text.Value, after.Text.Value)) changed.Add(ItemAspect.Text);
        if (before.IsEis != after.IsEis) changed.Add(ItemAspect.WensOfEis);
        if (!SameChoice(before.Soort, after.Soort)) changed.Add(ItemAspect.Soort);
        if (!SameText(before.Omvang?.Value, after.Omvang?.Value)) changed.Add(ItemAspect.Omvang);
        if (!SameText(before.Toelichting?.Value, after.Toelichting?.Value)) changed.Add(ItemAspect.Toelichting);
        return changed;
    }

    /// <summary>The letter triples of a text folded for comparison, with a space before and after each word.</summary>
    private static HashSet<string> Triples(string text)
    {
        var padded = " " + TextKey.Label(text) + " ";
        var triples = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
            triples.Add(padded.Substring(i, 3));
        return triples;
    }

    private static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 1 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}
