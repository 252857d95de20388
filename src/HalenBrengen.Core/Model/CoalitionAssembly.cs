namespace HalenBrengen.Core.Model;

/// <summary>
/// Puts the belangenkaarten and the krachtenveld together into one <see cref="Coalition"/>, matching
/// partners by name (case, diacritics and spacing ignored) and reporting what does not fit as
/// <see cref="AssemblyFinding"/>s: data, which the reader words.
/// </summary>
public static class CoalitionAssembly
{
    /// <summary>
    /// Partners come in the krachtenveld's order (the facilitator's order), then any partner that only
    /// has a belangenkaart, in the order the files were given; that is the round's order, except that when the
    /// first has much influence, the first party of little influence opens it (<see cref="Coalition.OpensInsteadOf"/>).
    /// </summary>
    public static Coalition Combine(
        IReadOnlyList<Belangenkaart> kaarten,
        IReadOnlyList<KrachtenveldKaart> krachtenvelden,
        ICollection<AssemblyFinding> findings)
    {
        var uniqueKaarten = DistinctKaarten(kaarten, findings);
        var krachtenveld = SingleKrachtenveld(krachtenvelden, findings);
        if (krachtenveld?.Samenwerking.SessieduurMinuten is { } duur)
            CheckSessionLength(duur, findings);
        var rows = DistinctRows(krachtenveld, findings);

        var partners = new List<Partner>();
        var kaartByKey = uniqueKaarten.ToDictionary(k => TextKey.Name(k.Partij.Value), StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = TextKey.Name(row.Partij.Value);
            kaartByKey.TryGetValue(key, out var kaart);
            if (kaart is null)
                findings.Add(new PartnerWithoutBelangenkaart(row.Partij));
            used.Add(key);
            partners.Add(new Partner(kaart?.Partij.Value ?? row.Partij.Value, kaart, row));
        }
        foreach (var kaart in uniqueKaarten)
        {
            if (used.Contains(TextKey.Name(kaart.Partij.Value)))
                continue;
            if (krachtenveld is not null)
                findings.Add(new PartnerNotInKrachtenveld(kaart.Partij, krachtenveld.File));
            partners.Add(new Partner(kaart.Partij.Value, kaart, null));
        }

        Partner? headed = null;
        if (Opener(partners) is { } opener)
        {
            headed = partners[0];
            var first = partners[opener];
            partners.RemoveAt(opener);
            partners.Insert(0, first);
        }

        var samenwerking = krachtenveld?.Samenwerking ?? new Samenwerking();
        var interventies = krachtenveld?.Interventies ?? [];
        var activiteiten = krachtenveld?.Activiteiten ?? [];
        var keys = partners.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        ReportUnknownPartners(interventies.Select(i => i.Partij), keys, findings);
        ReportUnknownPartners(activiteiten.Select(a => a.Partij), keys, findings);
        if (partners.Count > Coalition.MapPartners)
            findings.Add(new ManyPartners(partners.Count, Coalition.MapPartners, krachtenveld?.File ?? uniqueKaarten[0].Partij.Source));
        var coalition = new Coalition(samenwerking, partners, interventies, activiteiten) { OpensInsteadOf = headed };
        CheckSecondMeeting(coalition, findings);
        return coalition;
    }

    /// <summary>A second meeting's date is used only when the session is held as two, and falls after the first.</summary>
    private static void CheckSecondMeeting(Coalition coalition, ICollection<AssemblyFinding> findings)
    {
        if (coalition.Samenwerking.DatumTweede is not { } second)
            return;
        if (!Analysis.Agenda.Of(coalition).TwoMeetings)
            findings.Add(new SecondMeetingDateUnused(second));
        else if (coalition.Samenwerking.Datum is { Date: { } first } earlier && second.Date <= first)
            findings.Add(new SecondMeetingDateNotLater(second, earlier));
    }

    /// <summary>
    /// Where the party that opens the round instead stands, when the first has much influence: whoever opens sets the tone,
    /// so the first party of little influence does. Null when the first has not much, or nobody has little.
    /// </summary>
    private static int? Opener(List<Partner> partners)
    {
        if (partners.Count < 2 || partners[0].Krachtenveld?.Invloed?.Value != Invloed.Groot)
            return null;
        var at = partners.FindIndex(p => p.Krachtenveld?.Invloed?.Value == Invloed.Klein);
        return at < 0 ? null : at;
    }

    private static List<Belangenkaart> DistinctKaarten(
        IReadOnlyList<Belangenkaart> kaarten, ICollection<AssemblyFinding> findings)
    {
        var first = new Dictionary<string, Belangenkaart>(StringComparer.Ordinal);
        var result = new List<Belangenkaart>();
        foreach (var kaart in kaarten)
        {
            var key = TextKey.Name(kaart.Partij.Value);
            if (first.TryGetValue(key, out var earlier))
            {
                findings.Add(new BelangenkaartTwice(kaart.Partij, earlier.File, kaart.File));
                continue;
            }
            first.Add(key, kaart);
            result.Add(kaart);
        }
        return result;
    }

    /// <summary>A session shorter than 15 minutes or longer than 8 hours is most likely a typing error; say what the agenda will use.</summary>
    private static void CheckSessionLength(Sourced<int> duur, ICollection<AssemblyFinding> findings)
    {
        if (duur.Value >= Analysis.Agenda.UsualShortest && duur.Value <= Analysis.Agenda.UsualLongest)
            return;
        findings.Add(new UnusualSessionLength(duur, Analysis.Agenda.UsedMinutes(duur.Value)));
    }

    private static KrachtenveldKaart? SingleKrachtenveld(
        IReadOnlyList<KrachtenveldKaart> krachtenvelden, ICollection<AssemblyFinding> findings)
    {
        foreach (var extra in krachtenvelden.Skip(1))
            findings.Add(new KrachtenveldTwice(krachtenvelden[0].File, extra.File));
        return krachtenvelden.Count > 0 ? krachtenvelden[0] : null;
    }

    private static List<KrachtenveldRij> DistinctRows(KrachtenveldKaart? krachtenveld, ICollection<AssemblyFinding> findings)
    {
        var result = new List<KrachtenveldRij>();
        if (krachtenveld is null)
            return result;
        var first = new Dictionary<string, KrachtenveldRij>(StringComparer.Ordinal);
        foreach (var row in krachtenveld.Rijen)
        {
            var key = TextKey.Name(row.Partij.Value);
            if (first.TryGetValue(key, out var earlier))
            {
                findings.Add(new RowTwice(row.Partij, earlier.Partij.Source.Cell));
                continue;
            }
            first.Add(key, row);
            result.Add(row);
        }
        return result;
    }

    private static void ReportUnknownPartners(
        IEnumerable<Sourced<string>?> names, HashSet<string> keys, ICollection<AssemblyFinding> findings)
    {
        foreach (var name in names)
        {
            if (name is null || keys.Contains(TextKey.Name(name.Value)))
                continue;
            findings.Add(new UnknownPartner(name));
        }
    }
}
