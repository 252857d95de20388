using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using HalenBrengen.Pptx.Tests.Support;
using HalenBrengen.Web.Tests.Support;
using HalenBrengen.Excel.Tests.Support;

namespace HalenBrengen.Web.Tests;

/// <summary>The API over the real HTTP stack: what it answers, what it refuses, and that it keeps nothing.</summary>
[Collection("server")]
public sealed class ApiTests(ServerFixture server)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string path, HttpContent form)
    {
        using var client = server.Client();
        using var response = await client.PostAsync(path, form, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json, TestContext.Current.CancellationToken);
        return (response.StatusCode, body);
    }

    private void AssertNothingLeft()
    {
        Assert.Empty(Directory.EnumerateFileSystemEntries(ServerFixture.AspNetTemp));
        Assert.Equal(0, server.TempEntriesCreated);
    }

    [Fact]
    public async Task Check_reports_the_coalition_partners_and_diagnostics_with_file_and_cell()
    {
        var (status, body) = await Post("api/check", ServerFixture.Form(ServerFixture.Example().Take(2)
            .Append(("Krachtenveld.xlsx", File.ReadAllBytes(Repository.PathOf("templates", "voorbeeld", "krachtenveld.xlsx"))))));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("canGenerate").GetBoolean());
        Assert.Equal(7, body.GetProperty("partners").GetArrayLength());
        var warning = body.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal("waarschuwing", warning.GetProperty("severity").GetString());
        Assert.Equal("Krachtenveld.xlsx", warning.GetProperty("file").GetString());
        Assert.NotNull(warning.GetProperty("cell").GetString());
        AssertNothingLeft();
    }

    [Fact]
    public async Task Generate_returns_the_deck_the_briefing_and_every_poster_and_they_pass_the_package_checks()
    {
        var (status, body) = await Post("api/generate", ServerFixture.Form(ServerFixture.Example()));

        Assert.Equal(HttpStatusCode.OK, status);
        var files = body.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(11, files.Count);
        Assert.Equal("Deck", files[0].GetProperty("kind").GetString());
        Assert.Equal("Briefing", files[1].GetProperty("kind").GetString());
        Assert.EndsWith(" - voorbereiding begeleider.pptx", files[1].GetProperty("name").GetString(), StringComparison.Ordinal);
        foreach (var file in files)
            PackageChecks.AssertValid(Convert.FromBase64String(file.GetProperty("base64").GetString()!));
        AssertNothingLeft();
    }

    [Fact]
    public async Task Everything_comes_as_one_zip_when_asked()
    {
        using var client = server.Client();
        using var response = await client.PostAsync("api/generate", ServerFixture.Form(ServerFixture.Example(), ("format", "zip")), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.Equal(11, zip.Entries.Count);
    }

    [Fact]
    public async Task An_oversize_upload_is_refused_with_a_clear_message()
    {
        // The server refuses on the declared length, before the body is read; a client that announces a
        // large body (Expect: 100-continue, RFC 9110 10.1.1) gets the answer instead of a broken pipe.
        var big = new byte[(int)WebLimits.MaxRequestBytes + 1024];
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/check") { Content = ServerFixture.Form([("groot.xlsx", big)]) };
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("MB", body.GetProperty("message").GetString());
        AssertNothingLeft();
    }

    [Fact]
    public async Task Too_many_files_are_refused_with_a_clear_message()
    {
        foreach (var count in new[] { WebLimits.MaxFiles + 1, WebLimits.MaxFiles + 40 })
        {
            var files = Enumerable.Range(0, count).Select(i => ($"kaart-{i}.xlsx", new byte[] { 1 }));
            var (status, body) = await Post("api/check", ServerFixture.Form(files));

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal($"Er zijn {count} bestanden meegestuurd; het maximum is {WebLimits.MaxFiles}. Stuur alleen de belangenkaarten en het krachtenveld.",
                body.GetProperty("message").GetString());
        }
        AssertNothingLeft();
    }

    [Fact]
    public async Task A_form_that_cannot_be_read_is_refused_as_such_not_as_too_large()
    {
        using var content = new ByteArrayContent("--x\r\nkapot"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data"); // no boundary
        var (status, body) = await Post("api/check", content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("kon niet gelezen worden", body.GetProperty("message").GetString());
        AssertNothingLeft();
    }

    [Fact]
    public async Task A_non_workbook_renamed_xlsx_is_named_and_blocks_generation()
    {
        var files = ServerFixture.Example().Append(("nep.xlsx", "Partij;Wat\nGemeente;Geld\n"u8.ToArray())).ToList();

        var (checkStatus, check) = await Post("api/check", ServerFixture.Form(files));
        var (status, body) = await Post("api/generate", ServerFixture.Form(files));

        Assert.Equal(HttpStatusCode.OK, checkStatus);
        Assert.Contains(check.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("file").GetString() == "nep.xlsx" && d.GetProperty("code").GetString() == "GeenWerkmap");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.False(body.GetProperty("canGenerate").GetBoolean());
        AssertNothingLeft();
    }

    [Fact]
    public async Task A_hostile_file_name_is_only_shown_and_never_reaches_the_file_system()
    {
        var marker = "x-" + Guid.NewGuid().ToString("N")[..8] + ".xlsx";
        // Not workbooks, so each comes back in a diagnostic under the name the server made of it.
        var files = new List<(string, byte[])> { ($"../../{marker}", "geen werkmap"u8.ToArray()), ($"..\\..\\{marker}", "ook niet"u8.ToArray()) };

        var (status, body) = await Post("api/check", ServerFixture.Form(files));

        Assert.Equal(HttpStatusCode.OK, status);
        var named = body.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("code").GetString() == "GeenWerkmap").ToList();
        Assert.Equal(2, named.Count);
        Assert.All(named, d => Assert.Equal(marker, d.GetProperty("file").GetString()));
        foreach (var folder in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetTempPath() })
        {
            for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
                Assert.False(File.Exists(Path.Combine(dir.FullName, marker)));
        }
        AssertNothingLeft();
    }

    [Fact]
    public async Task Twenty_concurrent_generations_all_succeed_or_are_told_it_is_busy_and_none_mixes_up_another()
    {
        var example = ServerFixture.Example();
        var tasks = Enumerable.Range(0, 20).Select(async i =>
        {
            // Each request sends its own subset, so a mixed-up answer would show in its partner count.
            var files = example.Take(1 + i % 7).Append(example[^1]).ToList();
            var (status, body) = await Post("api/generate", ServerFixture.Form(files));
            return (i, Partners: 1 + i % 7, status, body);
        }).ToList();

        foreach (var (i, partners, status, body) in await Task.WhenAll(tasks))
        {
            if (status == HttpStatusCode.ServiceUnavailable)
            {
                Assert.Contains("druk", body.GetProperty("message").GetString());
                continue;
            }
            Assert.Equal(HttpStatusCode.OK, status);
            var withCard = body.GetProperty("check").GetProperty("partners").EnumerateArray().Count(p => p.GetProperty("belangenkaart").GetBoolean());
            Assert.Equal(partners, withCard);
            var posters = body.GetProperty("files").EnumerateArray().Count(f => f.GetProperty("kind").GetString() == "PartnerPoster");
            Assert.Equal(7, posters); // every partner of the krachtenveld gets its poster
            PackageChecks.AssertValid(Convert.FromBase64String(body.GetProperty("files")[0].GetProperty("base64").GetString()!));
        }
        AssertNothingLeft();
    }

    [Fact]
    public async Task The_blank_forms_download_as_a_zip()
    {
        using var client = server.Client();
        var bytes = await client.GetByteArrayAsync("api/templates", TestContext.Current.CancellationToken);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(["belangenkaart.xlsx", "krachtenveld.xlsx"], zip.Entries.Select(e => e.FullName));
    }

    [Theory]
    [InlineData("/office/../../package.json")]
    [InlineData("/office/%2e%2e/%2e%2e/package.json")]
    [InlineData("/office/..%2f..%2fpackage.json")]
    [InlineData("/office/..%5c..%5cpackage.json")]
    [InlineData("/office/%2e%2e%2f%2e%2e%2f%2e%2e%2fsrc/HalenBrengen.Web/WebApp.cs")]
    [InlineData("/office/office.d.ts")]
    [InlineData("/etc/passwd")]
    [InlineData("/HalenBrengen.Web.dll")]
    public async Task Nothing_outside_the_apps_own_files_is_served(string target)
    {
        // Sent as typed, over a bare socket: HttpClient would tidy the dots away before they left.
        var (status, _) = await RawGet(target);
        Assert.True(status is 400 or 404, $"{target} answered {status}");
    }

    [Fact]
    public async Task The_office_folder_serves_office_js_itself()
    {
        var (status, _) = await RawGet("/office/office.js");
        Assert.Equal(200, status);
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused()
    {
        // DNS rebinding: a page of evil.example whose name now resolves to 127.0.0.1.
        var (status, body) = await RawGet("/manifest.xml", $"evil.example:{server.Address.Port}");
        Assert.Equal(400, status);
        Assert.DoesNotContain("evil.example", body);
        var (localhost, manifest) = await RawGet("/manifest.xml", $"localhost:{server.Address.Port}");
        Assert.Equal(200, localhost);
        Assert.Contains($"http://localhost:{server.Address.Port}/", manifest);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_post_from_another_website_is_refused(string header, string value)
    {
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/check") { Content = ServerFixture.Form(ServerFixture.Example()) };
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("andere website", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_post_from_the_page_itself_is_taken()
    {
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/check") { Content = ServerFixture.Form(ServerFixture.Example()) };
        request.Headers.TryAddWithoutValidation("Origin", server.Address.GetLeftPart(UriPartial.Authority));
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A GET with the target and Host exactly as given, over a bare socket.</summary>
    private async Task<(int Status, string Body)> RawGet(string target, string? host = null)
    {
        var request = $"GET {target} HTTP/1.1\r\nHost: {host ?? server.Address.Authority}\r\nConnection: close\r\n\r\n";
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Address.Host, server.Address.Port, TestContext.Current.CancellationToken);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        return (int.Parse(answer.Split(' ')[1], CultureInfo.InvariantCulture), answer);
    }

    [Fact]
    public async Task The_page_and_office_js_are_served_locally_with_a_self_only_policy()
    {
        using var client = server.Client();
        using var page = await client.GetAsync("", TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("src=\"/office/office.js\"", html);
        Assert.DoesNotContain("http", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        using var office = await client.GetAsync("office/office.js", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, office.StatusCode);
    }
}
