using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClosedXML.Excel;

namespace HalenBrengen.Excel.Templates;

/// <summary>
/// The blank forms and the example coalition's workbooks, as bytes. Writing them into a folder is App's
/// (its one atomic writer), and so is making their bytes the same on every run.
/// </summary>
public static class TemplateWriter
{
    public const string BelangenkaartFile = "belangenkaart.xlsx";
    public const string KrachtenveldFile = "krachtenveld.xlsx";

    /// <summary>The blank forms, belangenkaart.xlsx and krachtenveld.xlsx, in memory.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Templates() =>
    [
        (BelangenkaartFile, Bytes(BelangenkaartTemplate.Build())),
        (KrachtenveldFile, Bytes(KrachtenveldTemplate.Build())),
    ];

    /// <summary>The example coalition's workbooks (one per partner, plus the krachtenveld), in memory.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Example() => Coalition(ExampleCoalition.Load());

    public static IReadOnlyList<(string Name, byte[] Content)> Coalition(ExampleCoalition coalition) =>
    [
        .. coalition.Partners.Select(p => (p.Bestand, Bytes(BelangenkaartTemplate.Build(p.Kaart)))),
        (KrachtenveldFile, Bytes(KrachtenveldTemplate.Build(coalition.Krachtenveld))),
    ];

    private static byte[] Bytes(XLWorkbook workbook)
    {
        using (workbook)
        {
            using var buffer = new MemoryStream();
            workbook.SaveAs(buffer);
            return buffer.ToArray();
        }
    }
}

/// <summary>A partner of the example coalition: the file to write and its filled-in card.</summary>
public sealed record ExamplePartner(string Bestand, BelangenkaartInvulling Kaart);

/// <summary>The fictional example coalition, read from templates/voorbeeld.json (embedded).</summary>
public sealed record ExampleCoalition(KrachtenveldInvulling Krachtenveld, IReadOnlyList<ExamplePartner> Partners)
{
    public static ExampleCoalition Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("HalenBrengen.Excel.voorbeeld.json")
            ?? throw new InvalidOperationException("The example data is not embedded in the assembly.");
        return Parse(stream);
    }

    public static ExampleCoalition Parse(Stream json) =>
        JsonSerializer.Deserialize(json, ExampleJson.Default.ExampleCoalition)
        ?? throw new InvalidOperationException("The example data is empty.");
}

/// <summary>
/// The example's JSON contract, generated at compile time: the Native AOT release has no reflection-based
/// serializer (it would need code made at run time), and the generated reader is the same in every host.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ExampleCoalition))]
internal sealed partial class ExampleJson : JsonSerializerContext;
