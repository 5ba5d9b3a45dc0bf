using System.Net;
using System.Net.Http.Json;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.IntegrationTests.Search;

/// <summary>A host of its own with a small limit on draft checks, so the shared hosts keep the normal one.</summary>
public sealed class SimilarAppsLimitTests
{
    [Fact]
    public async Task Draft_checks_beyond_the_limit_get_429_and_do_not_spend_the_publishing_budget()
    {
        await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?>
        {
            ["Search:SimilarApps:PermitLimit"] = "2",
            ["Search:SimilarApps:WindowSeconds"] = "300",
            ["Accounts:Posting:PermitLimit"] = "2",
            ["Accounts:Posting:WindowSeconds"] = "300",
        });
        var (_, publisher) = await ApiCalls.PublisherAsync(host, "33.74", Roles.Penerbit);
        var draft = new { name = "Parkir", summary = "Retribusi parkir", description = "" };

        for (var i = 0; i < 2; i++)
        {
            using var allowed = await publisher.PostAsJsonAsync("/api/v1/apps/similar", draft);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await publisher.PostAsJsonAsync("/api/v1/apps/similar", draft);
        using var anotherClient = host.CreateClient();
        using var visitor = await anotherClient.PostAsJsonAsync("/api/v1/apps/similar", draft);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After tells when to try again.");
        Assert.Equal(HttpStatusCode.OK, visitor.StatusCode);
        await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp("Parkir " + ApiCalls.UniqueWord()));
        host.AssertNoUnexpectedProblems();
    }
}
