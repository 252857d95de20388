using HalenBrengen.Tests.Shared;

[assembly: AssemblyFixture(typeof(HalenBrengen.Web.Tests.Support.BundleFixture))]

namespace HalenBrengen.Web.Tests.Support;

/// <summary>
/// The generator as WebAssembly, published once for this test run into its own folder and named to the
/// site (HALENBRENGEN_BUNDLE) before any test builds the site or starts the server.
/// </summary>
public sealed class BundleFixture : IAsyncLifetime
{
    private readonly string _output = Path.Combine(AppContext.BaseDirectory, "browser-bundle");

    public ValueTask InitializeAsync()
    {
        BundlePublisher.Publish(_output);
        Environment.SetEnvironmentVariable("HALENBRENGEN_BUNDLE", Path.Combine(_output, "wwwroot"));
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
