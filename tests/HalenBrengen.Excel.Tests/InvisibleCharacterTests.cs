using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Tests.Support;
using static HalenBrengen.Excel.Tests.Support.Kaarten;

namespace HalenBrengen.Excel.Tests;

/// <summary>
/// Characters that render as nothing (a byte-order mark, zero-width space or joiner) and the two ways
/// to write an accent (NFC, NFD) change nothing a reader can see, so they never split a partner in two
/// and never make an item of their own. Emoji and right-to-left text keep them exactly. Every case is
/// read under Dutch and English culture, and the input files stay as they were.
/// </summary>
public sealed class InvisibleCharacterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private List<InputReport> ReadFolder()
    {
        var before = Damage.Fingerprint(_folder.Path);
        var reports = Cultures.Each(() => Read(_folder.Path));
        Assert.Equal(before, Damage.Fingerprint(_folder.Path));
        return reports;
    }

    [Fact]
    public void A_byte_order_mark_zero_width_joiner_or_decomposed_accent_in_a_name_does_not_split_a_partner()
    {
        Belangenkaart("\uFEFFGemeente Dommelstede", "Signalen").SaveTo(_folder.File("a.xlsx"));
        Belangenkaart("Woon\u200Dstichting Dommelthuis", "Huurders").SaveTo(_folder.File("b.xlsx"));
        Belangenkaart("Coo\u0308peratie De Eendracht", "Leden").SaveTo(_folder.File("c.xlsx"));
        Krachtenveld(["Gemeente Dommelstede"], ["Woonstichting\u200B Dommelthuis"], ["Co\u00F6peratie de eendracht"]).SaveTo(_folder.File("kv.xlsx"));

        foreach (var report in ReadFolder())
        {
            var partners = report.Coalition.Partners;
            Assert.Equal(3, partners.Count);
            Assert.All(partners, p => Assert.True(p.Kaart is not null && p.Krachtenveld is not null, p.Naam));
            Assert.DoesNotContain(report.Diagnostics, d => d.Code is DiagnosticCode.PartijZonderBelangenkaart or DiagnosticCode.PartijZonderKrachtenveld);
            // The text shown keeps what was typed, except a byte-order mark at the edge, which means nothing there.
            Assert.Equal(["Gemeente Dommelstede", "Woon\u200Dstichting Dommelthuis", "Coo\u0308peratie De Eendracht"], partners.Select(p => p.Naam));
        }
    }

    [Fact]
    public void Two_belangenkaarten_whose_names_differ_only_by_invisible_characters_are_the_same_partner_twice()
    {
        Belangenkaart("Buurthuis De Brug", "Ruimte").SaveTo(_folder.File("a.xlsx"));
        Belangenkaart("Buurt\u00ADhuis De\u2060 Brug\u200B", "Koffie").SaveTo(_folder.File("b.xlsx"));

        foreach (var report in ReadFolder())
            Assert.Equal(Severity.Fout, Single(report, DiagnosticCode.DubbelePartij).Severity);
    }

    [Fact]
    public void An_item_of_only_invisible_characters_is_no_item_and_a_note_names_its_cell()
    {
        var path = new RawWorkbook()
            .TextSheet("Belangenkaart", ["Partij", "School"], ["Ambitie", "\u200B"])
            .TextSheet("Halen", ["Wat", "Toelichting"], ["\u200B"], ["\uFEFF"], ["Kennis over armoede"], [" \u200B\u200D\uFE0F "], ["\u2060", "Voor de leerkrachten"])
            .TextSheet("Brengen", ["Wat"], ["Het schoolplein"])
            .SaveTo(_folder.File("kaart.xlsx"));

        foreach (var report in ReadFolder())
        {
            var partner = Assert.Single(report.Coalition.Partners);
            Assert.Equal("Kennis over armoede", Assert.Single(partner.Halen).Text.Value);
            Assert.Null(partner.Kaart!.Ambitie);

            var notes = report.Diagnostics.Where(d => d.Code == DiagnosticCode.OnzichtbareTekst).ToList();
            Assert.Equal(
                [new SourceRef(path, "Belangenkaart", "B2"), new SourceRef(path, "Halen", "A2"), new SourceRef(path, "Halen", "A3"),
                 new SourceRef(path, "Halen", "A5"), new SourceRef(path, "Halen", "A6")],
                notes.Select(n => n.Where).OrderBy(w => w.ToString(), StringComparer.Ordinal).ToList());
            Assert.All(notes, n => Assert.Equal(Severity.Opmerking, n.Severity));
            Assert.Contains("U+200B", notes.Single(n => n.Where.Cell == "A2").Message);
            Assert.Contains("U+FEFF", notes.Single(n => n.Where.Cell == "A3").Message);
            // The one row with a visible Toelichting says that row was skipped, naming its cells; the others need no second message.
            Assert.Equal(new SourceRef(path, "Halen", "A6:B6"), Single(report, DiagnosticCode.RijZonderHoofdwaarde).Where);
            Assert.True(report.CanGenerate(strict: false));
        }
    }

    [Fact]
    public void Emoji_sequences_and_right_to_left_text_keep_their_joiners_selectors_and_marks()
    {
        const string family = "Gezinnen 👩\u200D👩\u200D👧 in de wijk 🏘\uFE0F";
        const string hebrew = "שיתוף\u200F פעולה";
        const string arabic = "\u200Fتعاون الجيران";
        Belangenkaart("Buurtteam 🤝", family, hebrew, arabic).SaveTo(_folder.File("kaart.xlsx"));

        foreach (var report in ReadFolder())
        {
            var partner = Assert.Single(report.Coalition.Partners);
            Assert.Equal("Buurtteam 🤝", partner.Naam);
            Assert.Equal([family, hebrew, arabic], partner.Halen.Select(i => i.Text.Value));
            Assert.Empty(report.Diagnostics);
        }
    }
}
