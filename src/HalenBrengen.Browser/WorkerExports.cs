using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;
using HalenBrengen.App;
using HalenBrengen.Core;

namespace HalenBrengen.Browser;

/// <summary>
/// What worker.js calls: App's use cases and nothing else, one call per page request. Each call runs
/// to its end on the worker's thread, so the page stays responsive and requests are answered in order.
/// Workbooks arrive as <see cref="WorkerPayload"/> describes.
/// </summary>
[SupportedOSPlatform("browser")]
public static partial class WorkerExports
{
    /// <summary>The check as JSON (<see cref="CheckSummary"/>).</summary>
    [JSExport]
    public static string Check(string[] names, int[] lengths, byte[] contents, bool strict) =>
        CheckSummary.ToJson(CheckSummary.Of(UseCases.Check(WorkerPayload.Files(names, lengths, contents)), strict));

    /// <summary>
    /// The check and, when nothing blocks, every file made, as one <see cref="WorkerPayload"/>. The earlier round's
    /// workbooks (none: no comparison) come the same way as this round's; so does the house style, the
    /// template first and then its font files (none: the generator's own look).
    /// </summary>
    [JSExport]
    public static byte[] Generate(string[] names, int[] lengths, byte[] contents, string language, bool strict,
        string[] previousNames, int[] previousLengths, byte[] previousContents, string[] styleNames, int[] styleLengths, byte[] styleContents)
    {
        var previous = WorkerPayload.Files(previousNames, previousLengths, previousContents);
        var style = WorkerPayload.Files(styleNames, styleLengths, styleContents);
        var generation = UseCases.Generate(WorkerPayload.Files(names, lengths, contents), Languages.Parse(language), strict, previous,
            style.Count == 0 ? null : new HouseStyleFiles(style[0], style.Skip(1).ToList()));
        return WorkerPayload.Generated(generation, strict);
    }

    /// <summary>
    /// Checks the built-in example once and throws the result away. The worker calls it as soon as it is ready, while
    /// the facilitator chooses the workbooks: the first check of a page otherwise runs every step's code for the first
    /// time in the WebAssembly interpreter, twice as slowly as later ones. Apart from <see cref="WarmGenerate"/>, so a
    /// check asked at once waits for this part only.
    /// </summary>
    [JSExport]
    public static void WarmCheck() => CheckSummary.ToJson(CheckSummary.Of(UseCases.Check(UseCases.Example()), strict: false));

    /// <summary>Generates the built-in example once and throws the result away: as <see cref="WarmCheck"/>, for generating.</summary>
    [JSExport]
    public static void WarmGenerate() => WorkerPayload.Generated(UseCases.Generate(UseCases.Example(), Language.Nl), strict: false);

    /// <summary>The page's words in both languages (<see cref="PageWords"/>): the worker words a failed request with them.</summary>
    [JSExport]
    public static string Words() => PageWords.Both();

    /// <summary>The files as one zip, in the order given.</summary>
    [JSExport]
    public static byte[] Zip(string[] names, int[] lengths, byte[] contents) =>
        UseCases.Zip(WorkerPayload.Files(names, lengths, contents).Select(f => (f.Name, f.Content)));
}

/// <summary>The page's language codes.</summary>
internal static class Languages
{
    public static Language Parse(string code) => code switch
    {
        "nl" => Language.Nl,
        "en" => Language.En,
        _ => throw new ArgumentException($"Unknown language '{code}'; the page sends 'nl' or 'en'."),
    };
}
