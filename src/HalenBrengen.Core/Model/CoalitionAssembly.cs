namespace HalenBrengen.Core.Model;

/// <summary>
/// Puts the belangenkaarten and the krachtenveld together into one <see cref="Coalition"/>, matching
/// partners by name (case, diacritics and spacing ignored) and reporting what does not fit.
/// </summary>
public static class CoalitionAssembly
{
    /// <summary>
    /// Partners come in the krachtenveld's order (the facilitator's order), then any partner that only
    /// has a belangenkaart, in the order the files were given.
    /// </summary>
    public static Coalition Combine(
        IReadOnlyList<Belangenkaart> kaarten,
        IReadOnlyList<KrachtenveldKaart> krachtenvelden,
        ICollection<Diagnostic> diagnostics)
    {
        var uniqueKaarten = DistinctKaarten(kaarten, diagnostics);
        var krachtenveld = SingleKrachtenveld(krachtenvelden, diagnostics);
        if (krachtenveld?.Samenwerking.SessieduurMinuten is { } duur)
            CheckSessionLength(duur, diagnostics);
        var rows = DistinctRows(krachtenveld, diagnostics);

        var partners = new List<Partner>();
        var kaartByKey = uniqueKaarten.ToDictionary(k => TextKey.Name(k.Partij.Value), StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = TextKey.Name(row.Partij.Value);
            kaartByKey.TryGetValue(key, out var kaart);
            if (kaart is null)
            {
                diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.PartijZonderBelangenkaart,
                    row.Partij.Source,
                    $"voor partij '{row.Partij.Value}' is geen belangenkaart gevonden. De partij doet mee, " +
                    "maar zonder halen en brengen. Voeg haar belangenkaart toe, of controleer de spelling van de naam."));
            }
            used.Add(key);
            partners.Add(new Partner(kaart?.Partij.Value ?? row.Partij.Value, kaart, row));
        }
        foreach (var kaart in uniqueKaarten)
        {
            if (used.Contains(TextKey.Name(kaart.Partij.Value)))
                continue;
            if (krachtenveld is not null)
            {
                diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.PartijZonderKrachtenveld,
                    kaart.Partij.Source,
                    $"partij '{kaart.Partij.Value}' staat niet in het krachtenveld ({krachtenveld.File.File}). " +
                    "De partij doet mee; vul haar rij in het krachtenveld aan, of controleer de spelling van de naam."));
            }
            partners.Add(new Partner(kaart.Partij.Value, kaart, null));
        }

        var samenwerking = krachtenveld?.Samenwerking ?? new Samenwerking();
        var interventies = krachtenveld?.Interventies ?? [];
        var activiteiten = krachtenveld?.Activiteiten ?? [];
        var keys = partners.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        ReportUnknownPartners(interventies.Select(i => i.Partij), keys, diagnostics);
        ReportUnknownPartners(activiteiten.Select(a => a.Partij), keys, diagnostics);
        if (partners.Count > Coalition.MapPartners)
            diagnostics.Add(new Diagnostic(Severity.Opmerking, DiagnosticCode.VeelPartijen, krachtenveld?.File ?? uniqueKaarten[0].Partij.Source,
                $"met {partners.Count} partijen wordt de gezamenlijke A0-kaart erg vol: ze is gemaakt voor ten hoogste {Coalition.MapPartners} partijen " +
                "en loopt over meerdere vellen. Hang liever de poster van elke partij op, en bouw samen op het werkvel."));
        return new Coalition(samenwerking, partners, interventies, activiteiten);
    }

    private static List<Belangenkaart> DistinctKaarten(
        IReadOnlyList<Belangenkaart> kaarten, ICollection<Diagnostic> diagnostics)
    {
        var first = new Dictionary<string, Belangenkaart>(StringComparer.Ordinal);
        var result = new List<Belangenkaart>();
        foreach (var kaart in kaarten)
        {
            var key = TextKey.Name(kaart.Partij.Value);
            if (first.TryGetValue(key, out var earlier))
            {
                diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.DubbelePartij, kaart.Partij.Source,
                    $"partij '{kaart.Partij.Value}' heeft twee belangenkaarten: '{earlier.File}' en '{kaart.File}'. " +
                    "Houd er één over, of geef de tweede partij een eigen naam."));
                continue;
            }
            first.Add(key, kaart);
            result.Add(kaart);
        }
        return result;
    }

    /// <summary>A session shorter than 15 minutes or longer than 8 hours is most likely a typing error; say what the agenda will use.</summary>
    private static void CheckSessionLength(Sourced<int> duur, ICollection<Diagnostic> diagnostics)
    {
        if (duur.Value >= Analysis.Agenda.UsualShortest && duur.Value <= Analysis.Agenda.UsualLongest)
            return;
        var used = Analysis.Agenda.UsedMinutes(duur.Value);
        diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.OngebruikelijkeSessieduur, duur.Source,
            $"een sessie van {duur.Value} minuten is ongebruikelijk: verwacht tussen 15 minuten en 8 uur. " +
            (used == duur.Value
                ? "De agenda gaat uit van deze duur; klopt die niet, pas het getal aan."
                : $"De agenda gaat nu uit van {used} minuten; vul de werkelijke duur in minuten in.")));
    }

    private static KrachtenveldKaart? SingleKrachtenveld(
        IReadOnlyList<KrachtenveldKaart> krachtenvelden, ICollection<Diagnostic> diagnostics)
    {
        foreach (var extra in krachtenvelden.Skip(1))
        {
            diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.MeerdereKrachtenvelden, extra.File,
                $"er zijn twee krachtenveld-werkmappen: '{krachtenvelden[0].File.File}' en '{extra.File.File}'. " +
                "Een samenwerking heeft er één; haal de andere uit de map."));
        }
        return krachtenvelden.Count > 0 ? krachtenvelden[0] : null;
    }

    private static List<KrachtenveldRij> DistinctRows(KrachtenveldKaart? krachtenveld, ICollection<Diagnostic> diagnostics)
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
                diagnostics.Add(new Diagnostic(Severity.Fout, DiagnosticCode.DubbelePartij, row.Partij.Source,
                    $"partij '{row.Partij.Value}' staat twee keer in het krachtenveld (ook in cel {earlier.Partij.Source.Cell}). " +
                    "Voeg de twee rijen samen tot één."));
                continue;
            }
            first.Add(key, row);
            result.Add(row);
        }
        return result;
    }

    private static void ReportUnknownPartners(
        IEnumerable<Sourced<string>?> names, HashSet<string> keys, ICollection<Diagnostic> diagnostics)
    {
        foreach (var name in names)
        {
            if (name is null || keys.Contains(TextKey.Name(name.Value)))
                continue;
            diagnostics.Add(new Diagnostic(Severity.Waarschuwing, DiagnosticCode.OnbekendePartij, name.Source,
                $"partij '{name.Value}' komt niet voor bij de partners van deze samenwerking. " +
                "De regel blijft staan; controleer de spelling van de naam."));
        }
    }
}
