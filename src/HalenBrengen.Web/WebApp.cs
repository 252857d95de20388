using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HalenBrengen.Web;

/// <summary>How to serve.</summary>
public sealed record WebOptions(int Port = 5170, bool Https = false);

/// <summary>
/// <c>halenbrengen serve</c>: the static site (<see cref="Site"/>) on this computer, bound to loopback only.
/// It has no API: the page checks and generates in the browser, so no workbook ever reaches this server.
/// </summary>
public static class WebApp
{
    public static WebApplication Build(WebOptions options)
    {
        if (BrowserBundle.Problem is { } problem)
            throw new InvalidOperationException(problem);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // The host's own log lines are English and technical: a facilitator sees only ours, unless asked (HALENBRENGEN_DEBUG=1).
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("HALENBRENGEN_DEBUG") == "1")
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
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
        // Only requests addressed to this computer by name: a web page on another site that makes the
        // browser resolve its own name to 127.0.0.1 (DNS rebinding) is refused with 400.
        builder.Services.Configure<HostFilteringOptions>(hosts => hosts.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"]);

        var app = builder.Build();
        app.UseHostFiltering();
        // The site is made once; only the manifest names the address it was asked on.
        var files = Site.Files(new Uri("http://localhost/")).Where(f => f.Path != "manifest.xml").ToDictionary(f => "/" + f.Path, StringComparer.Ordinal);
        files["/"] = files["/index.html"];
        app.Run(async context =>
        {
            var response = context.Response;
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers["Cache-Control"] = "no-store";
            var path = context.Request.Path.Value ?? "/";
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                return;
            }
            SiteFile? file = path == "/manifest.xml"
                ? new SiteFile("manifest.xml", System.Text.Encoding.UTF8.GetBytes(AddinManifest.Xml(new Uri($"{context.Request.Scheme}://{context.Request.Host}/"))),
                    Site.TypeOf("manifest.xml"))
                : files.GetValueOrDefault(path);
            if (file is null)
            {
                response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            if (file.ContentType.StartsWith("text/html", StringComparison.Ordinal))
                response.Headers["Content-Security-Policy"] = Site.Policy(taskPane: file.Path == "taskpane.html");
            response.ContentType = file.ContentType;
            response.ContentLength = file.Content.Length;
            if (HttpMethods.IsGet(context.Request.Method))
                await response.Body.WriteAsync(file.Content, context.RequestAborted);
        });
        return app;
    }
}
