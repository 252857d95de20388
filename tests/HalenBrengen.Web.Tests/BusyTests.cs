using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HalenBrengen.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HalenBrengen.Web.Tests;

/// <summary>The busy answer, forced: one generation slot and no waiting, so concurrent requests must be turned away clearly.</summary>
[Collection("server")]
public sealed class BusyTests
{
    [Fact]
    public async Task Requests_beyond_the_running_generations_get_a_clear_busy_answer_and_the_rest_succeed()
    {
        await using var app = WebApp.Build(new WebOptions(Port: 0, ConcurrentUploads: 1, BusyWait: TimeSpan.Zero));
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address + "/"), Timeout = TimeSpan.FromMinutes(2) };
        var example = ServerFixture.Example();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var response = await client.PostAsync("api/generate", ServerFixture.Form(example), TestContext.Current.CancellationToken);
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta,
                Body: await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken));
        }));

        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        var busy = answers.Where(a => a.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(busy);
        Assert.All(busy, a => Assert.Contains("druk", a.Body.GetProperty("message").GetString()));
        Assert.All(busy, a => Assert.Equal(TimeSpan.FromSeconds(60), a.RetryAfter));
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable));
    }
}
