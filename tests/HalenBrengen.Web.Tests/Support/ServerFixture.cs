using HalenBrengen.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

using HalenBrengen.Excel.Tests.Support;

namespace HalenBrengen.Web.Tests.Support;

/// <summary>
/// The real server on 127.0.0.1 and a free port, as 'halenbrengen serve' starts it. ASP.NET's own
/// temporary folder is pointed at a fresh, empty folder first, so a test can prove nothing lands there.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public static readonly string AspNetTemp = Path.Combine(Path.GetTempPath(), "hb-aspnet-" + Guid.NewGuid().ToString("N")[..8]);
    private WebApplication? _app;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    private FileSystemWatcher? _watcher;
    private int _tempEntriesCreated;

    /// <summary>
    /// Entries ever created in ASP.NET's temporary folder. Its buffer files delete themselves when the
    /// request ends, so an empty folder afterwards proves little; nothing may be created at all.
    /// </summary>
    public int TempEntriesCreated => Volatile.Read(ref _tempEntriesCreated);

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(AspNetTemp);
        _watcher = new FileSystemWatcher(AspNetTemp) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        _watcher.Created += (_, _) => Interlocked.Increment(ref _tempEntriesCreated);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEMP", AspNetTemp);
        _app = WebApp.Build(new WebOptions(Port: 0));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        _watcher?.Dispose();
        Directory.Delete(AspNetTemp, recursive: true);
    }

    public HttpClient Client() => new() { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(3) };

    public static MultipartFormDataContent Form(IEnumerable<(string Name, byte[] Content)> files, params (string Key, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
            form.Add(new ByteArrayContent(content), "files", name);
        foreach (var (key, value) in fields)
            form.Add(new StringContent(value), key);
        return form;
    }

    public static List<(string Name, byte[] Content)> Example() =>
        Directory.GetFiles(Repository.PathOf("templates", "voorbeeld"), "*.xlsx").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
}

/// <summary>One server for every test class: the ASP.NET temporary folder is process-wide.</summary>
[CollectionDefinition("server")]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>;
