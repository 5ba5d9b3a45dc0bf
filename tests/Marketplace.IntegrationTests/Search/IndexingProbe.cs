using System.Diagnostics;
using System.Text.Json;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Search;
using Marketplace.Web.Features.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Search;

/// <summary>Reads a running host's real index and outbox: waits for the indexer to catch up, then searches.</summary>
public static class IndexingProbe
{
    // Long enough for a PostgreSQL id gap of a rolled-back transaction (30 s grace) on a loaded machine.
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(75);

    public static Task<long> OutboxMaxAsync(MarketplaceHost host) =>
        host.QueryAsync(async db => await db.Set<SearchOutboxEntry>().MaxAsync(e => (long?)e.Id) ?? 0);

    /// <summary>Waits until the index has committed every outbox row written so far.</summary>
    public static async Task CaughtUpAsync(MarketplaceHost host)
    {
        var target = await OutboxMaxAsync(host);
        var index = host.Services.GetRequiredService<ISearchIndex>();
        var clock = Stopwatch.StartNew();
        while (index.CommittedPosition < target)
        {
            if (clock.Elapsed > _timeout)
            {
                throw new Xunit.Sdk.XunitException($"The index reached outbox position {index.CommittedPosition}, not {target}, in {_timeout.TotalSeconds} s.");
            }

            await Task.Delay(25);
        }
    }

    public static async Task<IReadOnlyList<SearchHit>> FindAsync(MarketplaceHost host, string text, SearchViewer? viewer = null, SearchType? type = null)
    {
        await CaughtUpAsync(host);
        var results = host.Services.GetRequiredService<ISearchIndex>().Search(new SearchRequest
        {
            Text = text,
            Type = type,
            Viewer = viewer ?? SearchViewer.Anonymous,
            WithFacets = false,
            PageSize = 50,
        });

        // Hits for near spellings of a word with no match are not the word being found.
        return results.CorrectedTypos ? [] : results.Hits;
    }

    /// <summary>A made-up word that no other test or generated text contains, so a search finds only what the test wrote.</summary>
    /// <remarks>
    /// Letters only, and it starts and ends with letters no Indonesian affix has ("zq", "xw"): a random ending such as
    /// "-i", "-kan" or "-lah" would be stemmed away, and a test that drops the last letter (a typo) would then find the
    /// word itself instead of its near spelling, about one run in ten.
    /// </remarks>
    public static string UniqueWord() =>
        "zq" + string.Concat(Guid.NewGuid().ToString("N").Take(12).Select(c => (char)('g' + Convert.ToInt32(c.ToString(), 16)))) + "xw";

    public static SearchViewer MemberOf(string region) => new(true, region, false);

    /// <summary>The search check of <c>GET /health</c>: its status and data.</summary>
    public static async Task<(string Status, JsonElement Data)> SearchHealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var search = json.RootElement.GetProperty("checks").GetProperty("search");
        return (search.GetProperty("status").GetString() ?? "", search.GetProperty("data").Clone());
    }
}
