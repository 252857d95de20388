using Xunit.v3;

namespace HalenBrengen.Tests.Shared;

/// <summary>What a slow test needs besides .NET; each value is also the test's <c>Needs</c> trait.</summary>
internal static class Needs
{
    public const string LibreOffice = "LibreOffice";
    public const string Chromium = "Chromium";
    /// <summary>The WebAssembly host published (dotnet publish src/HalenBrengen.Browser), and Chromium to run it.</summary>
    public const string WebAssembly = "WebAssembly";
    /// <summary>The Native AOT release (scripts/publish.sh linux-x64; clang).</summary>
    public const string NativeAot = "NativeAot";
    public const string Openpyxl = "Openpyxl";
    /// <summary>Nothing outside .NET, but many seconds of work on two cores.</summary>
    public const string Time = "Time";
}

/// <summary>
/// Left out of the everyday run, <c>dotnet test HalenBrengen.Office.sln --filter "Category!=Slow"</c>
/// (docs/testing.md): the test drives an outside program or publishes the application, or alone takes many
/// seconds. The full run (no filter, as .ci/run) still runs it. Traits: Category=Slow and Needs=<paramref name="needs"/>,
/// so <c>--filter "Needs=Chromium"</c> runs one kind.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SlowAttribute(string needs) : Attribute, ITraitAttribute
{
    public string Needs { get; } = needs;

    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [new("Category", "Slow"), new("Needs", Needs)];
}
