using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using System.Net.Http.Json;

namespace Marketplace.IntegrationTests.Accounts;

/// <summary>Each test starts its own host with small limits, so the shared hosts keep their normal ones.</summary>
public sealed class RateLimitTests
{
    [Theory]
    [InlineData("Login", "/akun/masuk")]
    [InlineData("Registration", "/akun/daftar")]
    [InlineData("PasswordReset", "/akun/lupa-sandi")]
    public async Task Too_many_submissions_get_429_with_Retry_After_and_an_Indonesian_page(string limit, string page)
    {
        await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?>
        {
            [$"Accounts:{limit}:PermitLimit"] = "3",
            [$"Accounts:{limit}:WindowSeconds"] = "300",
        });
        using var client = host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await AccountFlows.SubmitPageAsync(client, page, ("Input.Email", "a@b.go.id"), ("Email", "a@b.go.id"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refused = await AccountFlows.SubmitPageAsync(client, page, ("Input.Email", "a@b.go.id"), ("Email", "a@b.go.id"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After tells when to try again.");
        Assert.Contains("Terlalu banyak percobaan", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        host.AssertNoUnexpectedProblems();
    }

    [Fact]
    public async Task Posting_is_limited_per_account_on_pages_and_the_API_alike()
    {
        await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?>
        {
            ["Accounts:Posting:PermitLimit"] = "3",
            ["Accounts:Posting:WindowSeconds"] = "300",
        });
        var slug = await AdoptionFlows.PublishedAppAsync(host);
        var member = await AdoptionFlows.SignedInAsync(host, Roles.Anggota, AdoptionFlows.Adopter);
        var colleague = await AdoptionFlows.SignedInAsync(host, Roles.Anggota, AdoptionFlows.Adopter);

        // The first request opens the adoption, the next two are refused as duplicates: all three count.
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await AdoptionFlows.RequestAsync(member, slug);
            answers.Add(response.StatusCode);
        }

        using var refused = await AdoptionFlows.RequestAsync(member, slug);
        using var other = await AdoptionFlows.RequestAsync(colleague, slug);
        var (_, publisher) = await Catalog.ApiCalls.PublisherAsync(host);
        var api = new List<HttpStatusCode>();
        string? lastType = null;
        for (var i = 0; i < 4; i++)
        {
            using var response = await publisher.PostAsJsonAsync("/api/v1/apps", new { name = "" });
            api.Add(response.StatusCode);
            lastType = response.Content.Headers.ContentType?.MediaType;
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict, HttpStatusCode.Conflict], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After tells when to try again.");
        Assert.Contains("Terlalu banyak", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], api);
        Assert.Equal("application/problem+json", lastType);
        Assert.Equal(1, await host.QueryAsync(db => db.Adoptions.CountAsync()));
    }
}
