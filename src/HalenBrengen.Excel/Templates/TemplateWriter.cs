using System.Reflection;
using System.Text.Json;
using ClosedXML.Excel;

namespace HalenBrengen.Excel.Templates;

/// <summary>Writes the blank forms and the example coalition to a folder.</summary>
public static class TemplateWriter
{
    public const string BelangenkaartFile = "belangenkaart.xlsx";
    public const string KrachtenveldFile = "krachtenveld.xlsx";

    /// <summary>Writes belangenkaart.xlsx and krachtenveld.xlsx; returns the paths written.</summary>
    public static IReadOnlyList<string> WriteTemplates(string folder)
    {
        Directory.CreateDirectory(folder);
        return
        [
            Save(BelangenkaartTemplate.Build(), Path.Combine(folder, BelangenkaartFile)),
            Save(KrachtenveldTemplate.Build(), Path.Combine(folder, KrachtenveldFile)),
        ];
    }

    /// <summary>Writes the example coalition's workbooks (one per partner, plus the krachtenveld).</summary>
    public static IReadOnlyList<string> WriteExample(string folder) => WriteCoalition(folder, ExampleCoalition.Load());

    public static IReadOnlyList<string> WriteCoalition(string folder, ExampleCoalition coalition)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var partner in coalition.Partners)
            written.Add(Save(BelangenkaartTemplate.Build(partner.Kaart), Path.Combine(folder, partner.Bestand)));
        written.Add(Save(KrachtenveldTemplate.Build(coalition.Krachtenveld), Path.Combine(folder, KrachtenveldFile)));
        return written;
    }

    /// <summary>Saves through a temporary file in the same folder, so an interrupted write leaves no half file.</summary>
    private static string Save(XLWorkbook workbook, string path)
    {
        using (workbook)
        {
            using var buffer = new MemoryStream();
            workbook.SaveAs(buffer);
            var temporary = path + ".tmp";
            try
            {
                File.WriteAllBytes(temporary, buffer.ToArray());
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
        }
        return path;
    }
}

/// <summary>A partner of the example coalition: the file to write and its filled-in card.</summary>
public sealed record ExamplePartner(string Bestand, BelangenkaartInvulling Kaart);

/// <summary>The fictional example coalition, read from templates/voorbeeld.json (embedded).</summary>
public sealed record ExampleCoalition(KrachtenveldInvulling Krachtenveld, IReadOnlyList<ExamplePartner> Partners)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static ExampleCoalition Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("HalenBrengen.Excel.voorbeeld.json")
            ?? throw new InvalidOperationException("The example data is not embedded in the assembly.");
        return Parse(stream);
    }

    public static ExampleCoalition Parse(Stream json) =>
        JsonSerializer.Deserialize<ExampleCoalition>(json, Options)
        ?? throw new InvalidOperationException("The example data is empty.");
}
