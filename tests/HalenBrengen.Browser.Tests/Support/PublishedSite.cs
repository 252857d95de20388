using System.Collections.Concurrent;
using HalenBrengen.Excel.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace HalenBrengen.Browser.Tests.Support;

/// <summary>
/// The WebAssembly host published once per test run (Release, fully trimmed, as shipped) and served
/// by a plain static file server on 127.0.0.1 under a sub-path, as a facilitator's organisation would
/// host it. The test harness page sits beside worker.js, where the real page will. Every request the
/// server answers is recorded. A class fixture of WorkerTests, not an assembly fixture: xUnit makes an
/// assembly fixture even when the filter leaves out every test that uses it, and the everyday run
/// (Category!=Slow) must not publish.
/// </summary>
public sealed class PublishedSite : IAsyncLifetime
{
    /// <summary>Where the site lives on the server: not the root, so worker.js must use relative URLs.</summary>
    public const string SubPath = "/hb/site";

    private WebApplication? _app;

    /// <summary>The folder a host copies: worker.js at its root, the runtime under _framework/.</summary>
    public string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "browser-site", "wwwroot");

    public TimeSpan PublishTime { get; private set; }

    /// <summary>The harness page's address, e.g. http://127.0.0.1:41234/hb/site/harness.html.</summary>
    public Uri Harness { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every path the server was asked for, in order.</summary>
    public ConcurrentQueue<string> Served { get; } = new();

    public async ValueTask InitializeAsync()
    {
        // Without Chromium every test skips (fails under CI) as it launches it: publishing would be a minute lost.
        if (!File.Exists(HalenBrengen.Tests.Shared.Browser.Chromium))
            return;
        Publish();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            Served.Enqueue(context.Request.Path.Value ?? "");
            await next(context);
        });
        // Types a static host must send: a module worker needs JavaScript, streaming compilation needs application/wasm.
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".js"] = "text/javascript";
        types.Mappings[".wasm"] = "application/wasm";
        types.Mappings[".dat"] = "application/octet-stream";
        _app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Folder), RequestPath = SubPath, ContentTypeProvider = types });
        _app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "Harness")), RequestPath = SubPath, ContentTypeProvider = types });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Harness = new Uri(new Uri(address), SubPath + "/harness.html");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    private void Publish() => PublishTime = HalenBrengen.Tests.Shared.BundlePublisher.Publish(Path.GetDirectoryName(Folder)!);
}
