using Marketplace.Web;
using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Marketplace.Tests.Notifications.Mail;

/// <summary>Links in mail rendered in the background, with no request: the configured address, else where the server listens.</summary>
public sealed class SiteLinksTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/notifikasi")]
    [InlineData("http://localhost:5000", "http://localhost:5000/notifikasi")]
    [InlineData("http://+:8080", "http://localhost:8080/notifikasi")]
    [InlineData("http://*:8080", "http://localhost:8080/notifikasi")]
    [InlineData("http://0.0.0.0:80", "http://localhost/notifikasi")]
    [InlineData("http://[::]:5000", "http://localhost:5000/notifikasi")]
    [InlineData("https://[::1]:5001", "https://[::1]:5001/notifikasi")]
    public void Without_a_request_or_public_url_the_first_listening_address_is_used(string listening, string expected) =>
        Assert.Equal(expected, Links(null, listening).Absolute("/notifikasi"));

    [Fact]
    public void The_public_url_wins() =>
        Assert.Equal("https://forum.kominfo.go.id/notifikasi", Links("https://forum.kominfo.go.id/", "http://127.0.0.1:5000").Absolute("/notifikasi"));

    [Fact]
    public void Without_any_address_it_says_what_to_configure() =>
        Assert.Contains("Marketplace:PublicUrl", Assert.Throws<InvalidOperationException>(() => Links(null, null).Absolute("/")).Message, StringComparison.Ordinal);

    private static SiteLinks Links(string? publicUrl, string? listening) =>
        new(Options.Create(new MarketplaceOptions { PublicUrl = publicUrl }), new HttpContextAccessor(), new Server(listening));

    private sealed class Server : IServer
    {
        public Server(string? address)
        {
            var addresses = new ServerAddressesFeature();
            if (address is not null)
            {
                addresses.Addresses.Add(address);
            }

            Features.Set<IServerAddressesFeature>(addresses);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public void Dispose()
        {
        }

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
