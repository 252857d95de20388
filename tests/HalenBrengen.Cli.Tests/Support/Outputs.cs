using HalenBrengen.Tests.Shared;
using System.Collections.Concurrent;
using HalenBrengen.App;
using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Style;
using HalenBrengen.Pptx;
using HalenBrengen.Pptx.Tests.Support;

namespace HalenBrengen.Cli.Tests;

/// <summary>A coalition and what the generator makes of it: the session deck and the briefing, planned and written.</summary>
internal sealed record Made(string Name, Coalition Coalition, Language Language, CoalitionAnalysis Analysis,
    PresentationPlan Session, byte[] SessionPackage, PresentationPlan Briefing, byte[] BriefingPackage);

/// <summary>
/// The coalitions the quality bars are held to: the example and generated coalitions of 2, 9, 16 and 24
/// partners (12 items each, every fourth of 400 characters), in Dutch and English; and some of them in a
/// house style (after a +): "huisstijl", a light template with loud colours, a logo at the top right and
/// its fonts (Liberation Serif and Sans) measured from their files; "donker", a dark template with a logo
/// at the bottom left and a font without widths (Georgia, so Calibri). Each is made once per test run,
/// since a 24-partner briefing takes a second or two.
/// </summary>
internal static class Outputs
{
    public static readonly string[] All = ["voorbeeld", "voorbeeld-en", "2", "9", "16", "24", "2-en", "9-en", "16-en", "24-en",
        "voorbeeld+huisstijl", "16+huisstijl", "9-en+donker"];

    private static readonly ConcurrentDictionary<string, Lazy<Made>> Cache = new();
    private static readonly ConcurrentDictionary<string, Lazy<HouseStyleLoad>> Styles = new();

    public static Made Of(string name) => Cache.GetOrAdd(name, n => new Lazy<Made>(() => Make(n))).Value;

    /// <summary>The look a coalition's files are made in: the house look, or the house style after the +.</summary>
    public static Look LookOf(string name) => name.Split('+') is [_, var style] ? Style(style).Look! : Look.House;

    /// <summary>A house style loaded as generate loads it, through App, from a template written by code.</summary>
    public static HouseStyleLoad Style(string name) => Styles.GetOrAdd(name, n => new Lazy<HouseStyleLoad>(() =>
    {
        var (template, fonts) = n switch
        {
            "huisstijl" => (new TemplateSpec
            {
                Logo = Png.Logo(),
                Colours = ["000000", "FFFFFF", "1B3A4B", "EEF1F4", "0B6E4F", "FFC000", "EDAE49", "00798C", "30638E", "003D5B", "0563C1", "954F72"],
                MajorFont = "Liberation Serif", MinorFont = "Liberation Sans",
            }, new[] { "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf" }),
            "donker" => (new TemplateSpec
            {
                Logo = Png.Logo(0xEDAE49), LogoBox = (300_000, 6_000_000, 1_371_600, 457_200), Map = ("dk1", "lt1"), MajorFont = "Georgia",
                Colours = ["101820", "F2F2F2", "1B3A4B", "2A2A3A", "4FC3F7", "FFB300", "81C784", "E57373", "BA68C8", "4DB6AC", "4FC3F7", "BA68C8"],
            }, Array.Empty<string>()),
            _ => throw new ArgumentException($"no house style '{n}'"),
        };
        var files = fonts.Select(f => new FileContent(f, FontFile(f))).ToList();
        var load = HouseStyles.Load(new HouseStyleFiles(new FileContent(n + ".potx", Templates.Write(template)), files), Language.Nl);
        Assert.True(load.Look is not null, load.Problem);
        return load;
    })).Value;

    /// <summary>A font file of the machine's (Debian's fonts-liberation2, which .ci/run installs).</summary>
    private static byte[] FontFile(string name)
    {
        var path = Path.Combine("/usr/share/fonts/truetype/liberation2", name);
        if (!File.Exists(path))
        {
            var message = $"{path} is not installed on this machine; .ci/run installs fonts-liberation2.";
            if (ExternalTools.InCi)
                Assert.Fail(message + " Under CI this test may not be skipped.");
            Assert.Skip(message);
        }
        return File.ReadAllBytes(path);
    }

    public static Coalition Coalition(string name)
    {
        var stem = name.Split('+')[0].Replace("-en", "", StringComparison.Ordinal);
        return stem == "voorbeeld"
            ? WorkbookReader.Read([Repository.PathOf("templates", "voorbeeld")]).Coalition
            : Generated.Coalition(int.Parse(stem, System.Globalization.CultureInfo.InvariantCulture), 12);
    }

    private static Made Make(string name)
    {
        var coalition = Coalition(name);
        var language = name.Split('+')[0].EndsWith("-en", StringComparison.Ordinal) ? Language.En : Language.Nl;
        var analysis = CoalitionAnalysis.Of(coalition);
        var session = DeckPlanner.Plan(coalition, analysis, PlanContext.Session(LookOf(name), language));
        var briefing = BriefingPlanner.Plan(coalition, analysis, PlanContext.Briefing(LookOf(name), language));
        return new Made(name, coalition, language, analysis, session, PptxWriter.Write(session), briefing, PptxWriter.Write(briefing));
    }

    /// <summary>What partners wrote on their belangenkaarten, and the coalition's own words: everything the room may see.</summary>
    public static IEnumerable<string> RoomTexts(Coalition c)
    {
        var s = c.Samenwerking;
        foreach (var v in new[] { s.Naam, s.Opgave, s.GedeeldeAmbitie, s.Krantenkop, s.Begeleider }) if (v is not null) yield return v.Value;
        foreach (var p in c.Partners)
        {
            yield return p.Naam;
            if (p.Kaart is { } k)
                foreach (var v in new[] { k.EigenBelang, k.GezamenlijkBelang, k.Ambitie, k.Krantenkop }) if (v is not null) yield return v.Value;
            foreach (var i in p.Halen.Concat(p.Brengen))
                foreach (var v in new[] { i.Text, i.Toelichting, i.Omvang }) if (v is not null) yield return v.Value;
        }
    }

    /// <summary>What the partners wrote on their belangenkaarten.</summary>
    public static IEnumerable<string> CardTexts(Coalition c) =>
        c.Partners.SelectMany(p => new[] { p.Kaart?.EigenBelang, p.Kaart?.GezamenlijkBelang, p.Kaart?.Ambitie, p.Kaart?.Krantenkop }
            .Concat(p.Halen.Concat(p.Brengen).SelectMany(i => new[] { i.Text, i.Toelichting, i.Omvang })).OfType<Sourced<string>>().Select(v => v.Value).Prepend(p.Naam));

    /// <summary>The facilitator's own view of the partners: the krachtenveld and the interventions.</summary>
    public static IEnumerable<string> PrivateTexts(Coalition c)
    {
        foreach (var r in c.Partners.Select(p => p.Krachtenveld).OfType<KrachtenveldRij>())
            foreach (var v in new[] { r.NodigVoor, r.BelangenEnDrijfveren, r.Randvoorwaarden }) if (v is not null) yield return v.Value;
        foreach (var i in c.Interventies)
            foreach (var v in new[] { i.Text, i.SluitAanBij }) if (v is not null) yield return v.Value;
        foreach (var a in c.Activiteiten)
            yield return a.Text.Value;
    }

    /// <summary>WCAG 2 contrast ratio of two sRGB hex colours.</summary>
    public static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int i)
            {
                var c = Convert.ToInt32(hex.Substring(i, 2), 16) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
        }
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }
}
