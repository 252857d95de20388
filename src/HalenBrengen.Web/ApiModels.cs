using HalenBrengen.App;
using HalenBrengen.Core.Model;

namespace HalenBrengen.Web;

public sealed record FileJson(string Name, string Kind, long Size, string Base64);

public sealed record GenerateJson(IReadOnlyList<FileJson> Files, CheckJson Check);

public sealed record MessageJson(string Message);

/// <summary>The check's JSON shape lives in App (<see cref="CheckSummary"/>), shared with the WebAssembly host.</summary>
public static class ApiModels
{
    public static CheckJson Check(InputReport report, bool strict) => CheckSummary.Of(report, strict);
}
