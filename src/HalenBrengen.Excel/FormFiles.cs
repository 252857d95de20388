using System.Reflection;

namespace HalenBrengen.Excel;

/// <summary>
/// The blank forms and the example coalition's workbooks as committed in templates/, compiled in. The program
/// hands these out rather than building them with ClosedXML on every run: the committed files are what
/// <see cref="Templates.TemplateWriter"/> writes today (TemplateTests holds them to it), and a program that never
/// calls ClosedXML leaves it and the Open XML SDK out of the release, which then starts in a fraction of the time
/// (docs/performance.md).
/// </summary>
public static class FormFiles
{
    private const string BlankPrefix = "HalenBrengen.Excel.forms/", ExamplePrefix = "HalenBrengen.Excel.voorbeeld/";

    /// <summary>belangenkaart.xlsx and krachtenveld.xlsx, in that order.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Blank() =>
        [Read(BlankPrefix, Templates.TemplateWriter.BelangenkaartFile), Read(BlankPrefix, Templates.TemplateWriter.KrachtenveldFile)];

    /// <summary>The example's workbooks: a belangenkaart per partner in its file's order, then the krachtenveld.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Example()
    {
        var names = Assembly.GetManifestResourceNames().Where(n => n.StartsWith(ExamplePrefix, StringComparison.Ordinal))
            .Select(n => n[ExamplePrefix.Length..]).ToList();
        var krachtenveld = Templates.TemplateWriter.KrachtenveldFile;
        return [.. names.Where(n => n != krachtenveld).Order(StringComparer.Ordinal).Select(n => Read(ExamplePrefix, n)), Read(ExamplePrefix, krachtenveld)];
    }

    private static Assembly Assembly => typeof(FormFiles).Assembly;

    private static (string Name, byte[] Content) Read(string prefix, string name)
    {
        using var stream = Assembly.GetManifestResourceStream(prefix + name)
            ?? throw new InvalidOperationException($"{prefix + name} is not compiled in (HalenBrengen.Excel.csproj embeds templates/).");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return (name, buffer.ToArray());
    }
}
