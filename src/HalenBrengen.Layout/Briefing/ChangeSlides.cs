using System.Globalization;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;

namespace HalenBrengen.Layout.Briefing;

/// <summary>
/// What changed since the earlier round, for the facilitator: the collaboration's own changes (who
/// joined or left, the shared ambition and headline) and a table of every change per partner, with
/// both wordings; the notes say in which cells of both rounds each change stands.
/// </summary>
internal static class ChangeSlides
{

    public static IEnumerable<SlidePlan> Plan(PlanContext c, RoundChanges changes, BriefingTexts b, ValueLabels labels)
    {
        var t = c.Words.Changes;
        if (changes.None)
            return Slides.List(c, t.Title, [new TextParagraph(t.NoChanges)], t.Notes, b.Continued, c.Words.Shapes.Changes).Concat(Agreements(c, changes, t, b));

        var slides = new List<SlidePlan>();
        var coalition = Coalition(c, changes, t);
        if (coalition.Count > 0)
            slides.AddRange(Slides.List(c, t.CoalitionTitle, coalition, Notes(t, CoalitionSources(changes, t)), b.Continued, c.Words.Shapes.Coalition));
        var rows = new List<IReadOnlyList<string>>();
        var sources = new List<string>();
        foreach (var partner in changes.Changed)
            Rows(c, partner, t, b, labels, rows, sources);
        if (rows.Count > 0)
            slides.AddRange(BriefingPlanner.TableSlides(c, t.PartnersTitle, [1.6, 1.6, 3, 3], t.Headers, rows, Notes(t, sources), b.Continued, c.Words.Shapes.Changes, carry: 1));
        slides.AddRange(Agreements(c, changes, t, b));
        return slides;
    }

    /// <summary>The earlier round's agreements, each with whether this round still holds it: a new interest means something happened.</summary>
    private static IEnumerable<SlidePlan> Agreements(PlanContext c, RoundChanges changes, ChangeTexts t, BriefingTexts b)
    {
        if (changes.Agreements.Count == 0)
            return [];
        var rows = changes.Agreements.Select(check =>
        {
            var a = check.Agreement;
            var what = string.Join(" · ", new[] { a.Offer?.Value, a.What?.Value }.OfType<string>().Distinct(StringComparer.Ordinal));
            if (a.Agreed.Value == Afgesproken.Later)
                what += " " + t.AgreementLater;
            var hold = check.Hold switch
            {
                AgreementHold.Kept => t.HoldKept,
                AgreementHold.WantChanged => t.HoldWantChanged.Fill(a.Wanter?.Value ?? ""),
                AgreementHold.OfferChanged => t.HoldOfferChanged.Fill(a.Bringer?.Value ?? ""),
                AgreementHold.BothChanged => t.HoldBothChanged,
                _ => t.HoldPartnerLeft,
            };
            return (IReadOnlyList<string>)[t.AgreementPair.Fill(a.Bringer?.Value ?? "", a.Wanter?.Value ?? ""), what, a.When?.Value ?? "", hold];
        }).ToList();
        return BriefingPlanner.TableSlides(c, t.AgreementsTitle, [2.2, 3.4, 1.4, 2.6], t.AgreementsHeaders, rows, t.AgreementsNotes, b.Continued, c.Words.Shapes.Changes);
    }

    private static List<TextParagraph> Coalition(PlanContext c, RoundChanges changes, ChangeTexts t)
    {
        var lines = new List<string>();
        var joined = changes.Partners.Where(p => p.Presence == Presence.Joined).Select(p => p.Naam).ToList();
        var left = changes.Partners.Where(p => p.Presence == Presence.Left).Select(p => p.Naam).ToList();
        if (joined.Count > 0) lines.Add(t.JoinedList + string.Join(", ", joined));
        if (left.Count > 0) lines.Add(t.LeftList + string.Join(", ", left));
        if (changes.AmbitionChanged) lines.Add(WasNow(t.Ambition, changes.AmbitionBefore?.Value, changes.AmbitionAfter?.Value, t));
        if (changes.HeadlineChanged) lines.Add(WasNow(t.Headline, changes.HeadlineBefore?.Value, changes.HeadlineAfter?.Value, t));
        return lines.Select((line, i) => new TextParagraph([new TextRun(line)], Bullet: true, SpaceBeforeEm: i == 0 ? 0 : 0.4)).ToList();
    }

    private static string WasNow(string what, string? before, string? after, ChangeTexts t) =>
        string.Format(CultureInfo.InvariantCulture, t.WasNow, what, before ?? t.Empty, after ?? t.Empty);

    private static IEnumerable<string> CoalitionSources(RoundChanges changes, ChangeTexts t)
    {
        if (changes.AmbitionChanged) yield return Source(t.Ambition, changes.AmbitionBefore?.Source, changes.AmbitionAfter?.Source, t);
        if (changes.HeadlineChanged) yield return Source(t.Headline, changes.HeadlineBefore?.Source, changes.HeadlineAfter?.Source, t);
    }

    private static void Rows(PlanContext c, PartnerChanges partner, ChangeTexts t, BriefingTexts b, ValueLabels labels, List<IReadOnlyList<string>> rows, List<string> sources)
    {
        var first = rows.Count;
        void Row(string what, string before, string after, SourceRef? was, SourceRef? now)
        {
            // The partner's name on its first row; a continued page repeats it (carry).
            rows.Add([rows.Count == first ? partner.Naam : "", what, before, after]);
            if (was is not null || now is not null)
                sources.Add(Source($"{partner.Naam}, {what}", was, now, t));
        }

        switch (partner.Presence)
        {
            case Presence.Joined:
                Row(t.Joined, "", Counts(partner.After!, t), null, partner.After!.Kaart?.Partij.Source ?? partner.After.Krachtenveld?.Partij.Source);
                return;
            case Presence.Left:
                Row(t.Left, Counts(partner.Before!, t), "", partner.Before!.Kaart?.Partij.Source ?? partner.Before.Krachtenveld?.Partij.Source, null);
                return;
        }
        if (partner.CardAdded)
            Row(t.CardAdded, "", Counts(partner.After!, t), null, partner.After!.Kaart!.Partij.Source);
        if (partner.CardMissing)
            Row(t.CardMissing, Counts(partner.Before!, t), "", partner.Before!.Kaart!.Partij.Source, null);
        foreach (var item in partner.Items)
        {
            var side = item.Kind == ItemKind.Halen ? t.Halen : t.Brengen;
            if (item.IsAdded)
                Row($"{side}: {t.Added}", "", Described(item.After!, [], b, labels), null, item.After!.Text.Source);
            else if (item.IsDropped)
                Row($"{side}: {t.Dropped}", Described(item.Before!, [], b, labels), "", item.Before!.Text.Source, null);
            else
                Row($"{side}: {string.Join(", ", item.Changed.Select(a => t.Aspect(a, item)))}",
                    Described(item.Before!, item.Changed, b, labels), Described(item.After!, item.Changed, b, labels), item.Before!.Text.Source, item.After!.Text.Source);
        }
        if (partner.Houding is { } houding)
            Row(t.Relation, labels.Of(houding.Before, labels.Of, b.Unknown), labels.Of(houding.After, labels.Of, b.Unknown), houding.Before?.Source, houding.After?.Source);
        if (partner.Invloed is { } invloed)
            Row(t.Influence, labels.Of(invloed.Before, labels.Of, b.Unknown), labels.Of(invloed.After, labels.Of, b.Unknown), invloed.Before?.Source, invloed.After?.Source);
        if (partner.Balance is { } balance)
            Row(t.Balance, Balance(c, balance.Before, t), Balance(c, balance.After, t), null, null);
    }

    private static string Counts(Partner partner, ChangeTexts t) =>
        string.Format(CultureInfo.InvariantCulture, t.Counts, partner.Halen.Count, partner.Brengen.Count);

    private static string Balance(PlanContext c, PartnerBalance balance, ChangeTexts t) =>
        string.Format(CultureInfo.InvariantCulture, t.Counts, balance.Halen, balance.Brengen) + ": " +
        (balance.Readings.Count == 0 ? t.Balanced : string.Join(", ", balance.Readings.Select(t.Reading)));

    /// <summary>An item's words, with the values that changed under them (its kind, wish or demand, size, explanation).</summary>
    private static string Described(Item item, IReadOnlyList<ItemAspect> changed, BriefingTexts b, ValueLabels labels)
    {
        var lines = new List<string> { Items.Shorten(item.Text.Value, AnalysisSlides.ShortText) };
        foreach (var aspect in changed)
        {
            var value = aspect switch
            {
                ItemAspect.WensOfEis => item.IsEis ? b.Demand : b.Wish,
                ItemAspect.Soort => labels.Of(item.Soort, labels.Of, b.Unknown),
                ItemAspect.Omvang => item.Omvang?.Value,
                ItemAspect.Toelichting => item.Toelichting?.Value,
                _ => null,
            };
            if (aspect != ItemAspect.Text)
                lines.Add("· " + (string.IsNullOrEmpty(value) ? "–" : Items.Shorten(value, AnalysisSlides.ShortText)));
        }
        return string.Join("\n", lines);
    }

    private static string Source(string what, SourceRef? before, SourceRef? after, ChangeTexts t)
    {
        var where = new[]
        {
            before is null ? null : string.Format(CultureInfo.InvariantCulture, t.Earlier, before),
            after is null ? null : string.Format(CultureInfo.InvariantCulture, t.Current, after),
        };
        return what + ": " + string.Join("; ", where.Where(s => s is not null));
    }

    private static string Notes(ChangeTexts t, IEnumerable<string> sources) =>
        string.Join("\n", new[] { t.Notes }.Concat(sources.Select(s => "• " + s)));
}
