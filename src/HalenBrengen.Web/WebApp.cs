using System.Net;
using System.Reflection;
using HalenBrengen.App;
using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace HalenBrengen.Web;

/// <summary>How to serve; the upload gate's size and wait default to <see cref="WebLimits"/>.</summary>
public sealed record WebOptions(int Port = 5170, bool Https = false, int? ConcurrentUploads = null, TimeSpan? BusyWait = null);

/// <summary>
/// <c>halenbrengen serve</c>: the page, its API and the Office task pane, bound to 127.0.0.1 only.
/// Partners' interests are sensitive: everything is handled in memory for the one request and
/// nothing of the content is logged or kept.
/// </summary>
public static class WebApp
{
    public static WebApplication Build(WebOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning); // never request content
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = WebLimits.MaxRequestBytes;
            kestrel.AddServerHeader = false;
            void Configure(Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions listen)
            {
                if (options.Https)
                    listen.UseHttps(); // the .NET developer certificate: 'dotnet dev-certs https --trust'
            }
            // Loopback only. On a fixed port both 127.0.0.1 and [::1]: the developer certificate names
            // 'localhost', which Windows often resolves to ::1 first. Port 0 (tests) binds 127.0.0.1.
            if (options.Port == 0)
                kestrel.Listen(IPAddress.Loopback, 0, Configure);
            else
                kestrel.ListenLocalhost(options.Port, Configure);
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            // Keep uploads in memory (the default buffers anything over 64 kB to a temporary file).
            form.MemoryBufferThreshold = (int)WebLimits.MaxRequestBytes;
            form.MultipartBodyLengthLimit = WebLimits.MaxRequestBytes;
            // Well above MaxFiles, so a few files too many get the clear count message, not a parse error.
            form.ValueCountLimit = WebLimits.MaxFormEntries;
        });
        // Only requests addressed to this computer by name: a web page on another site that makes the
        // browser resolve its own name to 127.0.0.1 (DNS rebinding) is refused with 400.
        builder.Services.Configure<HostFilteringOptions>(hosts => hosts.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"]);
        builder.Services.AddSingleton(new UploadGate(options.ConcurrentUploads ?? WebLimits.ConcurrentUploads, options.BusyWait ?? WebLimits.BusyWait));

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            context.Response.Headers["Cache-Control"] = "no-store";
            context.Response.Headers["Content-Security-Policy"] =
                "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'";
            await next();
        });
        app.UseHostFiltering();
        // Every refusal is a plain Dutch sentence, never a stack trace; an unexpected error is logged by
        // its type and place only, never with what was uploaded.
        app.Use(async (context, next) =>
        {
            try { await next(); }
            catch (UploadRefused refused) when (!context.Response.HasStarted)
            {
                context.Response.StatusCode = refused.Status;
                await context.Response.WriteAsJsonAsync(new MessageJson(refused.Message));
            }
            catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
            {
                app.Logger.LogError("Onverwachte fout {Type} bij {Path}:{Stack}", e.GetType().FullName, context.Request.Path.Value, e.StackTrace);
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsJsonAsync(new MessageJson(
                    "Er ging iets mis in HalenBrengen. Probeer het opnieuw; lukt het dan nog niet, maak de bestanden met 'halenbrengen generate'."));
            }
        });
        // Another website may not post workbooks here through the facilitator's browser (cross-site
        // request forgery): the browser names the requesting page in Origin and Sec-Fetch-Site.
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && FromAnotherSite(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsJsonAsync(new MessageJson(
                    "Dit verzoek komt van een andere website en is geweigerd. Open HalenBrengen via het adres dat 'halenbrengen serve' laat zien."));
                return;
            }
            await next();
        });
        MapPages(app);
        MapApi(app);
        return app;
    }

    private static void MapPages(WebApplication app)
    {
        foreach (var (route, resource, type) in new[]
                 {
                     ("/", "index.html", "text/html; charset=utf-8"), ("/app.js", "app.js", "text/javascript; charset=utf-8"),
                     ("/app.css", "app.css", "text/css; charset=utf-8"), ("/icon-32.png", "icon-32.png", "image/png"),
                     ("/icon-80.png", "icon-80.png", "image/png"),
                 })
        {
            var bytes = Embedded(resource);
            app.MapGet(route, () => Results.Bytes(bytes, type));
        }
        app.MapGet("/manifest.xml", (HttpContext context) =>
            Results.Text(AddinManifest.Xml($"{context.Request.Scheme}://{context.Request.Host}"), "application/xml; charset=utf-8"));

        // Office.js from its npm package, and nothing outside that folder (the file provider refuses '..').
        var dist = typeof(WebApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "OfficeJsDist")?.Value;
        if (dist is not null && Directory.Exists(dist))
        {
            var files = new PhysicalFileProvider(dist);
            app.MapGet("/office/{**path}", (string path) =>
            {
                var file = files.GetFileInfo(path);
                return file.Exists && !file.IsDirectory && path.EndsWith(".js", StringComparison.Ordinal)
                    ? Results.Stream(file.CreateReadStream(), "text/javascript; charset=utf-8")
                    : Results.NotFound();
            });
        }
    }

    private static void MapApi(WebApplication app)
    {
        app.MapPost("/api/check", (HttpContext context, UploadGate gate) => gate.RunAsync(context, uploads =>
            Results.Json(ApiModels.Check(UseCases.Check(uploads), Strict(context.Request)))));

        app.MapPost("/api/generate", (HttpContext context, UploadGate gate) => gate.RunAsync(context, uploads =>
        {
            var request = context.Request;
            var strict = Strict(request);
            var language = request.Form["lang"] == "en" ? Language.En : Language.Nl;
            var made = UseCases.Generate(uploads, language, strict);
            if (!made.Generated)
                return Results.Json(ApiModels.Check(made.Check, strict), statusCode: StatusCodes.Status422UnprocessableEntity);
            if (request.Form["format"] == "zip")
                return Results.Bytes(UseCases.Zip(made.Files.Select(f => (f.Name, f.Content))), "application/zip", "halenbrengen.zip");
            return Results.Json(new GenerateJson(
                made.Files.Select(f => new FileJson(f.Name, f.Kind.ToString(), f.Content.LongLength, Convert.ToBase64String(f.Content))).ToList(),
                ApiModels.Check(made.Check, strict)));
        }));

        app.MapGet("/api/templates", () =>
            Results.Bytes(UseCases.Zip(UseCases.Templates().Select(f => (f.Name, f.Content))), "application/zip", "formulieren.zip"));

    }

    /// <summary>
    /// Whether a POST comes from a page of another origin: Sec-Fetch-Site other than same-origin or none
    /// (typed by the user), or an Origin that is not this server's (other ports on localhost included).
    /// Clients that send neither, such as curl, are not browsers acting for someone else and may post.
    /// </summary>
    private static bool FromAnotherSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not "same-origin" and not "none")
            return true;
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Strict(HttpRequest request) => request.HasFormContentType && request.Form["strict"] == "true";

    private static byte[] Embedded(string name)
    {
        using var stream = typeof(WebApp).Assembly.GetManifestResourceStream("wwwroot/" + name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
