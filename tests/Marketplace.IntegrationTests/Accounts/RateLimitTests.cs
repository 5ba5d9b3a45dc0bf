using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;

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
}
