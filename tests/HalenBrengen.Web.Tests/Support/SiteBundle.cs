using HalenBrengen.Tests.Shared;

namespace HalenBrengen.Web.Tests.Support;

/// <summary>
/// The generator as WebAssembly that a site is made with. The site takes it from the folder named by
/// HALENBRENGEN_BUNDLE when it is made, a variable of the whole test process, so every site the tests make
/// is made through here, one at a time, with its own folder named:
/// <list type="bullet">
/// <item>the server's tests (ServeTests, ManifestTests) test what is served and how, not the generator: they
/// get a stand-in shaped as a publish leaves it (worker.js, _framework/*.wasm), made in milliseconds, so the
/// everyday run publishes nothing;</item>
/// <item>the page tests (Category=Slow) run the generator in Chromium: the real one, published once per run
/// and only when one of them asks for it.</item>
/// </list>
/// </summary>
internal static class SiteBundle
{
    private const string Variable = "HALENBRENGEN_BUNDLE";
    private static readonly Lock Turn = new();
    private static readonly Lazy<string> StandIn = new(MakeStandIn);
    private static readonly Lazy<string> Published = new(() =>
    {
        var output = Path.Combine(AppContext.BaseDirectory, "browser-bundle");
        BundlePublisher.Publish(output);
        return Path.Combine(output, "wwwroot");
    });

    /// <summary>Makes a site (or reads its files) with the stand-in bundle.</summary>
    public static T WithStandIn<T>(Func<T> make) => With(StandIn, make);

    /// <summary>Makes a site with the real bundle, publishing it first if this run has not yet.</summary>
    public static T WithPublished<T>(Func<T> make) => With(Published, make);

    private static T With<T>(Lazy<string> bundle, Func<T> make)
    {
        lock (Turn)
        {
            Environment.SetEnvironmentVariable(Variable, bundle.Value);
            try
            {
                return make();
            }
            finally
            {
                Environment.SetEnvironmentVariable(Variable, null);
            }
        }
    }

    private static string MakeStandIn()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "stand-in-bundle");
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
        var framework = Directory.CreateDirectory(Path.Combine(root, "_framework")).FullName;
        File.WriteAllText(Path.Combine(root, "worker.js"), "// stand-in for the published worker (Web.Tests' SiteBundle), asking for the runtime as the real one does\n"
            + "const { dotnet } = await import(new URL(\"./_framework/dotnet.js\", import.meta.url).href);\n");
        File.WriteAllText(Path.Combine(framework, "dotnet.js"), "// stand-in\n");
        // A WebAssembly module's header: the magic "\0asm" and version 1, and nothing else.
        File.WriteAllBytes(Path.Combine(framework, "dotnet.native.wasm"), [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]);
        // What a publish also leaves and the site must not carry: a precompressed copy and debug symbols.
        File.WriteAllBytes(Path.Combine(framework, "dotnet.native.wasm.br"), [1, 2, 3]);
        File.WriteAllBytes(Path.Combine(framework, "HalenBrengen.App.pdb"), [1, 2, 3]);
        return root;
    }
}
