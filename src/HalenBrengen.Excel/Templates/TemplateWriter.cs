using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClosedXML.Excel;

namespace HalenBrengen.Excel.Templates;

/// <summary>Writes the blank forms and the example coalition to a folder.</summary>
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

    /// <summary>Writes belangenkaart.xlsx and krachtenveld.xlsx; returns the paths written.</summary>
    public static IReadOnlyList<string> WriteTemplates(string folder) => Write(folder, Templates());

    /// <summary>Writes the example coalition's workbooks (one per partner, plus the krachtenveld).</summary>
    public static IReadOnlyList<string> WriteExample(string folder) => Write(folder, Example());

    public static IReadOnlyList<string> WriteCoalition(string folder, ExampleCoalition coalition) => Write(folder, Coalition(coalition));

    private static byte[] Bytes(XLWorkbook workbook)
    {
        using (workbook)
        {
            using var buffer = new MemoryStream();
            workbook.SaveAs(buffer);
            return buffer.ToArray();
        }
    }

    /// <summary>Saves each file through a temporary file in the same folder, so an interrupted write leaves no half file.</summary>
    private static IReadOnlyList<string> Write(string folder, IReadOnlyList<(string Name, byte[] Content)> files)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(folder, name);
            var temporary = path + ".tmp";
            try
            {
                File.WriteAllBytes(temporary, content);
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
            written.Add(path);
        }
        return written;
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
