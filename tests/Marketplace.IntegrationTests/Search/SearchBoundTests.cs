using System.Net;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using static Marketplace.IntegrationTests.Search.SearchFlows;

namespace Marketplace.IntegrationTests.Search;

/// <summary>
/// A host of its own whose search stops counting at 20 matches, so that 21 applications show what a broad query of
/// several words shows at 10,000: "20+" on the page in both languages, and totalIsLowerBound in the API.
/// </summary>
public sealed class SearchBoundTests
{
    [Fact]
    public async Task A_bounded_total_is_shown_as_a_lower_bound_on_the_page_and_in_the_api()
    {
        await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?>
        {
            ["Search:CountBound"] = "20",
            ["Search:AllWordsMinimum"] = "20",
            ["Accounts:Posting:PermitLimit"] = "100",
        });
        var (first, second, third) = (UniqueWord(), UniqueWord(), UniqueWord());
        var (_, publisher) = await ApiCalls.PublisherAsync(host, "33.74");
        for (var i = 0; i < 21; i++)
        {
            await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp($"Aplikasi {first} {second} {third} {i}"));
        }

        await CaughtUpAsync(host);
        using var client = host.CreateClient();

        var indonesian = WebUtility.HtmlDecode(await Html.GetPageAsync(client, $"/cari?q={first}+{second}+{third}"));
        var english = WebUtility.HtmlDecode(await Html.GetPageAsync(client, $"/cari?q={first}+{second}+{third}", acceptLanguage: "en"));
        var bounded = await ApiAsync(client, $"q={first}+{second}+{third}");
        var exact = await ApiAsync(client, $"q={first}");

        Assert.Contains("<h2 id=\"hasil\">20+ hasil", indonesian, StringComparison.Ordinal);
        Assert.Contains("Jumlah di setiap saringan dihitung dari 20 hasil pertama saja.", indonesian, StringComparison.Ordinal);
        Assert.Equal(20, PageHitTitles(indonesian).Count);
        Assert.Contains("<h2 id=\"hasil\">20+ results", english, StringComparison.Ordinal);
        Assert.Contains("The counts of each filter are from the first 20 results only.", english, StringComparison.Ordinal);
        Assert.Equal(20, bounded.GetProperty("total").GetInt32());
        Assert.True(bounded.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal(20, FacetCount(bounded, "type", "app"));
        Assert.Equal(21, exact.GetProperty("total").GetInt32());
        Assert.False(exact.GetProperty("totalIsLowerBound").GetBoolean());
        host.AssertNoUnexpectedProblems();
    }
}
