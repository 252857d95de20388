using HalenBrengen.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HalenBrengen.Web.Tests.Support;

/// <summary>
/// The real server of 'halenbrengen serve' on 127.0.0.1 and a free port, serving a site made with the
/// stand-in bundle (<see cref="SiteBundle"/>): what is served and how, not the generator.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        _app = SiteBundle.WithStandIn(() => WebApp.Build(new WebOptions(Port: 0)));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    public HttpClient Client() => new() { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(3) };
}

/// <summary>One server for every test class.</summary>
[CollectionDefinition("server")]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>;
