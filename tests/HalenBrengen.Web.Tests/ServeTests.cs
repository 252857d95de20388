using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using HalenBrengen.Web.Tests.Support;

namespace HalenBrengen.Web.Tests;

/// <summary>
/// 'halenbrengen serve': the same static site as 'site' writes, on loopback, with nothing else: no API, no
/// file outside the site, no other host name, and a policy that keeps the page to its own files.
/// </summary>
[Collection("server")]
public sealed class ServeTests(ServerFixture server)
{
    [Fact]
    public async Task Every_file_of_the_site_is_served_as_the_site_holds_it_with_its_media_type()
    {
        using var client = server.Client();
        var files = SiteBundle.WithStandIn(() => Site.Files(server.Address)).Where(f => f.Path != "manifest.xml").ToList();
        Assert.Contains(files, f => f.Path.StartsWith("worker.", StringComparison.Ordinal) && f.Path.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Path.StartsWith("_framework/", StringComparison.Ordinal) && f.Path.EndsWith(".wasm", StringComparison.Ordinal));

        foreach (var file in files)
        {
            using var response = await client.GetAsync(file.Path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(file.ContentType, response.Content.Headers.ContentType!.ToString());
            Assert.Equal(file.Content, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }
        using var root = await client.GetAsync("", TestContext.Current.CancellationToken);
        Assert.Equal(files.Single(f => f.Path == "index.html").Content, await root.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/../../HalenBrengen.Office.sln")]
    [InlineData("/%2e%2e/%2e%2e/README.md")]
    [InlineData("/_framework/..%2f..%2fREADME.md")]
    [InlineData("/etc/passwd")]
    [InlineData("/HalenBrengen.Web.dll")]
    [InlineData("/api/check")]
    [InlineData("/_framework/dotnet.native.wasm.br")] // a publish's precompressed copy is not the site's
    public async Task Nothing_outside_the_sites_own_files_is_served(string target)
    {
        // Sent as typed, over a bare socket: HttpClient would tidy the dots away before they left.
        var (status, _) = await Raw("GET", target);
        Assert.True(status is 400 or 404, $"{target} answered {status}");
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("POST", "/api/generate")]
    [InlineData("PUT", "/index.html")]
    [InlineData("DELETE", "/app.js")]
    public async Task The_server_takes_no_uploads_and_changes_nothing(string method, string target)
    {
        var (status, _) = await Raw(method, target);
        Assert.Equal(405, status);
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused()
    {
        // DNS rebinding: a page of evil.example whose name now resolves to 127.0.0.1.
        var (status, body) = await Raw("GET", "/manifest.xml", $"evil.example:{server.Address.Port}");
        Assert.Equal(400, status);
        Assert.DoesNotContain("evil.example", body);
        var (localhost, manifest) = await Raw("GET", "/manifest.xml", $"localhost:{server.Address.Port}");
        Assert.Equal(200, localhost);
        Assert.Contains($"http://localhost:{server.Address.Port}/taskpane.html", manifest);
    }

    [Fact]
    public async Task The_page_keeps_to_its_own_files_and_only_the_task_pane_loads_office_js()
    {
        using var client = server.Client();
        using var page = await client.GetAsync("", TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var pane = await client.GetAsync("taskpane.html", TestContext.Current.CancellationToken);
        var paneHtml = await pane.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval';", policy);
        Assert.Contains(policy, html); // the same policy in the page itself, for static hosts
        Assert.DoesNotContain("office.js", html);
        Assert.DoesNotContain("https://", html.Replace(Site.Policy(false), "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"<script src=\"{Site.OfficeJs}\"></script>", paneHtml);
        Assert.Contains("https://appsforoffice.microsoft.com", pane.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
    }

    /// <summary>A request with the target and Host exactly as given, over a bare socket.</summary>
    private async Task<(int Status, string Body)> Raw(string method, string target, string? host = null)
    {
        var request = $"{method} {target} HTTP/1.1\r\nHost: {host ?? server.Address.Authority}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Address.Host, server.Address.Port, TestContext.Current.CancellationToken);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        return (int.Parse(answer.Split(' ')[1], CultureInfo.InvariantCulture), answer);
    }
}
